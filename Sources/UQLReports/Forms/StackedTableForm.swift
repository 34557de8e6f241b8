/// Reads tables that an extractor without layout (`pdftotext` without `-layout`) printed one cell
/// per line: the header's cells first, each on a line of its own, then each row as its label and
/// one line per column.
///
///     Indikator                  Tabell 4.1 Resultaträkning (mnkr)
///     Utfall 2022                Bokslut 2022
///     Utfall 2023                Budget 2023
///     Andel unga i förening (%)  Intäkter
///     46                         312,5
///     48                         298,0
///
/// The header is a line naming the first column (`Indikator`, `Uppdrag`, `Aktivitet` …) or a
/// caption naming a unit, then two or more lines naming columns (`Utfall 2023`, `Budget`,
/// `Bedömning`, `Kommentar`). Every row has exactly one line per column: a column of values holds
/// a value, an assessment column a short assessment, and only the last column, if it is text,
/// may wrap onto lines that start in lower case. A group that does not fit ends the table.
enum StackedTableForm {
  /// First-column headers: what the rows are.
  static let firstColumnWords = Set(
    FollowUpVocabulary.measureWords + FollowUpVocabulary.activityWords + FollowUpVocabulary.assignmentWords
      + FollowUpVocabulary.goalWords + ["namn", "post", "verksamhet", "verksamheter", "projekt", "investeringsprojekt", "statistik"])
  /// Column headers of text: an assessment, a comment, who is responsible.
  static let textColumnWords = Set(
    FollowUpVocabulary.assessmentWords + FollowUpVocabulary.responsibleWords + FollowUpVocabulary.dateColumnWords + [
      "kommentar", "kommentarer", "analys", "beslut", "beslutad",
      // (A column of each row's unit, `st`, `%`, `kWh/m²`.)
    ] + IndicatorRecogniser.unitWords)

  /// The first bytes (lower case) of every header word: most lines are ruled out by these.
  static let startBytes = Set(
    (firstColumnWords.union(textColumnWords).union(FollowUpVocabulary.columnWords).union(CollapsedTableForm.columnWords))
      .compactMap(\.utf8.first))

  enum Kind { case value, assessment, text }

  /// The table whose header starts at line `i`, and the range of line indices it covers.
  /// - Parameter explicitEmpty: Whether an empty cell is printed as one (docx2txt's empty
  ///   paragraph) rather than left out: then a label over empty cells is a group's row.
  static func read(_ lines: [SourceLine], at i: Int, explicitEmpty: Bool = false, usable: (Int) -> Bool)
    -> (DocumentTable, Range<Int>)?
  {
    guard let (first, columns, bodyStart) = header(lines, at: i, entryAndAssessment: explicitEmpty, usable: usable) else { return nil }
    var kinds = columns.map(kind(of:))
    // Beside columns of values, a forecast is one of figures (`Budget / Prognos / Avvikelse`).
    if kinds.contains(.value) {
      for c in kinds.indices where kinds[c] == .assessment && columns[c].lowercasedText().hasPrefix("prognos") { kinds[c] = .value }
    }
    // Goals with their measures, a goal's cells merged down its rows (`Nämndens mål` /
    // `Indikator` / `Utfall T2 2024` / …).
    if explicitEmpty, listsGoalMeasures(first: first, columns: columns, kinds: kinds) {
      kinds[0] = .text
      guard let (rows, end) = readGoalMeasures(lines, from: bodyStart, kinds: kinds) else { return nil }
      return (DocumentTable(columns: [first] + columns, headerLine: lines[i].number, rows: rows), i..<end)
    }
    // Entries (goals, activities) may be numbered (`1.1 Fler invånare …`).
    let entries = Set(FollowUpVocabulary.goalWords + FollowUpVocabulary.activityWords + FollowUpVocabulary.assignmentWords)
      .contains(entryKey(first))
    // Goals in groups (`Fokusområde` over `Nämndmål`, a Word table whose group's cell is merged
    // down its goals' rows, docx2txt printing its other places empty): the goals' column is text,
    // and a row's first cell may be empty.
    let grouped = explicitEmpty && GoalTables.role(of: first) == .goal && columns.first.map { GoalTables.role(of: $0) == .goal } == true
    if grouped { kinds[0] = .text }
    var rows: [TableRow] = []
    var k = bodyStart
    var end = bodyStart
    let unitsFirst = columns.first.map { IndicatorRecogniser.unitWords.contains($0.lowercasedText()) } == true
    rowLoop: while k + columns.count < lines.count {
      // An empty cell is a blank line (LibreOffice's text export), the label never.
      guard (k...(k + columns.count)).allSatisfy({ usable($0) }), !lines[k].isBlank || grouped && !rows.isEmpty && !lines[k + 1].isBlank
      else { break }
      // A new header (or the caption over one) starts the next table.
      if header(lines, at: k, usable: usable) != nil || header(lines, at: k + 1, usable: usable) != nil { break }
      let label = lines[k].collapsed
      // A group's label over its rows (`Antal besökare` over `Österlens museum` / `62 225` / …):
      // a row of its own without values.
      // (Under a column of notes, the row below may have none: `Finansiella poster` /
      // `Ränteintäkter` / `1 920` / `1 340`.)
      let noted = columns.first.map(EconomyRecogniser.isNoteColumn) == true
      if kinds.allSatisfy({ $0 == .value }), k + 1 + columns.count < lines.count, usable(k + 1),
        let initial = label.first, initial.isUppercase, AlignedTableForm.number(label) == nil,
        let next = lines[k + 1].collapsed.first, next.isUppercase, AlignedTableForm.number(lines[k + 1].collapsed) == nil,
        ((k + 2)...(k + 1 + columns.count - (noted ? 1 : 0))).allSatisfy({ usable($0) && fits(lines[$0].collapsed, .value) })
      {
        rows.append(TableRow(cells: [TableCell(label, line: lines[k].number)] + columns.map { _ in TableCell("", line: lines[k].number) }, line: lines[k].number))
        k += 1
        continue
      }
      // (A label has letters: a dash or figures where a label would be are values out of order.
      // It starts in a capital, or is a part of the row above, `varav långtidssjukfrånvaro …`.)
      guard grouped && label.isEmpty
        || label.first.map({ !$0.isLowercase }) == true || FollowUpVocabulary.isPartLabel(label),
        grouped && label.isEmpty || AlignedTableForm.number(label) == nil && label.contains(where: \.isLetter),
        entries || ProseForm.numberedHeading(lines[k]) == nil,
        !(k...(k + columns.count)).contains(where: { ProseForm.isCaption(lines[$0]) }),
        // (Nor does a goal's numbered heading among its cells: text without blank lines goes on
        // past the table, `1.2 Förskolan ska …` / `Uppfylld`.)
        !((k + 1)...(k + columns.count)).contains(where: { c in
          c < lines.count && ProseForm.numberedHeading(lines[c]).map { FollowUpVocabulary.statesGoal($0.title) } == true
        })
      else { break }
      // A label wrapped onto lines in lower case that are no values (or onto its unit, `(%)`).
      var labelText = label
      var labelEnd = k
      // (Not onto the unit in a column of units right after it, `st`, `kWh/m²`.)
      while labelEnd + 1 + columns.count < lines.count, usable(labelEnd + 1), let next = lines[labelEnd + 1].collapsed.first,
        next.isLowercase || next == "(", !AlignedTableForm.isValue(lines[labelEnd + 1].collapsed), labelEnd < k + 3,
        !(unitsFirst && lines[labelEnd + 1].collapsed.utf8.count <= 16)
      {
        labelEnd += 1
        labelText = LineJoining.join([labelText, lines[labelEnd].collapsed])
      }
      // (mammoth leaves a group's merged cell out altogether: a row whose assessment stands a
      // line early is one without its first cell.)
      if grouped, !label.isEmpty, !rows.isEmpty, let a = kinds.firstIndex(of: .assessment), labelEnd + 1 + a < lines.count,
        !StatusVocabulary.isStatusAlone(lines[labelEnd + 1 + a].collapsed), StatusVocabulary.isStatusPhrase(lines[labelEnd + a].collapsed)
      {
        (labelText, labelEnd) = ("", k - 1)
      }
      guard (k...(labelEnd + columns.count)).allSatisfy({ usable($0) }) else { break }
      var cells = [TableCell(labelText, line: lines[k].number)]
      var short = false
      for (c, kind) in kinds.enumerated() {
        let cell = lines[labelEnd + 1 + c].collapsed
        guard cell.isEmpty || fits(cell, kind) else {
          // A row of values one or more short (an empty cell printed as nothing), the next
          // row's label after its last value: its values in order, marked, never placed.
          guard c >= 1, kinds.allSatisfy({ $0 == .value }), let initial = cell.first,
            initial.isUppercase || ProseForm.numberedHeading(lines[labelEnd + 1 + c]) != nil, AlignedTableForm.number(cell) == nil
          else { break rowLoop }
          short = true
          break
        }
        cells.append(TableCell(cell, line: lines[labelEnd + 1 + c].number))
      }
      let read = cells.count - 1
      if short {
        cells += (read..<kinds.count).map { _ in TableCell("", line: lines[labelEnd + read].number) }
      }
      // A financial statement's row without a note (its first value no note number, a blank
      // line or the next label where its last would be): its values are the years'.
      if columns.first.map(EconomyRecogniser.isNoteColumn) == true, cells.count > 2, cells.last?.isEmpty == true,
        !(cells[1].text.count <= 2 && cells[1].text.allSatisfy(\.isNumber))
      {
        cells.insert(TableCell("", line: cells[0].line), at: 1)
        cells.removeLast()
        short = false
      }
      // Two empty cells in a row end the table (a blank line and another between paragraphs),
      // unless empty cells are printed: then a label over empty cells heads a group of rows.
      if explicitEmpty, !short, cells.dropFirst().allSatisfy(\.isEmpty), labelEnd + 1 + read + columns.count < lines.count,
        !lines[labelEnd + 1 + read].isBlank
      {
        rows.append(TableRow(cells: cells, line: lines[k].number))
        k = labelEnd + 1 + read
        continue
      }
      guard explicitEmpty || !cells.dropFirst().allSatisfy(\.isEmpty),
        explicitEmpty || !zip(cells.dropFirst(), cells.dropFirst(2)).contains(where: { $0.isEmpty && $1.isEmpty }),
        !cells.dropFirst().allSatisfy(\.isEmpty)
      else { break }
      var next = labelEnd + 1 + read
      // A last text cell left empty and printed as nothing (mammoth's markdown, its cells
      // paragraphs apart): the line read as it is the next row's label where the line after it
      // is a status and the one after that none (`100` / `Digital triage …` / `Försenad` / `45`).
      if explicitEmpty, !short, read == kinds.count, kinds.last == .text, let s = kinds.firstIndex(of: .assessment),
        s < kinds.count - 1, next + s + 1 < lines.count, ((next - 1)...(next + s + 1)).allSatisfy(usable),
        !cells[cells.count - 1].text.hasSuffix("."),
        CollapsedFollowUpBlocks.known(lines[next + s].collapsed), !CollapsedFollowUpBlocks.known(lines[next + s + 1].collapsed)
      {
        cells[cells.count - 1] = TableCell("", line: cells[cells.count - 1].line)
        next -= 1
      }
      // A last column of text wraps onto lines in lower case.
      if kinds.last == .text {
        while next < lines.count, usable(next), let initial = lines[next].collapsed.first, initial.isLowercase {
          cells[cells.count - 1].text += "\n" + lines[next].collapsed
          next += 1
        }
      }
      var row = TableRow(cells: cells, line: lines[k].number)
      row.valuesInOrder = short
      rows.append(row)
      k = next
      end = next
    }
    // Cells of text wrapped without blank lines (PyMuPDF): rows found by their status instead,
    // where that finds as many (a row's empty last cell left out is no cell of the next row).
    if kinds.filter({ $0 == .assessment }).count == 1, !kinds.contains(.value),
      let anchored = readByStatus(lines, from: bodyStart, kinds: kinds, usable: usable),
      anchored.rows.count >= rows.count
    {
      (rows, end) = anchored
    }
    guard rows.count >= 1, kinds.contains(.value) || rows.count >= 2 else { return nil }
    var table = DocumentTable(columns: [first] + columns, headerLine: lines[i].number, rows: rows)
    // A caption naming a unit right above the header is the table's, also where no blank line
    // sets it apart from the text above it.
    if i > 0, usable(i - 1), lines[i - 1].collapsed.utf8.count <= 100, let unit = FollowUpVocabulary.unit(in: lines[i - 1].collapsed) {
      table.caption = lines[i - 1].collapsed
      // A line naming only the unit (`Belopp i tkr`) under a title of its own (`Resultaträkning`,
      // a line without blank lines round it): the title is the caption, the unit the table's.
      if FollowUpVocabulary.namesOnlyUnit(lines[i - 1].collapsed), i > 1, usable(i - 2), isTitle(lines[i - 2].collapsed) {
        table.caption = lines[i - 2].collapsed
        table.unit = unit
      }
    }
    return (table, i..<end)
  }

  /// Whether a line may be a table's title: short, in a capital, no sentence, no figure alone
  /// (`Resultaträkning`, `Tabell 3 Driftredovisning`).
  static func isTitle(_ text: String) -> Bool {
    guard text.utf8.count <= 60, text.first?.isUppercase == true, let last = text.last, !".:;,".contains(last),
      AlignedTableForm.number(text) == nil
    else { return false }
    return text.split(separator: " ").count <= 6
  }

  /// The rows of a table of text with one status column whose cells wrap onto lines of their own
  /// without blank lines, as PyMuPDF prints a Word table:
  ///
  ///     Uppdrag / Beslut / Status / Kommentar
  ///     Socialnämnden får i uppdrag att utreda
  ///     ett trygghetsboende i Östra Vallby.
  ///     KF 2023-11-27 § 140
  ///     Klar
  ///     Redovisad i KF
  ///     2024-06-17 § 71.
  ///     Barn- och utbildningsnämnden får i uppdrag …
  ///
  /// A line holding only a status the vocabulary knows is a row's status; the columns between the
  /// first and the status take a line each right above it, the first column the lines above them.
  /// The text after a status is the row's last cells up to the next row's first cell, which starts
  /// in capitals after a line ending a sentence (the latest such line: an entry is one sentence);
  /// after the last status, up to a line ending a sentence that no line in lower case continues.
  /// Nil unless two or more rows are found.
  static func readByStatus(_ lines: [SourceLine], from start: Int, kinds: [Kind], usable: (Int) -> Bool)
    -> (rows: [TableRow], end: Int)?
  {
    guard let s = kinds.firstIndex(of: .assessment) else { return nil }
    let before = s  // columns between the first and the status, a line each
    // The status lines, up to a blank line or a gap no row spans.
    var statuses: [Int] = []
    var k = start
    while k < lines.count, usable(k), !lines[k].isBlank, k - (statuses.last ?? start) <= 12 {
      // (A goal's numbered heading ends the table, in text without blank lines: `1.2 Förskolan
      // ska …` / `Uppfylld` is no row.)
      if k > start, let (_, title) = ProseForm.numberedHeading(lines[k]), FollowUpVocabulary.statesGoal(title) { break }
      if CollapsedFollowUpBlocks.known(lines[k].collapsed), lines[k].collapsed.first?.isUppercase == true { statuses.append(k) }
      k += 1
    }
    guard statuses.count >= 2 else { return nil }
    func endsSentence(_ i: Int) -> Bool { lines[i].collapsed.last.map { ".!?".contains($0) } == true }
    func startsLower(_ i: Int) -> Bool { lines[i].collapsed.first?.isLowercase == true }
    var rows: [TableRow] = []
    var labelStart = start
    for (n, status) in statuses.enumerated() {
      let labelEnd = status - before  // exclusive
      guard labelEnd > labelStart else { break }
      var cells = [
        TableCell(LineJoining.join(lines[labelStart..<labelEnd].map(\.collapsed)), line: lines[labelStart].number)
      ]
      for c in 0..<before { cells.append(TableCell(lines[labelEnd + c].collapsed, line: lines[labelEnd + c].number)) }
      cells.append(TableCell(lines[status].collapsed, line: lines[status].number))
      // The text after the status: up to the next row's first cell, or the table's end.
      var tailEnd: Int
      if n + 1 < statuses.count {
        let nextLabelEnd = statuses[n + 1] - before
        tailEnd = status + 1
        for p in stride(from: nextLabelEnd - 1, to: status + 1, by: -1) where endsSentence(p - 1) && !startsLower(p) {
          tailEnd = p
          break
        }
        guard nextLabelEnd > tailEnd else { break }
      } else {
        // (A comment of up to eight lines.)
        tailEnd = status + 1
        while tailEnd < k, tailEnd - status <= 8 {
          tailEnd += 1
          if endsSentence(tailEnd - 1), tailEnd >= k || !startsLower(tailEnd) { break }
        }
        if tailEnd - status > 8 || !endsSentence(tailEnd - 1) { tailEnd = status + 1 }
      }
      let tail = lines[(status + 1)..<tailEnd].map(\.collapsed)
      for c in (s + 1)..<kinds.count {
        // One text cell after the status takes the text; further ones stay empty.
        let text = c == s + 1 ? LineJoining.join(tail) : ""
        cells.append(TableCell(text, line: text.isEmpty ? lines[status].number : lines[status + 1].number))
      }
      rows.append(TableRow(cells: cells, line: lines[labelStart].number))
      labelStart = tailEnd
    }
    guard rows.count >= 2 else { return nil }
    return (rows, labelStart)
  }

  /// A table printed one cell per line with a blank line after each (docx2txt, `pdftotext`
  /// without `-layout`): read as if the blank lines were not there, up to two blank lines in a
  /// row. A cell wrapped onto up to four short lines between the blank lines (`Utfall` /
  /// `jan–aug` / `2025`, `Andel elever som är behöriga till` / `yrkesprogram (%)`) is one. The
  /// line above the header, a blank line apart or a line of its own right above it, may be its
  /// caption. An empty cell is an empty paragraph, three blank lines between cells (docx2txt), in
  /// the body and as the header's first cell under a caption.
  static func readSpaced(_ lines: [SourceLine], at i: Int, usable: (Int) -> Bool) -> (DocumentTable, Range<Int>)? {
    // (A header cell may be in bold, `__Aktivitet__`, as mammoth prints Word's header row.)
    // (Most lines are ruled out by the blank line below before their emphasis is looked for.)
    guard i + 2 < lines.count, lines[i + 1].isBlank, !lines[i + 2].isBlank else { return nil }
    let head = HeaderText.withoutEmphasis(lines[i].collapsed)
    guard head.utf8.count <= 30, let b0 = head.utf8.first,
      startBytes.contains((0x41...0x5A).contains(b0) ? b0 | 0x20 : b0) || CollapsedTableForm.unitCell(head) != nil
    else { return nil }
    // Each cell: its first and last line.
    // Each cell: its first and last line (an empty one: its middle blank line, twice).
    var cells: [(first: Int, last: Int)] = []
    // The empty cells after line k: blank lines 1 + 2n, n from 1 to 4.
    func emptyCells(after k: Int) -> Int {
      var b = k + 1
      while b < lines.count, b - k <= 10, lines[b].isBlank, usable(b) { b += 1 }
      let blanks = b - k - 1
      guard b < lines.count, !lines[b].isBlank, blanks >= 3, blanks <= 9, blanks % 2 == 1 else { return 0 }
      return (blanks - 1) / 2
    }
    if i >= 2, lines[i - 1].isBlank, !lines[i - 2].isBlank, usable(i - 2) {
      cells.append((i - 2, i - 2))
    } else if i >= 4, emptyCells(after: i - 4) == 1, usable(i - 4) {
      // (A caption over a header whose first cell is empty.)
      cells.append((i - 4, i - 4))
    } else if i >= 1, !lines[i - 1].isBlank, usable(i - 1) {
      // (Or right above it, a line of its own: `Tabell 5. Ekonomisk översikt (mnkr)`.)
      cells.append((i - 1, i - 1))
    }
    let first = cells.count
    // The cells as lines of a table one cell per line (two header cells the extractor printed as
    // one, `Målvärde Trend` / `2025`, are two), built as the cells are found.
    var compact: [SourceLine] = []
    var owners: [(first: Int, last: Int)] = []
    var built = 0  // the cells in `compact`
    func build() {
      for n in built..<cells.count {
        let cell = cells[n]
        let text = LineJoining.join(lines[cell.first...cell.last].map(\.collapsed))
        // (Markdown's escapes are no part of a cell: `Färdiggrad \(%\)`.)
        let plain = MarkdownEscapes.unescaped(HeaderText.withoutEmphasis(text))
        if n >= first, let parts = columnHeaders(in: plain) {
          for part in parts {
            compact.append(SourceLine(number: lines[cell.first].number, text: part))
            owners.append(cell)
          }
          continue
        }
        compact.append(cell.first == cell.last && plain == text ? lines[cell.first] : SourceLine(number: lines[cell.first].number, text: plain))
        owners.append(cell)
      }
      built = cells.count
    }
    var checked = false
    var k = i
    // (A markdown heading is no cell: the table ends above it.)
    while k < lines.count, usable(k), !lines[k].isBlank, k == i || lines[k].markdownHeading == nil {
      var last = k
      // (Short by its characters: a Swedish letter is two bytes, `förskola och skola i samverkan med
      // barnoch utbildningsnämnden`.)
      while last + 1 < lines.count, last - k < 3, usable(last + 1), !lines[last + 1].isBlank,
        lines[last + 1].collapsed.utf8.count <= 72, lines[last].collapsed.utf8.count <= 72,
        lines[last + 1].collapsed.count <= 64, lines[last].collapsed.count <= 64, k > i
      {
        last += 1
      }
      // (A run of lines longer than a cell is prose: the table ends before it.)
      if last + 1 < lines.count, !lines[last + 1].isBlank, k > i { break }
      cells.append((k, last))
      // (Paragraphs apart go on to the end of a document: where the first dozen cells hold no
      // header, the table one cell per line cannot start here, and the rest is not looked at.
      // A header running past them would have ten columns, so the answer is the same.)
      if !checked, cells.count - first >= 12 {
        checked = true
        build()
        guard header(compact, at: first, entryAndAssessment: true, usable: { _ in true }) != nil else { return nil }
      }
      let empty = cells.count - first >= 3 ? emptyCells(after: last) : 0
      if empty > 0 {
        for n in 0..<empty { cells.append((last + 2 + 2 * n, last + 2 + 2 * n)) }
        k = last + 2 + 2 * empty
        continue
      }
      guard last + 2 < lines.count, lines[last + 1].isBlank, usable(last + 1), !lines[last + 2].isBlank else { break }
      k = last + 2
    }
    guard cells.count - first >= 6 else { return nil }
    build()
    guard let (table, range) = read(compact, at: first, explicitEmpty: true, usable: { _ in true }) else { return nil }
    return (table, i..<(owners[range.upperBound - 1].last + 1))
  }

  /// A first column's header as its words are compared: in lower case without colons, and for
  /// one naming whose entries they are the entries' word (`Uppdrag från KF` → `uppdrag`).
  static func entryKey(_ first: String) -> String {
    let key = first.lowercasedText().trimmingCharacters(in: [":"])
    guard key.contains(" ") else { return key }
    let head = FollowUpVocabulary.headWord(first)
    return FollowUpVocabulary.assignmentWords.contains(head) || FollowUpVocabulary.activityWords.contains(head)
      || FollowUpVocabulary.goalWords.contains(head) ? head : key
  }

  /// Column words that take no year: an assessment, a trend, a comment.
  static let undatedHeaders: Set<String> = ["bedömning", "status", "trend", "kommentar", "måluppfyllelse"]

  /// The column headers in a cell that holds two or more, one space apart (`Utfall Bedömning`,
  /// `Målvärde Trend 2025`, `Bokslut Bokslut 2024 2025`): column words, a part of the year right
  /// after one its own, and a run of years the column words' before it that wait for one, in
  /// order where there are as many, else the last's (a trend, a status or an assessment takes
  /// none); nil for any other text.
  static func columnHeaders(in text: String) -> [String]? {
    // (Most cells are ruled out by their length and first word before they are split.)
    guard text.utf8.count <= 40, text.utf8.contains(0x20),
      let first = text.split(separator: " ", maxSplits: 1).first?.lowercasedText(),
      CollapsedTableForm.columnWords.contains(first) || undatedHeaders.contains(first)
    else { return nil }
    let words = text.split(separator: " ").map(String.init)
    guard (2...6).contains(words.count) else { return nil }
    let undated = undatedHeaders
    var headers: [String] = []
    var waiting: [Int] = []  // column words without a year yet
    var years: [String] = []  // the run of years being read
    func place() {
      guard !years.isEmpty, let last = waiting.last else { return }
      if years.count == waiting.count {
        for (h, y) in zip(waiting, years) { headers[h] += " " + y }
      } else {
        headers[last] += " " + years.joined(separator: " ")
      }
      waiting = []
      years = []
    }
    for word in words {
      let lower = word.lowercasedText()
      if CollapsedTableForm.year(word) != nil {
        guard !waiting.isEmpty else { return nil }
        years.append(word)
        continue
      }
      place()
      if CollapsedTableForm.columnWords.contains(lower) {
        headers.append(word)
        waiting.append(headers.count - 1)
      } else if undated.contains(lower) {
        headers.append(word)
      } else if Tidpunkt.isPartOfYearWord(lower), let last = headers.indices.last, waiting.last == last {
        headers[last] += " " + word
      } else {
        return nil
      }
    }
    place()
    return headers.count >= 2 ? headers : nil
  }

  /// The first column's header (empty under a caption, which stays above the table), the other
  /// columns' headers and the index of the first row's label.
  /// - Parameter entryAndAssessment: Whether a header of entries and their assessment alone
  ///   (`Mål` / `Bedömning`) heads a table: where cells are set apart, not otherwise.
  static func header(_ lines: [SourceLine], at i: Int, entryAndAssessment: Bool = false, usable: (Int) -> Bool)
    -> (String, [String], Int)?
  {
    guard i + 3 < lines.count, lines[i].collapsed.utf8.count <= 30, let b0 = lines[i].collapsed.utf8.first, usable(i),
      !lines[i].isBlank
    else { return nil }
    let first = lines[i].collapsed
    // (Right under a column of the entries' numbers, `Nr` / `Aktivitet` / …, rows of activities
    // or assignments start with their numbers: a table this form does not read.)
    if i > 0, lines[i - 1].collapsed.utf8.count <= 4, GoalTables.codeHeaders.contains(lines[i - 1].collapsed.lowercasedText()),
      [.activity, .assignment].contains(GoalTables.role(of: first))
    {
      return nil
    }
    // A first cell naming the table's unit (`Ekonomi (tkr)`, `Bidrag, tkr`) heads columns of
    // bare years too.
    // (Over a column word, `Resultaträkning, mnkr` / `Utfall`, it is a caption, the first column
    // without a header.)
    // (Its words are counted only where it names a unit: most short lines do not.)
    let unitNamed = CollapsedTableForm.unitCell(first).map { $0 == first.split(separator: " ").count } == true
      && !isColumnHeader(lines[i + 1].collapsed)
    guard unitNamed || startBytes.contains((0x41...0x5A).contains(b0) ? b0 | 0x20 : b0) else { return nil }
    var lower = entryKey(first)
    // `Aktivitet/projekt`: the entry word names the column.
    if let part = lower.split(separator: "/").first(where: { firstColumnWords.contains(String($0)) }) { lower = String(part) }
    var k = i + 1
    var label = first
    // A word naming measures (`Personalnyckeltal`) heads columns of bare years too. (Asked only
    // of a word ending in one: most short lines are ruled out by that.)
    let named = firstColumnWords.contains(lower) || unitNamed
    let measures = !named && ["nyckeltal", "mått", "indikator", "indikatorer", "mätetal"].contains { lower.hasSuffix($0) }
      && FollowUpVocabulary.namesMeasures(first)
    if !named && !measures {
      // Under a caption naming a unit or a table (`Tabell 4.1 Resultaträkning (mnkr)`), the
      // first column has no header and the caption stays above the table.
      guard i > 0, usable(i - 1) else { return nil }
      let caption = lines[i - 1].collapsed
      guard caption.utf8.count <= 100,
        ProseForm.isCaption(lines[i - 1]) || (FollowUpVocabulary.mayNameUnit(caption) && FollowUpVocabulary.unit(in: caption) != nil)
      else { return nil }
      if isColumnHeader(first) || EconomyRecogniser.isNoteColumn(first) {
        label = ""
        k = i
      } else {
        // Or a first column named by a word of its own (`Anläggning`) over column headers.
        guard first.split(separator: " ").count <= 2, first.first?.isUppercase == true, !first.contains(where: \.isNumber),
          i + 1 < lines.count, isColumnHeader(lines[i + 1].collapsed)
        else { return nil }
      }
    }
    var columns: [String] = []
    let measuresOrEntries = measures || firstColumnWords.contains(lower) || unitNamed
    // A column word followed by a value is the first row's label (`Intäkter` / `312,5`).
    while k < lines.count, usable(k), !lines[k].isBlank {
      var t = lines[k].collapsed
      // A header cell wrapped over lines, as PyMuPDF prints them: a word broken at a hyphen
      // (`Bedöm-` / `ning`), a year or a period after a column word (`Utfall` / `jan–aug` /
      // `2024`, `Målvärde` / `2024`).
      var taken = 1
      if t.hasSuffix("-"), k + 1 < lines.count, usable(k + 1), lines[k + 1].collapsed.first?.isLowercase == true {
        t = String(t.dropLast()) + lines[k + 1].collapsed
        taken = 2
      } else if AlignedTableForm.endsInJoiningWord(t), k + 1 < lines.count, usable(k + 1), t.utf8.count <= 24,
        lines[k + 1].collapsed.first?.isLowercase == true, lines[k + 1].collapsed.utf8.count <= 16
      {
        // (Or after a word joining it to the rest: `Avvikelse mot` / `budget`.)
        t += " " + lines[k + 1].collapsed
        taken = 2
      }
      // (A period from date to date, its last date on the next line: `2024-01-01 –` / `2024-12-31`.)
      if let range = wrappedDateRange(t, k + 1 < lines.count && usable(k + 1) ? lines[k + 1].collapsed : "") {
        t = range
        taken = 2
      }
      // (`Utfall T2` / `2025`: a part of the year is no year.)
      if let last = columns.last, !last.split(separator: " ").contains(where: { CollapsedTableForm.year(String($0)) != nil }),
        !EconomyRecogniser.isNoteColumn(last),
        CollapsedTableForm.year(t) != nil || isColumnHeader(last) && isPeriodHeader(t)
      {
        columns[columns.count - 1] = last + " " + t
        k += taken
        continue
      }
      // Two header cells the extractor put on one line (`Bokslut 2024 Bokslut 2025`).
      if !columns.isEmpty, t.utf8.count > 30 || !isColumnHeader(t),
        let pair = CollapsedTableForm.labelsInOrder(t.split(separator: " ").map(String.init), yearsAlone: false),
        pair.count == 2, pair.allSatisfy({ isColumnHeader($0) && $0.contains(where: \.isNumber) })
      {
        columns += pair
        k += taken
        continue
      }
      // (A financial statement's columns: notes, then years or dates, `Not` / `2024` / `2023`.)
      let notesYear = columns.first.map(EconomyRecogniser.isNoteColumn) == true
        && (CollapsedTableForm.year(t) != nil || CollapsedTableForm.isDate(t) || taken == 2 && t.contains(" – "))
      // (Goals under groups of them, `Fokusområde` / `Nämndmål`: the goals' column first.)
      // (Or goals with their measures, `Nämndens mål` / `Indikator`: the measures' column.)
      let goalsInGroups = entryAndAssessment && columns.isEmpty && k == i + 1 && GoalTables.role(of: first) == .goal
        && t.utf8.count <= 30 && (GoalTables.role(of: t) == .goal || FollowUpVocabulary.measureWordSet.contains(t.lowercasedText()))
      guard measuresOrEntries && (CollapsedTableForm.year(t) != nil || isPeriodHeader(t)) || notesYear || k == i && EconomyRecogniser.isNoteColumn(t)
        || goalsInGroups
        || isColumnHeader(t)
          && !(k + 1 < lines.count && AlignedTableForm.isValue(lines[k + 1].collapsed)
            && CollapsedTableForm.year(lines[k + 1].collapsed) == nil)
      else { break }
      columns.append(t)
      k += taken
    }
    // A header of two rows whose second holds years under a column word spanning them, its other
    // cells empty (`Mått` / `Utfall` / `Mål 2024` over `` / `2022` / `2023` / `2024` / ``, as
    // docx2txt prints merged cells): that word is a column per year.
    // (Empty under the first column and every column before that word: `Mått` / `Enhet` /
    // `Utfall` / `Målvärde 2024` over `` / `` / `2023` / `jan–aug 2024` / ``.)
    if entryAndAssessment, k + 2 < lines.count, usable(k), lines[k].isBlank {
      var y = k + 1
      while y < lines.count, y - k < columns.count, usable(y), lines[y].isBlank { y += 1 }
      let before = y - k
      var years: [String] = []
      // (Or parts of years, `2023` / `jan–aug 2024`.)
      while y < lines.count, usable(y), !lines[y].isBlank,
        CollapsedTableForm.year(lines[y].collapsed) != nil || isPeriodHeader(lines[y].collapsed) && lines[y].collapsed.contains(where: \.isNumber)
      {
        years.append(lines[y].collapsed)
        y += 1
      }
      let open = columns.indices.filter { !columns[$0].contains(where: \.isNumber) && kind(of: columns[$0]) == .value }
      if years.count >= 2, open.count == 1, before == open[0] + 1 {
        let c = open[0]
        let after = columns.count - c - 1
        if (y..<(y + after)).allSatisfy({ $0 < lines.count && usable($0) && lines[$0].isBlank }) {
          columns.replaceSubrange(c...c, with: years.map { columns[c] + " " + $0 })
          k = y + after
        }
      }
    }
    // Or its second row right after the first, the empty cells left out (mammoth: `Mått` /
    // `Enhet` / `Utfall` / `Målvärde 2024` / `2023` / `jan–aug 2024`): the years after the last
    // named column are that word's.
    if entryAndAssessment {
      let open = columns.indices.filter { !columns[$0].contains(where: \.isNumber) && kind(of: columns[$0]) == .value }
      let trailing = columns.reversed().prefix { CollapsedTableForm.year($0) != nil || isPeriodHeader($0) && $0.contains(where: \.isNumber) }
      if open.count == 1, trailing.count >= 2, open[0] < columns.count - trailing.count - 1 {
        let c = open[0]
        let years = Array(trailing.reversed())
        columns.removeLast(years.count)
        columns.replaceSubrange(c...c, with: years.map { columns[c] + " " + $0 })
      }
    }
    guard columns.count >= 2
      || entryAndAssessment && columns.count == 1 && kind(of: columns[0]) == .assessment
        && (FollowUpVocabulary.goalWords + FollowUpVocabulary.activityWords + FollowUpVocabulary.assignmentWords).contains(lower)
    else { return nil }
    return (label, columns, k)
  }

  /// A period's first date and a dash on one line and its last date on the next (`2024-01-01 –`
  /// over `2024-12-31`, a financial statement's header cell of two lines), as one header:
  /// `2024-01-01 – 2024-12-31`, as the header reads where the two lines stand side by side.
  static func wrappedDateRange(_ line: String, _ next: String) -> String? {
    guard line.utf8.count <= 16, let last = line.last, "–—-".contains(last) else { return nil }
    let start = line.dropLast().trimmingCharacters(in: .whitespaces)
    guard CollapsedTableForm.isDate(start), CollapsedTableForm.isDate(next) else { return nil }
    return "\(start) – \(next)"
  }

  /// Column words that end compounds (`Helårsbudget`, `Delårsprognos`).
  static let compoundEndings = ["budget", "prognos", "utfall", "bokslut", "avvikelse", "resultat"]

  /// A column header on a line of its own: a column word, then at most a period or year
  /// (`Utfall 2023`, `Målvärde 2023`, `Bokslut jan-aug 2024`, `Bedömning`) or a unit (`Färdiggrad
  /// (%)`).
  static func isColumnHeader(_ text: String) -> Bool {
    guard text.utf8.count <= 30 else { return false }
    // An accumulated figure (`Ack utfall jan–jun`) names its column word after `Ack`.
    var words = text.split(separator: " ")
    if let w = words.first?.lowercasedText(), ["ack", "ack.", "ackumulerat", "ackumulerad"].contains(w), words.count >= 2 {
      words.removeFirst()
    }
    // (A unit after a comma, `Förbrukat, %`.)
    guard let word = words.first?.lowercasedText().trimmingCharacters(in: [","]) else { return false }
    // (A header of words of its own: `Klart senast`, `Ansvarig enhet`.)
    if words.count > 1, textColumnWords.contains(text.lowercasedText()) { return true }
    // A compound ending in a column word (`Helårsbudget`) is one too.
    let known = FollowUpVocabulary.columnWords.contains(word) || CollapsedTableForm.columnWords.contains(word)
      || textColumnWords.contains(text.lowercasedText()) || textColumnWords.contains(word)
      || ["förbrukat", "förbrukad", "upparbetat"].contains(word)
      || (7...16).contains(word.count) && compoundEndings.contains { word.hasSuffix($0) }
    guard known else { return false }
    // (`Avvikelse mot budget`, `Prognos helår`, `Avvikelse mot föregående år`: what the figure is
    // measured against, or the part of the year.)
    // (What the figure compares may come first: `Avvikelse prognos mot budget`, `Avvikelse
    // budget/utfall`.)
    func isColumnWord(_ part: String) -> Bool {
      FollowUpVocabulary.columnWords.contains(part) || CollapsedTableForm.columnWords.contains(part)
    }
    var rest = words.dropFirst().map { $0.lowercasedText() }
    if word == "avvikelse" || word == "differens" {
      let compared = rest.prefix { part in part.split(separator: "/").allSatisfy { isColumnWord(String($0)) } }
      if compared.count <= 2, compared.count < rest.count || compared.first?.contains("/") == true { rest.removeFirst(compared.count) }
    }
    return rest.allSatisfy { part in
      part.allSatisfy(\.isNumber) || Tidpunkt.month(named: part) != nil || part.contains("-")
        || part.contains("–") || part == "%" || part == "(%)" || Tidpunkt.isPartOfYearWord(part)
    } || rest.first.map { ["mot", "från", "jämfört"].contains($0) } == true && rest.dropFirst().allSatisfy { part in
      FollowUpVocabulary.columnWords.contains(part) || CollapsedTableForm.columnWords.contains(part)
        || ["föregående", "fg", "år", "året", "med"].contains(part) || part.allSatisfy(\.isNumber)
    }
  }

  /// A column named by a part of the year (`Jan–aug`, `T2`, `Kv 2 2024`, `Jan–jun 2023`).
  static func isPeriodHeader(_ text: String) -> Bool {
    let t = text.lowercasedText()
    let words = t.split(separator: " ")
    guard !words.isEmpty, words.count <= 4, text.utf8.count <= 24 else { return false }
    var period = false
    for w in words {
      let parts = w.split { $0 == "-" || $0 == "–" }
      if !parts.isEmpty, parts.allSatisfy({ Tidpunkt.month(named: String($0)) != nil }) {
        period = true
      } else if Tidpunkt.isPartOfYearWord(w) {
        period = true
      } else if let n = Int(w), (1...4).contains(n) || (1900...2200).contains(n) {
        continue
      } else {
        return false
      }
    }
    return period
  }

  static func kind(of header: String) -> Kind {
    let lower = header.lowercasedText()
    if FollowUpVocabulary.names(lower, FollowUpVocabulary.assessmentWords) { return .assessment }
    return textColumnWords.contains(lower) ? .text : .value
  }

  /// Whether a line can be a cell of a column of `kind`.
  static func fits(_ cell: String, _ kind: Kind) -> Bool {
    switch kind {
    case .value: return AlignedTableForm.isValue(cell) || FollowUpVocabulary.noValueWords.contains(cell.lowercasedText())
    case .assessment:
      // A status the vocabulary knows, or a few words without digits (`Grön`, `På god väg`).
      if StatusVocabulary.activityStatus(cell) != .okänd || StatusVocabulary.knownGoalStatus(cell) != nil { return true }
      // (Or one first, then a comment: `Målet är uppfyllt. Under året har …`.)
      if StatusVocabulary.statusAndComment(cell).comment != nil { return true }
      return cell.split(separator: " ").count <= 3 && !cell.contains(where: \.isNumber) && !isColumnHeader(cell)
    case .text: return true
    }
  }
}
