/// The type of a column or an expression.
public enum ValueType: Sendable, Hashable {
  case text
  case integer
  case number
  case boolean
  case date
  /// A closed set of named values, such as activity statuses.
  case enumeration(EnumDomain)
  /// The type of the literal `null`; fits every other type.
  case null

  public var name: String {
    switch self {
    case .text: return "text"
    case .integer: return "integer"
    case .number: return "number"
    case .boolean: return "boolean"
    case .date: return "date"
    case .enumeration(let domain): return "enum(\(domain.name))"
    case .null: return "null"
    }
  }

  public var isNumeric: Bool { self == .integer || self == .number }

  /// Whether values of this type are text-like (text or enum).
  public var isTextual: Bool {
    switch self {
    case .text, .enumeration: return true
    default: return false
    }
  }
}
