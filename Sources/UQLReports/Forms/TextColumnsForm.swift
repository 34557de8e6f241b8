import UQLValues

/// Reads tables of text from page-layout text (pdftotext `-layout`), which have no numbers for
/// ``AlignedTableForm`` to find their columns by: a header line whose words name the columns of
/// follow-up (`Aktivitet   Ansvar   Status   Kommentar`), and rows below whose text starts under
/// the header's words. A cell wrapped over lines continues on the next line under its column,
/// with the first column empty or starting in lower case:
///
///     Aktivitet                     Ansvar          Status        Kommentar
///     Införa digitala vårdbesök     Vårdcentraler   Pågår         Pilot startad i mars,
///                                                                 fler enheter i höst
///     Utbilda personal i MI-samtal  HR              Klar
enum TextColumnsForm {
  /// Words that head the first column of such a table: what the rows are.
  static let entryWords = Set(
    FollowUpVocabulary.goalWords + FollowUpVocabulary.activityWords + FollowUpVocabulary.assignmentWords)
  /// The first letters of the entry words, in either case: most lines are ruled out by them.
  static let entryInitials = Set(
    (entryWords.union(FollowUpVocabulary.entryQualifiers)).flatMap { word in
      [word.unicodeScalars.first, word.uppercased().unicodeScalars.first].compactMap { $0 }
    } + ["#"])
  /// Words that head its other columns.
  static let columnWords = Set(
    FollowUpVocabulary.assessmentWords + [
      "kommentar", "kommentarer", "ansvar", "ansvarig", "ansvariga", "ansvarar", "tidplan", "tidsplan", "klart",
      "klar", "slutdatum", "startdatum", "period", "uppföljning", "utfall", "analys", "resultat", "primära aktörer",
      "aktörer", "problem", "mål", "indikator", "indikatorer", "nämnd", "förvaltning", "beslut", "beslutad", "typ",
      "beslutsdatum",
    ] + FollowUpVocabulary.goalWords + FollowUpVocabulary.activityWords + FollowUpVocabulary.assignmentWords)

  /// The header's columns (text and start), if line `i` is such a header: three or more
  /// segments, the first naming entries, and at least two of the others naming columns; or two,
  /// entries and their assessment (`Uppdrag från kommunstyrelsen   Status`). The entries' header
  /// may say where they come from (`Uppdrag från kommunfullmäktige`).
  static func header(_ line: SourceLine) -> [AlignedTableForm.Segment]? {
    guard mayHead(line) else { return nil }
    let segments = AlignedTableForm.segments(line.raw)
    // A column of the entries' numbers may come first (`Nr   Aktivitet   Ansvarig   Status`).
    let entry = segments.first.map { GoalTables.codeHeaders.contains(normalised($0.text)) } == true ? 1 : 0
    guard segments.count >= 2 + entry, namesEntries(segments[entry].text) else { return nil }
    if segments.count == 2 + entry {
      // (An entry word alone over its assessment heads follow-up blocks, read as such.)
      // Or entries and their comments (`Centrala uppdrag   Kommentar`).
      let second = segments[entry + 1].text
      return FollowUpVocabulary.namesAssessment(second) && FollowUpBlocks.header(line) == nil
        || CommentColumns.namesComments(second) || FollowUpVocabulary.namesAssessmentAndComment(second)
        ? segments : nil
    }
    let named = segments.dropFirst(entry + 1).filter {
      columnWords.contains(normalised($0.text)) || FollowUpVocabulary.namesAssessment($0.text)
    }.count
    return named >= 2 && named * 2 >= segments.count - 1 - entry ? segments : nil
  }

  /// A header whose first cell names entries with a word saying which (`Genomförda åtgärder`,
  /// `Pågående/planerade åtgärder`) and whose other cells wrap over up to three lines above and
  /// below it, as a cell centred on a taller one prints (`Effekt/resultat (till exempel sparad` /
  /// … / `tid eller kvalitetsökning)`): its columns start where the block's text right of the
  /// first cell does, each cell's lines joined; two columns at least besides the entries'.
  static func wrappedHeader(_ lines: [SourceLine], at i: Int, usable: (Int) -> Bool) -> (
    columns: [AlignedTableForm.Segment], start: Int, end: Int
  )? {
    guard mayHead(lines[i]) else { return nil }
    let segments = AlignedTableForm.segments(lines[i].raw)
    guard let first = segments.first, segments.count >= 2, isQualifiedEntry(first.text) else { return nil }
    let right = first.end + 2
    func inBlock(_ k: Int) -> Bool {
      usable(k) && !lines[k].isBlank && AlignedTableForm.segments(lines[k].raw).allSatisfy { $0.start >= right }
    }
    var start = i
    while start > 0, i - start < 3, inBlock(start - 1) { start -= 1 }
    var end = i + 1
    while end < lines.count, end - i <= 3, inBlock(end) { end += 1 }
    var cells: [(start: Int, texts: [String])] = []
    for k in start..<end {
      for segment in AlignedTableForm.segments(lines[k].raw) where segment.start >= right {
        if let c = cells.firstIndex(where: { abs($0.start - segment.start) <= 6 }) {
          cells[c].start = min(cells[c].start, segment.start)
          cells[c].texts.append(segment.text)
        } else {
          cells.append((segment.start, [segment.text]))
        }
      }
    }
    guard cells.count >= 2 else { return nil }
    let columns = cells.sorted { $0.start < $1.start }.map { cell in
      let text = HeaderText.join(cell.texts)
      return AlignedTableForm.Segment(start: cell.start, end: cell.start + text.count, text: text)
    }
    return ([first] + columns, start, end)
  }

  /// Whether a header cell names entries with a word before saying which (`Genomförda åtgärder`).
  static func isQualifiedEntry(_ text: String) -> Bool {
    let words = normalised(text).split(separator: " ").map(String.init)
    return words.count == 2 && FollowUpVocabulary.entryQualifiers.contains(words[0]) && entryWords.contains(words[1])
  }

  /// An entry word alone over its assessment (`Prestationsmål   Bedömning`, `Åtgärd   Status`),
  /// as follow-up blocks are headed, when the first entry below prints its assessment in that
  /// column (`1.1 Förbundet ska …   Uppnått`): then the entries are rows of a table (follow-up
  /// blocks' assessments are lost icons, their comments lines of their own).
  static func assessedHeader(_ lines: [SourceLine], at i: Int) -> [AlignedTableForm.Segment]? {
    guard mayHead(lines[i]), FollowUpBlocks.header(lines[i]) != nil else { return nil }
    let segments = AlignedTableForm.segments(lines[i].raw)
    // Its rows print statuses in its second column: the first, or, where the vocabulary does not
    // know the first's (`Något okänt`), most of the first rows' (lines of both columns).
    guard segments.count == 2, namesEntries(segments[0].text),
      let next = lines[(i + 1)...].prefix(3).first(where: { !$0.isBlank }),
      let firstAssessed = assessedRow(next, header: segments)
    else { return nil }
    if !firstAssessed {
      let rows = lines[(i + 1)...].prefix(8).compactMap { assessedRow($0, header: segments) }
      guard rows.count >= 3, rows.filter({ $0 }).count * 3 >= rows.count * 2 else { return nil }
    }
    // Entries with comments of their own (`Kommentar:`, `Analys` under an entry) are blocks.
    for line in lines[(i + 1)...].prefix(40) {
      if FollowUpBlocks.commentText(line) != nil { return nil }
      if line.isBlank || line.indent > segments[0].start + 2 || assessedRow(line, header: segments) != nil { continue }
      if SectionNumber.split(line.collapsed) == nil { break }
    }
    return segments
  }

  /// Whether a line can head such a table: most lines are ruled out by their first letter (every
  /// entry word starts with one of ``entryInitials``) or by having no gap of two spaces, before
  /// any string is built.
  static func mayHead(_ line: SourceLine) -> Bool {
    guard let f = line.collapsed.unicodeScalars.first, entryInitials.contains(f) else { return false }
    return line.raw.utf8.count <= 400 && line.hasGap
  }

  /// Whether a line prints a known assessment in a two-column header's assessment column.
  static func assessedRow(_ line: SourceLine, header: [AlignedTableForm.Segment]) -> Bool? {
    let segments = AlignedTableForm.segments(line.raw)
    guard segments.count == 2, abs(segments[1].start - header[1].start) <= 2 else { return nil }
    return StatusVocabulary.knownGoalStatus(segments[1].text) != nil || StatusVocabulary.activityStatus(segments[1].text) != .okänd
  }

  /// Whether a header cell names the table's entries: an entry word, alone or with where the
  /// entries come from (`Uppdrag från kommunstyrelsen`, `Åtgärder enligt handlingsplan`).
  static func namesEntries(_ text: String) -> Bool {
    entryWords.contains(FollowUpVocabulary.headWord(text))
  }

  /// Whether a header's first column holds the entries' numbers.
  static func isNumbered(_ header: [AlignedTableForm.Segment]) -> Bool {
    header.first.map { GoalTables.codeHeaders.contains(normalised($0.text)) } == true
  }

  /// The runs of two or more spaces between text on a line, counted up to two.
  static func gaps(_ raw: String) -> Int {
    var count = 0
    var spaces = 0
    var seenText = false
    for byte in raw.utf8 {
      if byte == 0x20 {
        spaces += 1
      } else {
        if seenText, spaces >= 2 {
          count += 1
          if count == 2 { return count }
        }
        seenText = true
        spaces = 0
      }
    }
    return count
  }

  static func normalised(_ text: String) -> String {
    HTMLText.collapse(text).lowercasedText().trimmingCharacters(in: [":"])
  }

  /// The table whose header is line `i`, and the range of line indices it covers.
  static func read(_ lines: [SourceLine], at i: Int, usable: (Int) -> Bool) -> (DocumentTable, Range<Int>)? {
    guard usable(i) else { return nil }
    let plain = header(lines[i])
    let wrapped = plain == nil ? wrappedHeader(lines, at: i, usable: usable) : nil
    guard let columns = plain ?? wrapped?.columns ?? assessedHeader(lines, at: i) else { return nil }
    let starts = columns.map(\.start)
    // The line after the header (its cells wrapped below it, for a wrapped one).
    let headerEnd = wrapped?.end ?? i + 1
    // Entries numbered in their text (`1.1 Förbundet ska …   Uppnått`) start rows as numbered
    // headings would where each prints its assessment.
    let assessed = plain == nil && wrapped == nil
    let numbered = isNumbered(columns) || assessed
    /// The column a segment starting at `start` is in: the last whose header starts at most two
    /// characters to its right.
    func column(_ start: Int) -> Int {
      starts.lastIndex { $0 <= start + 2 } ?? 0
    }
    // Each row's cells: the text, its first line and the line of each of its lines.
    var rows: [[(text: String, line: Int, lines: [Int])]] = []
    var end = headerEnd
    var k = headerEnd
    var afterBlank = false
    var lastFirstEnd: Int?  // where the first column's text ended on the last line that had some
    var lastFirstText: String?
    // Under `Status och kommentar`, where the first row prints its status there, rows start at
    // their statuses: a sentence of the comment in capitals beside a line of the entry's cell
    // (`Uppdrag inom budgetbeslut   Intraservice skapar …`) starts none.
    let statusFirst = columns.count == 2 && FollowUpVocabulary.namesAssessmentAndComment(columns[1].text)
    var rowsByStatus: Bool?
    // Each row's `Kommentar:` printed on the lines under it, by row (`Aktivitet   Startdatum
    // Slutdatum` rows, each followed by its comment); the comment taking the lines now.
    var comments: [Int: (text: String, line: Int)] = [:]
    var inComment = false
    var commentBelow = false  // whether the line is a row's comment label a blank line below it
    while k < lines.count, usable(k) {
      let line = lines[k]
      defer { afterBlank = line.isBlank }
      // A comment under a row that fills two columns or more, going on over lines of one cell.
      if !line.isBlank, !afterBlank || commentBelow, let r = rows.indices.last, rows[r].filter({ !$0.text.isEmpty }).count >= 2,
        line.collapsed.lowercasedText().hasPrefix("kommentar:") && comments[r] == nil
          || inComment && cells(line, starts: starts).count == 1 && column(line.indent) == 0
      {
        let text = inComment ? line.collapsed : String(line.collapsed.dropFirst("kommentar:".count)).trimmingCharacters(in: [])
        comments[r] = comments[r].map { (LineJoining.join([$0.text, text]), $0.line) } ?? (text, line.number)
        inComment = true
        commentBelow = false
        k += 1
        end = k
        continue
      }
      inComment = false
      if line.isBlank {
        // A blank line inside the table is allowed when a row follows it.
        var next = k + 1
        while next < lines.count, usable(next), lines[next].isBlank { next += 1 }
        // So is a row's `Kommentar:` a blank line below it, indented (a goal-management export's
        // activity over its comment).
        if next < lines.count, usable(next), next - k <= 2, let r = rows.indices.last, comments[r] == nil,
          rows[r].filter({ !$0.text.isEmpty }).count >= 2, lines[next].collapsed.lowercasedText().hasPrefix("kommentar:")
        {
          k = next
          commentBelow = true
          continue
        }
        // (Nor is a heading of a goal's part after it, `Indikatorer` over the next table, nor the
        // next table's header, `Nämndmål   Bedömning`, `Indikator   Utfall   Utfall   Målvärde`.)
        guard next < lines.count, usable(next), next - k <= 2, header(lines[next]) == nil, FollowUpBlocks.header(lines[next]) == nil,
          CollapsedTableForm.header(lines, at: next, usable: usable) == nil,
          isRow(lines[next], starts: starts, numbered: numbered, indented: true),
          !GoalHeadings.isPart(lines[next].collapsed),
          // (Nor is a line alone over prose that runs across the columns: the next heading,
          // `Ekonomi` over `Resultatet för 2024 blev …`.)
          !(cells(lines[next], starts: starts).count == 1 && next + 1 < lines.count && usable(next + 1)
            && AlignedTableForm.segments(lines[next + 1].raw).count == 1
            && lines[next + 1].indent + lines[next + 1].trimmed.count > (starts.count > 1 ? starts[1] : Int.max) + 10),
          columns.count > 2 || cells(lines[next], starts: starts).count == 2
            || unassessedRow(lines, next, starts: starts, usable: usable),
          // (Under an assessed header, prose after a blank line is no row unless it prints an
          // assessment or an entry's number.)
          !assessed || assessedRow(lines[next], header: columns) == true || SectionNumber.split(lines[next].collapsed) != nil
        else { break }
        k = next
        afterBlank = true
        continue
      }
      let opensRow = afterBlank || k == headerEnd
      // (Directly under the header, a continuation is the end of a row begun on the page before.)
      guard isRow(line, starts: starts, numbered: numbered, indented: opensRow)
        || ((!rows.isEmpty || k == headerEnd && wrapped == nil) && isContinuation(line, starts: starts)),
        FollowUpVocabulary.field(line.collapsed) == nil, !line.collapsed.lowercasedText().hasPrefix("kommentar:")
      else { break }
      let segments = cells(line, starts: starts)
      // A capital under the first column starts a row, unless the line holds nothing else and
      // the row above fills other columns: then it is that row's wrapped first cell (`för alla
      // invånare på` / `Österlen`).
      // After a blank line a row never continues.
      // (Only where the line's first word would not have fitted on the cell's line above, or
      // that line ended in a word that joins it to the next: a cell that ended short of its
      // column's edge is not wrapped, `Äldre ska få en trygg omsorg` / `Hammarsund ska minska …`
      // are two rows, `för alla invånare på` / `Österlen` one.)
      let firstWord = segments[0].text.prefix { $0 != " " }.count
      let wraps = lastFirstEnd.map { $0 + 1 + firstWord >= (starts.count > 1 ? starts[1] : Int.max) - 1 } ?? true
        || lastFirstText.map(AlignedTableForm.endsInJoiningWord) == true
      // (A first cell going on with a figure, `gång- och cykelvägar` / `2025–2028`, wraps
      // whatever its width: an entry starts with a word unless the entries are numbered.)
      let goesOnWithFigure = !numbered && segments[0].text.first?.isNumber == true
      let alone = segments.count == 1 && !afterBlank && (wraps || goesOnWithFigure)
        && rows.last.map { $0.filter { !$0.text.isEmpty }.count >= 2 } == true
      // In a table of two columns, entry and status, a row starts with both (prose below has one).
      // An entry numbered in its text starts a row with or without its assessment.
      let numberedEntry = numbered && columns.count == 2 && SectionNumber.split(segments[0].text) != nil
      // A cell of another column going on in lower case from the line above keeps the row, its
      // first cell wrapped too (`Återrapporteringen ska ske till   februari för att …`): a new
      // row's cells start in capitals.
      // (A period in lower case, `mar–nov 2025` under `Tidplan`, is a new row's cell; a
      // sentence going on with a figure, `kommunstyrelsen 2025-06-11 § 98.`, is not.)
      let goesOn = !afterBlank && segments.dropFirst().contains { segment in
        let c = column(segment.start)
        return c > 0 && segment.text.first?.isLowercase == true
          && (!segment.text.contains(where: \.isNumber) || segment.text.split(separator: " ").count >= 4)
          && rows.last.map { !$0[c].text.isEmpty } == true
      }
      // (Nor does a number alone, `2025` under `Uppdragsår` in an entry's cell.)
      // (Nor a line after a first cell that left a parenthesis open: `… i balans (BUN` /
      // `2025-06-11, § 58)`.)
      let leftOpen = !afterBlank && lastFirstText.map { t in t.count(where: { $0 == "(" }) > t.count(where: { $0 == ")" }) } == true
      var startsRow = column(segments[0].start) == 0 && segments[0].text.first.map { !$0.isLowercase } == true
        && (!alone || numberedEntry) && !goesOn && !leftOpen
        && (numbered || SwedishNumber.parse(segments[0].text) == nil)
        && (columns.count > 2 || segments.count == 2 || numberedEntry
          || afterBlank && unassessedRow(lines, k, starts: starts, usable: usable))
      if statusFirst, startsRow {
        let printsStatus = segments.count == 2 && column(segments[1].start) == 1 && StatusVocabulary.isStatusAlone(segments[1].text)
        if rowsByStatus == nil { rowsByStatus = printsStatus }
        if rowsByStatus == true, !printsStatus { startsRow = false }
      }
      if startsRow || rows.isEmpty {
        rows.append(Array(repeating: ("", line.number, []), count: columns.count))
      }
      for segment in segments {
        let c = column(segment.start)
        if c == 0 {
          lastFirstEnd = segment.end
          lastFirstText = segment.text
        }
        let cell = rows[rows.count - 1][c]
        rows[rows.count - 1][c] = (
          cell.text.isEmpty ? segment.text : cell.text + "\n" + segment.text,
          cell.text.isEmpty ? line.number : cell.line,
          cell.lines + [line.number]
        )
      }
      k += 1
      end = k
    }
    // Entries whose assessment columns are empty (status icons the text lost), each with a
    // `Kommentar:` of its own, are follow-up blocks, not a table of text: most rows of a table
    // fill two columns or more.
    let filled = rows.filter { $0.filter { !$0.text.isEmpty }.count >= 2 }.count
    guard !rows.isEmpty, filled * 2 >= rows.count else { return nil }
    var names = columns.map(\.text)
    if !comments.isEmpty {
      names.append("Kommentar")
      for r in rows.indices { rows[r].append(comments[r].map { ($0.text, $0.line, []) } ?? ("", rows[r][0].line, [])) }
    }
    let table = DocumentTable(
      columns: names, headerLine: lines[i].number,
      rows: rows.map { cells in
        TableRow(
          cells: cells.map { TableCell($0.text, line: $0.line, lines: Set($0.lines).count >= 2 ? $0.lines : nil) },
          line: cells.first { !$0.text.isEmpty }?.line ?? cells[0].line)
      })
    return (table, (wrapped?.start ?? i)..<end)
  }

  /// In a table of two columns, entry and assessment, an entry without its assessment (a lost
  /// icon, or none printed yet) alone between blank lines: a line in the first column starting
  /// in capitals, with a row of both columns after the blank line below it.
  static func unassessedRow(_ lines: [SourceLine], _ k: Int, starts: [Int], usable: (Int) -> Bool) -> Bool {
    guard starts.count == 2, cells(lines[k], starts: starts).count == 1, lines[k].collapsed.first?.isUppercase == true,
      k + 1 < lines.count, lines[k + 1].isBlank
    else { return false }
    var next = k + 1
    while next < lines.count, usable(next), lines[next].isBlank, next - k <= 2 { next += 1 }
    return next < lines.count && usable(next) && !lines[next].isBlank && cells(lines[next], starts: starts).count == 2
      && isRow(lines[next], starts: starts)
  }

  /// A line of the table: its first text under the first column, and every gap-separated part
  /// of it starting under a column (not prose running across the columns).
  /// In a table whose first column holds numbers (`numbered`), a row starts as a numbered
  /// heading does.
  /// (A row's first line after a blank line or the header may stand up to six characters right
  /// of its column, `indented`: the room of a status icon the text lost.)
  static func isRow(_ line: SourceLine, starts: [Int], numbered: Bool = false, indented: Bool = false) -> Bool {
    let segments = cells(line, starts: starts)
    // (An entry numbered in its text, `1.1 Andelen deltagare …   ✓ Uppfyllt   46 procent …`, is
    // no numbered heading where it fills three columns: a heading's line has no cells.)
    guard let first = segments.first,
      first.start <= starts[0] + 2 || indented && first.start <= starts[0] + 6 && first.text.first?.isUppercase == true,
      numbered || ProseForm.numberedHeading(line) == nil && ProseForm.numberedChapter(line) == nil
        || starts.count >= 3 && spansColumns(line, starts: starts) >= 3,
      !ProseForm.namesGoalOrAssignment(line)
    else {
      return false
    }
    return fits(segments, starts: starts)
      && (segments.count >= 2 || first.end <= (starts.count > 1 ? starts[1] : Int.max))
  }

  /// The number of columns a line's text stands in where each run of it stands within one
  /// (none running across a column's start); 0 where one does.
  static func spansColumns(_ line: SourceLine, starts: [Int]) -> Int {
    var columns = Set<Int>()
    for segment in AlignedTableForm.segments(line.raw) {
      let c = starts.lastIndex { $0 <= segment.start + 2 } ?? 0
      if c + 1 < starts.count, segment.end > starts[c + 1] { return 0 }
      columns.insert(c)
    }
    return columns.count
  }

  /// A line continuing cells of the row above: indented under a later column, or under the
  /// first in lower case.
  static func isContinuation(_ line: SourceLine, starts: [Int]) -> Bool {
    let segments = cells(line, starts: starts)
    guard let first = segments.first, fits(segments, starts: starts) else { return false }
    return first.start > starts[0] + 2 || first.text.first?.isLowercase == true
  }

  /// The line's cells: its segments, and a segment that runs into the next column where a cell
  /// filled its width (`… kompletteringsbegäran Samhällsbyggnad`) split at the word that starts
  /// exactly where the column does.
  /// A known status ending the line that a cell running into its column pushed to the right
  /// (`Hälso- och sjukvårdsdir. Planerad` under `Ansvar   Status`) is the last column's too.
  static func cells(_ line: SourceLine, starts: [Int]) -> [AlignedTableForm.Segment] {
    var segments = AlignedTableForm.segments(line.raw)
    guard segments.contains(where: { segment in starts.contains { $0 > segment.start + 1 && $0 < segment.end - 1 } }) else {
      return segments
    }
    if let last = starts.last, let tail = segments.last, tail.start < last, tail.end > last + 1 {
      let words = AlignedTableForm.words(line.raw).filter { $0.start >= tail.start }
      if let k = words.indices.first(where: { words[$0].start > last && words[$0].start <= last + 6 }), k > 0,
        words[k - 1].end >= last
      {
        let status = words[k...].map(\.text).joined(separator: " ")
        if StatusVocabulary.activityStatus(status) != .okänd || StatusVocabulary.knownGoalStatus(status) != nil {
          var head = words[0]
          for word in words[1..<k] {
            head.text += String(repeating: " ", count: word.start - head.end) + word.text
            head.end = word.end
          }
          // (The cell that ran over ends, for the columns, where the status's column starts.)
          head.end = min(head.end, last)
          var split = words[k]
          split.text = status
          split.end = tail.end
          segments[segments.count - 1] = head
          segments.append(split)
          return segments
        }
      }
    }
    let words = AlignedTableForm.words(line.raw)
    var result: [AlignedTableForm.Segment] = []
    for segment in segments {
      var parts: [AlignedTableForm.Segment] = []
      for word in words where word.start >= segment.start && word.end <= segment.end {
        if var last = parts.last, !starts.contains(word.start) {
          last.text += String(repeating: " ", count: word.start - last.end) + word.text
          last.end = word.end
          parts[parts.count - 1] = last
        } else {
          parts.append(word)
        }
      }
      result += parts.isEmpty ? [segment] : parts
    }
    return result
  }

  /// Whether each segment starts near a column's start and ends before the next column's.
  static func fits(_ segments: [AlignedTableForm.Segment], starts: [Int]) -> Bool {
    for segment in segments {
      guard let c = starts.lastIndex(where: { $0 <= segment.start + 2 }) else { return false }
      if segment.start > starts[c] + 12 && c + 1 < starts.count { return false }
      if c + 1 < starts.count, segment.end > starts[c + 1] + 1 { return false }
    }
    return true
  }
}
