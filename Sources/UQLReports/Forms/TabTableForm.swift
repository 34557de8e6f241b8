/// Reads tab-separated tables, as Word and some converters write them: one row per line, cells
/// between tabs, the first row the header; a tab before every row (Apache Tika) is no column.
enum TabTableForm {
  /// Whether the line is a row of a tab-separated table (two or more cells): not a list item
  /// whose bullet a tab sets apart (`•<tab>Införande …`; `●` is a status icon's cell too), nor a
  /// label and its value
  /// (`Bedömning:<tab>Gul`).
  static func isRow(_ line: SourceLine) -> Bool {
    guard line.hasTab else { return false }
    let cells = TabCells.of(line.raw, omittingEmpty: true)
    guard cells.count >= 2 else { return false }
    let first = HTMLText.collapse(cells[0])
    if ["•", "▪", "-", "–", "*", "\u{F0B7}", "o"].contains(first) { return false }
    if cells.count == 2, first.hasSuffix(":"), first.count <= 30 { return false }
    // Nor an entry and its field (`Ta fram en plan …<tab>Status: Pågår`).
    if cells.count == 2, FollowUpVocabulary.inlineAssessment(HTMLText.collapse(cells[1])) != nil { return false }
    return true
  }

  /// Reads the table whose first row is `lines[start]`; rows end at a line that is not one, but
  /// for a line in lower case without tabs right under a row, which goes on with its first cell
  /// (a wrapped cell, as Acrobat's text export prints it). Where tabs vary between cells (one to
  /// three, as Acrobat prints them), a row with as many filled cells as the header has names is
  /// read cell by cell in order.
  static func read(_ lines: [SourceLine], from start: Int, usable: (Int) -> Bool) -> (table: DocumentTable, end: Int) {
    if let spaced = readSpaced(lines, from: start, usable: usable) { return spaced }
    var end = start
    var lastRow = start
    var wrapped: [Int: [String]] = [:]  // a row's line → the lines its first cell wraps onto
    var leading: [Int: String] = [:]  // a row's line → the line its first cell starts on
    var continuations = Set<Int>()
    while end < lines.count, usable(end) {
      if isRow(lines[end]) {
        lastRow = end
      } else if end > start, !lines[end].hasTab, lines[end].collapsed.first?.isLowercase == true,
        end == lastRow + 1 + (wrapped[lastRow]?.count ?? 0)
      {
        wrapped[lastRow, default: []].append(lines[end].collapsed)
        continuations.insert(end)
      } else if end > start, !lines[end].hasTab, lines[end].collapsed.count <= 80, end + 1 < lines.count, usable(end + 1),
        isRow(lines[end + 1]), lines[end + 1].collapsed.first.map({ $0.isLowercase || $0 == "(" }) == true
      {
        // A first cell wrapped above its row, whose values stand on its last line (Word's text
        // export: `Personalkontinuitet, antal personal som en` / `hemtjänsttagare …<tab>15<tab>16`).
        leading[end + 1] = lines[end].collapsed
        continuations.insert(end)
      } else {
        break
      }
      end += 1
    }
    let kept = (start..<end).filter { !continuations.contains($0) }
    // A tab before every row's first cell (Apache Tika) sets the table in, no column of its own.
    let setIn = kept.allSatisfy { lines[$0].raw.utf8.first == 0x09 }
    let positional = kept.map { Array(TabCells.of(lines[$0].raw, omittingEmpty: false).dropFirst(setIn ? 1 : 0)) }
    // Rows of as many tabs each are positional (an empty cell is an empty cell); where the
    // counts vary, tabs are spacing.
    let irregular = positional.contains { $0.count != positional[0].count }
    let names = positional[0].filter { !$0.isEmpty }.count
    var rows: [[String]] = []
    var rowLines: [SourceLine] = []
    for (n, k) in kept.enumerated() {
      let filled = irregular ? TabCells.of(lines[k].raw, omittingEmpty: true) : []
      var cells = (irregular && (k == start || filled.count == names) ? filled : positional[n]).map { HTMLText.plain($0) }
      if let more = wrapped[k], !cells.isEmpty { cells[0] = LineJoining.join([cells[0]] + more) }
      if let before = leading[k], !cells.isEmpty { cells[0] = LineJoining.join([before, cells[0]]) }
      rows.append(cells)
      rowLines.append(lines[k])
    }
    // A second header line under the first, its first cell empty and the others periods or years
    // (`<tab>jan–aug 2023<tab>jan–aug 2024<tab>2024` under `Indikator<tab>Utfall<tab>Utfall<tab>Målvärde`).
    if rows.count >= 3, let header = rows.first, rowLines[1].raw.utf8.prefix(setIn ? 2 : 1).allSatisfy({ $0 == 0x09 }) {
      let under = TabCells.of(rowLines[1].raw, omittingEmpty: true).map { HTMLText.plain($0) }
      if under.count == header.count - 1, under.allSatisfy({ StackedTableForm.isPeriodHeader($0) || CollapsedTableForm.year($0) != nil }) {
        rows[0] = [header[0]] + zip(header.dropFirst(), under).map { $0 + " " + $1 }
        rows.remove(at: 1)
        rowLines.remove(at: 1)
      }
    }
    let width = rows.map(\.count).max() ?? 0
    let header = rows.first ?? []
    let columns = (0..<width).map { $0 < header.count ? HeaderText.join([header[$0]]) : "" }
    let body = zip(rowLines.dropFirst(), rows.dropFirst()).map { line, cells in
      TableRow(
        cells: (0..<width).map { TableCell($0 < cells.count ? cells[$0] : "", line: line.number) },
        line: line.number)
    }
    return (DocumentTable(columns: columns, headerLine: lines[start].number, rows: body), end)
  }

  /// A table whose rows stand a blank line apart, each wrapped at the page's width wherever a
  /// space was, inside a cell too (catdoc: `… årskurs 1<tab>Rektorer<tab>HT` / `2024<tab>Pågår`):
  /// a row is a run of lines joined by spaces, up to four, then split at its tabs; a cell's line
  /// is where its text starts. Nil unless a blank line follows the header (wrapped too) and two
  /// rows or more hold tabs.
  static func readSpaced(_ lines: [SourceLine], from start: Int, usable: (Int) -> Bool) -> (table: DocumentTable, end: Int)? {
    // The header too may wrap (up to four lines, its first holding fewer tabs than a row), then a
    // blank line.
    var headerEnd = start + 1
    while headerEnd < lines.count, headerEnd - start < 4, usable(headerEnd), !lines[headerEnd].isBlank { headerEnd += 1 }
    guard headerEnd + 1 < lines.count, lines[headerEnd].isBlank, !lines[headerEnd + 1].isBlank else { return nil }
    if headerEnd > start + 1 {
      var rowEnd = headerEnd + 1
      while rowEnd < lines.count, rowEnd - headerEnd <= 4, !lines[rowEnd].isBlank { rowEnd += 1 }
      // A header wrapped as one row: as many tabs in all as the row below, a first line with fewer,
      // and not as many as the row's first line (rows of a table without blank lines each hold all).
      func tabs(_ range: Range<Int>) -> Int { lines[range].reduce(0) { $0 + $1.raw.utf8.count(where: { $0 == 0x09 }) } }
      let first = tabs(start..<(start + 1))
      guard tabs(start..<headerEnd) == tabs((headerEnd + 1)..<rowEnd), first < tabs((headerEnd + 1)..<rowEnd),
        first != tabs((headerEnd + 1)..<(headerEnd + 2))
      else { return nil }
    }
    var rows: [[TableCell]] = []
    var end = start
    var k = start
    while k < lines.count, usable(k), !lines[k].isBlank {
      var block: [Int] = []
      while k < lines.count, usable(k), !lines[k].isBlank, block.count < 5 {
        block.append(k)
        k += 1
      }
      guard block.count <= 4, let cells = cells(of: block.map { lines[$0] }), cells.count >= 2, cells.count <= 12 else { break }
      rows.append(cells)
      end = k
      // One blank line between rows.
      guard k + 1 < lines.count, lines[k].isBlank, usable(k), usable(k + 1), !lines[k + 1].isBlank else { break }
      k += 1
    }
    guard rows.count >= 3, let header = rows.first else { return nil }
    let width = rows.map(\.count).max() ?? 0
    let columns = (0..<width).map { $0 < header.count ? HeaderText.join([header[$0].text]) : "" }
    let body = rows.dropFirst().map { cells in
      TableRow(
        cells: (0..<width).map { $0 < cells.count ? cells[$0] : TableCell("", line: cells[0].line) }, line: cells[0].line)
    }
    return (DocumentTable(columns: columns, headerLine: lines[start].number, rows: body), end)
  }

  /// The cells of a row wrapped over `lines` (joined by spaces, split at tabs, a trailing empty
  /// cell dropped), each with the line its text starts on; nil without a tab.
  static func cells(of lines: [SourceLine]) -> [TableCell]? {
    guard lines.contains(where: \.hasTab) else { return nil }
    var cells: [TableCell] = []
    var text = ""
    var line: Int?
    func close() {
      cells.append(TableCell(HTMLText.plain(text), line: line ?? lines[0].number))
      text = ""
      line = nil
    }
    for (n, source) in lines.enumerated() {
      if n > 0, !text.isEmpty { text += " " }
      for ch in source.raw {
        if ch == "\t" {
          close()
        } else {
          if line == nil, ch != " " { line = source.number }
          text.append(ch)
        }
      }
    }
    close()
    if cells.last?.text.isEmpty == true { cells.removeLast() }
    return cells
  }
}
