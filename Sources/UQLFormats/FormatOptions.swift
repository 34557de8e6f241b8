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

  public init(header: Bool = true, nullText: String? = nil, maxWidth: Int? = nil, tableName: String = "resultat") {
    self.header = header
    self.nullText = nullText
    self.maxWidth = maxWidth
    self.tableName = tableName
  }
}
