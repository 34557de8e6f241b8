/// One statement of a script: parsed, or the first syntax error found in it.
public struct ParsedStatement: Sendable {
  public var result: Result<Statement, Diagnostic>
  /// The statement's text span, also when it did not parse.
  public var range: SourceRange
}
