import UQLValues

/// Joins the lines of a column header that a narrow column wrapped, the way a reader reads it:
/// `Årsbudget` + `2024` is "Årsbudget 2024", `Helårspr` + `ognos` is "Helårsprognos" (a break
/// inside a word of the follow-up vocabulary), `Budget-` + `avvikelse` is "Budgetavvikelse".
enum HeaderText {
  /// Joins header parts (rows of one column, or `<br>` lines of one cell).
  static func join(_ parts: [String]) -> String {
    let pieces = parts.flatMap { $0.split(separator: "\n").map { withoutEmphasis(HTMLText.collapse(String($0))) } }
      .filter { !$0.isEmpty }
    var result = ""
    for piece in pieces {
      if result.isEmpty {
        result = piece
      } else if gluesHyphen(result, piece) {
        result.removeLast()
        result += piece
      } else if result.hasSuffix("-"), let first = piece.first, first.isUppercase || first.isNumber {
        result += piece  // `Jan-` + `Apr 2024`: a range or compound that keeps its hyphen
      } else if result.hasSuffix("–") || result.hasSuffix("-"),
        Tidpunkt.month(named: String(piece.prefix { $0.isLetter }).lowercasedText()) != nil
      {
        result += piece  // `Utfall jan–` + `aug 2024`: a range of months
      } else if breaksWord(result, piece) {
        result += piece
      } else {
        result += " " + piece
      }
    }
    return result
  }

  /// A header cell's line without the markdown emphasis around it (`**Nämndmål**`, as
  /// pymupdf4llm prints a table's header): markup, not the column's name.
  /// (The marks are asked first: counting a line's characters walks all of it, and most lines
  /// have no emphasis.)
  static func withoutEmphasis(_ text: String) -> String {
    for mark in ["**", "__"] where text.hasPrefix(mark) && text.hasSuffix(mark) && text.count > 4 {
      let inner = text.dropFirst(2).dropLast(2)
      guard !inner.contains(mark) else { break }
      return HTMLText.collapse(String(inner))
    }
    return text
  }

  /// `Budget-` + `avvikelse`: a hyphen before a lower-case word is a word break.
  static func gluesHyphen(_ before: String, _ after: String) -> Bool {
    guard before.hasSuffix("-"), before.count >= 2 else { return false }
    let stem = before.dropLast()
    guard let last = stem.last, last.isLetter, let first = after.first, first.isLowercase else {
      return false
    }
    return !LineJoining.conjunctions.contains(after.prefix { $0.isLetter }.lowercasedText())
  }

  /// Whether `after` completes a vocabulary word that `before` breaks off (`Helårspr` + `ognos`).
  static func breaksWord(_ before: String, _ after: String) -> Bool {
    guard let first = after.first, first.isLowercase, let last = before.last, last.isLetter else {
      return false
    }
    let head = before.split(separator: " ").last.map { $0.lowercasedText() } ?? ""
    let tail = after.split(separator: " ").first.map { $0.lowercasedText() } ?? ""
    let joined = head + tail
    // (A column of notes so narrow that its word breaks, `No` / `t`.)
    if joined == "not", !before.contains(" "), !after.contains(" ") { return true }
    return FollowUpVocabulary.columnWords.contains { word in
      joined.hasSuffix(word) && tail.count < word.count && !FollowUpVocabulary.columnWords.contains(tail)
    }
  }

  /// A first row that a converter printed into the header on one line each (docling: `Mätetal
  /// Antal anmärkningar … | Utfall 2022 0 | Utfall 2023 1 | Målvärde 2024 –`): a first cell of a
  /// measure word and a label, and every other filled cell a dated column word and a number or
  /// a dash. Returns the headers and the row, or nil.
  static func splitOneLineRow(_ columns: [String]) -> (columns: [String], row: [String])? {
    guard columns.count >= 3, !columns.contains(where: { $0.contains("\n") }) else { return nil }
    let first = columns[0].split(separator: " ", maxSplits: 1).map(String.init)
    guard first.count == 2, FollowUpVocabulary.measureWords.contains(first[0].lowercasedText()),
      first[1].first?.isUppercase == true
    else { return nil }
    var heads = [first[0]]
    var row = [first[1]]
    for column in columns.dropFirst() {
      guard !column.isEmpty else {
        heads.append("")
        row.append("")
        continue
      }
      guard let space = column.lastIndex(of: " ") else { return nil }
      let head = String(column[..<space])
      let value = String(column[column.index(after: space)...])
      let words = head.lowercasedText().split(separator: " ")
      guard CollapsedTableForm.year(String(words.last ?? "")) != nil,
        words.first.map({ FollowUpVocabulary.columnWords.contains(String($0)) }) == true
      else { return nil }
      if ["–", "-", "−", "..", "…"].contains(value) {
        row.append("")
      } else if SwedishNumber.parse(value) != nil, CollapsedTableForm.year(value) == nil {
        row.append(value)
      } else {
        return nil
      }
      heads.append(head)
    }
    guard row.dropFirst().contains(where: { !$0.isEmpty }) else { return nil }
    return (heads, row)
  }

  /// Splits header cells whose last line is a number off into a row of their own, when every
  /// column but the first ends in one and the first does not: returns the headers without them
  /// and the row (labelled by the first header).
  static func splitTrailingValues(_ columns: [String]) -> (columns: [String], row: [String])? {
    guard columns.count >= 2 else { return nil }
    var heads: [String] = []
    var values: [String] = []
    for (c, column) in columns.enumerated().dropFirst() {
      // A column without a header holds no value of that row either (its values, one column
      // off, are the rows' below).
      if column.isEmpty {
        heads.append("")
        values.append("")
        continue
      }
      var lines = column.split(separator: "\n").map(String.init)
      // A second column of labels has no header: its one line is the row's (`Uppföljningsnivå
      // (belopp i mkr)<br>Gemensam verksamhet | Intäkt | Bokslut 2023<br>28,0 | …`).
      if c == 1, lines.count == 1, columns.count >= 4, AlignedTableForm.number(lines[0]) == nil,
        !FollowUpVocabulary.columnWords.contains(lines[0].lowercasedText()), EconomyRecogniser.isMeasure(columns[2])
      {
        heads.append("")
        values.append(lines[0])
        continue
      }
      guard lines.count >= 2, let last = lines.last, SwedishNumber.parse(last) != nil else { return nil }
      lines.removeLast()
      values.append(last)
      heads.append(join(lines))
    }
    // The first cell is the row's label, or the column's header over it (`Utfall (miljoner
    // kronor)` over `Intäkter`): what follows a line naming the unit is the label, wrapped or
    // not (`Miljoner kronor` over `Drift` `Skattefinansierad` `verksamhet`); else its last line.
    var first = columns[0].split(separator: "\n").map(String.init)
    var label: [String] = []
    if let unit = first.lastIndex(where: { FollowUpVocabulary.unit(in: $0) != nil }), unit + 1 < first.count {
      label = Array(first[(unit + 1)...])
      first.removeSubrange((unit + 1)...)
    } else if let last = first.popLast() {
      label = [last]
    }
    guard !label.isEmpty, !label.contains(where: { SwedishNumber.parse($0) != nil }),
      values.count(where: { !$0.isEmpty && AlignedTableForm.number($0) != nil }) >= 1
    else { return nil }
    // Years under column words (`Utfall<br>2021`) date the columns: no row.
    if !values.contains(where: { AlignedTableForm.number($0) != nil && CollapsedTableForm.year($0) == nil }) { return nil }
    return ([join(first)] + heads, [LineJoining.join(label)] + values)
  }
}
