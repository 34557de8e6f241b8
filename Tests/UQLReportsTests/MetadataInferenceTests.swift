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

  @Test func extractorMetadataWins() {
    var extracted = ReportMetadata()
    extracted.year = 2017
    let (m, _) = MetadataInference.infer(
      ReportText(file: "x.txt", lines: ["Uppföljningsrapport 1 jan-apr 2018"]), extracted: extracted)
    #expect(m.year == 2017)
    #expect(m.period == "jan-apr")
  }
}
