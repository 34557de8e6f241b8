/// One table row of the 003 layout, normalised to three cells.
struct Row {
  static let assignmentSymbols: [Character: AssignmentStatus] = [
    "●": .uppfylls, "◆": .uppfyllsDelvis,
  ]
  static let activitySymbols: [Character: ActivityStatus] = [
    "▶": .pågår, "✓": .klar, "⏸": .pausad, "—": .ejStartad, "●": .delvis, "!": .ejEnligtPlan,
  ]

  var assignment: String
  var comment: String
  var activities: String

  /// Splits a line at tabs. Rows with more than three cells (a header with extra empty
  /// columns, a row shifted right) lose empty cells at either end until three remain.
  init?(_ line: String) {
    guard TextSearch.contains(line, "\t") else { return nil }
    var cells = TabCells.of(line)
    while cells.count > 3, let last = cells.last, HTMLText.plain(last).isEmpty { cells.removeLast() }
    while cells.count > 3, let first = cells.first, HTMLText.plain(first).isEmpty { cells.removeFirst() }
    if cells.count > 3 {
      // Still too many: keep the first two and put the rest into the activity cell.
      cells = [cells[0], cells[1], cells[2...].joined(separator: " ")]
    }
    while cells.count < 3 { cells.append("") }
    assignment = cells[0]
    comment = cells[1]
    activities = cells[2]
  }

  /// A cell's leading status symbol and the text after it.
  static func leadingSymbol(_ text: String) -> (Character, String)? {
    guard let first = text.first else { return nil }
    let rest = text.dropFirst()
    guard rest.isEmpty || rest.first == " " || rest.first == "\u{FE0F}" else { return nil }
    return (first, HTMLText.collapse(String(rest.drop { $0 == "\u{FE0F}" })))
  }

  /// An activity cell as items. `<p>` blocks are items; inside a `<ul>` list without item tags
  /// the items are split at status symbols, or at runs of spaces when the icons were lost.
  static func activityItems(_ cell: String) -> [(text: String, listed: Bool)] {
    var items: [(String, Bool)] = []
    for segment in splitAtLists(cell) {
      if segment.isList {
        let blocks = HTMLText.blocks(segment.html)
        for piece in blocks {
          for item in splitListText(piece, raw: blocks.count == 1 ? segment.html : nil) {
            items.append((item, true))
          }
        }
      } else {
        for block in HTMLText.blocks(segment.html) { items.append((block, false)) }
      }
    }
    return items
  }

  /// The cell cut into parts inside and outside `<ul …>` … `</ul>`.
  static func splitAtLists(_ cell: String) -> [(html: String, isList: Bool)] {
    guard TextSearch.contains(cell, "<ul"), let open = cell.range(of: "<ul") else { return [(cell, false)] }
    var parts: [(String, Bool)] = []
    let before = String(cell[..<open.lowerBound])
    if !before.isEmpty { parts.append((before, false)) }
    let rest = cell[open.lowerBound...]
    if let close = rest.range(of: "</ul>") {
      parts.append((String(rest[..<close.upperBound]), true))
      parts += splitAtLists(String(rest[close.upperBound...]))
    } else {
      parts.append((String(rest), true))
    }
    return parts
  }

  /// Text of a list whose `<li>` tags were lost: split before each status symbol standing alone,
  /// or, without symbols, at runs of two or more spaces in the raw cell.
  static func splitListText(_ text: String, raw: String?) -> [String] {
    let chars = CharacterArray.of(text)
    var cuts: [Int] = []
    for i in chars.indices where activitySymbols[chars[i]] != nil {
      let before = i == 0 || chars[i - 1] == " "
      let after = i + 1 >= chars.count || chars[i + 1] == " "
      if before && after { cuts.append(i) }
    }
    if !cuts.isEmpty {
      var items: [String] = []
      var start = 0
      for cut in cuts {
        let piece = HTMLText.collapse(String(chars[start..<cut]))
        if !piece.isEmpty { items.append(piece) }
        start = cut
      }
      let last = HTMLText.collapse(String(chars[start...]))
      if !last.isEmpty { items.append(last) }
      return items
    }
    // The collapsed text lost the double spaces; find the items in the raw cell instead.
    guard let raw else { return [text] }
    let stripped = rawWithoutTags(raw)
    let pieces = stripped.components(separatedBy: "  ").map(HTMLText.plain).filter { !$0.isEmpty }
    return pieces.isEmpty ? [text] : pieces
  }

  static func rawWithoutTags(_ raw: String) -> String {
    var out = ""
    var inTag = false
    for ch in raw {
      if ch == "<" { inTag = true; out.append(" "); continue }
      if ch == ">" && inTag { inTag = false; out.append(" "); continue }
      if !inTag { out.append(ch) }
    }
    return out
  }
}
