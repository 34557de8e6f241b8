/// The formats a query result can be written in.
public enum OutputFormat: String, CaseIterable, Sendable {
  /// A box-drawn table for people at a terminal.
  case table
  /// Comma-separated values (RFC 4180 quoting, `\n` line ends).
  case csv
  /// Tab-separated values with PostgreSQL text-format escapes.
  case tsv
  /// One JSON array of objects, one object per line.
  case json
  /// One JSON object per line.
  case ndjson
  /// A GitHub-flavoured Markdown pipe table.
  case markdown
  /// `CREATE TABLE` and `INSERT` statements that sqlite3, DuckDB and PostgreSQL load as they are.
  case sql
  /// One `column = value` line per column, rows apart by a blank line (sqlite3's `.mode line`).
  case line

  /// Whether the format shows text to a terminal and so must escape control characters.
  public var escapesControlCharacters: Bool {
    switch self {
    case .table, .markdown, .line: return true
    case .csv, .tsv, .json, .ndjson, .sql: return false
    }
  }
}
