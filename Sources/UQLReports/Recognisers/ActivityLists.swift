/// Finds activities printed as a list under a line or heading that names them:
///
///     Aktiviteter
///     • Arbetsmarknadsinsatser för unga vuxna (pågår)
///     • Samverkan med Arbetsförmedlingen – klar
///     • Nytt arbetssätt för budget- och skuldrådgivning, ej påbörjad
///
/// (Items may have lost their marks, as docx2txt prints a list: then each is a short paragraph
/// ending in its status in parentheses.)
/// Each item is an activity; a status the vocabulary knows at its end (in parentheses, after a
/// dash or a comma, or capitalised after a space as a status column run into the text) is its
/// status and is cut from its text. Where some items print a status,
/// an item without one has status `okänd` (a status the text lost); where none does, none has.
enum ActivityLists {
  static func introduces(_ text: String) -> Bool { FollowUpVocabulary.introducesActivities(text) }

  static func recognise(_ document: Document, lines: [SourceLine], assessments: inout AssessmentReader) -> (
    activities: [ActivityRecord], used: [ClosedRange<Int>]
  ) {
    var activities: [ActivityRecord] = []
    var used: [ClosedRange<Int>] = []
    let blocks = document.blocks
    var b = 0
    while b < blocks.count {
      let block = blocks[b]
      let intro: Bool
      switch block.kind {
      case .heading, .paragraph: intro = introduces(block.text)
      default: intro = false
      }
      b += 1
      if !intro, block.kind == .paragraph, introducesInProse(block.text) {
        let introWidth = block.lines.compactMap { n in n - 1 < lines.count ? lines[n - 1].collapsed.count : nil }.max() ?? 0
        let described = describedItems(blocks, from: &b, lines: lines, width: introWidth)
        let hasColumn = described.contains { $0.status != nil }
        for item in described {
          let s = assessments.activity(item.status, line: item.lines.lowerBound, hasColumn: hasColumn)
          activities.append(
            ActivityRecord(
              goal: "", assignment: "", text: item.text, status: s, assessment: item.status, comment: item.comment,
              line: item.lines.lowerBound))
          used.append(item.lines)
        }
        continue
      }
      guard intro else { continue }
      // A sentence introducing the list may come between (`… följande aktiviteter. Status per 31
      // augusti:`, `Handlingsplanen innehöll sex aktiviteter. Status vid årets slut framgår
      // nedan.`).
      // (A short paragraph between blank lines may have been read as a heading.)
      func paragraphLike(_ block: DocumentBlock) -> Bool {
        if case .heading(nil, _) = block.kind { return true }
        return block.kind == .paragraph
      }
      // (Also over items that lost their marks, paragraphs ending in a status.)
      if case .heading = block.kind, b < blocks.count, blocks[b].kind == .paragraph, labelled(blocks[b].text) == nil,
        blocks[b].text.hasSuffix(":") || blocks[b].text.count <= 300, b + 1 < blocks.count,
        blocks[b + 1].isListItem || paragraphLike(blocks[b + 1])
          && (blocks[b + 1].text.count <= 200 && split(MarkdownEscapes.unescaped(blocks[b + 1].text)).status != nil
            || labelled(MarkdownEscapes.unescaped(blocks[b + 1].text)) != nil)
      {
        b += 1
      }
      var items: [DocumentBlock] = []
      while b < blocks.count, case .listItem = blocks[b].kind {
        items.append(blocks[b])
        b += 1
      }
      // Without list marks (docx2txt drops them), paragraphs of at most three lines each ending
      // in a status in parentheses (`Utveckla lovskolan för elever i åk 8–9 (Klar)`) are the items.
      // (Or after a dash, `Klimatberäkning av turnéverksamheten – genomförd`, two such at least.)
      if items.isEmpty {
        var dashed = 0
        var k = b
        while k < blocks.count, paragraphLike(blocks[k]), blocks[k].lines.count <= 3,
          split(MarkdownEscapes.unescaped(blocks[k].text)).status != nil || labelled(blocks[k].text) != nil
        {
          let text = blocks[k].text
          if !text.hasSuffix(")"), labelled(text) == nil {
            guard text.count <= 200, [" – ", " — "].contains(where: text.contains) else { break }
            dashed += 1
          }
          k += 1
        }
        if dashed == 0 || k - b >= 2 {
          items = Array(blocks[b..<k])
          b = k
        }
      }
      // Fields in items of their own under an item (Word's second level: `o Status: Pågår`,
      // `o Kommentar: …`) are that item's.
      var entries: [(item: DocumentBlock, text: String, status: String?, comment: String?, last: Int)] = []
      for item in items {
        if let last = entries.last, let field = itemField(item.text) {
          if field.status != nil, last.status == nil { entries[entries.count - 1].status = field.status }
          if let comment = field.comment { entries[entries.count - 1].comment = comment }
          entries[entries.count - 1].last = item.lines.upperBound
          continue
        }
        let plain = MarkdownEscapes.unescaped(item.text)
        if let (text, status, comment) = labelled(plain) {
          // (An activity described under its name: the name run in, the description its comment.)
          let (name, description) = runInName(text)
          let told = [description, comment].compactMap { $0 }
          entries.append((item, name, status, told.isEmpty ? nil : told.joined(separator: " "), item.lines.upperBound))
          continue
        }
        let (text, status) = split(plain)
        entries.append((item, text, status, nil, item.lines.upperBound))
      }
      let hasColumn = entries.contains { $0.status != nil }
      for entry in entries where !entry.text.isEmpty {
        let s = assessments.activity(entry.status, line: entry.item.lines.lowerBound, hasColumn: hasColumn)
        activities.append(
          ActivityRecord(
            goal: "", assignment: "", text: entry.text, status: s, assessment: entry.status, comment: entry.comment,
            line: entry.item.lines.lowerBound))
        used.append(entry.item.lines.lowerBound...entry.last)
      }
    }
    return (activities, used)
  }

  /// Whether a paragraph ends introducing a list of activities in its last sentence (`… för
  /// nedanstående fyra aktiviteter inom stadens kompetensförsörjningsplan 2024–2026:`; not
  /// `åtgärder`, in prose the measures taken after an incident).
  static func introducesInProse(_ text: String) -> Bool {
    guard text.hasSuffix(":"), text.utf8.count <= 2_000 else { return false }
    let last = text.range(of: ". ", options: .backwards).map { String(text[$0.upperBound...]) } ?? text
    return last.lowercasedText().split(whereSeparator: { $0 == " " || $0 == ":" }).contains {
      ["aktiviteter", "aktiviteterna"].contains(String($0))
    }
  }

  /// The list items from block `b` on, each an activity described in prose under its name: the
  /// name its first lines, up to a line ending a sentence or one shorter than the item's lines
  /// run (the widest line of the intro and the items: `4. Utöka antalet platser … i programmet` /
  /// `Morgondagens chef`), the rest its comment,
  /// with a paragraph after it across a page break; a sentence of the comment about the activity
  /// itself (`Aktiviteten är avslutad.`) its status.
  static func describedItems(_ blocks: [DocumentBlock], from b: inout Int, lines: [SourceLine], width introWidth: Int) -> [(
    text: String, status: String?, comment: String?, lines: ClosedRange<Int>
  )] {
    var result: [(text: String, status: String?, comment: String?, lines: ClosedRange<Int>)] = []
    var parts: [(item: DocumentBlock, more: [DocumentBlock])] = []
    while b < blocks.count {
      switch blocks[b].kind {
      case .listItem:
        parts.append((blocks[b], []))
      case .furniture:
        break
      case .paragraph where !parts.isEmpty && b > 0 && blocks[b - 1].kind.isFurniture:
        parts[parts.count - 1].more.append(blocks[b])
      default:
        return finish()
      }
      b += 1
    }
    return finish()

    func finish() -> [(text: String, status: String?, comment: String?, lines: ClosedRange<Int>)] {
      for (item, more) in parts {
        let itemLines = item.lines.compactMap { n in n - 1 < lines.count ? lines[n - 1].collapsed : nil }
        guard item.lines.lowerBound - 1 < lines.count, let first = itemLines.first,
          let (_, name) = ProseForm.listItem(lines[item.lines.lowerBound - 1])
        else { continue }
        let width = max(introWidth, parts.flatMap { $0.item.lines }.compactMap { n in n - 1 < lines.count ? lines[n - 1].collapsed.count : nil }.max() ?? 0)
        var title = [name]
        var previous = first
        for line in itemLines.dropFirst() {
          guard previous.last != ".", previous.count * 3 >= width * 2 || AlignedTableForm.endsInJoiningWord(previous) else { break }
          title.append(line)
          previous = line
        }
        let text = LineJoining.join(title)
        let rest = LineJoining.join(Array(itemLines.dropFirst(title.count)) + more.map(\.text))
        let sentences = rest.components(separatedBy: ". ").map { $0.hasSuffix(".") ? $0 : $0 + "." }
        let status = sentences.first { sentence in
          ["aktiviteten", "åtgärden", "insatsen"].contains(sentence.prefix { $0 != " " }.lowercasedText())
            && StatusVocabulary.activityStatus(sentence) != .okänd
        }
        let end = more.last?.lines.upperBound ?? item.lines.upperBound
        result.append((text, status, rest.isEmpty ? nil : rest, item.lines.lowerBound...end))
      }
      return result
    }
  }

  /// A list item that is a field of the item above: its status (`Status: Pågår`) or comment
  /// (`Kommentar: …`); nil for any other item.
  static func itemField(_ text: String) -> (status: String?, comment: String?)? {
    // (`Status: Genomfört. Handlingsprogrammet antogs …`: the status's first sentence, the rest
    // its comment.)
    if let printed = FollowUpVocabulary.inlineAssessment(text) {
      let (status, told) = StatusVocabulary.statusAndComment(printed)
      return (status.trimmingCharacters(in: ["."]), told)
    }
    if let (role, _, value) = FieldGroups.field(text), role == .comment, !value.isEmpty { return (nil, value) }
    return nil
  }

  /// An item that names its status after a label at its end (`Utbildningsinsats i basala
  /// hygienrutiner för nyanställda. Status: Klar.`, `… Status: Försenad – rutinen har inte …`,
  /// `Lärlingsvux (status: genomförd)`): its text, the status the vocabulary knows and what
  /// follows it; nil for any other item.
  static func labelled(_ item: String) -> (text: String, status: String, comment: String?)? {
    guard let range = item.range(of: "Status:", options: .backwards) ?? item.range(of: "status:", options: .backwards)
    else { return nil }
    var text = String(item[..<range.lowerBound].reversed().drop { "*_ ".contains($0) }.reversed())
    var value = String(item[range.upperBound...].drop { "*_ ".contains($0) })
    // (In brackets after the name: `Studiestödjande mentorstid (status: pågår) – …`.)
    if text.hasSuffix("("), let close = value.firstIndex(of: ")") {
      text = String(text.dropLast()).trimmingCharacters(in: [" "])
      let after = String(value[value.index(after: close)...]).trimmingCharacters(in: [" ", "–", "-", "—"])
      value = String(value[..<close]) + (after.isEmpty ? "" : ". " + after)
    }
    let (status, comment) = StatusVocabulary.statusAndComment(value)
    let printed = status.trimmingCharacters(in: [".", " ", "*", "_"])
    guard text.contains(where: \.isLetter), known(printed) else { return nil }
    return (text, printed, comment)
  }

  /// An entry's name run in before its description: in bold (`**Digitalisering av
  /// detaljplaneprocessen.** Arbetet med …`), or, without its marks, the first of two or more
  /// sentences where it is short (`Digitalisering av detaljplaneprocessen. Arbetet med …`), its
  /// full stop dropped; the whole text and nil for a text of one sentence.
  static func runInName(_ text: String) -> (name: String, description: String?) {
    for mark in ["**", "__"] where text.hasPrefix(mark) {
      guard let close = text.dropFirst(2).range(of: mark) else { break }
      let name = text[text.index(text.startIndex, offsetBy: 2)..<close.lowerBound].trimmingCharacters(in: [" "])
      let rest = text[close.upperBound...].trimmingCharacters(in: [" "])
      guard !name.isEmpty else { break }
      return (name.last == "." ? String(name.dropLast()) : name, rest.isEmpty ? nil : rest)
    }
    guard let stop = text.range(of: ". ") else { return (text, nil) }
    let name = text[..<stop.lowerBound]
    let rest = text[stop.upperBound...].trimmingCharacters(in: [" "])
    guard name.count <= 100, name.split(separator: " ").count <= 14, rest.first?.isUppercase == true,
      // (`… t.ex. en plan`, `Ca. 40 …`, `inkl. moms`: an abbreviation's stop, no sentence's end.)
      let lastWord = name.split(separator: " ").last, lastWord.count >= 3, !lastWord.contains("."),
      !["inkl", "exkl", "resp", "dvs", "etc", "jfr", "kap", "tkr", "mnkr", "ang", "enl", "avd", "tel"].contains(lastWord.lowercasedText())
    else { return (text, nil) }
    return (String(name), rest)
  }

  /// An item's text and the status printed at its end, if the vocabulary knows it.
  static func split(_ item: String) -> (text: String, status: String?) {
    var (text, status) = splitMarked(item)
    // The status's label before it (`… bygglovsansökan. **Status:** Genomförd`) is no part of the
    // activity's name.
    if status != nil, let label = text.split(separator: " ").last,
      ["status:", "status", "läge:", "bedömning:"].contains(label.trimmingCharacters(in: ["*", "_"]).lowercasedText()),
      text.split(separator: " ").count > 1
    {
      text = String(text.dropLast(label.count)).trimmingCharacters(in: [" "])
    }
    // `**Nytt fastighetssystem** – Försenad`: the emphasis is markup, not the activity's name.
    for mark in ["**", "__"] where text.count > 4 && text.hasPrefix(mark) && text.hasSuffix(mark) {
      return (String(text.dropFirst(2).dropLast(2)), status)
    }
    return (text, status)
  }

  static func splitMarked(_ item: String) -> (text: String, status: String?) {
    var text = Substring(item).trimmingCharacters(in: [" "])[...]
    if text.hasSuffix(")"), let open = text.lastIndex(of: "(") {
      let inner = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
      if known(inner) { return (String(text[..<open]).trimmingCharacters(in: [" "]), inner) }
    }
    for separator in [" – ", " — ", " - ", ", ", ": "] {
      guard let range = text.range(of: separator, options: .backwards) else { continue }
      let tail = String(text[range.upperBound...]).trimmingCharacters(in: [" ", "."])
      // The status may be followed by a remark (`– ej påbörjat, flyttas till 2025`).
      let status = separator == ", " ? tail : String(tail.prefix { $0 != "," })
      if known(status), status.split(separator: " ").count <= 4 {
        text = text[..<range.lowerBound]
        return (String(text).trimmingCharacters(in: [" "]), tail)
      }
    }
    // A status column run into the text (`pdftotext -raw`): a capitalised phrase the vocabulary
    // knows as the last word or two (`… arbetssätt Pågår`, `… barnskötare Ej påbörjad`).
    let words = text.split(separator: " ")
    for count in [2, 1] where words.count > count + 1 {
      let tail = words.suffix(count).joined(separator: " ").trimmingCharacters(in: ["."])
      if tail.first?.isUppercase == true, known(tail) {
        return (words.dropLast(count).joined(separator: " "), tail)
      }
    }
    return (String(text), nil)
  }

  /// Whether the vocabulary knows the phrase as a status; one with a date (`klart juni 2025`) is
  /// a plan, not a status.
  static func known(_ phrase: String) -> Bool {
    !phrase.isEmpty && !phrase.contains(where: \.isNumber) && StatusVocabulary.activityStatus(phrase) != .okänd
  }
}
