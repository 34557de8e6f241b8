import Foundation
import Testing
import UQLValues
@testable import UQLReports

@Suite("Metadata inference")
struct MetadataInferenceTests {
  static func metadata(_ prefix: String) throws -> (ReportMetadata, [ReportDiagnostic]) {
    let (name, bytes) = try SampleFiles.report(prefix)
    let text = ReportText(file: name, lines: TextDecoding.lines(TextDecoding.decode(bytes).text))
    return MetadataInference.infer(text)
  }

  @Test func report000() throws {
    let (m, notes) = try Self.metadata("000")
    #expect(m.title == "Uppföljningsrapport 2 jan-aug 2018")
    #expect(m.kind == .uppföljningsrapport)
    #expect(m.year == 2018)
    #expect(m.period == "jan-aug")
    #expect(m.administration == "Regionkontoret")
    #expect(m.organisation == "Region Halland")
    #expect(notes.isEmpty)
  }

  /// No title page: the kind from "Prognosförändring sedan föregående rapport", the period from
  /// the column "Utfall oktober" (wrapped over two lines), the year from the text.
  @Test func report001() throws {
    let (m, notes) = try Self.metadata("001")
    #expect(m.kind == .uppföljningsrapport)
    #expect(m.year == 2020)
    #expect(m.period == "jan-okt")
    #expect(m.title == "Uppföljningsrapport jan-okt 2020")
    #expect(m.administration == "Regionkontoret")
    #expect(notes.contains { $0.message.contains("'titel'") })
    #expect(notes.contains { $0.message.contains("'period'") })
    #expect(notes.contains { $0.message.contains("'år'") })
  }

  @Test func report002() throws {
    let (m, notes) = try Self.metadata("002")
    #expect(m.title == "Uppföljningsrapport 2 januari-augusti")
    #expect(m.kind == .uppföljningsrapport)
    #expect(m.year == 2020)
    #expect(m.period == "jan-aug")
    #expect(m.administration == "Regionkontoret")
    #expect(notes.isEmpty)
  }

  @Test func report003() throws {
    let (m, _) = try Self.metadata("003")
    #expect(m.title == "Bilaga 2: Förvaltningens uppdrag och aktiviteter")
    #expect(m.kind == .bilaga)
    #expect(m.year == 2019)
    #expect(m.period == "helår")
    #expect(m.organisation == "Region Halland")
  }

  @Test func report004() throws {
    let (m, notes) = try Self.metadata("004")
    #expect(m.kind == .verksamhetsplan)
    #expect(m.year == 2019)
    #expect(m.title == "Verksamhetsplan 2019")
    #expect(m.administration == "Regionkontoret")
    #expect(m.organisation == "Region Halland")
    #expect(notes.contains { $0.message.contains("'titel' not printed") })
  }

  @Test func nothingToInferIsSaidInDiagnostics() {
    let (m, notes) = MetadataInference.infer(ReportText(file: "x.txt", lines: ["lorem ipsum", "dolor"]))
    #expect(m.kind == .okänd)
    #expect(m.title == nil && m.year == nil && m.period == nil)
    for field in ["typ", "titel", "år", "period", "förvaltning", "organisation"] {
      #expect(notes.contains { $0.message == "could not infer '\(field)' from the text" }, "\(field)")
    }
  }

  static func documentMetadata(_ text: String) -> ReportMetadata {
    let report = ReportText(file: "x.md", lines: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    return DocumentMetadata.infer(DocumentReader.read(report).document, text: report).0
  }

  /// Pages taken out of a larger document: the first page already has the running header, so
  /// the header, not the first section heading (`3 Uppföljning mål`), names the report.
  @Test func anExcerptIsNamedByItsRunningHeader() {
    var text = ""
    for page in 26...29 {
      text += "<!-- sida \(page) -->\n\nNämnden för Teknik                               Kungsbacka kommun\n"
      text += "Nämndens årsredovisning 2023\n\n"
      text += page == 26 ? "3 Uppföljning   mål\n\n" : ""
      text += "Text på sidan \(page) om arbetet under året.\n\n\(page - 20)\n\n"
    }
    let m = Self.documentMetadata(text)
    #expect(m.kind == .årsredovisning)
    #expect(m.title == "Nämndens årsredovisning 2023")
    #expect(m.year == 2023 && m.period == "helår")
    #expect(m.administration == "Nämnden för Teknik")
  }

  /// A cover with its words printed apart: the kind from the title, the year from a short line.
  @Test func aSpacedCoverGivesKindAndYear() {
    let m = Self.documentMetadata(
      """
      <!-- sida 1 -->

      Årsrapport                 dataskydd

      Teknik    2023

      <!-- sida 2 -->

      Inledning
      """)
    #expect(m.kind == .årsrapport)
    #expect(m.title == "Årsrapport dataskydd")
    #expect(m.year == 2023 && m.period == "helår")
  }

  @Test func extractorMetadataWins() {
    var extracted = ReportMetadata()
    extracted.year = 2017
    let (m, _) = MetadataInference.infer(
      ReportText(file: "x.txt", lines: ["Uppföljningsrapport 1 jan-apr 2018"]), extracted: extracted)
    #expect(m.year == 2017)
    #expect(m.period == "jan-apr")
  }
}
