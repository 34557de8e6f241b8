import UQLValues

/// Gives each table of a document its id (`T1`, `T2`, … in reading order), its caption (a short
/// line above it, preferably one that names a unit or "Tabell", else the heading above), the
/// number of its section and the unit its caption or headers name.
enum TableCaptions {
  static func assign(_ document: inout Document) {
    var count = 0
    var section: String?
    var heading: String?
    var numbered: (title: String, level: Int)?  // the nearest numbered heading
    var headingLevel = 0
    var tableSinceNumbered = false
    var prose = false  // whether a paragraph of prose came after the nearest heading
    var previous: DocumentTable?
    var lastPart: Int?  // the block with the previous table's last rows
    var pageBreak = false
    // Whether the previous table was the last content on its page, and whether a heading came
    // since the page broke.
    var endsPage = false
    var headingSinceBreak = false
    for index in document.blocks.indices {
      let block = document.blocks[index]
      if case .furniture(let kind) = block.kind {
        // (docling splits a table where a picture stands between its parts, as at a page break.)
        if kind == .pageMarker || kind == .pageNumber || kind == .runningHeader || kind == .picture {
          if previous != nil, !pageBreak, kind != .picture { endsPage = true }
          pageBreak = true
        }
        continue
      }
      if case .heading(let number, let level) = block.kind {
        if let number {
          section = number
          numbered = (block.text, level)
          tableSinceNumbered = false
        } else if let n = numbered, level <= n.level || tableSinceNumbered {
          numbered = nil  // the numbered section has ended, or the heading heads tables of its own
        }
        heading = block.text
        headingLevel = level
        prose = false
        // pdfplumber prints a page's tables after its text, headings too: a table that ended its
        // page may go on after the next page's headings (then only with rows for a header).
        // A heading saying the table goes on (`3.1 Driftredovisning, forts.`) keeps it open.
        if pageBreak, previous != nil, namesContinuation(block.text) {
          continue
        } else if pageBreak, endsPage {
          headingSinceBreak = true
        } else {
          previous = nil
        }
        continue
      }
      guard case .table(var table) = block.kind else {
        if block.kind == .paragraph, block.lines.count > 1 || block.text.count > 120 { prose = true }
        // Text after a table on its own page ends it, unless it says the table goes on
        // (`Tabellen fortsätter på nästa sida.`); text on the next page before its first table
        // does not (converters such as pdfplumber print a page's tables after its text).
        if !pageBreak, !saysContinued(block.text) { previous = nil }
        continue
      }
      if let before = previous, pageBreak, var continued = continuation(table, of: before, rowsOnly: headingSinceBreak) {
        // A row broken by the page: its cells go on in lower case at the top of the next.
        if let part = lastPart, case .table(var above) = document.blocks[part].kind, let first = continued.rows.first,
          let last = above.rows.indices.last, goesOn(first, columns: above.columns)
        {
          for (c, cell) in first.cells.enumerated() where !cell.text.isEmpty && c < above.rows[last].cells.count {
            let text = above.rows[last].cells[c].text
            above.rows[last].cells[c].text = text.isEmpty ? cell.text : text + "\n" + cell.text
          }
          continued.rows.removeFirst()
          document.blocks[part].kind = .table(above)
        }
        lastPart = index
        document.blocks[index].kind = .table(continued)
        document.blocks[index].text = continued.caption ?? ""
        (pageBreak, endsPage, headingSinceBreak) = (false, false, false)
        continue
      }
      (pageBreak, endsPage, headingSinceBreak) = (false, false, false)
      tableSinceNumbered = true
      defer {
        previous = document.blocks[index].table
        lastPart = index
      }
      count += 1
      table.id = "T\(count)"
      table.section = section
      // An unnumbered sub-heading with prose under it (`Åtgärder vid budgetunderskott`) is a
      // topic of the text, not the table's title: then the section's numbered heading names it.
      var title = heading
      if prose, let numbered, numbered.level < headingLevel { title = numbered.title }
      // A caption the form reader found (the line over a table printed one cell per line) stays.
      table.caption = table.caption ?? caption(before: index, in: document.blocks) ?? title
      // (A unit the form reader found on a line of its own under the caption stays too.)
      table.unit = table.unit ?? table.caption.flatMap(FollowUpVocabulary.unit(in:))
        ?? table.columns.lazy.compactMap(FollowUpVocabulary.unit(in:)).first
        ?? unitSaid(before: index, in: document.blocks)
      document.blocks[index].kind = .table(table)
      document.blocks[index].text = table.caption ?? ""
    }
  }

  /// Whether a table's first row on a new page goes on with the last row of the page before:
  /// every cell it fills on its first line starts in lower case, none a number (`digitala
  /// produkter och tjänster …` under `Centrala uppdrag   Kommentar` printed again).
  /// (An entry's cell going on in lower case settles it, whatever the cells beside start with;
  /// so, under `Status och kommentar`, does a row that prints no status there.)
  static func goesOn(_ row: TableRow, columns: [String]) -> Bool {
    let filled = row.cells.filter { !$0.text.isEmpty }
    guard let top = filled.map(\.line).min() else { return false }
    func lowerCase(_ cell: TableCell) -> Bool {
      cell.text.first?.isLowercase == true && SwedishNumber.parse(cell.text) == nil
    }
    if let first = row.cells.first, first.line == top, lowerCase(first) { return true }
    if columns.count == 2, FollowUpVocabulary.namesAssessmentAndComment(columns[1]), row.cells.count == 2 {
      return !StatusVocabulary.isStatusAlone(row.cells[1].text.split(separator: "\n").first.map(String.init) ?? "")
    }
    return filled.filter { $0.line == top }.allSatisfy(lowerCase)
  }

  /// Whether a line says a table goes on over the page (`Tabellen fortsätter på nästa sida.`,
  /// `forts. nästa sida`).
  /// Whether a heading is a table's title said to go on (`Driftredovisning, forts.`,
  /// `Investeringar (forts.)`, `… fortsättning`).
  static func namesContinuation(_ text: String) -> Bool {
    let t = text.lowercasedText().trimmingCharacters(in: [" ", ")", "(", ":"])
    return text.utf8.count <= 100 && (t.hasSuffix("forts.") || t.hasSuffix(" forts") || t.hasSuffix("fortsättning"))
  }

  static func saysContinued(_ text: String) -> Bool {
    guard text.utf8.count <= 80 else { return false }
    let t = text.lowercasedText()
    return (t.contains("fortsätter") || t.contains("forts.")) && t.contains("nästa sida")
  }

  /// `table` as the continuation of `before` over a page break, or nil: as many columns, and a
  /// first row with an empty leading cell (a converter read the continued rows' first line as
  /// a header) or the same header printed again; with `rowsOnly` (headings came between), only
  /// a header that reads as a row.
  static func continuation(_ table: DocumentTable, of before: DocumentTable, rowsOnly: Bool = false) -> DocumentTable? {
    guard table.columns.count == before.columns.count, table.columns.count >= 2 else { return nil }
    if rowsOnly, !readsAsRow(table.columns, under: before.columns) { return nil }
    var continued = table
    if table.columns == before.columns {
      // The header printed again on the new page.
    } else if table.columns.allSatisfy(\.isEmpty), !rowsOnly {
      // Rows only, no header printed again.
    } else if (table.columns.first?.isEmpty == true && table.columns.dropFirst().contains(where: { !$0.isEmpty })
      && !namesPeriods(table.columns))
      || readsAsRow(table.columns, under: before.columns)
    {
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

  /// Whether a header's cells after the first name periods (`Not   2024-06-30   2023-06-30`,
  /// `2024`): a header of a table of its own, not a row of one continued.
  static func namesPeriods(_ header: [String]) -> Bool {
    let cells = header.dropFirst().filter { !$0.isEmpty }
    let dated = cells.filter { cell in
      cell.split(whereSeparator: { $0 == " " || $0 == "\n" }).contains { word in
        let parts = word.split(separator: "-")
        return parts.first.map { $0.count == 4 && Int($0).map { (1900...2200).contains($0) } == true } == true
          && parts.dropFirst().allSatisfy { $0.allSatisfy(\.isNumber) && $0.count == 2 }
      }
    }
    return dated.count >= 2
  }

  /// Whether a table's header is a row of data of the table before (`| Utöka antalet ST-tjänster
  /// | Utbildningsansvarig | Genomförd | … |` under `Aktivitet | Ansvarig | Status | …`): it
  /// repeats none of that header's words, and a cell of it is a number or a status, or it is a
  /// label alone (`| Medfinansiering | | | |`).
  static func readsAsRow(_ header: [String], under before: [String]) -> Bool {
    guard Set(header).isDisjoint(with: before.filter { !$0.isEmpty }) else { return false }
    if header.first?.isEmpty == false, header.count >= 3, header.dropFirst().allSatisfy(\.isEmpty) { return true }
    return header.dropFirst().contains { cell in
      !cell.isEmpty
        && (AlignedTableForm.number(cell) != nil || StatusVocabulary.activityStatus(cell) != .okänd
          || StatusVocabulary.goalStatus(cell) != .okänd)
    }
  }

  /// A short line between the heading above and the table that reads as its caption.
  /// The unit the paragraph right above a table names at a sentence's end (`Tabellen visar
  /// prognostiserad avvikelse … vid respektive månadsuppföljning, tkr.`), or nil.
  static func unitSaid(before index: Int, in blocks: [DocumentBlock]) -> String? {
    guard let above = blocks[..<index].last(where: { if case .furniture = $0.kind { return false } else { return true } }),
      above.kind == .paragraph
    else { return nil }
    // A sentence that ends in the unit (`…, tkr.`), not one that names an amount in passing.
    for sentence in above.text.split(separator: ".") where sentence.count <= 200 {
      let words = sentence.lowercasedText().split { !$0.isLetter }
      if let last = words.last, EconomyRecogniser.currencies.contains(String(last)) { return String(last) }
    }
    return nil
  }

  static func caption(before index: Int, in blocks: [DocumentBlock]) -> String? {
    var nearest: String?
    var looked = 0
    var overHeading = false
    for block in blocks[..<index].reversed() {
      switch block.kind {
      // A caption naming a unit may stand above an unnumbered sub-heading where a converter
      // printed the page's text before its table (`Investeringar (belopp mnkr)` /
      // `Kommentarer investeringar` / prose / the table).
      case .heading(nil, _) where !overHeading && nearest == nil:
        overHeading = true
        continue
      case .heading, .table: return nearest
      case .furniture: continue
      case .label: return nearest
      case .listItem: looked += 1
      case .paragraph:
        looked += 1
        // (A caption in italics or bold, as markdown marks it, without the marks: `*Tabell 2. …*`.)
        let t = block.text.first == "*" || block.text.first == "_" ? PipeTableForm.withoutEmphasis(block.text) : block.text
        // An inline assessment (`Bedömning: Målet är delvis uppfyllt`) is no caption.
        guard block.lines.count == 1, t.count <= 80, let last = t.last, !".:;,".contains(last), t.contains(where: \.isLetter),
          FollowUpVocabulary.inlineAssessment(t) == nil
        else { continue }
        if FollowUpVocabulary.unit(in: t) != nil || t.lowercasedText().hasPrefix("tabell") { return t }
        if looked == 1, !overHeading { nearest = t }
      }
      if looked >= 12 { return nearest }
    }
    return nearest
  }
}
