import Foundation

/// Reads the matrix "Förvaltningens uppdrag / deluppdrag · Status · Aktiviteter" of a glued-matrix
/// report.
///
/// Each row is an activity (the wide right column), sometimes the assignment cell (the narrow
/// left column), and a comment introduced by "Kommentar". pdftotext prints an assignment cell
/// that spans several rows once, in the last of them, either as its own block or glued to the
/// first line of that row's activity ("Riktade hälsosamtalLeda och samordna …": activity
/// "Riktade hälsosamtal", assignment "Leda och samordna …"). So rows without an assignment belong
/// to the next assignment printed; rows after the last one to the last one.
struct GluedMatrixTable {
  let reader: GluedMatrixReader
  var activities: [ActivityRecord] = []
  var assignments: [AssignmentRecord] = []
  var claimed = Set<Int>()

  /// Widest line of the narrow assignment column, in characters.
  static let assignmentWidth = 28

  init(reader: GluedMatrixReader) { self.reader = reader }

  struct Row {
    var blocks: [[(Int, String)]] = []
    var comment: [String] = []
    var activity: (Int, String)?
    var assignment: (Int, String)?
  }

  mutating func read(from start: Int, to end: Int) {
    var rows: [Row] = []
    var row = Row()
    var inComment = false
    var blockOpen = false

    func finishRow() {
      if !row.blocks.isEmpty || !row.comment.isEmpty { rows.append(row) }
      row = Row()
      inComment = false
    }

    for n in start...end {
      let raw = reader.line(n)
      let t = PageLayoutText.trimmed(raw)
      if reader.boilerplate.contains(n) {
        blockOpen = false
        continue
      }
      if t.isEmpty {
        blockOpen = false
        continue
      }
      claimed.insert(n)
      if !blockOpen {
        // A new block: a comment continued after a page break starts in lower case.
        // A comment also goes on after a blank line inside it when the next block starts in
        // lower case ("… revidera befintligt" / "" / "samverkansavtal inom …").
        let continues = inComment && (t.first?.isLowercase ?? false)
        if inComment && !continues { finishRow() }
        if !inComment { row.blocks.append([]) }
        blockOpen = true
      }
      if inComment {
        row.comment.append(raw)
        continue
      }
      if t.hasPrefix("Kommentar"), let r = raw.range(of: "Kommentar") {
        inComment = true
        row.comment.append(String(raw[r.upperBound...]))
        continue
      }
      if let r = raw.range(of: " Kommentar ") {
        appendEntry(String(raw[..<r.lowerBound]), line: n, to: &row)
        inComment = true
        row.comment.append(String(raw[r.upperBound...]))
        continue
      }
      appendEntry(raw, line: n, to: &row)
    }
    finishRow()
    for i in rows.indices { split(&rows[i]) }

    // Rows without an assignment belong to the next one printed, or the last one.
    var pending: [Int] = []
    var last: (Int, String)?
    for i in rows.indices {
      if let a = rows[i].assignment {
        assignments.append(
          AssignmentRecord(goal: "", text: a.1, status: nil, comment: nil, line: a.0))
        for p in pending { rows[p].assignment = a }
        pending = []
        last = a
      } else {
        pending.append(i)
      }
    }
    for p in pending { rows[p].assignment = last }
    for r in rows {
      guard let act = r.activity else { continue }
      let comment = PageLayoutText.joinWrapped(r.comment)
      activities.append(
        ActivityRecord(
          goal: "", assignment: r.assignment?.1 ?? "", text: act.1, status: .okänd,
          comment: comment.isEmpty ? nil : comment, line: act.0))
    }
  }

  func appendEntry(_ text: String, line n: Int, to row: inout Row) {
    if row.blocks.isEmpty { row.blocks.append([]) }
    row.blocks[row.blocks.count - 1].append((n, text))
  }

  /// The glue seam in `line`: a word of at least three letters whose lower-case letter or digit
  /// runs straight into an upper-case letter ("hälsosamtalLeda", "2019–2021Verka"). Shorter
  /// stems are real words ("eRåd", "iTre").
  static func seam(in line: String) -> String.Index? {
    let chars = Array(line.indices)
    var wordLength = 0
    for (k, i) in chars.enumerated() {
      let c = line[i]
      if c.isWhitespace {
        wordLength = 0
        continue
      }
      if k > 0, c.isUppercase, wordLength >= 3 {
        let p = line[chars[k - 1]]
        if p.isLowercase || p.isNumber { return i }
      }
      wordLength += 1
    }
    return nil
  }

  /// Decides which of a row's blocks is the activity and which the assignment.
  func split(_ row: inout Row) {
    var activityLines: [(Int, String)] = []
    var assignmentLines: [(Int, String)] = []
    let narrow: ([(Int, String)]) -> Bool = { block in
      block.count >= 2
        && block.allSatisfy { PageLayoutText.trimmed($0.1).count <= Self.assignmentWidth }
    }
    for (k, block) in row.blocks.enumerated() where !block.isEmpty {
      if let first = block.first, let cut = Self.seam(in: first.1) {
        activityLines.append((first.0, String(first.1[..<cut])))
        assignmentLines = [(first.0, String(first.1[cut...]))] + block.dropFirst()
        continue
      }
      let isAssignment =
        assignmentLines.isEmpty && row.blocks.count >= 2 && narrow(block)
        && !row.blocks.enumerated().contains { $0.offset > k && narrow($0.element) }
      if isAssignment { assignmentLines = block } else { activityLines += block }
    }
    if let first = activityLines.first {
      row.activity = (first.0, PageLayoutText.joinWrapped(activityLines.map(\.1)))
    }
    if let first = assignmentLines.first {
      row.assignment = (first.0, PageLayoutText.joinWrapped(assignmentLines.map(\.1)))
    }
  }
}
