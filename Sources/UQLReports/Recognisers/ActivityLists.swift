/// Finds activities printed as a list under a line or heading that names them:
///
///     Aktiviteter
///     • Arbetsmarknadsinsatser för unga vuxna (pågår)
///     • Samverkan med Arbetsförmedlingen – klar
///     • Nytt arbetssätt för budget- och skuldrådgivning, ej påbörjad
///
/// Each item is an activity; a status the vocabulary knows at its end (in parentheses, after a
/// dash or a comma, or capitalised after a space as a status column run into the text) is its
/// status and is cut from its text. Where some items print a status,
/// an item without one has status `okänd` (a status the text lost); where none does, none has.
enum ActivityLists {
  static func introduces(_ text: String) -> Bool { FollowUpVocabulary.introducesActivities(text) }

  static func recognise(_ document: Document, assessments: inout AssessmentReader) -> (
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
      guard intro else { continue }
      // A sentence introducing the list may come between (`… följande aktiviteter. Status per 31
      // augusti:`).
      if case .heading = block.kind, b < blocks.count, blocks[b].kind == .paragraph, blocks[b].text.hasSuffix(":"),
        b + 1 < blocks.count, case .listItem = blocks[b + 1].kind
      {
        b += 1
      }
      var items: [DocumentBlock] = []
      while b < blocks.count, case .listItem = blocks[b].kind {
        items.append(blocks[b])
        b += 1
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
        let (text, status) = split(item.text)
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

  /// A list item that is a field of the item above: its status (`Status: Pågår`) or comment
  /// (`Kommentar: …`); nil for any other item.
  static func itemField(_ text: String) -> (status: String?, comment: String?)? {
    if let status = FollowUpVocabulary.inlineAssessment(text) { return (status.trimmingCharacters(in: ["."]), nil) }
    if let (role, _, value) = FieldGroups.field(text), role == .comment, !value.isEmpty { return (nil, value) }
    return nil
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
