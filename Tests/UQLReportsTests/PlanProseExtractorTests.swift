import Foundation
import Testing
import UQLValues
@testable import UQLReports

@Suite("Plan prose layout (004)")
struct PlanProseExtractorTests {
  static func reading() throws -> ReportReading {
    let (name, bytes) = try SampleFiles.report("004")
    return try ReportReader.read(bytes: bytes, file: name).get()
  }

  @Test func detectedAsPlanProse() throws {
    #expect(try Self.reading().layout == .planProse)
  }

  @Test func focusAreasAreGoals() throws {
    let goals = try Self.reading().extraction.goals
    #expect(goals.map(\.title) == [
      "Region Halland som arbetsgivare", "Digitalisering", "Möta fler behov nära patienten",
      "Sammanhållen vård", "Kunskapsstyrning med fokus på hjärtsjukvård", "Hög attraktivitet",
      "Fler i arbete", "Stark konkurrenskraft", "Ekonomi",
    ])
    #expect(goals.map(\.line) == [176, 208, 250, 290, 324, 342, 445, 457, 530])
    #expect(goals.allSatisfy { $0.number.isEmpty && $0.level == 1 })
  }

  /// Assignment headings counted by hand under each focus area: 2, 3, 4, 3, 2, 8, 1, 6, 2.
  @Test func assignmentsPerFocusArea() throws {
    let assignments = try Self.reading().extraction.assignments
    #expect(assignments.count == 31)
    var perGoal: [String: Int] = [:]
    for a in assignments { perGoal[a.goal, default: 0] += 1 }
    #expect(perGoal == [
      "Region Halland som arbetsgivare": 2, "Digitalisering": 3, "Möta fler behov nära patienten": 4,
      "Sammanhållen vård": 3, "Kunskapsstyrning med fokus på hjärtsjukvård": 2, "Hög attraktivitet": 8,
      "Fler i arbete": 1, "Stark konkurrenskraft": 6, "Ekonomi": 2,
    ])
    #expect(assignments.allSatisfy { $0.status == nil })
    #expect(try Self.reading().extraction.activities.isEmpty)
  }

  @Test func specificAssignments() throws {
    let a = try Self.reading().extraction.assignments
    // A heading wrapped over two lines, the body continued after a page break (233 → 237).
    let digital = try #require(a.first { $0.line == 226 })
    #expect(digital.text == "Leda arbetet med att vidareutveckla det digitala vårdutbudet (bl.a. användandet av 1177 Vårdguiden och webbtidbok)")
    #expect(digital.goal == "Digitalisering")
    #expect(digital.comment?.contains("strategisk styrning av det digitala utbudet och koppla detta till regionens arbete") == true)
    #expect(digital.comment?.hasSuffix("när patienter själva bokar sina tider kan realiseras.") == true)
    // A suspended compound keeps its space; a line-end hyphen inside a word is kept and glued.
    let kontakt = try #require(a.first { $0.line == 259 })
    #expect(kontakt.text == "Arbeta med att främja nya, effektivare sätt för patienten att vara i kontakt med hälso- och sjukvården")
    let förnyelse = try #require(a.first { $0.line == 518 })
    #expect(förnyelse.comment?.hasPrefix("De största utmaningarna i det framgångsrika näringslivet i Halland är kompetens-försörjning, hållbarhet") == true)
    // Sub-headings of a heading ending in a colon carry the heading.
    let hälso = try #require(a.first { $0.line == 473 })
    #expect(hälso.text == "Leda och driva utveckling, innovation och internationalisering inom utpekade styrkeområden: Hälsoinnovation")
    // Two paragraphs: the description is both, joined with a space.
    let hälsa = try #require(a.first { $0.line == 344 })
    #expect(hälsa.goal == "Hög attraktivitet")
    #expect(hälsa.comment == "Viktiga kunskapsunderlag som prioriteras under 2019 är studien Hälsa på lika villkor och arbetet med att utveckla systematiska analyser kring barn och ungas livsvillkor och hälsa. Medel för att finansiera arbetet kommer att sökas från Delegationen mot segregation. Genom kunskap kan samsyn skapas kring behov och vad som behöver utvecklas. Frågan om ungas psykiska hälsa är prioriterad både lokalt och regionalt och arbetet med att förbättra samverkan kommer att fortsätta.")
    // Assignments without descriptions directly under a one-word focus area.
    let ekonomi = a.filter { $0.goal == "Ekonomi" }
    #expect(ekonomi.map(\.text) == [
      "Leda och samordna arbetet med att minska kostnadsutvecklingstakten, genom åtgärdsförslag, för att möjliggöra en långsiktigt god ekonomisk hushållning.",
      "Utveckla en regiongemensam styrmodell för Region Halland.",
    ])
    #expect(ekonomi.map(\.line) == [531, 534])
    #expect(ekonomi.allSatisfy { $0.comment == nil })
  }

  @Test func proseLinesEndingInANameAreNotHeadings() throws {
    let sections = try Self.reading().extraction.sections
    #expect(!sections.contains { $0.line == 151 || $0.line == 179 })
    #expect(!sections.contains { $0.heading.hasSuffix("genom att:") })
    let intro = try #require(sections.first { $0.line == 1 })
    #expect(intro.heading == "Region Hallands ansvar")
    #expect(intro.level == 1)
  }

  @Test func everyHeadingIsASection() throws {
    let sections = try Self.reading().extraction.sections
    #expect(sections.count == 50)
    #expect(sections.filter { $0.level == 2 }.count == 9)
    let focus = try #require(sections.first { $0.line == 157 })
    #expect(focus.heading == "Regionkontoret – fokusområden 2019")
    #expect(focus.text.hasPrefix("För att få genomförandekraft har Regionfullmäktige i Mål och Budget 2019 pekat ut"))
  }

  @Test func everyLineIsAccountedFor() throws {
    let check = CheckReport(try Self.reading())
    #expect(check.coverage >= 0.99)
    #expect(check.unaccounted.isEmpty)
  }
}
