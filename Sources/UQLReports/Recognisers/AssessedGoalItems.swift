/// Finds goals printed as items under an area of goals, each followed by its assessment in a
/// paragraph of its own:
///
///     ## Fokusområde 1 – Kultur i hela länet
///     1. Kulturutbudet ska vara tillgängligt i alla länets kommuner.
///     **Status:** Grön – Regionteatern och Länsmuseet har haft verksamhet i samtliga kommuner …
///     Samarbetet med kommunernas kulturchefer har formaliserats …
///
/// The heading names goals set above the items (`Fokusområde`, `Målområde`, `Strategiskt mål`,
/// `KF-mål`), or introduces them (`Nämndens mål`). An item is a list item, or a paragraph of one
/// sentence where the converter lost the list's marks (docx2txt), directly over a paragraph
/// labelled as an assessment (`Status:`, `Bedömning:`) whose first sentence or words before a dash
/// the vocabulary knows. The item is a goal of kind `Mål`; its assessment is that status, the rest
/// of the paragraph and the prose after it, up to the next item or heading, its comment. (The area's
/// heading is no goal assessed by its items' statuses.)
enum AssessedGoalItems {
  static func recognise(_ document: Document, claimed: [ClosedRange<Int>], assessments: inout AssessmentReader)
    -> (goals: [GoalRecord], used: [ClosedRange<Int>])
  {
    var goals: [GoalRecord] = []
    var used: [ClosedRange<Int>] = []
    let blocks = document.blocks
    var underArea = false
    var b = 0
    while b < blocks.count {
      let block = blocks[b]
      if case .heading = block.kind {
        underArea = namesGoalsAbove(block.text)
        b += 1
        continue
      }
      guard underArea, isItem(block), b + 1 < blocks.count, blocks[b + 1].kind == .paragraph,
        let printed = FollowUpVocabulary.inlineAssessment(blocks[b + 1].text),
        !claimed.contains(where: { $0.overlaps(block.lines.lowerBound...blocks[b + 1].lines.upperBound) })
      else {
        b += 1
        continue
      }
      let (status, told) = StatusVocabulary.statusAndComment(printed)
      guard StatusVocabulary.knownGoalStatus(status) != nil else {
        b += 1
        continue
      }
      var comment = told.map { [$0] } ?? []
      var last = b + 1
      // The prose after it, up to the next item or heading.
      while last + 1 < blocks.count, blocks[last + 1].kind == .paragraph, !isItem(blocks[last + 1]) || !assessedBelow(blocks, last + 1),
        comment.count < 6
      {
        last += 1
        comment.append(blocks[last].text)
      }
      let line = block.lines.lowerBound
      goals.append(
        GoalRecord(
          number: "", title: block.text, level: 1, line: line, parent: nil, kind: "Mål", assessment: status,
          status: assessments.goal(status, line: line, hasColumn: true), comment: comment.isEmpty ? nil : LineJoining.join(comment)))
      used.append(block.lines.lowerBound...blocks[last].lines.upperBound)
      b = last + 1
    }
    return (goals, used)
  }

  /// Whether a heading names goals set above the ones listed under it (`Fokusområde 1 – …`,
  /// `Målområde: …`, `KF-mål 2: …`), or introduces a list of goals (`Nämndens mål`).
  static func namesGoalsAbove(_ heading: String) -> Bool {
    if let kind = FollowUpVocabulary.goalHeading(heading)?.kind { return FollowUpVocabulary.ranksAbove(kind, "mål") }
    return GoalLists.introducedKind(heading) != nil
  }

  /// A list item, or a paragraph of one sentence that can be a goal (a capital, three words, at
  /// most 200 characters, no label).
  static func isItem(_ block: DocumentBlock) -> Bool {
    let text = block.text
    guard text.count <= 250, text.split(separator: " ").count >= 3, text.first?.isUppercase == true,
      FollowUpVocabulary.inlineAssessment(text) == nil
    else { return false }
    if case .listItem = block.kind { return true }
    return block.kind == .paragraph && text.count <= 200 && !text.dropLast().contains(". ")
  }

  /// Whether the block at `i` is followed by an assessment paragraph (an item of its own).
  static func assessedBelow(_ blocks: [DocumentBlock], _ i: Int) -> Bool {
    i + 1 < blocks.count && blocks[i + 1].kind == .paragraph && FollowUpVocabulary.inlineAssessment(blocks[i + 1].text) != nil
  }
}
