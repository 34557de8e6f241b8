/// Reads page-layout tables of goals and their indicators whose goal and assessment cells span
/// the indicators' rows and are printed centred on them, as pdftotext prints a Word table with
/// cells aligned to the middle:
///
///      Mål                       Indikator                          Utfall    Målvärde   Bedömning
///                                                                   2024
///                                Antal bränder i bostad per 1 000     0,71     ≤ 0,65
///                                invånare
///      1. Antalet bränder i      Antal omkomna i bränder                 1          0
///                                                                                         Ej uppfyllt
///      bostäder ska minska.
///
/// The header names a goal column and a column of indicators (`Mål   Indikator`) and at least one
/// column of values; its cells' left edges are the columns. Every segment of the body belongs to
/// the column whose edge is at or left of it (two characters' slack). An indicator starts where
/// its column holds text in a capital (lines in lower case go on with it) and owns the values on
/// its lines; a goal's cell is a run of lines in its column, a new one where a line starts in a
/// capital or a number, and its indicators are those nearest it; an assessment is the goal's it
/// is nearest. Only a table whose first indicator stands above its goal's first line (the cell
/// centred) is read here, or one whose goals stand on their first indicator's line (the cell at
/// the top) and whose assessments stand on lines of their own (those centred): then a goal's rows
/// and assessment are those from its first line to the next goal's. A goal on its first
/// indicator's line beside its assessment is page layout the aligned form reads. A group's label
/// on a line of its own (`Målområde 1: Trygg och jämlik välfärd`) is a row of its own. Blank lines
/// go on; the table ends at text that crosses the columns or at two blank lines. (A goal's text
/// run into its first indicator's, `… självförsörjande Antal hushåll …`, is cut where a word in a
/// capital starts at the indicator column's edge.)
enum SpanningCellsForm {
  static func read(_ lines: [SourceLine], at i: Int, usable: (Int) -> Bool) -> (DocumentTable, Range<Int>)? {
    guard usable(i), let (header, hasArea) = headerColumns(lines[i]) else { return nil }
    let edges = header.map(\.start)
    var names = header.map(\.text)
    // Header cells wrapped onto the lines below (`Utfall` / `2024`), up to a blank line.
    var k = i + 1
    // (A wrapped cell may be centred under its first line: `Utfall april` / `2025`.)
    while k < lines.count, usable(k), !lines[k].isBlank, k - i <= 3 {
      let segments = AlignedTableForm.segments(lines[k].raw)
      let columns = segments.map { s in
        edges.firstIndex { abs($0 - s.start) <= 2 } ?? header.firstIndex { h in (h.start - 2...h.end + 2).contains((s.start + s.end) / 2) }
      }
      guard columns.allSatisfy({ $0 != nil }), !segments.contains(where: { $0.text.count > 20 }) else { break }
      for (s, c) in zip(segments, columns) { names[c!] += " " + s.text }
      k += 1
    }
    let goalColumn = hasArea ? 1 : 0
    let indicatorColumn = goalColumn + 1
    var body: [(line: Int, cells: [String])] = []
    var groups: [(at: Int, line: Int, text: String)] = []  // a group's label, before the body line `at`
    var blanks = 0
    var end = k
    while k < lines.count, usable(k) {
      if lines[k].isBlank {
        blanks += 1
        if blanks >= 2 { break }
        k += 1
        continue
      }
      blanks = 0
      if !hasArea, AlignedTableForm.isGroupLabel(lines[k]) {
        groups.append((body.count, lines[k].number, lines[k].collapsed))
        k += 1
        continue
      }
      var cells = Array(repeating: "", count: edges.count)
      let segments = AlignedTableForm.segments(lines[k].raw).flatMap { cut($0, at: edges[indicatorColumn]) }
      // Text running across a column's edge is prose below the table, but a short value set to
      // the right of a column of values, wider than its header (`Bland de 50 lägsta`).
      var placed: [(column: Int, text: String)] = []
      for s in segments {
        let crossed = edges.indices.dropFirst().filter { edges[$0] > s.start + 2 && edges[$0] < s.end - 1 }
        if crossed.isEmpty {
          placed.append((column(s.start, edges), s.text))
        } else if crossed.count == 1, let c = crossed.first, c > indicatorColumn, s.text.count <= 24 {
          placed.append((c, s.text))
        } else {
          placed = []
          break
        }
      }
      guard !placed.isEmpty else { break }
      for (c, text) in placed {
        cells[c] = cells[c].isEmpty ? text : cells[c] + " " + text
      }
      body.append((k, cells))
      k += 1
      end = k
    }
    // Rows: an indicator's lines, from one starting in a capital to the next. (A line in capitals
    // without values right under the row's text goes on with it: `Antal tillsyner enligt` / `LSO`.)
    var rows: [(lines: [Int], indicator: [String], values: [Int: String])] = []
    for (n, entry) in body.enumerated() {
      let text = entry.cells[indicatorColumn]
      let hasValues = (indicatorColumn + 1..<edges.count).contains { isValueColumn($0, names, after: indicatorColumn) && !entry.cells[$0].isEmpty }
      // (No blank line since the row's last line: the body holds only lines with text, in order.)
      let adjoins = rows.last?.lines.last.map { last in body[n].line - body[last].line == n - last } == true
      if let first = text.first, rows.isEmpty || first.isUppercase && (hasValues || !adjoins) {
        rows.append(([n], [text], [:]))
      } else if !rows.isEmpty {
        rows[rows.count - 1].lines.append(n)
        if !text.isEmpty { rows[rows.count - 1].indicator.append(text) }
      }
      for c in (indicatorColumn + 1)..<edges.count where isValueColumn(c, names, after: indicatorColumn) && !entry.cells[c].isEmpty && !rows.isEmpty {
        rows[rows.count - 1].values[c] = entry.cells[c]
      }
    }
    // Goals: runs of lines in the goal column; assessments: lines in the last column of words.
    var goals: [(first: Int, last: Int, text: [String])] = []
    for (n, entry) in body.enumerated() where !entry.cells[goalColumn].isEmpty {
      let text = entry.cells[goalColumn]
      if let last = goals.last, text.first.map({ !$0.isUppercase && !$0.isNumber }) == true,
        !groups.contains(where: { $0.at > last.last && $0.at <= n })
      {
        goals[goals.count - 1] = (last.first, n, last.text + [text])
      } else {
        goals.append((n, n, [text]))
      }
    }
    // Areas: runs of lines in a first column of areas, each the area of the goals nearest its
    // middle (the cell centred on them).
    var areas: [(first: Int, last: Int, text: [String])] = []
    for (n, entry) in body.enumerated() where hasArea && !entry.cells[0].isEmpty {
      if let area = areas.last, body[area.last].line + 1 == entry.line {
        areas[areas.count - 1] = (area.first, n, area.text + [entry.cells[0]])
      } else {
        areas.append((n, n, [entry.cells[0]]))
      }
    }
    func areaMiddle(_ a: Int) -> Double { Double(areas[a].first + areas[a].last) / 2 }
    let assessmentColumn = edges.count - 1
    guard !isValueColumn(assessmentColumn, names, after: indicatorColumn), rows.count >= 2, goals.count >= 1, let firstRow = rows.first,
      rows.allSatisfy({ !$0.values.isEmpty }), !hasArea || !areas.isEmpty
    else { return nil }
    // Goal cells at the top of their rows, assessments centred on lines of their own (or beside
    // the goal, where a column of areas before the goals' is the aligned form's to miss).
    let atTop = !body[firstRow.lines[0]].cells[goalColumn].isEmpty
    guard !atTop || hasArea || body.contains(where: { entry in entry.cells.indices.allSatisfy { ($0 == assessmentColumn) != entry.cells[$0].isEmpty } })
    else { return nil }
    var assessments: [(line: Int, text: String)] = []
    for (n, entry) in body.enumerated() where !entry.cells[assessmentColumn].isEmpty {
      if let last = assessments.last, last.line == n - 1, entry.cells[assessmentColumn].first?.isLowercase == true {
        assessments[assessments.count - 1] = (n, last.text + " " + entry.cells[assessmentColumn])
      } else {
        assessments.append((n, entry.cells[assessmentColumn]))
      }
    }
    func distance(_ lines: ClosedRange<Int>, _ goal: (first: Int, last: Int, text: [String])) -> Int {
      if lines.upperBound < goal.first { return goal.first - lines.upperBound }
      if lines.lowerBound > goal.last { return lines.lowerBound - goal.last }
      return 0
    }
    func nearestGoal(_ span: ClosedRange<Int>) -> Int {
      if atTop { return goals.lastIndex { $0.first <= span.lowerBound } ?? 0 }
      return goals.indices.min { distance(span, goals[$0]) < distance(span, goals[$1]) }!
    }
    var goalAssessment: [Int: String] = [:]
    for a in assessments {
      let g = nearestGoal(a.line...a.line)
      goalAssessment[g] = goalAssessment[g].map { $0 + "\n" + a.text } ?? a.text
    }
    let areasAtTop = areas.allSatisfy { a in goals.contains { $0.first == a.first } }
    // (A goal's span: its first line to the line above the next goal's.)
    func area(of g: Int) -> Int? {
      guard !areas.isEmpty else { return nil }
      // (Areas at the top of their goals' rows, each on a goal's first line: the area starting at
      // or above the goal's.)
      if areasAtTop { return areas.lastIndex { $0.first <= goals[g].first } }
      let last = g + 1 < goals.count ? goals[g + 1].first - 1 : body.count - 1
      let middle = Double(goals[g].first + max(goals[g].first, last)) / 2
      return areas.indices.min { abs(areaMiddle($0) - middle) < abs(areaMiddle($1) - middle) }
    }
    var table: [TableRow] = []
    var lastGoal: Int?
    var lastArea: Int?
    var group = 0
    for row in rows {
      while group < groups.count, groups[group].at <= row.lines[0] {
        let line = groups[group].line
        let empty = Array(repeating: TableCell("", line: line), count: edges.count - 1)
        table.append(TableRow(cells: [TableCell(groups[group].text, line: line)] + empty, line: line))
        group += 1
        lastGoal = nil
      }
      let g = nearestGoal(row.lines[0]...row.lines[row.lines.count - 1])
      let line = lines[body[row.lines[0]].line].number
      var cells = [TableCell("", line: line), TableCell(LineJoining.join(row.indicator), line: line)]
      for c in (indicatorColumn + 1)..<edges.count where c != assessmentColumn {
        cells.append(TableCell(row.values[c] ?? "", line: line))
      }
      var assessment = ""
      if g != lastGoal {
        cells[0] = TableCell(LineJoining.join(goals[g].text), line: lines[body[goals[g].first].line].number)
        assessment = goalAssessment[g] ?? ""
        lastGoal = g
      }
      cells.append(TableCell(assessment, line: line))
      if hasArea {
        // The area's cell on the first row of its first goal.
        var cell = TableCell("", line: line)
        if let a = area(of: g), a != lastArea, cells[0].text != "" {
          cell = TableCell(LineJoining.join(areas[a].text), line: lines[body[areas[a].first].line].number)
          lastArea = a
        }
        cells.insert(cell, at: 0)
      }
      table.append(TableRow(cells: cells, line: line))
    }
    let columns = names.map { HTMLText.collapse($0) }
    return (DocumentTable(columns: columns, headerLine: lines[i].number, rows: table), i..<end)
  }

  /// The header's cells where it names goals and indicators in its first two and values after
  /// them (`Mål   Indikator   Utfall   Målvärde   Bedömning`), maybe after a column of the goals'
  /// areas (`Fokusområde   Mål   Mätetal …`), and whether it has that column; nil otherwise.
  static func headerColumns(_ line: SourceLine) -> (segments: [AlignedTableForm.Segment], hasArea: Bool)? {
    guard let b = line.trimmed.utf8.first, b == UInt8(ascii: "M") || b == UInt8(ascii: "m") || b >= 0xC0 || (0x41...0x5A).contains(b)
    else { return nil }
    let segments = AlignedTableForm.segments(line.raw)
    guard segments.count >= 4, segments.count <= 9 else { return nil }
    // (Or a balanced scorecard's perspectives, `Perspektiv   Strategiskt mål   Mått …`.)
    let first = FollowUpVocabulary.headerKey(segments[0].text)
    let hasArea = segments.count >= 5 && (FollowUpVocabulary.areaGoalWords.contains(first) || first == "perspektiv")
    let goal = hasArea ? 1 : 0
    guard segments.count <= 8 + goal,
      FollowUpVocabulary.names(segments[goal].text, FollowUpVocabulary.goalWords + ["mål"]),
      FollowUpVocabulary.namesMeasures(segments[goal + 1].text),
      segments.dropFirst(goal + 2).contains(where: { StackedTableForm.isColumnHeader($0.text) })
    else { return nil }
    return (segments, hasArea)
  }

  /// A segment running from the goal column into the indicators' (`2.1 Fler invånare ska bli
  /// självförsörjande Antal hushåll med …`) cut before the word in a capital that starts within
  /// three characters of that column's edge, the indicator's part at the edge; any other segment
  /// whole.
  static func cut(_ segment: AlignedTableForm.Segment, at edge: Int) -> [AlignedTableForm.Segment] {
    guard segment.start < edge - 3, segment.end > edge + 1 else { return [segment] }
    let words = AlignedTableForm.words(segment.text)
    guard let w = words.indices.dropFirst().first(where: { abs(segment.start + words[$0].start - edge) <= 3 }),
      words[w].text.first?.isUppercase == true
    else { return [segment] }
    let left = words[w - 1]
    return [
      .init(start: segment.start, end: segment.start + left.end, text: words[..<w].map(\.text).joined(separator: " ")),
      .init(start: edge, end: segment.end, text: words[w...].map(\.text).joined(separator: " ")),
    ]
  }

  /// The column whose left edge is at or left of `start` (two characters' slack).
  static func column(_ start: Int, _ edges: [Int]) -> Int {
    edges.lastIndex { $0 <= start + 2 } ?? 0
  }

  /// Whether a column after the indicators' (`indicatorColumn`) holds values: its header is no
  /// assessment word.
  static func isValueColumn(_ c: Int, _ names: [String], after indicatorColumn: Int) -> Bool {
    c > indicatorColumn && !FollowUpVocabulary.namesAssessment(names[c].split(separator: " ").first.map(String.init) ?? "")
  }
}
