/// The records every document yields whatever it means: its sections (a heading and the text
/// under it), and how each line was used (table cells are structured records, headings and
/// prose are section text, furniture is boilerplate).
enum DocumentSections {
  /// An extraction of `document` with its sections and line uses; noise lines stay unaccounted.
  /// - Parameter phrases: The organisation's own assessment phrases, tried before the vocabulary.
  /// - Parameter lines: The facts of the text's lines, if the document reader's are at hand.
  static func extract(
    _ document: Document, text: ReportText, lines sourceLines: [SourceLine]? = nil, phrases: StatusPhrases = StatusPhrases()
  ) -> Extraction {
    var extraction = Extraction(layout: .document)
    var current: (number: String, heading: String, level: Int, line: Int, text: [String])?
    func close() {
      if let c = current {
        extraction.sections.append(
          SectionRecord(number: c.number, heading: c.heading, level: c.level, text: c.text.joined(separator: "\n"), line: c.line))
      }
    }
    for block in document.blocks {
      switch block.kind {
      case .heading(let number, let level):
        close()
        current = (number ?? "", block.text, level, block.lines.lowerBound, [])
        extraction.mark(block.lines, as: .sectionText)
      case .paragraph, .listItem, .label:
        current?.text.append(block.text)
        extraction.mark(block.lines, as: .sectionText)
      case .table:
        extraction.mark(block.lines, as: .record)
      case .furniture:
        extraction.mark(block.lines, as: .boilerplate)
      }
    }
    close()
    let economy = EconomyRecogniser.recognise(document)
    extraction.economy = economy.records
    extraction.warnings += economy.warnings
    let indicators = IndicatorRecogniser.recognise(document)
    extraction.indicators = indicators.records + IndicatorRecogniser.listed(document)
    extraction.warnings += indicators.warnings
    let lines = sourceLines ?? text.lines.enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) }
    // (The report's own legend of its icons, under the organisation's phrases.)
    var assessments = AssessmentReader(StatusLegend.merged(StatusLegend.phrases(lines), under: phrases))
    let blocks = FollowUpBlocks.recognise(document, lines: lines, assessments: &assessments)
    extraction.goals += blocks.goals
    extraction.assignments += blocks.assignments
    extraction.activities += blocks.activities
    extraction.warnings += blocks.warnings
    for range in blocks.used { extraction.mark(range, as: .record) }
    var tables = GoalTables.recognise(document, lines: lines, assessments: &assessments)
    // A table of activities or assignments naming no goal, right after a block of one goal
    // (`Nämndmål   Bedömning` / the goal / `Aktivitet   Status   Färdiggrad` over rows), is that
    // goal's.
    for (span, goal) in blocks.after {
      for a in tables.activities.indices where tables.activities[a].goal.isEmpty && span.contains(tables.activities[a].line) {
        tables.activities[a].goal = goal
      }
      for a in tables.assignments.indices where tables.assignments[a].goal.isEmpty && span.contains(tables.assignments[a].line) {
        tables.assignments[a].goal = goal
      }
    }
    extraction.goals += tables.goals
    extraction.assignments += tables.assignments
    extraction.activities += tables.activities
    let labelled = LabelledSections.recognise(document, claimed: blocks.used, assessments: &assessments)
    merge(labelled.goals, into: &extraction.goals)
    for assignment in labelled.assignments {
      if let same = extraction.assignments.firstIndex(where: { Directives.names($0.text, assignment.text) }) {
        extraction.assignments[same].comment = extraction.assignments[same].comment ?? assignment.comment
        extraction.assignments[same].status = extraction.assignments[same].status ?? assignment.status
      } else {
        extraction.assignments.append(assignment)
      }
    }
    for range in labelled.used { extraction.mark(range, as: .record) }
    let listed = ActivityLists.recognise(document, lines: lines, assessments: &assessments)
    extraction.activities += listed.activities
    for range in listed.used { extraction.mark(range, as: .record) }
    let collapsed = CollapsedFollowUpBlocks.recognise(document, lines: lines, claimed: blocks.used, assessments: &assessments)
    extraction.assignments += collapsed.assignments
    extraction.activities += collapsed.activities
    extraction.warnings += collapsed.warnings
    for range in collapsed.used { extraction.mark(range, as: .record) }
    let given = Directives.listed(document, lines: lines, assessments: &assessments)
    for assignment in given.assignments
    where !collapsed.used.contains(where: { $0.contains(assignment.line) })
      && !extraction.assignments.contains(where: { Directives.names($0.text, assignment.text) || $0.text == assignment.text })
    {
      extraction.assignments.append(assignment)
    }
    for range in given.used { extraction.mark(range, as: .record) }
    let grouped = FieldGroups.recognise(
      document, lines: lines, claimed: blocks.used + given.used + listed.used + collapsed.used, assessments: &assessments)
    merge(grouped.goals, into: &extraction.goals)
    for assignment in grouped.assignments where !extraction.assignments.contains(where: { $0.text == assignment.text }) {
      extraction.assignments.append(assignment)
    }
    for activity in grouped.activities where !extraction.activities.contains(where: { $0.text == activity.text }) {
      extraction.activities.append(activity)
    }
    for range in grouped.used { extraction.mark(range, as: .record) }
    let items = AssessedGoalItems.recognise(
      document, claimed: blocks.used + given.used + listed.used + collapsed.used + grouped.used, assessments: &assessments)
    merge(items.goals, into: &extraction.goals)
    for range in items.used { extraction.mark(range, as: .record) }
    let claimed = blocks.used + given.used + listed.used + collapsed.used + grouped.used + items.used
    let headed = GoalHeadings.recognise(document, claimed: claimed, assessments: &assessments)
    merge(headed.goals, into: &extraction.goals)
    for assignment in headed.assignments where !collapsed.used.contains(where: { $0.contains(assignment.line) }) {
      guard !extraction.assignments.contains(where: { Directives.names($0.text, assignment.text) }) else { continue }
      extraction.assignments.append(assignment)
    }
    for range in headed.used { extraction.mark(range, as: .record) }
    let goalLists = GoalLists.recognise(document, claimed: claimed + headed.used)
    merge(goalLists.goals, into: &extraction.goals)
    for range in goalLists.used { extraction.mark(range, as: .record) }
    // A block's header (`Uppdrag Status`) is no assignment of its own.
    extraction.assignments.removeAll { a in
      collapsed.used.contains { $0.lowerBound == a.line } && !collapsed.assignments.contains { $0.line == a.line }
    }
    Directives.recognise(document, lines: lines, into: &extraction.assignments)
    GoalHeadings.attach(headed.spans, to: &extraction)
    underGoalHeadings(headed.spans, &extraction.goals)
    // A goal without a parent is under the goal whose number contains its own (`1.1` under `1`).
    for g in extraction.goals.indices where extraction.goals[g].parent == nil && extraction.goals[g].number.contains(".") {
      let above = SectionNumber.ancestors(of: extraction.goals[g].number).lazy.compactMap { number in
        extraction.goals.firstIndex { $0.number == number }
      }.first
      if let above {
        extraction.goals[g].parent = extraction.goals[above].title
        extraction.goals[g].level = extraction.goals[above].level + 1
      }
    }
    extraction.warnings += assessments.unknown
    // In the order the report prints them, whichever recogniser found them (a stable sort keeps
    // records of one line in the order found).
    extraction.goals = stableSorted(extraction.goals) { $0.line }
    extraction.assignments = stableSorted(extraction.assignments) { $0.line }
    extraction.activities = stableSorted(extraction.activities) { $0.line }
    return extraction
  }

  /// Goals without a parent printed within a goal heading's section, of a kind it ranks above
  /// (a table of `Nämndmål` under `Kommunfullmäktiges mål: …`), are under that goal, and the
  /// goals under them a level down too.
  static func underGoalHeadings(_ spans: [(title: String, lines: ClosedRange<Int>)], _ goals: inout [GoalRecord]) {
    var moved: Set<String> = []
    for g in goals.indices where goals[g].parent == nil {
      guard let span = spans.last(where: { $0.lines.contains(goals[g].line) && $0.lines.lowerBound != goals[g].line }),
        let heading = goals.first(where: { $0.title == span.title && $0.line == span.lines.lowerBound }),
        FollowUpVocabulary.ranksAbove(heading.kind, goals[g].kind)
      else { continue }
      goals[g].parent = heading.title
      goals[g].level = heading.level + 1
      moved.insert(goals[g].title)
    }
    // (In the order printed: a goal's children follow it.)
    for g in goals.indices where !moved.contains(goals[g].title) {
      guard let parent = goals[g].parent, moved.contains(parent),
        let above = goals[..<g].last(where: { $0.title == parent })
      else { continue }
      goals[g].level = above.level + 1
      moved.insert(goals[g].title)
    }
  }

  /// `records` ordered by `line`, records of one line in their order.
  static func stableSorted<R>(_ records: [R], by line: (R) -> Int) -> [R] {
    records.enumerated().sorted { (line($0.element), $0.offset) < (line($1.element), $1.offset) }.map(\.element)
  }

  /// Adds goals read from labelled sections; one a table already lists (the same number, or the
  /// same title) is that goal, reported under its heading: the heading's record, with the kind
  /// the table prints (but where it prints only `Mål`).
  static func merge(_ goals: [GoalRecord], into existing: inout [GoalRecord]) {
    for goal in goals {
      // The same number names the same goal only within one kind (`Fokusområde 1` is not
      // `Nämndmål 1`).
      let same = existing.firstIndex {
        (!goal.number.isEmpty && $0.number == goal.number
          && ($0.kind == nil || goal.kind == nil || $0.kind?.lowercasedText() == goal.kind?.lowercasedText()))
          || FollowUpBlocks.key($0.title) == FollowUpBlocks.key(goal.title)
      }
      guard let same else {
        existing.append(goal)
        continue
      }
      var merged = goal
      // (A heading's word that says more, `Nämndmål`, names the kind of a goal a table or an
      // overview calls `Mål`.)
      let general = existing[same].kind.map { $0.lowercasedText() == "mål" } ?? true
      merged.kind = general ? goal.kind ?? existing[same].kind : existing[same].kind
      merged.parent = goal.parent ?? existing[same].parent
      merged.assessment = goal.assessment ?? existing[same].assessment
      merged.status = goal.status ?? existing[same].status
      merged.comment = goal.comment ?? existing[same].comment
      existing[same] = merged
    }
  }
}
