/// Finds goals printed as a list under a heading that names them:
///
///     ### Övergripande mål i handlingsprogrammet
///       * Antalet döda och svårt skadade i bränder ska minska.
///       * Invånarna ska ha förmåga att förebygga och hantera olyckor i vardagen.
///
/// The heading is a goal word of the vocabulary (`Övergripande mål`, `Nämndens mål`, `Strategiska
/// mål`), alone or with a year or where the goals come from (`… i handlingsprogrammet`, `… för
/// 2024`); `Mål och måluppfyllelse` is a chapter, not a list's heading. Each item is a goal of the
/// heading's kind, at level 1, without an assessment (a list prints none).
enum GoalLists {
  /// The kind of goals a heading introduces (`Övergripande mål`), or nil.
  static func introducedKind(_ heading: String) -> String? {
    let text = SectionNumber.split(heading)?.rest ?? heading
    let lower = text.lowercasedText()
    guard lower.utf8.count <= 80,
      let word = FollowUpVocabulary.goalWordsLongestFirst.first(where: { lower.hasPrefix($0) })
    else { return nil }
    let rest = lower.dropFirst(word.count).trimmingCharacters(in: [" ", ":"])
    let words = rest.split(separator: " ")
    let fits =
      words.isEmpty
      || words.count == 1 && words[0].allSatisfy { $0.isNumber || "–-".contains($0) }
      || words.count <= 5 && FollowUpVocabulary.originWords.contains(String(words[0]))
    guard fits else { return nil }
    return String(text.prefix(word.count))
  }

  /// The kind of goals a paragraph ending in a colon introduces by its last words (`Bolaget
  /// bidrar till följande av kommunfullmäktiges övergripande mål:`), capitalised, or nil.
  static func introducedInProse(_ text: String) -> String? {
    guard text.hasSuffix(":"), text.utf8.count <= 600 else { return nil }
    let lower = String(text.dropLast()).lowercasedText().trimmingCharacters(in: [" "])
    guard let word = FollowUpVocabulary.goalWordsLongestFirst.first(where: { lower.hasSuffix(" " + $0) }) else { return nil }
    return word.prefix(1).uppercased() + word.dropFirst()
  }

  static func recognise(_ document: Document, claimed: [ClosedRange<Int>]) -> (goals: [GoalRecord], used: [ClosedRange<Int>]) {
    var goals: [GoalRecord] = []
    var used: [ClosedRange<Int>] = []
    let blocks = document.blocks
    var b = 0
    while b < blocks.count {
      let block = blocks[b]
      b += 1
      let kind: String
      if case .heading = block.kind, let named = introducedKind(block.text) {
        kind = named
      } else if case .paragraph = block.kind, b < blocks.count, case .listItem = blocks[b].kind,
        let named = introducedInProse(block.text)
      {
        kind = named
      } else {
        continue
      }
      // A sentence introducing the list may come between (`Målen är:`).
      if b + 1 < blocks.count, blocks[b].kind == .paragraph, blocks[b].text.hasSuffix(":"), case .listItem = blocks[b + 1].kind {
        b += 1
      }
      while b < blocks.count, case .listItem = blocks[b].kind {
        let item = blocks[b]
        b += 1
        let text = item.text.trimmingCharacters(in: [" "])
        guard text.split(separator: " ").count >= 3, text.first?.isUppercase == true, text.count <= 250,
          !claimed.contains(where: { $0.overlaps(item.lines) })
        else { continue }
        goals.append(
          GoalRecord(
            number: "", title: text, level: 1, line: item.lines.lowerBound, parent: nil, kind: kind, assessment: nil,
            status: nil, comment: nil))
        used.append(item.lines)
      }
    }
    return (goals, used)
  }
}
