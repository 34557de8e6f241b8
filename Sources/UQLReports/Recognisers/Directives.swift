/// Finds directives (direktiv) reported on in the text: a title line naming one
/// (`Kommunfullmäktiges direktiv – Innovation och omställning till nya arbetssätt`, `Direktiv:
/// Digitalisering`), the directive's text below it (`Nämnderna … får i uppdrag att …`), and the
/// nämnd's report on it under `Sammanfattning av nämndens arbete med direktivet`, which is the
/// assignment's comment. A directive a goal table already lists (`DIREKTIV - INNOVATION …`) is
/// that assignment, not a second one.
enum Directives {
  static let owners = ["kommunfullmäktiges", "fullmäktiges", "regionfullmäktiges", "nämndens", "kf:s", "styrelsens"]

  /// Whether a line is a directive's title, its section number aside; `named` is false where the
  /// line is only whose directive it is (`2.1 Kommunfullmäktiges direktiv`) and the name follows
  /// on a line of its own starting with a dash.
  static func isTitle(_ text: String, named: Bool = true) -> Bool {
    // Most lines are ruled out by one scan of their bytes.
    guard TextSearch.mayContainLowercased(text, "direktiv") else { return false }
    let text = SectionNumber.split(text)?.rest ?? text
    guard text.count <= 140, let last = text.last, !".,;".contains(last) else { return false }
    let words = text.lowercasedText().split { $0 == " " || $0 == ":" }.map(String.init)
    guard let first = words.first else { return false }
    // (`Direktiv från förbundsfullmäktige` heads a list of them: whose, not which.)
    if first == "direktiv" || first == "kf-direktiv" { return words.count >= 2 && !["från", "till"].contains(words[1]) }
    return owners.contains(first) && words.count >= (named ? 3 : 2) && words[1] == "direktiv"
  }

  /// Whether a line introduces the report on a directive.
  static func isSummary(_ text: String) -> Bool {
    let t = (SectionNumber.split(text)?.rest ?? text).lowercasedText()
    return text.count <= 90 && t.hasPrefix("sammanfattning av") && t.contains("direktiv")
  }

  /// The sentence of the report on a directive that assesses it in words the vocabulary knows
  /// (`Nämndernas bedömning är att kommunfullmäktiges direktiv … kommer att nås.`): one that
  /// speaks of the directive or of a bedömning.
  static func assessment(in report: String) -> String? {
    let sentences = report.split(separator: ".", omittingEmptySubsequences: true)
      .map { $0.trimmingCharacters(in: [" "]) }.filter { !$0.isEmpty }
    return sentences.first { sentence in
      let words = sentence.lowercasedText().split { !$0.isLetter }
      return words.contains { $0.hasPrefix("direktiv") || $0 == "bedömning" || $0 == "bedömningen" }
        && StatusVocabulary.knownGoalStatus(sentence) != nil
    }.map { $0 + "." }
  }

  static func recognise(_ document: Document, lines: [SourceLine], into assignments: inout [AssignmentRecord]) {
    let (stops, skipped) = document.boundaries
    let content = lines.filter { !skipped.contains($0.number) && !$0.isBlank }
    for (k, line) in content.enumerated() where isTitle(line.collapsed, named: false) && !document.isInTable(line.number) {
      var title = SectionNumber.split(line.collapsed)?.rest ?? line.collapsed
      var body = k + 1
      if !isTitle(title) {
        guard body < content.count, let dash = content[body].collapsed.first, "–-".contains(dash) else { continue }
        title += " " + content[body].collapsed
        body += 1
      }
      var comment: [String] = []
      var summarising = false
      for next in content[min(body, content.count)...] {
        // The report on the directive may be a numbered heading of its own.
        if isSummary(next.collapsed), !summarising {
          summarising = true
          continue
        }
        if stops.contains(next.number) || isTitle(next.collapsed) { break }
        if summarising { comment.append(next.collapsed) }
      }
      let report = comment.isEmpty ? nil : LineJoining.join(comment)
      let assessed = report.flatMap(assessment(in:))
      if let listed = assignments.firstIndex(where: { names($0.text, title) }) {
        if assignments[listed].comment == nil { assignments[listed].comment = report }
        // A listing that lost the end of the name gives way to the title printed whole.
        if afterWord(assignments[listed].text).count < afterWord(title).count - 4 {
          assignments[listed].text = title
          assignments[listed].line = line.number
        }
      } else {
        assignments.append(
          AssignmentRecord(
            goal: "", text: title, status: assessed.map { StatusVocabulary.goalStatus($0) }, assessment: assessed,
            comment: report, line: line.number))
      }
    }
  }

  /// The words after the word direktiv, as a key (`innovationochomställning…`).
  static func afterWord(_ s: String) -> String {
    let key = FollowUpBlocks.key(s)
    guard let range = key.range(of: "direktiv") else { return key }
    return String(key[range.upperBound...])
  }

  /// The phrases that give an assignment: `Förvaltningen får i uppdrag att …`.
  static let givingPhrases = ["får i uppdrag att", "ges i uppdrag att", "fått i uppdrag att", "gavs i uppdrag att"]

  /// The first sentence of `text` where it gives an assignment (`… i uppdrag att …`), and the
  /// rest of the text, if any.
  static func givenInFirstSentence(_ text: String) -> (given: String, rest: String?)? {
    guard let first = sentences(text).first, first.lowercasedText().contains(" i uppdrag att ") else { return nil }
    // (Not a table's header read as prose, `Uppdrag Status Kollektivtrafiknämnden får …`.)
    let words = first.split(separator: " ").prefix(2)
    if words.count == 2, FollowUpVocabulary.field(String(words[0])) != nil || words[0].lowercasedText() == "uppdrag",
      words[1].first?.isUppercase == true
    {
      return nil
    }
    let rest = String(text.dropFirst(first.count)).trimmingCharacters(in: [" "])
    return (first, rest.isEmpty ? nil : rest)
  }

  /// The sentences of `text`, each with its full stop: a stop followed by a space and a capital
  /// or the end (`t.ex. `, `2 000.` within a sentence stay in it).
  static func sentences(_ text: String) -> [String] {
    var result: [String] = []
    var current = ""
    let characters = Array(text)
    for (i, c) in characters.enumerated() {
      current.append(c)
      guard c == "." || c == "!" || c == "?" else { continue }
      let ends = i + 1 == characters.count
        || characters[i + 1] == " " && i + 2 < characters.count && characters[i + 2].isUppercase
      if ends {
        result.append(current.trimmingCharacters(in: []))
        current = ""
      }
    }
    let tail = current.trimmingCharacters(in: [])
    if !tail.isEmpty { result.append(tail) }
    return result
  }

  /// Assignments listed as items that give them (`• Förvaltningen får i uppdrag att se över
  /// rutinen. Status: pågår.`), with the status an item ends in; and the lines they take.
  static func listed(_ document: Document, lines: [SourceLine], assessments: inout AssessmentReader)
    -> (assignments: [AssignmentRecord], used: [ClosedRange<Int>])
  {
    var assignments: [AssignmentRecord] = []
    var used: [ClosedRange<Int>] = []
    var underAssignments = false  // under a heading naming assignments (`Uppdrag från ägaren`)
    var underNamed = false  // or naming them as their last word (`Ekonomiska direktiv`)
    var consumed = Set<Int>()  // blocks read as an assignment's fields
    let blocks = document.blocks
    for (b, var block) in blocks.enumerated() where !consumed.contains(b) {
      // (Under such a heading, a short line read as a heading, before a table's caption, that
      // ends in its status is an entry: `Upphandla eldrivna bussar … – Klart`.)
      if case .heading = block.kind, underAssignments, trailingStatus(block.text) != nil || block.text.contains("(Status:") {
        block.kind = .paragraph
      }
      if case .heading = block.kind {
        // (`Uppdrag från ägaren`, `Direktiv från förbundsfullmäktige`.)
        let heading = block.text.lowercasedText()
        underAssignments = heading.hasPrefix("uppdrag") || heading.hasPrefix("direktiv ") && !isTitle(block.text)
        underNamed = underAssignments || namesAssignments(block.text)
        continue
      }
      // An entry directly over paragraphs of its fields, one its assessment (`**1. Bolaget ska …**`
      // / `**Kommentar:** …` / `**Bedömning:** Delvis uppfyllt`).
      if underNamed, block.kind == .paragraph || block.isListItem, let entry = fielded(blocks, at: b) {
        let line = block.lines.lowerBound
        assignments.append(
          AssignmentRecord(
            goal: "", text: entry.text, status: assessments.goal(entry.assessment, line: line, hasColumn: true),
            assessment: entry.assessment, comment: entry.comment, line: line))
        used.append(line...blocks[entry.last].lines.upperBound)
        for k in (b + 1)...entry.last { consumed.insert(k) }
        continue
      }
      // Paragraphs of assignments, each with its status in a sentence (`Utreda … (KF 2024-11-25,
      // § 132). Utredningen ska … Status: Pågår. Redovisning till …` / `Redovisa en plan …`).
      if underAssignments, block.kind == .paragraph, block.lines.count > 3, block.text.contains("Status:") {
        // (The lines are in order: the block's run is found by halving.)
        var low = 0
        var high = lines.count
        while low < high {
          let mid = (low + high) / 2
          if lines[mid].number < block.lines.lowerBound { low = mid + 1 } else { high = mid }
        }
        let ownLines = lines[low...].prefix { $0.number <= block.lines.upperBound }.filter { !$0.isBlank }
        for piece in statusedPieces(ownLines.map(\.collapsed)) {
          let line = ownLines[piece.first].number
          let printed = piece.status
          assignments.append(
            AssignmentRecord(
              goal: "", text: piece.text, status: assessments.goal(printed, line: line, hasColumn: true), assessment: printed,
              comment: piece.comment, line: line))
          used.append(line...ownLines[piece.last].number)
        }
        continue
      }
      guard block.text.count <= 400 else { continue }
      let lower = block.text.lowercasedText()
      switch block.kind {
      case .listItem:
        // (Or in the active voice, `Björka kommun ger förbundet i uppdrag att …`.)
        // (Under such a heading, an item with its status: `Utreda … (KF 2024-11-18, § 143).
        // **Status: Pågår.** Utredningen redovisas …`; also under one naming them as its last
        // word, `Ägardirektiv`: `1. Bolaget ska bygga … Status: pågår. …`.)
        guard givingPhrases.contains(where: { lower.contains($0) })
          || lower.contains(" i uppdrag att") && (underAssignments || lower.contains(" ger "))
          || underNamed && (lower.contains("status:") || trailingStatus(block.text) != nil)
        else { continue }
      case .paragraph:
        // A paragraph giving an assignment with its status and comment in paragraphs of their own
        // below (`Direktionen ger förbundschefen i uppdrag att …` / `Status: Pausad` / `Kommentar: …`).
        // (A page's furniture may stand between them.)
        if underAssignments, block.lines.count <= 4, lower.contains("i uppdrag att"), FieldGroups.field(block.text) == nil,
          let fields = blocks.nextContent(after: b),
          let printed = FollowUpVocabulary.inlineAssessment(blocks[fields].text)
        {
          var comment: String?
          var last = blocks[fields].lines.upperBound
          if let more = blocks.nextContent(after: fields), let (role, _, value) = FieldGroups.field(blocks[more].text),
            role == .comment
          {
            comment = value
            last = blocks[more].lines.upperBound
            consumed.insert(more)
          }
          consumed.insert(fields)
          let status = assessments.goal(printed, line: block.lines.lowerBound, hasColumn: true)
          assignments.append(
            AssignmentRecord(goal: "", text: block.text, status: status, assessment: printed, comment: comment, line: block.lines.lowerBound))
          used.append(block.lines.lowerBound...last)
          continue
        }
        // A paragraph under such a heading whose first sentence gives an assignment (`Kommunfull-
        // mäktige gav i budget 2024 nämnden i uppdrag att utreda …. Utredningen pågår …`): the
        // sentence is the assignment, the rest its comment, and the first sentence of the rest
        // the vocabulary knows a status in its assessment.
        if underAssignments, !lower.contains("status:"), FieldGroups.field(block.text) == nil,
          let (given, rest) = givenInFirstSentence(block.text)
        {
          let said = rest.flatMap { rest in
            sentences(rest).first { StatusVocabulary.knownGoalStatus($0) != nil || StatusVocabulary.activityStatus($0) != .okänd }
          }
          let status = said.flatMap { assessments.goal($0, line: block.lines.lowerBound, hasColumn: true) }
          assignments.append(
            AssignmentRecord(goal: "", text: given, status: status, assessment: said, comment: rest, line: block.lines.lowerBound))
          used.append(block.lines)
          continue
        }
        // A paragraph of one assignment ending in its status (`Ta fram en plan … <tab>Status: Pågår`,
        // `Införa digital första linje … – Klart`).
        guard underAssignments, lower.contains("status:") || trailingStatus(block.text) != nil else { continue }
      default: continue
      }
      var text = block.text
      var printed: String?
      var comment: String?
      // `… Status: pågår.` at the end, maybe in bold, maybe with a comment after it (`**Status:
      // Pågår.** Utredningen redovisas …`).
      if let range = text.range(of: "Status:", options: .backwards) ?? text.range(of: "status:", options: .backwards),
        let value = FollowUpVocabulary.inlineAssessment(String(text[range.lowerBound...]))
      {
        let (status, told) = StatusVocabulary.statusAndComment(value)
        printed = status.trimmingCharacters(in: ["."])
        comment = told
        text = String(text[..<range.lowerBound].reversed().drop { "*_ ".contains($0) }.reversed())
        // (In brackets after the entry: `Utreda … (Status: Pågår)`.)
        if text.hasSuffix("("), let p = printed, p.hasSuffix(")") {
          text = String(text.dropLast()).trimmingCharacters(in: [" "])
          printed = String(p.dropLast()).trimmingCharacters(in: [" "])
        }
      } else if let (entry, status) = trailingStatus(text) {
        text = entry
        printed = status
      }
      if block.kind == .paragraph, printed == nil || !text.contains(where: \.isLetter) { continue }
      // Fields in list items of their own under it (`o Status: Klart`, `o Kommentar: …`).
      var last = block.lines.upperBound
      var next = blocks.nextContent(after: b)
      // (Or in paragraphs of the item, as pandoc prints a Word list item's second paragraph:
      // `-   Förbundsdirektören får i uppdrag …` / `*Status:* Klar`; a page's furniture may
      // stand between them.)
      while case .listItem = block.kind, let n = next,
        blocks[n].kind == .paragraph || blocks[n].isListItem,
        let field = ActivityLists.itemField(blocks[n].text)
      {
        consumed.insert(n)
        if printed == nil { printed = field.status }
        comment = field.comment ?? comment
        last = blocks[n].lines.upperBound
        next = blocks.nextContent(after: n)
      }
      let status = printed.flatMap { assessments.goal($0, line: block.lines.lowerBound, hasColumn: true) }
      assignments.append(
        AssignmentRecord(goal: "", text: text, status: status, assessment: printed, comment: comment, line: block.lines.lowerBound))
      used.append(block.lines.lowerBound...last)
    }
    // (Without the emphasis a converter printed round a whole entry: `*Kultur- och fritidsnämnden
    // får i uppdrag att …*`.)
    for a in assignments.indices { assignments[a].text = PipeTableForm.withoutEmphasis(assignments[a].text) }
    return (assignments, used)
  }

  /// The assignments of a paragraph's lines, each given by its first sentence, its other sentences
  /// up to a `Status:` and the text after it up to the end of the line where a sentence ends its
  /// comment; the next
  /// assignment starts on the line after that. A first line announcing them (`Kommunfullmäktige
  /// har lämnat två uppdrag till nämnden …`, a sentence naming assignments without giving one)
  /// is none. Each piece: its first and last line (indices of `lines`), text, status and comment.
  static func statusedPieces(_ lines: [String]) -> [(first: Int, last: Int, text: String, status: String, comment: String?)] {
    var pieces: [(first: Int, last: Int, text: String, status: String, comment: String?)] = []
    var start = 0
    while start < lines.count {
      // (An announcement before the first.)
      if pieces.isEmpty, start + 1 < lines.count, lines[start].last == ".", !lines[start].contains("Status:"),
        lines[start].lowercasedText().contains("uppdrag"), !lines[start].lowercasedText().contains("i uppdrag att")
      {
        start += 1
        continue
      }
      guard let s = (start..<lines.count).first(where: { lines[$0].contains("Status:") }),
        let e = (s..<lines.count).first(where: { k in
          lines[k].last.map { ".!?".contains($0) } == true && (k > s || !lines[k].hasSuffix("Status:"))
        })
      else { break }
      let whole = LineJoining.join(Array(lines[start...e]))
      guard let range = whole.range(of: "Status:"), let value = FollowUpVocabulary.inlineAssessment(String(whole[range.lowerBound...])) else {
        break
      }
      let (status, told) = StatusVocabulary.statusAndComment(value)
      // The first sentence gives the assignment; the others before the status go with the comment.
      let given = sentences(String(whole[..<range.lowerBound]).trimmingCharacters(in: [" "]))
      guard let text = given.first, text.first?.isUppercase == true else { break }
      let comment = (given.dropFirst() + (told.map { [$0] } ?? [])).joined(separator: " ")
      pieces.append((start, e, text, status.trimmingCharacters(in: ["."]), comment.isEmpty ? nil : comment))
      start = e + 1
    }
    return pieces
  }

  /// A status after a dash ending an entry (`Införa digital första linje i samtliga vårdcentraler –
  /// Klart`) or in brackets of its own at its end (`Minska antalet chefsled (Delvis genomfört)`,
  /// after other brackets too: `… (RF 2024-11-26 § 141) (Genomfört)`, in lower case too): the
  /// entry and the status, where the vocabulary knows it as one alone.
  static func trailingStatus(_ text: String) -> (entry: String, status: String)? {
    guard text.utf8.count <= 400 else { return nil }
    // (In brackets of its own also in lower case: `revidera riktlinjerna … (avslutat)`, items
    // finishing a sentence that gives them.)
    func known(_ status: String, bracketed: Bool = false) -> Bool {
      status.utf8.count <= 30 && (bracketed || status.first?.isUppercase == true) && StatusVocabulary.isStatusAlone(status)
        && (StatusVocabulary.knownGoalStatus(status) != nil || StatusVocabulary.activityStatus(status) != .okänd)
    }
    let trimmed = text.trimmingCharacters(in: [" ", "."])
    if trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") {
      let status = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
        .trimmingCharacters(in: [" "])
      let entry = String(trimmed[..<open]).trimmingCharacters(in: [" "])
      if entry.contains(" "), known(status, bracketed: true) { return (entry, status) }
    }
    for dash in [" – ", " — ", " - "] {
      guard let r = text.range(of: dash, options: .backwards) else { continue }
      let status = String(text[r.upperBound...]).trimmingCharacters(in: [" ", "."])
      let entry = String(text[..<r.lowerBound]).trimmingCharacters(in: [" "])
      guard entry.contains(" "), known(status) else { continue }
      return (entry, status)
    }
    return nil
  }

  /// Whether a heading names assignments as their kind (`Ägardirektiv`, `Ekonomiska direktiv`,
  /// `Uppdrag från kommunfullmäktige`): its first or last of at most five words.
  static func namesAssignments(_ heading: String) -> Bool {
    let words = (SectionNumber.split(heading)?.rest ?? heading).lowercasedText().split(separator: " ").map(String.init)
    guard (1...5).contains(words.count) else { return false }
    return [words[0], words[words.count - 1]].contains { word in
      FollowUpVocabulary.assignmentWords.contains(word) || FollowUpVocabulary.namesAssignmentCompound(word)
    }
  }

  /// The entry at `blocks[b]` when paragraphs of its fields follow it, one of them an assessment
  /// (`Kommentar:`, `Bedömning:`): its text (without a number or bold), the assessment's status
  /// and the comments, and the index of its last field.
  static func fielded(_ blocks: [DocumentBlock], at b: Int) -> (text: String, assessment: String, comment: String?, last: Int)? {
    let text = blocks[b].text
    // (One whose own lines hold fields, `… udden. Uppdragsgivare: Kommunfullmäktige`, is a group
    // of fields.)
    guard text.count <= 400, text.first.map({ $0.isUppercase || $0.isNumber || $0 == "*" || $0 == "_" }) == true,
      FieldGroups.field(text) == nil, !text.components(separatedBy: ". ").dropFirst().contains(where: { FieldGroups.field($0) != nil })
    else { return nil }
    var assessment: String?
    var comments: [String] = []
    var k = b + 1
    while k < blocks.count, k - b <= 4, blocks[k].kind == .paragraph, let field = FieldGroups.field(blocks[k].text),
      field.role == .assessment || field.role == .comment
    {
      if field.role == .assessment {
        guard assessment == nil else { break }
        let (status, told) = StatusVocabulary.statusAndComment(field.value)
        assessment = status
        comments += told.map { [$0] } ?? []
      } else {
        comments.append(field.value)
      }
      k += 1
    }
    guard let assessment, !assessment.isEmpty else { return nil }
    var entry = HeaderText.withoutEmphasis(text)
    if let numbered = SectionNumber.split(entry) { entry = numbered.rest }
    return (entry, assessment, comments.isEmpty ? nil : comments.joined(separator: " "), k - 1)
  }

  /// Whether an assignment listed as `DIREKTIV - INNOVATION …` is the directive titled
  /// `Kommunfullmäktiges direktiv – Innovation …`: the same words after the word direktiv, or
  /// the first words of them.
  static func names(_ listed: String, _ title: String) -> Bool {
    let a = afterWord(listed)
    let b = afterWord(title)
    // A heading that lost its wrapped last line (`… TILL NYA` / `ARBETSSÄTT`) names it too.
    return a.count >= 8 && a == b || min(a.count, b.count) >= 20 && (a.hasPrefix(b) || b.hasPrefix(a))
  }
}
