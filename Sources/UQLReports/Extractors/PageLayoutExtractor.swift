import Foundation
import UQLValues

/// Reads the layout of sample 000: pdftotext pages with page headers, a table of contents,
/// numbered headings and "Årsprognos / Förvaltningens uppdrag / Kommentar" tables.
public enum PageLayoutExtractor: LayoutExtractor {
  public static let layout = Layout.pageLayout

  public static func score(_ text: ReportText) -> Int {
    var headers = 0
    var tableHeaders = 0
    var toc = 0
    for line in text.lines {
      if PageLayoutText.isPageHeader(line), TextSearch.contains(line, "Uppföljningsrapport") { headers += 1 }
      // The line's bytes hold the words if its trimmed text starts with them; most lines do not.
      if TextSearch.hasLiteral(line, "Årsprognos Förvaltningens"),
        PageLayoutText.trimmed(line).hasPrefix("Årsprognos Förvaltningens")
      {
        tableHeaders += 1
      }
      if PageLayoutText.isTOCEntry(line) { toc += 1 }
    }
    return min(headers, 3) * 15 + min(tableHeaders, 3) * 15 + (toc >= 3 ? 10 : 0)
  }

  public static func extract(_ text: ReportText) -> Extraction {
    var reader = PageLayoutReader(lines: text.lines)
    reader.run()
    return reader.extraction
  }
}

/// One numbered heading found in the text.
struct PageLayoutHeading {
  var number: String
  var title: String
  var line: Int
  var lastLine: Int
  var level: Int { number.isEmpty ? 1 : number.split(separator: ".").count }
}

/// The state of one pass over a page-layout report.
struct PageLayoutReader {
  let lines: [String]
  var extraction = Extraction(layout: .pageLayout)
  var boilerplate = Set<Int>()
  var toc: [String: String] = [:]  // number → title
  var unnumberedTOC: [String] = []
  var headings: [PageLayoutHeading] = []

  /// The lines without surrounding white space, trimmed once: every pass asks for them.
  let trimmedLines: [String]

  init(lines: [String], trimmedLines: [String]? = nil) {
    self.lines = lines
    self.trimmedLines = trimmedLines ?? lines.map(PageLayoutText.trimmed)
  }

  /// The text of 1-based line `n`, or "" outside the text.
  func line(_ n: Int) -> String { n >= 1 && n <= lines.count ? lines[n - 1] : "" }
  func trimmed(_ n: Int) -> String { n >= 1 && n <= trimmedLines.count ? trimmedLines[n - 1] : "" }

  mutating func run() {
    findBoilerplate()
    findHeadings()
    for n in boilerplate { extraction.lineUse[n] = .boilerplate }
    readSections()
  }

  // MARK: Boilerplate

  mutating func findBoilerplate() {
    var n = 1
    var tocStart: Int?
    var lastTOC = 0
    while n <= lines.count {
      let t = trimmed(n)
      if PageLayoutText.isPageHeader(line(n)) { boilerplate.insert(n) }
      if t == "Innehållsförteckning", tocStart == nil { tocStart = n }
      if tocStart != nil, PageLayoutText.isTOCEntry(line(n)), n - lastTOC < 12 || lastTOC == 0 {
        lastTOC = n
      }
      if isLegend(t) { boilerplate.insert(n) }
      if t == "Årsprogn" || t.hasPrefix("Årsprognos Förvaltningens") {
        var m = n
        while m <= lines.count, m - n < 8 {
          let u = trimmed(m)
          if u.isEmpty || u.hasPrefix("Årsprogn") || u == "os" || u.hasPrefix("Förvaltningens")
            || u == "uppdrag Kommentar" || u == "uppdrag"
          {
            if !u.isEmpty { boilerplate.insert(m) }
            if u == "uppdrag Kommentar" || u.hasSuffix("Kommentar") { break }
            m += 1
          } else {
            break
          }
        }
      }
      n += 1
    }
    if let start = tocStart, lastTOC > start {
      // Title page: everything before the table of contents.
      readTitlePage(upTo: start - 1)
      var entry: [String] = []
      for m in start...lastTOC {
        boilerplate.insert(m)
        let t = trimmed(m)
        if t.isEmpty || t == "Innehållsförteckning" || PageLayoutText.isPageHeader(line(m)) {
          continue
        }
        entry.append(line(m))
        if PageLayoutText.isTOCEntry(line(m)) {
          let title = PageLayoutText.tocTitle(PageLayoutText.joinWrapped(entry))
          if let match = title.firstMatch(of: Self.numberedTitle) {
            toc[String(match.1)] = String(match.2)
          } else {
            unnumberedTOC.append(title)
          }
          entry = []
        }
      }
    }
  }

  /// A line of the status legend, whose icon was lost or kept as a private-use glyph.
  func isLegend(_ t: String) -> Bool {
    // Every legend line holds these bytes; most lines do not.
    guard TextSearch.hasLiteral(t, "Uppdraget uppfylls") else { return false }
    let text = String(t.unicodeScalars.drop { (0xE000...0xF8FF).contains($0.value) || $0 == " " })
    return ["Uppdraget uppfylls", "Uppdraget uppfylls delvis", "Uppdraget uppfylls inte"].contains(text)
  }

  mutating func readTitlePage(upTo last: Int) {
    guard last >= 1 else { return }
    for n in 1...last where !trimmed(n).isEmpty {
      boilerplate.insert(n)
      let t = trimmed(n)
      if t.hasPrefix("Uppföljningsrapport"), let m = t.firstMatch(of: Self.titleLine) {
        extraction.metadata.title = t
        extraction.metadata.kind = .uppföljningsrapport
        extraction.metadata.period = String(m.2)
        extraction.metadata.year = Int(m.3)
      } else if !t.hasPrefix("Datum"), extraction.metadata.title != nil,
        extraction.metadata.administration == nil
      {
        extraction.metadata.administration = t
      }
    }
  }

  // MARK: Headings

  mutating func findHeadings() {
    var n = 1
    while n <= lines.count {
      if boilerplate.contains(n) {
        n += 1
        continue
      }
      let t = trimmed(n)
      if let h = heading(at: n, text: t) {
        headings.append(h)
        n = h.lastLine + 1
      } else {
        n += 1
      }
    }
  }

  /// `2.1 Title` in the table of contents.
  nonisolated(unsafe) static let numberedTitle = /^(\d+(?:\.\d+)*)\s+(.+)$/
  /// `Uppföljningsrapport 2 jan-aug 2018` on the title page.
  nonisolated(unsafe) static let titleLine = /^(Uppföljningsrapport\s+\d+)\s+(\S+)\s+(\d{4})$/

  /// `2.1.3 Title`: a section number and the rest of the line.
  nonisolated(unsafe) static let numberedLine = /^(\d+(?:\.\d+)*)\s+(\S.*)$/

  func heading(at n: Int, text t: String) -> PageLayoutHeading? {
    if t.hasPrefix("Bilaga"), unnumberedTOC.contains(where: { $0 == t }) {
      return PageLayoutHeading(number: "", title: t, line: n, lastLine: n)
    }
    // Most lines do not start with a digit; skip the regex for them.
    guard t.first?.isASCII == true, t.first?.isNumber == true, let m = t.firstMatch(of: Self.numberedLine)
    else { return nil }
    let number = String(m.1)
    let rest = String(m.2)
    guard let first = rest.first, first.isUppercase || first == "\"" else { return nil }
    let parts = number.split(separator: ".")
    if parts.count <= 2 {
      guard let tocTitle = toc[number] else { return nil }
      let want = TextFolding.looseKey(tocTitle).filter { !$0.isWhitespace }
      var joined = [line(n)]
      var last = n
      var key = TextFolding.looseKey(PageLayoutText.joinWrapped(joined)).dropFirst(number.count)
        .filter { !$0.isWhitespace }
      guard want.hasPrefix(String(key.prefix(min(key.count, 12)))) else { return nil }
      while key.count < want.count, last - n < 4 {
        let next = trimmed(last + 1)
        if next.isEmpty { break }
        last += 1
        joined.append(line(last))
        key = TextFolding.looseKey(PageLayoutText.joinWrapped(joined)).dropFirst(number.count)
          .filter { !$0.isWhitespace }
      }
      return PageLayoutHeading(number: number, title: tocTitle, line: n, lastLine: last)
    }
    // Deeper headings are not in the table of contents: they must follow their parent.
    guard let previous = headings.last, isSuccessor(number, of: previous.number) else { return nil }
    var joined = [line(n)]
    var last = n
    // pdftotext ends a line with a space (or a hyphen) where it wrapped a paragraph.
    while last - n < 4, line(last).hasSuffix(" ") || line(last).hasSuffix("-") {
      let next = trimmed(last + 1)
      if next.isEmpty || next.hasPrefix("Årsprogn") || boilerplate.contains(last + 1) { break }
      last += 1
      joined.append(line(last))
    }
    let title = String(PageLayoutText.joinWrapped(joined).dropFirst(number.count))
    return PageLayoutHeading(
      number: number, title: PageLayoutText.trimmed(title), line: n, lastLine: last)
  }

  /// Whether `number` can follow heading `previous`: its first child or a later sibling of it or
  /// of one of its ancestors.
  func isSuccessor(_ number: String, of previous: String) -> Bool {
    let new = number.split(separator: ".").compactMap { Int($0) }
    let old = previous.split(separator: ".").compactMap { Int($0) }
    guard !new.isEmpty, new.count <= old.count + 1 else { return false }
    if new.count == old.count + 1 { return Array(new.dropLast()) == old && new.last == 1 }
    let prefix = Array(old.prefix(new.count))
    return Array(new.dropLast()) == Array(prefix.dropLast()) && new.last == (prefix.last ?? 0) + 1
  }

  /// A goal title: without a "Delmål:" prefix.
  static func goalTitle(_ title: String) -> String {
    let cleaned = title.replacingOccurrences(
      of: #"^Delmål\s*:\s*"#, with: "", options: .regularExpression)
    return TextFolding.collapseWhitespace(cleaned)
  }

  // MARK: Sections

  mutating func readSections() {
    var goal: String?
    var pending: [String] = []
    for (i, h) in headings.enumerated() {
      let end = i + 1 < headings.count ? headings[i + 1].line - 1 : lines.count
      extraction.mark(h.line...h.lastLine, as: .record)
      let isGoal = h.number.hasPrefix("2.") && h.level == 2 && h.title.hasPrefix("Delmål")
      if isGoal {
        goal = Self.goalTitle(h.title)
        extraction.goals.append(
          GoalRecord(number: h.number, title: goal ?? "", level: 1, line: h.line))
      } else if h.level == 3, h.number.hasPrefix("2."), goal != nil {
        extraction.goals.append(GoalRecord(number: h.number, title: h.title, level: 2, line: h.line))
      }
      if h.level <= 2, h.number.hasPrefix("2."), !isGoal { goal = Self.goalTitle(h.title) }
      if h.level <= 2 { pending = [] } else if h.number.hasPrefix("2.") { pending.append(h.title) }
      let bodyStart = h.lastLine + 1
      var prose: [Int] = []
      if bodyStart <= end {
        // The tables read lines and boilerplate only; a copy without the extraction keeps this
        // reader's extraction uniquely owned, so adding to it copies nothing.
        var view = self
        view.extraction = Extraction(layout: .pageLayout)
        var tables = PageLayoutTables(reader: view)
        let claimed = tables.read(
          from: bodyStart, to: end, section: h, goal: goal, pending: &pending)
        extraction.assignments += tables.assignments
        extraction.economy += tables.economy
        extraction.indicators += tables.indicators
        for n in claimed { extraction.lineUse[n] = .record }
        prose = (bodyStart...end).filter {
          !claimed.contains($0) && !boilerplate.contains($0) && !trimmed($0).isEmpty
        }
      }
      readProse(prose, under: h)
    }
  }

  /// Adds the section for `h` and any named sub-headings in its prose lines.
  mutating func readProse(_ prose: [Int], under h: PageLayoutHeading) {
    var current = SectionRecord(
      number: h.number, heading: Self.cleanHeading(h.title), level: h.level, text: "", line: h.line)
    var paragraph: [String] = []
    var texts: [String] = []
    var previous = h.lastLine
    func flush() {
      if !paragraph.isEmpty { texts.append(PageLayoutText.joinWrapped(paragraph)) }
      paragraph = []
    }
    for n in prose {
      let t = trimmed(n)
      if isNamedHeading(n, afterBreak: n - previous > 1 || previous == h.lastLine) {
        flush()
        current.text = texts.joined(separator: " ")
        extraction.sections.append(current)
        texts = []
        current = SectionRecord(number: "", heading: t, level: h.level + 1, text: "", line: n)
      } else {
        if n - previous > 1 { flush() }
        paragraph.append(line(n))
      }
      extraction.mark(n...n, as: .record)
      previous = n
    }
    flush()
    current.text = texts.joined(separator: " ")
    extraction.sections.append(current)
  }

  static func cleanHeading(_ title: String) -> String {
    TextFolding.collapseWhitespace(
      title.replacingOccurrences(of: #"^Delmål\s*:\s*"#, with: "Delmål: ", options: .regularExpression))
  }

  /// A short line starting a paragraph, without final punctuation, followed by a prose line.
  func isNamedHeading(_ n: Int, afterBreak: Bool) -> Bool {
    let t = trimmed(n)
    guard afterBreak, t.count <= 50, let first = t.first, first.isUppercase,
      let last = t.last, !".,:;-–".contains(last), !line(n).hasPrefix(" ")
    else { return false }
    let next = trimmed(n + 1)
    guard !next.isEmpty, next.count > t.count || next.count > 40 else { return false }
    return PageLayoutText.trailingNumbers(t, count: nil) == nil
  }
}
