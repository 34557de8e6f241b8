/// Gives each table of a document its id (`T1`, `T2`, … in reading order), its caption (a short
/// line above it, preferably one that names a unit or "Tabell", else the heading above), the
/// number of its section and the unit its caption or headers name.
enum TableCaptions {
  static func assign(_ document: inout Document) {
    var count = 0
    var section: String?
    var heading: String?
    for index in document.blocks.indices {
      let block = document.blocks[index]
      if case .heading(let number, _) = block.kind {
        if let number { section = number }
        heading = block.text
        continue
      }
      guard case .table(var table) = block.kind else { continue }
      count += 1
      table.id = "T\(count)"
      table.section = section
      table.caption = caption(before: index, in: document.blocks) ?? heading
      table.unit = table.caption.flatMap(FollowUpVocabulary.unit(in:))
        ?? table.columns.lazy.compactMap(FollowUpVocabulary.unit(in:)).first
      document.blocks[index].kind = .table(table)
      document.blocks[index].text = table.caption ?? ""
    }
  }

  /// A short line between the heading above and the table that reads as its caption.
  static func caption(before index: Int, in blocks: [DocumentBlock]) -> String? {
    var nearest: String?
    var looked = 0
    for block in blocks[..<index].reversed() {
      switch block.kind {
      case .heading, .table: return nearest
      case .furniture: continue
      case .listItem: looked += 1
      case .paragraph:
        looked += 1
        let t = block.text
        guard block.lines.count == 1, t.count <= 80, let last = t.last, !".:;,".contains(last) else { continue }
        if FollowUpVocabulary.unit(in: t) != nil || t.lowercased().hasPrefix("tabell") { return t }
        if looked == 1 { nearest = t }
      }
      if looked >= 12 { return nearest }
    }
    return nearest
  }
}
