/// Reads records that a web report copied from the browser (Stratsys, Hypergene) prints as a
/// label on a line of its own and its value on the lines below:
///
///     Indikator
///     Antal nystartade företag per 1 000 invånare
///     Utfall
///     4,1
///     Målvärde
///     4,5
///     Period
///     Jan–aug 2024
///     Trend
///
/// A record starts after a blank line with an entry word alone on its line, in the singular
/// (`Indikator`, `Aktivitet`, `Uppdrag`, `Nämndmål`, `Strategiskt mål` …), and its value below it
/// (no list item, no other entry word: those are other forms), then labels
/// that name columns of follow-up (`Utfall`, `Målvärde 2024`, `Utfall T2 2024`, `Riket 2023`,
/// `Status`, `Bedömning`, `Analys`,
/// `Slutdatum`, `Ansvarig`), each with the lines up to the next label or blank line as its value
/// (none where a label follows at once: `Utfall` over `Målvärde` is an outcome not printed).
/// Records of the same entry word in a row, blank lines between, are the rows of one table whose
/// columns are the labels in the order first printed; the recognisers read it as any other.
enum LabelLinesForm {
  /// Words of a record's first line: what the records are.
  static let entryWords = Set(
    FollowUpVocabulary.measureWords + FollowUpVocabulary.activityWords + FollowUpVocabulary.assignmentWords
      + FollowUpVocabulary.goalWords)
  /// Labels of values beside the column words: who, when, what else.
  static let otherLabels = Set(
    FollowUpVocabulary.dateColumnWords + [
      "period", "trend", "analys", "kommentar", "kommentarer", "beslut", "beslutad", "uppdragsgivare", "redovisning", "åtgärder",
    ])

  /// The first bytes (lower case) of the entry words: most lines are ruled out by these.
  static let startBytes = Set(entryWords.compactMap(\.utf8.first))

  /// Whether a line is a label: a column word and at most three more words without digits but
  /// a year (`Utfall föregående år`, `Målvärde 2024`), or a label of the vocabulary.
  static func isLabel(_ text: String) -> Bool {
    guard text.utf8.count <= 32, text.first?.isUppercase == true, text.last != "." else { return false }
    let lower = text.lowercasedText().trimmingCharacters(in: [":"])
    if otherLabels.contains(lower) || FollowUpVocabulary.assessmentWords.contains(lower)
      || FollowUpVocabulary.responsibleWords.contains(lower)
    {
      return true
    }
    let words = lower.split(separator: " ")
    guard let first = words.first, words.count <= 4,
      FollowUpVocabulary.columnWords.contains(String(first)) || FollowUpVocabulary.comparisonWords.contains(String(first))
    else { return false }
    // (A part of the year has digits too: `Utfall T2 2024`.)
    return words.dropFirst().allSatisfy {
      !$0.contains(where: \.isNumber) || CollapsedTableForm.year(String($0)) != nil || Tidpunkt.isPartOfYearWord($0)
    }
  }

  /// Whether a line is an entry word in the singular, as a record labels its entry
  /// (`Aktivitet`; `Aktiviteter` heads a chapter or list).
  static func isEntry(_ text: String) -> Bool {
    let lower = text.lowercasedText()
    guard entryWords.contains(lower) else { return false }
    return !(lower.hasSuffix("er") && entryWords.contains(String(lower.dropLast(2))))
      && !(lower.hasSuffix("n") && entryWords.contains(String(lower.dropLast())))
  }

  /// One record: the entry word as printed, and each label's value with its line.
  struct Record {
    var entry: String
    var fields: [(label: String, value: String, line: Int)] = []
    var end: Int
  }

  /// The record starting at line `i`, if one does.
  static func record(_ lines: [SourceLine], at i: Int, usable: (Int) -> Bool) -> Record? {
    guard i + 3 < lines.count, usable(i), !lines[i].isBlank, i == 0 || lines[i - 1].isBlank || !usable(i - 1),
      lines[i].collapsed.utf8.count <= 30, let b0 = lines[i].collapsed.utf8.first,
      startBytes.contains((0x41...0x5A).contains(b0) ? b0 | 0x20 : b0),
      isEntry(lines[i].collapsed), usable(i + 1), !lines[i + 1].isBlank, !isLabel(lines[i + 1].collapsed)
    else { return nil }
    var record = Record(entry: lines[i].collapsed, end: i + 1)
    var label = lines[i].collapsed
    var value: [String] = []
    var valueLine = lines[i + 1].number
    var k = i + 1
    func close() {
      record.fields.append((label, LineJoining.join(value), value.isEmpty ? lines[k - 1].number : valueLine))
    }
    while k < lines.count, usable(k), !lines[k].isBlank {
      let text = lines[k].collapsed
      if k > i + 1, isLabel(text) {
        close()
        label = text
        value = []
      } else {
        // A list or an entry word inside is another form (a chapter's list, a stacked table's
        // header): no record.
        if ProseForm.listItem(lines[k]) != nil || isEntry(text) { return nil }
        if value.isEmpty { valueLine = lines[k].number }
        value.append(text)
      }
      k += 1
    }
    close()
    record.end = k
    return record.fields.count >= 2 ? record : nil
  }

  /// A label and its value on one line (`Utfall: 82 %`), the label's colon within its first 33
  /// characters; nil for any other line.
  static func inlineField(_ text: String) -> (label: String, value: String)? {
    guard let colon = text.utf8.prefix(33).firstIndex(of: UInt8(ascii: ":")), let c = colon.samePosition(in: text) else {
      return nil
    }
    let label = String(text[..<c])
    let value = HTMLText.collapse(String(text[text.index(after: c)...]))
    return value.isEmpty ? nil : (label, value)
  }

  /// A record of a measure printed a label and its value to a line (`Indikator: Andel ärenden …`
  /// / `Utfall: 82 %` / `Målvärde: 90 %`), after a blank line; a line without a label goes on
  /// with the value above. Only measures: labelled goals, assignments and activities are
  /// field groups, read by their recogniser.
  static func inlineRecord(_ lines: [SourceLine], at i: Int, usable: (Int) -> Bool) -> Record? {
    guard i + 1 < lines.count, usable(i), !lines[i].isBlank, i == 0 || lines[i - 1].isBlank || !usable(i - 1),
      let b0 = lines[i].collapsed.utf8.first, startBytes.contains((0x41...0x5A).contains(b0) ? b0 | 0x20 : b0),
      let (entry, name) = inlineField(lines[i].collapsed), isEntry(entry),
      FollowUpVocabulary.measureWords.contains(entry.lowercasedText())
    else { return nil }
    var record = Record(entry: entry, fields: [(entry, name, lines[i].number)], end: i + 1)
    var k = i + 1
    while k < lines.count, usable(k), !lines[k].isBlank {
      if let (label, value) = inlineField(lines[k].collapsed), isLabel(label) {
        record.fields.append((label, value, lines[k].number))
      } else if inlineField(lines[k].collapsed) == nil, ProseForm.listItem(lines[k]) == nil, let last = record.fields.last {
        record.fields[record.fields.count - 1].value = LineJoining.join([last.value, lines[k].collapsed])
      } else {
        break
      }
      k += 1
    }
    record.end = k
    return record.fields.count >= 2 ? record : nil
  }

  /// A measure's record whole on one line (`Indikator: Nöjd kund-index (NKI) Utfall: 82 Mål: ≥ 80`):
  /// its labels and values, the first a measure word, the others labels of columns; nil for any
  /// other line.
  static func lineFields(_ text: String) -> [(label: String, value: String)]? {
    // (Most lines are ruled out by a colon's place: the measure word's, within the first bytes.)
    guard text.utf8.count <= 300, text.utf8.prefix(20).contains(UInt8(ascii: ":")) else { return nil }
    var fields: [(label: String, words: [Substring])] = []
    for (n, word) in text.split(separator: " ").enumerated() {
      if word.count > 1, word.last == ":" {
        let label = String(word.dropLast())
        // (A target's label, `Mål:`, is a column's here too.)
        if n == 0
          ? FollowUpVocabulary.measureWords.contains(label.lowercasedText()) && isEntry(label)
          : isLabel(label) || ["mål", "målvärde", "målnivå"].contains(label.lowercasedText())
        {
          fields.append((label, []))
          continue
        }
      }
      guard !fields.isEmpty else { return nil }
      fields[fields.count - 1].words.append(word)
    }
    guard fields.count >= 2, fields.allSatisfy({ !$0.words.isEmpty }) else { return nil }
    return fields.map { ($0.label, $0.words.joined(separator: " ")) }
  }

  /// A run of measures' records each whole on one line (see ``lineFields(_:)``), as a table of
  /// their labels, starting at line `i`.
  static func lineRecords(_ lines: [SourceLine], at i: Int, usable: (Int) -> Bool) -> (DocumentTable, Range<Int>)? {
    guard usable(i), let first = lineFields(lines[i].collapsed),
      i == 0 || !usable(i - 1) || lineFields(lines[i - 1].collapsed) == nil
    else { return nil }
    var records = [(fields: first, line: lines[i].number)]
    var k = i + 1
    while k < lines.count, usable(k), let more = lineFields(lines[k].collapsed), more[0].label == first[0].label {
      records.append((more, lines[k].number))
      k += 1
    }
    var columns: [String] = []
    for record in records {
      for field in record.fields where !columns.contains(field.label) { columns.append(field.label) }
    }
    let rows = records.map { record in
      TableRow(
        cells: columns.map { column in TableCell(record.fields.first { $0.label == column }?.value ?? "", line: record.line) },
        line: record.line)
    }
    return (DocumentTable(columns: columns, headerLine: lines[i].number, rows: rows), i..<k)
  }

  /// The table of records starting at line `i`, and the range of line indices it covers.
  static func read(_ lines: [SourceLine], at i: Int, usable: (Int) -> Bool) -> (DocumentTable, Range<Int>)? {
    if let table = lineRecords(lines, at: i, usable: usable) { return table }
    let inline = record(lines, at: i, usable: usable) == nil
    guard let first = inline ? inlineRecord(lines, at: i, usable: usable) : record(lines, at: i, usable: usable) else {
      return nil
    }
    var records = [first]
    var next = first.end
    while true {
      var k = next
      while k < lines.count, usable(k), lines[k].isBlank { k += 1 }
      guard k < lines.count, let more = inline ? inlineRecord(lines, at: k, usable: usable) : record(lines, at: k, usable: usable),
        more.entry.lowercasedText() == first.entry.lowercasedText()
      else { break }
      records.append(more)
      next = more.end
    }
    var columns: [String] = []
    for record in records {
      for field in record.fields where !columns.contains(field.label) { columns.append(field.label) }
    }
    let rows = records.map { record in
      TableRow(
        cells: columns.map { column in
          let field = record.fields.first { $0.label == column }
          return TableCell(field?.value ?? "", line: field?.line ?? record.fields[0].line)
        },
        line: record.fields[0].line)
    }
    return (DocumentTable(columns: columns, headerLine: lines[i].number, rows: rows), i..<next)
  }
}
