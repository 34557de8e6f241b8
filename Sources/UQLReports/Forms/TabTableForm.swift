/// Reads tab-separated tables, as Word and some converters write them: one row per line, cells
/// between tabs, the first row the header.
enum TabTableForm {
  /// Whether the line is a row of a tab-separated table (two or more cells).
  static func isRow(_ line: SourceLine) -> Bool {
    line.hasTab && TabCells.of(line.raw, omittingEmpty: true).count >= 2
  }

  /// Reads the table whose first row is `lines[start]`; rows end at a line that is not one.
  static func read(_ lines: [SourceLine], from start: Int, usable: (Int) -> Bool) -> (table: DocumentTable, end: Int) {
    var end = start
    while end < lines.count, usable(end), isRow(lines[end]) { end += 1 }
    let rows = lines[start..<end].map { line in
      TabCells.of(line.raw, omittingEmpty: false).map { HTMLText.plain($0) }
    }
    let width = rows.map(\.count).max() ?? 0
    let header = rows.first ?? []
    let columns = (0..<width).map { $0 < header.count ? HeaderText.join([header[$0]]) : "" }
    let body = zip(lines[(start + 1)..<end], rows.dropFirst()).map { line, cells in
      TableRow(
        cells: (0..<width).map { TableCell($0 < cells.count ? cells[$0] : "", line: line.number) },
        line: line.number)
    }
    return (DocumentTable(columns: columns, headerLine: lines[start].number, rows: body), end)
  }
}
