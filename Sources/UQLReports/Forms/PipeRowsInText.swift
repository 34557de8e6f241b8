/// Pipe rows that are lines of text: a converter that finds tables by ruling lines on a PDF's
/// page (markitdown) prints a table whose rows it could not hold together as text with some of
/// its rows in pipe tables of their own, each one row over a delimiter row:
///
///     Antal invånare (31/12, delår 31/8) 24 312 24 508 24 631 24 700
///     | Antal färdigställda bostäder |     | 118 | 96  | 64  | 150 |
///     | ---------------------------- | --- | --- | --- | --- | --- |
///     Företagsklimat, placering i Svenskt Näringslivs ranking 164 131 112 <150
///
/// a table whose header it printed as text over the rest in one pipe table, its first row of
/// figures in the header's place, and a table that goes on in text rows under its last pipe row
/// (`| Nettoomsättning, tkr | 248 615 | 236 904 |` over `Resultat efter finansiella poster, tkr
/// 16 497 15 137`). Such rows are read as the text they stand in: their cells one space apart,
/// as the lines around them are printed; the delimiter row under them is markup
/// (``Furniture/tableRule``).
enum PipeRowsInText {
  /// The lines with every pipe row standing in text rewritten as text.
  static func rewritten(_ lines: [SourceLine]) -> [SourceLine] {
    // (Most reports hold no pipe delimiter: ruled out at once.)
    guard lines.contains(where: \.isPipeDelimiter) else { return lines }
    var lines = lines
    var i = 1
    while i + 1 < lines.count {
      defer { i += 1 }
      guard lines[i].isPipeRow, lines[i + 1].isPipeDelimiter, !lines[i - 1].isPipeRow, !lines[i - 1].isPipeDelimiter
      else { continue }
      var end = i + 2
      while end < lines.count, lines[end].isPipeRow { end += 1 }
      // One row over its delimiter between lines of text, a table whose header row holds
      // figures under a line of text (its header), or one going on in text rows.
      let lone = end == i + 2 && end < lines.count && !lines[end].isBlank && !lines[i - 1].isBlank
        || end == i + 2 && isPageFooter(PipeTableForm.cells(lines[i].raw))
      let figures = !lines[i - 1].isBlank && figuresAsHeader(PipeTableForm.cells(lines[i].raw))
      guard lone || figures || goesOnInText(lines, last: end - 1) else { continue }
      for k in i..<end where !lines[k].isPipeDelimiter {
        lines[k] = SourceLine(number: lines[k].number, text: text(of: lines[k]))
      }
      i = end - 1
    }
    return lines
  }

  /// Whether a row's cells are a page's footer, as markitdown prints one in a table of its own:
  /// at most three filled, the last the page's number (`| Dnr BUN 2024/0413 | … | Sida 6 av 8 |`).
  static func isPageFooter(_ cells: [String]) -> Bool {
    let filled = cells.filter { !$0.isEmpty }
    guard (1...3).contains(filled.count), let last = filled.last else { return false }
    return PageFurniture.isPageNumberLine(last) && last.contains(where: \.isLetter)
  }

  /// Whether the line under a pipe table's last row is a row of as many values in text.
  static func goesOnInText(_ lines: [SourceLine], last: Int) -> Bool {
    guard last + 1 < lines.count, !lines[last + 1].isBlank, !lines[last + 1].isPipeDelimiter else { return false }
    let cells = PipeTableForm.cells(lines[last].raw)
    let values = cells.dropFirst().filter { !$0.isEmpty }
    guard cells.first?.first?.isLetter == true, values.count >= 2, values.allSatisfy({ AlignedTableForm.number($0) != nil }),
      let row = CollapsedTableForm.values(lines[last + 1].trimmed, columns: values.count)
    else { return false }
    return row.values.count == values.count && row.label.first?.isLetter == true
  }

  /// A row's cells one space apart, empty ones left out.
  static func text(of line: SourceLine) -> String {
    PipeTableForm.cells(line.raw).filter { !$0.isEmpty }.map { $0.replacingAll("\n", with: " ") }.joined(separator: " ")
  }

  /// Whether a header row is a row of figures: a label, then values only, at least one of them.
  static func figuresAsHeader(_ cells: [String]) -> Bool {
    guard let label = cells.first, label.first?.isLetter == true else { return false }
    let values = cells.dropFirst().filter { !$0.isEmpty }
    return !values.isEmpty && values.allSatisfy { AlignedTableForm.number($0) != nil && CollapsedTableForm.year($0) == nil }
  }
}
