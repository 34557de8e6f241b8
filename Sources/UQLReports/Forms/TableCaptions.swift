/// Gives each table of a document its id (`T1`, `T2`, … in reading order), its caption (a short
/// line above it, preferably one that names a unit or "Tabell", else the heading above), the
/// number of its section and the unit its caption or headers name.
enum TableCaptions {
  static func assign(_ document: inout Document) {
    var count = 0
    var section: String?
    var heading: String?
    var previous: DocumentTable?
    var pageBreak = false
    for index in document.blocks.indices {
      let block = document.blocks[index]
      if case .furniture(let kind) = block.kind {
        if kind == .pageMarker || kind == .pageNumber || kind == .runningHeader { pageBreak = true }
        continue
      }
      if case .heading(let number, _) = block.kind {
        if let number { section = number }
        heading = block.text
        previous = nil
        continue
      }
      guard case .table(var table) = block.kind else {
        previous = nil
        continue
      }
      if let before = previous, pageBreak, let continued = continuation(table, of: before) {
        document.blocks[index].kind = .table(continued)
        document.blocks[index].text = continued.caption ?? ""
        pageBreak = false
        continue
      }
      pageBreak = false
      defer { previous = document.blocks[index].table }
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

  /// `table` as the continuation of `before` over a page break, or nil: as many columns, and a
  /// first row with an empty leading cell (a converter read the continued rows' first line as
  /// a header) or the same header printed again.
  static func continuation(_ table: DocumentTable, of before: DocumentTable) -> DocumentTable? {
    guard table.columns.count == before.columns.count, table.columns.count >= 2 else { return nil }
    var continued = table
    if table.columns == before.columns {
      // The header printed again on the new page.
    } else if table.columns.first?.isEmpty == true, table.columns.dropFirst().contains(where: { !$0.isEmpty }) {
      let line = table.headerLine ?? table.rows.first?.line ?? 0
      continued.rows.insert(TableRow(cells: table.columns.map { TableCell($0, line: line) }, line: line), at: 0)
    } else {
      return nil
    }
    continued.columns = before.columns
    continued.id = before.id
    continued.caption = before.caption
    continued.section = before.section
    continued.unit = before.unit
    continued.continues = true
    return continued
  }

  /// A short line between the heading above and the table that reads as its caption.
  static func caption(before index: Int, in blocks: [DocumentBlock]) -> String? {
    var nearest: String?
    var looked = 0
    for block in blocks[..<index].reversed() {
      switch block.kind {
      case .heading, .table: return nearest
      case .furniture: continue
      case .label: return nearest
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
