/// Something the reader wants the user to know about a report it did read: metadata it could
/// not infer, a value a manifest overrode, a layout that was a close call.
public struct ReportDiagnostic: Sendable, Equatable {
  public enum Level: String, Sendable {
    case note, warning
  }

  public var level: Level
  public var message: String
  /// The 1-based source line the diagnostic is about, if any.
  public var line: Int?

  public init(level: Level, message: String, line: Int? = nil) {
    self.level = level
    self.message = message
    self.line = line
  }

  /// Metadata field `field` (Swedish column name) could not be inferred from the text.
  public static func missingMetadata(_ field: String) -> ReportDiagnostic {
    ReportDiagnostic(level: .warning, message: "could not infer '\(field)' from the text")
  }

  /// Metadata field `field` was inferred in a weaker way, explained by `how`.
  public static func inferredMetadata(_ field: String, _ how: String, line: Int? = nil) -> ReportDiagnostic {
    ReportDiagnostic(level: .note, message: "'\(field)' \(how)", line: line)
  }

  /// The manifest replaced field `field`.
  public static func overridden(_ field: String, with value: String) -> ReportDiagnostic {
    ReportDiagnostic(level: .note, message: "'\(field)' set to '\(value)' by the manifest")
  }
}
