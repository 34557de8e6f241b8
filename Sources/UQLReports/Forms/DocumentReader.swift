/// Reads a report's lines into a ``Document``: finds the page furniture, then reads each region
/// in its own form (pipe tables, tab-separated tables, page-layout tables, prose), then gives
/// each table its id, caption, section and unit. Pure: lines in, blocks out.
public enum DocumentReader {
  /// The document of `text`, and the lines that were noise (not understood) by 1-based number.
  public static func read(_ text: ReportText) -> (document: Document, noise: [Int]) {
    let (document, noise, _) = readLines(text)
    return (document, noise)
  }

  /// The document, its noise, and the facts of its lines, which the recognisers ask about too.
  static func readLines(_ text: ReportText) -> (document: Document, noise: [Int], lines: [SourceLine]) {
    // (A markdown converter's backslash escapes, `Målet är delvis uppfyllt\.`, `KF\-mål 1`, are
    // read without their backslashes.)
    let escaped = MarkdownEscapes.escapesPunctuation(text.lines)
    let lines = PipeRowsInText.rewritten(
      text.lines.enumerated().map {
        SourceLine(number: $0.offset + 1, text: escaped ? MarkdownEscapes.unescapedOutsideMarkup($0.element) : $0.element)
      })
    var reader = Reader(lines: lines)
    reader.run()
    reader.readCoverAsText()
    reader.addMarkupLines()
    var document = Document(blocks: reader.blocks, markupLines: Set(reader.markupLines.map { reader.reportLines[$0].number }))
    TableCaptions.assign(&document)
    return (document, reader.noise, lines)
  }

  /// The state of one pass over the lines.
  struct Reader {
    /// The lines read, which are the report's lines but its code fences.
    let lines: [SourceLine]
    /// The report's lines, by number - 1.
    let reportLines: [SourceLine]
    let furniture: [Int: Furniture]
    /// The report's markup lines, code fences and rules under pipe rows read as text, by index
    /// (their lines' numbers - 1).
    let markupLines: [Int]
    var blocks: [DocumentBlock] = []
    var noise: [Int] = []
    /// The indices where the tables found by their columns start, and those after their ends.
    var tableStarts: Set<Int> = []
    var tableEnds: Set<Int> = []
    /// Titles of the table of contents (lower-case) with their levels.
    var contents: [String: Int] = [:]
    var longestContentsTitle = 0
    /// Whether each line is open to the readers of text: no page furniture, pipe row or tab row.
    /// (Computed once: the table forms ask it of every line many times over.)
    let usableLines: [Bool]

    init(lines reportLines: [SourceLine]) {
      self.reportLines = reportLines
      var furniture = PageFurnitureFinder.find(reportLines)
      // A code fence is markup a converter put around text (```` ```osaker-tabell ```` around a
      // table whose header it left outside), as is a pipe delimiter under a row read as text: the
      // lines are read without it, so text and tables go on across it, and it becomes a block of
      // furniture where it stands outside them.
      markupLines = furniture.filter { $0.value == .codeFence || $0.value == .tableRule }.map(\.key).sorted()
      var lines = reportLines
      if !markupLines.isEmpty {
        lines = reportLines.filter { furniture[$0.number - 1] != .codeFence && furniture[$0.number - 1] != .tableRule }
        furniture = Dictionary(
          uniqueKeysWithValues: lines.enumerated().compactMap { i, line in furniture[line.number - 1].map { (i, $0) } })
      }
      self.lines = lines
      self.furniture = furniture
      usableLines = lines.indices.map { furniture[$0] == nil && !lines[$0].isPipeRow && !lines[$0].hasTab }
      for (i, kind) in furniture where kind == .tableOfContents {
        let line = lines[i]
        guard TableOfContents.isEntry(line.raw) else { continue }
        var title = line.collapsed
        while let last = title.last, last.isNumber || last == "." || last == "…" || last == " " { title.removeLast() }
        if let (_, rest) = SectionNumber.split(title) { title = rest }
        contents[title.lowercasedText()] = line.indent >= 2 ? 2 : 1
        longestContentsTitle = max(longestContentsTitle, title.utf8.count + 8)
      }
    }

    /// The level the table of contents gives a title, if it lists it (asked of most lines, so
    /// a text longer than every title is not lower-cased).
    func contentsLevel(_ text: String) -> Int? {
      guard !contents.isEmpty, text.utf8.count <= longestContentsTitle else { return nil }
      return contents[text.lowercasedText()]
    }

    /// The column a numbered heading's title starts at: after its indent, number and spaces.
    static func titleStart(_ line: SourceLine) -> Int {
      let raw = Array(line.raw)
      var k = 0
      while k < raw.count, raw[k] == " " { k += 1 }
      while k < raw.count, raw[k] != " " { k += 1 }
      while k < raw.count, raw[k] == " " { k += 1 }
      return k
    }

    func usable(_ i: Int) -> Bool {
      usableLines[i]
    }

    mutating func run() {
      let tables = alignedTables()
      tableStarts = Set(tables.keys)
      tableEnds = Set(tables.values.flatMap { $0.map(\.1.upperBound) })
      var i = 0
      var previousLevel = 0
      while i < lines.count {
        let line = lines[i]
        if let kind = furniture[i] {
          blocks.append(DocumentBlock(kind: .furniture(kind), text: line.collapsed, lines: line.number...line.number))
          i += 1
        } else if line.isBlank {
          i += 1
        } else if i < 40, let title = PageFurnitureFinder.frontMatterTitle(line),
          PageFurnitureFinder.frontMatter(lines)?.contains(i) == true
        {
          // The front matter's title is the document's title, as pandoc prints it: a heading.
          blocks.append(DocumentBlock(kind: .heading(number: nil, level: 1), text: title, lines: line.number...line.number))
          previousLevel = 1
          i += 1
        } else if PipeTableForm.startsBareTable(lines, i) {
          let (table, end) = PipeTableForm.read(lines, from: i, bare: true)
          append(table, i..<end)
          i = end
        } else if DashedTableForm.isRule(line), let (table, end) = DashedTableForm.read(lines, from: i) {
          append(table, i..<end)
          i = end
        } else if i + 1 < lines.count, lines[i + 1].trimmed.utf8.first == UInt8(ascii: "-"),
          let (table, end) = DashedTableForm.readSimple(lines, from: i)
        {
          append(table, i..<end)
          i = end
        } else if tables[i] != nil {
          // The tables starting here, and those starting within them (side by side).
          var end = i + 1
          var k = i
          while k < end {
            for (table, range) in tables[k] ?? [] {
              append(table, range)
              end = max(end, range.upperBound)
            }
            k += 1
          }
          i = end
        } else if GridTableForm.isBorder(line), let (table, end) = GridTableForm.read(lines, from: i) {
          append(table, i..<end)
          i = end
        } else if line.isPipeRow {
          let (table, end) = PipeTableForm.read(lines, from: i)
          append(table, i..<end)
          i = end
        } else if TabTableForm.isRow(line) {
          let (table, end) = TabTableForm.read(lines, from: i) { furniture[$0] == nil }
          append(table, i..<end)
          i = end
        } else if ProseForm.isNoise(line) {
          noise.append(line.number)
          i += 1
        } else if let field = FollowUpVocabulary.field(line.collapsed), !titlesSection(i) {
          blocks.append(DocumentBlock(kind: .label(field), text: line.collapsed, lines: line.number...line.number))
          i += 1
        } else if let (level, title) = line.markdownHeading {
          // `### 2.1 Strategiskt mål: …`: the printed number is the heading's.
          let numbered = SectionNumber.split(title).flatMap { $0.rest.first?.isUppercase == true ? $0 : nil }
          blocks.append(
            DocumentBlock(
              kind: .heading(number: numbered?.number, level: level), text: numbered.map { String($0.rest) } ?? title,
              lines: line.number...line.number))
          previousLevel = level
          i += 1
        } else if let title = line.boldText, startsBlock(i), endsBlock(i), title.last != "." || title.count <= 40,
          title.contains(where: \.isLetter)
        {
          // A paragraph wholly in bold: a heading whose style the converter lost. Numbered, its
          // number gives its level; else it is one below the last numbered heading.
          let numbered = SectionNumber.split(title).flatMap { $0.rest.first?.isUppercase == true ? $0 : nil }
          let level = numbered.map { SectionNumber.depth($0.number) } ?? (previousLevel == 0 ? 1 : min(previousLevel + 1, 6))
          blocks.append(
            DocumentBlock(
              kind: .heading(number: numbered?.number, level: level), text: numbered.map { String($0.rest) } ?? title,
              lines: line.number...line.number))
          if numbered != nil { previousLevel = level }
          i += 1
        } else if FollowUpVocabulary.goalLabel(line.collapsed) != nil, i + 1 < lines.count, usable(i + 1),
          !lines[i + 1].isBlank, let first = lines[i + 1].collapsed.first, first.isUppercase,
          lines[i + 1].collapsed.count <= 160, FollowUpVocabulary.field(lines[i + 1].collapsed) == nil,
          FollowUpVocabulary.goalLabel(lines[i + 1].collapsed) == nil
        {
          // A goal's label alone on its line, its title on the next (`Nämndens mål 1.1` /
          // `Kollektivtrafikens marknadsandel ska öka`): one heading.
          // (A title wraps onto a short line in lower case or starting with a figure: `Skatte-
          // subventionsgraden ska inte överstiga` / `50 procent`.)
          var end = i + 1
          if end + 1 < lines.count, usable(end + 1), let f = lines[end + 1].collapsed.first, f.isLowercase || f.isNumber,
            lines[end + 1].collapsed.count <= 40, FollowUpVocabulary.field(lines[end + 1].collapsed) == nil
          {
            end += 1
          }
          let level = previousLevel == 0 ? 1 : min(previousLevel + 1, 6)
          blocks.append(
            DocumentBlock(
              kind: .heading(number: nil, level: level),
              text: line.collapsed + ": " + LineJoining.join(lines[(i + 1)...end].map(\.collapsed)),
              lines: line.number...lines[end].number))
          i = end + 1
        } else if let (number, title) = ProseForm.numberedHeading(line),
          startsBlock(i) || endsBlock(i) || contentsLevel(title) != nil || labelFollows(i) || headsProse(i, title: title)
            || underParentHeading(i, number: number) || continuesOutline(i, number: number)
            || (i + 1 < lines.count && ProseForm.isCaption(lines[i + 1]))
            // (Or directly over an inline assessment, `1.3 … ska öka` / `Måluppfyllelse: Ej uppfylld`,
            // in text without blank lines.)
            || (i + 1 < lines.count && usable(i + 1) && ProseForm.isInlineAssessment(lines[i + 1]))
            || FollowUpVocabulary.goalHeading(title) != nil || FollowUpVocabulary.assignmentHeading(title) != nil
        {
          var end = i
          var text = title
          // A long heading wraps: a next line in lower case continues it, also a short one after
          // a blank line that ends before a label (`… oavsett om det är mörkt eller` / `ljust ute.`);
          // a heading in capitals goes on in capitals (`… OMSTÄLLNING TILL NYA` / `ARBETSSÄTT`).
          var next = i + 1
          if next + 1 < lines.count, lines[next].isBlank, lines[next + 1].collapsed.count <= 40, labelFollows(next + 1) {
            next += 1
          }
          // So does a line in lower case under the title's first letter (a hanging indent, the
          // title wrapped early in a large type: `2.2       Uppföljning av kommunfullmäktiges` /
          // `          budgetmål`).
          let hanging = next == i + 1 && next < lines.count && usable(next) && !lines[next].startsPage
            && lines[next].collapsed.first?.isLowercase == true && lines[next].collapsed.count <= 40
            && line.collapsed.last != "." && abs(lines[next].indent - Self.titleStart(line)) <= 1
            && (next + 1 == lines.count || lines[next + 1].isBlank || AlignedTableForm.endsInJoiningWord(title)
              || lines[next].collapsed.last == "." || title.last == "-")
          if hanging
            || line.collapsed.count > 40 && next < lines.count && usable(next) && lines[next].collapsed.first.map({ first in
              first.isLowercase && line.collapsed.count > 55
                || AlignedTableForm.inCapitals(title) && AlignedTableForm.inCapitals(lines[next].collapsed)
                  && lines[next].collapsed.count <= 40
                  && (next > i + 1 || labelFollows(next))
            }) == true
          {
            end = next
            text = LineJoining.join([title, lines[next].collapsed])
          } else if let (wrapEnd, wrapped) = wrappedAroundIcon(i, title: title) {
            (end, text) = (wrapEnd, wrapped)
          }
          let level = SectionNumber.depth(number)
          blocks.append(DocumentBlock(kind: .heading(number: number, level: level), text: text, lines: line.number...lines[end].number))
          previousLevel = level
          i = end + 1
        } else if let level = contentsLevel(line.collapsed), line.collapsed.count <= 80 {
          blocks.append(DocumentBlock(kind: .heading(number: nil, level: level), text: line.collapsed, lines: line.number...line.number))
          previousLevel = level
          i += 1
        } else if ProseForm.namesGoalOrAssignment(line)
          || (startsBlock(i) && ProseForm.namesGoalOrAssignment(line, sentence: true) && goalSentenceEnd(i) != nil)
          || (ProseForm.isShortHeading(line) && startsBlock(i) && (endsBlock(i) || headsProse(i) || headsCaptionedTable(i, tables)))
          || headsProseAfterSentence(i) || headsAssignments(i)
        {
          let level = previousLevel == 0 ? 1 : min(previousLevel + 1, 6)
          // A goal printed as a paragraph of its own runs to the end of its sentence.
          var end = startsBlock(i) && ProseForm.namesGoalOrAssignment(line, sentence: true) ? goalSentenceEnd(i) ?? i : i
          // A long heading wraps into a short line in lower case that ends the block (`Mål 1:
          // Brukarna ska känna sig trygga … i sitt` / `boende`); any heading, in a narrow column,
          // into a line in lower case right over its assessment (`Strategiskt mål 6. Regionala` /
          // `utvecklingsmedel används effektivt …` / `Måluppfyllelse: Delvis uppfyllt`).
          func goesOn(_ k: Int) -> Bool {
            k < lines.count && usable(k) && !lines[k].startsPage && lines[k].collapsed.first?.isLowercase == true
          }
          func isAssessment(_ k: Int) -> Bool {
            k < lines.count && usable(k) && (ProseForm.isInlineAssessment(lines[k]) || ProseForm.opensWithAssessment(lines[k]))
          }
          // (Up to two such lines.)
          var tail = i + 1
          while tail < i + 3, goesOn(tail), lines[tail].collapsed.count <= 100 { tail += 1 }
          if end == i, goesOn(i + 1),
            line.collapsed.count >= 45 && lines[i + 1].collapsed.count <= 40
              && (endsBlock(i + 1) || isAssessment(i + 2) || i + 2 < lines.count && ProseForm.namesGoalOrAssignment(lines[i + 2]))
          {
            end = i + 1
          } else if end == i, tail > i + 1, isAssessment(tail) || tail < lines.count && lines[tail].isBlank && isAssessment(tail + 1) {
            // (A blank line may stand before the assessment where a column's lines were offset.)
            end = tail - 1
          }
          var text = LineJoining.join(lines[i...end].map(\.collapsed))
          if end == i, let (wrapEnd, wrapped) = wrappedAroundIcon(i, title: line.collapsed) {
            (end, text) = (wrapEnd, wrapped)
          }
          blocks.append(DocumentBlock(kind: .heading(number: nil, level: level), text: text, lines: line.number...lines[end].number))
          i = end + 1
        } else if ProseForm.isAppendixHeading(line), startsBlock(i) {
          // An appendix's title (`Bilaga 1. Nyckeltal per enhet`) heads what follows, prose too.
          blocks.append(DocumentBlock(kind: .heading(number: nil, level: 1), text: line.collapsed, lines: line.number...line.number))
          previousLevel = 1
          i += 1
        } else if let (number, title) = ProseForm.numberedChapter(line), !numberedItemBeside(i) {
          blocks.append(DocumentBlock(kind: .heading(number: number, level: 1), text: title, lines: line.number...line.number))
          previousLevel = 1
          i += 1
        } else if let marker = ProseForm.loneBullet(line), let start = bulletedText(after: i, tables: tables) {
          // A bullet on a line of its own, its text after it (pdftotext's plain text: `•` / `` /
          // `Förbundet får i uppdrag att …`): one item.
          let end = paragraphEnd(after: start, tables: tables)
          let joined = LineJoining.join(lines[start..<end].map(\.collapsed))
          blocks.append(DocumentBlock(kind: .listItem(marker: marker), text: joined, lines: line.number...lines[end - 1].number))
          i = end
        } else if let (marker, text) = ProseForm.listItem(line) {
          var end = paragraphEnd(after: i, tables: tables)
          // The item's last line a short line in capitals over a blank line and prose, after a
          // line that did not go on into it, is the next section's heading the text lost its
          // blank line above (`•  … ses över` / `Upphandling – vuxenutbildning`).
          if end - 1 > i, ProseForm.isShortHeading(lines[end - 1]), endsBlock(end - 1), ProseForm.listItem(lines[end - 1]) == nil,
            !AlignedTableForm.endsInJoiningWord(lines[end - 2].collapsed), lines[end - 2].collapsed.last != ",",
            end + 1 < lines.count, lines[end].isBlank, !lines[end + 1].isBlank, ProseForm.listItem(lines[end + 1]) == nil,
            lines[end + 1].collapsed.count >= 60
          {
            end -= 1
          }
          let joined = LineJoining.join([text] + lines[(i + 1)..<end].map(\.collapsed))
          blocks.append(DocumentBlock(kind: .listItem(marker: marker), text: joined, lines: line.number...lines[end - 1].number))
          i = end
        } else {
          let end = paragraphEnd(after: i, tables: tables)
          let joined = LineJoining.join(lines[i..<end].map(\.collapsed))
          blocks.append(DocumentBlock(kind: .paragraph, text: joined, lines: line.number...lines[end - 1].number))
          i = end
        }
      }
    }

    /// A cover page, a first page of short lines and nothing else up to its page break
    /// (`Malmö stad` / `Grundskolenämnden` / `Delårsrapport 2 2024`), has no sections: its lines
    /// are the title page's text (which the metadata reads), not headings.
    mutating func readCoverAsText() {
      guard let end = blocks.firstIndex(where: { block in
        if case .furniture(let kind) = block.kind { return kind != .runningHeader }
        return reportLines[block.lines.lowerBound - 1].startsPage && block.lines.lowerBound > 1
      }), end > 0
      else { return }
      let cover = blocks[..<end]
      let short = cover.allSatisfy { block in
        switch block.kind {
        case .heading(nil, _): return block.text.count <= 80
        case .paragraph: return block.lines.count <= 2 && block.text.count <= 120
        case .furniture: return true
        default: return false
        }
      }
      func isHeading(_ block: DocumentBlock) -> Bool {
        if case .heading = block.kind { return true }
        return false
      }
      guard short, cover.contains(where: isHeading) else { return }
      for b in cover.indices where isHeading(blocks[b]) { blocks[b].kind = .paragraph }
    }

    /// The code fences that stand between blocks, as furniture, in the order of the lines.
    mutating func addMarkupLines() {
      guard !markupLines.isEmpty else { return }
      for i in markupLines {
        let line = reportLines[i]
        let b = blocks.firstIndex { $0.lines.upperBound >= line.number } ?? blocks.endIndex
        guard b == blocks.endIndex || !blocks[b].lines.contains(line.number) else { continue }
        let kind: Furniture = line.isCodeFence ? .codeFence : .tableRule
        blocks.insert(DocumentBlock(kind: .furniture(kind), text: line.collapsed, lines: line.number...line.number), at: b)
      }
    }

    mutating func append(_ table: DocumentTable, _ range: Range<Int>) {
      blocks.append(
        DocumentBlock(
          kind: .table(SplitColumns.merged(table)), text: "", lines: lines[range.lowerBound].number...lines[range.upperBound - 1].number))
    }

    /// Whether nothing but white space or furniture comes between the line above and `i`.
    func startsBlock(_ i: Int) -> Bool {
      i == 0 || lines[i - 1].isBlank || furniture[i - 1] != nil || lines[i].startsPage || tableEnds.contains(i)
    }

    /// Whether the next non-blank line (one blank line allowed) is a field label: what follows a
    /// goal's heading in goal-management exports, even where no blank line sets the heading apart.
    func labelFollows(_ i: Int) -> Bool {
      var next = i + 1
      if next < lines.count, lines[next].isBlank { next += 1 }
      return next < lines.count && usable(next) && FollowUpVocabulary.field(lines[next].collapsed) != nil
    }

    /// Whether the nearest content line above or below `i` is a numbered list item (`2. …`):
    /// then `1. Sammanfattning` is an item of that list, not a chapter.
    func numberedItemBeside(_ i: Int) -> Bool {
      func isItem(_ j: Int) -> Bool {
        guard let item = ProseForm.listItem(lines[j]) else { return false }
        return item.marker.first?.isNumber == true
      }
      if let above = lines[..<i].lastIndex(where: { !$0.isBlank }), usable(above), isItem(above) { return true }
      if let below = lines[(i + 1)...].firstIndex(where: { !$0.isBlank }), usable(below), isItem(below) { return true }
      return false
    }

    /// Whether the line under line `i` is a caption naming a unit (`Pågående och planerade
    /// nyproduktionsprojekt, mnkr.`) right over a table: then line `i` is the table's title.
    func headsCaptionedTable(_ i: Int, _ tables: [Int: [(DocumentTable, Range<Int>)]]) -> Bool {
      guard i + 2 < lines.count, usable(i + 1), tables[i + 2] != nil else { return false }
      let caption = lines[i + 1].collapsed
      return caption.utf8.count <= 100 && FollowUpVocabulary.unit(in: caption) != nil
    }

    /// Whether a short line stands over prose without a blank line between, as page text prints a
    /// heading directly over its paragraph (`Investeringar` / `Investeringsprognosen uppgår …`):
    /// the next line is a sentence's start, at least 60 characters in one run and twice as long,
    /// and the short line does not end in a word that joins it to more. `title` is the line
    /// without its section number (`04 Hav och marina resurser`), if it has one.
    func headsProse(_ i: Int, title: String? = nil) -> Bool {
      guard i + 1 < lines.count, usable(i + 1), !lines[i + 1].startsPage else { return false }
      let next = lines[i + 1]
      let length = next.collapsed.count
      let title = title ?? lines[i].collapsed
      guard length >= 60, length >= 2 * lines[i].collapsed.count, let first = next.collapsed.first, first.isUppercase,
        !title.contains(where: \.isNumber), !AlignedTableForm.endsInJoiningWord(title),
        AlignedTableForm.segments(next.raw).count == 1, ProseForm.listItem(next) == nil
      else { return false }
      return true
    }

    /// Whether a numbered line stands right under the heading its number is a part of (`3.1
    /// Färre bränder och olyckor` / `3.1.1 Antalet bränder i byggnad ska minska …` / prose): a
    /// sub-heading, also where no blank line sets it apart from the prose below.
    func underParentHeading(_ i: Int, number: String) -> Bool {
      guard i > 0, !lines[i - 1].isBlank, let above = blocks.last, above.lines.upperBound == lines[i - 1].number,
        case .heading(let parent?, _) = above.kind
      else { return false }
      return SectionNumber.ancestors(of: number).first == parent
    }

    /// Whether a numbered line goes on with the report's outline where the line above ends a
    /// sentence, as text without blank lines prints a heading (pdfplumber, `pdftotext -raw`): its
    /// number is the next one after the latest numbered heading's (`3` → `3.1`, `3.1.1` →
    /// `3.1.2`, `3.1.2` → `3.2` or `4`).
    func continuesOutline(_ i: Int, number: String) -> Bool {
      guard i > 0, let end = lines[i - 1].collapsed.last, ".:!?".contains(end),
        let latest = blocks.last(where: { $0.headingNumber != nil })?.headingNumber
      else { return false }
      var parts = latest.split(separator: ".").compactMap { Int($0) }
      guard parts.count == SectionNumber.depth(latest) else { return false }
      var next = [(parts + [1]).map(String.init).joined(separator: ".")]
      while let last = parts.popLast() {
        next.append((parts + [last + 1]).map(String.init).joined(separator: "."))
      }
      return next.contains(number)
    }

    /// Where a goal line's paragraph ends when it is one sentence (`Mål 1. Utsläppen … ska minska
    /// med` / `60 procent per invånare till 2025.`), at most three lines, then a blank line: the
    /// index of its last line, or nil for a longer paragraph.
    func goalSentenceEnd(_ i: Int) -> Int? {
      var j = i
      while j < lines.count, j < i + 3 {
        if j > i {
          // A wrapped line goes on in lower case or with a number (`60 procent …`) under a long one.
          guard usable(j), !lines[j].isBlank, !lines[j].startsPage, lines[j - 1].collapsed.count >= 55,
            let first = lines[j].collapsed.first, first.isLowercase || first.isNumber
          else { return nil }
        }
        if lines[j].collapsed.hasSuffix(".") { return endsBlock(j) ? j : nil }
        j += 1
      }
      return nil
    }

    /// Whether line `i` is a short line between a line of text that ends a sentence and prose: in
    /// text without blank lines, a heading (`… behöver förbättras.` / `Direktiv från
    /// förbundsfullmäktige` / `Förbundsfullmäktige har i budget 2024 …`).
    func headsProseAfterSentence(_ i: Int) -> Bool {
      // (Most lines are ruled out by their length and the byte they end in.)
      guard i >= 1, lines[i].collapsed.utf8.count <= 120, let end = lines[i - 1].collapsed.utf8.last,
        end == UInt8(ascii: "."), usable(i - 1)
      else { return false }
      return ProseForm.isShortHeading(lines[i]) && headsProse(i)
    }

    /// Whether a label's word alone on its line titles a section (`Måluppfyllelse` over
    /// `Perspektiv: Medborgare` or `Strategiskt mål 1. …`): over a perspective or a goal, not a
    /// value, it labels nothing.
    func titlesSection(_ i: Int) -> Bool {
      guard !lines[i].collapsed.contains(" "), lines[i].collapsed.last != ":" else { return false }
      var next = i + 1
      if next < lines.count, lines[next].isBlank { next += 1 }
      guard next < lines.count, usable(next), !lines[next].isBlank else { return false }
      let text = lines[next].collapsed
      return FollowUpVocabulary.namesPerspective(text.prefix { $0 != ":" }.lowercasedText()) && text.utf8.count <= 60
        || ProseForm.namesGoalOrAssignment(lines[next])
    }

    /// Whether a short line naming assignments (`Uppdrag från regionfullmäktige`) heads them
    /// where no blank line sets it apart from the first: after a blank line or a line that closed
    /// a sentence or an item (`… (pågår)`), over a line in capitals.
    func headsAssignments(_ i: Int) -> Bool {
      guard i > 0, i + 1 < lines.count, usable(i + 1),
        startsBlock(i) || lines[i - 1].collapsed.last.map({ ".)".contains($0) }) == true,
        lines[i + 1].collapsed.first?.isUppercase == true,
        ProseForm.isShortHeading(lines[i]), Directives.namesAssignments(lines[i].collapsed)
      else { return false }
      return true
    }

    /// Whether the line is followed by a blank line, furniture or the end.
    func endsBlock(_ i: Int) -> Bool {
      i + 1 >= lines.count || lines[i + 1].isBlank || furniture[i + 1] != nil || lines[i + 1].startsPage
        || tableStarts.contains(i + 1)
    }

    /// The index of the text a bullet alone on line `i` marks: the next line, or the one after a
    /// blank line, when it starts a paragraph (not an item, heading or table of its own).
    func bulletedText(after i: Int, tables: [Int: [(DocumentTable, Range<Int>)]]) -> Int? {
      var j = i + 1
      if j < lines.count, lines[j].isBlank { j += 1 }
      guard j < lines.count, usable(j), !lines[j].isBlank, !lines[j].startsPage, tables[j] == nil,
        let first = lines[j].collapsed.first, first.isLetter,
        ProseForm.listItem(lines[j]) == nil, ProseForm.loneBullet(lines[j]) == nil,
        ProseForm.numberedHeading(lines[j]) == nil, FollowUpVocabulary.field(lines[j].collapsed) == nil
      else { return nil }
      return j
    }

    /// The index after the last line of the paragraph or list item starting at `i`.
    func paragraphEnd(after i: Int, tables: [Int: [(DocumentTable, Range<Int>)]]) -> Int {
      var end = i + 1
      // A goal's status alone on its line right under its numbered heading (`1.2 Förskolan ska …` /
      // `Uppfylld`, text without blank lines) is a paragraph of its own.
      // (Short lines only: most are ruled out by their length before anything is parsed.)
      if i > 0, lines[i].collapsed.utf8.count <= 24, lines[i].collapsed.first?.isUppercase == true,
        ProseForm.numberedHeading(lines[i - 1]) != nil,
        StatusVocabulary.isStatusAlone(lines[i].collapsed), StatusVocabulary.knownGoalStatus(lines[i].collapsed) != nil
      {
        return end
      }
      if ProseForm.isInlineAssessment(lines[i]) {
        // It goes on only where its comment wraps in mid-sentence into a line in lower case or
        // starting with a figure (`Status: Genomfört. Handlingsprogrammet antogs … 2024 och` /
        // `har därefter godkänts av medlemskommunerna.`), or after a word that joins it to the
        // next (`… Avvaktar beslut om` / `EU-finansiering …`).
        while end < lines.count, usable(end), !lines[end].isBlank, !lines[end].startsPage, tables[end] == nil,
          let last = lines[end - 1].collapsed.last, !".:;!?".contains(last),
          let first = lines[end].collapsed.first,
          first.isLowercase || first.isNumber || AlignedTableForm.endsInJoiningWord(lines[end - 1].collapsed),
          ProseForm.listItem(lines[end]) == nil, ProseForm.numberedHeading(lines[end]) == nil,
          FollowUpVocabulary.field(lines[end].collapsed) == nil
        {
          end += 1
        }
        return end
      }
      while end < lines.count, usable(end), !lines[end].isBlank, !lines[end].startsPage, tables[end] == nil,
        ProseForm.listItem(lines[end]) == nil, ProseForm.numberedHeading(lines[end]) == nil,
        !ProseForm.isNoise(lines[end]), contentsLevel(lines[end].collapsed) == nil,
        FollowUpVocabulary.field(lines[end].collapsed) == nil, !ProseForm.namesGoalOrAssignment(lines[end]),
        !ProseForm.isInlineAssessment(lines[end]),
        !FollowUpVocabulary.introducesActivities(lines[end].collapsed), !ProseForm.isCaption(lines[end]),
        FollowUpBlocks.header(at: end, in: lines) == nil, !headsProseAfterSentence(end), ProseForm.loneBullet(lines[end]) == nil,
        // (A line ending in its status in brackets closes its item: `… projektmedel (pågår)` /
        // `Uppdrag från regionfullmäktige`.)
        !(ProseForm.endsInBracketedStatus(lines[end - 1].collapsed) && lines[end].collapsed.first?.isUppercase == true)
      {
        end += 1
      }
      return end
    }

    /// A heading wrapped round its assessment's icon, the icon alone far right on the line
    /// between (centred on the heading's two lines: `… ska möta arbetsmarknadens` / `●` /
    /// `kompetensbehov`): the heading's last line and its text, the icon at its end.
    func wrappedAroundIcon(_ i: Int, title: String) -> (end: Int, text: String)? {
      guard i + 2 < lines.count, usable(i + 1), usable(i + 2), !lines[i + 1].startsPage, !lines[i + 2].startsPage,
        let icon = ProseForm.loneIcon(lines[i + 1]), lines[i + 1].indent >= 40,
        lines[i + 2].collapsed.first?.isLowercase == true, lines[i + 2].collapsed.count <= 40
      else { return nil }
      return (i + 2, LineJoining.join([title, lines[i + 2].collapsed]) + " " + icon)
    }

    /// The tables found by their columns (page-layout and text tables, tables that lost their
    /// positions), by the index of their first line; two side by side start on the same line.
    func alignedTables() -> [Int: [(DocumentTable, Range<Int>)]] {
      // (The closures capture locals only: one capturing `self` copies the reader at each call.)
      let usableLines = usableLines
      let regions = SideBySideTables.find(lines) { usableLines[$0] }
      var open = usableLines
      for region in regions {
        for i in region.lines { open[i] = false }
      }
      var found: [Int: [(DocumentTable, Range<Int>)]] = [:]
      let comments = CommentColumns(lines) { [open] in open[$0] }
      if comments.isEmpty {
        found = Self.tables(in: lines) { [open] in open[$0] }.mapValues { [$0] }
      } else {
        // Tables with a column of comments are read without it, then given it back.
        let (compact, original) = comments.compacted(lines)
        for (table, range) in Self.tables(in: compact, usable: { [open] in open[original[$0]] }).values {
          let (restored, lines) = comments.restore(
            table, lines: original[range.lowerBound]..<(original[range.upperBound - 1] + 1), lines)
          found[lines.lowerBound] = [(restored, lines)]
        }
      }
      for region in regions {
        let (left, right) = SideBySideTables.halves(lines, region)
        for half in [left, right] {
          let tables = Self.tables(in: half, usable: { _ in true }).sorted(by: { $0.key < $1.key })
          for (start, (table, range)) in tables {
            var table = table
            // A caption over a table of the half (`Nyckeltal till mål 1.1`) is that table's: its line
            // of one cell right above it, or up to two lines above where the other half's lines
            // stand beside (`Not 1 Verksamhetens intäkter (tkr)` a line above `Not 3 …`).
            var c = start - 1
            while c > 0, half[c].isBlank, start - c <= 2 { c -= 1 }
            if c >= 0, table.caption == nil, !half[c].isBlank, AlignedTableForm.segments(half[c].raw).count == 1,
              half[c].collapsed.last != ".", !tables.contains(where: { $0.value.1.contains(c) })
            {
              table.caption = half[c].collapsed
            }
            let shifted = (range.lowerBound + region.lines.lowerBound)..<(range.upperBound + region.lines.lowerBound)
            found[shifted.lowerBound, default: []].append((table, shifted))
          }
        }
      }
      return found
    }

    /// The tables of `lines` found by their columns, by the index of their first line.
    static func tables(in lines: [SourceLine], usable: (Int) -> Bool) -> [Int: (DocumentTable, Range<Int>)] {
      var rows: [Int: AlignedTableForm.NumberRow] = [:]
      for i in lines.indices where usable(i) {
        if let row = AlignedTableForm.numberRow(lines[i]) { rows[i] = row }
      }
      for i in lines.indices.dropFirst() where rows[i] == nil && usable(i) && usable(i - 1) {
        // (Its values lost their columns with the label's wrap: they take those of the nearest
        // row above with as many values, in order.)
        guard var row = AlignedTableForm.valuesInWrappedLabel(lines, at: i),
          let above = (max(0, i - 8)..<i).reversed().first(where: { rows[$0]?.values.count == row.values.count })
        else { continue }
        for (v, placed) in rows[above]!.values.enumerated() {
          row.values[v].start = placed.start
          row.values[v].end = placed.end
        }
        row.labelStart = rows[above]!.labelStart
        rows[i] = row
      }
      // A row between rows of as many values whose label ran into them, its values one space
      // apart (`Resultat efter finansiella poster, tkr 16 497 15 137 24 810 21 442 19 006`, as
      // pdfplumber prints a row too wide for its columns): its values are the columns' in order.
      for i in lines.indices.dropFirst().dropLast() where rows[i] == nil && usable(i) {
        guard let above = rows[i - 1], let below = rows[i + 1], above.values.count == below.values.count, above.values.count >= 2,
          !above.label.isEmpty, abs(lines[i].indent - above.labelStart) <= 2, abs(below.labelStart - above.labelStart) <= 2,
          let a = above.values.last, let b = below.values.last, abs(a.end - b.end) <= 2, lines[i].collapsed.utf8.count <= 160,
          let last = lines[i].collapsed.utf8.last,
          (0x30...0x39).contains(last) || last == UInt8(ascii: "%"),
          let parsed = CollapsedTableForm.values(lines[i].trimmed, columns: above.values.count),
          parsed.values.count == above.values.count, parsed.label.first?.isLetter == true
        else { continue }
        var row = above
        row.label = parsed.label
        for v in row.values.indices { row.values[v].text = parsed.values[v] }
        rows[i] = row
      }
      // A header's cells wrapped onto lines of their periods and years under its words (`Utfall`
      // / `jan–aug` / `2025` beside `Målvärde` / `2025`) are the header's lines, not rows.
      var underHeader = false
      for i in lines.indices.dropFirst() where usable(i) {
        guard let row = rows[i], row.isYearRow, row.label.split(separator: " ").allSatisfy({ CollapsedTableForm.isHeaderToken(String($0)) }),
          usable(i - 1), !lines[i - 1].isBlank
        else {
          underHeader = false
          continue
        }
        let above = lines[i - 1]
        if underHeader || rows[i - 1] == nil && AlignedTableForm.segments(above.raw).count >= 3
          && above.collapsed.split(separator: " ").contains(where: { CollapsedTableForm.columnWords.contains($0.lowercasedText()) })
        {
          rows[i] = nil
          underHeader = true
        }
      }
      var found: [Int: (DocumentTable, Range<Int>)] = [:]
      // Tables of text and tables that lost their column positions come first: their rows would
      // read as broken page-layout rows.
      var claimed = Set<Int>()
      var c = 0
      while c < lines.count {
        if usable(c),
          let (table, range) = SpanningCellsForm.read(lines, at: c, usable: usable) ?? TextColumnsForm.read(lines, at: c, usable: usable)
            ?? CollapsedTableForm.read(lines, at: c, usable: usable) ?? StackedTableForm.read(lines, at: c, usable: usable)
            ?? StackedTableForm.readSpaced(lines, at: c, usable: usable) ?? LabelLinesForm.read(lines, at: c, usable: usable)
        {
          found[range.lowerBound] = (table, range)
          claimed.formUnion(range)
          c = range.upperBound
        } else {
          c += 1
        }
      }
      var i = 0
      var alignedEnd = 0
      while i < lines.count {
        if claimed.contains(i) {
          i += 1
        } else if rows[i] != nil, let (table, range) = AlignedTableForm.read(lines, rows: rows, from: i, usable: usable),
          range.lowerBound >= alignedEnd, !range.contains(where: claimed.contains)
        {
          found[range.lowerBound] = (table, range)
          alignedEnd = range.upperBound
          i = range.upperBound
        } else {
          i += 1
        }
      }
      return found
    }
  }
}
