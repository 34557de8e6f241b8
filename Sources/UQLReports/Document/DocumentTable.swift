/// A table as printed: a caption, column headers and body rows of cells.
public struct DocumentTable: Sendable, Equatable {
  /// The id, unique within the report: `T1`, `T2`, … in reading order.
  public var id: String
  /// The caption, or the heading above the table when it has none.
  public var caption: String?
  /// The number of the section the table is in (`2.1`), if that section is numbered.
  public var section: String?
  /// The column headers, wrapped header lines joined; "" where a column has none.
  public var columns: [String]
  /// The line of the first header row, if the table has one.
  public var headerLine: Int?
  /// The body rows, in order.
  public var rows: [TableRow]
  /// The unit the caption or a header names for the whole table (`tkr`, `mnkr`, `%`), if any.
  public var unit: String?
  /// Whether this block continues the table before it over a page break (it has that table's
  /// id; ``Document/tables`` gives the two as one).
  public var continues = false

  public init(
    id: String = "", caption: String? = nil, section: String? = nil, columns: [String],
    headerLine: Int? = nil, rows: [TableRow], unit: String? = nil
  ) {
    self.id = id
    self.caption = caption
    self.section = section
    self.columns = columns
    self.headerLine = headerLine
    self.rows = rows
    self.unit = unit
  }
}

/// One body row of a table.
public struct TableRow: Sendable, Equatable {
  /// The cells, one per column; an empty cell has empty text.
  public var cells: [TableCell]
  /// The row's first line.
  public var line: Int
  /// Whether the row's values could not be matched to the columns (the text lost their
  /// positions and there are fewer values than columns): they stand in order from the first
  /// column, and a recogniser must say so rather than trust the columns.
  public var valuesInOrder = false

  public init(cells: [TableCell], line: Int) {
    self.cells = cells
    self.line = line
  }

  /// The row's label: its first cell's text.
  public var label: String { cells.first?.text ?? "" }
}

/// One cell: its text as printed (wrapped lines joined, `<br>` kept as a line break) and the line
/// it starts on.
public struct TableCell: Sendable, Equatable {
  public var text: String
  public var line: Int
  /// The line each of the text's lines (`\n`-separated) stands on, where the form reader knows
  /// them apart and they differ (a cell wrapped over page-layout lines); nil otherwise.
  public var lines: [Int]?

  public init(_ text: String, line: Int, lines: [Int]? = nil) {
    self.text = text
    self.line = line
    self.lines = lines
  }

  public var isEmpty: Bool { text.isEmpty }

  /// The line the text's line `k` stands on: its own where known, else the cell's.
  public func line(ofPart k: Int) -> Int {
    lines.flatMap { k < $0.count ? $0[k] : nil } ?? line
  }

  /// Cells are equal by their text and first line.
  public static func == (a: TableCell, b: TableCell) -> Bool { a.text == b.text && a.line == b.line }
}
