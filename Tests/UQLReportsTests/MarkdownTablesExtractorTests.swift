import Foundation
import Testing
import UQLValues

@testable import UQLReports

/// The sample reports and gold files, found from this file's path.
private enum MarkdownTablesSamples {
  static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  static let reportsFolder = testsFolder.appendingPathComponent("../../Examples/reports")
    .standardized
  static let sample002 = "002_c4a8162e49eb91a7.txt"
  static let others = [
    "000_2fb47e370365774c.txt", "001_ad0398bc00775623.txt", "003_715690af77561aa4.txt",
    "004_613fd07682d45335.txt",
  ]

  static func report(_ name: String) throws -> ReportText {
    let bytes = try Data(contentsOf: reportsFolder.appendingPathComponent(name))
    return ReportText(file: name, lines: TextDecoding.lines(TextDecoding.decode(bytes).text))
  }

  static func gold(_ name: String) throws -> [[String: String]] {
    let url = testsFolder.appendingPathComponent("Fixtures/gold").appendingPathComponent(name)
    let lines = TextDecoding.lines(try String(contentsOf: url, encoding: .utf8))
      .filter { !$0.isEmpty }
    guard let header = lines.first?.components(separatedBy: "\t") else { return [] }
    return lines.dropFirst().map { line in
      let cells = line.components(separatedBy: "\t")
      var row: [String: String] = [:]
      for (index, key) in header.enumerated() where cells.indices.contains(index) {
        row[key] = cells[index]
      }
      return row
    }
  }

  /// Sample 002 read once for all tests.
  static let extraction: Result<(ReportText, Extraction), Error> = Result {
    let text = try report(sample002)
    return (text, MarkdownTablesExtractor.extract(text))
  }

  static func sample() throws -> (text: ReportText, extraction: Extraction) {
    try extraction.get()
  }
}

@Suite struct MarkdownTablesExtractorTests {
  // MARK: Gold sample

  @Test func matchesTheGoldStaffIndicators() throws {
    let (text, extraction) = try MarkdownTablesSamples.sample()
    let gold = try MarkdownTablesSamples.gold("sample_002_indikatorer_4.tsv")
    #expect(gold.count == 4)
    for row in gold {
      let line = try #require(row["rad"].flatMap { Int($0) })
      let indicator = try #require(
        extraction.indicators.first { $0.line == line && $0.name == row["post"] },
        "no indicator \(row["post"] ?? "") at line \(line)")
      let value = try #require(row["värde"].flatMap { Decimal(string: $0) })
      switch row["kolumn"] {
      case "Utfall": #expect(indicator.outcome == value)
      case "Målvärde": #expect(indicator.target == value)
      default: Issue.record("unexpected column \(row["kolumn"] ?? "")")
      }
      #expect(indicator.unit == row["enhet"])
      #expect(indicator.group == "Medarbetare")
      #expect(indicator.qualifier == nil)
      #expect(text.line(line).contains(row["värde_text"] ?? "\u{0}"))
      // The gold's table is the numbered section the indicator stands in.
      let section = extraction.sections.last { !$0.number.isEmpty && $0.line < line }
      #expect(section.map { "\($0.number) \($0.heading)" } == row["tabell"])
    }
    let staff = extraction.indicators.filter { $0.line < 213 }
    #expect(staff.count == 2)
  }

  // MARK: Indicators

  @Test func readsEconomyAndSummaryIndicators() throws {
    let (_, extraction) = try MarkdownTablesSamples.sample()
    #expect(extraction.indicators.count == 11)
    #expect(
      extraction.indicators.first { $0.line == 220 }
        == IndicatorRecord(
          group: "Ekonomi", name: "Prognos budgetavvikelse", outcome: 78200, target: nil,
          unit: "tkr", line: 220, printed: "78 200 tkr"))
    #expect(extraction.indicators.first { $0.line == 309 }?.outcome == 6000)
    #expect(
      extraction.indicators.first { $0.line == 333 }
        == IndicatorRecord(
          group: "Ekonomi", name: "Akkumulerad budgetavvikelse", outcome: Decimal(string: "101.0"),
          target: 0, unit: "mnkr", line: 333, printed: "101,0 Mnkr"))
    // The last row ends in a tab: no target printed.
    #expect(
      extraction.indicators.first { $0.line == 335 }
        == IndicatorRecord(
          group: "Ekonomi", name: "Kostnadsutveckling", outcome: Decimal(string: "28.7"),
          target: nil, unit: "%", line: 335, printed: "28,7%"))
    // The group column is carried down to rows that leave it empty.
    #expect(extraction.indicators.first { $0.line == 331 }?.group == "Medarbetare")
  }

  @Test(arguments: [
    ("Sjukfrånvaro (R12 medel)", "Sjukfrånvaro", "R12 medel" as String?),
    ("Personalomsättning", "Personalomsättning", nil),
    ("Andel (%) chefer ( )", "Andel (%) chefer", nil),
  ])
  func splitsIndicatorQualifiers(label: String, name: String, qualifier: String?) {
    let split = MarkdownTablesTable.nameAndQualifier(label)
    #expect(split.name == name)
    #expect(split.qualifier == qualifier)
  }

  // MARK: Economy

  @Test(arguments: [
    ("5.1 Prognos", 248...257, 40),
    ("5.2 Ekonomiskt resultat (ackumulerat)", 279...288, 40),
    ("5.2 Ekonomiskt resultat (ackumulerat)", 295...295, 8),
    ("5.2 Ekonomiskt resultat (ackumulerat)", 304...304, 8),
    ("5.3 Investeringar", 318...325, 32),
  ])
  func countsEveryCellOfATable(table: String, lines: ClosedRange<Int>, cells: Int) throws {
    let (_, extraction) = try MarkdownTablesSamples.sample()
    let records = extraction.economy.filter { lines.contains($0.line) }
    #expect(records.count == cells)
    #expect(records.allSatisfy { $0.table == table })
  }

  @Test func hasNoEconomyOutsideTheTables() throws {
    let (_, extraction) = try MarkdownTablesSamples.sample()
    #expect(extraction.economy.count == 128)
  }

  /// The one-row indicator boxes of the economy chapter ("Indikatorer Årsprognos Årsbudget
  /// Avvikelse") are indicators only, never rows of the economy table that follows them; a
  /// deviation indicator's outcome is its deviation.
  @Test func indicatorBoxesAreNotEconomy() throws {
    let (_, extraction) = try MarkdownTablesSamples.sample()
    #expect(!extraction.economy.contains { [220, 268, 309].contains($0.line) })
    let box = try #require(extraction.indicators.first { $0.line == 309 })
    #expect(box.name == "Prognos Investeringsbudgetavvikelse")
    #expect(box.outcome == 6000 && box.target == nil && box.unit == "tkr")
  }

  @Test(arguments: [
    (251, "Regionkontoret", "Årsprognos", "243,8", "243.8", "mnkr"),
    (254, "Utvecklingsmedel Hälso- och sjukvård", "Prognostiserad avvikelse mot budget",
     "+50,0", "50", "mnkr"),
    (257, "Total", "Avvikelsen i % av årsbudget", "+16,7", "16.7", "%"),
    (280, "Förtroendevalda", "Periodens ack. avvikelse", "1,5", "1.5", "mnkr"),
    (295, "Kostnadsutveckling", "Kostn. utv. mot föreg. år", "-2,2%", "-2.2", "%"),
    (304, "Intäktsutveckling", "Ack utfall föregående år", "108 965 tkr", "108965", "tkr"),
    (320, "FVIS", "Avvikelse mot årsbudget", "14 900", "14900", "tkr"),
    (325, "Summa", "Årsbudget", "17 350", "17350", "tkr"),
  ])
  func readsCells(
    line: Int, post: String, measure: String, printed: String, value: String, unit: String
  ) throws {
    let (_, extraction) = try MarkdownTablesSamples.sample()
    let record = try #require(
      extraction.economy.first { $0.line == line && $0.post == post && $0.measure == measure })
    #expect(record.printed == printed)
    #expect(record.value == Decimal(string: value))
    #expect(record.unit == unit)
  }

  // MARK: Totals

  @Test func warnsAboutTotalsThatDoNotAddUp() throws {
    let (_, extraction) = try MarkdownTablesSamples.sample()
    #expect(
      extraction.warnings == [
        ReportWarning(
          message:
            "the 'Total' row of '5.1 Prognos' prints 78,2 for 'Årsprognos' but its 9 rows add up "
            + "to 565,8; the sum agrees if 'Regionkontoret' (243,8) has the opposite sign",
          line: 257),
        ReportWarning(
          message:
            "the 'Summa' row of '5.3 Investeringar' prints 11 350 for 'Årsprognos' but its 7 rows "
            + "add up to 25 850",
          line: 325),
        ReportWarning(
          message:
            "the 'Summa' row of '5.3 Investeringar' prints 17 350 for 'Årsbudget' but its 7 rows "
            + "add up to 46 750",
          line: 325),
      ])
    // The printed values are kept, never corrected.
    #expect(extraction.economy.first { $0.line == 251 }?.value == Decimal(string: "243.8"))
  }

  @Test func acceptsTotalsOffByRounding() throws {
    // 5.2's "Periodens ack. resultat" rows add up to 101,1 against a printed 101,0: within
    // 10 printed values × 0,05.
    let (_, extraction) = try MarkdownTablesSamples.sample()
    #expect(!extraction.warnings.contains { $0.line == 288 })
    let table = try #require(
      MarkdownTablesTable(lines: [
        (1, "Post (mnkr)\tA"), (2, "x\t1,04"), (3, "y\t1,04"), (4, "Summa\t2,1"),
      ]))
    #expect(MarkdownTablesTotals.warnings(table, name: "t").isEmpty)
    let wrong = try #require(
      MarkdownTablesTable(lines: [(1, "Post\tA\tB %"), (2, "x\t1,0\t5"), (3, "Totalt\t1,2\t9")]))
    #expect(
      MarkdownTablesTotals.warnings(wrong, name: "t").map(\.message) == [
        "the 'Totalt' row of 't' prints 1,2 for 'A' but its 1 rows add up to 1,0"
      ])
  }

  @Test func printsNumbersTheSwedishWay() throws {
    let value = try #require(Decimal(string: "-1234567.85"))
    #expect(MarkdownTablesTotals.swedish(value, decimals: 1) == "-1 234 567,9")
    #expect(MarkdownTablesTotals.swedish(Decimal(25850), decimals: 0) == "25 850")
    #expect(MarkdownTablesTotals.swedish(Decimal(0), decimals: 2) == "0,00")
    #expect(MarkdownTablesTotals.decimalCount("+16,7") == 1)
    #expect(MarkdownTablesTotals.decimalCount("26 350tkr") == 0)
  }

  // MARK: Goals, assignments, sections

  @Test func readsTheFocusAreasAsGoals() throws {
    let (_, extraction) = try MarkdownTablesSamples.sample()
    #expect(extraction.goals.map(\.number) == (1...9).map { "2.\($0)" })
    #expect(extraction.goals.first == GoalRecord(number: "2.1", title: "Hög attraktivitet", level: 1, line: 59))
    #expect(
      extraction.goals.first { $0.number == "2.6" }?.title
        == "Styrning utifrån kunskap och kvalitet inom Hälso- och sjukvård")
    // The report has prose per focus area and no uppdrag with statuses.
    #expect(extraction.assignments.isEmpty)
    #expect(extraction.activities.isEmpty)
  }

  @Test func readsEveryHeadingAsASection() throws {
    let (_, extraction) = try MarkdownTablesSamples.sample()
    #expect(extraction.sections.count == 32)
    #expect(extraction.sections.filter { !$0.number.isEmpty }.count == 28)
    let byLine = Dictionary(uniqueKeysWithValues: extraction.sections.map { ($0.line, $0) })
    #expect(byLine[37].map { [$0.number, $0.heading] } == ["1", "Sammanfattning"])
    #expect(byLine[292].map { [$0.number, $0.heading] } == ["5.2.2.1", "Kostnadsutveckling"])
    #expect(byLine[292]?.level == 4)
    #expect(byLine[263]?.text == "")
    #expect(
      byLine[311].map { [$0.number, $0.heading, $0.text] } == [
        "", "Prognos Investeringsbudgetavvikelse",
        "Investeringen avseende installation av inbrottslarm på förvaltningarna om 6,0 mnkr "
          + "skjuts upp till år 2021. FVIS kommer av budgettekniska skäl att visa en positiv "
          + "budgetavvikelse om 14,4 mnkr.",
      ])
    #expect(byLine[311]?.level == 3)
    #expect(byLine[200]?.heading == "Personalomsättning")
  }

  @Test func cleansSectionProse() throws {
    let (_, extraction) = try MarkdownTablesSamples.sample()
    #expect(!extraction.sections.contains { $0.text.contains("*") || $0.text.contains("](") })
    let summary = try #require(extraction.sections.first { $0.number == "1" })
    #expect(summary.text.contains("en applikation vid namn A day in Halland, som"))
    #expect(summary.text.contains("tagit fram ”Tillsammans för Halland”, vilket"))
    // A paragraph the extraction broke mid-sentence (lines 71 and 73) is joined again.
    let attraction = try #require(extraction.sections.first { $0.number == "2.1" })
    #expect(attraction.text.contains("planerings- och uppföljningsprocessen, ärendehanteringsprocessen"))
    let analysis = try #require(extraction.sections.first { $0.number == "5.1.2" })
    let paragraphs = analysis.text.components(separatedBy: "\n")
    #expect(paragraphs.contains { $0.hasPrefix("-2,5 mnkr på grund av att budgetposten") })
    #expect(paragraphs.contains("Budgeten för Regionkontorets avdelningar prognostiserar +28,7 mnkr varav"))
  }

  @Test func readsTheTitlePage() throws {
    let (_, extraction) = try MarkdownTablesSamples.sample()
    #expect(extraction.metadata.title == "Uppföljningsrapport 2 januari-augusti")
    #expect(extraction.metadata.kind == .uppföljningsrapport)
    #expect(extraction.metadata.administration == "Regionkontoret")
    #expect(extraction.metadata.year == 2020)
    #expect(extraction.metadata.period == "jan-aug")
  }

  // MARK: Line use

  @Test func accountsForEveryLine() throws {
    let (text, extraction) = try MarkdownTablesSamples.sample()
    let nonBlank = text.lines.indices.map { $0 + 1 }
      .filter { !text.line($0).allSatisfy(\.isWhitespace) }
    let unaccounted = nonBlank.filter { extraction.lineUse[$0] == nil }
    #expect(unaccounted == [])
    let coverage = Double(nonBlank.count - unaccounted.count) / Double(nonBlank.count)
    #expect(coverage >= 0.99)
    #expect((16...35).allSatisfy { extraction.lineUse[$0] == .boilerplate })
    #expect([5, 7, 9, 10, 14].allSatisfy { extraction.lineUse[$0] == .boilerplate })
    #expect([37, 198, 247, 325, 335].allSatisfy { extraction.lineUse[$0] == .record })
  }

  // MARK: Layout score

  @Test func recognisesItsLayout() throws {
    #expect(MarkdownTablesExtractor.score(try MarkdownTablesSamples.report(MarkdownTablesSamples.sample002)) >= 80)
  }

  @Test(arguments: MarkdownTablesSamples.others)
  func doesNotClaimOtherLayouts(file: String) throws {
    #expect(MarkdownTablesExtractor.score(try MarkdownTablesSamples.report(file)) == 0)
  }

  // MARK: Damaged input

  @Test func survivesTruncatedInput() throws {
    let (text, _) = try MarkdownTablesSamples.sample()
    let half = text.lines.count / 2
    let pieces = [
      Array(text.lines.prefix(half)), Array(text.lines.suffix(from: half)), [], [""], ["\t"],
      ["5.1 Prognos", "Uppdrag, belopp i mnkr\tÅrsprognos", "Total\t"],
      ["Total\t1\t2", "Summa\tx"], ["*", "**", "[a](", "- ", "-"],
    ]
    for lines in pieces { check(ReportText(file: "piece", lines: lines)) }
    for cut in stride(from: 0, through: text.lines.count, by: 29) {
      check(ReportText(file: "prefix", lines: Array(text.lines.prefix(cut))))
    }
  }

  @Test func survivesRandomLineSubsets() throws {
    let (text, _) = try MarkdownTablesSamples.sample()
    var random = SplitMix(seed: 2020)
    for _ in 0..<12 {
      let kept = text.lines.filter { _ in random.next() % 3 != 0 }
      check(ReportText(file: "subset", lines: kept))
    }
  }

  /// Extracts `text` and checks what must hold for any input.
  private func check(_ text: ReportText) {
    let extraction = MarkdownTablesExtractor.extract(text)
    _ = MarkdownTablesExtractor.score(text)
    let range = 1...max(1, text.lines.count)
    #expect(extraction.lineUse.keys.allSatisfy { range.contains($0) })
    #expect(extraction.sections.allSatisfy { range.contains($0.line) })
    #expect(extraction.economy.allSatisfy { range.contains($0.line) })
    #expect(extraction.indicators.allSatisfy { range.contains($0.line) })
  }
}

/// A small seeded generator, so that random subsets are the same on every run.
private struct SplitMix: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
