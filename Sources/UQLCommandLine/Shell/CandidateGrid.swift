import UQLFormats

/// Lays completion candidates out in columns below the line, the way shells list them.
enum CandidateGrid {
  /// The candidates in columns that fit `width`, filled down then across, each row ending in
  /// a line break.
  static func layout(_ candidates: [String], width: Int) -> String {
    guard !candidates.isEmpty else { return "" }
    let widths = candidates.map(DisplayWidth.of)
    let cell = (widths.max() ?? 0) + 2
    let columns = max(1, min(candidates.count, max(1, width) / max(1, cell)))
    let rows = (candidates.count + columns - 1) / columns
    var out = ""
    for row in 0..<rows {
      var line = ""
      for column in 0..<columns {
        let i = column * rows + row
        guard i < candidates.count else { break }
        line += candidates[i]
        if column < columns - 1, (column + 1) * rows + row < candidates.count {
          line += String(repeating: " ", count: cell - widths[i])
        }
      }
      out += line + "\n"
    }
    return out
  }
}
