/// Builds the records of the 003 layout line by line, remembering the open assignment and
/// activity so that rows continued after a page break extend them instead of starting new ones.
struct HTMLTableBuilder {
  struct AssignmentDraft {
    var goal: String
    var text: [String]
    var status: AssignmentStatus
    var symbol: String?
    var comment: [String]
    var line: Int
  }

  struct ActivityDraft {
    var goal: String
    var assignment: Int?
    var text: [String]
    var status: ActivityStatus
    var symbol: String?
    var line: Int
  }

  var extraction: Extraction
  var goal = ""
  var assignments: [AssignmentDraft] = []
  var activities: [ActivityDraft] = []
  var current: Int?
  /// The first row after a (repeated) table header may continue the row before the break.
  var afterHeader = false
  var seenHeading = false

  init(layout: Layout) { extraction = Extraction(layout: layout) }

  mutating func consume(_ line: String, number: Int) {
    // Collapsed only where it is read: most lines are table rows, read from the line itself.
    guard !Whitespace.isAllUnicodeWhitespace(line) else { return }
    lazy var trimmed = HTMLText.collapse(line)
    if HTMLTableExtractor.isHeader(line) {
      extraction.mark(number...number, as: .boilerplate)
      afterHeader = true
      return
    }
    if !TextSearch.contains(line, "\t"), let (nr, title) = SectionNumber.split(trimmed) {
      heading(number: nr, title: title, line: number)
      return
    }
    if let row = Row(line) {
      consume(row, line: number)
      extraction.mark(number...number, as: .record)
      afterHeader = false
      return
    }
    if !seenHeading, isPreamble(trimmed) {
      extraction.mark(number...number, as: .boilerplate)
      if extraction.metadata.title == nil, trimmed.lowercasedText().hasPrefix("bilaga") {
        extraction.metadata.title = trimmed
      }
    }
  }

  /// Title and legend lines before the first goal.
  func isPreamble(_ line: String) -> Bool {
    let l = line.lowercasedText()
    return l.hasPrefix("bilaga") || l.hasPrefix("måluppfyllnaden")
      || (l.hasPrefix("- ") && (l.contains("uppdraget") || l.contains("aktiviteten")))
  }

  mutating func heading(number nr: String, title: String, line: Int) {
    seenHeading = true
    goal = title
    current = nil
    let level = max(1, SectionNumber.depth(nr) - 1)
    extraction.goals.append(GoalRecord(number: nr, title: title, level: level, line: line))
    extraction.sections.append(
      SectionRecord(number: nr, heading: title, level: SectionNumber.depth(nr), text: "", line: line))
    extraction.mark(line...line, as: .record)
  }

  mutating func consume(_ row: Row, line: Int) {
    var startedHere = false
    let first = HTMLText.plain(row.assignment)
    if !first.isEmpty {
      if let (symbol, rest) = Row.leadingSymbol(first), let status = Row.assignmentSymbols[symbol] {
        startAssignment(text: rest, status: status, symbol: String(symbol), line: line)
        startedHere = true
      } else if let (symbol, rest) = Row.leadingSymbol(first), let status = Row.activitySymbols[symbol] {
        extraction.warnings.append(
          ReportWarning(message: "activity '\(rest)' printed in the assignment column", line: line))
        addActivity(text: rest, status: status, symbol: String(symbol), line: line)
      } else if afterHeader, let c = current, continues(assignment: c, with: first) {
        assignments[c].text.append(first)
      } else {
        // An assignment whose icon was lost in extraction.
        startAssignment(text: first, status: .okänd, line: line)
        startedHere = true
      }
    }
    let comment = HTMLText.plain(row.comment)
    if !comment.isEmpty {
      if let c = current {
        assignments[c].comment.append(comment)
      } else {
        extraction.warnings.append(
          ReportWarning(message: "comment without an assignment: '\(comment.prefix(60))'", line: line))
      }
    }
    _ = startedHere
    for item in Row.activityItems(row.activities) {
      if let (symbol, rest) = Row.leadingSymbol(item.text), let status = Row.activitySymbols[symbol] {
        addActivity(text: rest, status: status, symbol: String(symbol), line: line)
      } else if !item.listed, let last = activities.indices.last {
        activities[last].text.append(item.text)
      } else {
        // A list item whose icon was lost in extraction.
        addActivity(text: item.text, status: .okänd, line: line)
      }
    }
  }

  /// Whether `text`, first in a row after a page break, completes the open assignment rather
  /// than starting one whose icon was lost: the assignment has no text yet, or `text` starts
  /// in lower case.
  func continues(assignment index: Int, with text: String) -> Bool {
    guard assignments.indices.contains(index) else { return false }
    if assignments[index].text.isEmpty { return true }
    return text.first?.isLowercase ?? false
  }

  mutating func startAssignment(text: String, status: AssignmentStatus, symbol: String? = nil, line: Int) {
    assignments.append(
      AssignmentDraft(
        goal: goal, text: text.isEmpty ? [] : [text], status: status, symbol: symbol, comment: [], line: line))
    current = assignments.count - 1
  }

  mutating func addActivity(text: String, status: ActivityStatus, symbol: String? = nil, line: Int) {
    if current == nil {
      extraction.warnings.append(
        ReportWarning(message: "activity '\(text.prefix(60))' before any assignment", line: line))
    }
    activities.append(
      ActivityDraft(goal: goal, assignment: current, text: [text], status: status, symbol: symbol, line: line))
  }

  /// Warnings for assignments printed twice in one section and for a comment that is a cut-off
  /// copy of the next assignment's comment: both leave the activities' owner in doubt.
  static func duplicates(_ assignments: [AssignmentRecord]) -> [ReportWarning] {
    var warnings: [ReportWarning] = []
    var seen: [String: Int] = [:]
    for (i, a) in assignments.enumerated() {
      let key = a.goal + "\u{1F}" + a.text
      if !a.text.isEmpty, let first = seen[key] {
        warnings.append(ReportWarning(message: "assignment '\(a.text.prefix(60))' printed again (first on line \(first))", line: a.line))
      } else {
        seen[key] = a.line
      }
      let next = i + 1
      // The prefix test first: it fails fast, where counting characters walks both comments.
      guard assignments.indices.contains(next), let mine = a.comment, let theirs = assignments[next].comment,
        theirs.hasPrefix(mine), mine.count >= 40, mine.count < theirs.count
      else { continue }
      warnings.append(
        ReportWarning(
          message: "comment is a cut-off copy of the comment on line \(assignments[next].line)", line: a.line))
    }
    return warnings
  }

  func finish() -> Extraction {
    var result = extraction
    let texts = assignments.map { LineJoining.join($0.text) }
    for (i, a) in assignments.enumerated() {
      let comment = LineJoining.join(a.comment)
      result.assignments.append(
        AssignmentRecord(
          goal: a.goal, text: texts[i], status: a.status, assessment: a.symbol, comment: comment.isEmpty ? nil : comment,
          line: a.line))
    }
    result.warnings += HTMLTableBuilder.duplicates(result.assignments)
    // In line order; a stable sort keeps warnings of one line in the order they were found.
    result.warnings = result.warnings.enumerated()
      .sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
      .map(\.element)
    for a in activities {
      let assignment = a.assignment.flatMap { texts.indices.contains($0) ? texts[$0] : nil } ?? ""
      result.activities.append(
        ActivityRecord(
          goal: a.goal, assignment: assignment, text: LineJoining.join(a.text), status: a.status,
          assessment: a.symbol, comment: nil, line: a.line))
    }
    return result
  }
}
