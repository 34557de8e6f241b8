/// Finds goals and assignments that a report prints as headings naming them, in any text form:
///
///     3.1 Mål: God tillgänglighet
///     ### 2.1 Strategiskt mål: En trygg kommun
///     Delmål 1.2 Ökad tillgänglighet
///     Fokusområde – Attraktiv arbetsgivare
///     Uppdrag 2: Ta fram en biblioteksplan
///
/// The heading starts with a goal word of the vocabulary (`mål`, `delmål`, `strategiskt mål`,
/// `nämndmål`, `fokusområde` …), optionally after its section number and before a number of its
/// own, and the goal's title follows after `:`, a dash or the number. The goal word as printed is
/// its kind. A goal heading under another (deeper level) is its sub-goal. An inline assessment
/// (`Bedömning: Målet är delvis uppfyllt`, `Måluppfyllelse: Uppfyllt`) under the heading is the
/// goal's; the prose under it, up to the next heading or table, is its comment. Activities and
/// assignments read from the tables under a goal heading belong to that goal when their table
/// names none. An assignment heading (`Uppdrag: …`) is read the same way, under the goal
/// heading it is printed under, if any.
enum GoalHeadings {
  struct Result {
    var goals: [GoalRecord] = []
    var assignments: [AssignmentRecord] = []
    /// Each goal heading's title and the lines up to the next heading at its level or above.
    var spans: [(title: String, lines: ClosedRange<Int>)] = []
    var used: [ClosedRange<Int>] = []
  }

  /// - Parameter claimed: Lines other recognisers took into records (a follow-up block under the
  ///   heading): no comment of the heading's goal.
  static func recognise(
    _ document: Document, claimed: [ClosedRange<Int>] = [], assessments: inout AssessmentReader
  ) -> Result {
    var result = Result()
    var open: [(level: Int, goal: Int)] = []  // goal headings enclosing the current block
    var current: Int?  // the goal whose heading is the latest heading
    var assignment: Int?  // the assignment whose heading is the latest heading
    var comment: [Int: [String]] = [:]
    var assignmentComment: [Int: [String]] = [:]
    var skipNext: FollowUpVocabulary.Field?  // the field whose value the next paragraph is
    var goalBeforeTable: Int?  // the goal whose prose the latest tables interrupted
    let blocks = titledGoalWords(assessedHeadings(goalSections(document.blocks)))
    for (b, block) in blocks.enumerated() {
      switch block.kind {
      case .heading(let number, let level):
        // An assessment's label alone and its value, each a short line the reader took for a
        // heading (`Prognos helår:` / `Målet nås`, as docx2txt prints a table of a label cell and a
        // value cell): the current goal's assessment.
        if number == nil, let g = current, result.goals[g].assessment == nil, block.text.utf8.count <= 40 {
          if isAssessmentLabel(block.text) {
            skipNext = .assessment
            continue
          }
          if skipNext == .assessment, StatusVocabulary.isStatusAlone(block.text), StatusVocabulary.knownGoalStatus(block.text) != nil {
            skipNext = nil
            result.goals[g].assessment = block.text
            result.goals[g].status = assessments.goal(block.text, line: block.lines.lowerBound, hasColumn: true)
            result.used.append(block.lines)
            continue
          }
        }
        skipNext = nil
        goalBeforeTable = nil
        // A heading of a goal's parts (`Aktiviteter`, `Indikatorer`) stays within the goal.
        // (One that speaks of the goal, `Analys`, `Bedömning`, takes its prose back to the goal,
        // after tables of its indicators too.)
        if number == nil, isPart(block.text) {
          current = assessesGoal(block.text) ? open.last?.goal : nil
          continue
        }
        // A goal of a lower kind at the same level (`Nämndmål` after `Inriktningsmål`) is under it.
        // So is a goal whose number extends the open goal's (`Mål 1.1` under `Inriktningsmål 1`).
        let kind = FollowUpVocabulary.goalHeading(block.text)?.kind
        let own = number ?? FollowUpVocabulary.ownNumber(block.text) ?? ""
        // (Two numbers of one depth are siblings whatever their markup's levels: `### 1.1` and
        // `#### 1.2`, as pymupdf4llm sizes headings by their type.)
        while let last = open.last, last.level > level
          || (last.level == level && !FollowUpVocabulary.ranksAbove(result.goals[last.goal].kind, kind))
          || (SectionNumber.depth(own) > 1 && SectionNumber.depth(own) == SectionNumber.depth(result.goals[last.goal].number)),
          result.goals[last.goal].number.isEmpty || !own.hasPrefix(result.goals[last.goal].number + ".")
        {
          open.removeLast()
        }
        current = nil
        assignment = nil
        if let (_, title) = FollowUpVocabulary.assignmentHeading(block.text) {
          result.assignments.append(
            AssignmentRecord(
              goal: open.last.map { result.goals[$0.goal].title } ?? "", text: title, status: nil, comment: nil,
              line: block.lines.lowerBound))
          assignment = result.assignments.count - 1
          continue
        }
        guard let (kind, printedTitle) = FollowUpVocabulary.goalHeading(block.text) else { continue }
        var title = printedTitle
        // An assessment printed at the heading's end (`… ska minska   Status: Grön`).
        // (Or an icon at its end, as a goal's heading bar prints the assessment right: `… potential ◐`.)
        let trailing = FollowUpVocabulary.trailingAssessment(title) ?? trailingIcon(title)
        if let trailing { title = trailing.title }
        let parent = open.last.map { result.goals[$0.goal].title }
        result.goals.append(
          GoalRecord(
            number: number ?? FollowUpVocabulary.ownNumber(block.text) ?? "", title: title, level: open.count + 1, line: block.lines.lowerBound, parent: parent,
            kind: kind, assessment: trailing.flatMap { $0.printed.isEmpty ? nil : $0.printed },
            status: trailing.flatMap { assessments.goal($0.printed, line: block.lines.lowerBound, hasColumn: true) }, comment: nil))
        open.append((level, result.goals.count - 1))
        current = result.goals.count - 1
        let end =
          blocks[(b + 1)...].first {
            // (A part's heading above the goal's level is a chapter of its own: `Uppdrag`.)
            if case .heading(let n, let l) = $0.kind { return l < level || l == level && !(n == nil && isPart($0.text)) }
            return false
          }.map { $0.lines.lowerBound - 1 } ?? (blocks.last?.lines.upperBound ?? block.lines.upperBound)
        result.spans.append((title, block.lines.lowerBound...max(block.lines.lowerBound, end)))
      case .label(let field):
        // The paragraph under a label is the label's value (read by LabelledSections), not prose.
        // (A comment or assessment after the goal's tables, `Analys` under its indicators, is the
        // goal's again.)
        if current == nil, assignment == nil, field == .comment || field == .assessment, let g = goalBeforeTable {
          current = g
        }
        skipNext = current != nil || assignment != nil ? field : nil
        continue
      // A list item under a goal is prose about it too (`● I brukarundersökningen …`, an icon
      // w3m printed as a bullet), unless a recogniser took it.
      case .paragraph, .listItem:
        if let field = skipNext {
          skipNext = nil
          if field == .assessment, let g = current, result.goals[g].assessment == nil {
            guard FollowUpVocabulary.mayBeAssessment(block.text) else {
              // The label's value was an icon the text lost; this is prose about the goal.
              result.goals[g].status = .okänd
              comment[g, default: []].append(block.text)
              continue
            }
            result.goals[g].assessment = block.text
            result.goals[g].status = assessments.goal(block.text, line: block.lines.lowerBound, hasColumn: true)
          } else if field == .comment, let g = current, result.goals[g].assessment == nil,
            let sentence = assessmentSentence(in: block.text)
          {
            // A comment that says how far the goal is met (`Nämnden bedömer att målet uppfylls
            // delvis.`).
            result.goals[g].assessment = sentence
            result.goals[g].status = assessments.goal(sentence, line: block.lines.lowerBound, hasColumn: true)
          }
          continue
        }
        if let a = assignment {
          if result.assignments[a].status == nil, let printed = FollowUpVocabulary.inlineAssessment(block.text) {
            result.assignments[a].assessment = printed
            result.assignments[a].status = assessments.goal(printed, line: block.lines.lowerBound, hasColumn: true)
            result.used.append(block.lines)
          } else {
            assignmentComment[a, default: []].append(block.text)
          }
          continue
        }
        guard let g = current, !claimed.contains(where: { $0.overlaps(block.lines) }) else { continue }
        // (So where the label is a paragraph: its value is the block below, a heading or not.)
        if result.goals[g].assessment == nil, block.kind == .paragraph, block.text.utf8.count <= 40, isAssessmentLabel(block.text) {
          skipNext = .assessment
          continue
        }
        if result.goals[g].assessment == nil,
          let printed = FollowUpVocabulary.inlineAssessment(block.text) ?? FollowUpVocabulary.labelledAssessment(block.text)
        {
          result.goals[g].assessment = printed
          result.goals[g].status = assessments.goal(printed, line: block.lines.lowerBound, hasColumn: true)
          result.used.append(block.lines)
        } else if !FollowUpVocabulary.introducesActivities(block.text) {
          comment[g, default: []].append(block.text)
        }
      case .table:
        goalBeforeTable = current ?? goalBeforeTable
        current = nil
        assignment = nil
        skipNext = nil
      default:
        continue
      }
    }
    // An assessment naming its goal by number, wherever it stands (`Prognos helår för mål 3B:
    // Målet nås inte`, printed after the goal's tables): that goal's, where it has none.
    for block in blocks where block.kind == .paragraph && block.text.utf8.count <= 160 {
      guard let (number, printed) = assessmentNamingGoal(block.text),
        let g = result.goals.firstIndex(where: { $0.number == number }), result.goals[g].assessment == nil
      else { continue }
      result.goals[g].assessment = printed
      result.goals[g].status = assessments.goal(printed, line: block.lines.lowerBound, hasColumn: true)
      comment[g]?.removeAll { $0 == block.text }
      result.used.append(block.lines)
    }
    for (g, text) in comment {
      let joined = LineJoining.join(text)
      result.goals[g].comment = joined
      // An assessment written into the prose (`… Målet är delvis uppfyllt.`): its last sentence
      // about the goal that the vocabulary knows.
      if result.goals[g].assessment == nil, let sentence = assessmentSentence(in: joined) {
        result.goals[g].assessment = sentence
        result.goals[g].status = assessments.goal(sentence, line: result.goals[g].line, hasColumn: true)
      }
    }
    for (a, text) in assignmentComment {
      result.assignments[a].comment = LineJoining.join(text)
    }
    return result
  }

  /// Whether a block is an assessment's label alone, its value below it (`Prognos helår:`).
  static func isAssessmentLabel(_ text: String) -> Bool {
    text.hasSuffix(":") && FollowUpVocabulary.namesAssessment(String(text.dropLast()))
  }

  /// The goal's number and the assessment of a paragraph that names its goal after the label
  /// (`Prognos helår för mål 3B: Målet nås inte`, `Bedömning av mål 2.1: Uppfyllt`); nil for any
  /// other, and where the vocabulary knows no status in the value.
  static func assessmentNamingGoal(_ text: String) -> (number: String, printed: String)? {
    guard let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 50 else { return nil }
    let label = text[..<colon].lowercasedText()
    guard let range = label.range(of: " för mål ") ?? label.range(of: " av mål "),
      FollowUpVocabulary.namesAssessment(String(label[..<range.lowerBound]))
    else { return nil }
    let number = String(text[text.index(text.startIndex, offsetBy: label.distance(from: label.startIndex, to: range.upperBound))..<colon])
    var printed = HTMLText.collapse(String(text[text.index(after: colon)...]))
    if printed.hasSuffix(".") { printed.removeLast() }
    guard number.first?.isNumber == true, number.count <= 8, !number.contains(" "), StatusVocabulary.knownGoalStatus(printed) != nil
    else { return nil }
    return (number, printed)
  }

  /// The blocks with each numbered heading under a numbered heading that names a section of
  /// goals (`2.2 Uppföljning av kommunfullmäktiges budgetmål`, `5.2 Mål`), with no numbered heading
  /// of its own under it and stating a goal (`Göteborg ska …`, `Förbättra kundernas …`), made a
  /// goal heading of that kind (`Kommunfullmäktiges budgetmål: Göteborg ska …`). Headings between
  /// (`5.2.1 Kund och ägare`, a perspective) group goals and are none, and so is a leaf that
  /// states none (`2.6 Uppföljning målbild 2030`).
  static func goalSections(_ blocks: [DocumentBlock]) -> [DocumentBlock] {
    var result = blocks
    for (b, block) in blocks.enumerated() {
      guard case .heading(let number?, let level) = block.kind, let kind = sectionKind(block.text) else { continue }
      var children: [(index: Int, number: String)] = []
      for c in blocks.indices.dropFirst(b + 1) {
        guard case .heading(let n, let l) = blocks[c].kind else { continue }
        guard let n, n.hasPrefix(number + ".") else {
          if l <= level { break }
          continue
        }
        children.append((c, n))
      }
      for (k, child) in children.enumerated() {
        let text = blocks[child.index].text
        // (Headings between are groups of a few words, `Kund och ägare`: under a goal of its
        // own, `2.2 En hållbar utveckling och en hälsosam miljö`, a heading is that goal's.)
        let between = children[..<k].filter { child.number.hasPrefix($0.number + ".") }
        guard between.allSatisfy({ blocks[$0.index].text.split(separator: " ").count <= 4 }),
          !children[(k + 1)...].contains(where: { $0.number.hasPrefix(child.number + ".") }),
          FollowUpVocabulary.goalHeading(text) == nil, FollowUpVocabulary.assignmentHeading(text) == nil, !isPart(text),
          FollowUpVocabulary.statesGoal(text)
        else { continue }
        result[child.index].text = kind + ": " + text
      }
    }
    return result
  }

  /// The blocks with each numbered heading that names no goal but states one (`1.1 Alla elever
  /// ska nå kunskapskraven`) directly over an inline assessment (`Måluppfyllelse: Delvis
  /// uppfylld`), as a planning system's export prints each goal under its area, made a goal
  /// heading (`Mål: …`).
  /// So is one whose assessment is printed at its end, in capitals (`1.2 Förskolan ska ge … lärande
  /// Uppfylld`, the status word at the right of the goal's title bar), or as a heading or a line
  /// of its own right under it (`#### **Uppfylld**`).
  static func assessedHeadings(_ blocks: [DocumentBlock]) -> [DocumentBlock] {
    var result = blocks
    for (b, block) in blocks.enumerated() {
      // (A heading stating no goal, most of them, is ruled out first.)
      guard case .heading(_?, _) = block.kind, FollowUpVocabulary.statesGoal(block.text),
        FollowUpVocabulary.goalHeading(block.text) == nil, FollowUpVocabulary.assignmentHeading(block.text) == nil,
        !isPart(block.text)
      else { continue }
      let next = blocks.nextContent(after: b)
      if let next, blocks[next].kind == .paragraph, FollowUpVocabulary.inlineAssessment(blocks[next].text) != nil {
        result[b].text = "Mål: " + block.text
      } else if let next, standsAlone(blocks[next]), isStatusPhrase(blocks[next].text) {
        result[b].text = "Mål: " + block.text + " Status: " + blocks[next].text
        result[next].kind = .paragraph
        result[next].text = "Måluppfyllelse: " + blocks[next].text
      } else if let (title, status) = trailingStatus(block.text) {
        result[b].text = "Mål: " + title + " Status: " + status
      }
    }
    return result
  }

  /// Whether a block is a paragraph or a heading without a number (`#### **Uppfylld**`).
  static func standsAlone(_ block: DocumentBlock) -> Bool {
    switch block.kind {
    case .paragraph, .heading(nil, _): return true
    default: return false
    }
  }

  /// A heading's title and the goal status it ends in, printed in capitals (`… lärande Uppfylld`,
  /// `… trygga Delvis uppfylld`), where the title states a goal.
  static func trailingStatus(_ heading: String) -> (title: String, status: String)? {
    let words = heading.split(separator: " ")
    for k in [3, 2, 1] where words.count > k + 2 {
      let phrase = words.suffix(k).joined(separator: " ")
      let title = words.dropLast(k).joined(separator: " ")
      guard phrase.first?.isUppercase == true, isStatusPhrase(phrase), FollowUpVocabulary.statesGoal(title) else { continue }
      return (title, phrase)
    }
    return nil
  }

  /// A heading's title and the assessment icon it ends in (`… potential ◐`), or the dash that
  /// stands in its place (`… fritid –`, not assessed), a word of one symbol after a title of
  /// three words or more.
  static func trailingIcon(_ heading: String) -> (title: String, printed: String)? {
    guard let space = heading.lastIndex(of: " ") else { return nil }
    let icon = heading[heading.index(after: space)...]
    guard icon.count == 1, let c = icon.first, StatusVocabulary.isAssessmentIcon(c) else { return nil }
    let title = String(heading[..<space])
    return title.split(separator: " ").count >= 3 ? (title, String(c)) : nil
  }

  /// Whether text is a goal's status alone, in at most three words (`Delvis uppfylld`).
  static func isStatusPhrase(_ text: String) -> Bool {
    let words = text.split(separator: " ")
    guard (1...3).contains(words.count), !text.contains(where: \.isNumber) else { return false }
    return StatusVocabulary.knownGoalStatus(text) != nil && StatusVocabulary.statusAndComment(text).comment == nil
  }

  /// The goal word a heading naming a section of goals gives its goals, as printed: the heading
  /// is a goal word (`Mål`, `Nämndens mål`), maybe after `Uppföljning av` and before where the
  /// goals come from (`Verksamhetsmål från nämnden`).
  static func sectionKind(_ heading: String) -> String? {
    var t = HTMLText.collapse(heading).trimmingCharacters(in: [":", " "])
    for prefix in ["uppföljning av ", "uppföljning ", "redovisning av ", "redovisning "] where t.lowercasedText().hasPrefix(prefix) {
      t = String(t.dropFirst(prefix.count))
      break
    }
    let head = FollowUpVocabulary.headWord(t)
    guard FollowUpVocabulary.goalWords.contains(head), let kind = t.prefix(head.count).first.map({ String($0).uppercased() + t.dropFirst().prefix(head.count - 1) })
    else { return nil }
    return kind
  }

  /// The blocks with a heading that is a goal word alone (`Nämndens mål`, `Strategiskt mål`, as
  /// web pages print a goal's label over it) and the block after it, the goal's title, as one
  /// heading `Nämndens mål: <title>` on the title's lines. A label after the title on its lines
  /// (`… att gå till` / `Ansvarig: Kommunfullmäktige`) is no part of it.
  static func titledGoalWords(_ blocks: [DocumentBlock]) -> [DocumentBlock] {
    var result: [DocumentBlock] = []
    var b = 0
    while b < blocks.count {
      let block = blocks[b]
      guard case .heading(nil, let level) = block.kind, b + 1 < blocks.count,
        FollowUpVocabulary.names(block.text, FollowUpVocabulary.goalWords), let title = goalTitle(blocks[b + 1]),
        // (A sentence about the goals the heading names is none of them: `Finansiella mål` /
        // `Förbundsfullmäktige har beslutat om tre finansiella mål för …`.)
        !(" " + title.lowercasedText() + " ").contains(" " + block.text.lowercasedText() + " ")
      else {
        result.append(block)
        b += 1
        continue
      }
      result.append(
        DocumentBlock(kind: .heading(number: nil, level: level), text: block.text + ": " + title, lines: blocks[b + 1].lines))
      b += 2
    }
    return result
  }

  /// The goal's title a block under a goal word alone holds: an unnumbered heading that names no
  /// goal, part or assignment of its own, or a short paragraph, up to a label on its lines.
  static func goalTitle(_ block: DocumentBlock) -> String? {
    switch block.kind {
    case .heading(nil, _):
      guard FollowUpVocabulary.goalHeading(block.text) == nil, FollowUpVocabulary.assignmentHeading(block.text) == nil,
        !isPart(block.text)
      else { return nil }
      return block.text
    case .paragraph:
      guard block.text.count <= 250, block.lines.count <= 4 else { return nil }
      var text = block.text
      // `… ett arbete att gå till Ansvarig: Kommunfullmäktige`: the title ends before the label.
      let words = text.split(separator: " ", omittingEmptySubsequences: true)
      if let k = words.indices.dropFirst().first(where: { k in
        words[k].hasSuffix(":") && words[k].first?.isUppercase == true && FieldGroups.field(String(words[k])) != nil
      }) {
        text = words[..<k].joined(separator: " ")
      }
      guard let first = text.first, first.isUppercase, FollowUpVocabulary.field(text) == nil else { return nil }
      return text
    default:
      return nil
    }
  }

  /// The last sentence of `text` that speaks of the goal (`målet`, `målen`, `måluppfyllelsen`)
  /// and says how far it is met in words the vocabulary knows (`Målet är delvis uppfyllt.`, `Vi
  /// har nått målet.`, `Måluppfyllelsen går inte att bedöma …`).
  static func assessmentSentence(in text: String) -> String? {
    guard spellsMål(text) else { return nil }
    let sentences = text.split(separator: ".", omittingEmptySubsequences: true)
      .map { $0.trimmingCharacters(in: [" "]) }.filter { !$0.isEmpty }
    return sentences.last { sentence in
      guard spellsMål(sentence) else { return false }
      let words = sentence.lowercasedText().split { !$0.isLetter }
      return words.contains { ["målet", "målen", "måluppfyllelsen", "måluppfyllelse"].contains($0) }
        && StatusVocabulary.knownGoalStatus(sentence) != nil
    }.map { $0 + "." }
  }

  /// Whether text spells `mål` in any case, found in its bytes: `m`, `å` as C3 A5 or C3 85, `l`
  /// (most prose about a goal never names `målet`, and is ruled out here).
  static func spellsMål(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      guard bytes.count >= 4 else { return false }
      for i in 0..<(bytes.count - 3) where bytes[i] | 0x20 == UInt8(ascii: "m") && bytes[i + 1] == 0xC3 {
        if (bytes[i + 2] == 0xA5 || bytes[i + 2] == 0x85) && bytes[i + 3] | 0x20 == UInt8(ascii: "l") { return true }
      }
      return false
    }
  }

  /// Headings of a goal's parts: `Aktiviteter`, `Indikatorer`, `Kommentar`, `Analys` …
  static func isPart(_ heading: String) -> Bool {
    let t = heading.lowercasedText().trimmingCharacters(in: [":", " "])
    return FollowUpVocabulary.introducesActivities(heading) || FollowUpVocabulary.namesMeasures(t)
      || [
        "indikatorer", "indikator", "nyckeltal", "kommentar", "analys", "uppföljning", "resultat", "bedömning",
        "måluppfyllelse", "uppdrag", "aktiviteter och uppdrag",
      ].contains(t) || assessesGoal(heading)
  }

  /// Headings of the part of a goal that assesses it: `Analys`, `Bedömning`, `Måluppfyllelse`.
  static func assessesGoal(_ heading: String) -> Bool {
    ["analys", "bedömning", "måluppfyllelse", "analys och bedömning", "bedömning av måluppfyllelse"]
      .contains(heading.lowercasedText().trimmingCharacters(in: [":", " "]))
  }

  /// Gives activities and assignments without a goal the goal heading they are printed under.
  static func attach(_ spans: [(title: String, lines: ClosedRange<Int>)], to extraction: inout Extraction) {
    func goal(at line: Int) -> String? {
      spans.last { $0.lines.contains(line) }?.title
    }
    for a in extraction.activities.indices where extraction.activities[a].goal.isEmpty {
      if let g = goal(at: extraction.activities[a].line) { extraction.activities[a].goal = g }
    }
    for a in extraction.assignments.indices where extraction.assignments[a].goal.isEmpty {
      if let g = goal(at: extraction.assignments[a].line) { extraction.assignments[a].goal = g }
    }
  }
}
