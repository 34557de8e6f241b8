/// Finds goals that a report prints as headings naming them, in any text form:
///
///     3.1 Mål: God tillgänglighet
///     ### 2.1 Strategiskt mål: En trygg kommun
///     Delmål 1.2 Ökad tillgänglighet
///     Fokusområde – Attraktiv arbetsgivare
///
/// The heading starts with a goal word of the vocabulary (`mål`, `delmål`, `strategiskt mål`,
/// `nämndmål`, `fokusområde` …), optionally after its section number and before a number of its
/// own, and the goal's title follows after `:`, a dash or the number. The goal word as printed is
/// its kind. A goal heading under another (deeper level) is its sub-goal. An inline assessment
/// (`Bedömning: Målet är delvis uppfyllt`, `Måluppfyllelse: Uppfyllt`) under the heading is the
/// goal's; the prose under it, up to the next heading or table, is its comment. Activities and
/// assignments read from the tables under a goal heading belong to that goal when their table
/// names none.
enum GoalHeadings {
  struct Result {
    var goals: [GoalRecord] = []
    /// Each goal heading's title and the lines up to the next heading at its level or above.
    var spans: [(title: String, lines: ClosedRange<Int>)] = []
    var used: [ClosedRange<Int>] = []
  }

  /// Labels of an inline assessment, lower-case.
  static let assessmentLabels = [
    "bedömning", "samlad bedömning", "nämndens bedömning", "måluppfyllelse", "status", "målstatus",
    "bedömning av måluppfyllelse",
  ]

  /// Goal words, longest first: `strategiskt mål` before `mål`.
  static let goalWords = FollowUpVocabulary.goalWords.sorted { $0.count > $1.count }
  static let separators: Set<Character> = [":", "–", "—", "-"]

  /// The kind and title of a heading that names a goal, or nil: a goal word, its own number or
  /// a separator, and a title starting in a capital (`Mål och aktiviteter` and `Mål – uppföljning`
  /// name none).
  static func goal(in heading: String) -> (kind: String, title: String)? {
    let lower = heading.lowercased()
    guard let word = goalWords.first(where: { lower.hasPrefix($0) }) else { return nil }
    var rest = heading.dropFirst(word.count)
    // The goal word ends there (`Målområde` is no `Mål`).
    guard let next = rest.first, next == " " || separators.contains(next) else { return nil }
    rest = rest.drop { $0 == " " }
    let number = rest.prefix { $0.isNumber || $0 == "." }
    let numbered = number.first?.isNumber == true
    if numbered { rest = rest.dropFirst(number.count).drop { $0 == " " } }
    let separated = rest.first.map { separators.contains($0) } ?? false
    if separated { rest = rest.dropFirst().drop { $0 == " " } }
    let title = HTMLText.collapse(String(rest))
    guard numbered || separated, let first = title.first, first.isUppercase else { return nil }
    return (String(heading.prefix(word.count)), title)
  }

  static func recognise(_ document: Document, assessments: inout AssessmentReader) -> Result {
    var result = Result()
    var open: [(level: Int, goal: Int)] = []  // goal headings enclosing the current block
    var current: Int?  // the goal whose heading is the latest heading
    var comment: [Int: [String]] = [:]
    let blocks = document.blocks
    for (b, block) in blocks.enumerated() {
      switch block.kind {
      case .heading(let number, let level):
        while let last = open.last, last.level >= level { open.removeLast() }
        current = nil
        guard let (kind, title) = goal(in: block.text) else { continue }
        let parent = open.last.map { result.goals[$0.goal].title }
        result.goals.append(
          GoalRecord(
            number: number ?? "", title: title, level: open.count + 1, line: block.lines.lowerBound, parent: parent,
            kind: kind, assessment: nil, status: nil, comment: nil))
        open.append((level, result.goals.count - 1))
        current = result.goals.count - 1
        let end = blocks[(b + 1)...].first {
          if case .heading(_, let l) = $0.kind { return l <= level }
          return false
        }.map { $0.lines.lowerBound - 1 } ?? (blocks.last?.lines.upperBound ?? block.lines.upperBound)
        result.spans.append((title, block.lines.lowerBound...max(block.lines.lowerBound, end)))
      case .paragraph:
        guard let g = current else { continue }
        if result.goals[g].assessment == nil, let printed = inlineAssessment(block.text) {
          result.goals[g].assessment = printed
          result.goals[g].status = assessments.goal(printed, line: block.lines.lowerBound, hasColumn: true)
          result.used.append(block.lines)
        } else {
          comment[g, default: []].append(block.text)
        }
      case .table:
        current = nil
      default:
        continue
      }
    }
    for (g, text) in comment {
      result.goals[g].comment = LineJoining.join(text)
    }
    return result
  }

  /// The assessment an inline label gives (`Bedömning: Målet är delvis uppfyllt` → the phrase).
  static func inlineAssessment(_ text: String) -> String? {
    guard let colon = text.firstIndex(of: ":") else { return nil }
    let label = HTMLText.collapse(String(text[..<colon])).lowercased()
    guard assessmentLabels.contains(label) else { return nil }
    let value = HTMLText.collapse(String(text[text.index(after: colon)...]))
    return value.isEmpty ? nil : value
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
