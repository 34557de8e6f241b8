/// Finds goals, assignments and activities in tables whose columns name them: `Kommunövergripande
/// mål | Nämndmål | Aktiviteter`, `Mål | Aktivitet | Status | Kommentar`, `Uppdrag | Bedömning`.
/// Goal columns from left to right are levels; a cell left empty repeats the one above (as a
/// printed table leaves it blank) until a column to its left changes. A cell that begins with
/// `Direktiv` in a goal column is an assignment, not a goal. Where the report reports on an
/// activity under a heading or first line of the same name, that text is its comment. An
/// activity keeps who is responsible (`Ansvar`, `Primära aktörer`), its status as printed, and
/// the table's other columns (`Tidplan`, `Färdiggrad`) as `Rubrik: värde.` before its comment.
enum GoalTables {
  enum Role: Equatable {
    /// `code`: a column of short codes (`Nr` over `1.1`, `Mål` over `MSN 1`): the number of the
    /// goal right of it, or, under a goal word beside entries, the goal an entry is under.
    case goal, activity, assignment, assessment, comment, responsible, code, other
    /// A column of the status and the comment in one cell (`Uppdragets status och kommentar`).
    case assessmentAndComment
    /// A column of the groups the goals fall in, a balanced scorecard's perspectives
    /// (`Perspektiv` over `Kund`, `Ekonomi`): no goal (as a perspective's row of its own is none).
    case group
  }

  /// Headers of a column of numbers of the row's own (`Nr`).
  static let codeHeaders: Set<String> = ["nr", "nr.", "id", "#", "nummer", "kod", "ref"]

  /// A short code (`MSN 1`, `1.1`, `KF2`, `A3`): at most ten characters, one word or two, a digit.
  static func isCode(_ text: String) -> Bool {
    text.count <= 10 && text.contains(where: \.isNumber) && text.split(separator: " ").count <= 2
      && !text.contains(where: { ",;".contains($0) }) && text.first.map { $0.isUppercase || $0.isNumber } == true
  }

  /// Each column's role: by its header, and a goal or unnamed column of codes a code column.
  static func roles(_ table: DocumentTable) -> [Role] {
    var roles = table.columns.map(role(of:))
    for c in roles.indices where roles[c] == .goal || roles[c] == .other {
      let header = table.columns[c].lowercasedText()
      guard roles[c] == .goal || codeHeaders.contains(header) else { continue }
      let cells = table.rows.compactMap { c < $0.cells.count && !$0.cells[c].text.isEmpty ? $0.cells[c].text : nil }
      if !cells.isEmpty, cells.allSatisfy(isCode), roles.indices.contains(where: { $0 != c && [.goal, .activity, .assignment].contains(roles[$0]) }) {
        roles[c] = .code
      }
    }
    return roles
  }

  struct Result {
    var goals: [GoalRecord] = []
    var assignments: [AssignmentRecord] = []
    var activities: [ActivityRecord] = []
  }

  /// Whether `text` may name entries, a role of goals, activities or assignments: every word of
  /// theirs holds `mål`, `fokus`, `faktor`, `aktivitet`, `åtgärd`, `insats`, `uppdrag` or
  /// `direktiv`, in any case. False only where it surely names none: a byte test that spares most
  /// lines of prose the work of ``role(of:)``.
  static func mayNameEntries(_ text: String) -> Bool {
    for stem: StaticString in ["uppdrag", "aktivitet", "insats", "direktiv", "fokus", "faktor"]
    where TextSearch.mayContainLowercased(text, stem) {
      return true
    }
    var text = text
    return text.withUTF8 { b in
      // `mål` and `åtgärd`: `å` is C3 A5, `Å` C3 85 (and the Ångström sign E2 84 AB folds to `å`).
      var i = 0
      while i + 1 < b.count {
        if b[i] == 0xE2, b[i + 1] == 0x84, i + 2 < b.count, b[i + 2] == 0xAB { return true }
        if b[i] == 0xC3, b[i + 1] == 0xA5 || b[i + 1] == 0x85 {
          if i > 0, b[i - 1] | 0x20 == UInt8(ascii: "m"), i + 2 < b.count, b[i + 2] | 0x20 == UInt8(ascii: "l") { return true }
          if i + 3 < b.count, b[i + 2] | 0x20 == UInt8(ascii: "t"), b[i + 3] | 0x20 == UInt8(ascii: "g") { return true }
        }
        i += 1
      }
      return false
    }
  }

  /// Whether `text` names entries: goals, activities or assignments.
  static func namesEntries(_ text: String) -> Bool {
    mayNameEntries(text) && [.goal, .assignment, .activity].contains(role(of: text))
  }

  static func role(of header: String) -> Role {
    var h = LineJoining.join(header.split(separator: "\n").map(String.init))
    // `Aktivitet/projekt`: the first part that names a role.
    if h.contains("/"), let part = h.split(separator: "/").map(String.init).first(where: { role(of: $0) != .other }) { h = part }
    // `Uppdrag från kommunstyrelsen`: the entries' word.
    // (The vocabulary's questions are asked of one key, computed once.)
    let key = FollowUpVocabulary.headerKey(FollowUpVocabulary.headWord(h))
    if FollowUpVocabulary.goalWords.contains(key) { return .goal }
    if key == "perspektiv" { return .group }
    if FollowUpVocabulary.activityWords.contains(key) || FollowUpVocabulary.namesCompound(key: key, of: FollowUpVocabulary.activityWords) {
      return .activity
    }
    if FollowUpVocabulary.assignmentWords.contains(key) || FollowUpVocabulary.namesAssignmentCompound(key: key) {
      return .assignment
    }
    if FollowUpVocabulary.namesAssessment(key: key) { return .assessment }
    if FollowUpVocabulary.namesAssessmentAndComment(key: key) { return .assessmentAndComment }
    if FollowUpVocabulary.responsibleWords.contains(key) { return .responsible }
    if ["kommentar", "kommentarer", "analys", "redovisning"].contains(key) { return .comment }
    return .other
  }

  /// A table of entries printed side by side with another (`Övergripande mål | Bedömning T2 |
  /// Finansiella mål | Bedömning T2`, a landscape page): an entry column right after an
  /// assessment column starts a table of its own. Goal columns side by side without an
  /// assessment between them are levels of one table (`KF-mål | Nämndmål | Bedömning`).
  static func sideBySide(_ table: DocumentTable, roles: [Role]) -> [(DocumentTable, [Role])] {
    let entries: Set<Role> = [.goal, .activity, .assignment]
    var starts = [0]
    for c in roles.indices.dropFirst() where entries.contains(roles[c]) && roles[c - 1] == .assessment {
      // (An entry's number column right before it goes with it.)
      starts.append(c)
    }
    guard starts.count > 1 else { return [(table, roles)] }
    return starts.indices.map { k in
      var lower = starts[k]
      if k > 0, lower > 0, roles[lower - 1] == .code { lower -= 1 }
      let upper = k + 1 < starts.count ? starts[k + 1] : roles.count
      var part = table
      part.columns = Array(table.columns[lower..<upper])
      part.rows = table.rows.compactMap { row in
        guard row.cells.count >= upper else { return nil }
        let cells = Array(row.cells[lower..<upper])
        guard cells.contains(where: { !$0.text.isEmpty }) else { return nil }
        return TableRow(cells: cells, line: cells.first { !$0.text.isEmpty }?.line ?? row.line)
      }
      return (part, Array(roles[lower..<upper]))
    }
  }

  static func recognise(_ document: Document, lines: [SourceLine], assessments: inout AssessmentReader) -> Result {
    var result = Result()
    for whole in document.tables {
      for (table, roles) in sideBySide(whole, roles: roles(whole)) {
        recognise(table, roles: roles, into: &result, assessments: &assessments)
      }
    }
    attachComments(&result, document: document, lines: lines)
    numberGoals(&result, document: document)
    return result
  }

  /// The entries of one table whose columns have `roles`.
  static func recognise(_ table: DocumentTable, roles: [Role], into result: inout Result, assessments: inout AssessmentReader) {
    guard let first = roles.first(where: { $0 != .code && $0 != .group }), [.goal, .activity, .assignment].contains(first) else { return }
    // A table of figures whose first column names entries (`Förändringsinsatser | Utfall 2025 |
    // … | Prognos aug`) is economy or indicators: its other cells are numbers.
    let others = table.rows.flatMap { $0.cells.dropFirst().map(\.text) }.filter { !$0.isEmpty }
    if others.count >= 4, others.count(where: { AlignedTableForm.number($0) != nil }) * 4 >= others.count * 3 { return }
    let goalColumns = roles.indices.filter { roles[$0] == .goal }
    let entryColumns = roles.indices.filter { roles[$0] == .activity || roles[$0] == .assignment }
    // (A goal column alone says what the goals are only beside what is said of them: an
    // assessment, or who is responsible and a comment.)
    guard goalColumns.count >= 2 || !entryColumns.isEmpty || roles.contains(.assessment)
      || roles.first == .goal && (roles.contains(.responsible) || roles.contains(.comment))
    else { return }
    read(table, roles: roles, goalColumns: goalColumns, into: &result, assessments: &assessments)
  }

  static func read(
    _ table: DocumentTable, roles: [Role], goalColumns: [Int], into result: inout Result,
    assessments: inout AssessmentReader
  ) {
    var current: [Int: String] = [:]  // goal column → title in force
    var goalRecord: [Int: Int] = [:]  // goal column → the record of its title in force
    // Of several assessment columns (`Prognos`, `Bedömning`), the one that says how far the goal
    // is met; a forecast of figures or a trend only where there is no other.
    // (`Prognos helår 2025` beside `Bedömning` is a forecast too.)
    let assessment = roles.indices.first { c in
      let first = HTMLText.collapse(table.columns[c]).lowercasedText().prefix { $0 != " " }
      return roles[c] == .assessment && !["prognos", "trend"].contains(String(first))
    } ?? roles.firstIndex(of: .assessment)
    let comment = roles.firstIndex(of: .comment)
    let combined = roles.firstIndex(of: .assessmentAndComment)
    let responsible = roles.firstIndex(of: .responsible)
    // Columns no role reads, and second assessment or comment columns: kept with the comment.
    let others = roles.indices.filter { c in
      switch roles[c] {
      case .other: return true
      case .assessment: return c != assessment
      case .comment: return c != comment
      case .responsible: return c != responsible
      // An entry's own number (`Nr`), kept as `Nr: 1.1.`.
      case .code:
        return role(of: table.columns[c]) != .goal && roles.indices.first { $0 > c && roles[$0] != .code }.map { roles[$0] != .goal } ?? true
      default: return false
      }
    }
    let besideIndicators = table.columns.contains(where: FollowUpVocabulary.namesMeasures)
    // Beside a column of indicators, a goal's cell spanning the rows of its indicators (the goal
    // cells below it left empty): the assessments printed on all those rows, by the goal's row.
    var spanned: [Int: [String]] = [:]
    var spanRows: [Int: Int] = [:]  // by the goal's row, the rows it spans
    if besideIndicators {
      var start: Int?
      for (r, row) in table.rows.enumerated() {
        if goalColumns.contains(where: { $0 < row.cells.count && !row.cells[$0].isEmpty }) { start = r }
        guard let start else { continue }
        spanRows[start, default: 0] += 1
        guard let a = assessment, a < row.cells.count else { continue }
        spanned[start, default: []] += row.cells[a].text.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
      }
    }
    var area: String?  // the area of goals in force, named in a row of its own
    for (r, row) in table.rows.enumerated() {
      // A perspective of a balanced scorecard in a row of its own over its goals (`Perspektiv:
      // Medarbetare`) groups them and is none.
      let filled = row.cells.filter { !$0.isEmpty }
      if filled.count == 1, FollowUpVocabulary.namesPerspective(filled[0].text) { continue }
      // An area of goals in a row of its own (`Målområde 1: Trygg och jämlik välfärd`) is a goal
      // over the table's goals below it, without an assessment.
      if filled.count == 1, !row.cells[0].isEmpty, let named = FollowUpVocabulary.goalHeading(row.cells[0].text),
        FollowUpVocabulary.areaGoalWords.contains(named.kind.lowercasedText())
      {
        result.goals.append(
          GoalRecord(
            number: FollowUpVocabulary.ownNumber(row.cells[0].text) ?? "", title: named.title, level: 1, line: row.cells[0].line,
            kind: named.kind))
        area = named.title
        current = [:]
        goalRecord = [:]
        continue
      }
      func text(_ column: Int?) -> String? {
        guard let column, column < row.cells.count else { return nil }
        let t = LineJoining.join(row.cells[column].text.split(separator: "\n").map(String.init))
        return t.isEmpty ? nil : t
      }
      var status = text(assessment)
      // Beside a column of indicators, an assessment per indicator line that differ (`Gul` /
      // `Röd`) is the indicators', not the goal's: no status of the goal, the printed kept.
      var perIndicator: String?
      if let a = assessment, a < row.cells.count, besideIndicators {
        let parts = spanned[r] ?? row.cells[a].text.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
        // (Each a status of its own, in capitals: `Delvis` / `uppfyllt` is one wrapped.)
        if parts.count >= 2, parts.allSatisfy({ $0.first?.isUppercase == true && StatusVocabulary.isStatusAlone($0) }),
          Set(parts.map { StatusVocabulary.goalStatus($0) }).count >= 2
        {
          status = nil
          perIndicator = "Bedömning per indikator: " + parts.joined(separator: ", ") + "."
        }
      }
      // Under `Status och kommentar`, a first line the vocabulary knows is the status, the rest the
      // comment (`Avslutad` / `2025-12-01` / `Uppdraget återrapporterades …`).
      var combinedComment: String?
      if let combined, combined < row.cells.count {
        var lines = row.cells[combined].text.split(separator: "\n").map(String.init)
        if status == nil, let first = lines.first, StatusVocabulary.isStatusAlone(first) {
          status = first
          lines.removeFirst()
        }
        let joined = LineJoining.join(lines)
        combinedComment = joined.isEmpty ? nil : joined
      }
      // (A goal spanning several indicators' rows keeps none of their figures: the first row's
      // are its first indicator's, not the goal's.)
      let labelled = (spanRows[r] ?? 1) > 1 ? [] : others.compactMap { c -> String? in
        guard let value = text(c) else { return nil }
        let header = LineJoining.join(table.columns[c].split(separator: "\n").map(String.init))
        let sentence = ".!?".contains(value.last ?? " ") ? value : value + "."
        return header.isEmpty ? sentence : "\(header): \(sentence)"
      }
      // An assessment in sentences (`Målet är uppfyllt. Under året har …`): the first its
      // status, the rest a comment.
      var told: String?
      if let printed = status, combined == nil {
        (status, told) = StatusVocabulary.statusAndComment(printed)
      }
      let parts = labelled + (told.map { [$0] } ?? []) + (text(comment).map { [$0] } ?? []) + (combinedComment.map { [$0] } ?? [])
        + (perIndicator.map { [$0] } ?? [])
      let note = parts.isEmpty ? nil : parts.joined(separator: " ")
      // Codes: a goal's number where a goal column follows, else the goal an entry is under
      // (`MSN 1`, by the number of a goal read before) or the entry's own number.
      var numbers: [Int: String] = [:]
      var reference: String?
      for c in roles.indices where roles[c] == .code {
        guard let code = text(c) else { continue }
        let next = roles.indices.first { $0 > c && roles[$0] != .code }
        if let next, roles[next] == .goal {
          numbers[next] = code
        } else if role(of: table.columns[c]) == .goal {
          reference = result.goals.last { $0.number == code }?.title ?? code
        }
      }
      var changed = false
      for (level, column) in goalColumns.enumerated() {
        guard let title = text(column) else {
          if changed { current[column] = nil }
          continue
        }
        // A goal's cell wrapped into the next row, its words there in lower case (`2. Förbundets
        // fordon ska` / `drivas fossilfritt senast 2026`, as pymupdf4llm cuts a cell spanning
        // rows): they go on with the goal above, and so does an assessment beside them (the
        // goal's, or a further part of its own where it has one); an area that starts in this row
        // (centred on the goal) is the goal's where it had none.
        if title.first?.isLowercase == true, let g = goalRecord[column], let above = current[column],
          status == nil || result.goals[g].title.last.map({ !".!?".contains($0) }) == true
        {
          let whole = LineJoining.join([result.goals[g].title, title])
          result.goals[g].title = whole
          if let printed = status, column == goalColumns.last {
            let joined = result.goals[g].assessment.map { $0 + " " + printed } ?? printed
            result.goals[g].assessment = joined
            result.goals[g].status = assessments.goal(joined, line: result.goals[g].line, hasColumn: assessment != nil)
          }
          if result.goals[g].parent == nil, let newArea = goalColumns[..<level].reversed().lazy.compactMap({ current[$0] }).first {
            result.goals[g].parent = newArea
          }
          for k in result.goals.indices where result.goals[k].parent == above { result.goals[k].parent = whole }
          for k in result.activities.indices where result.activities[k].goal == above { result.activities[k].goal = whole }
          for k in result.assignments.indices where result.assignments[k].goal == above { result.assignments[k].goal = whole }
          current[column] = whole
          continue
        }
        changed = true
        current[column] = title
        let line = row.cells[column].line
        // A goal cell may start with the goal's number (`1.1 Fler invånare …`).
        // (Or a list's number, `1. Antalet bränder …`.)
        // (Or a code of a letter or two and a number, `F1 Årets resultat …`, `F2. Soliditeten …`.)
        let numbered = numbers[column] == nil
          ? SectionNumber.split(title).flatMap { $0.number.contains(".") || title.hasPrefix($0.number + ". ") ? $0 : nil }
            ?? letteredNumber(title) : nil
        if startsWithAssignmentWord(title) {
          current[column] = nil
          result.assignments.append(
            AssignmentRecord(goal: "", text: title, status: nil, comment: nil, line: line))
          continue
        }
        let parent = goalColumns[..<level].reversed().lazy.compactMap { current[$0] }.first ?? area
        let isEntryLevel = column == goalColumns.last && !roles.contains(.activity) && !roles.contains(.assignment)
        result.goals.append(
          GoalRecord(
            number: numbers[column] ?? numbered?.number ?? "", title: numbered?.rest ?? title, level: level + (area == nil ? 1 : 2),
            line: line, parent: parent,
            kind: LineJoining.join(table.columns[column].split(separator: "\n").map(String.init)),
            assessment: isEntryLevel ? status : nil,
            status: isEntryLevel ? assessments.goal(status, line: line, hasColumn: assessment != nil) : nil,
            comment: isEntryLevel ? note : nil))
        goalRecord[column] = result.goals.count - 1
      }
      let goal = goalColumns.reversed().lazy.compactMap { current[$0] }.first ?? reference ?? ""
      for (column, role) in roles.enumerated() where role == .activity || role == .assignment {
        guard let entry = text(column) else { continue }
        let line = row.cells[column].line
        if role == .activity {
          // Without a status column, a header saying which entries these are gives theirs
          // (`Genomförda åtgärder`: klar; not `Pågående/planerade åtgärder`, two at once).
          let status = status ?? headerStatus(table.columns[column])
          let s = assessments.activity(status, line: line, hasColumn: assessment != nil || combined != nil)
          result.activities.append(
            ActivityRecord(
              goal: goal, assignment: "", text: entry, status: s, assessment: status, responsible: text(responsible),
              comment: note, line: line))
        } else {
          let s = assessments.goal(status, line: line, hasColumn: assessment != nil || combined != nil)
          result.assignments.append(
            AssignmentRecord(goal: goal, text: entry, status: s, assessment: status, comment: note, line: line))
        }
      }
    }
  }

  /// A goal's code of one or two capitals and a number before its text (`F1 Årets resultat …`,
  /// `F2. Soliditeten …`, `M1.2 …`): the code and the text; nil for any other title.
  static func letteredNumber(_ title: String) -> (number: String, rest: String)? {
    guard let space = title.firstIndex(of: " ") else { return nil }
    var code = title[..<space]
    if code.last == "." { code = code.dropLast() }
    let letters = code.prefix { $0.isUppercase && $0.isLetter }
    let digits = code.dropFirst(letters.count)
    guard (1...2).contains(letters.count), let d = digits.first, d.isASCII, d.isNumber, digits.count <= 5,
      digits.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "." }), digits.last != "."
    else { return nil }
    let rest = title[title.index(after: space)...]
    guard rest.first?.isUppercase == true else { return nil }
    return (String(code), String(rest))
  }

  /// `DIREKTIV - INNOVATION …`, `Uppdrag: …`.
  /// The status the word before an entry header's word says (`Genomförda` in `Genomförda
  /// åtgärder`), if the vocabulary knows it as one.
  static func headerStatus(_ header: String) -> String? {
    let words = HTMLText.collapse(header).split(separator: " ").map(String.init)
    guard words.count == 2, FollowUpVocabulary.entryQualifiers.contains(words[0].lowercasedText()),
      StatusVocabulary.isStatusAlone(words[0])
    else { return nil }
    return words[0]
  }

  static func startsWithAssignmentWord(_ title: String) -> Bool {
    let first = title.lowercasedText().split { !$0.isLetter && $0 != "-" }.first.map(String.init) ?? ""
    return first == "direktiv" || first == "uppdrag"
  }

  /// An activity without a comment takes the text reported under a line of its own that is its
  /// name (a heading, or the first line of a paragraph): up to the next such line, heading or
  /// table.
  static func attachComments(_ result: inout Result, document: Document, lines: [SourceLine]) {
    guard result.activities.contains(where: { $0.comment == nil }) else { return }
    let (stops, skipped) = document.boundaries
    let names = result.activities.map { FollowUpBlocks.key($0.text) }
    // Each short line's key, computed once (nil for a longer line, which names no activity).
    let keys = lines.map { $0.collapsed.utf8.count <= 320 && $0.collapsed.count <= 80 ? FollowUpBlocks.key($0.collapsed) : nil }
    func isName(_ i: Int) -> Bool {
      guard let k = keys[i] else { return false }
      return names.contains { sameName(k, $0) }
    }
    for a in result.activities.indices where result.activities[a].comment == nil {
      let name = names[a]
      guard name.count >= 4,
        let at = lines.indices.first(where: { i in
          keys[i].map { sameName($0, name) } == true && !skipped.contains(lines[i].number) && !document.isInTable(lines[i].number)
        })
      else { continue }
      var text: [String] = []
      for i in (at + 1)..<lines.count where !skipped.contains(lines[i].number) {
        if stops.contains(lines[i].number) || isName(i) { break }
        text.append(lines[i].collapsed)
      }
      let joined = LineJoining.join(text)
      if !joined.isEmpty { result.activities[a].comment = joined }
    }
  }

  /// Names equal, or one the beginning of the other (`Förebyggande arbete` for `Förebyggande
  /// arbete ("En väg in")`).
  static func sameName(_ a: String, _ b: String) -> Bool {
    a == b || (min(a.count, b.count) >= 8 && (a.hasPrefix(b) || b.hasPrefix(a)))
  }


  /// A goal printed as a numbered heading of its own (`2.2 En attraktiv kommun …`) takes the
  /// heading's number; a heading broken off early matches by its beginning.
  static func numberGoals(_ result: inout Result, document: Document) {
    let numbered = document.headings.compactMap { h in h.headingNumber.map { ($0, FollowUpBlocks.key(h.text)) } }
    for g in result.goals.indices where result.goals[g].number.isEmpty {
      let k = FollowUpBlocks.key(result.goals[g].title)
      if let (number, _) = numbered.first(where: { $0.1 == k || ($0.1.count >= 30 && k.hasPrefix($0.1)) }) {
        result.goals[g].number = number
      }
    }
  }
}
