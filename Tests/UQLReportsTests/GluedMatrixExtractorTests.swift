import Foundation
import Testing
import UQLValues

@testable import UQLReports

@Suite struct GluedMatrixExtractorTests {
  let text = sampleReport("001_ad0398bc00775623.txt")
  var extraction: Extraction { GluedMatrixExtractor.extract(text) }

  @Test func dumpForInspection() {
    dump(GluedMatrixExtractor.extract(text), text, to: "001")
  }
}

extension GluedMatrixExtractorTests {
  @Test func matrixActivitiesAndAssignments() {
    let e = extraction
    #expect(e.activities.count == 20)
    #expect(e.assignments.count == 13)
    #expect(e.activities.allSatisfy { $0.status == .okänd })
    #expect(e.assignments.allSatisfy { $0.status == nil })
    // Glued row: activity first, assignment after the seam.
    let glued = e.activities.first { $0.line == 74 }
    #expect(glued?.text == "Riktade hälsosamtal")
    #expect(glued?.assignment == "Leda och samordna omställningsarbetet mot en god och nära vård i Halland")
    #expect(glued?.comment?.hasPrefix("Under året beslutade styrgruppen att ta del av Region Västmanlands källkod") == true)
    // A digit runs into the assignment: "2019–2021Verka".
    let uf = e.activities.first { $0.line == 146 }
    #expect(uf?.text == "Ung Företagsamhet (UF) 2019–2021")
    #expect(uf?.assignment == "Verka för att fler barn ska uppnå gymnasiebehörighet")
    #expect(uf?.comment?.hasPrefix("Region Halland har beviljat projektfinansiering för satsningen") == true)
    // Rows printed before their spanning assignment cell belong to it.
    let first = e.activities.prefix(3)
    #expect(first.map(\.line) == [43, 49, 55])
    #expect(first.allSatisfy { $0.assignment == "Leda och samordna kunskapsstyrningen i Halland" })
    // A comment continued after a page break and its repeated header.
    let lärcentrum = e.activities.first { $0.line == 97 }
    #expect(lärcentrum?.text == "Främja utvecklingsprocesser av lärcentrum")
    #expect(lärcentrum?.comment?.contains("Alla kommuner inom samverkansområdet bedriver lärcentrum") == true)
    #expect(lärcentrum?.comment?.hasSuffix("intresserade kommuner.") == true)
    // A comment glued to the end of an assignment line ("yrkesstudier Kommentar Under hösten …").
    let avtal = e.activities.first { $0.line == 133 }
    #expect(avtal?.assignment == "Bidra i arbetet med planering, dimensionering och tillgängliggörande av yrkesstudier")
    #expect(avtal?.comment?.hasPrefix("Under hösten påbörjas ett arbete att revidera befintligt samverkansavtal") == true)
    let klimat = e.assignments.first { $0.line == 205 }
    #expect(klimat?.text.hasSuffix("miljöarbetet 2017-2020 tillsammans med övriga förvaltningar.") == true)
    #expect(e.activities.last?.text == "Strategisk plan/roadmap RSA")
    #expect(e.activities.last?.assignment == "En smart och enkel digital vardag. För invånaren. För medarbetaren.")
  }

  @Test func seamSplitsOnlyRealGlue() {
    #expect(GluedMatrixTable.seam(in: "Riktade hälsosamtalLeda och") != nil)
    #expect(GluedMatrixTable.seam(in: "Leda samordningsgruppSamordna") != nil)
    #expect(GluedMatrixTable.seam(in: "dialog på eRåd.") == nil)
    #expect(GluedMatrixTable.seam(in: "RISE, iTre och IAM-strategi") == nil)
  }

  @Test func indicators() {
    let ind = extraction.indicators
    let staff = ind.filter { $0.line == 312 || $0.line == 321 }
    #expect(staff.map(\.name) == ["Personalomsättning", "Sjukfrånvaro"])
    #expect(staff.map(\.group) == ["Medarbetare", "Medarbetare"])
    #expect(staff.map(\.outcome) == [Decimal(string: "12.32"), Decimal(string: "2.78")])
    #expect(staff.map(\.target) == [Decimal(13), Decimal(4)])
    #expect(staff.allSatisfy { $0.unit == "%" })
    // "Grupp Indikatorer Utfall Målvärde": the group cell glued between two rows.
    let grid = ind.filter { $0.line >= 596 }
    #expect(grid.map(\.group) == ["Medarbetare", "Medarbetare", "Ekonomi", "Ekonomi", "Ekonomi", "Ekonomi"])
    #expect(grid.map(\.name) == [
      "Personalomsättning", "Sjukfrånvaro", "Periodresultat", "Ackumulerad budgetavvikelse",
      "Prognos budgetavvikelse", "Kostnadsutveckling",
    ])
    #expect(grid[3].outcome == Decimal(string: "120.0"))
    #expect(grid[3].unit == "mnkr")
    #expect(grid[4].target == nil)
  }

  @Test func economyTables() throws {
    let eco = extraction.economy
    #expect(eco.count == 118)  // 30+40+8+8+32, counted per table; indicator boxes are not economy
    #expect(!eco.contains { [312, 321, 338, 415, 555].contains($0.line) })
    // One layout, one meaning (as in 002): a deviation indicator's outcome is its deviation.
    let investments = try #require(extraction.indicators.first { $0.line == 555 })
    #expect(investments.name == "Prognos Investeringsbudgetavvikelse")
    #expect(investments.outcome == 20900 && investments.target == nil && investments.unit == "tkr")
    let prognosis = try #require(extraction.indicators.first { $0.line == 338 })
    #expect(prognosis.outcome == 82700 && prognosis.target == nil)
    let total = eco.filter { $0.post == "Total" }
    #expect(total.map(\.value) == [Decimal(string: "82.7"), Decimal(0), Decimal(string: "82.7")])
    #expect(total.allSatisfy { $0.unit == "mnkr" })
    #expect(total.last?.measure == "prognostiserad avvikelse mot budget")
    let wrapped = eco.first { $0.post == "Utvecklingsmedel Hälso- och sjukvård" && $0.line == 464 }
    #expect(wrapped?.measure == "periodens ack. resultat")
    #expect(wrapped?.value == Decimal(string: "-20.7"))
    let cost = eco.filter { $0.table == "Kostnadsutveckling" }
    #expect(cost.count == 8)
    #expect(cost.first?.printed == "-417 170 tkr")
    #expect(cost.last?.printed == "30,7%")
    let fence = eco.filter { $0.post == "Säkerhet, kamerabevakning och porttelefon" }
    #expect(fence.map(\.printed) == ["0", "700", "700", "0"])
    #expect(fence.allSatisfy { $0.unit == "tkr" })
    let summa = eco.filter { $0.post == "Summa" }
    #expect(summa.map(\.printed) == ["14 548", "25 000", "46 750", "21 750"])
    // Every total in this report adds up.
    #expect(extraction.warnings.isEmpty)
  }

  @Test func sectionsAndCoverage() {
    let e = extraction
    #expect(e.sections.map(\.number) == [
      "1", "2", "3", "3.1", "3.2", "4", "4.1", "4.1.1", "4.1.2", "4.1.3", "4.2", "4.2.1", "4.2.2",
      "4.2.2.1", "4.2.2.2", "4.3", "5",
    ])
    let verksamhet = e.sections.first { $0.number == "2" }
    #expect(verksamhet?.text.contains("I matrisen nedan redovisas aktiviteter som inte följer planering") == true)
    let (share, missing) = coverage(e, text)
    #expect(share >= 0.99, "unaccounted lines: \(missing)")
    for n in [40, 41, 107, 108, 181, 182] { #expect(e.lineUse[n] == .boilerplate, "line \(n)") }
  }

  @Test(arguments: sampleNames)
  func scoreRecognisesOnlyItsOwnLayout(name: String) {
    let score = GluedMatrixExtractor.score(sampleReport(name))
    if name.hasPrefix("001") { #expect(score >= 80) } else { #expect(score <= 10, "\(name): \(score)") }
  }

  @Test func neverTrapsOnDamagedInput() {
    let lines = text.lines
    let inputs: [[String]] = [
      [], [""], Array(lines.prefix(lines.count / 2)), Array(lines.suffix(lines.count / 2)),
      ["uppdrag / deluppdrag Status Aktiviteter"], ["1 A", "uppdrag / deluppdrag Status Aktiviteter", "Kommentar"],
      ["1 A", "uppdrag / deluppdrag Status Aktiviteter", "aB Kommentar ", "xY", "", "Kommentar x"],
      ["1 A", "Grupp Indikatorer Utfall Målvärde", "12%Medarbetare X 1%", "Ekonomi", "%Ekonomi "],
      lines.enumerated().filter { $0.offset % 2 == 1 }.map(\.element),
    ]
    for input in inputs {
      let e = GluedMatrixExtractor.extract(ReportText(file: "x", lines: input))
      #expect(e.lineUse.keys.allSatisfy { $0 >= 1 && $0 <= input.count })
      _ = GluedMatrixExtractor.score(ReportText(file: "x", lines: input))
    }
  }
}
