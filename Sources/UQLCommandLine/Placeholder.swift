import UQLValues
public enum UQLMain { public static func main() {} }
