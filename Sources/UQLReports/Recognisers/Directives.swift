/// Finds directives (direktiv) reported on in the text: a title line naming one
/// (`Kommunfullmäktiges direktiv – Innovation och omställning till nya arbetssätt`, `Direktiv:
/// Digitalisering`), the directive's text below it (`Nämnderna … får i uppdrag att …`), and the
/// nämnd's report on it under `Sammanfattning av nämndens arbete med direktivet`, which is the
/// assignment's comment. A directive a goal table already lists (`DIREKTIV - INNOVATION …`) is
/// that assignment, not a second one.
enum Directives {
  static let owners = ["kommunfullmäktiges", "fullmäktiges", "regionfullmäktiges", "nämndens", "kf:s", "styrelsens"]

  /// Whether a line is a directive's title.
  static func isTitle(_ text: String) -> Bool {
    guard text.count <= 140, let last = text.last, !".,;".contains(last) else { return false }
    let words = text.lowercasedText().split { $0 == " " || $0 == ":" }.map(String.init)
    guard let first = words.first else { return false }
    if first == "direktiv" || first == "kf-direktiv" { return words.count >= 2 }
    return owners.contains(first) && words.count >= 3 && words[1] == "direktiv"
  }

  /// Whether a line introduces the report on a directive.
  static func isSummary(_ text: String) -> Bool {
    let t = text.lowercasedText()
    return text.count <= 90 && t.hasPrefix("sammanfattning av") && t.contains("direktiv")
  }

  static func recognise(_ document: Document, lines: [SourceLine], into assignments: inout [AssignmentRecord]) {
    let (stops, skipped) = document.boundaries
    let content = lines.filter { !skipped.contains($0.number) && !$0.isBlank }
    for (k, line) in content.enumerated() where isTitle(line.collapsed) && !document.isInTable(line.number) {
      var comment: [String] = []
      var summarising = false
      for next in content[(k + 1)...] {
        if stops.contains(next.number) || isTitle(next.collapsed) { break }
        if isSummary(next.collapsed) {
          summarising = true
          continue
        }
        if summarising { comment.append(next.collapsed) }
      }
      let report = comment.isEmpty ? nil : LineJoining.join(comment)
      let title = line.collapsed
      if let listed = assignments.firstIndex(where: { names($0.text, title) }) {
        if assignments[listed].comment == nil { assignments[listed].comment = report }
      } else {
        assignments.append(AssignmentRecord(goal: "", text: title, status: nil, comment: report, line: line.number))
      }
    }
  }

  /// Whether an assignment listed as `DIREKTIV - INNOVATION …` is the directive titled
  /// `Kommunfullmäktiges direktiv – Innovation …`: the same words after the word direktiv.
  static func names(_ listed: String, _ title: String) -> Bool {
    func afterWord(_ s: String) -> String {
      let key = FollowUpBlocks.key(s)
      guard let range = key.range(of: "direktiv") else { return key }
      return String(key[range.upperBound...])
    }
    let a = afterWord(listed)
    let b = afterWord(title)
    return a.count >= 8 && a == b
  }
}
