import Foundation
import UQLValues

/// Walks the lines of a markdown-tables report once, turning headings into sections and goals,
/// prose into section text, and tab-separated tables into indicators and economy cells.
struct MarkdownTablesReader {
  private struct OpenSection {
    var number: String
    var heading: String
    var level: Int
    var line: Int
    var paragraphs: [String] = []
  }

  private let lines: [String]
  private(set) var extraction = Extraction(layout: .markdownTables)
  /// The title of the current chapter (level-1 heading): the group of its indicators.
  private var chapter = ""
  /// Whether the current chapter lists goals ("Regionfullmäktiges fokusområden", "Delmål").
  private var chapterListsGoals = false
  /// The current level-1 or level-2 section, "5.1 Prognos": the name of tables inside it.
  private var tableScope = ""
  /// The level of the last numbered heading; named headings sit one below it.
  private var numberedLevel = 0
  private var section: OpenSection?
  /// Whether the previous non-blank line was prose, so that a wrapped line joins it.
  private var paragraphOpen = false

  /// "Delmål:" before a goal's title; compiled once.
  nonisolated(unsafe) static let goalPrefix = #/^[Dd]elmål\s*:\s*/#

  init(_ text: ReportText) { lines = text.lines }

  mutating func read() {
    let front = frontMatter()
    extraction.metadata = MarkdownTablesTitlePage.metadata(front.titleLines)
    var index = front.end
    while lines.indices.contains(index) {
      let raw = lines[index]
      let number = index + 1
      let trimmed = Whitespace.trimmed(raw)
      if trimmed.isEmpty {
        paragraphOpen = false
        index += 1
        continue
      }
      if MarkdownTablesMarkup.isTableOfContentsTitle(trimmed)
        || MarkdownTablesMarkup.isTableOfContentsLine(raw)
      {
        extraction.mark(number...number, as: .boilerplate)
        paragraphOpen = false
      } else if let heading = MarkdownTablesHeading.numbered(raw) {
        open(heading, line: number)
      } else if TextSearch.contains(raw, "\t") {
        var tableLines: [(number: Int, text: String)] = []
        while lines.indices.contains(index), TextSearch.contains(lines[index], "\t"),
          !lines[index].allSatisfy(\.isWhitespace)
        {
          tableLines.append((index + 1, lines[index]))
          index += 1
        }
        readTable(tableLines)
        paragraphOpen = false
        continue
      } else if section != nil, !paragraphOpen,
        let heading = MarkdownTablesHeading.named(raw, next: nextNonBlank(after: index))
      {
        open(heading, line: number)
      } else {
        addProse(trimmed, line: number)
      }
      index += 1
    }
    close()
  }

  /// Where the body starts (the first numbered heading that is not a contents entry) and the
  /// title page's lines. Short lines before the body are the title page and are boilerplate;
  /// long ones are prose cut off from its heading (a truncated file) and are left unmarked.
  private mutating func frontMatter() -> (end: Int, titleLines: [String]) {
    let end =
      lines.indices.first { index in
        !MarkdownTablesMarkup.isTableOfContentsLine(lines[index])
          && MarkdownTablesHeading.numbered(lines[index]) != nil
      } ?? lines.count
    let contents = lines.indices.first { index in
      index < end && MarkdownTablesMarkup.isTableOfContentsTitle(lines[index])
    }
    var titleLines: [String] = []
    for index in 0..<end {
      let line = Whitespace.trimmed(lines[index])
      guard !line.isEmpty, line.count <= 60 || MarkdownTablesMarkup.isTableOfContentsLine(line)
      else { continue }
      extraction.mark((index + 1)...(index + 1), as: .boilerplate)
      if index < contents ?? end, !line.contains("\t") { titleLines.append(line) }
    }
    return (end, titleLines)
  }

  private func nextNonBlank(after index: Int) -> String? {
    lines[(index + 1)...].first { !$0.allSatisfy(\.isWhitespace) }
  }

  private mutating func open(_ heading: MarkdownTablesHeading, line: Int) {
    close()
    extraction.mark(line...line, as: .record)
    paragraphOpen = false
    var level = numberedLevel + 1
    if !heading.number.isEmpty {
      level = heading.level
      numberedLevel = level
      if level == 1 {
        chapter = heading.title
        let key = TextFolding.equalityKey(heading.title)
        chapterListsGoals = key.contains("fokusområde") || key.contains("delmål")
      }
      if level <= 2 { tableScope = "\(heading.number) \(heading.title)" }
      if level == 2, chapterListsGoals {
        let title = heading.title.replacing(Self.goalPrefix, with: "")
        extraction.goals.append(
          GoalRecord(number: heading.number, title: title, level: 1, line: line))
      }
    }
    section = OpenSection(
      number: heading.number, heading: heading.title, level: level, line: line)
  }

  private mutating func close() {
    guard let open = section else { return }
    extraction.sections.append(
      SectionRecord(
        number: open.number, heading: open.heading, level: open.level,
        text: open.paragraphs.joined(separator: "\n"), line: open.line))
    section = nil
  }

  /// Adds a prose line to the open section. A list item is a paragraph of its own without its
  /// marker; a line that follows prose directly, or starts lower-case after a blank line (a
  /// sentence the extraction broke), continues the last paragraph.
  private mutating func addProse(_ line: String, line number: Int) {
    guard section != nil else { return }
    extraction.mark(number...number, as: .record)
    if let item = MarkdownTablesMarkup.listItemText(line) {
      section?.paragraphs.append(MarkdownTablesMarkup.plainText(item))
      paragraphOpen = true
      return
    }
    let text = MarkdownTablesMarkup.plainText(line)
    let continues = paragraphOpen || MarkdownTablesMarkup.startsLowercase(text)
    if continues, let last = section?.paragraphs.popLast() {
      section?.paragraphs.append(last + " " + text)
    } else {
      section?.paragraphs.append(text)
    }
    paragraphOpen = true
  }

  private mutating func readTable(_ tableLines: [(number: Int, text: String)]) {
    guard let table = MarkdownTablesTable(lines: tableLines), let last = tableLines.last else {
      return
    }
    guard !table.rows.isEmpty else {
      // A header without data (a truncated file) holds no record.
      extraction.mark(table.headerLine...table.headerLine, as: .boilerplate)
      return
    }
    extraction.mark(table.headerLine...last.number, as: .record)
    let name = tableScope.isEmpty ? (section?.heading ?? "") : tableScope
    // An indicator table is indicators only, in the economy chapter too: its one-row boxes
    // ("Prognos Investeringsbudgetavvikelse") are not rows of the economy table that follows.
    if table.isIndicatorTable {
      extraction.indicators += table.indicatorRecords(group: chapter)
    } else {
      extraction.economy += table.economyRecords(
        table: name, fallbackPost: section?.heading ?? name)
      extraction.warnings += MarkdownTablesTotals.warnings(table, name: name)
    }
  }
}
