import UQLValues

/// Writes the `markdown` format: a GitHub-flavoured pipe table.
///
/// Cells are padded to equal display width so the source reads as a table too. Numeric columns
/// are right-aligned (`---:`). In cells `|` becomes `\|`, line breaks become `<br>` and other
/// control characters are escaped as in the `table` format. Nulls are empty cells unless
/// `nullText` says otherwise. A table without columns writes nothing.
enum MarkdownWriter {
  static func write(_ table: Table, options: FormatOptions, to output: inout some TextOutputStream) {
    guard !table.columns.isEmpty else { return }
    let null = options.nullText ?? ""
    let rightAligned = table.columns.map { $0.type.isNumeric }
    let headers = table.columns.map { cell($0.name) }
    var rows: [[String]] = []
    rows.reserveCapacity(table.rowCount)
    for row in 0..<table.rowCount {
      rows.append(table.columns.map { cell($0[row].displayText ?? null) })
    }
    var widths = headers.map { max(3, DisplayWidth.of($0)) }
    for row in rows {
      for (c, text) in row.enumerated() { widths[c] = max(widths[c], DisplayWidth.of(text)) }
    }

    output.write(line(headers, widths: widths, rightAligned: rightAligned))
    let rules = widths.indices.map { c in
      rightAligned[c] ? String(repeating: "-", count: widths[c] - 1) + ":" : String(repeating: "-", count: widths[c])
    }
    output.write("| " + rules.joined(separator: " | ") + " |\n")
    for row in rows { output.write(line(row, widths: widths, rightAligned: rightAligned)) }
  }

  static func cell(_ text: String) -> String {
    var escaped = ControlEscaping.escaped(text, lineBreak: "<br>")
    if escaped.contains("|") {
      var result = ""
      for scalar in escaped.unicodeScalars {
        if scalar == "|" { result += "\\|" } else { result.unicodeScalars.append(scalar) }
      }
      escaped = result
    }
    return escaped
  }

  static func line(_ cells: [String], widths: [Int], rightAligned: [Bool]) -> String {
    var text = "|"
    for (c, cell) in cells.enumerated() {
      let padding = String(repeating: " ", count: max(0, widths[c] - DisplayWidth.of(cell)))
      text += " " + (rightAligned[c] ? padding + cell : cell + padding) + " |"
    }
    return text + "\n"
  }
}
