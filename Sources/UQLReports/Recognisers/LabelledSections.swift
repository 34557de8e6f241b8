/// Finds goals and directives that goal-management systems (Stratsys, Hypergene) print as a
/// heading followed by labelled fields:
///
///     2.2.1 Utbildningen ska stimulera till ökad trygghet, glädje och fysisk aktivitet
///     Beslutats av
///     Nämnd
///     Nämndens bedömning
///     Vi har inte nått målet men är på rätt väg
///     Kommentar på nämndmål
///     Aktiviteter kopplade till målet är alla pågående …
///
/// A heading with a `Beslutats av`, an assessment or a goal's comment label is a goal; under a
/// chapter on directives (or titled `Direktiv – …`, or reported on "arbete med direktivet") it is
/// an assignment. The value of a label is the text up to the next label or heading; a comment
/// runs on over unnumbered sub-headings up to the next numbered heading or table.
enum LabelledSections {
  struct Result {
    var goals: [GoalRecord] = []
    var assignments: [AssignmentRecord] = []
    /// The lines of the labels and values that went into a record.
    var used: [ClosedRange<Int>] = []
  }

  /// A heading and the labelled fields under it.
  struct Section {
    var number: String?
    var title: String
    var level: Int
    var line: Int
    var fields: [(field: FollowUpVocabulary.Field, label: String, value: [String], lines: ClosedRange<Int>)] = []
  }

  /// - Parameter claimed: Lines another reader took into records (a block of entries under a
  ///   header `Verksamhetsmål` / `Bedömning` whose words stand on lines of their own): a label
  ///   there is the block's header, not a field of the heading above.
  static func recognise(
    _ document: Document, claimed: [ClosedRange<Int>] = [], assessments: inout AssessmentReader
  ) -> Result {
    var result = Result()
    var nearest: String?  // the nearest heading above without fields
    var chapters: [String: String] = [:]  // number → title of a heading without fields
    var goalsByNumber: [String: Int] = [:]  // number → index in result.goals
    for var section in sections(document) {
      section.fields.removeAll { field in claimed.contains { $0.overlaps(field.lines) } }
      guard !section.fields.isEmpty else {
        nearest = section.title
        if let number = section.number { chapters[number] = section.title }
        continue
      }
      // A numbered section's chapter is the heading its number is under (`4 Uppföljning direktiv`
      // for `4.2`, past `4.1.6`); an unnumbered one's the nearest above.
      let chapter = section.number.flatMap { number in SectionNumber.ancestors(of: number).lazy.compactMap { chapters[$0] }.first }
        ?? nearest
      let labels = section.fields.map(\.label).joined(separator: " ").lowercasedText()
      // An assessment label decides only with an assessment under it: a paragraph of prose under
      // `Måluppfyllelse` (a chapter's title, explaining the scale) is none.
      let decided = section.fields.contains { field in
        field.field == .decidedBy
          || field.field == .assessment && (field.value.first.map { $0.count <= 150 } ?? true)
      }
      guard decided || labels.contains("målet") || labels.contains("nämndmål") || namesDirective(section.title)
      else { continue }
      let value = { (field: FollowUpVocabulary.Field) -> String? in
        let values = section.fields.filter { $0.field == field }.map { LineJoining.join($0.value) }
        let text = values.filter { !$0.isEmpty }.joined(separator: "\n")
        return text.isEmpty ? nil : text
      }
      // The assessment is the first paragraph under its label (`Målet bedöms uppfyllas helt.`);
      // prose after it, where no comment label follows, is the comment.
      // Prose that cannot be an assessment is all comment (the assessment's icon was an image).
      let assessed = section.fields.first { $0.field == .assessment && !$0.value.isEmpty }?.value ?? []
      let assessment = assessed.first.flatMap { FollowUpVocabulary.mayBeAssessment($0) ? $0 : nil }
      let prose = assessment == nil ? assessed : Array(assessed.dropFirst())
      let comment = value(.comment) ?? (prose.isEmpty ? nil : LineJoining.join(prose))
      let hasAssessment = section.fields.contains { $0.field == .assessment }
      // `Nämndmål: Fler stockholmare rör sig regelbundet`: the goal word is the kind.
      let named = FollowUpVocabulary.goalHeading(section.title)
      let title = named?.title ?? section.title
      result.used += section.fields.map(\.lines)
      if isDirective(section, labels: labels, chapter: chapter) {
        let status = assessments.goal(assessment, line: section.line, hasColumn: hasAssessment)
        let goal = section.number.flatMap { number in
          SectionNumber.ancestors(of: number).lazy.compactMap { goalsByNumber[$0] }.first
        }
        result.assignments.append(
          AssignmentRecord(
            goal: goal.map { result.goals[$0].title } ?? "", text: section.title, status: status,
            assessment: assessment, comment: comment, line: section.line))
        continue
      }
      let parent = section.number.flatMap { number in
        SectionNumber.ancestors(of: number).lazy.compactMap { goalsByNumber[$0] }.first
      }
      let goal = GoalRecord(
        number: section.number ?? "", title: title,
        level: parent.map { result.goals[$0].level + 1 } ?? 1, line: section.line,
        parent: parent.map { result.goals[$0].title },
        kind: value(.decidedBy).flatMap(kind(decidedBy:)) ?? named?.kind,
        assessment: assessment, status: assessments.goal(assessment, line: section.line, hasColumn: hasAssessment),
        comment: comment)
      if let number = section.number { goalsByNumber[number] = result.goals.count }
      result.goals.append(goal)
    }
    return result
  }

  /// The headings of `document` with the labelled fields under each.
  static func sections(_ document: Document) -> [Section] {
    var sections: [Section] = []
    var open: Int?  // index of the field whose value is being read
    var labelAbove = false  // whether the block above (furniture aside) is that field's label
    for block in document.blocks {
      defer { if block.isContent { labelAbove = block.isLabel } }
      switch block.kind {
      case .heading(let number, let level):
        // An unnumbered heading under a comment's label is the comment's own sub-heading, also
        // as its first line (`Sammanfattning av nämndens arbete med målet` / `Barnrättsligt
        // perspektiv i beslut` / prose).
        if number == nil, let k = open, let field = sections.last?.fields[k], field.field == .comment {
          sections[sections.count - 1].fields[k].value.append(block.text)
          continue
        }
        var section = Section(number: number, title: block.text, level: level, line: block.lines.lowerBound)
        open = nil
        // A label printed just above the heading (the converter took it out of its column)
        // labels the text under the heading.
        // (Not from under a heading naming a goal to one that does not: there the label is the
        // goal's, its value lost, as an icon is, and the heading a sub-heading of its text.)
        if labelAbove, let field = sections.last?.fields.last, field.value.isEmpty,
          FollowUpVocabulary.goalHeading(sections.last?.title ?? "") == nil || FollowUpVocabulary.goalHeading(block.text) != nil
        {
          sections[sections.count - 1].fields.removeLast()
          section.fields.append(field)
          open = 0
        }
        sections.append(section)
        continue
      case .label(let field):
        guard !sections.isEmpty else { continue }
        sections[sections.count - 1].fields.append((field, block.text, [], block.lines))
        open = sections[sections.count - 1].fields.count - 1
      case .paragraph, .listItem:
        guard let k = open else { continue }
        let last = sections.count - 1
        sections[last].fields[k].value.append(block.text)
        let lines = sections[last].fields[k].lines
        sections[last].fields[k].lines = lines.lowerBound...max(lines.upperBound, block.lines.upperBound)
      case .table:
        open = nil
      case .furniture:
        continue
      }
    }
    return sections
  }

  /// Whether a title names a directive or an assignment (`Direktiv – Innovation …`).
  static func namesDirective(_ title: String) -> Bool {
    let t = title.lowercasedText()
    return t.hasPrefix("direktiv") || t.hasPrefix("uppdrag") || Directives.isTitle(title)
  }

  /// Whether a labelled section reports on a directive or assignment rather than a goal.
  static func isDirective(_ section: Section, labels: String, chapter: String?) -> Bool {
    if namesDirective(section.title) || labels.contains("direktiv") || labels.contains("uppdraget") { return true }
    guard let chapter = chapter?.lowercasedText() else { return false }
    return chapter.contains("direktiv") || chapter.contains("uppdrag")
  }

  /// The kind of goal its decider gives: `Kommunfullmäktige` → `Kommunfullmäktiges mål`,
  /// `Nämnd` → `Nämndmål`; nil for a decider the vocabulary does not know.
  static func kind(decidedBy value: String) -> String? {
    let v = value.lowercasedText()
    if v.hasPrefix("kommunfullmäktige") { return "Kommunfullmäktiges mål" }
    if v.hasPrefix("regionfullmäktige") { return "Regionfullmäktiges mål" }
    if v.hasPrefix("kommunstyrelse") { return "Kommunstyrelsens mål" }
    if v.hasPrefix("regionstyrelse") { return "Regionstyrelsens mål" }
    if v.hasPrefix("nämnd") || v.hasSuffix("nämnd") || v.hasSuffix("nämnden") { return "Nämndmål" }
    return nil
  }
}
