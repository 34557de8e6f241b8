import Testing

@testable import UQLReports

/// A report's own legend of its icons says what each stands for in that report.
@Suite("Status legends")
struct StatusLegendTests {
  func lines(_ text: String) -> [SourceLine] {
    text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { SourceLine(number: $0.offset + 1, text: String($0.element)) }
  }

  @Test func legendsInTheirUsualForms() {
    let phrases = StatusLegend.phrases(lines(
      """
      ● Klar ◐ Pågår ○ Ej påbörjad ▲ Försenad
      ✓ = målet nått, ◐ = målet delvis nått, ✗ = målet inte nått
      Teckenförklaring: ⏸ pausad · ✓ klar
      """))
    #expect(phrases.activities == ["●": .klar, "◐": .pågår, "○": .ejStartad, "▲": .ejEnligtPlan, "⏸": .pausad, "✓": .klar])
    // (`Klar` is a goal's or assignment's `uppfylls` too, as the vocabulary reads a done one.)
    #expect(phrases.goals == ["✓": .uppfylls, "◐": .uppfyllsDelvis, "✗": .uppfyllsInte, "●": .uppfylls])
    // (A dash set apart within a legend is an entry too: not assessed, known.)
    #expect(StatusLegend.pairs("●   Uppfyllt        ◐   Delvis uppfyllt    ○   Ej uppfyllt           –     Bedöms ej i delår")?.map(\.icon)
      == ["●", "◐", "○", "–"])
  }

  /// Text that mentions icons is no legend: a sentence before them, a phrase the vocabulary does
  /// not know, one icon alone; an icon two legends give two meanings of means neither.
  @Test func whatIsNoLegend() {
    #expect(StatusLegend.pairs("Arbetet pågår enligt plan ● Klar ◐ Pågår") == nil)
    #expect(StatusLegend.pairs("● Klar ◐ Något helt annat") == nil)
    #expect(StatusLegend.pairs("● Klar") == nil)
    let phrases = StatusLegend.phrases(lines("● Klar ◐ Pågår\n● Pågår ○ Ej påbörjad"))
    #expect(phrases.activities == ["◐": .pågår, "○": .ejStartad])
  }

  /// A table of activities whose statuses are icons, explained by the report's legend under it:
  /// each activity's status is the legend's, with no warning; the organisation's own phrase wins.
  @Test func activityIconsReadByTheReportsLegend() {
    let text = """
      Aktiviteter

      Aktivitet                         Ansvarig            Status
      Byte av fönster                   Projektledare       ●
      Stambyte i kv. Trasten            Projektledare       ◐
      Takbyte med tilläggsisolering     Projektledare       ▲
      Solcellsanläggning 85 kWp         Energisamordnare    ○

      ● Klar ◐ Pågår ○ Ej påbörjad ▲ Försenad
      """
    let report = ReportText(file: "t.txt", lines: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    let document = DocumentReader.read(report).document
    let e = DocumentSections.extract(document, text: report)
    #expect(e.activities.map(\.status) == [.klar, .pågår, .ejEnligtPlan, .ejStartad])
    #expect(e.warnings.isEmpty)
    let own = DocumentSections.extract(document, text: report, phrases: StatusPhrases(activities: ["▲": .pausad]))
    #expect(own.activities.map(\.status) == [.klar, .pågår, .pausad, .ejStartad])
  }
}
