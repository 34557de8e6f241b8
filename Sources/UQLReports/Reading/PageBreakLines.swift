/// Page breaks inside lines, and the way back from the lines read to the file's lines.
///
/// An extractor that joins its pages with a bare form feed (`"\f".join(pages)`, the usual idiom
/// with pdfplumber, pypdf and PyMuPDF) glues each page's last line to the next page's first:
/// `…SID 1 (36)\fInnehåll`. The report is read with such a line split at its form feeds, so that
/// the footer is page furniture and the next page starts on a line of its own, as with every
/// other extractor; every line number the reading gives is then mapped back to the file's, so
/// that each fact still names the line it stands on in the file.
struct PageBreakLines {
  /// The file's line number (1-based) of each line read, by its index.
  let fileLine: [Int]

  /// The lines to read: `lines` with each form feed that follows something else on its line
  /// starting a line of its own, and the map back, or nil where no line has one (the usual case: then the
  /// lines read are the file's).
  static func split(_ lines: [String]) -> (lines: [String], map: PageBreakLines)? {
    guard lines.contains(where: breaksInside) else { return nil }
    var result: [String] = []
    var fileLine: [Int] = []
    result.reserveCapacity(lines.count + 16)
    fileLine.reserveCapacity(lines.count + 16)
    for (index, line) in lines.enumerated() {
      guard breaksInside(line) else {
        result.append(line)
        fileLine.append(index + 1)
        continue
      }
      // Each part but the first starts with its form feeds, as a page's first line does.
      var part = Substring(line)
      while let text = part.firstIndex(where: { $0 != "\u{0C}" }),
        let cut = part[text...].firstIndex(where: { $0 == "\u{0C}" })
      {
        result.append(String(part[..<cut]))
        fileLine.append(index + 1)
        part = part[cut...]
      }
      result.append(String(part))
      fileLine.append(index + 1)
    }
    return (result, PageBreakLines(fileLine: fileLine))
  }

  /// Whether a form feed follows anything but form feeds on `line` (a page break inside it; also
  /// after a page's padding of spaces, which belongs to the page before).
  static func breaksInside(_ line: String) -> Bool {
    var seenOther = false
    for byte in line.utf8 {
      if byte == 0x0C {
        if seenOther { return true }
      } else {
        seenOther = true
      }
    }
    return false
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
      let lines = d.blocks[b].lines
      d.blocks[b].lines = file(lines.lowerBound)...file(lines.upperBound)
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
