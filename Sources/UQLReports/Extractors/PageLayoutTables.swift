import Foundation
import UQLValues

/// Reads the tables inside one section of a page-layout report: the assignment table
/// ("Årsprognos / Förvaltningens uppdrag / Kommentar"), numeric economy tables and indicator
/// tables.
struct PageLayoutTables {
  /// `(R12 medel) 14,9% 13%`: a qualifier in parentheses and one or two values.
  nonisolated(unsafe) static let parenthesisedUnit = /^\((.+?)\)\s+(\S+)(?:\s+(\S+))?$/

  let reader: PageLayoutReader
  var assignments: [AssignmentRecord] = []
  var economy: [EconomyRecord] = []
  var indicators: [IndicatorRecord] = []
  var claimed = Set<Int>()
  /// The group of indicators read from "Indikator Utfall Målvärde" tables (the chapter's title).
  var indicatorGroup = "Medarbetare"

  /// Widest line of the narrow "Förvaltningens uppdrag" column, in characters.
  static let uppdragWidth = 27

  init(reader: PageLayoutReader) { self.reader = reader }

  func trimmed(_ n: Int) -> String { reader.trimmed(n) }
  func isBlank(_ n: Int) -> Bool { trimmed(n).isEmpty }

  /// Reads lines `start...end` of section `section`; returns the lines that went into records.
  mutating func read(
    from start: Int, to end: Int, section: PageLayoutHeading, goal: String?,
    pending: inout [String]
  ) -> Set<Int> {
    if let header = (start...end).first(where: {
      reader.boilerplate.contains($0) && Self.isTableHeader(trimmed($0))
    }) {
      readAssignments(from: header, to: end, goal: goal ?? section.title, pending: &pending)
      readNumericTables(from: start, to: header - 1, section: section)
    } else {
      readNumericTables(from: start, to: end, section: section)
    }
    return claimed
  }

  // MARK: Assignments

  static func isTableHeader(_ t: String) -> Bool {
    t == "Årsprogn" || t.hasPrefix("Årsprognos Förvaltningens")
  }

  struct Cell {
    var line: Int
    var text: [String] = []
    var comment: [[String]] = []
    var subGoal: String?
  }

  mutating func readAssignments(
    from start: Int, to end: Int, goal: String, pending: inout [String]
  ) {
    var subGoal: String?
    var current: Cell?
    var cells: [Cell] = []
    var block: [String] = []
    var blockStart = 0
    var afterHeader = false
    var blockAfterHeader = false

    func place(_ lines: [String], at n: Int, afterHeader: Bool, endedByHeader: Bool = false) {
      // A short line running straight into a page break is a sub-heading of a comment
      // ("Arbetsmarknad"): an assignment cell is followed by a blank line before its comment.
      let narrow =
        lines.allSatisfy { PageLayoutText.trimmed($0).count <= Self.uppdragWidth }
        && !(endedByHeader && lines.count == 1 && current != nil)
      let lower = lines.first.flatMap { PageLayoutText.trimmed($0).first }.map(\.isLowercase) ?? false
      if var c = current {
        if afterHeader && lower {
          if narrow { c.text += lines } else { c.comment.append(lines) }
          current = c
          return
        }
        if narrow && !c.comment.isEmpty && !lower {
          cells.append(c)
          current = Cell(line: n, text: lines, subGoal: subGoal)
          return
        }
        c.comment.append(lines)
        current = c
        return
      }
      if narrow {
        current = Cell(line: n, text: lines, subGoal: subGoal)
      } else {
        // The assignment and the first comment line glued together ("Antikorruptionspolicy Den
        // av …"): split before the first capitalised word after the first word.
        let first = PageLayoutText.trimmed(lines.first ?? "")
        let words = first.split(separator: " ").map(String.init)
        var cut = 1
        while cut < words.count, !(words[cut].first?.isUppercase ?? false) { cut += 1 }
        let head = words.prefix(cut).joined(separator: " ")
        // The line's trailing space says it broke between words; the tail keeps it, so that
        // the next line is joined with a space ("arbetet |enligt"), not glued.
        let trailing = lines.first?.last.map { $0 == " " || $0 == "\u{00A0}" } == true ? " " : ""
        let tail = words.dropFirst(cut).joined(separator: " ") + trailing
        current = Cell(line: n, text: [head], comment: [[tail] + lines.dropFirst()], subGoal: subGoal)
      }
    }

    for n in start...end {
      if reader.boilerplate.contains(n) {
        if !block.isEmpty {
          place(block, at: blockStart, afterHeader: blockAfterHeader, endedByHeader: true)
        }
        block = []
        if Self.isTableHeader(trimmed(n)) {
          afterHeader = true
          if !pending.isEmpty { subGoal = pending.removeFirst() }
        }
        continue
      }
      if isBlank(n) {
        if !block.isEmpty { place(block, at: blockStart, afterHeader: blockAfterHeader) }
        block = []
        continue
      }
      if block.isEmpty {
        blockStart = n
        blockAfterHeader = afterHeader
        afterHeader = false
      }
      block.append(reader.line(n))
      claimed.insert(n)
    }
    if !block.isEmpty { place(block, at: blockStart, afterHeader: blockAfterHeader) }
    if let c = current { cells.append(c) }
    for c in cells {
      let comment = c.comment.map { PageLayoutText.joinWrapped($0) }.joined(separator: " ")
      assignments.append(
        AssignmentRecord(
          goal: goal, subGoal: c.subGoal, text: PageLayoutText.joinWrapped(c.text),
          status: .okänd, comment: comment.isEmpty ? nil : comment, line: c.line))
    }
  }

  // MARK: Numeric tables

  /// Whether line `n` is a table row: a label followed by at least two numbers.
  func row(_ n: Int, count: Int?) -> (label: String, cells: [String])? {
    let t = trimmed(n)
    guard let r = PageLayoutText.trailingNumbers(t, count: count), r.cells.count >= 2 else {
      return nil
    }
    if let c = count, r.cells.count != c { return nil }
    return r
  }

  mutating func readNumericTables(from start: Int, to end: Int, section: PageLayoutHeading) {
    guard start <= end else { return }
    var n = start
    while n <= end {
      let t = trimmed(n)
      if t.hasPrefix("Indikatorer Utfall Målvärde") {
        n = readIndicatorTable(header: n, end: end)
        continue
      }
      guard !reader.boilerplate.contains(n), let first = row(n, count: nil) else {
        n += 1
        continue
      }
      n = readNumericTable(firstRow: n, columns: first.cells.count, start: start, end: end, section: section)
    }
  }

  /// Reads a table whose first row is line `firstRow`; returns the line after it.
  mutating func readNumericTable(
    firstRow: Int, columns: Int, start: Int, end: Int, section: PageLayoutHeading
  ) -> Int {
    // Rows, with labels wrapped over the lines before them.
    var rows: [(line: Int, label: String, cells: [String])] = []
    var label: [(Int, String)] = []
    var n = firstRow
    var last = firstRow
    while n <= end {
      let t = trimmed(n)
      if t.isEmpty || reader.boilerplate.contains(n) {
        n += 1
        continue
      }
      if let r = row(n, count: columns) {
        let labelLines = label.map { reader.line($0.0) } + [r.label]
        let start = label.first?.0 ?? n
        rows.append((start, PageLayoutText.joinWrapped(labelLines), r.cells))
        for m in start...n where !isBlank(m) { claimed.insert(m) }
        label = []
        last = n
        n += 1
        continue
      }
      if t.count <= 40, !t.hasSuffix("."), label.count < 3 {
        label.append((n, t))
        n += 1
        continue
      }
      break
    }
    // A row label wrapped over the line above the first row ("Prognos " / "budgetavvikelse 82 700
    // tkr …").
    var m = firstRow - 1
    if let firstRowLabel = rows.first, firstRowLabel.line == firstRow,
      firstRowLabel.label.first?.isLowercase ?? false, m >= start, !isBlank(m),
      reader.line(m).hasSuffix(" "), trimmed(m).count <= 40, Self.segments(trimmed(m)).count == 1
    {
      rows[0].label = trimmed(m) + " " + rows[0].label
      rows[0].line = m
      claimed.insert(m)
      m -= 1
    }
    // Header and caption above the first row.
    var headerLines: [Int] = []
    while m >= start {
      let t = trimmed(m)
      if t.isEmpty || reader.boilerplate.contains(m) {
        m -= 1
        continue
      }
      // Header cells are short ("Ack. ", "resultat "); a sentence ends the header.
      if t.count > 60 || (t.hasSuffix(".") && t.count > 40) || claimed.contains(m) { break }
      headerLines.insert(m, at: 0)
      m -= 1
      if Self.isLabelHeader(t) {
        // A caption line above the header ("Ekonomisk prognos").
        while m >= start, isBlank(m) { m -= 1 }
        let c = trimmed(m)
        if m >= start, !c.isEmpty, c.count <= 40, !c.hasSuffix("."), !reader.boilerplate.contains(m),
          !claimed.contains(m)
        {
          headerLines.insert(m, at: 0)
        }
        break
      }
    }
    let (caption, measures, used) = columnsAndCaption(headerLines, columns: columns, section: section)
    for h in used { claimed.insert(h) }
    // A unit the header states for the whole table: "Uppdrag, belopp i mnkr", "Investering (tkr)".
    let headerText = headerLines.map { trimmed($0) }.joined(separator: " ")
    let headerUnit = ["mnkr", "tkr"].first {
      headerText.contains("i \($0)") || headerText.contains("(\($0))")
    }
    // An indicator table is indicators only: its boxes are not economy rows, and their totals
    // are checked once, for every layout, by TotalRowCheck.
    let isIndicatorTable = headerLines.contains { trimmed($0).hasPrefix("Indikator") }
    for r in rows {
      if !isIndicatorTable {
        for (i, cell) in r.cells.enumerated() {
          let parsed = PageLayoutText.numberValue(cell)
          let measure = i < measures.count ? measures[i] : "kolumn \(i + 1)"
          economy.append(
            EconomyRecord(
              table: caption, post: r.label, measure: measure, value: parsed?.value,
              printed: cell, unit: parsed?.unit ?? headerUnit, line: r.line))
        }
        continue
      }
      let kind = measures.first ?? ""
      guard kind.hasPrefix("ack resultat") || kind.hasPrefix("årsprognos") || kind == "utfall" else { continue }
      // One layout, one meaning: a deviation indicator ("Prognos budgetavvikelse") takes its
      // outcome from the deviation column and has no target; others take Utfall and Målvärde.
      let deviation = measures.firstIndex { $0.contains("avvikelse") }
      let isDeviation = kind != "utfall" && r.label.lowercasedText().contains("avvikelse") && deviation != nil
      let valueIndex = isDeviation ? deviation! : 0
      let value = valueIndex < r.cells.count ? PageLayoutText.numberValue(r.cells[valueIndex]) : nil
      let target = !isDeviation && r.cells.count > 1 ? PageLayoutText.numberValue(r.cells[1])?.value : nil
      indicators.append(
        IndicatorRecord(
          group: kind == "utfall" ? indicatorGroup : "Ekonomi", name: r.label, outcome: value?.value,
          target: target, unit: value?.unit, line: r.line,
          printed: value != nil ? r.cells[valueIndex] : target != nil ? r.cells[1] : nil))
    }
    return last + 1
  }

  /// Splits a one-line header at capitalised words: "Ack resultat Ack budget" → two columns.
  static func segments(_ header: String) -> [String] {
    var result: [String] = []
    for word in header.split(separator: " ") {
      if let f = word.first, f.isUppercase || result.isEmpty {
        result.append(String(word))
      } else {
        result[result.count - 1] += " " + word
      }
    }
    return result
  }

  /// The first line of a table header, naming the label column.
  static func isLabelHeader(_ t: String) -> Bool {
    ["Uppdrag", "Indikator", "Investering (", "Grupp "].contains { t.hasPrefix($0) }
  }

  func columnsAndCaption(_ header: [Int], columns: Int, section: PageLayoutHeading) -> (
    String, [String], [Int]
  ) {
    let fallback = PageLayoutReader.cleanHeading(section.title)
    guard let lastLine = header.last else { return (fallback, [], []) }
    // A header starting with its label column, wrapped over lines: segments of the joined text.
    if let labelIndex = header.firstIndex(where: { Self.isLabelHeader(trimmed($0)) }),
      labelIndex + 1 < header.count
    {
      let joined = PageLayoutText.joinWrapped(header.dropFirst(labelIndex).map { reader.line($0) })
      let segs = Array(Self.segments(joined).dropFirst())
      let caption = labelIndex > 0 ? trimmed(header[0]) : fallback
      if segs.count == columns { return (caption, segs.map { $0.lowercasedText() }, header) }
    }
    if header.count > 1, !header.contains(where: { Self.isLabelHeader(trimmed($0)) }) {
      let segs = Self.segments(PageLayoutText.joinWrapped(header.map { reader.line($0) }))
      if segs.count == columns { return (fallback, segs.map { $0.lowercasedText() }, header) }
    }
    // One-line header.
    let segs = Self.segments(trimmed(lastLine))
    if segs.count == columns || segs.count == columns + 1 {
      let measures = Array(segs.suffix(columns)).map { $0.lowercasedText() }
      let captionLine = header.dropLast().last
      let caption = captionLine.map { trimmed($0) } ?? fallback
      return (caption, measures, header.suffix(captionLine == nil ? 1 : 2).map { $0 })
    }
    // Wrapped headers: a column ends with a line ending in a year.
    var groups: [[Int]] = [[]]
    for h in header {
      groups[groups.count - 1].append(h)
      if trimmed(h).range(of: #"\d{4}$"#, options: .regularExpression) != nil { groups.append([]) }
    }
    groups = groups.filter { !$0.isEmpty }
    func text(_ g: [Int]) -> String {
      PageLayoutText.joinWrapped(g.map { reader.line($0) }).lowercasedText()
    }
    if groups.count == columns + 1 || groups.count == columns {
      return (fallback, groups.suffix(columns).map(text), header)
    }
    // Blocks separated by blank lines, the first a caption, merged from the front.
    var blocks: [[Int]] = []
    var previous = -10
    for h in header {
      if h - previous > 1 || blocks.isEmpty { blocks.append([h]) } else { blocks[blocks.count - 1].append(h) }
      previous = h
    }
    var caption = fallback
    if blocks.count > columns, let first = blocks.first, first.count == 1 {
      caption = trimmed(first[0])
      blocks.removeFirst()
    }
    while blocks.count > columns, blocks.count >= 2 {
      let merged = blocks[0] + blocks[1]
      blocks.removeFirst(2)
      blocks.insert(merged, at: 0)
    }
    return (caption, blocks.map(text), header)
  }

  // MARK: Indicator tables

  /// Reads "Indikatorer Utfall Målvärde Kommentar" with rows "Name" / "(qualifier) value".
  mutating func readIndicatorTable(header: Int, end: Int) -> Int {
    claimed.insert(header)
    var group = "Personal"
    if header - 1 >= 1, !isBlank(header - 1) {
      group = trimmed(header - 1)
      claimed.insert(header - 1)
    }
    var n = header + 1
    var inRow = false
    while n <= end {
      if isBlank(n) {
        n += 1
        continue
      }
      let t = trimmed(n)
      let next = trimmed(n + 1)
      if next.hasPrefix("("), let m = next.firstMatch(of: Self.parenthesisedUnit), t.count <= 40 {
        let outcome = PageLayoutText.numberValue(String(m.2))
        let target = m.3.flatMap { PageLayoutText.numberValue(String($0)) }
        indicators.append(
          IndicatorRecord(
            group: group, name: t, qualifier: String(m.1), outcome: outcome?.value,
            target: target?.value, unit: outcome?.unit, line: n,
            printed: outcome != nil ? String(m.2) : m.3.map(String.init)))
        claimed.insert(n)
        claimed.insert(n + 1)
        inRow = true
        n += 2
        continue
      }
      // The comment column: narrow lines.
      var m = n
      var narrow = true
      while m <= end, !isBlank(m) {
        if trimmed(m).count > 50 { narrow = false }
        m += 1
      }
      guard inRow, narrow else { break }
      for k in n..<m { claimed.insert(k) }
      n = m
    }
    return n
  }
}
