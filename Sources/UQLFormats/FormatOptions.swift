/// Settings shared by the result writers.
public struct FormatOptions: Sendable, Equatable {
  /// Whether to write a header row (csv, tsv); the other formats always name their columns.
  public var header: Bool
  /// The text of a null cell; nil uses the format's default (`null` in tables, empty elsewhere).
  public var nullText: String?
  /// The terminal's width in columns; a wider `table` is shrunk to fit. nil means no limit.
  public var maxWidth: Int?
  /// The table `sql` output creates and fills.
  public var tableName: String
  /// The most rows a `table` shows: a longer result shows its first and last rows around a row
  /// of `⋮`. nil shows every row. Other formats always write every row.
  public var maxRows: Int?

  public init(
    header: Bool = true, nullText: String? = nil, maxWidth: Int? = nil, tableName: String = "resultat",
    maxRows: Int? = nil
  ) {
    self.header = header
    self.nullText = nullText
    self.maxWidth = maxWidth
    self.tableName = tableName
    self.maxRows = maxRows
  }

  /// The rows a `table` of `rowCount` rows shows, and where the `⋮` row goes (nil: all shown).
  public func shownRows(of rowCount: Int) -> (rows: [Int], gapAfter: Int?) {
    guard let maxRows, maxRows >= 0, rowCount > maxRows else { return (Array(0..<rowCount), nil) }
    let head = (maxRows + 1) / 2
    let tail = maxRows - head
    return (Array(0..<head) + Array((rowCount - tail)..<rowCount), head)
  }
}
