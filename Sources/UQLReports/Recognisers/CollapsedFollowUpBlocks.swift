/// Finds assignments and activities printed as follow-up blocks in text that lost its column
/// positions (goal-management exports through `pdftotext -raw`): a header of the entry's kind and
/// its columns one space apart (`Uppdrag Status`, `Aktivitet Status Slutdatum`), then entries
/// whose status is a line of its own or the capitalised last words of their text, with a
/// `Kommentar` below and a line of fields (`Ansvarig: … Beslut: …`) ending the entry:
///
///     Uppdrag Status
///     Kommunstyrelsen får i uppdrag att ta fram en ny bostadsförsörjningsplan för perioden
///     2025–2030.
///     Pågår
///     Kommentar
///     Ett förslag till plan har tagits fram och remitteras till nämnderna under maj.
///     Ansvarig: Samhällsbyggnadschef Beslut: KF 2023-06-12 § 88 Slutdatum: 2024-10-31
///     Aktivitet Status Slutdatum
///     Genomföra dialogmöten med byggaktörer Klar 2024-03-31
///     Remiss till nämnder, styrelser och
///     pensionärsrådet Ej påbörjad 2024-06-15
///
/// Activities in a block after an assignment's are that assignment's. An entry whose status the
/// text does not hold (an icon) is `okänd`. A header with the entries' numbers first (`Nr Åtgärd
/// Ansvarig Klart senast Status`, as OCR prints a table) has rows that start with their number;
/// see ``readNumbered(_:from:to:header:skipped:stops:into:assessments:)``.
enum CollapsedFollowUpBlocks {
  /// Words of a block header's columns.
  static let columnWords: Set<String> = [
    "status", "bedömning", "slutdatum", "startdatum", "datum", "ansvarig", "ansvar", "beslut", "tidplan", "färdiggrad",
    "klart", "klar", "senast",
  ]

  struct Header {
    var isActivity: Bool
    /// Whether each row ends in a date (`Slutdatum`).
    var dated: Bool
    /// Whether the rows print a decision (`Beslut`) before their status.
    var decided: Bool
    /// Whether each row starts with its number (`Nr Åtgärd Ansvarig Klart senast Status`).
    var numbered = false
    /// Whether the rows print who is responsible (`Ansvarig`) before their date and status.
    var responsible = false
    /// Whether a column of text follows the status (`Aktivitet Ansvar Status Kommentar`): each
    /// row's first line holds its status in the middle, and the lines below it hold the text
    /// of every column, interleaved (pdfplumber's and `pdftotext -raw`'s wrapped cells).
    var commented = false
    /// Where each column starts (in characters), where the header's words stand apart
    /// (pdfplumber's layout text): the lines below a row's first line keep those positions.
    var columnStarts: [Int]?
    /// The column of who is responsible, where the columns' positions are known.
    var responsibleColumn: Int?
  }

  struct Result {
    var assignments: [AssignmentRecord] = []
    var activities: [ActivityRecord] = []
    var used: [ClosedRange<Int>] = []
    var warnings: [ReportWarning] = []
  }

  /// The header a line is: an entry word, then only column words, `Status` or `Bedömning` among
  /// them, one space apart; or, over a column of comments, one word a column at the columns'
  /// positions (`Aktivitet      Ansvarig   Status   Kommentar`, whose rows' first lines ran
  /// together).
  static func header(_ line: SourceLine) -> Header? {
    let text = line.collapsed
    guard text.utf8.count <= 60, let f = text.unicodeScalars.first, "AÅUDNIKR#aåudnikr".unicodeScalars.contains(f) else { return nil }
    let spaced = text.utf8.count != line.trimmed.utf8.count
    var words = text.lowercasedText().split(separator: " ").map(String.init)
    // A column of the entries' numbers may come first (`Nr Åtgärd Ansvarig Klart senast Status`).
    let numbered = words.count > 2 && GoalTables.codeHeaders.contains(words[0])
    if numbered { words.removeFirst() }
    // (The first column's header may say whose the entries are: `Uppdrag från kommunfullmäktige`.)
    if words.count >= 4, words[1] == "från" { words.removeSubrange(1...2) }
    // (A comment column after the status: `Aktivitet Ansvar Status Kommentar`.)
    let status = words.firstIndex { $0 == "status" || $0 == "bedömning" }
    let commented = !numbered && status.map { s in
      words.count > s + 1 && words[(s + 1)...].allSatisfy { ["kommentar", "kommentarer"].contains($0) }
        && words[1..<s].allSatisfy { columnWords.contains($0) || ["ansvar", "ansvariga"].contains($0) }
    } == true
    guard (2...6).contains(words.count), commented || words.dropFirst().allSatisfy(columnWords.contains), status != nil
    else { return nil }
    var starts: [Int]?
    // (Numbered rows are read by their words, their columns set apart or not: `Nr  Aktivitet
    // Ansvar  Klart senast Status` over rows that ran together, as pdfplumber's layout prints them.)
    if spaced, !numbered {
      let segments = AlignedTableForm.segments(line.raw)
      guard commented, segments.count == words.count, segments.allSatisfy({ !$0.text.contains(" ") }) else { return nil }
      starts = segments.map(\.start)
    }
    let responsibleColumn = starts == nil ? nil : words.firstIndex { $0.hasPrefix("ansvar") }.map { $0 + (numbered ? 1 : 0) }
    let isActivity = FollowUpVocabulary.activityWords.contains(words[0])
    guard isActivity || FollowUpVocabulary.assignmentWords.contains(words[0]) else { return nil }
    return Header(
      // (Over a comment column, `Klar` names the date it is done by, `Klar (datum)`.)
      isActivity: isActivity,
      dated: words.contains { $0.hasSuffix("datum") || $0 == "senast" || commented && ($0 == "klar" || $0 == "klart") },
      decided: words.contains("beslut"),
      numbered: numbered, responsible: words.contains { $0.hasPrefix("ansvar") }, commented: commented, columnStarts: starts,
      responsibleColumn: responsibleColumn)
  }

  /// A numbered row (`A1 Ny rutin för … privata Verksamhetschef SÄBO 2024-03-31 Genomförd`): its
  /// number, text, who is responsible and status. The status and a date may come in either order
  /// at the end; who is responsible is the longest run of at most three words before the date
  /// that starts with a capital where the word before it does not (`Enhetschefer hemtjänst`), or
  /// else of four or five (`Enhetschef barn och unga`), where the header names the column.
  static func numberedRow(_ text: String, header: Header) -> (number: String, text: String, responsible: String?, status: String)? {
    var words = text.split(separator: " ").map(String.init)
    guard words.count >= 3, GoalTables.isCode(words[0]), words[0].contains(where: \.isNumber) else { return nil }
    let number = words.removeFirst()
    var rest = words.joined(separator: " ")
    var found: String?
    if let (r, status) = trailingStatus(rest) {
      rest = r
      found = status
      if let (r, _) = trailingDate(rest) { rest = r }
    } else if let (r, _) = trailingDate(rest), let (r2, status) = trailingStatus(r) {
      rest = r2
      found = status
    }
    guard let status = found, !rest.isEmpty else { return nil }
    var responsible: String?
    if header.responsible {
      let parts = rest.split(separator: " ")
      // (A title of four or five words where none of three is found: `Enhetschef barn och unga`,
      // `Samordnare våld i nära relationer`.)
      let counts = Array(stride(from: min(3, parts.count - 1), through: 1, by: -1))
        + Array(stride(from: min(5, parts.count - 1), through: 4, by: -1))
      for count in counts {
        let start = parts.count - count
        if parts[start].first?.isUppercase == true, parts[start - 1].first?.isUppercase != true {
          responsible = parts[start...].joined(separator: " ")
          rest = parts[..<start].joined(separator: " ")
          break
        }
      }
    }
    return (number, rest, responsible, status)
  }

  /// A date at the end of a row (`2024-06-15`), and the text before it.
  static func trailingDate(_ text: String) -> (rest: String, date: String)? {
    guard let space = text.lastIndex(of: " ") else { return nil }
    let date = text[text.index(after: space)...]
    let parts = date.split(separator: "-")
    guard parts.count == 3, parts[0].count == 4, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }) else { return nil }
    return (String(text[..<space]), String(date))
  }

  /// A status the vocabulary knows: the whole text, or its capitalised last one to `longest`
  /// words.
  static func trailingStatus(_ text: String, longest: Int = 2) -> (rest: String, status: String)? {
    let plain = text.trimmingCharacters(in: ["."])
    if known(plain), plain.first?.isUppercase == true { return ("", plain) }
    let words = text.split(separator: " ")
    for count in stride(from: longest, through: 1, by: -1) where words.count > count {
      let tail = words.suffix(count).joined(separator: " ")
      if tail.first?.isUppercase == true, known(tail) { return (words.dropLast(count).joined(separator: " "), tail) }
    }
    return nil
  }

  /// Every phrase of the vocabulary, normalised.
  static let phrases = Set(StatusVocabulary.activityPhrases.map(\.phrase) + StatusVocabulary.goalPhrases.map(\.phrase))

  /// Whether the text is exactly a phrase of the vocabulary (`Ej påbörjad`, not `Bergsjö Klar`).
  static func known(_ phrase: String) -> Bool {
    phrase.utf8.count <= 40 && phrases.contains(StatusVocabulary.normalised(phrase))
  }

  /// The status at the end of an entry's last line, and its text: after a sentence's end, or, in
  /// a block with a decision column, after the decision (`… grundskolan. KF 2023-11-20 § 142
  /// Klar`, the decision cut from the text).
  static func entryEnd(_ text: String, decided: Bool) -> (rest: String, status: String)? {
    guard let (rest, status) = trailingStatus(text), !rest.isEmpty else { return nil }
    if rest.last == "." { return (rest, status) }
    guard decided, rest.last?.isNumber == true else { return nil }
    // `KF 2023-11-20 § 142`: a body, a date and a paragraph.
    var words = rest.split(separator: " ")
    if let section = words.lastIndex(of: "§"), section >= 2, trailingDate(words[..<section].joined(separator: " ")) != nil {
      words.removeSubrange((section - 2)...)
    }
    return (words.joined(separator: " "), status)
  }

  /// Whether a line of a block prints an entry's status as words: alone, at the end of its
  /// text, or before the entry's fields (`Ansvarig: … Beslut: …`).
  static func printsStatus(_ text: String) -> Bool {
    trailingStatus(text) != nil || fields(text) != nil
  }

  /// A line of an entry's fields: `Ansvarig: … Beslut: … Slutdatum: …`.
  static func fields(_ text: String) -> [String: String]? {
    guard let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 12 else { return nil }
    let label = text[..<colon].lowercasedText()
    guard columnWords.contains(label) || label == "ansvar" else { return nil }
    var result: [String: String] = [:]
    var current = label
    var value: [Substring] = []
    for word in text[text.index(after: colon)...].split(separator: " ") {
      if word.hasSuffix(":"), columnWords.contains(word.dropLast().lowercasedText()) {
        result[current] = value.joined(separator: " ")
        current = word.dropLast().lowercasedText()
        value = []
      } else {
        value.append(word)
      }
    }
    result[current] = value.joined(separator: " ")
    return result
  }

  /// A label that prefixes an assignment's text (`Budgetdirektiv: …`).
  static func withoutLabel(_ text: String) -> String {
    guard let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 20 else { return text }
    let label = text[..<colon].lowercasedText()
    guard ["budgetdirektiv", "direktiv", "uppdrag", "kf-uppdrag"].contains(label) else { return text }
    return HTMLText.collapse(String(text[text.index(after: colon)...]))
  }

  /// - Parameter claimed: Lines another reader took (a block of entries whose statuses were
  ///   icons, read by ``FollowUpBlocks``); a header there is not this reader's.
  static func recognise(
    _ document: Document, lines: [SourceLine], claimed: [ClosedRange<Int>], assessments: inout AssessmentReader
  ) -> Result {
    var result = Result()
    let (stops, skipped) = document.boundaries
    let tableLines = document.tableLines
    let headers = lines.indices.filter { !skipped.contains(lines[$0].number) && !tableLines.contains(lines[$0].number) }
      .compactMap { i in header(lines[i]).map { (i, $0) } }
      .filter { i, _ in !claimed.contains { $0.contains(lines[i].number) } }
    var assignment: String?
    var assignmentEnd = 0
    for (n, (start, header)) in headers.enumerated() {
      let limit = n + 1 < headers.count ? headers[n + 1].0 : lines.count
      if header.numbered {
        readNumbered(lines, from: start, to: limit, header: header, skipped: skipped, stops: stops, into: &result, assessments: &assessments)
        continue
      }
      if header.commented {
        readInterleaved(lines, from: start, to: limit, header: header, skipped: skipped, stops: stops, into: &result, assessments: &assessments)
        continue
      }
      if !header.isActivity { assignment = nil }
      // The activities of the block right after an assignment's are that assignment's.
      let owner = header.isActivity && lines[start].number <= assignmentEnd + 1 ? assignment : nil
      var text: [String] = []
      var first: Int?
      var status: String?
      var comment: [String] = []
      var inComment = false
      var last = start
      var prose: Int?  // the first line of prose after the block, read as an entry without status
      func close() {
        guard let line = first, !text.isEmpty else { return }
        let joined = LineJoining.join(text)
        // (Sentences without a status after the last entry are prose below the block: `Direktivet
        // om effektreserv har inte påbörjats eftersom …`.)
        if status == nil, comment.isEmpty, joined.hasSuffix(".") || joined.contains(". ") {
          prose = prose ?? line
          (text, first, status, comment, inComment) = ([], nil, nil, [], false)
          return
        }
        let note = comment.isEmpty ? nil : LineJoining.join(comment)
        if header.isActivity {
          let s = assessments.activity(status, line: line, hasColumn: true)
          result.activities.append(
            ActivityRecord(
              goal: "", assignment: owner ?? "", text: joined, status: s, assessment: status, comment: note, line: line))
        } else {
          let entry = withoutLabel(joined)
          let s = assessments.goal(status, line: line, hasColumn: true)
          result.assignments.append(
            AssignmentRecord(goal: "", text: entry, status: s, assessment: status, comment: note, line: line))
          assignment = entry
        }
        (text, first, status, comment, inComment) = ([], nil, nil, [], false)
      }
      /// Whether an entry ends within the next lines, before any comment: its status found.
      func entryAhead(_ from: Int) -> Bool {
        for j in from..<min(from + 4, limit) where !skipped.contains(lines[j].number) && !lines[j].isBlank {
          if FollowUpBlocks.commentText(lines[j]) != nil || stops.contains(lines[j].number) { return false }
          if entryEnd(lines[j].collapsed, decided: header.decided) != nil { return true }
        }
        return false
      }
      var i = start + 1
      while i < limit {
        let line = lines[i]
        defer { i += 1 }
        if skipped.contains(line.number) || line.isBlank { continue }
        if stops.contains(line.number) || ProseForm.namesGoalOrAssignment(line) { break }
        last = i
        let t = line.collapsed
        if let opened = FollowUpBlocks.commentText(line) {
          inComment = true
          if !opened.isEmpty { comment.append(opened) }
        } else if fields(t) != nil {
          // The entry's fields end it and, where each entry has its header, the block.
          close()
          if !header.dated { break }
        } else if inComment, !(comment.last?.hasSuffix(".") == true && line.collapsed.first?.isUppercase == true && entryAhead(i)) {
          comment.append(t)
        } else if inComment {
          // A new entry after a comment that ended its sentence.
          close()
          first = line.number
          if let (rest, printed) = entryEnd(t, decided: header.decided) {
            text.append(rest)
            status = printed
          } else {
            text.append(t)
          }
        } else if header.dated {
          first = first ?? line.number
          guard let (rest, _) = trailingDate(t) else {
            text.append(t)
            continue
          }
          if let (row, printed) = trailingStatus(rest) {
            if !row.isEmpty { text.append(row) }
            status = printed
          } else {
            text.append(rest)
          }
          close()
        } else if status == nil, !text.isEmpty, let (rest, printed) = trailingStatus(t), rest.isEmpty {
          status = printed
        } else if status == nil, let (rest, printed) = entryEnd(t, decided: header.decided) {
          first = first ?? line.number
          text.append(rest)
          status = printed
        } else if status != nil, t.first?.isLowercase == true {
          // The entry's text wrapped below the line of its status (`Utreda en gemensam nämnd med
          // Västerbyns KF 2024-10-14 § 112 Pågår` / `kommun`).
          text.append(t)
        } else if status != nil {
          // A new entry after one with its status and no comment, maybe on one line with its own.
          close()
          first = line.number
          if let (rest, printed) = entryEnd(t, decided: header.decided) {
            text.append(rest)
            status = printed
          } else {
            text.append(t)
          }
        } else {
          first = first ?? line.number
          text.append(t)
        }
      }
      close()
      if let prose {
        // (The block ends above the prose.)
        result.used.append(lines[start].number...max(lines[start].number, prose - 1))
        if !header.isActivity { assignmentEnd = max(lines[start].number, prose - 1) }
        continue
      }
      result.used.append(lines[start].number...lines[last].number)
      if !header.isActivity { assignmentEnd = lines[last].number }
    }
    return result
  }

  /// The rows of a block with a comment column after the status, its cells' positions lost and
  /// their lines interleaved:
  ///
  ///     Aktivitet Ansvar Status Kommentar
  ///     Läslyftet – systematisk Grundskolechef Pågår Samtliga skolor har startat.
  ///     lästräning i åk 1–3 Uppföljning sker i
  ///     december.
  ///
  /// A row starts at a line with a status the vocabulary knows after its first word: the words
  /// before it are the entry (who is responsible, where the header names the column, the
  /// capitalised last words before the status), the words after it the comment. Which words of
  /// the lines below are the entry's and which the comment's cannot be told: they are kept in
  /// the comment, after `…`, and a warning names the row. The block ends at a blank line
  /// followed by a line without a status, a heading, a table or a goal's analysis (`Analys. …`).
  static func readInterleaved(
    _ lines: [SourceLine], from start: Int, to limit: Int, header: Header, skipped: Set<Int>, stops: Set<Int>,
    into result: inout Result, assessments: inout AssessmentReader
  ) {
    var rows: [(line: Int, text: String, responsible: String?, status: String, comment: [String], below: [String])] = []
    var last = start
    var blank = false
    // Or the entry's lines stand above the line that starts with its status, as `pdftotext
    // -raw` prints cells centred on their row: the lines after a status are the comment's up to
    // the end of its sentence, the next ones the next entry's.
    // A header cell's wrapped part in brackets (`Klar` / `(datum)`) is the header's.
    // (Under the header's pipe rule where markitdown printed the header as a table's.)
    let headerWrap = ((start + 1)..<limit).first { !skipped.contains(lines[$0].number) && !lines[$0].isBlank && !lines[$0].isPipeDelimiter }
      .flatMap { i in lines[i].collapsed.first == "(" && lines[i].collapsed.last == ")" && !lines[i].collapsed.contains(" ") ? i : nil }
    func wrapsHeader(_ i: Int) -> Bool { i == headerWrap }
    let firstLine = ((start + 1)..<limit).first { !skipped.contains(lines[$0].number) && !lines[$0].isBlank && !wrapsHeader($0) }
    let labelsAbove = firstLine.map { interleavedRow(lines[$0].collapsed, responsible: header.responsible, dated: header.dated) == nil } ?? false
    var pending: [(line: Int, text: String)] = []
    var commentOpen = false
    // A line's text where a status wrapped in its narrow column was taken from it.
    var rest: [Int: String] = [:]
    for i in (start + 1)..<limit {
      var line = lines[i]
      if skipped.contains(line.number) { continue }
      if line.isBlank {
        blank = true
        continue
      }
      if wrapsHeader(i) {
        last = i
        continue
      }
      if let taken = rest[i] { line = SourceLine(number: line.number, text: taken) }
      if !labelsAbove, i + 1 < limit, let (joined, below) = wrappedStatus(line.collapsed, over: lines[i + 1].collapsed) {
        line = SourceLine(number: line.number, text: joined)
        rest[i + 1] = below
      }
      if stops.contains(line.number) || ProseForm.namesGoalOrAssignment(line) { break }
      // A goal's analysis or comment after the table (`Analys. Resultaten …`) ends it.
      let first = line.collapsed.prefix { $0.isLetter }
      if FollowUpVocabulary.field(line.collapsed) != nil || ["Analys", "Kommentar", "Bedömning", "Sammanfattning"].contains(first)
        && line.collapsed.dropFirst(first.count).first.map({ ".:".contains($0) }) == true
      {
        break
      }
      if labelsAbove {
        var text = line.collapsed
        // A status wrapped in its narrow column (`Delvis` / `genomfört Digitala vårdmöten …`).
        if pending.count >= 2, let word = pending.last?.text, !word.contains(" "),
          known(word + " " + (text.split(separator: " ").first ?? ""))
        {
          text = word + " " + text
          pending.removeLast()
        }
        if !pending.isEmpty, let row = interleavedRow(text, responsible: false, first: true) {
          // Sentences at the head of the lines above, more lines after them, are the comment
          // above going on (`Uppföljning sker i december.` over the next entry's lines).
          if !rows.isEmpty, let end = pending.dropLast().lastIndex(where: { $0.text.last == "." }) {
            rows[rows.count - 1].comment += pending[...end].map(\.text)
            pending.removeSubrange(...end)
          }
          // The words before the status: who is responsible, where the header names the column.
          let entry = pending.map(\.text) + (header.responsible || row.text.isEmpty ? [] : [row.text])
          let who = header.responsible && !row.text.isEmpty ? row.text : nil
          rows.append((pending[0].line, LineJoining.join(entry), who, row.status, row.comment.isEmpty ? [] : [row.comment], []))
          pending = []
          commentOpen = row.comment.last != "."
          last = i
        } else if pending.isEmpty, !commentOpen, let row = interleavedRow(text, responsible: header.responsible) {
          // An entry of one line, its status beside it.
          rows.append((line.number, row.text, row.responsible, row.status, row.comment.isEmpty ? [] : [row.comment], []))
          commentOpen = row.comment.last != "."
          last = i
        } else if commentOpen, !rows.isEmpty {
          rows[rows.count - 1].comment.append(line.collapsed)
          commentOpen = line.collapsed.last != "."
          last = i
        } else if pending.count < 4, !blank || rows.isEmpty {
          pending.append((line.number, line.collapsed))
        } else {
          break
        }
        blank = false
        continue
      }
      if let row = interleavedRow(line.collapsed, responsible: header.responsible, dated: header.dated) {
        rows.append((line.number, row.text, row.responsible, row.status, row.comment.isEmpty ? [] : [row.comment], []))
      } else if !rows.isEmpty, !blank, let starts = header.columnStarts, let cells = placed(line, starts: starts) {
        // Lines that kept the columns' positions go on with the cells they stand under. (A
        // segment running into the next column may hold that column's words, glued on with a
        // space: it stays below, in the comment after `…`, warned about.)
        let n = rows.count - 1
        for cell in cells {
          if cell.overruns || !rows[n].below.isEmpty {
            // (After words kept below, the rest of the row's words follow them, in order.)
            rows[n].below.append(cell.text)
          } else if cell.column == starts.count - 1 {
            rows[n].comment.append(cell.text)
          } else if cell.column == 0 {
            rows[n].text = LineJoining.join([rows[n].text, cell.text])
          } else if cell.column == header.responsibleColumn, let who = rows[n].responsible {
            rows[n].responsible = LineJoining.join([who, cell.text])
          } else {
            rows[n].below.append(cell.text)
          }
        }
      } else if !rows.isEmpty, !blank {
        rows[rows.count - 1].below.append(line.collapsed)
      } else {
        break
      }
      blank = false
      last = i
    }
    guard !rows.isEmpty else { return }
    if labelsAbove {
      result.warnings.append(
        ReportWarning(
          message: "the cells of the table under '\(lines[start].collapsed)' lost their columns: each \(header.isActivity ? "activity" : "assignment") "
            + "is the lines above its status, its comment the lines after it up to a sentence's end",
          line: lines[start].number))
    }
    for row in rows {
      let comment = row.comment + (row.below.isEmpty ? [] : ["…"] + row.below)
      let note = comment.isEmpty ? nil : LineJoining.join(comment)
      if !row.below.isEmpty {
        result.warnings.append(
          ReportWarning(
            message: header.columnStarts == nil
              ? "the cells of '\(row.text)' lost their columns: its lines below the status (\(LineJoining.join(row.below))) "
                + "may be the \(header.isActivity ? "activity's" : "assignment's") or the comment's, and are kept in kommentar after '…'"
              : "the cells of '\(row.text)' ran into each other: its words below the status (\(LineJoining.join(row.below))) "
                + "may be the \(header.isActivity ? "activity's" : "assignment's") or another column's, and are kept in kommentar after '…'",
            line: row.line))
      }
      if header.isActivity {
        result.activities.append(
          ActivityRecord(
            goal: "", assignment: "", text: row.text, status: assessments.activity(row.status, line: row.line, hasColumn: true),
            assessment: row.status, responsible: row.responsible, comment: note, line: row.line))
      } else {
        result.assignments.append(
          AssignmentRecord(
            goal: "", text: row.text, status: assessments.goal(row.status, line: row.line, hasColumn: true), assessment: row.status,
            comment: note, line: row.line))
      }
    }
    result.used.append(lines[start].number...lines[last].number)
  }

  /// The cells of a line that kept the columns' positions: each segment with the column it
  /// starts at (within a character) and whether it runs up to the next column's start with more
  /// than one word (which may be two cells glued with a space); nil where a segment starts
  /// elsewhere.
  static func placed(_ line: SourceLine, starts: [Int]) -> [(column: Int, text: String, overruns: Bool)]? {
    var cells: [(column: Int, text: String, overruns: Bool)] = []
    for segment in AlignedTableForm.segments(line.raw) {
      guard let column = starts.firstIndex(where: { abs($0 - segment.start) <= 1 }) else { return nil }
      cells.append((column, segment.text, column + 1 < starts.count && segment.end >= starts[column + 1] - 1 && segment.text.contains(" ")))
    }
    return cells.isEmpty ? nil : cells
  }

  /// A row's first line with its status in the middle (`Läslyftet – systematisk Grundskolechef
  /// Pågår Samtliga skolor har startat.`): the entry's words, who is responsible, the status and
  /// the comment's first words; nil where no known status stands after the first word.
  /// - Parameter first: Whether the status may be the line's first words (`Genomfört Planen
  ///   antogs …` under the entry's lines).
  static func interleavedRow(_ text: String, responsible: Bool, first: Bool = false, dated: Bool = false)
    -> (text: String, responsible: String?, status: String, comment: String)?
  {
    let words = text.split(separator: " ").map(String.init)
    guard words.count >= (first ? 1 : 2) else { return nil }
    // The first status from the left, two words before one (`Ej påbörjad` before `Ej`).
    for k in (first ? 0 : 1)..<words.count where words[k].first?.isUppercase == true {
      let count = k + 1 < words.count && known(words[k] + " " + words[k + 1]) ? 2 : known(words[k]) ? 1 : 0
      guard count > 0 else { continue }
      var entry = Array(words[..<k])
      // (Under a column of dates, the date or its first part before the status: `Gatuchef
      // 2024-10- Pågår`, the date wrapped in its column.)
      if dated, entry.count >= 2, let date = entry.last, isDateOrPart(date) { entry.removeLast() }
      var who: String?
      if responsible {
        // Who is responsible: the capitalised run of at most three words before the status
        // whose word before starts in lower case (`systematisk Grundskolechef`).
        for n in stride(from: min(3, entry.count - 1), through: 1, by: -1) {
          let s = entry.count - n
          if entry[s].first?.isUppercase == true, entry[s - 1].first?.isUppercase != true || s == 1 {
            who = entry[s...].joined(separator: " ")
            entry.removeLast(n)
            break
          }
        }
      }
      return (entry.joined(separator: " "), who, words[k..<(k + count)].joined(separator: " "), words[(k + count)...].joined(separator: " "))
    }
    return nil
  }

  /// Whether a word is a date or its first part wrapped in a narrow column (`2024-10-31`,
  /// `2024-10-`, `2024-10`).
  static func isDateOrPart(_ word: String) -> Bool {
    let parts = word.split(separator: "-", omittingEmptySubsequences: false)
    guard (2...3).contains(parts.count), parts[0].count == 4, parts[0].allSatisfy(\.isNumber), parts[1].count == 2,
      parts[1].allSatisfy(\.isNumber)
    else { return false }
    return parts.count == 2 || parts[2].isEmpty || parts[2].count == 2 && parts[2].allSatisfy(\.isNumber)
  }

  /// A row's first line whose status wrapped in its narrow column, its first word here and the
  /// rest on the line below among the other columns' words (`… 2024-12- Ej Avvaktar …` over
  /// `… 31 påbörjad producentansvar. …`): the line with the status whole, and the line below
  /// without its part; nil where no word begins a status the vocabulary knows only with a word in
  /// lower case of the next line.
  static func wrappedStatus(_ text: String, over next: String) -> (line: String, below: String)? {
    var words = text.split(separator: " ").map(String.init)
    guard words.count >= 3 else { return nil }
    for k in 1..<words.count where words[k].first?.isUppercase == true && !known(words[k]) {
      guard !(k + 1 < words.count && known(words[k] + " " + words[k + 1])) else { return nil }
      var below = next.split(separator: " ").map(String.init)
      guard let w = below.prefix(6).firstIndex(where: { $0.first?.isLowercase == true && known(words[k] + " " + $0) }) else { continue }
      words[k] += " " + below[w]
      below.remove(at: w)
      return (words.joined(separator: " "), below.joined(separator: " "))
    }
    return nil
  }

  /// The rows of a block whose rows start with their number, as OCR prints a table: the row's
  /// first line holds its number, text, who is responsible, date and status; lines below it in
  /// lower case (no blank line between) go on with its text. The first line of anything else ends
  /// the block.
  static func readNumbered(
    _ lines: [SourceLine], from start: Int, to limit: Int, header: Header, skipped: Set<Int>, stops: Set<Int>,
    into result: inout Result, assessments: inout AssessmentReader
  ) {
    var rows: [(line: Int, number: String, text: [String], responsible: String?, status: String)] = []
    var last = start
    var previousBlank = false
    for i in (start + 1)..<limit {
      let line = lines[i]
      if skipped.contains(line.number) { continue }
      if line.isBlank {
        previousBlank = true
        continue
      }
      defer { previousBlank = false }
      // (A row the document took for a numbered heading, `13 Utbildning i … Klar`, is a row.)
      if let row = numberedRow(line.collapsed, header: header) {
        rows.append((line.number, row.number, [row.text], row.responsible, row.status))
      } else if stops.contains(line.number) {
        break
      } else if !rows.isEmpty, !previousBlank, line.collapsed.first?.isLowercase == true {
        rows[rows.count - 1].text.append(line.collapsed)
      } else {
        break
      }
      last = i
    }
    guard !rows.isEmpty else { return }
    for row in rows {
      let text = LineJoining.join(row.text)
      if header.isActivity {
        let s = assessments.activity(row.status, line: row.line, hasColumn: true)
        result.activities.append(
          ActivityRecord(
            goal: "", assignment: "", text: "\(row.number) \(text)", status: s, assessment: row.status,
            responsible: row.responsible, comment: nil, line: row.line))
      } else {
        let s = assessments.goal(row.status, line: row.line, hasColumn: true)
        result.assignments.append(
          AssignmentRecord(
            goal: "", text: "\(row.number) \(text)", status: s, assessment: row.status,
            comment: row.responsible.map { "Ansvarig: \($0)." }, line: row.line))
      }
    }
    result.used.append(lines[start].number...lines[last].number)
  }
}
