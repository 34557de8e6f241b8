import UQLValues

/// Finds indicator tables by their vocabulary and turns their values into `indikatorer` records:
/// a table whose first column is `Indikator`, `Nyckeltal`, `Mått`, `Resultatmått` … , `Statistik`
/// over columns of years, or `Namn` under a caption or heading naming measures (`Resursmått`,
/// `Personal`). One record per row and
/// column that holds a value, with the column as printed, so that outcomes of different years
/// never collapse into one; a `Målvärde`/`Mål` column is a target, every other an outcome. Where
/// a row's values could not be matched to its columns, they are kept in order without a column
/// and a warning names the line.
enum IndicatorRecogniser {
  static let captionWords = ["mått", "indikator", "nyckeltal", "personal", "statistik"]

  static func isIndicatorTable(_ table: DocumentTable) -> Bool {
    guard let first = table.columns.first else { return false }
    if FollowUpVocabulary.namesMeasures(first) { return true }
    // A table of statistics by year (`Statistik`, `Statistik simskola` over `Bokslut 2023 …`).
    if first.lowercasedText().hasPrefix("statistik"), table.columns.dropFirst().contains(where: { year(in: $0) != nil }) {
      return true
    }
    // A measure of the staff over years (`Sjukfrånvaro (%)` over `2022   2023   2024`).
    if FollowUpVocabulary.namesStaffMeasure(first), table.columns.count >= 2, table.columns.dropFirst().allSatisfy(isYearColumn) {
      return true
    }
    // Below, a currency (`Personalkostnader (tkr)`) makes a table economy whatever its caption.
    guard !EconomyRecogniser.currencies.contains(table.unit ?? "") else { return false }
    // Percentages by year (`Personalkostnader   4,5%   3,5%` under `2025   2024`): rates, whatever
    // the first column's header says (`Utfall perioden jämfört med samma period föregående år`).
    if table.columns.count >= 3, table.columns.dropFirst().allSatisfy(isYearColumn) {
      let values = table.rows.flatMap { $0.cells.dropFirst().map(\.text) }.filter { !$0.isEmpty }
      if values.count >= 4, values.allSatisfy({ $0.hasSuffix("%") }) { return true }
    }
    // Counts by year under an empty corner or `Namn` (`     2021   2022   2023` over `Kvinnor
    // 2 431 …`, `Namn | 2022 | 2023 | 2024` over `Tillbud | 379 | …`).
    if FollowUpVocabulary.names(first, ["namn", ""]), table.columns.count >= 3, table.columns.dropFirst().allSatisfy(isYearColumn) {
      return true
    }
    // Outcomes by year under `Namn` or nothing (`Namn | Utfall jan-jun 2020 | …`, a personnel
    // table whose caption is a converter's link): every column an outcome or target of a year.
    if FollowUpVocabulary.names(first, ["namn", ""]), table.columns.count >= 3,
      table.columns.dropFirst().allSatisfy({ header in
        let h = header.lowercasedText()
        return year(in: header) != nil && (h.hasPrefix("utfall") || h.hasPrefix("mål"))
      })
    {
      return true
    }
    // Figures by place or unit and year (`Kommun | Invånare 2023-12-31 | Insatser 2022 | …`): every
    // column dated, none naming economy.
    if FollowUpVocabulary.names(first, dimensionWords), table.columns.count >= 3,
      table.columns.dropFirst().allSatisfy({ year(in: $0) != nil && !EconomyRecogniser.isMeasure($0) })
    {
      return true
    }
    // Key figures by unit (`Enhet | Antal barn/elever | Barn/elever per årsarbetare | Nöjdhet
    // (%)`): every other column names a measure by its words, none economy.
    if FollowUpVocabulary.names(first, dimensionWords), table.columns.count >= 3,
      table.columns.dropFirst().allSatisfy({ namesMeasureColumn($0) && !EconomyRecogniser.isMeasure($0) })
    {
      return true
    }
    let caption = (table.caption ?? "").lowercasedText()
    // Counts (`antal`) by period: statistics, not amounts.
    if table.unit == "antal", table.columns.dropFirst().contains(where: { $0.lowercasedText().contains("utfall") || year(in: $0) != nil }) {
      return true
    }
    // Under a caption naming measures (`Personalnyckeltal`), a short first column over years only.
    if captionWords.contains(where: { caption.contains($0) }), first.split(separator: " ").count <= 3,
      table.columns.count >= 3, table.columns.dropFirst().allSatisfy(isYearColumn)
    {
      return true
    }
    guard FollowUpVocabulary.names(first, ["namn", "mätning", ""]) else { return false }
    return captionWords.contains { caption.contains($0) }
      && table.columns.dropFirst().contains {
        $0.lowercasedText().contains("utfall") || $0.lowercasedText().contains("mål") || year(in: $0) != nil
      }
  }

  static func recognise(_ document: Document) -> (records: [IndicatorRecord], warnings: [ReportWarning]) {
    var records: [IndicatorRecord] = []
    var warnings: [ReportWarning] = []
    for table in document.tables.compactMap({ isIndicatorTable($0) ? $0 : indicatorColumn(of: $0) }) {
      let group = table.caption ?? ""
      let dated = table.columns.dropFirst().contains { year(in: $0) != nil }
      // A row with a label and no values heads the rows below it (`Antal besökare`), and so
      // does a measure of the staff heading the first column (`Sjukfrånvaro (%)` over `Kvinnor`).
      var heading: String? = table.columns.first.flatMap { FollowUpVocabulary.namesStaffMeasure($0) ? $0 : nil }
      var groupOfQualifiers = false
      // A `Period` column (goal-management exports: `Mätetal  Period  Utfall  Målvärde`) dates
      // its row's values; it holds no value itself.
      let periodColumn = table.columns.indices.dropFirst().first { periodWords.contains(HTMLText.collapse(table.columns[$0]).lowercasedText()) }
      // An `Enhet` column names each row's unit (`st`, `%`, `kWh/m²`); it holds no value either.
      let unitColumn = table.columns.indices.dropFirst().first { unitWords.contains(HTMLText.collapse(table.columns[$0]).lowercasedText()) }
      // The table's unit, unless only some of its columns name it (`Antal barn/elever` beside
      // `Barn/elever per årsarbetare`): then it is those columns'.
      let named = table.columns.dropFirst().map(FollowUpVocabulary.unit(in:))
      let tableUnit = table.caption.flatMap(FollowUpVocabulary.unit(in:)) == nil && named.contains(table.unit) && named.contains(nil)
        ? nil : table.unit
      // Where no value stands under it, the header word went to the labels (`Mätetal Period`).
      let periodInLabels = periodColumn == nil
        && periodWords.contains { HTMLText.collapse(table.columns.first ?? "").lowercasedText().hasSuffix(" " + $0) }
      for row in table.rows {
        var label = LineJoining.join(row.label.split(separator: "\n").map(String.init))
        var rowPeriod: String?
        if let p = periodColumn, p < row.cells.count, !row.cells[p].isEmpty {
          rowPeriod = LineJoining.join([row.cells[p].text])
        } else if periodColumn != nil || periodInLabels, let (rest, period) = trailingPeriod(label) {
          // A period printed one space from the label (`… 7–20 år 2024 T2`) was read into it.
          (label, rowPeriod) = (rest, period)
        }
        guard !label.isEmpty else { continue }
        var (name, qualifier) = splitQualifier(label)
        // `Kvinnor` / `Män` / `Totalt` under a group row (`Tillsvidareanställda`): the group is
        // the indicator and the row its qualifier.
        // After them, a row of its own name ends that group (`Sjukfrånvaro` / `Kvinnor` / `Män`
        // / `Personalomsättning`).
        if qualifier == nil, let group = heading, FollowUpVocabulary.qualifierWords.contains(label) {
          (name, qualifier) = (group, label)
          groupOfQualifiers = true
        } else {
          if groupOfQualifiers {
            heading = nil
            groupOfQualifiers = false
          }
          qualifier = qualifier.map { q in heading.map { "\($0), \(q)" } ?? q } ?? heading
        }
        let values = row.cells.enumerated().dropFirst().filter { !$0.element.isEmpty && $0.offset != periodColumn && $0.offset != unitColumn }
          .map(\.element)
        let rowUnit = unitColumn.flatMap { $0 < row.cells.count ? unit(printed: LineJoining.join([row.cells[$0].text])) : nil }
        if values.isEmpty {
          heading = label
          groupOfQualifiers = false
          continue
        }
        // Answers printed as words (`Ja`, `Nej`) have no number for `utfall`: said, not dropped
        // (words that stand for no value, `Stängt`, are no answers).
        let texts = values.map { LineJoining.join([$0.text]) }
        let answers = texts.filter { $0.contains(where: \.isLetter) && !FollowUpVocabulary.noValueWords.contains($0.lowercasedText()) }
        if let first = values.first, !answers.isEmpty, texts.allSatisfy({ AlignedTableForm.number($0) == nil }) {
          warnings.append(
            ReportWarning(
              message: "the values of '\(name)' are words (\(texts.joined(separator: ", "))), not numbers: "
                + "they are in tabeller, not in indikatorer",
              line: first.line))
          continue
        }
        if row.valuesInOrder, let first = values.first {
          warnings.append(
            ReportWarning(
              message: "the values of '\(name)' could not be matched to the table's columns (\(count(values.count, "value")) for "
                + "\(count(table.columns.count - 1, "column"))): kept in order without a column",
              line: first.line))
        }
        for (column, cell) in row.cells.enumerated().dropFirst() where !cell.isEmpty && column != periodColumn && column != unitColumn {
          let printed = LineJoining.join([cell.text])
          let header = row.valuesInOrder || column >= table.columns.count ? nil : table.columns[column]
          // A target in words (`Minska`, `Öka`) is a value without a number, kept as printed.
          let direction = header.map(isTargetColumn) == true && FollowUpVocabulary.directionTargets.contains(printed.lowercasedText())
          let parsed = AlignedTableForm.number(printed)
          guard parsed != nil || direction else { continue }
          var record = self.record(
            group: group, name: name, qualifier: qualifier ?? columnQualifier(header), column: header, period: rowPeriod,
            value: parsed, line: cell.line)
          record.printed = printed
          record.unit = rowUnit ?? record.unit ?? heading.flatMap(FollowUpVocabulary.unit(in:))
            ?? header.flatMap(FollowUpVocabulary.unit(in:)) ?? tableUnit
          record.undated = header == nil && dated
          records.append(record)
        }
      }
    }
    return (records, warnings)
  }

  /// Headers of a column of each row's unit.
  static let unitWords: Set<String> = ["enhet", "måttenhet", "mätenhet", "enheter"]

  /// A unit as an `Enhet` column prints it: the vocabulary's name for a unit it knows (`%`,
  /// `antal` for `st`), else a word in lower case as printed (`kWh/m²`, `dagar`); nil for an
  /// empty cell, a dash or a name (`Förskola Norr`, a unit of the organisation).
  static func unit(printed: String) -> String? {
    let text = printed.trimmingCharacters(in: .whitespaces)
    guard !text.isEmpty, text.utf8.count <= 24, !["-", "–", "—", ".."].contains(text) else { return nil }
    if ["st", "st.", "stycken"].contains(text.lowercasedText()) { return "antal" }
    if let known = FollowUpVocabulary.unit(in: text) { return known }
    // (A word in lower case, not a unit of the organisation, `Förskola Norr`.)
    return !text.contains(" ") && text.first?.isUppercase == false ? text : nil
  }

  /// The indicators of a goal table with a column of them (`Nämndmål | Indikator | Utfall 2023
  /// | Målvärde 2024 | Bedömning`), as a table of their own: that column first, then the columns
  /// after it that hold values (an assessment or comment column is the goal's). A row whose
  /// indicator cell holds several lines, with as many in every filled value cell (`Andel … %<br>
  /// Meritvärde åk 9` over `74,2<br>224,1`), is one row per line. Nil for any other table.
  static func indicatorColumn(of table: DocumentTable) -> DocumentTable? {
    guard let c = table.columns.indices.dropFirst().first(where: { FollowUpVocabulary.namesMeasures(table.columns[$0]) }) else {
      return nil
    }
    let roles = GoalTables.roles(table)
    guard roles[..<c].allSatisfy({ $0 == .goal || $0 == .code || $0 == .group }), roles[..<c].contains(.goal) else { return nil }
    let valueColumns = table.columns.indices.filter { $0 > c && roles[$0] == .other && !FollowUpVocabulary.namesMeasures(table.columns[$0]) }
    // (Columns of years, or named by a value's word alone: `Målvärde | Utfall`.)
    guard valueColumns.contains(where: { c in
      year(in: table.columns[c]) != nil
        || CollapsedTableForm.columnWords.contains(HTMLText.collapse(table.columns[c]).lowercasedText().prefix { $0 != " " }.description)
    }) else { return nil }
    var view = table
    view.columns = [table.columns[c]] + valueColumns.map { table.columns[$0] }
    view.rows = table.rows.flatMap { row -> [TableRow] in
      let cells = ([c] + valueColumns).map { $0 < row.cells.count ? row.cells[$0] : TableCell("", line: row.line) }
      let parts = cells.map { $0.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
      let k = parts[0].count
      guard k >= 2, parts.dropFirst().allSatisfy({ $0 == [""] || $0.count == k }) else {
        var one = row
        one.cells = cells
        return [one]
      }
      return (0..<k).map { i in
        // (Each line's record on the line it stands on, where the reader knows it.)
        TableRow(
          cells: zip(cells, parts).map { cell, lines in TableCell(lines.count == k ? lines[i] : "", line: cell.line(ofPart: i)) },
          line: cells[0].line(ofPart: i))
      }
    }
    return view
  }

  /// One value's record: a column that names a target (`Målvärde 2024`) or the level planned
  /// (`Budget 2025`) gives `målvärde`, any other `utfall`; the column, or the row's own period,
  /// dates it.
  static func record(
    group: String, name: String, qualifier: String?, column: String?, period rowPeriod: String?,
    value parsed: SwedishNumber.Parsed?, line: Int
  ) -> IndicatorRecord {
    let lower = column?.lowercasedText() ?? ""
    let isTarget = isTargetColumn(column ?? "")
    let dating = rowPeriod.map { lower + " " + $0.lowercasedText() } ?? lower
    let year = year(in: dating)
    let words = dating.split { !$0.isLetter && !$0.isNumber }.map(String.init)
    let period = Tidpunkt.monthPeriod(in: words) ?? Tidpunkt.partOfYear(in: words) ?? (year == nil ? nil : "helår")
    return IndicatorRecord(
      group: group, name: name, qualifier: qualifier, outcome: isTarget ? nil : parsed?.value,
      target: isTarget ? parsed?.value : nil, unit: parsed?.unit ?? FollowUpVocabulary.unit(in: name), period: period,
      year: year, column: column, line: line, undated: false)
  }

  /// Whether a column names a target (`Målvärde 2024`, `Mål`) or the level planned (`Budget`).
  static func isTargetColumn(_ column: String) -> Bool {
    let lower = column.lowercasedText()
    return lower.contains("mål") || lower.contains("budget")
  }

  /// Indicators printed as list items with their values in words (`* Andel barn … per vecka.
  /// Utfall 2023: 74 %. Målvärde 2024: 80 %. Utfall T2 2024: 76 %.`): one record per labelled
  /// value that is a number (`Utfall T2 2024: mäts i december` is none), the label the column.
  static func listed(_ document: Document) -> [IndicatorRecord] {
    var records: [IndicatorRecord] = []
    var group = ""
    for block in document.blocks {
      if case .heading = block.kind { group = block.text }
      guard case .listItem = block.kind, block.text.contains(":") else { continue }
      let values = labelledValues(block.text)
      guard let first = values.first else { continue }
      var name = String(block.text[..<first.start]).trimmingCharacters(in: [" ", "."])
      name = HTMLText.collapse(name)
      guard !name.isEmpty else { continue }
      let (bare, qualifier) = splitQualifier(name)
      for value in values {
        var record = record(
          group: group, name: bare, qualifier: qualifier, column: value.label, period: nil, value: value.number, line: block.lines.lowerBound)
        record.printed = value.printed
        records.append(record)
      }
    }
    return records
  }

  /// The `Label: value` pairs of a text whose label starts with a column word (`Utfall T2 2024`,
  /// `Målvärde 2024`, `Jämförelse 2022`) and whose value is a number; with where each label starts.
  static func labelledValues(_ text: String) -> [(start: String.Index, label: String, number: SwedishNumber.Parsed, printed: String)] {
    var result: [(start: String.Index, label: String, number: SwedishNumber.Parsed, printed: String)] = []
    var searchFrom = text.startIndex
    while let colon = text[searchFrom...].firstIndex(of: ":") {
      defer { searchFrom = text.index(after: colon) }
      // The label: back to the sentence's start (`. ` or the text's start).
      let before = text[..<colon]
      let start = before.range(of: ". ", options: .backwards).map(\.upperBound) ?? text.startIndex
      let label = HTMLText.collapse(String(text[start..<colon]))
      guard let word = label.split(separator: " ").first?.lowercasedText(), label.count <= 30,
        FollowUpVocabulary.columnWords.contains(word) || CollapsedTableForm.columnWords.contains(word)
      else { continue }
      // The value: to the sentence's end, footnote marks (`[a]`) aside.
      let after = text[text.index(after: colon)...]
      var value = String(after.prefix { $0 != "[" })
      if let end = value.range(of: ". ") { value = String(value[..<end.lowerBound]) }
      value = HTMLText.collapse(value).trimmingCharacters(in: ["."])
      guard let number = AlignedTableForm.number(value) else { continue }
      result.append((start, label, number, value))
    }
    return result
  }

  /// The name without the group it is reported for, and that group: a capitalised word of
  /// ``FollowUpVocabulary/qualifierWords`` at the end, after ` - ` or not, before a note in
  /// parentheses or not (`Sjukfrånvaro Kvinnor`, `… ÅK 4 i % - Flickor.(Elevhälsan …)`).
  /// `Anställda andel kvinnor` names an indicator of its own and stays whole.
  static func splitQualifier(_ label: String) -> (name: String, qualifier: String?) {
    var head = Substring(label)
    var note = ""
    if head.hasSuffix(")"), let open = head.lastIndex(of: "(") {
      note = String(head[open...])
      head = head[..<open]
    }
    var words = head.split(separator: " ")
    guard words.count >= 2, let last = words.last else { return (label, nil) }
    let word = last.hasSuffix(".") ? last.dropLast() : last
    guard FollowUpVocabulary.qualifierWords.contains(String(word)) else { return (label, nil) }
    words.removeLast()
    if words.last == "-" || words.last == "–" { words.removeLast() }
    guard !words.isEmpty else { return (label, nil) }
    let name = words.joined(separator: " ")
    return (note.isEmpty ? name : name + " " + note, String(word))
  }

  /// Headers of a column that dates each row (`Period`, `Mätperiod`).
  static let periodWords: Set<String> = ["period", "mätperiod", "tidpunkt", "avser period", "mättidpunkt"]

  /// A period at the end of a label (`Antal besök 2024 T2` → `Antal besök`, `2024 T2`): a year,
  /// and a part of the year (`T2`, `Q3`, a month) after it or none.
  static func trailingPeriod(_ label: String) -> (label: String, period: String)? {
    var words = label.split(separator: " ").map(String.init)
    var period: [String] = []
    if let last = words.last, year(in: last) == nil, last.count <= 9,
      Tidpunkt.partOfYear(in: [last.lowercasedText()]) != nil || Tidpunkt.month(named: last.lowercasedText()) != nil
    {
      period.append(words.removeLast())
    }
    guard words.count >= 2, let last = words.last, last.count == 4, year(in: last) != nil else { return nil }
    period.insert(words.removeLast(), at: 0)
    return (words.joined(separator: " "), period.joined(separator: " "))
  }

  /// The group a column is printed for (`Kvinnor 2023` under a spanning `Kvinnor`), when its
  /// header names one.
  static func columnQualifier(_ header: String?) -> String? {
    header?.split(separator: " ").map(String.init).first { FollowUpVocabulary.qualifierWords.contains($0) }
  }

  /// A column header that is a year, alone or after an outcome's or target's word (`2023`,
  /// `Utfall 2023`, `Mål 2024`).
  static func isYearColumn(_ header: String) -> Bool {
    var words = HTMLText.collapse(header).lowercasedText().split(separator: " ")
    // (The year first, its part after it: `2025 T2`, `2024 helår`.)
    if words.count == 2, let first = words.first, first.count == 4, let year = Int(first), (1900...2200).contains(year),
      Tidpunkt.isPartOfYearWord(String(words[1]))
    {
      words.reverse()
    }
    guard let last = words.last, last.count == 4, let year = Int(last), (1900...2200).contains(year) else { return false }
    // (Also of part of the year or a comparison: `Aug 2024`, `Jan–aug 2024`, `Riket aug 2024`.)
    return words.dropLast().allSatisfy { word in
      ["utfall", "mål", "målvärde", "år"].contains(String(word)) || FollowUpVocabulary.comparisonWords.contains(String(word))
        || Tidpunkt.isPartOfYearWord(String(word))
        || word.split(whereSeparator: { "-–".contains($0) }).allSatisfy { Tidpunkt.month(named: String($0)) != nil }
    }
  }

  static func count(_ n: Int, _ noun: String) -> String { n == 1 ? "1 \(noun)" : "\(n) \(noun)s" }

  /// The last year a header names (`Utfall jan-jun 2024` → 2024).
  /// First columns of places and units that figures are given by.
  static let dimensionWords = [
    "kommun", "kommuner", "medlemskommun", "medlemskommuner", "enhet", "enheter", "skola", "skolor", "område", "områden",
    "distrikt", "station", "stationer", "anläggning", "anläggningar",
  ]

  /// Whether a column's header names a measure by its words: a count, a share, a rate or a
  /// percentage (`Antal barn/elever`, `Andel behöriga lärare`, `Barn per årsarbetare`, `Nöjdhet
  /// (%)`).
  static func namesMeasureColumn(_ header: String) -> Bool {
    let lower = HTMLText.collapse(header).lowercasedText()
    let words = lower.split { !$0.isLetterFast }
    return lower.hasPrefix("antal") || lower.hasPrefix("andel") || words.contains("per") || lower.contains("%")
      || words.contains("procent")
  }

  static func year(in header: String) -> Int? {
    header.split { !$0.isNumber }.compactMap { Int($0) }.last { (1900...2200).contains($0) && String($0).count == 4 }
  }
}
