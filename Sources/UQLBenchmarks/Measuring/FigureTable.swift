/// A figure as printed: a title, a Markdown table (readable on a terminal, pasteable into the
/// README) and notes under it.
struct FigureTable {
  var title: String
  var headers: [String]
  var rows: [[String]] = []
  var notes: [String] = []

  func render() -> String {
    var widths = headers.map(\.count)
    for row in rows {
      for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) }
    }
    func line(_ cells: [String]) -> String {
      "| "
        + cells.enumerated().map { i, c in c + String(repeating: " ", count: max(0, widths[i] - c.count)) }
        .joined(separator: " | ") + " |"
    }
    var out = "### \(title)\n\n" + line(headers) + "\n"
    out += "| " + widths.map { String(repeating: "-", count: max(3, $0)) }.joined(separator: " | ") + " |\n"
    for row in rows { out += line(row + Array(repeating: "", count: max(0, headers.count - row.count))) + "\n" }
    if !notes.isEmpty { out += "\n" + notes.map { "- " + $0 }.joined(separator: "\n") + "\n" }
    return out
  }
}

/// Bytes as MB (10^6), the unit throughput is given in; "–" for 0.
func megabytes(_ bytes: Int) -> String {
  // 0 is what an unmeasured peak (no GNU time installed) looks like.
  bytes == 0 ? "–" : Summary.format(Double(bytes) / 1_000_000) + " MB"
}
