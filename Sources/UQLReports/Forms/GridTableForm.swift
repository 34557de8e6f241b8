/// Reads pandoc's grid tables, as Word documents converted to markdown print them: border lines
/// of `+`, `-` (or `=` under the header) around rows of `|`-separated cells, a row's cells
/// wrapped over the lines between two borders.
///
///     +----------------------+------------+-------------+
///     | Aktivitet            | Tidplan    | Status      |
///     +======================+============+=============+
///     | Revidera planer mot  | VT 2024    | Avslutad    |
///     | kränkande behandling |            |             |
///     +----------------------+------------+-------------+
///
/// Tables drawn with box-drawing characters (`┌──┬──┐`, `│`, `├──┼──┤`, as w3m, lynx and
/// terminal tools print HTML tables) are the same form: read with their characters mapped to
/// these, their first row the header.
enum GridTableForm {
  /// Whether a line is a border: `+`, then only `-`, `=`, `:` and `+`, ending in `+`; or a border
  /// drawn with box-drawing characters.
  static func isBorder(_ line: SourceLine) -> Bool {
    if isBoxLine(line) { return isBorder(ascii(line)) }
    let t = line.trimmed.utf8
    guard t.count >= 3, t.first == UInt8(ascii: "+"), t.last == UInt8(ascii: "+") else { return false }
    var rule = false
    for b in t {
      switch b {
      case UInt8(ascii: "-"), UInt8(ascii: "="): rule = true
      case UInt8(ascii: "+"), UInt8(ascii: ":"): continue
      default: return false
      }
    }
    return rule
  }

  /// Whether a line starts with a box-drawing character (U+2500–U+257F: E2 94 xx or E2 95 xx).
  static func isBoxLine(_ line: SourceLine) -> Bool {
    var bytes = line.trimmed.utf8.makeIterator()
    return bytes.next() == 0xE2 && [0x94, 0x95].contains(bytes.next())
  }

  /// The line with box-drawing characters mapped to a grid table's: horizontal rules to `-`
  /// (double ones to `=`), vertical ones to `|`, corners and junctions to `+`; one character for
  /// one, so the columns stay where they are.
  static func ascii(_ line: SourceLine) -> SourceLine {
    let mapped = String(
      String.UnicodeScalarView(
        line.raw.unicodeScalars.map { scalar -> Unicode.Scalar in
          switch scalar.value {
          case 0x2550: return "="
          case 0x2500, 0x2501, 0x2504, 0x2505, 0x2508, 0x2509, 0x254C, 0x254D: return "-"
          case 0x2502, 0x2503, 0x2506, 0x2507, 0x250A, 0x250B, 0x254E, 0x254F, 0x2551: return "|"
          case 0x2500...0x257F: return "+"
          default: return scalar
          }
        }))
    return SourceLine(number: line.number, text: mapped)
  }

  /// Reads the grid table whose first border is `lines[start]`: the rows above a border of `=`
  /// are its header. Returns the table (without id or caption) and the index after its last
  /// line, or nil where no row follows the border.
  static func read(_ lines: [SourceLine], from start: Int) -> (table: DocumentTable, end: Int)? {
    guard isBorder(lines[start]) else { return nil }
    let box = isBoxLine(lines[start])
    var groups: [[SourceLine]] = []
    var current: [SourceLine] = []
    var headerGroups = 0
    var end = start + 1
    while end < lines.count {
      let line = box && isBoxLine(lines[end]) ? ascii(lines[end]) : lines[end]
      if isBorder(line) {
        if !current.isEmpty { groups.append(current) }
        current = []
        if line.trimmed.utf8.contains(UInt8(ascii: "=")) { headerGroups = groups.count }
      } else if line.isPipeRow {
        current.append(line)
      } else {
        break
      }
      end += 1
    }
    if !current.isEmpty { groups.append(current) }
    guard !groups.isEmpty else { return nil }
    // A box table marks no header: its first row is one, where rows follow.
    if box, headerGroups == 0, groups.count >= 2 { headerGroups = 1 }
    // One row per group: each column's lines joined as the lines of its cell.
    let rows = groups.map { group -> TableRow in
      let split = group.map { PipeTableForm.cells($0.raw) }
      let width = split.map(\.count).max() ?? 0
      let cells = (0..<width).map { c in
        TableCell(
          split.compactMap { c < $0.count && !$0[c].isEmpty ? $0[c] : nil }.joined(separator: "\n"),
          line: group[0].number)
      }
      return TableRow(cells: cells, line: group[0].number)
    }
    let width = rows.map(\.cells.count).max() ?? 0
    var body = Array(rows[headerGroups...])
    for i in body.indices {
      while body[i].cells.count < width { body[i].cells.append(TableCell("", line: body[i].line)) }
    }
    let columns = (0..<width).map { c in
      HeaderText.join(rows[..<headerGroups].map { c < $0.cells.count ? $0.cells[c].text : "" })
    }
    let headerLine = headerGroups > 0 ? rows[0].line : nil
    return (DocumentTable(columns: columns, headerLine: headerLine, rows: body), end)
  }
}
