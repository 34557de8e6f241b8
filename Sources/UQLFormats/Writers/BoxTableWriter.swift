import UQLValues

/// Writes the `table` format: a grid drawn with Unicode box characters, like DuckDB's CLI.
///
/// Numbers are right-aligned, everything else left-aligned, headers aligned like their
/// column. Columns are as wide as their widest cell in display columns; with a `maxWidth`
/// the text columns are shrunk in proportion to their widths (to no less than
/// ``minimumTextWidth``, then, if that is not enough, down to one), cutting cells with `…`; numbers, dates and identifiers (text without
/// spaces, such as report ids) are never cut, so a table may stay wider than `maxWidth`. With `maxRows`, a longer
/// result shows its first and last rows around a row of `⋮`, and only those are formatted.
enum BoxTableWriter {
  /// The narrowest a text column is made before other columns are cut as well.
  static let minimumTextWidth = 5

  static func write(_ table: Table, options: FormatOptions, to output: inout some TextOutputStream) {
    let null = options.nullText ?? "null"
    let rightAligned = table.columns.map { $0.type.isNumeric }
    let headers = table.columns.map { ControlEscaping.escaped($0.name) }
    let (shown, gapAfter) = options.shownRows(of: table.rowCount)
    var cells: [[String]] = []
    cells.reserveCapacity(shown.count + 1)
    for row in shown {
      cells.append(table.columns.map { ControlEscaping.escaped($0[row].displayText ?? null) })
    }
    if let gapAfter { cells.insert(Array(repeating: "⋮", count: table.columns.count), at: gapAfter) }
    var widths = headers.map(DisplayWidth.of)
    for row in cells {
      for (c, cell) in row.enumerated() { widths[c] = max(widths[c], DisplayWidth.of(cell)) }
    }
    if let maxWidth = options.maxWidth {
      // Numbers, dates and identifiers (text without spaces: report ids, codes, statuses) are
      // never cut; prose is.
      let cuttable = table.columns.indices.map { c in
        table.columns[c].type.isTextual && cells.contains { row in !isIdentifier(row[c]) }
      }
      widths = fitted(widths, textColumns: cuttable, into: maxWidth)
    }

    output.write(rule("┌", "┬", "┐", widths))
    output.write(line(headers, widths: widths, rightAligned: rightAligned))
    output.write(rule("├", "┼", "┤", widths))
    for row in cells { output.write(line(row, widths: widths, rightAligned: rightAligned)) }
    output.write(rule("└", "┴", "┘", widths))
  }

  /// Whether a cell reads as an identifier that must be shown whole: a short word (`pågår`), or
  /// ASCII without spaces up to 40 characters (`001_ad0398bc00775623`, `T12`, `2.1.3`).
  static func isIdentifier(_ cell: String) -> Bool {
    guard !cell.contains(" ") else { return false }
    let width = DisplayWidth.of(cell)
    return width <= 12 || (width <= 40 && cell.unicodeScalars.allSatisfy { $0.isASCII && $0.value > 0x20 })
  }

  /// Column widths whose drawn line, `1 + Σ(width + 3)`, fits `maxWidth` where possible, cutting
  /// only the `textColumns`, each in proportion to its width above the floor (a column twice as
  /// wide gives up twice as much), the odd columns left over from the widest.
  static func fitted(_ widths: [Int], textColumns: [Bool], into maxWidth: Int) -> [Int] {
    var widths = widths
    var excess = 1 + widths.reduce(0) { $0 + $1 + 3 } - maxWidth
    for floor in [minimumTextWidth, 1] where excess > 0 {
      let cut = widths.indices.filter { textColumns[$0] && widths[$0] > floor }
      let room = cut.reduce(0) { $0 + widths[$1] - floor }
      guard room > 0 else { continue }
      if room <= excess {
        for c in cut { widths[c] = floor }
        excess -= room
        continue
      }
      let before = widths
      for c in cut {
        let share = excess * (before[c] - floor) / room
        widths[c] -= share
      }
      excess -= cut.reduce(0) { $0 + before[$1] - widths[$1] }
      while excess > 0, let c = cut.filter({ widths[$0] > floor }).max(by: { widths[$0] < widths[$1] }) {
        widths[c] -= 1
        excess -= 1
      }
    }
    return widths
  }

  static func rule(_ left: String, _ middle: String, _ right: String, _ widths: [Int]) -> String {
    left + widths.map { String(repeating: "─", count: $0 + 2) }.joined(separator: middle) + right
      + "\n"
  }

  static func line(_ cells: [String], widths: [Int], rightAligned: [Bool]) -> String {
    var text = "│"
    for (c, cell) in cells.enumerated() {
      let shown = DisplayWidth.truncated(cell, to: widths[c])
      let padding = String(repeating: " ", count: max(0, widths[c] - DisplayWidth.of(shown)))
      text += " " + (rightAligned[c] ? padding + shown : shown + padding) + " │"
    }
    if cells.isEmpty { text += "│" }
    return text + "\n"
  }
}
