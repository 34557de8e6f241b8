import Foundation
import Testing
import UQLValues

@testable import UQLReports

/// Reads a sample report of `Examples/reports/` the way the command line does.
func sampleReport(_ name: String) -> ReportText {
  let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  let url = root.appendingPathComponent("Examples/reports/\(name)")
  let bytes = (try? Data(contentsOf: url)).map { [UInt8]($0) } ?? []
  return ReportText(file: name, lines: TextDecoding.lines(TextDecoding.decode(bytes).text))
}

let sampleNames = [
  "000_2fb47e370365774c.txt", "001_ad0398bc00775623.txt", "002_c4a8162e49eb91a7.txt",
  "003_715690af77561aa4.txt", "004_613fd07682d45335.txt",
]

/// Share of non-blank lines with a line use, and the unaccounted line numbers.
func coverage(_ e: Extraction, _ text: ReportText) -> (Double, [Int]) {
  var total = 0
  var missing: [Int] = []
  for (i, line) in text.lines.enumerated()
  where !line.trimmingCharacters(in: .whitespaces).isEmpty {
    total += 1
    if e.lineUse[i + 1] == nil { missing.append(i + 1) }
  }
  return (total == 0 ? 1 : Double(total - missing.count) / Double(total), missing)
}

/// Writes a readable dump of `e` to /tmp when UQL_DUMP is set (for looking, not asserting).
func dump(_ e: Extraction, _ text: ReportText, to name: String) {
  guard ProcessInfo.processInfo.environment["UQL_DUMP"] != nil else { return }
  var s = ""
  for g in e.goals { s += "GOAL\t\(g.number)\t\(g.level)\t\(g.title)\tL\(g.line)\n" }
  for a in e.assignments {
    s += "UPPDRAG\tL\(a.line)\t\(a.goal)\t\(a.subGoal ?? "-")\t\(a.text)\t\(a.status?.rawValue ?? "-")\t\(a.comment ?? "-")\n"
  }
  for a in e.activities {
    s += "AKT\tL\(a.line)\t\(a.goal)\t\(a.assignment)\t\(a.text)\t\(a.status?.rawValue ?? "-")\t\(a.comment ?? "-")\n"
  }
  for i in e.indicators {
    s += "IND\tL\(i.line)\t\(i.group)\t\(i.name)\t\(i.qualifier ?? "-")\t\(String(describing: i.outcome))\t\(String(describing: i.target))\t\(i.unit ?? "-")\t\(i.period ?? "-")\n"
  }
  for r in e.economy {
    s += "EKO\tL\(r.line)\t\(r.table)\t\(r.post)\t\(r.measure)\t\(String(describing: r.value))\t\(r.printed)\t\(r.unit ?? "-")\n"
  }
  for r in e.sections { s += "SEC\tL\(r.line)\t\(r.number)\t\(r.level)\t\(r.heading)\t\(r.text.prefix(80))\n" }
  for w in e.warnings { s += "WARN\tL\(w.line)\t\(w.message)\n" }
  let (c, missing) = coverage(e, text)
  let boilerplate = e.lineUse.values.filter { $0 == .boilerplate }.count
  s += "COVERAGE\t\(c)\t\(missing)\trecord \(e.lineUse.count - boilerplate)\tboilerplate \(boilerplate)\n"
  for n in missing { s += "MISSING\t\(n)\t\(text.lines[n - 1])\n" }
  try? s.write(toFile: "/tmp/\(name).dump", atomically: true, encoding: .utf8)
}

@Suite struct PageLayoutExtractorTests {
  let text = sampleReport("000_2fb47e370365774c.txt")
  var extraction: Extraction { PageLayoutExtractor.extract(text) }

  @Test func dumpForInspection() {
    dump(PageLayoutExtractor.extract(text), text, to: "000")
  }

  /// The hand-made gold sample: every assignment under 2.1.x with sub-goal, text, comment start
  /// and line.
  @Test func matchesGoldSampleOfSection2_1() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/gold/sample_000_uppdrag_2.1.tsv")
    let gold = try String(contentsOf: url, encoding: .utf8)
    let rows = gold.split(separator: "\n").dropFirst().map {
      $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    }
    let e = extraction
    let numberBySubGoal = Dictionary(
      e.goals.filter { $0.level == 2 }.map { ($0.title, $0.number) }, uniquingKeysWith: { a, _ in a })
    let got = e.assignments.filter { $0.goal == "Hög attraktivitet" }
    #expect(got.count == rows.count)
    for (a, row) in zip(got, rows) where row.count >= 4 {
      #expect(numberBySubGoal[a.subGoal ?? ""] == row[0], "line \(a.line)")
      #expect(a.text == row[1])
      #expect(String((a.comment ?? "").prefix(60)) == row[2])
      #expect(String(a.line) == row[3])
      #expect(a.status == .okänd)
    }
  }

  @Test func goalsAreCleanAndCounted() {
    let goals = extraction.goals
    let top = goals.filter { $0.level == 1 }
    #expect(top.map(\.number) == ["2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8"])
    #expect(top.map(\.title).prefix(3) == ["Hög attraktivitet", "Stark konkurrenskraft", "Fler i arbete"])
    #expect(
      top.first { $0.number == "2.4" }?.title
        == "Arbetar hälsofrämjande och levererar en individuell hälso- och sjukvård av hög kvalitet för en god och jämlik hälsa"
    )
    #expect(top.first { $0.number == "2.4" }?.line == 1313)
    // Sub-goals per goal, counted by hand in the report.
    let counts = Dictionary(grouping: goals.filter { $0.level == 2 }) {
      $0.number.split(separator: ".").prefix(2).joined(separator: ".")
    }.mapValues(\.count)
    #expect(counts == ["2.1": 10, "2.2": 9, "2.3": 6, "2.4": 6, "2.5": 3, "2.6": 2, "2.7": 2, "2.8": 11])
    #expect(goals.first { $0.number == "2.8.2" }?.title == "Följa upp och planera ekonomin utifrån flöden")
  }

  @Test func assignmentsAcrossPageBreaks() {
    let e = extraction
    #expect(e.assignments.count == 108)
    #expect(e.assignments.allSatisfy { $0.status == .okänd })
    // The comment sub-heading "Arbetsmarknad" (line 990) runs into a page break: not an assignment.
    #expect(!e.assignments.contains { $0.text == "Arbetsmarknad" })
    let policy = e.assignments.last
    #expect(policy?.goal == "Policy")
    #expect(policy?.text == "Antikorruptionspolicy")
    #expect(policy?.line == 2260)
    #expect(policy?.comment?.hasPrefix("Den av regiondirektören utsedda arbetsgruppen") == true)
    // The line broke between words (it ends in a space): joined with one, never glued.
    #expect(policy?.comment?.contains("har påbörjat arbetet enligt handlingsplan.") == true)
    let fokus = e.assignments.filter { $0.subGoal?.hasPrefix("Optimera och skapa nya flöden") == true }
    #expect(fokus.map(\.text) == ["Rekvisition för privata aktörer med förändrad finansiering", "Utveckla vårdvalsmodellerna."])
  }

  @Test func economyTables() throws {
    let e = extraction
    #expect(e.economy.count == 81)
    // The indicator boxes (lines 76, 86) are indicators, not economy.
    #expect(!e.economy.contains { $0.line == 76 || $0.line == 86 })
    let prognosis = try #require(e.indicators.first { $0.line == 86 })
    #expect(prognosis.name == "Ekonomisk avvikelse, årsprognos")
    #expect(prognosis.outcome == Decimal(string: "-6.0") && prognosis.target == nil && prognosis.unit == "mnkr")
    let tillväxt = e.economy.filter { $0.post == "Tillväxt utveckling" }
    #expect(tillväxt.map(\.printed) == ["-25,2", "-20", "12,2", "-48,3", "-38,3", "10"])
    #expect(tillväxt.first?.measure == "ack. resultat jan-aug 2017")
    #expect(tillväxt.last?.measure == "prognosti-serad avvikelse mot budget 2018")
    let wrapped = e.economy.first { $0.post == "RS drift av egna utvecklingsprojekt" }
    #expect(wrapped?.line == 2312)
    let investments = e.economy.filter { $0.table == "Investeringar" }
    #expect(investments.count == 9)
    let decided = e.economy.filter { $0.table == "Utvecklingsmedel Tillväxt" }
    #expect(decided.map(\.post) == [
      "Budget 2018", "Budget 2018", "Beslutade utvecklingsmedel per 2018-08-31",
      "Beslutade utvecklingsmedel per 2018-08-31", "Kvar att besluta om", "Kvar att besluta om",
    ])
    #expect(decided.last?.measure == "statligt anslag för regional utveckling")
  }

  /// The resource table's total row differs from its rows' sum only by rounding (23,0 against
  /// 22,8 over rows of one decimal): it agrees, and a total that agrees is silent. Totals are
  /// checked once, for every layout, when the report is read.
  @Test func totalsThatAgreeWithinRoundingAreSilent() throws {
    #expect(extraction.warnings.isEmpty)
    let (name, bytes) = try SampleFiles.report("000")
    let reading = try ReportReader.read(bytes: bytes, file: name).get()
    #expect(reading.extraction.warnings.isEmpty)
  }

  @Test func indicators() {
    let ind = extraction.indicators
    let staff = ind.filter { $0.group == "Personal" }
    #expect(staff.map(\.name) == ["Personalomsättning", "Sjukfrånvaro"])
    #expect(staff.map(\.qualifier) == ["R12 medel", "R12 medel"])
    #expect(staff.map(\.outcome) == [Decimal(string: "14.9"), Decimal(string: "3.5")])
    #expect(staff.allSatisfy { $0.unit == "%" })
    #expect(staff.first?.line == 2421)
    let economy = ind.filter { $0.group == "Ekonomi" }
    #expect(economy.count == 2)
  }

  @Test func sectionsAndMetadata() {
    let e = extraction
    let numbered = e.sections.filter { !$0.number.isEmpty }
    #expect(numbered.count == 67)
    #expect(e.sections.first?.heading == "Sammanfattning")
    #expect(e.sections.first?.text.hasPrefix("Under årets första åtta månader") == true)
    #expect(e.sections.contains { $0.number.isEmpty && $0.heading == "Bredband" && $0.line == 109 })
    #expect(e.sections.contains { $0.heading == "Bilaga 1: Indikatorer över tid" && $0.line == 2513 })
    #expect(e.metadata.year == 2018)
    #expect(e.metadata.period == "jan-aug")
  }

  @Test func coverageAndBoilerplate() {
    let e = extraction
    let (share, missing) = coverage(e, text)
    #expect(share >= 0.99, "unaccounted lines: \(missing)")
    for n in [9, 12, 22, 44, 102, 181, 182, 201, 338, 339, 918] {
      #expect(e.lineUse[n] == .boilerplate, "line \(n)")
    }
    for n in [108, 184, 187, 2306, 2421] { #expect(e.lineUse[n] == .record, "line \(n)") }
  }

  @Test(arguments: sampleNames)
  func scoreRecognisesOnlyItsOwnLayout(name: String) {
    let score = PageLayoutExtractor.score(sampleReport(name))
    if name.hasPrefix("000") { #expect(score >= 80) } else { #expect(score <= 10, "\(name): \(score)") }
  }

  @Test func neverTrapsOnDamagedInput() {
    let lines = text.lines
    let inputs: [[String]] = [
      [], [""], Array(lines.prefix(lines.count / 2)), Array(lines.suffix(lines.count / 2)),
      ["2.1 Delmål:", "Årsprognos Förvaltningens", "uppdrag Kommentar", "", "x"],
      ["Innehållsförteckning", "1 A ....3", "1", "1 A", "Årsprogn", "os", "-", "- -", "Totalt 1 2"],
      ["Indikatorer Utfall Målvärde Kommentar", "Sjukfrånvaro", "(", "(R12) ", "\u{0}\u{FFFF}"],
      lines.enumerated().filter { $0.offset % 3 == 0 }.map(\.element),
    ]
    for input in inputs {
      let e = PageLayoutExtractor.extract(ReportText(file: "x", lines: input))
      #expect(e.lineUse.keys.allSatisfy { $0 >= 1 && $0 <= input.count })
      _ = PageLayoutExtractor.score(ReportText(file: "x", lines: input))
    }
  }
}
