import UQLValues

/// Writes the `json` and `ndjson` formats.
///
/// `json` is one array with one object per line (`[`, `{…},`, …, `]`; `[]` when there are no
/// rows); `ndjson` is one object per line and nothing for no rows. Keys follow column order.
/// Integers and decimals are JSON numbers, booleans and null are literals, dates are
/// `"YYYY-MM-DD"` strings. `nullText` does not apply: null is always `null`.
enum JSONWriter {
  static func write(
    _ table: Table, lines: Bool, options: FormatOptions, to output: inout some TextOutputStream
  ) {
    let keys = table.columns.map { quoted($0.name) + ":" }
    if !lines {
      guard table.rowCount > 0 else {
        output.write("[]\n")
        return
      }
      output.write("[\n")
    }
    for row in 0..<table.rowCount {
      var object = "{"
      for (c, column) in table.columns.enumerated() {
        if c > 0 { object += "," }
        object += keys[c] + literal(column[row])
      }
      object += "}"
      if !lines && row < table.rowCount - 1 { object += "," }
      output.write(object + "\n")
    }
    if !lines { output.write("]\n") }
  }

  static func literal(_ value: Value) -> String {
    switch value {
    case .null: return "null"
    case .integer(let i): return String(i)
    case .number(let d): return d.isNaN ? "null" : Value.format(d)
    case .boolean(let b): return b ? "true" : "false"
    case .date(let d): return "\"" + d.description + "\""
    case .text(let s): return quoted(s)
    }
  }

  static func quoted(_ text: String) -> String { JSONString.quoted(text) }
}
