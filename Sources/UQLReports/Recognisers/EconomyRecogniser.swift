/// Finds economy tables in a document by their vocabulary and turns their cells into `ekonomi`
/// records: a table whose caption or headers name a currency unit (tkr, mnkr, kr) or whose
/// columns are Budget, Bokslut, Utfall, Prognos, Avvikelse…, one record per row label and column
/// that holds a number. `tabell` is the table's id and caption, so two printed tables never
/// share a name; `mått` is the column header as printed.
enum EconomyRecogniser {
  /// Headers of the first column that make a table one of indicators or statistics, not economy.
  static let measureColumns = ["indikator", "indikatorer", "nyckeltal", "mått", "mätetal", "resultatmått", "verksamhetsmått",
    "personalmått", "statistik"]
  static let currencies: Set<String> = ["tkr", "mnkr", "mdkr", "kr"]

  /// The records of the document's economy tables, and a warning for each row whose values could
  /// not be matched to the columns (the text lost their positions and there are fewer values
  /// than columns): those values are kept in order without a column (`mått` null), never placed.
  static func recognise(_ document: Document) -> (records: [EconomyRecord], warnings: [ReportWarning]) {
    var records: [EconomyRecord] = []
    var warnings: [ReportWarning] = []
    for table in document.tables where isEconomy(table) {
      let name = [table.id, table.caption].compactMap { $0 }.joined(separator: " ")
      var group: String?
      let codes = hasCodeColumn(table)
      // Units and their posts in two columns (`Digitalt Center | Intäkt`, ` | Kostnad`): the
      // unit, carried down its empty cells, is the post's group.
      let sublabelled = !codes && hasSublabelColumn(table)
      var unit: String?
      // A table whose first column is a measure too (`Helårsprognos i delår 2 | … | Förändring`
      // over `1,0 | -1,0 | 2,0`) has no label column: its rows are the table's, by its caption.
      let unlabelled = isMeasure(table.columns.first ?? "")
      for (r, row) in table.rows.enumerated() {
        if unlabelled, AlignedTableForm.number(LineJoining.join([row.label])) != nil {
          let post = table.caption ?? table.section ?? table.id
          for (column, cell) in row.cells.enumerated() where !cell.isEmpty && column < table.columns.count {
            guard let parsed = AlignedTableForm.number(LineJoining.join([cell.text])) else { continue }
            let header = table.columns[column]
            records.append(
              EconomyRecord(
                table: name, post: post, measure: header, value: parsed.value, printed: cell.text,
                unit: parsed.unit ?? FollowUpVocabulary.unit(in: header) ?? table.unit, line: cell.line, group: nil))
          }
          continue
        }
        var post = LineJoining.join([row.label])
        // `**Summa**`: the emphasis is markup, not the post's name.
        for mark in ["**", "__"] where post.count > 4 && post.hasPrefix(mark) && post.hasSuffix(mark) {
          post = String(post.dropFirst(2).dropLast(2))
        }
        // A project number wrapped in its narrow column (`351` / `0`) and the project's name.
        if codes, let code = code(row.label), row.cells.count > 1 {
          post = LineJoining.join([code] + row.cells[1].text.split(separator: "\n").map(String.init))
        } else if codes, post.isEmpty, row.cells.count > 2, AlignedTableForm.number(row.cells[1].text) == nil {
          // A total has no project number (`| | Summa investeringar | 97 500 | …`): its name is.
          post = LineJoining.join(row.cells[1].text.split(separator: "\n").map(String.init))
        }
        if sublabelled {
          if !post.isEmpty { unit = post }
          group = unit
          post = LineJoining.join(row.cells[1].text.split(separator: "\n").map(String.init))
        }
        guard !post.isEmpty else { continue }
        if !sublabelled, isGroup(r, in: table) {
          group = post
          continue
        }
        if isTotal(post), !sublabelled { group = nil }
        if row.valuesInOrder {
          let values = row.cells.dropFirst().filter { !$0.isEmpty }
          warnings.append(
            ReportWarning(
              message: "the values of '\(post)' in '\(name)' could not be matched to the table's columns "
                + "(\(IndicatorRecogniser.count(values.count, "value")) for \(IndicatorRecogniser.count(table.columns.count - 1, "column"))): "
                + "kept in order without a column",
              line: values.first?.line ?? row.line))
        }
        for (column, cell) in row.cells.enumerated().dropFirst() where !cell.isEmpty {
          guard let parsed = AlignedTableForm.number(LineJoining.join([cell.text])) else { continue }
          guard !row.valuesInOrder else {
            records.append(
              EconomyRecord(
                table: name, post: post, measure: "", value: parsed.value, printed: cell.text,
                unit: parsed.unit ?? table.unit, line: cell.line, group: group))
            continue
          }
          let header = column < table.columns.count ? table.columns[column] : ""
          // A note reference (`Not` 1, 2, 3 …) is no amount: it stays in `tabeller`.
          if isNoteColumn(header) { continue }
          let unit = parsed.unit ?? FollowUpVocabulary.unit(in: header) ?? table.unit
          records.append(
            EconomyRecord(
              table: name, post: post, measure: header.isEmpty ? "kolumn \(column + 1)" : header,
              value: parsed.value, printed: cell.text, unit: unit, line: cell.line, group: group))
        }
      }
    }
    return (records, warnings)
  }

  /// Whether the second column names each row's post under the unit in the first (`Intäkt`,
  /// `Kostnad`, `Netto` beside units): a column without a header or of no measure, text in every
  /// row with values, the first column left empty in some, and values right of them.
  static func hasSublabelColumn(_ table: DocumentTable) -> Bool {
    guard table.columns.count >= 4, !isMeasure(table.columns[1]), isMeasure(table.columns[2]) || table.columns[2].isEmpty == false
    else { return false }
    let valued = table.rows.filter { row in row.cells.dropFirst(2).contains { AlignedTableForm.number($0.text) != nil } }
    guard valued.count >= 3, valued.allSatisfy({ $0.cells.count > 1 && !$0.cells[1].isEmpty && AlignedTableForm.number($0.cells[1].text) == nil })
    else { return false }
    return valued.contains { $0.label.isEmpty } && valued.contains { !$0.label.isEmpty }
  }

  /// Whether a column holds note references: `Not`, `Noter`, `Not nr`.
  static func isNoteColumn(_ header: String) -> Bool {
    FollowUpVocabulary.names(header, ["not", "noter", "not nr", "not.", "notnr"])
  }

  /// Whether a header names a measure of economy (`Helårsprognos i delår 2`, `Budget 2024`).
  static func isMeasure(_ header: String) -> Bool {
    let h = LineJoining.join(header.split(separator: "\n").map(String.init)).lowercasedText()
    return ["budget", "bokslut", "utfall", "prognos", "avvikelse"].contains {
      h.hasPrefix($0) || h.hasPrefix("helårs" + $0) || h.hasPrefix("års" + $0)
    }
  }

  /// Posts every economy table has, which head no group even where a row of them is empty.
  static let postWords: Set<String> = [
    "inkomster", "utgifter", "intäkter", "kostnader", "netto", "nettokostnad", "nettokostnader", "resultat",
  ]

  static func isTotal(_ post: String) -> Bool {
    TotalRowCheck.isTotal(post) || post.lowercasedText() == "netto"
  }

  /// Whether row `r` heads the rows below it (`Reinvesteringar` over `Utgifter`): a label
  /// starting in capitals, not a post word, without values, and the next row that is not an
  /// empty post (`Inkomster` left blank) has values and is no total. The group lasts to the next
  /// group or total.
  static func isGroup(_ r: Int, in table: DocumentTable) -> Bool {
    let label = LineJoining.join([table.rows[r].label])
    guard !hasValues(table.rows[r]), label.first?.isUppercase == true, !postWords.contains(label.lowercasedText()) else {
      return false
    }
    for next in table.rows[(r + 1)...] {
      let nextLabel = LineJoining.join([next.label])
      if hasValues(next) { return !isTotal(nextLabel) }
      if !postWords.contains(nextLabel.lowercasedText()) { return false }
    }
    return false
  }

  /// A first cell that is a code (`3510`, `550P`, printed `351<br>0`): at most six letters and
  /// digits, one a digit, its lines joined without spaces.
  static func code(_ cell: String) -> String? {
    let joined = cell.split(separator: "\n").map { HTMLText.collapse(String($0)) }.joined()
    // A letter series before the number is part of it (`V-2203`, `P-2104`).
    let hyphens = joined.count(where: { $0 == "-" })
    guard (1...(hyphens == 0 ? 6 : 8)).contains(joined.count), hyphens <= 1, joined.first != "-", joined.last != "-",
      joined.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }), joined.contains(where: \.isNumber)
    else { return nil }
    return joined
  }

  /// Whether the first column holds codes (project numbers) and the second their names: two or
  /// more rows with a code and text beside it, and most labelled rows so.
  static func hasCodeColumn(_ table: DocumentTable) -> Bool {
    let labelled = table.rows.filter { !$0.label.isEmpty }
    let coded = labelled.filter { row in
      code(row.label) != nil && row.cells.count > 2 && row.cells[1].text.contains(where: \.isLetter)
        && AlignedTableForm.number(row.cells[1].text) == nil
    }
    return coded.count >= 2 && coded.count * 2 >= labelled.count
  }

  static func hasValues(_ row: TableRow) -> Bool {
    row.cells.dropFirst().contains { AlignedTableForm.number(LineJoining.join([$0.text])) != nil }
  }

  /// Whether a table reads as economy: a currency unit, or two or more economy column words,
  /// and a first column that is not one of indicators or statistics.
  static func isEconomy(_ table: DocumentTable) -> Bool {
    let first = table.columns.first?.lowercasedText() ?? ""
    if IndicatorRecogniser.isIndicatorTable(table) { return false }
    if measureColumns.contains(where: { first.hasPrefix($0) }) { return false }
    // A goal table with a column of indicators (`Nämndmål | Indikator | Utfall 2023 | …`) is none.
    if table.columns.dropFirst().contains(where: { FollowUpVocabulary.namesMeasures($0) }) { return false }
    if let unit = table.unit, currencies.contains(unit) { return true }
    let words = table.columns.dropFirst().filter { header in
      let h = header.lowercasedText()
      return ["budget", "bokslut", "utfall", "prognos", "avvikelse"].contains { h.contains($0) }
    }
    return words.count >= 2
  }
}
