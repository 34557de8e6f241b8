/// A problem found in a query or while running it, with where it is and how to fix it.
public struct Diagnostic: Error, Sendable, Equatable {
  public enum Severity: String, Sendable {
    case error, warning
  }

  public var severity: Severity
  /// Lower-case, no final period, names in double quotes.
  public var message: String
  public var range: SourceRange
  /// A suggested fix, such as a nearby name.
  public var help: String?

  public init(_ severity: Severity = .error, _ message: String, at range: SourceRange, help: String? = nil) {
    self.severity = severity
    self.message = message
    self.range = range
    self.help = help
  }
}
