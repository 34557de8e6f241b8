/// Finds goals and activities printed as follow-up blocks, as goal-management systems print
/// them: a header line naming the kind of entry at the left and the assessment columns at the
/// right (`Nämndmål        Bedömning`, `Aktivitet      Status     Färdiggrad`), then the entries,
/// each optionally followed by `Kommentar:` and its text. An activity block repeats the goal its
/// activities are under as a line of its own. Where the assessment column holds no text (its
/// icons were lost in extraction) the status is `okänd`, never a guess.
enum FollowUpBlocks {
  /// What a block's entries are.
  enum EntryKind: Equatable {
    case goal(String)
    case activity
    case assignment
  }

  /// A block's header line.
  struct Header {
    var kind: EntryKind
    /// The column where the first assessment column starts; entry text ends before it.
    var assessmentStart: Int
    /// Whether the header has an assessment or status column at all.
    var assesses: Bool
    /// Whether the header's words stand at their columns' positions. A header whose text lost
    /// them (`Nämndmål Bedömning` one space apart, or each word on a line of its own) has rows
    /// with no cells: an entry is told from the comment above it by its narrower lines only.
    var positional = true
  }

  /// One entry: its text lines, its assessment cell if printed, its comment.
  struct Entry {
    var lines: [Int] = []
    var text: [String] = []
    var assessment: String?
    var comment: [String] = []
    var goal: String?
  }

  struct Result {
    var goals: [GoalRecord] = []
    var assignments: [AssignmentRecord] = []
    var activities: [ActivityRecord] = []
    /// The lines that went into the records (1-based).
    var used: [ClosedRange<Int>] = []
    /// After each block of one goal, the lines up to the next block's header: entries that a
    /// table there holds without a goal of their own are that goal's (``DocumentSections``).
    var after: [(lines: ClosedRange<Int>, goal: String)] = []
    /// Blocks that could not be read.
    var warnings: [ReportWarning] = []
  }

  /// The header a line is, if any: a kind word alone at the left and only column words after
  /// wide gaps.
  static func header(_ line: SourceLine) -> Header? {
    // (A header has a gap after its first word: most lines are ruled out by that fact of theirs.)
    guard line.hasGap else { return nil }
    let segments = AlignedTableForm.segments(line.raw)
    guard segments.count >= 2, let first = segments.first else { return nil }
    let name = first.text
    let kind: EntryKind
    if FollowUpVocabulary.names(name, FollowUpVocabulary.goalWords) {
      kind = .goal(HTMLText.collapse(name))
    } else if FollowUpVocabulary.names(name, FollowUpVocabulary.activityWords) {
      kind = .activity
    } else if FollowUpVocabulary.names(name, FollowUpVocabulary.assignmentWords) {
      kind = .assignment
    } else {
      return nil
    }
    let columns = segments.dropFirst()
    guard columns.allSatisfy({ FollowUpVocabulary.names($0.text, FollowUpVocabulary.assessmentWords) }) else {
      return nil
    }
    return Header(kind: kind, assessmentStart: columns.first!.start, assesses: true)
  }

  /// The header that starts at `i`, with the index of its last line: a header at its columns'
  /// positions (``header(_:)``), or one whose text lost them: the kind of entry and only
  /// assessment words one space apart (`Aktivitet Status Färdiggrad`, as `pdftotext -raw`,
  /// pdfplumber and pypdf print it), or each word on a line of its own, blank lines between
  /// or not (`Nämndmål` / `Bedömning`, as `pdftotext` without `-layout` and PyMuPDF print it).
  static func header(at i: Int, in lines: [SourceLine]) -> (header: Header, last: Int)? {
    let line = lines[i]
    if let positional = header(line) { return (positional, i) }
    let text = line.collapsed
    guard !text.isEmpty, text.utf8.count <= 60, text.first?.isUppercase == true else { return nil }
    // (A header of one line names an assessment, one of stacked words is a short line over one
    // shorter still: most lines are ruled out by their bytes.)
    let assessing = text.contains(" ") && TextSearch.mayContainAnyLowercased(text, assessmentStems)
    let stacked = text.utf8.count <= 40
      && lines[(i + 1)...].prefix(3).first(where: { !$0.isBlank }).map({ $0.collapsed.utf8.count <= 20 }) == true
    guard assessing || stacked else { return nil }
    let words = text.split(separator: " ").map(String.init)
    let lower = text.lowercasedText().trimmingCharacters(in: [":"]).split(separator: " ").map(String.init)
    guard words.count == lower.count else { return nil }
    func kind(_ count: Int) -> EntryKind? {
      let name = lower[..<count].joined(separator: " ")
      if goalWords.contains(name) { return .goal(words[..<count].joined(separator: " ")) }
      if activityWords.contains(name) { return .activity }
      if assignmentWords.contains(name) { return .assignment }
      return nil
    }
    // One line: the kind's words, then assessment words only.
    for count in 1..<min(4, words.count) where assessing {
      guard let kind = kind(count) else { continue }
      guard lower[count...].allSatisfy(assessmentWords.contains) else { break }
      return (Header(kind: kind, assessmentStart: 0, assesses: true, positional: false), i)
    }
    // The kind alone on its line, each assessment word on a line of its own below it.
    guard stacked, let kind = kind(words.count) else { return nil }
    var last = i
    var j = i + 1
    while j < min(lines.count, i + 8) {
      if lines[j].isBlank {
        j += 1
        continue
      }
      guard FollowUpVocabulary.names(lines[j].collapsed, FollowUpVocabulary.assessmentWords) else { break }
      last = j
      j += 1
    }
    guard last > i else { return nil }
    return (Header(kind: kind, assessmentStart: 0, assesses: true, positional: false), last)
  }

  static let goalWords = Set(FollowUpVocabulary.goalWords)
  static let activityWords = Set(FollowUpVocabulary.activityWords)
  static let assignmentWords = Set(FollowUpVocabulary.assignmentWords)
  static let assessmentWords = Set(FollowUpVocabulary.assessmentWords)

  /// ASCII parts of every assessment word (`bed` of `bedömning`, `rdiggrad` of `färdiggrad`).
  static let assessmentStems: [StaticString] = ["bed", "status", "uppfyllelse", "rdiggrad", "trend", "prognos"]

  /// Whether a line prints an assessment the vocabulary knows in the block's assessment column.
  static func assessed(_ line: SourceLine, header: Header) -> Bool {
    let segments = AlignedTableForm.segments(line.raw)
    guard segments.count >= 2, let last = segments.last, abs(last.start - header.assessmentStart) <= 2 else { return false }
    return StatusVocabulary.knownGoalStatus(last.text) != nil
  }

  /// Whether a line opens an entry's comment: `Kommentar:` (text may follow on the line).
  static func commentText(_ line: SourceLine) -> String? {
    let t = line.collapsed
    for label in ["Kommentar:", "Kommentar :", "Kommentarer:"] where t.hasPrefix(label) {
      return HTMLText.collapse(String(t.dropFirst(label.count)))
    }
    // A comment's label alone on its line (`Analys`, `Kommentar`), its text below.
    if FollowUpVocabulary.field(t) == .comment { return "" }
    return nil
  }

  static func recognise(_ document: Document, lines: [SourceLine], assessments: inout AssessmentReader) -> Result {
    var result = Result()
    // Lines that end a block: headings and tables; lines to skip: furniture.
    var stops = Set<Int>()
    var skipped = Set<Int>()
    var tableEnds: [Int: Int] = [:]  // a table's first line → its last
    for block in document.blocks {
      switch block.kind {
      case .table:
        stops.insert(block.lines.lowerBound)
        tableEnds[block.lines.lowerBound] = block.lines.upperBound
      case .heading: stops.insert(block.lines.lowerBound)
      case .furniture: skipped.formUnion(block.lines)
      default: break
      }
    }
    var headers: [(index: Int, header: Header, last: Int)] = []
    // A header a table reader took (`Mål   Prognos   Bedömning` over rows of cells) heads a table.
    var i = 0
    while i < lines.count {
      defer { i += 1 }
      guard !skipped.contains(lines[i].number), let (h, last) = header(at: i, in: lines),
        !document.isInTable(lines[i].number)
      else { continue }
      headers.append((i, h, last))
      i = last
    }
    guard !headers.isEmpty else { return result }

    var knownGoals: [String: String] = [:]  // normalised → title
    var lastBlockGoals: [String] = []
    var lastBlockEnd = 0  // the last line of the latest goal block
    var parents = Set<String>()
    for (n, (start, printed, headerEnd)) in headers.enumerated() {
      var header = printed
      let limit = n + 1 < headers.count ? headers[n + 1].index : lines.count
      var end = headerEnd + 1
      var passed = Set<Int>()  // the lines of tables inside the block
      while end < limit {
        if let last = tableEnds[lines[end].number], case .goal = header.kind,
          let next = ((end + 1)..<limit).first(where: { lines[$0].number > last && !lines[$0].isBlank }),
          !stops.contains(lines[next].number), assessed(lines[next], header: header)
        {
          // A goal's table of measures inside the block: the entry after it, its assessment in
          // the block's column, is the block's next goal.
          passed.formUnion(end..<next)
          end = next
          continue
        }
        if stops.contains(lines[end].number) { break }
        end += 1
      }
      let content = (headerEnd + 1..<end).filter { !skipped.contains(lines[$0].number) && !lines[$0].isBlank && !passed.contains($0) }
      if !header.positional, header.kind == .activity || header.kind == .assignment,
        content.contains(where: { CollapsedFollowUpBlocks.printsStatus(lines[$0].collapsed) })
      {
        // Entries whose statuses are printed as words, not lost icons: ``CollapsedFollowUpBlocks``
        // reads them.
        continue
      }
      // Without positions, a block whose assessments are sentences about the goal (`Målet är
      // uppfyllt. …`) run into the goals' lines cannot be split into goals here: it is left
      // unread, with a warning, rather than read wrong.
      if !header.positional, case .goal = header.kind,
        content.contains(where: { GoalHeadings.assessmentSentence(in: lines[$0].collapsed) != nil })
      {
        result.warnings.append(
          ReportWarning(
            message: "the goals under '\(lines[start].collapsed)' lost their columns, their assessments run into their lines: "
              + "not read as goals",
            line: lines[start].number))
        continue
      }
      // A goal block's header whose words stand apart over a first goal that runs through its
      // assessment column, one segment (PyMuPDF's sorted blocks), kept its gaps only: the lines
      // lost their positions. (A comment's full lines cross the column in any layout, and so does
      // an activity block's repeated goal; a goal's do not.)
      if header.positional, case .goal = header.kind, let first = content.first,
        case let segments = AlignedTableForm.segments(lines[first].raw), segments.count == 1,
        segments[0].start < header.assessmentStart, segments[0].end > header.assessmentStart + 4
      {
        header.positional = false
      }
      if !header.positional {
        // Without positions, the entries' column ends where a comment's full lines would not:
        // a tenth short of the block's widest line.
        let widest = content.map { lines[$0].collapsed.count }.max() ?? 0
        header.assessmentStart = widest - widest / 10
      }
      result.used.append(lines[start].number...lines[max(start, (content.last ?? start))].number)

      switch header.kind {
      case .goal(let kindName):
        let parent = parentTitle(before: lines[start].number, document: document)
        if let parent, !parents.contains(parent.title) {
          parents.insert(parent.title)
          result.goals.append(GoalRecord(number: parent.number ?? "", title: parent.title, level: 1, line: parent.line))
        }
        let entries = self.entries(content, lines: lines, header: header, goalLines: [:])
        lastBlockGoals = []
        lastBlockEnd = lines[content.last ?? start].number
        for entry in entries {
          let title = LineJoining.join(entry.text)
          guard !title.isEmpty else { continue }
          knownGoals[key(title)] = title
          lastBlockGoals.append(title)
          // An assessment cell of a known sentence and more (`Målet är uppfyllt. 2 436 personer
          // utbildades.`): the sentence is the assessment, the rest a comment.
          var assessment = entry.assessment
          var comment = entry.comment
          if let cell = assessment, let stop = cell.range(of: ". "), cell[..<stop.lowerBound].split(separator: " ").count <= 6,
            StatusVocabulary.knownGoalStatus(String(cell[..<stop.lowerBound])) != nil
          {
            assessment = String(cell[..<stop.lowerBound]) + "."
            comment.insert(String(cell[stop.upperBound...]), at: 0)
          }
          result.goals.append(
            GoalRecord(
              number: "", title: title, level: parent == nil ? 1 : 2, line: lines[entry.lines[0]].number,
              parent: parent?.title, kind: kindName, assessment: assessment,
              status: assessments.goal(assessment, line: lines[entry.lines[0]].number, hasColumn: header.assesses),
              comment: joinedComment(comment)))
        }
        if lastBlockGoals.count == 1, limit > start + 1 {
          // (Up to a numbered heading, another chapter, if one comes first.)
          let next = limit < lines.count ? lines[limit].number : (lines.last?.number ?? lastBlockEnd) + 1
          let chapter = document.blocks.first { $0.headingNumber != nil && $0.lines.lowerBound > lastBlockEnd }?.lines.lowerBound
          let end = min(next, chapter ?? next) - 1
          if end > lastBlockEnd { result.after.append(((lastBlockEnd + 1)...end, lastBlockGoals[0])) }
        }
      case .activity, .assignment:
        let goalLines = self.goalLines(content, lines: lines, known: knownGoals)
        // The one goal of the block before, unless a numbered heading (another chapter:
        // `3 Uppdrag från kommunfullmäktige`) comes between.
        let chapter = document.blocks.contains { block in
          block.headingNumber != nil && block.lines.lowerBound > lastBlockEnd && block.lines.lowerBound < lines[start].number
        }
        let fallback = lastBlockGoals.count == 1 && !chapter ? lastBlockGoals[0] : nil
        for entry in entries(content, lines: lines, header: header, goalLines: goalLines) {
          let text = LineJoining.join(entry.text)
          guard !text.isEmpty else { continue }
          let goal = entry.goal ?? fallback ?? ""
          let line = lines[entry.lines[0]].number
          if header.kind == .activity {
            let status = assessments.activity(entry.assessment, line: line, hasColumn: header.assesses)
            result.activities.append(
              ActivityRecord(
                goal: goal, assignment: "", text: text, status: status, assessment: entry.assessment,
                comment: joinedComment(entry.comment), line: line))
          } else {
            let status = assessments.goal(entry.assessment, line: line, hasColumn: header.assesses)
            result.assignments.append(
              AssignmentRecord(
                goal: goal, text: text, status: status, assessment: entry.assessment,
                comment: joinedComment(entry.comment), line: line))
          }
        }
      }
    }
    return result
  }

  /// The entries of a block's content lines. With `Kommentar:` lines, an entry is the run of
  /// lines narrower than the assessment column just before each of them that starts after a
  /// sentence ends (the comment above runs the full width); without, entries end at sentence
  /// ends. `goalLines` (content index → goal title) are the block's repeated goal lines.
  static func entries(_ content: [Int], lines: [SourceLine], header: Header, goalLines: [Int: String]) -> [Entry] {
    let markers = content.indices.filter { commentText(lines[content[$0]]) != nil }
    var cells: [Int: String] = [:]
    var texts: [Int: String] = [:]
    var widths: [Int: Int] = [:]
    for (k, i) in content.enumerated() {
      guard header.positional else {
        texts[k] = lines[i].collapsed
        widths[k] = lines[i].collapsed.count
        continue
      }
      // An assessment printed in its column: the segment that starts there.
      let segments = AlignedTableForm.segments(lines[i].raw)
      if segments.count >= 2, let last = segments.last, last.start >= header.assessmentStart - 2 {
        cells[k] = last.text
        texts[k] = segments.dropLast().map(\.text).joined(separator: " ")
        widths[k] = segments[segments.count - 2].end
      } else if segments.count == 1, segments[0].start < header.assessmentStart - 2, segments[0].end > header.assessmentStart + 4,
        case .goal = header.kind,
        let split = AlignedTableForm.words(lines[i].raw).first(where: { abs($0.start - header.assessmentStart) <= 1 }),
        split.text.first?.isUppercase == true,
        StatusVocabulary.knownGoalStatus(String(Array(lines[i].raw)[split.start...])) != nil
      {
        // A goal's text run into the assessment column one space before it (`… ska genomföras
        // Målet är inte uppfyllt.`): split at the word that starts where the column does, where
        // the vocabulary knows the assessment from there.
        let raw = Array(lines[i].raw)
        cells[k] = HTMLText.collapse(String(raw[split.start...]))
        texts[k] = HTMLText.collapse(String(raw[..<split.start]))
        widths[k] = split.start - 1
      } else if segments.count == 1, segments[0].start >= header.assessmentStart - 2, k > 0, cells[k - 1] != nil {
        // The assessment cell's last line alone in its column (`övriga verksamheter.`).
        cells[k] = segments[0].text
        texts[k] = ""
        widths[k] = 0
      } else {
        texts[k] = lines[i].collapsed
        widths[k] = segments.last?.end ?? 0
      }
    }
    func endsSentence(_ k: Int) -> Bool {
      guard let last = texts[k]?.last else { return true }
      return ".!?:".contains(last)
    }
    func goalAt(_ k: Int) -> String? {
      var title: String?
      for j in stride(from: k, through: 0, by: -1) where goalLines[j] != nil {
        title = goalLines[j]
        break
      }
      return title
    }

    var result: [Entry] = []
    if markers.isEmpty {
      var current = Entry()
      for k in content.indices where goalLines[k] == nil {
        // A group's line of a few words alone over a blank line, no assessment beside it, before
        // any entry's text (a perspective, `Medborgare`): no part of the entry below.
        let i = content[k]
        if current.lines.isEmpty, cells[k] == nil, !endsSentence(k), (texts[k] ?? "").split(separator: " ").count <= 3,
          i + 1 < lines.count, lines[i + 1].isBlank
        {
          continue
        }
        if current.lines.isEmpty, texts[k]?.isEmpty == true, let cell = cells[k], !result.isEmpty {
          // (Below an entry that ended its sentence: its assessment's last line.)
          result[result.count - 1].assessment = result[result.count - 1].assessment.map { LineJoining.join([$0, cell]) } ?? cell
          continue
        }
        current.lines.append(content[k])
        current.text.append(texts[k] ?? "")
        // An assessment cell wrapped over the entry's lines: its lines joined (`Målet är delvis
        // uppfyllt. Utfallet blev 86 procent (2023:` / `83 procent).`).
        if let cell = cells[k] { current.assessment = current.assessment.map { LineJoining.join([$0, cell]) } ?? cell }
        if endsSentence(k) {
          current.goal = goalAt(k)
          result.append(current)
          current = Entry()
        }
      }
      if !current.lines.isEmpty {
        current.goal = goalAt(current.lines.count - 1)
        result.append(current)
      }
      return result
    }

    var starts: [Int] = []
    for (m, marker) in markers.enumerated() {
      let floor = m > 0 ? markers[m - 1] + 1 : 0
      var first = marker
      while first - 1 >= floor, goalLines[first - 1] == nil, (widths[first - 1] ?? 0) < header.assessmentStart - 1 {
        first -= 1
      }
      // The run may begin with the end of the comment above (its last, narrow lines): then the
      // entry starts after the first sentence that ends in the run.
      let continuesComment =
        m > 0 && (first == floor ? marker > floor : goalLines[first - 1] == nil && !endsSentence(first - 1))
      let start = continuesComment ? (first + 1..<marker).first { endsSentence($0 - 1) } ?? first : first
      starts.append(start)
    }
    // A line with an assessment in its column starts an entry of its own even without a
    // comment; its text runs to the end of its sentence.
    var openings = zip(starts, markers.map { Optional($0) }).map { (start: $0.0, marker: $0.1) }
    for (k, _) in cells where !zip(starts, markers).contains(where: { $0.0 <= k && k <= $0.1 }) {
      let end = (k..<content.count).first { endsSentence($0) || markers.contains($0 + 1) } ?? k
      openings.append((k, markers.contains(end + 1) ? end + 1 : nil))
    }
    openings.sort { $0.start < $1.start }
    for (n, opening) in openings.enumerated() {
      let next = n + 1 < openings.count ? openings[n + 1].start : content.count
      var entry = Entry()
      let textEnd = opening.marker ?? ((opening.start..<next).first { endsSentence($0) }.map { $0 + 1 } ?? next)
      for k in opening.start..<textEnd where goalLines[k] == nil {
        entry.lines.append(content[k])
        entry.text.append(texts[k] ?? "")
        if let cell = cells[k] { entry.assessment = cell }
      }
      guard !entry.lines.isEmpty else { continue }
      entry.goal = goalAt(opening.start)
      if let marker = opening.marker {
        if let inline = commentText(lines[content[marker]]), !inline.isEmpty { entry.comment.append(inline) }
        for k in (marker + 1)..<max(marker + 1, next) where goalLines[k] == nil {
          entry.comment.append(lines[content[k]].collapsed)
        }
      }
      result.append(entry)
    }
    return result
  }

  /// The content lines (by index into `content`) that repeat a known goal, one or more lines
  /// joined, with the goal's title.
  static func goalLines(_ content: [Int], lines: [SourceLine], known: [String: String]) -> [Int: String] {
    var found: [Int: String] = [:]
    guard !known.isEmpty else { return found }
    // A joined text's key is its lines' keys run together (joining adds or drops only spaces and
    // a broken word's hyphen), so each line's key is computed once.
    let keys = content.map { key(lines[$0].collapsed) }
    var k = 0
    while k < content.count {
      var joined = ""
      var matched = 0
      for j in k..<min(k + 4, content.count) {
        joined += keys[j]
        if let title = known[joined] {
          for m in k...j { found[m] = title }
          matched = j - k + 1
          break
        }
      }
      k += max(matched, 1)
    }
    return found
  }

  /// The area a goal block is under: a lone short line just before its header, else the nearest
  /// heading above that is not the follow-up section's own title.
  /// A perspective of a balanced scorecard (`Perspektiv: Invånare`, `Medarbetarperspektivet`)
  /// groups goals and is none: no parent.
  static func parentTitle(before line: Int, document: Document) -> (number: String?, title: String, line: Int)? {
    let above = document.blocks.filter { $0.isContent && $0.lines.upperBound < line }
    guard let last = above.last else { return nil }
    if FollowUpVocabulary.namesPerspective(last.text) { return nil }
    // A heading naming a goal of its own (`Inriktningsmål: Norrköping ska …`) over the block.
    if case .heading(let number, _) = last.kind, let (_, title) = FollowUpVocabulary.goalHeading(last.text) {
      return (number ?? FollowUpVocabulary.ownNumber(last.text), title, last.lines.lowerBound)
    }
    // (A line naming the kind of goals, `Verksamhetsmål`, is the block's title: no area.)
    if FollowUpVocabulary.names(last.text, FollowUpVocabulary.goalWords) { return nil }
    if case .paragraph = last.kind, last.lines.count == 1, last.text.count <= 80, last.text.last != "." {
      return (nil, last.text, last.lines.lowerBound)
    }
    guard let heading = above.last(where: { $0.headingNumber != nil || $0.kind == .heading(number: nil, level: 1) })
    else { return nil }
    let lower = heading.text.lowercasedText()
    if lower.contains("uppföljning") || FollowUpVocabulary.names(lower, FollowUpVocabulary.goalWords) { return nil }
    return (heading.headingNumber, heading.text, heading.lines.lowerBound)
  }

  static func joinedComment(_ lines: [String]) -> String? {
    let text = LineJoining.join(lines)
    return text.isEmpty ? nil : text
  }

  /// A goal's text compared across wraps: lower case, letters and digits only.
  static func key(_ s: String) -> String {
    // (By scalar, ASCII ones by their value: most of a Swedish text is ASCII.)
    var result = String.UnicodeScalarView()
    for u in s.lowercasedText().unicodeScalars {
      if u.isASCII {
        if (0x61...0x7A).contains(u.value) || (0x30...0x39).contains(u.value) { result.append(u) }
      } else if u.properties.isAlphabetic || u.properties.numericType != nil {
        result.append(u)
      }
    }
    return String(result)
  }
}
