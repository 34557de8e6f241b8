/// Finds goals, assignments and activities printed as groups of labelled lines, as web pages and
/// reports written without tables print them (html2text, Word text with `**Mål:**` in bold):
///
///     **Mål:** Räddningsstyrkan ska vara på plats inom 20 minuter vid 90 procent av
///     larmen i tätort.
///     **Måluppfyllelse:** Delvis uppfyllt
///     **Kommentar:** Målet nåddes i Åsby och Lövsta men inte i Hedbo.
///
/// A group starts at a line labelled with an entry word (`Mål`, `Uppdrag`, `Aktivitet`; a goal or
/// an activity needs an assessment among its fields) and takes
/// the labelled lines below it up to a blank line, a heading or the next entry; a line without a
/// label goes on with the field above. `Status`, `Bedömning`, `Måluppfyllelse` give the
/// assessment; `Kommentar`, `Redovisning`, `Återrapportering` the comment; other fields (`Beslut`,
/// `Ansvarig`) are kept in the comment as `Beslut: …`. A goal takes its kind and number from a
/// heading right above that names them (`#### Förbundsmål 1`).
enum FieldGroups {
  enum Role: Equatable { case goal, assignment, activity, assessment, comment, other }

  struct Result {
    var goals: [GoalRecord] = []
    var assignments: [AssignmentRecord] = []
    var activities: [ActivityRecord] = []
    var used: [ClosedRange<Int>] = []
  }

  /// An entry printed without its label under a heading that names what the entries are
  /// (`Uppdrag från ägaren`, `Uppdrag`, `Aktiviteter`): a paragraph starting a block whose lines
  /// are followed, before a blank line, by labelled lines with a status among them
  /// (`Bolaget ska erbjuda landström …` / `Status: Genomfört`). Its role is the heading's.
  static func unlabelledEntry(
    _ lines: [SourceLine], at i: Int, under heading: DocumentBlock?, naming named: Role?, stops: Set<Int>
  ) -> (role: Role, label: String, value: String)? {
    if let goal = statedGoal(lines, at: i, under: heading) { return (.goal, "", goal) }
    guard let heading, let role = named, i < lines.count, heading.lines.upperBound < lines[i].number,
      i == 0 || lines[i - 1].isBlank || lines[i - 1].number == heading.lines.upperBound, !lines[i].isBlank
    else { return nil }
    // (A list item's text without its mark: `1. Utreda …`, `- Utreda …`.)
    let text = MarkdownEscapes.unescaped(ProseForm.listItem(lines[i])?.text ?? lines[i].collapsed)
    guard text.first?.isUppercase == true else { return nil }
    var k = i + 1
    while k < lines.count, k <= i + 4, !stops.contains(lines[k].number) {
      // (Its label may stand a blank line below it, as docx2txt prints paragraphs:
      // `Utreda förutsättningarna för en ny skola.` / blank / `Status: Pågår. …`.)
      if lines[k].isBlank {
        guard k + 1 < lines.count, field(lines[k + 1].collapsed) != nil else { return nil }
        k += 1
        continue
      }
      if let f = field(lines[k].collapsed) {
        guard f.role == .assessment || f.role == .other else { return nil }
        // The entry's text is its lines above the first label, the first of them here.
        return (role, "", text)
      }
      k += 1
    }
    return nil
  }

  /// A goal stated on a line of its own right over its assessment, under any heading or area
  /// (`Hyresgästerna ska vara nöjda med sitt boende` / `Bedömning: Uppfyllt`): its text. The line
  /// starts a block (after a blank line, a heading, a short line naming an area or a line ending a
  /// sentence), states a goal
  /// (`… ska …`) and ends without a stop; the assessment is one the vocabulary knows.
  static func statedGoal(_ lines: [SourceLine], at i: Int, under heading: DocumentBlock?) -> String? {
    guard i + 1 < lines.count, !lines[i].isBlank, !lines[i + 1].isBlank, let first = lines[i].collapsed.first, first.isUppercase,
      let last = lines[i].collapsed.last, !".:!?".contains(last), lines[i].collapsed.utf8.count <= 160,
      let (role, _, value) = field(lines[i + 1].collapsed), role == .assessment, StatusVocabulary.knownGoalStatus(value) != nil
    else { return nil }
    let above = i == 0 ? nil : lines[i - 1]
    // (Or, in text without blank lines, after a line that ends a sentence: the block above ended.)
    guard above == nil || above!.isBlank || heading?.lines.upperBound == above!.number
      || above!.collapsed.last.map({ ".!?".contains($0) }) == true
      || above!.collapsed.utf8.count <= 60 && above!.collapsed.last.map({ !".:,".contains($0) }) == true && field(above!.collapsed) == nil,
      field(lines[i].collapsed) == nil, FollowUpVocabulary.statesGoal(lines[i].collapsed)
    else { return nil }
    return lines[i].collapsed
  }

  /// A label's entry word as printed and its own number, where it ends in one (`Uppdrag 1`,
  /// `Övergripande mål 1`, `Mål 2.1`, `Aktivitet A3`: a word of up to six letters, digits and
  /// points with a digit among them).
  static func ownNumber(_ label: String) -> (word: String, number: String?) {
    let words = label.split(separator: " ")
    guard words.count >= 2, words.count <= 4, let last = words.last, last.count <= 6, last.contains(where: \.isNumber),
      last.allSatisfy({ $0.isNumber || $0.isLetter || $0 == "." })
    else { return (label, nil) }
    return (words.dropLast().joined(separator: " "), String(last))
  }

  /// A line's label and the text after it (`**Status:** Pågår` → `status`, `Pågår`), where the
  /// line starts with a label the vocabulary knows a role for.
  static func field(_ text: String) -> (role: Role, label: String, value: String)? {
    // (Most lines are ruled out by their first bytes: a label's colon is within 34 characters.)
    guard let byte = text.utf8.prefix(137).firstIndex(of: UInt8(ascii: ":")), let colon = byte.samePosition(in: text),
      text.distance(from: text.startIndex, to: colon) <= 34
    else { return nil }
    let plain = MarkdownEscapes.unescaped(text).filter { $0 != "*" && $0 != "_" }
    guard let c = plain.firstIndex(of: ":") else { return nil }
    let label = HTMLText.collapse(String(plain[..<c]))
    let value = HTMLText.collapse(String(plain[plain.index(after: c)...]))
    // A numbered entry (`Uppdrag 1:`, `Mål 2.1:`, `Aktivitet A3:`) is labelled by its word.
    let lower = ownNumber(label).word.lowercasedText()
    let role: Role
    if FollowUpVocabulary.goalWords.contains(lower) {
      role = .goal
    } else if FollowUpVocabulary.assignmentWords.contains(lower) || lower == "budgetdirektiv" {
      role = .assignment
    } else if FollowUpVocabulary.activityWords.contains(lower) {
      role = .activity
    } else if FollowUpVocabulary.assessmentLabels.contains(lower) {
      role = .assessment
    } else if ["kommentar", "kommentarer", "redovisning", "återrapportering", "analys"].contains(lower) {
      role = .comment
    } else if ["beslut", "ansvarig", "ansvar", "tidplan", "slutdatum", "startdatum", "beslutad", "uppdragsgivare", "indikator", "nyckeltal"]
      .contains(lower)
    {
      role = .other
    } else {
      return nil
    }
    return (role, label, value)
  }

  /// `claimed`: lines other recognisers took.
  static func recognise(
    _ document: Document, lines: [SourceLine], claimed: [ClosedRange<Int>], assessments: inout AssessmentReader
  ) -> Result {
    var result = Result()
    let (stops, skipped) = document.boundaries
    var heading: DocumentBlock?
    var named: Role?  // the entries the heading names (`Uppdrag från ägaren`, `Aktiviteter`)
    var headingAt: [Int: DocumentBlock] = [:]  // a heading by its last line
    for block in document.blocks {
      if case .heading = block.kind { headingAt[block.lines.upperBound] = block }
      // A short line of its own naming the entries below (`Styrelsens mål för 2024`, a heading
      // the text printed as a paragraph) names them as a heading would.
      if block.kind == .paragraph, block.lines.count == 1, block.text.utf8.count <= 60, block.text.last != ".",
        GoalTables.namesEntries(block.text)
      {
        headingAt[block.lines.upperBound] = block
      }
    }
    // The tables of measures (`Indikator   Utfall   Mål`), by their first line: a goal's group
    // goes on past the table of its own indicators.
    var measureTables: [Int: Int] = [:]
    for block in document.blocks {
      guard case .table(let t) = block.kind, let first = t.columns.first, FollowUpVocabulary.namesMeasures(first) else { continue }
      measureTables[block.lines.lowerBound] = block.lines.upperBound
    }
    var i = 0
    while i < lines.count {
      let line = lines[i]
      // (A short line alone between blank lines naming entries, wherever the reader put it.)
      if headingAt[line.number] == nil, line.collapsed.utf8.count <= 60, !line.isBlank, line.collapsed.last != ".",
        i > 0, lines[i - 1].isBlank, i + 1 < lines.count, lines[i + 1].isBlank,
        GoalTables.namesEntries(line.collapsed)
      {
        headingAt[line.number] = DocumentBlock(kind: .paragraph, text: line.collapsed, lines: line.number...line.number)
      }
      if let h = headingAt[line.number] {
        heading = h
        switch GoalTables.role(of: h.text) {
        case .assignment: named = .assignment
        case .activity: named = .activity
        case .goal: named = .goal
        default: named = nil
        }
      }
      // (`stops` holds the tables' lines too.)
      guard !skipped.contains(line.number), !stops.contains(line.number),
        let (role, label, value) = field(line.collapsed).flatMap({ [.goal, .assignment, .activity].contains($0.role) ? $0 : nil })
          ?? unlabelledEntry(lines, at: i, under: heading, naming: named, stops: stops)
      else {
        i += 1
        continue
      }
      // The group: labelled lines and their continuations.
      var fields: [(role: Role, label: String, text: [String])] = [(role, "", [value])]
      var end = i
      var k = i + 1
      while k < lines.count, !skipped.contains(lines[k].number) {
        if stops.contains(lines[k].number) {
          // (A goal's assessed group goes on past the table of its indicators right under it, to
          // the text below that is no other stop: `Bedömning: Uppfyllt` / `Indikator: … Utfall:
          // 82 Mål: ≥ 80` / `Vi har nått målet. …`.)
          guard role == .goal, fields.contains(where: { $0.role == .assessment }), let last = measureTables[lines[k].number],
            let after = lines[(k + 1)...].firstIndex(where: { $0.number > last }), !lines[after].isBlank,
            !stops.contains(lines[after].number), !skipped.contains(lines[after].number), field(lines[after].collapsed) == nil,
            statedGoal(lines, at: after, under: heading) == nil
          else { break }
          k = after
          fields.append((.comment, "", []))
          continue
        }
        // (A blank line before a further label keeps the group: paragraphs apart, as docx2txt
        // prints them.)
        if lines[k].isBlank {
          guard k + 1 < lines.count, let f = field(lines[k + 1].collapsed), ![.goal, .assignment, .activity].contains(f.role),
            !fields.contains(where: { $0.role == f.role })
          else { break }
          k += 1
          continue
        }
        if let (r, label, v) = field(lines[k].collapsed) {
          if [.goal, .assignment, .activity].contains(r) { break }
          fields.append((r, label, [v]))
        } else if statedGoal(lines, at: k, under: heading) != nil
          || k + 1 < lines.count && lines[k].collapsed.utf8.count <= 60 && lines[k].collapsed.last.map({ !".:,!?".contains($0) }) == true
            && statedGoal(lines, at: k + 1, under: heading) != nil
        {
          // (The next goal stated over its assessment, or the area over it, in text without blank
          // lines.)
          break
        } else if fields.count > 1, let last = fields.last, last.role == .assessment, last.text.count == 1,
          StatusVocabulary.isStatusAlone(last.text[0]), StatusVocabulary.knownGoalStatus(last.text[0]) != nil
        {
          // (A status the vocabulary knows, whole on its line, takes no more: the line after it
          // is a comment.)
          fields.append((.comment, "", [lines[k].collapsed]))
        } else {
          fields[fields.count - 1].text.append(lines[k].collapsed)
        }
        end = k
        k += 1
      }
      let text = LineJoining.join(fields[0].text)
      var printed = fields.first { $0.role == .assessment }.map { LineJoining.join($0.text) }.flatMap { $0.isEmpty ? nil : $0 }
      // A status and its comment in one field (`Status: Pågår. Utredningen redovisas i november.`):
      // the first sentence is the status where the vocabulary knows it, the rest a comment.
      var told: [String] = []
      if let text = printed {
        let (status, comment) = StatusVocabulary.statusAndComment(text)
        printed = status
        told = comment.map { [$0] } ?? []
      }
      let others = fields.filter { $0.role == .other }.map { field -> String in
        let text = LineJoining.join(field.text)
        return "\(field.label): \(text)" + (text.last.map { ".!?".contains($0) } == true ? "" : ".")
      }
      let comments = told + fields.filter { $0.role == .comment }.map { LineJoining.join($0.text) }.filter { !$0.isEmpty }
      let comment = (others + comments).isEmpty ? nil : (others + comments).joined(separator: " ")
      let at = line.number
      // A goal or activity is assessed (`Status:`): a lone `Åtgärd: …` in an analysis is prose;
      // a goal the council set (`**Kommunfullmäktiges mål:** …`) is one without an assessment too.
      let assessed = fields.contains { $0.role == .assessment }
      let (word, own) = ownNumber(label)
      let council = role == .goal && FollowUpVocabulary.upperGoalWords.contains(word.lowercasedText())
      if !text.isEmpty, assessed || role == .assignment || council, !claimed.contains(where: { $0.contains(at) }) {
        switch role {
        case .goal:
          // `#### Förbundsmål 1` right above: the goal's kind and number.
          let named = heading.flatMap { h -> (kind: String, number: String)? in
            guard h.lines.upperBound < at, at - h.lines.upperBound <= 3 else { return nil }
            let words = h.text.split(separator: " ")
            // (A chapter, `Mål och måluppfyllelse`, names no goal.)
            guard let first = words.first, first.lowercasedText().hasSuffix("mål"), words.count <= 2 else { return nil }
            let number = words.count == 2 && words[1].allSatisfy { $0.isNumber || $0 == "." } ? String(words[1]) : ""
            return (String(first), number)
          }
          // The label's own number (`**Övergripande mål 1:**`) is the goal's.
          result.goals.append(
            GoalRecord(
              number: named?.number ?? own ?? "", title: text, level: 1, line: at, parent: nil,
              kind: named?.kind ?? (word.lowercasedText() == "mål" ? "Mål" : word),
              assessment: printed, status: assessments.goal(printed, line: at, hasColumn: fields.contains { $0.role == .assessment }),
              comment: comment))
        case .assignment:
          result.assignments.append(
            AssignmentRecord(
              goal: "", text: text, status: assessments.goal(printed, line: at, hasColumn: printed != nil), assessment: printed,
              comment: comment, line: at))
        default:
          result.activities.append(
            ActivityRecord(
              goal: "", assignment: "", text: text,
              status: assessments.activity(printed, line: at, hasColumn: fields.contains { $0.role == .assessment }),
              assessment: printed, comment: comment, line: at))
        }
        result.used.append(at...lines[end].number)
      }
      i = end + 1
    }
    return result
  }
}
