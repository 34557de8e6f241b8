extension CollapsedTableForm {
  /// Whether a header word is a column word of either vocabulary (`Nettokostnad`, `Intäkter`).
  static func isAnyColumnWord(_ word: String) -> Bool {
    let lower = word.lowercasedText()
    return columnWords.contains(lower) || FollowUpVocabulary.columnWords.contains(lower)
  }

  /// A header of two lines whose cells wrapped, its positions lost (pdfplumber's text): the upper
  /// line the wrapped cells' first words (`Nettokostnad Avvikelse mot Nettokostnad`), the lower
  /// the first column's word and every column's last or only words (`Verksamhetsområde Intäkter
  /// 2024 Kostnader 2024 2024 Budget 2024 budget 2023`). A year alone or a word in lower case on
  /// the lower line ends a wrapped cell, whose first words are the upper line's, in order: one
  /// each. A header only right over a row of as many values as columns.
  static func wrappedCellsHeader(_ lines: [SourceLine], at i: Int, usable: (Int) -> Bool) -> Header? {
    let upper = lines[i].collapsed
    // (Most lines are ruled out by their length, first letter and digits.)
    guard upper.utf8.count <= 80, i + 2 < lines.count, usable(i + 1), usable(i + 2), upper.first?.isUppercase == true,
      !upper.utf8.contains(where: { (0x30...0x39).contains($0) }), !lines[i + 1].isBlank
    else { return nil }
    // The upper line's parts: each a column word, then words in lower case (`Avvikelse mot`).
    var parts: [String] = []
    for token in upper.split(separator: " ").map(String.init) {
      if token.first?.isUppercase == true, isAnyColumnWord(token) {
        parts.append(token)
      } else if token.first?.isLowercase == true, let last = parts.popLast() {
        parts.append(last + " " + token)
      } else {
        return nil
      }
    }
    let tokens = lines[i + 1].collapsed.split(separator: " ").map(String.init)
    guard let start = tokens.firstIndex(where: { isAnyColumnWord($0) || year($0) != nil }), (1...3).contains(start),
      tokens[0].first?.isUppercase == true, !tokens[..<start].joined().contains(where: \.isNumber)
    else { return nil }
    var labels: [String] = []
    var wrapped: [Int] = []
    var open = false  // whether the last label is a column word still without its year
    for token in tokens[start...] {
      if token.first?.isUppercase == true, isAnyColumnWord(token) {
        labels.append(token)
        open = true
      } else if open, let last = labels.popLast(), year(token) != nil || token.first?.isLowercase == true {
        labels.append(last + " " + token)
        open = year(token) == nil
      } else if year(token) != nil || token.first?.isLowercase == true {
        // A wrapped cell's end (`2024` under `Nettokostnad`, `budget` under `Avvikelse mot`).
        wrapped.append(labels.count)
        labels.append(token)
        open = false
      } else {
        return nil
      }
    }
    guard !wrapped.isEmpty, wrapped.count == parts.count, labels.count >= 2 else { return nil }
    for (part, at) in zip(parts, wrapped) { labels[at] = part + " " + labels[at] }
    guard let row = values(lines[i + 2].trimmed, columns: labels.count), row.values.count == labels.count,
      row.label.first?.isLetter == true
    else { return nil }
    return Header(first: tokens[..<start].joined(separator: " "), labels: labels, end: i + 2, main: i + 1)
  }
}
