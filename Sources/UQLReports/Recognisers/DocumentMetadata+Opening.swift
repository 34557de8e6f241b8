/// The opening of a text without page breaks (a Word document saved as text or markdown, an
/// excerpt), which stands in for its title page.
extension DocumentMetadata {
  /// The most lines an opening holds: a cover names a report in a few.
  static let openingLimit = 12

  /// The lines before the first numbered heading, markdown section heading (`##`, or a second
  /// `#`), table, list, field label, table of contents or line of prose; a paragraph's lines
  /// each on their own (`Region Exempel` / `Hälso- och sjukvårdsnämnden` / `Uppföljningsrapport
  /// augusti 2025`), except a line that continues the one before it.
  static func opening(_ document: Document, text: ReportText) -> [String] {
    var lines: [String] = []
    for block in document.blocks {
      if lines.count >= openingLimit { break }
      switch block.kind {
      case .furniture(.tableOfContents): return lines
      case .furniture: continue
      case .heading(let number, _):
        let raw = text.line(block.lines.lowerBound).trimmingCharacters(in: .whitespaces)
        // A subtitle naming the kind of report right under the title (docling prints `#
        // Bolaget AB` over `## Delårsrapport januari–augusti 2024`) is the cover's.
        if number == nil, raw.hasPrefix("##"), lines.count == 1, namesKind(block.text) {
          lines.append(block.text)
          continue
        }
        if number != nil || raw.hasPrefix("##") || (raw.hasPrefix("#") && !lines.isEmpty) { return lines }
        if block.text.count > 120 { return lines }
        lines.append(block.text)
      case .paragraph:
        let raw = block.lines.map { HTMLText.collapse(text.line($0)).trimmingCharacters(in: ["*", "_", " "]) }
          .filter { !$0.isEmpty }
        for (i, line) in raw.enumerated() {
          if isProse(line, next: i + 1 < raw.count ? raw[i + 1] : nil) { return lines }
          if i > 0, let last = lines.last, continues(last, with: line) {
            lines[lines.count - 1] = last + " " + line
          } else {
            lines.append(line)
          }
        }
      case .listItem, .label, .table: return lines
      }
    }
    return Array(lines.prefix(openingLimit))
  }

  /// Whether a short line names a kind of report (`Delårsrapport januari–augusti 2024`).
  static func namesKind(_ text: String) -> Bool {
    guard text.count <= 80 else { return false }
    let lower = text.lowercasedText()
    return FollowUpVocabulary.kinds.contains { $0.words.contains { lower.contains($0) } }
  }

  /// Whether `line` is prose rather than a cover line: long, a sentence of some words, or the
  /// start of one wrapped onto the next line.
  static func isProse(_ line: String, next: String?) -> Bool {
    let words = line.split(separator: " ").count
    if line.count > 100 { return true }
    if let last = line.last, ".!?".contains(last), words >= 4 { return true }
    return words >= 8 && next?.first?.isLowercase == true
  }

  /// Whether `line` continues `last` within one paragraph: it starts in lower case, `last` ends
  /// with a comma or dash, or `last` names a kind of report and `line` gives its number or year
  /// (`Uppföljningsrapport` / `2 januari-augusti`).
  static func continues(_ last: String, with line: String) -> Bool {
    if line.first?.isLowercase == true || last.hasSuffix(",") || last.hasSuffix("–") || last.hasSuffix("-") {
      return true
    }
    return line.first?.isNumber == true && MetadataInference.yearIn(last) == nil && namesKind(last)
  }
}
