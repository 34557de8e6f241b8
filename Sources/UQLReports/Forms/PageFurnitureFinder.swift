/// Finds the lines a page adds around the content: page markers and form feeds, running headers
/// and footers (a line near the top or bottom of many pages, the same once digits are ignored),
/// page numbers, the table of contents and converters' table links.
enum PageFurnitureFinder {
  /// The furniture kind of each line that is furniture, by index into `lines`.
  static func find(_ lines: [SourceLine]) -> [Int: Furniture] {
    var found: [Int: Furniture] = [:]
    // Pages break at form feeds and markers, or, where the text has none, at lines numbering them.
    let breaks = pageBreaks(lines)
    let numbered = breaks.isEmpty ? numberedPageLines(lines) : []
    let pages = self.pages(lines, breaks: breaks, numbered: numbered)
    for (i, line) in lines.enumerated() {
      if line.isPageMarker || SourceLine.isPageRule(lines, i) {
        found[i] = .pageMarker
      } else if line.isPicture {
        found[i] = .picture
      } else if line.isTableLink {
        found[i] = .tableLink
      } else if line.isCodeFence {
        found[i] = .codeFence
      } else if line.isPipeDelimiter, i > 0, !lines[i - 1].isPipeRow {
        found[i] = .tableRule
      } else if TableOfContents.isEntry(line.raw) {
        found[i] = .tableOfContents
      }
    }
    // A contents heading directly above an entry (blank lines between allowed).
    for (i, line) in lines.enumerated() where found[i] == nil && line.collapsed.utf8.count <= 24
      && TableOfContents.isHeading(line.collapsed)
    {
      if let next = lines[(i + 1)...].prefix(4).first(where: { !$0.isBlank }), found[next.number - 1] == .tableOfContents {
        found[i] = .tableOfContents
      }
    }
    // Under a contents heading, entries without dot leaders (blank lines between allowed): two
    // or more lines ending in a page number, up to the first line that does not.
    for (i, line) in lines.enumerated() where found[i] == nil && line.collapsed.utf8.count <= 24
      && TableOfContents.isHeading(line.collapsed)
    {
      guard let next = lines[(i + 1)...].prefix(4).first(where: { !$0.isBlank }),
        TableOfContents.isUndottedEntry(next.collapsed)
      else { continue }
      var entries: [Int] = []
      var k = next.number - 1
      while k < lines.count, k < i + 80 {
        if lines[k].isBlank {
          k += 1
          continue
        }
        guard found[k] == nil, TableOfContents.isUndottedEntry(lines[k].collapsed) else { break }
        entries.append(k)
        k += 1
      }
      if entries.count >= 2 {
        found[i] = .tableOfContents
        for e in entries { found[e] = .tableOfContents }
      }
    }
    for i in numbered where found[i] == nil { found[i] = .pageNumber }
    markRunningHeaders(lines, pages: pages, into: &found)
    markPageNumbers(lines, pages: pages, into: &found)
    if let block = frontMatter(lines) {
      for i in block where frontMatterTitle(lines[i]) == nil { found[i] = .frontMatter }
    }
    return found
  }

  /// The lines of a YAML front matter at the start (`---`, `key: value` lines, `---` or `...`),
  /// as pandoc and static-site tools write it, or nil.
  static func frontMatter(_ lines: [SourceLine]) -> ClosedRange<Int>? {
    guard let first = lines.first, first.trimmed == "---" else { return nil }
    for i in lines.indices.dropFirst().prefix(40) {
      let t = lines[i].trimmed
      if t == "---" || t == "..." { return i > 1 ? 0...i : nil }
      guard t.isEmpty || t.hasPrefix("- ") || t.hasPrefix("  ") || isKeyLine(t) else { return nil }
    }
    return nil
  }

  /// `key: value` with a key of letters, digits, `_` and `-`.
  static func isKeyLine(_ t: String) -> Bool {
    guard let colon = t.firstIndex(of: ":"), colon > t.startIndex else { return false }
    return t[..<colon].allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
  }

  /// The title a front matter line gives (`title: Verksamhetsplan 2024`, quotes dropped), or nil.
  static func frontMatterTitle(_ line: SourceLine) -> String? {
    let t = line.trimmed
    guard t.lowercasedText().hasPrefix("title:") else { return nil }
    let value = HTMLText.collapse(String(t.dropFirst(6))).trimmingCharacters(in: ["\"", "'"])
    return value.isEmpty ? nil : value
  }

  /// The pages as index ranges: a page starts at a form feed or at a converter's page marker or
  /// page rule; in a text with none of these, at a line numbering the pages (after it, where the
  /// numbers stand at the pages' feet: the first after more than three lines, the last among the
  /// text's last three).
  static func pages(_ lines: [SourceLine], breaks: [Int], numbered: [Int]) -> [Range<Int>] {
    var starts = [0] + breaks
    // A page numbered at its foot (the last number among the text's last lines, `Sida 4 av 4`)
    // ends at its number.
    if breaks.isEmpty, let first = numbered.first, let last = numbered.last, lines[..<first].filter({ !$0.isBlank }).count > 3,
      lines[(last + 1)...].filter({ !$0.isBlank }).count <= 2
    {
      for i in numbered where i + 1 < lines.count { starts.append(i + 1) }
      return zip(starts, starts.dropFirst() + [lines.count]).map { $0..<$1 }.filter { !$0.isEmpty }
    }
    if breaks.isEmpty {
      // A page numbered at its top starts with the running header lines right above its number
      // (`Vallby kommun` / `Delårsbokslut januari–augusti 2024` / `2 (4)`).
      for i in numbered {
        var start = i
        // (A number that ends its running header's line is the page's first line itself.)
        while start > 0, i - start < 2, !lines[start - 1].isBlank, PageFurniture.isPageNumberLine(lines[i].collapsed) {
          start -= 1
        }
        if start > starts.last! { starts.append(start) }
      }
    }
    return zip(starts, starts.dropFirst() + [lines.count]).map { $0..<$1 }.filter { !$0.isEmpty }
  }

  /// The indices (after the first line) where a form feed, a converter's page marker or a page
  /// rule starts a page.
  static func pageBreaks(_ lines: [SourceLine]) -> [Int] {
    lines.indices.filter { i in
      i > 0 && (lines[i].startsPage || lines[i].isPageMarker || SourceLine.isPageRule(lines, i))
    }
  }

  /// The lines numbering the pages of a text whose page breaks were lost (no form feeds, as some
  /// converters strip them): three or more lines that are a page number alone in the `3 (26)`
  /// style, of one page count, the pages rising.
  ///
  /// A running header may end in the page number (`2025 ÅRSBOKSLUT 2026-01-29 SID 24 (36)`, as
  /// pdfplumber prints it): such lines count where their words are the same on each.
  static func numberedPageLines(_ lines: [SourceLine]) -> [Int] {
    var byCount: [String: [(index: Int, page: Int)]] = [:]
    for (i, line) in lines.enumerated()
    where line.collapsed.utf8.count <= 80 && line.collapsed.utf8.last.map({ $0 == UInt8(ascii: ")") || (0x30...0x39).contains($0) }) == true {
      guard let (words, page, count) = trailingPageNumber(line.collapsed), page >= 1, page <= count else { continue }
      // The running header's words before the number, keyed by their letters.
      let header = String(words.lowercasedText().filter(\.isLetter))
      guard words.isEmpty || header.count >= 3 else { continue }
      byCount["\(count) \(header)", default: []].append((i, page))
    }
    guard let numbered = byCount.values.max(by: { $0.count < $1.count }), numbered.count >= 3 else {
      return plainNumberedPageLines(lines)
    }
    var rising: [Int] = []
    var last = 0
    for (i, page) in numbered where page > last {
      rising.append(i)
      last = page
    }
    return rising.count >= 3 ? rising : []
  }

  /// A page number in the `15 (39)` or `15 av 39` style at the end of a line (`Sida`, `SID`,
  /// letter-spaced `S ID` before it dropped), with the words before it.
  static func trailingPageNumber(_ text: String) -> (before: String, page: Int, count: Int)? {
    var words = text.split(separator: " ")
    guard var number = words.popLast() else { return nil }
    let page: Int
    let count: Int
    if words.count >= 2, words[words.count - 1].lowercasedText() == "av", number.count <= 4, let n = Int(number),
      words[words.count - 2].count <= 4, let p = Int(words[words.count - 2])
    {
      // `Sida 3 av 4`, `3 av 4`.
      (page, count) = (p, n)
      words.removeLast(2)
    } else {
      if number.first == "(", let page = words.popLast() { number = page + number }
      guard let found = PageFurniture.pageNumber(in: String(number)) else { return nil }
      (page, count) = found
    }
    for n in [2, 1] where words.count >= n && ["sida", "sid"].contains(words.suffix(n).joined().lowercasedText()) {
      words.removeLast(n)
      break
    }
    return (words.joined(separator: " "), page, count)
  }

  /// Lone page numbers without a count (`6`, `- 6 -`, `Sida 6`), as pdfplumber prints a page's
  /// last line: the longest run of them rising one by one, at least ten lines apart, three or
  /// more; none where there is no such run.
  static func plainNumberedPageLines(_ lines: [SourceLine]) -> [Int] {
    var runs: [[(index: Int, page: Int)]] = []
    for (i, line) in lines.enumerated() where line.collapsed.utf8.count <= 12 && PageFurniture.isPageNumberLine(line.collapsed) {
      let digits = line.collapsed.split { !($0.isASCII && $0.isNumber) }
      guard digits.count == 1, let page = Int(digits[0]) else { continue }
      // (A cell of a table one cell per line, a note's number before the row's figures, is no page
      // number: the next page starts with no figure.)
      if let next = lines[(i + 1)...].prefix(4).first(where: { !$0.isBlank }), AlignedTableForm.number(next.collapsed) != nil {
        continue
      }
      if let r = runs.firstIndex(where: { $0.last!.page + 1 == page && i - $0.last!.index >= 10 }) {
        runs[r].append((i, page))
      } else {
        runs.append([(i, page)])
      }
    }
    guard let longest = runs.max(by: { $0.count < $1.count }), longest.count >= 3 else { return [] }
    return longest.map(\.index)
  }

  /// The letters of a line, lower-cased: what a running header keeps from page to page while its
  /// page number, date and spacing change (`20 25 ÅRSBOKSL UT … S ID 3 (36)`).
  /// A line of few letters keeps its digits but the last number, its page's (`Org.nr
  /// 556812-4403   5`).
  static func key(_ line: SourceLine) -> String {
    let letters = String(line.trimmed.lowercasedText().filter { $0.isLetterFast })
    guard letters.count < 8, line.trimmed.utf8.count <= 160 else { return letters }
    let withoutPage = line.trimmed.reversed().drop { $0.isNumberFast || $0 == " " }.reversed()
    return String(String(withoutPage).lowercasedText().filter { $0.isLetterFast || $0.isNumberFast })
  }

  static func markRunningHeaders(_ lines: [SourceLine], pages: [Range<Int>], into found: inout [Int: Furniture]) {
    guard pages.count >= 3 else { return }
    // A running header is the first or second line of a page, or a footer its last one, or the
    // one above its last where that is the page's number (`20 25 ÅRSBOKSL UT 202 6 -01-29` / `S
    // ID 24 (36)`, as `pdftotext` without `-layout` prints a footer) and it is no sentence.
    func edges(_ page: Range<Int>) -> [Int] {
      let content = page.filter { !lines[$0].isBlank && found[$0] == nil }
      var footer = content.suffix(1)
      if content.count >= 3, PageFurniture.isPageNumberLine(lines[content[content.count - 1]].collapsed),
        lines[content[content.count - 2]].collapsed.last != "."
      {
        footer = content.suffix(2)
      }
      return Array(Set(content.prefix(2) + footer)).sorted()
    }
    // Each page's edge lines with their keys, computed once.
    let pageEdges = pages.map { page in edges(page).map { (line: $0, key: key(lines[$0])) } }
    // (The pages each key is on, on even and on odd pages.)
    var pagesWithKey: [String: (even: Int, odd: Int)] = [:]
    for (index, page) in pageEdges.enumerated() {
      // A table's header printed again on every page heads the rows below it: content.
      let keys = page.filter { $0.key.count >= 8 && TextColumnsForm.header(lines[$0.line]) == nil }.map(\.key)
      for k in Set(keys) {
        if index % 2 == 0 { pagesWithKey[k, default: (0, 0)].even += 1 } else { pagesWithKey[k, default: (0, 0)].odd += 1 }
      }
    }
    let needed = max(3, (pages.count + 1) / 2)
    // Or a book's mirrored header, one on the left pages and another on the right (`Region
    // Västerlanda   Dnr HSN 2024/0418` on odd pages, the report's title on even ones): most pages of
    // one side, at most one of the other.
    let evenPages = (pages.count + 1) / 2
    let oddPages = pages.count / 2
    func mirrored(_ on: Int, _ of: Int, _ other: Int) -> Bool { on >= max(3, (of + 1) / 2) && other <= 1 }
    let running = Set(
      pagesWithKey.filter { _, n in
        n.even + n.odd >= needed || mirrored(n.even, evenPages, n.odd) || mirrored(n.odd, oddPages, n.even)
      }.keys)
    guard !running.isEmpty else { return }
    for (index, page) in pageEdges.enumerated() {
      let marked = page.filter { running.contains($0.key) }
      // A title page may repeat some of the running header's words as its title: there, only a
      // header with all the running lines of its side (the odd pages') is one.
      if index == 0, Set(marked.map(\.key)) != running.filter({ (pagesWithKey[$0]?.even ?? 0) >= 2 }) { continue }
      for edge in marked { found[edge.line] = .runningHeader }
    }
  }

  /// A lone page number (`3`, `- 3 -`, `Sida 3 av 9`, `3(36)`) first or last on its page, or
  /// last before a converter's table link (pdfplumber prints tables after the page's text).
  static func markPageNumbers(_ lines: [SourceLine], pages: [Range<Int>], into found: inout [Int: Furniture]) {
    // (A page whose number is known already has no other: a figure ending its text is a value.)
    for page in pages where !page.contains(where: { found[$0] == .pageNumber }) {
      let content = page.filter { !lines[$0].isBlank && found[$0] == nil }
      // A page number line has at most 20 characters (at most 80 bytes).
      for i in content where lines[i].collapsed.utf8.count <= 80 && PageFurniture.isPageNumberLine(lines[i].collapsed) {
        let next = lines[(i + 1)...].firstIndex { !$0.isBlank }
        let endsText = next.map { !page.contains($0) || found[$0] == .tableLink || found[$0] == .pageMarker } ?? true
        if i == content.first || i == content.last || endsText { found[i] = .pageNumber }
      }
    }
  }
}
