/// Why a tabular file could not be read, with the 1-based position of the problem.
///
/// Columns count Unicode scalars from the start of the line, after decoding. The command line
/// prefixes the file name: `data.csv:3:7: quote never closed (opened here)`.
public struct SourceError: Error, Sendable, Equatable, CustomStringConvertible {
  public var line: Int
  public var column: Int
  public var message: String

  public init(line: Int, column: Int, message: String) {
    self.line = line
    self.column = column
    self.message = message
  }

  public var description: String { "\(line):\(column): \(message)" }
}

extension SourceError {
  static func fileIsEmpty() -> SourceError { SourceError(line: 1, column: 1, message: "file is empty") }

  static func fieldCount(_ count: Int, header: Int, at p: SourcePosition) -> SourceError {
    let fields = count == 1 ? "1 field" : "\(count) fields"
    return SourceError(p, "row has \(fields), the header has \(header)")
  }

  static func quoteNeverClosed(at p: SourcePosition) -> SourceError {
    SourceError(p, "quote never closed (opened here)")
  }

  static func strayQuote(at p: SourcePosition) -> SourceError {
    SourceError(p, "stray quote in unquoted field")
  }

  static func textAfterClosingQuote(at p: SourcePosition) -> SourceError {
    SourceError(p, "expected a comma or the end of the line after the closing quote")
  }

  static func emptyHeaderName(column: Int, at p: SourcePosition) -> SourceError {
    SourceError(p, "empty header name in column \(column)")
  }

  static func duplicateColumn(_ name: String, at p: SourcePosition) -> SourceError {
    SourceError(p, "duplicate column name \"\(name)\"")
  }

  init(_ position: SourcePosition, _ message: String) {
    self.init(line: position.line, column: position.column, message: message)
  }
}
