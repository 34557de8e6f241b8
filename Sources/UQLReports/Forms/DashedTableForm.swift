/// Reads pandoc's multiline tables, as `pandoc -t plain` and `-t markdown` print Word tables
/// whose cells wrap: a rule of dashes across the table, the header, a rule of one dash run per
/// column, then rows separated by blank lines, each cell wrapped within its column's width, and
/// a closing rule across the table:
///
///     ----------------------------------------------------------------
///     Aktivitet                Ansvarig              Status    Kommentar
///     ------------------------ --------------------- --------- ----------
///     Arbetsmarknadsinsats     Enhetschef            Pågår     23 deltagare
///     "Steget vidare"          försörjningsstöd                per 30 april.
///
///     Digital ansökan          IT-samordnare         Klar      Driftsatt 4 mars.
///     ----------------------------------------------------------------
///
/// A column runs from the start of its dash run to the start of the next one, so a cell's text a
/// little wider than its run stays in it.
enum DashedTableForm {
  /// Whether a line is a rule across a table: only dashes, at least ten.
  static func isRule(_ line: SourceLine) -> Bool {
    let t = line.trimmed.utf8
    return t.count >= 10 && t.allSatisfy { $0 == UInt8(ascii: "-") }
  }

  /// The columns' starts a line of dash runs gives (two runs or more, one space or more apart),
  /// in characters from the line's start; nil for any other line.
  static func columnStarts(_ line: SourceLine) -> [Int]? {
    guard !line.isBlank, line.trimmed.utf8.allSatisfy({ $0 == UInt8(ascii: "-") || $0 == 0x20 }) else { return nil }
    var starts: [Int] = []
    var previous: Character = " "
    for (k, ch) in line.raw.enumerated() {
      if ch == "-", previous == " " { starts.append(k) }
      previous = ch
    }
    return starts.count >= 2 ? starts : nil
  }

  /// The text of each column in a line: from a column's start to the next one's.
  static func cells(_ raw: String, starts: [Int]) -> [String] {
    let chars = Array(raw)
    return starts.indices.map { c in
      let from = min(starts[c], chars.count)
      let to = c + 1 < starts.count ? min(starts[c + 1], chars.count) : chars.count
      return HTMLText.collapse(String(chars[from..<to]))
    }
  }

  /// Reads pandoc's simple table whose header is `lines[start]`: the header, a rule of one dash
  /// run per column under it, then one row per line up to a blank line (no top or closing rule):
  ///
  ///       Finansiellt mål                                Bedömning
  ///       ---------------------------------------------- ------------
  ///       Årets resultat ska vara positivt               Uppnått
  ///
  /// The table and the index after its last row, or nil where no rule of runs follows the header
  /// or no row the rule.
  static func readSimple(_ lines: [SourceLine], from start: Int) -> (table: DocumentTable, end: Int)? {
    guard start + 2 < lines.count, !lines[start].isBlank, !isRule(lines[start]), let starts = columnStarts(lines[start + 1])
    else { return nil }
    let columns = cells(lines[start].raw, starts: starts)
    guard columns.filter({ !$0.isEmpty }).count >= 2, let first = starts.first, lines[start].indent >= first - 1 else { return nil }
    var rows: [TableRow] = []
    var k = start + 2
    while k < lines.count, !lines[k].isBlank, !isRule(lines[k]), columnStarts(lines[k]) == nil {
      let row = cells(lines[k].raw, starts: starts).map { TableCell($0, line: lines[k].number) }
      rows.append(TableRow(cells: row, line: lines[k].number))
      k += 1
    }
    guard !rows.isEmpty else { return nil }
    return (DocumentTable(columns: columns, headerLine: lines[start].number, rows: rows), k)
  }

  /// Reads the table whose top rule is `lines[start]`: the table and the index after its closing
  /// rule, or nil where no header and column rule follow the top rule.
  static func read(_ lines: [SourceLine], from start: Int) -> (table: DocumentTable, end: Int)? {
    guard isRule(lines[start]) else { return nil }
    var r = start + 1
    while r < lines.count, r <= start + 4, columnStarts(lines[r]) == nil, !lines[r].isBlank, !isRule(lines[r]) { r += 1 }
    guard r < lines.count, r > start + 1, let starts = columnStarts(lines[r]) else { return nil }
    let header = (start + 1..<r).map { cells(lines[$0].raw, starts: starts) }
    let columns = starts.indices.map { c in HeaderText.join(header.map { $0[c] }) }
    var rows: [TableRow] = []
    var group: [Int] = []
    func closeRow() {
      guard !group.isEmpty else { return }
      let split = group.map { cells(lines[$0].raw, starts: starts) }
      let row = starts.indices.map { c in
        TableCell(split.map { $0[c] }.filter { !$0.isEmpty }.joined(separator: "\n"), line: lines[group[0]].number)
      }
      rows.append(TableRow(cells: row, line: lines[group[0]].number))
      group = []
    }
    var k = r + 1
    while k < lines.count, !isRule(lines[k]) {
      if lines[k].isBlank {
        closeRow()
        // Two blank lines, or a blank line before text that is no row, end a table without its
        // closing rule.
        guard k + 1 < lines.count, !lines[k + 1].isBlank, lines[k + 1].indent >= lines[r].indent else { return nil }
      } else {
        group.append(k)
      }
      k += 1
    }
    guard k < lines.count else { return nil }
    closeRow()
    guard !rows.isEmpty else { return nil }
    return (DocumentTable(columns: columns, headerLine: lines[start + 1].number, rows: rows), k + 1)
  }
}
