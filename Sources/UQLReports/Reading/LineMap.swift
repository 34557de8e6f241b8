/// The way back from the lines read to the file's lines, where they differ: a page break inside
/// a line read as two lines (``PageBreakLines``), a page printed in two columns read column by
/// column (``ColumnPages``). Every line number a reading gives is mapped back through it at the
/// end, so that each fact names the line it stands on in the file.
struct LineMap: Equatable {
  /// The file's line number (1-based) of each line read, by its index.
  let fileLine: [Int]

  /// The map of lines read from lines that `self` maps: `later`'s lines, each on the file line
  /// of the line it was read from.
  func then(_ later: LineMap) -> LineMap {
    LineMap(fileLine: later.fileLine.map(file))
  }

  /// The file's line of line `number` read.
  func file(_ number: Int) -> Int {
    number >= 1 && number <= fileLine.count ? fileLine[number - 1] : number
  }

  /// The extraction with every line number the file's. A file line split in parts is
  /// understood only where each of its parts with text is, and then as its strongest use.
  func mapped(_ e: Extraction, lines: [String]) -> Extraction {
    var e = e
    for i in e.goals.indices { e.goals[i].line = file(e.goals[i].line) }
    for i in e.assignments.indices { e.assignments[i].line = file(e.assignments[i].line) }
    for i in e.activities.indices { e.activities[i].line = file(e.activities[i].line) }
    for i in e.indicators.indices { e.indicators[i].line = file(e.indicators[i].line) }
    for i in e.economy.indices { e.economy[i].line = file(e.economy[i].line) }
    for i in e.sections.indices { e.sections[i].line = file(e.sections[i].line) }
    for i in e.warnings.indices { e.warnings[i].line = file(e.warnings[i].line) }
    var use: [Int: Extraction.LineUse] = [:]
    var lost = Set<Int>()
    for (index, line) in lines.enumerated() where line.contains(where: { !$0.isWhitespace }) {
      let f = fileLine[index]
      guard let u = e.lineUse[index + 1] else {
        lost.insert(f)
        continue
      }
      use[f] = Self.stronger(use[f], u)
    }
    for f in lost { use[f] = nil }
    e.lineUse = use
    return e
  }

  /// Of two uses of one file line, the one that says more: a record, then section text.
  static func stronger(_ a: Extraction.LineUse?, _ b: Extraction.LineUse) -> Extraction.LineUse {
    guard let a else { return b }
    if a == .record || b == .record { return .record }
    if a == .sectionText || b == .sectionText { return .sectionText }
    return .boilerplate
  }

  /// The document with every block, row and cell on the file's lines.
  func mapped(_ document: Document) -> Document {
    var d = document
    for b in d.blocks.indices {
      // (A block read across a column's end names the file lines of both columns' lines.)
      let lines = d.blocks[b].lines
      let (first, last) = (file(lines.lowerBound), file(lines.upperBound))
      d.blocks[b].lines = min(first, last)...max(first, last)
      guard case .table(var t) = d.blocks[b].kind else { continue }
      t.headerLine = t.headerLine.map(file)
      for r in t.rows.indices {
        t.rows[r].line = file(t.rows[r].line)
        for c in t.rows[r].cells.indices {
          t.rows[r].cells[c].line = file(t.rows[r].cells[c].line)
          t.rows[r].cells[c].lines = t.rows[r].cells[c].lines.map { $0.map(file) }
        }
      }
      d.blocks[b].kind = .table(t)
    }
    return d
  }

  func mapped(_ diagnostics: [ReportDiagnostic]) -> [ReportDiagnostic] {
    diagnostics.map {
      var d = $0
      d.line = d.line.map(file)
      return d
    }
  }
}
