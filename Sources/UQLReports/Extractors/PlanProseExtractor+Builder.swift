/// Turns the blocks of a plan into goals (focus areas), assignments and sections.
struct PlanProseBuilder {
  struct AssignmentDraft {
    var goal: String
    var text: String
    var description: [String]
    var line: Int
  }

  struct SectionDraft {
    var heading: String
    var level: Int
    var text: [String]
    var line: Int
  }

  var extraction: Extraction
  /// Without a "fokusområden" introduction, every stand-alone heading is a focus area.
  var focusStartsAtFirstHeading = false
  var inFocusPart = false
  var goal: String?
  /// A heading ending in a colon that introduces short sub-headings ("… inom utpekade
  /// styrkeområden:" / "Hälsoinnovation").
  var listParent: String?
  /// Under a one-word focus area whose assignments have no descriptions, each short paragraph
  /// is an assignment.
  var bareAssignments = false
  var assignments: [AssignmentDraft] = []
  var current: Int?
  var sections: [SectionDraft] = []

  init(layout: Layout) { extraction = Extraction(layout: layout) }

  mutating func consume(_ block: PlanProseBlock) {
    extraction.mark(block.firstLine...max(block.firstLine, block.lastLine), as: .record)
    if focusStartsAtFirstHeading { inFocusPart = true }
    guard let heading = block.heading else {
      body(block.body, line: block.firstLine, lineCount: block.lines.count)
      return
    }
    if block.isFocusIntroduction {
      inFocusPart = true
      goal = nil
      closeAssignment()
      listParent = nil
      section(heading, level: 1, line: block.firstLine)
      body(block.body, line: block.firstLine, lineCount: block.body.count)
      return
    }
    guard inFocusPart else {
      if block.isStandaloneHeading, heading.hasSuffix(":") {
        // Before the focus areas, a colon ends a sentence introducing a list, not a heading.
        body(block.lines.map(\.text), line: block.firstLine, lineCount: block.lines.count)
        return
      }
      section(heading, level: 1, line: block.firstLine)
      body(block.body, line: block.firstLine, lineCount: block.body.count)
      return
    }
    let words = heading.split(separator: " ").count
    if block.isStandaloneHeading, heading.hasSuffix(":") {
      closeAssignment()
      listParent = heading
      section(heading, level: 3, line: block.firstLine)
    } else if block.isStandaloneHeading {
      startGoal(heading, line: block.firstLine)
    } else if let parent = listParent, words <= 3 {
      startAssignment(parent + " " + heading, line: block.firstLine, level: 4)
      body(block.body, line: block.firstLine, lineCount: block.body.count)
    } else if words == 1 {
      // A focus area printed directly above its assignments, which have no descriptions.
      startGoal(heading, line: block.firstLine)
      bareAssignments = true
      body(block.body, line: block.lines.dropFirst(block.headingCount).first?.number ?? block.firstLine,
        lineCount: block.body.count)
    } else {
      listParent = nil
      bareAssignments = false
      startAssignment(heading, line: block.firstLine, level: 3)
      body(block.body, line: block.firstLine, lineCount: block.body.count)
    }
  }

  mutating func startGoal(_ title: String, line: Int) {
    closeAssignment()
    listParent = nil
    bareAssignments = false
    goal = title
    extraction.goals.append(GoalRecord(number: "", title: title, level: 1, line: line))
    section(title, level: 2, line: line)
  }

  mutating func startAssignment(_ text: String, line: Int, level: Int) {
    closeAssignment()
    if goal == nil {
      extraction.warnings.append(ReportWarning(message: "assignment '\(text.prefix(60))' before any focus area", line: line))
    }
    assignments.append(AssignmentDraft(goal: goal ?? "", text: text, description: [], line: line))
    current = assignments.count - 1
    section(text, level: level, line: line)
  }

  mutating func closeAssignment() { current = nil }

  mutating func section(_ heading: String, level: Int, line: Int) {
    sections.append(SectionDraft(heading: heading, level: level, text: [], line: line))
  }

  mutating func body(_ lines: [String], line: Int, lineCount: Int) {
    guard !lines.isEmpty else { return }
    if bareAssignments, lines.count <= 2, let last = lines.last, last.hasSuffix(".") {
      let text = LineJoining.join(lines)
      startAssignment(text, line: line, level: 3)
      closeAssignment()
      return
    }
    let paragraph = LineJoining.join(lines)
    if let c = current, assignments.indices.contains(c) { assignments[c].description.append(paragraph) }
    if let last = sections.indices.last { sections[last].text.append(paragraph) }
  }

  func finish() -> Extraction {
    var result = extraction
    for a in assignments {
      let description = a.description.joined(separator: " ")
      result.assignments.append(
        AssignmentRecord(
          goal: a.goal, text: a.text, status: nil, comment: description.isEmpty ? nil : description,
          line: a.line))
    }
    for s in sections {
      result.sections.append(
        SectionRecord(number: "", heading: s.heading, level: s.level, text: s.text.joined(separator: " "), line: s.line))
    }
    return result
  }
}
