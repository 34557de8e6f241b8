/// Reads GitHub/pipe markdown tables (`| a | b |` over `| --- | --- |`), as pdfplumber and other
/// converters write them: `<br>` in a cell is a line break inside it, empty cells stay empty.
enum PipeTableForm {
  /// The cells of one pipe row, trimmed; `\|` is a literal bar. In a table without outer bars
  /// (`bare`), a bar first on the line follows an empty first cell.
  static func cells(_ row: String, bare: Bool = false) -> [String] {
    var t = Substring(Whitespace.trimmed(row))
    if !bare, t.first == "|" { t = t.dropFirst() }
    if !bare, t.last == "|" { t = t.dropLast() }
    var cells: [String] = []
    var current = ""
    var escaped = false
    for ch in t {
      if escaped {
        current.append(ch)
        escaped = false
      } else if ch == "\\" {
        escaped = true
        current.append(ch)
      } else if ch == "|" {
        cells.append(current)
        current = ""
      } else {
        current.append(ch)
      }
    }
    cells.append(current)
    return cells.map { cellText($0) }
  }

  /// A cell's text: `<br>` becomes a line break, `\|` a bar, `--` an en dash, white space
  /// collapsed per line, a line wholly in bold without its markup (`**Delvis uppfylld**`, as
  /// pymupdf4llm prints a bold cell).
  static func cellText(_ raw: String) -> String {
    var s = raw.replacingAll("\\|", with: "|")
    // Pandoc's markdown writes an en dash as `--` (`jan--aug`, a cell of no value `--`).
    if s.contains("--") { s = s.replacingAll("--", with: "–") }
    // An icon kept as an image (`![](media/image5.png)`) says nothing but its alt text.
    s = FollowUpVocabulary.withoutImages(s)
    for br in ["<br/>", "<br />", "<BR>", "<br>"] { s = s.replacingAll(br, with: "\n") }
    return s.split(separator: "\n", omittingEmptySubsequences: false)
      .map { withoutEmphasis(HTMLText.collapse(String($0))) }
      .filter { !$0.isEmpty }
      .joined(separator: "\n")
  }

  /// A cell's line without the emphasis around all of it: bold, italic or both
  /// (`**_Skulder_**`, `_varav periodens resultat_`).
  static func withoutEmphasis(_ text: String) -> String {
    var t = HeaderText.withoutEmphasis(text)
    // A number in bold run into the text after it (`**1.1**Barn och unga …`, as pymupdf4llm
    // prints a bold span before a plain one): the number and the text a space apart.
    if t.hasPrefix("**"), let close = t.dropFirst(2).range(of: "**") {
      let number = t[t.index(t.startIndex, offsetBy: 2)..<close.lowerBound]
      let rest = t[close.upperBound...]
      if !number.isEmpty, number.count <= 8, number.allSatisfy({ $0.isNumber || $0 == "." }), number.first?.isNumber == true,
        rest.first?.isLetter == true
      {
        t = number + " " + rest
      }
    }
    for mark in ["_", "*"] where t.count > 2 && t.hasPrefix(mark) && t.hasSuffix(mark) {
      let inner = t.dropFirst().dropLast()
      guard !inner.contains(mark), inner.first != " ", inner.last != " " else { break }
      t = String(inner)
      break
    }
    return t
  }

  /// Reads the pipe table whose rows start at `start`: rows before the delimiter row are header
  /// rows. Returns the table (without id or caption) and the index after its last row.
  static func read(_ lines: [SourceLine], from start: Int, bare: Bool = false) -> (table: DocumentTable, end: Int) {
    var end = start
    while end < lines.count, lines[end].isPipeRow || bare && !lines[end].isBlank && lines[end].trimmed.contains("|") {
      end += 1
    }
    let rows = lines[start..<end]
    let delimiter = rows.firstIndex { $0.isPipeDelimiter || bare && isBareDelimiter($0) }
    // Without a delimiter row (antiword, Word's text export), a first row of words over more
    // rows is the header, and a row whose filled cells start in lower case goes on with the
    // cells above it (`|Andel av gatunätet med |62 |` / `|beläggningsstandard god |  |`).
    let firstCells = rows.first.map { cells($0.raw) } ?? []
    let wordHeader = delimiter == nil && rows.count >= 2 && firstCells.count >= 2
      && firstCells.allSatisfy { !$0.isEmpty && $0.first?.isLetter == true && AlignedTableForm.number($0) == nil }
    var header: [[String]] = []
    var body: [TableRow] = []
    var headerLine: Int?
    var startFilled = Set<Int>()  // the cells the last row's first line filled
    for line in rows where !line.isPipeDelimiter && !(bare && isBareDelimiter(line)) {
      let cells = self.cells(line.raw, bare: bare)
      if let delimiter, line.number < lines[delimiter].number {
        header.append(cells)
        headerLine = headerLine ?? line.number
      } else if wordHeader, line.number == rows.first?.number {
        header.append(cells)
        headerLine = line.number
      } else if wordHeader, body.isEmpty, header.count == 1, cells.first?.isEmpty == true,
        cells.dropFirst().allSatisfy({ $0.isEmpty || CollapsedTableForm.year($0) != nil || StackedTableForm.isPeriodHeader($0) }),
        cells.contains(where: { !$0.isEmpty })
      {
        // The header's years wrapped onto a line of their own (`| | 2022 | 2023 |`).
        header.append(cells)
      } else if delimiter == nil, var above = body.last, continues(cells, above: above, startFilled: startFilled) {
        for (c, text) in cells.enumerated() where !text.isEmpty && c < above.cells.count {
          above.cells[c].text += above.cells[c].text.isEmpty ? text : "\n" + text
        }
        body[body.count - 1] = above
      } else {
        body += splitMerged(cells).map { row in TableRow(cells: row.map { TableCell($0, line: line.number) }, line: line.number) }
        startFilled = Set(cells.indices.filter { !cells[$0].isEmpty })
      }
    }
    let width = max(header.map(\.count).max() ?? 0, body.map(\.cells.count).max() ?? 0)
    let printed = (0..<width).map { column in
      header.compactMap { $0.indices.contains(column) ? $0[column] : nil }.joined(separator: "\n")
    }
    var columns = printed.map { HeaderText.join([$0]) }
    let merged = mergedDown(columns)
    for i in body.indices {
      // A row short of cells under a cell merged down from a row above (markitdown prints a
      // vertically merged cell in its first row only): see `mergedDown`.
      let short = width - body[i].cells.count
      if short > 0, body[i].cells.count >= 2, let (at, assessed) = merged, at + short <= assessed, assessed - short < body[i].cells.count,
        StatusVocabulary.isStatusPhrase(HeaderText.withoutEmphasis(body[i].cells[assessed - short].text)),
        !(assessed < body[i].cells.count && StatusVocabulary.isStatusAlone(HeaderText.withoutEmphasis(body[i].cells[assessed].text)))
      {
        // (A group's cell stays empty, as a group's rows leave it; any other takes the text
        // above, the merged cell's.)
        let above = at > 0 && i > 0 ? body[i - 1].cells[at..<(at + short)].map(\.text) : Array(repeating: "", count: short)
        body[i].cells.insert(contentsOf: above.map { TableCell($0, line: body[i].line) }, at: at)
      } else if short > 0, let at = mergedAround(columns, body[i].cells.map(\.text)) {
        // (Its merged cells on both sides stay empty, as a goal's rows of indicators leave them.)
        body[i].cells.insert(contentsOf: (0..<at).map { _ in TableCell("", line: body[i].line) }, at: 0)
      }
      while body[i].cells.count < width { body[i].cells.append(TableCell("", line: body[i].line)) }
    }
    // pdfplumber prints a summary row's values into the header cells ("Årsbudget<br>2024<br>-1,3"
    // over a row labelled by the first header cell): give them back to a row of their own.
    if let headerLine, let split = HeaderText.splitTrailingValues(printed) ?? HeaderText.splitOneLineRow(printed) {
      columns = split.columns
      body.insert(
        TableRow(cells: split.row.map { TableCell($0, line: headerLine) }, line: headerLine), at: 0)
    }
    // A caption merged over every column as the header's one cell (`| Nyckeltal för resultatmål
    // 1.1 |` over `| --- |`, as markitdown prints a merged first row), over a first row of words
    // naming the columns: that row is the header and the cell the table's caption.
    var caption: String?
    if width >= 3, header.count == 1, header[0].count == 1, !columns[0].isEmpty, let first = body.first,
      first.cells.allSatisfy({ !$0.isEmpty && $0.text.first?.isLetter == true && AlignedTableForm.number($0.text) == nil }),
      first.cells.dropFirst().contains(where: { CollapsedTableForm.columnWords.contains(($0.text.split(separator: " ").first ?? "").lowercasedText()) })
    {
      caption = columns[0]
      columns = first.cells.map { HeaderText.join([$0.text]) }
      headerLine = first.line
      body.removeFirst()
    }
    // An empty header over a first row of words (markitdown prints a Word table's first row so,
    // under `|  |  |` and `| --- |`): that row is the header, its emphasis markup.
    if caption == nil, width >= 2, columns.allSatisfy(\.isEmpty), let first = body.first,
      first.cells.allSatisfy({ cell in
        let text = HeaderText.join([cell.text])
        return !text.isEmpty && (AlignedTableForm.number(text) == nil || CollapsedTableForm.year(text) != nil)
      })
    {
      columns = first.cells.map { HeaderText.join([$0.text]) }
      headerLine = first.line
      body.removeFirst()
    }
    // A header cell merged over several columns, the columns' years in the first row (`| Mått |
    // Utfall | | | Mål 2024 |` over `| **2022** | **2023** | **2024** |`, markitdown dropping the
    // row's empty cells): each of those columns is the cell's word and its year or period.
    if caption == nil, let first = body.first,
      let span = columns.indices.first(where: { c in !columns[c].isEmpty && c + 1 < columns.count && columns[c + 1].isEmpty })
    {
      var run = span + 1
      while run < columns.count, columns[run].isEmpty { run += 1 }
      let years = first.cells.map { HeaderText.join([$0.text]) }.filter { !$0.isEmpty }
      // (Or parts of years, `| **2023** | **jan–aug 2024** |`.)
      if years.count == run - span, years.allSatisfy({ CollapsedTableForm.year($0) != nil || StackedTableForm.isPeriodHeader($0) }),
        years.contains(where: { $0.contains(where: \.isNumber) })
      {
        let word = columns[span]
        for (k, year) in years.enumerated() { columns[span + k] = word + " " + year }
        body.removeFirst()
      }
    }
    (columns, body) = joiningSplitColumns(columns, body)
    var table = DocumentTable(columns: columns, headerLine: headerLine, rows: body)
    table.caption = caption
    return (collapsed(table, printed: printed) ?? table, end)
  }

  /// Where a table of entries has cells merged down over rows that a converter printed once,
  /// leaving the rows below short: the column the missing cells start at, and the column of
  /// assessments that tells the rows apart. A row short by `n` cells is short there where that
  /// puts an assessment under the assessments' column and leaving it would not. The missing
  /// cells are the entries' group (`| Fokusområde | Nämndmål | Bedömning |`, the first of two
  /// goal columns) or the columns right after the entry (`| Aktivitet | Ansvarig | Tidplan |
  /// Status |`, one person responsible for several activities): an entry is never merged.
  static func mergedDown(_ columns: [String]) -> (at: Int, assessment: Int)? {
    let roles = columns.map(GoalTables.role(of:))
    guard let assessed = roles.firstIndex(of: .assessment),
      let entry = roles[..<assessed].lastIndex(where: { [.goal, .activity, .assignment].contains($0) })
    else { return nil }
    if entry > 0, [.goal, .group].contains(roles[0]) { return (0, assessed) }
    return entry + 1 < assessed ? (entry + 1, assessed) : nil
  }

  /// Where a row short of cells merged down on both sides of it starts (`| Nämndens mål |
  /// Indikator | Utfall T2 2024 | Målvärde 2024 | Bedömning |`, a goal's cell and its assessment's
  /// merged down its rows of indicators, markitdown printing `| Andel … (%) | 68,5 | 70,0 |`): the
  /// one column from which its first cell is text under a column of text and its others figures
  /// (one of them may be a short note, `Redovisas T3`) under columns of figures, the columns
  /// before it naming goals or their groups and those after it assessments; nil where no column
  /// or more than one fits.
  static func mergedAround(_ columns: [String], _ cells: [String]) -> Int? {
    guard cells.count >= 2, cells.count < columns.count else { return nil }
    let roles = columns.map(GoalTables.role(of:))
    func isFigure(_ text: String) -> Bool {
      let t = HeaderText.withoutEmphasis(text)
      return t.isEmpty || AlignedTableForm.number(t) != nil || ["-", "–", "—", ".."].contains(t)
    }
    let notes = cells.dropFirst().filter { !isFigure($0) }
    let fits = (1...(columns.count - cells.count)).filter { at in
      roles[..<at].allSatisfy { [.goal, .group].contains($0) }
        && roles[(at + cells.count)...].allSatisfy { $0 == .assessment }
        && roles[at] != .assessment && !isFigure(cells[0])
        // (One value may be a note where it is missing: `Redovisas T3`.)
        && notes.allSatisfy { $0.utf8.count <= 20 } && notes.count <= 1 && notes.count < cells.count - 1
        && cells.indices.dropFirst().allSatisfy { k in
          roles[at + k] == .other
            && CollapsedTableForm.isHeaderToken(HeaderText.withoutEmphasis(columns[at + k]).split(separator: " ").first.map(String.init) ?? "")
        }
    }
    return fits.count == 1 ? fits[0] : nil
  }

  /// The columns with each value column that a converter split in two joined again: a named
  /// column and the unnamed ones after it whose rows fill at most one of them, with a figure
  /// (`| Budget 2025 |  | Prognos 2025 |` over `|  | 14,2 |  | 14,0 |`, as markitdown prints
  /// a table whose header cells stand apart from its figures).
  static func joiningSplitColumns(_ columns: [String], _ body: [TableRow]) -> ([String], [TableRow]) {
    guard columns.count >= 3, columns.contains(where: \.isEmpty), !body.isEmpty else { return (columns, body) }
    var columns = columns
    var body = body
    var c = columns.count - 1
    while c >= 1 {
      defer { c -= 1 }
      guard !columns[c].isEmpty, c + 1 < columns.count, columns[c + 1].isEmpty else { continue }
      var end = c + 1
      while end < columns.count, columns[end].isEmpty { end += 1 }
      let span = c..<end
      let joinable = body.allSatisfy { row in
        let filled = span.filter { row.cells.indices.contains($0) && !row.cells[$0].text.isEmpty }
        return filled.count <= 1 && filled.allSatisfy { k in
          let text = row.cells[k].text
          return AlignedTableForm.number(text) != nil || ["-", "–", "—"].contains(text)
        }
      }
      guard joinable, body.contains(where: { row in span.dropFirst().contains { row.cells.indices.contains($0) && !row.cells[$0].text.isEmpty } })
      else { continue }
      for r in body.indices {
        if let k = span.first(where: { body[r].cells.indices.contains($0) && !body[r].cells[$0].text.isEmpty }), k != c {
          body[r].cells[c] = body[r].cells[k]
        }
        body[r].cells.removeSubrange(span.dropFirst().clamped(to: body[r].cells.indices))
      }
      columns.removeSubrange(span.dropFirst())
    }
    return (columns, body)
  }

  /// Rows that pdfplumber merged into one (`Olycksfall<br>Total | 127<br>556 | 151<br>647`): where
  /// the label and every filled value cell have as many lines, two or more, and each value line
  /// is a number, each line is a row of its own; any other row is itself.
  static func splitMerged(_ cells: [String]) -> [[String]] {
    guard cells.count >= 2, cells[0].contains("\n") else { return [cells] }
    let parts = cells.map { $0.split(separator: "\n").map(String.init) }
    let count = parts[0].count
    let values = parts.dropFirst().filter { !$0.isEmpty }
    guard count >= 2, !values.isEmpty, values.allSatisfy({ $0.count == count && $0.allSatisfy { AlignedTableForm.number($0) != nil } }),
      !parts[0].contains(where: { AlignedTableForm.number($0) != nil || $0.first?.isLowercase == true })
    else { return [cells] }
    return (0..<count).map { k in parts.map { $0.isEmpty ? "" : $0[k] } }
  }

  /// A delimiter row without outer bars, as GitHub markdown allows (`---|---|---`).
  static func isBareDelimiter(_ line: SourceLine) -> Bool {
    let t = line.trimmed
    return t.contains("|") && t.contains("-") && t.allSatisfy { $0 == "-" || $0 == ":" || $0 == "|" || $0 == " " }
  }

  /// Whether a table without outer bars starts at line `i` (html2text, GitHub markdown): a row
  /// with a bar over such a delimiter row.
  static func startsBareTable(_ lines: [SourceLine], _ i: Int) -> Bool {
    guard i + 1 < lines.count, !lines[i].isPipeRow, lines[i].trimmed.contains("|"), isBareDelimiter(lines[i + 1]) else {
      return false
    }
    return cells(lines[i].raw, bare: true).count == cells(lines[i + 1].raw, bare: true).count
  }

  /// Whether a row without a delimiter above goes on with the row above (antiword wraps each
  /// cell in its column): its first cell is empty (rows fill it) or does not start a row, which starts in a
  /// capital or digit and follows a first cell ending a sentence or fills every cell the row
  /// above filled on its first line (`för ett trygghetsboende i` / `Västerby.` goes on;
  /// `Västerby.` / `Socialnämnden …   KF   Avslutad` starts one; `LSS 2024–2030.` with an empty
  /// status goes on).
  static func continues(_ cells: [String], above: TableRow, startFilled: Set<Int>) -> Bool {
    // A line filling only later cells goes on with theirs.
    guard let first = cells.first, let initial = first.first else { return cells.contains { !$0.isEmpty } && startFilled.contains(0) }
    guard initial.isUppercase || initial.isNumber else { return true }
    let previous = above.cells.first?.text.split(separator: "\n").last ?? ""
    if previous.last.map({ ".!?".contains($0) }) ?? true { return false }
    return !startFilled.allSatisfy { $0 < cells.count && !cells[$0].isEmpty }
  }

  /// A table the converter put in one column, as text that lost its column positions (a header
  /// cell `Namn Utfall 2020 Utfall 2021 …`, each row one cell of label lines around a line of
  /// values), read as such text is; nil for any other table.
  /// - Parameter printed: The header cells as printed, their `<br>` lines apart.
  static func collapsed(_ table: DocumentTable, printed: [String]? = nil) -> DocumentTable? {
    // One header cell and one cell per row hold text (not always in the same column).
    let header = (printed ?? table.columns).filter { !$0.isEmpty }
    let cells = table.rows.map { $0.cells.filter { !$0.isEmpty } }
    guard header.count == 1, let headerLine = table.headerLine, !cells.isEmpty, cells.allSatisfy({ $0.count == 1 })
    else { return nil }
    // The header's `<br>` lines are lines of their own (`Utfall jan …` / `Namn 2020 -jun …` / `2020 …`).
    var lines = header[0].split(separator: "\n").map { SourceLine(number: headerLine, text: String($0)) }
    for (row, cell) in zip(table.rows, cells) {
      lines += cell[0].text.split(separator: "\n").map { SourceLine(number: row.line, text: String($0)) }
    }
    guard let (read, range) = CollapsedTableForm.read(lines, at: 0, usable: { _ in true }), range.count == lines.count
    else { return nil }
    return read
  }
}

extension String {
  /// The string with every occurrence of `target` replaced, without Foundation.
  func replacingAll(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty, self.contains(target) else { return self }
    var result = ""
    var rest = Substring(self)
    while let range = rest.firstRange(of: target) {
      result += rest[..<range.lowerBound]
      result += replacement
      rest = rest[range.upperBound...]
    }
    return result + rest
  }
}
