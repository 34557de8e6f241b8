import Foundation
import UQLValues

/// Reads the layout of sample 001: a matrix "Förvaltningens uppdrag / deluppdrag · Status ·
/// Aktiviteter" whose columns are glued together, each entry followed by "Kommentar …", then
/// indicator and budget tables.
public enum GluedMatrixExtractor: LayoutExtractor {
  public static let layout = Layout.gluedMatrix

  public static func score(_ text: ReportText) -> Int {
    var headers = 0
    var comments = 0
    for line in text.lines {
      // A line starts with or holds a word only if its bytes hold it: a byte scan rules most out.
      let header = TextSearch.hasLiteral(line, "uppdrag / deluppdrag Status Aktiviteter")
      let comment = comments < 10 && TextSearch.hasLiteral(line, "Kommentar ")
      guard header || comment else { continue }
      let t = PageLayoutText.trimmed(line)
      if header, t.hasPrefix("uppdrag / deluppdrag Status Aktiviteter") { headers += 1 }
      // Past 10 comments the score no longer grows.
      if comment, t.hasPrefix("Kommentar ") || TextSearch.contains(t, " Kommentar ") { comments += 1 }
    }
    guard headers > 0 else { return 0 }
    return min(60 + headers * 10 + min(comments, 10), 100)
  }

  public static func extract(_ text: ReportText) -> Extraction {
    var reader = GluedMatrixReader(lines: text.lines)
    reader.run()
    return reader.extraction
  }
}

/// One pass over a glued-matrix report.
struct GluedMatrixReader {
  let lines: [String]
  var extraction = Extraction(layout: .gluedMatrix)
  var boilerplate = Set<Int>()
  var headings: [PageLayoutHeading] = []

  /// A page-layout reader over the same lines, for the numeric tables of each section.
  let pages: PageLayoutReader

  init(lines: [String]) {
    self.lines = lines
    pages = PageLayoutReader(lines: lines)
  }

  func line(_ n: Int) -> String { n >= 1 && n <= lines.count ? lines[n - 1] : "" }
  func trimmed(_ n: Int) -> String { pages.trimmed(n) }

  static func isMatrixHeader(_ t: String) -> Bool {
    t.hasPrefix("uppdrag / deluppdrag Status Aktiviteter")
  }

  mutating func run() {
    for n in 1...max(lines.count, 1) where Self.isMatrixHeader(trimmed(n)) {
      boilerplate.insert(n)
      if trimmed(n - 1) == "Förvaltningens" { boilerplate.insert(n - 1) }
    }
    findHeadings()
    for n in boilerplate { extraction.lineUse[n] = .boilerplate }
    extraction.metadata.kind = .uppföljningsrapport
    readSections()
  }

  /// `2.1 Title` with a capital first letter; compiled once, not once per line.
  nonisolated(unsafe) static let numberedHeading = /^(\d+(?:\.\d+)*)\s+(\p{Lu}.*)$/

  /// Numbered headings, each the first child or a later sibling of the one before.
  mutating func findHeadings() {
    var previous = ""
    for n in 1...max(lines.count, 1) where !boilerplate.contains(n) {
      let text = trimmed(n)
      guard text.first?.isASCII == true, text.first?.isNumber == true,
        let m = text.firstMatch(of: Self.numberedHeading)
      else { continue }
      let number = String(m.1)
      let ok = previous.isEmpty ? number == "1" : Self.isSuccessor(number, of: previous)
      guard ok, m.2.count <= 80 else { continue }
      headings.append(
        PageLayoutHeading(number: number, title: PageLayoutText.trimmed(String(m.2)), line: n, lastLine: n))
      previous = number
    }
  }

  static func isSuccessor(_ number: String, of previous: String) -> Bool {
    PageLayoutReader(lines: [], trimmedLines: []).isSuccessor(number, of: previous)
  }

  mutating func readSections() {
    var chapter = ""
    for (i, h) in headings.enumerated() {
      let end = i + 1 < headings.count ? headings[i + 1].line - 1 : lines.count
      extraction.mark(h.line...h.lastLine, as: .record)
      if h.level == 1 { chapter = h.title }
      var claimed = Set<Int>()
      let bodyStart = h.lastLine + 1
      if bodyStart <= end {
        if let header = (bodyStart...end).first(where: { Self.isMatrixHeader(trimmed($0)) }) {
          // Without the extraction, as for the tables below: adding to it then copies nothing.
          var view = self
          view.extraction = Extraction(layout: .gluedMatrix)
          var matrix = GluedMatrixTable(reader: view)
          matrix.read(from: header, to: end)
          extraction.activities += matrix.activities
          extraction.assignments += matrix.assignments
          claimed = matrix.claimed
        }
        if let grid = (bodyStart...end).first(where: { trimmed($0).hasPrefix("Grupp Indikatorer") }) {
          claimed.formUnion(readGroupedIndicators(header: grid, end: end))
        }
        var pageReader = pages
        pageReader.boilerplate = boilerplate.union(claimed)
        var tables = PageLayoutTables(reader: pageReader)
        tables.indicatorGroup = chapter
        var none: [String] = []
        let numeric = tables.read(from: bodyStart, to: end, section: h, goal: nil, pending: &none)
        extraction.economy += tables.economy
        extraction.indicators += tables.indicators
        claimed.formUnion(numeric)
      }
      for n in claimed where extraction.lineUse[n] == nil { extraction.lineUse[n] = .record }
      var text: [String] = []
      var paragraph: [String] = []
      var previous = h.lastLine
      if bodyStart <= end {
        for n in bodyStart...end
        where !claimed.contains(n) && !boilerplate.contains(n) && !trimmed(n).isEmpty {
          if n - previous > 1, !paragraph.isEmpty {
            text.append(PageLayoutText.joinWrapped(paragraph))
            paragraph = []
          }
          paragraph.append(line(n))
          extraction.mark(n...n, as: .record)
          previous = n
        }
      }
      if !paragraph.isEmpty { text.append(PageLayoutText.joinWrapped(paragraph)) }
      extraction.sections.append(
        SectionRecord(
          number: h.number, heading: h.title, level: h.level, text: text.joined(separator: " "),
          line: h.line))
    }
  }

  /// Reads "Grupp Indikatorer Utfall Målvärde", whose group cell is printed somewhere among the
  /// rows it spans, sometimes glued to a row ("13,0%Medarbetare Sjukfrånvaro 2,8% 4,0%").
  mutating func readGroupedIndicators(header: Int, end: Int) -> Set<Int> {
    var claimed: Set<Int> = [header]
    let groups = ["Medarbetare", "Ekonomi", "Verksamhet", "Kvalitet"]
    var rows: [(line: Int, name: String, cells: [String])] = []
    var labels: [(group: String, afterRows: Int)] = []
    var pendingName: [String] = []
    var pendingLine: Int?
    guard header < end else { return claimed }
    for n in (header + 1)...end {
      var t = trimmed(n)
      if t.isEmpty { continue }
      if groups.contains(t) {
        labels.append((t, rows.count))
        claimed.insert(n)
        continue
      }
      // Split a row glued to the group cell and the next row.
      var pieces: [String] = [t]
      for g in groups {
        if let r = t.range(of: #"%\#(g) "#, options: .regularExpression) {
          let before = String(t[..<r.lowerBound]) + "%"
          t = String(t[r.upperBound...])
          pieces = [before, "#" + g, t]
        }
      }
      claimed.insert(n)
      for piece in pieces {
        if piece.hasPrefix("#") {
          labels.append((String(piece.dropFirst()), rows.count))
          continue
        }
        if let r = PageLayoutText.trailingNumbers(piece, count: nil), !r.label.isEmpty || !pendingName.isEmpty {
          let name = (pendingName + [r.label]).joined(separator: " ")
          rows.append((pendingLine ?? n, TextFolding.collapseWhitespace(name), r.cells))
          pendingName = []
          pendingLine = nil
        } else {
          pendingName.append(piece)
          if pendingLine == nil { pendingLine = n }
        }
      }
    }
    // The first group spans twice the rows printed before its label; the last takes the rest.
    var groupOfRow = [String](repeating: labels.last?.group ?? "", count: rows.count)
    var startRow = 0
    for (i, label) in labels.enumerated() {
      let span = i == labels.count - 1 ? rows.count - startRow : max(1, 2 * (label.afterRows - startRow))
      for r in startRow..<min(rows.count, startRow + span) { groupOfRow[r] = label.group }
      startRow = min(rows.count, startRow + span)
    }
    for (i, row) in rows.enumerated() {
      let outcome = row.cells.first.flatMap { PageLayoutText.numberValue($0) }
      let target = row.cells.count > 1 ? PageLayoutText.numberValue(row.cells[1]) : nil
      extraction.indicators.append(
        IndicatorRecord(
          group: groupOfRow[i], name: row.name, outcome: outcome?.value, target: target?.value,
          unit: outcome?.unit, line: row.line, printed: outcome != nil ? row.cells.first : target != nil ? row.cells[1] : nil))
    }
    return claimed
  }
}
