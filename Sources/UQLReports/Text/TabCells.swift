/// Splits tab-separated lines at their tab bytes. A tab is a grapheme cluster of its own, so this
/// gives the cells `split(separator: "\t")` gives, without walking the characters.
enum TabCells {
  /// The cells of `line`; with `omittingEmpty`, empty cells are left out.
  static func of(_ line: String, omittingEmpty: Bool = false) -> [String] {
    var line = line
    return line.withUTF8 { bytes in
      var cells: [String] = []
      var start = 0
      for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x09 {
        if !(omittingEmpty && i == start) {
          cells.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
        }
        start = i + 1
      }
      return cells
    }
  }
}
