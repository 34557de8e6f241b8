import UQLValues

/// Writes the `line` format, sqlite3's `.mode line`: each row as one `column = value` line per
/// column, names right-aligned to the longest, rows apart by a blank line. A row too wide for any
/// terminal reads whole this way; control characters are escaped as in `table`.
enum LineWriter {
  static func write(_ table: Table, options: FormatOptions, to output: inout some TextOutputStream) {
    let null = options.nullText ?? "null"
    let names = table.columns.map { ControlEscaping.escaped($0.name) }
    let width = names.map(DisplayWidth.of).max() ?? 0
    let labels = names.map { String(repeating: " ", count: width - DisplayWidth.of($0)) + $0 + " = " }
    for row in 0..<table.rowCount {
      if row > 0 { output.write("\n") }
      for (c, column) in table.columns.enumerated() {
        let value = ControlEscaping.escaped(column[row].displayText ?? null, lineBreak: "\\n")
        output.write(labels[c] + value + "\n")
      }
    }
  }
}
