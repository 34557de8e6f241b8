import Foundation
import Testing

/// Reading reports of any form end to end: markdown files, PDFs through pdftotext, `check
/// --strict`, and lines uql does not understand listed in every layout.
@Suite("Document reading")
struct DocumentReadingTests {
  static let real = UQLProcess.root.deletingLastPathComponent().appendingPathComponent("shared/reports-real")

  func temporary(_ name: String, _ text: String) throws -> URL {
    let dir = TestDirectories.unique("doc")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url
  }

  @Test func markdownFilesAreReports() throws {
    let url = try temporary(
      "rapport.md",
      "# Uppföljning\n\n## 2.1 Drift\n\n| Post | Bokslut 2023 |\n| --- | --- |\n| Summa | -1,0 |\n")
    let out = try UQLProcess.run(
      ["--data", url.path, "-e", "tabeller where etikett ~ \"Summa\" and kolumn ~ \"Bokslut\" | select rad, tabell, text, värde"])
    #expect(out.stderr == "")
    #expect(out.stdout == "rad\ttabell\ttext\tvärde\n7\tT1\t-1,0\t-1\n")
  }

  @Test func checkStrictFailsOnAnyWarning() throws {
    let url = try temporary("prosa.txt", "1 Inledning\n\nBara text om året som gått.\n\n2 Framtid\n\nMer text.\n")
    let plain = try UQLProcess.run(["check", url.path])
    #expect(plain.status == 0)
    #expect(plain.stdout.contains("warning: no goals, assignments, activities, indicators or tables were recognised"))
    #expect(plain.stdout.contains("lines: 0.0 % in structured records, 100.0 % in section text only"))
    let strict = try UQLProcess.run(["check", "--strict", url.path])
    #expect(strict.status == 1)
  }

  /// `check --blocks` lists what the form readers made of the text, block by block.
  @Test func checkListsTheBlocks() throws {
    let url = try temporary(
      "mål.md",
      "## 2.1 Strategiskt mål: En trygg kommun\n\nBedömning: Målet är uppfyllt\n\n| Aktivitet | Status |\n| --- | --- |\n| Trygghetsvandringar | Klar |\n")
    let out = try UQLProcess.run(["check", "--blocks", url.path])
    #expect(out.status == 0)
    let blocks = out.stdout.components(separatedBy: "  blocks:\n").last ?? ""
    #expect(blocks == """
          1         heading 2.1 (level 2)     Strategiskt mål: En trygg kommun
          3         paragraph                 Bedömning: Målet är uppfyllt
          5–7       table T1 (2 × 1)          Strategiskt mål: En trygg kommun: Aktivitet | Status

      """)
    #expect(try UQLProcess.run(["check", url.path]).stdout.contains("blocks:") == false)
  }

  /// A junk line inserted into any report is listed as not understood, in every layout.
  @Test(arguments: ["000", "001", "002", "003", "004"]) func junkIsNotUnderstood(sample: String) throws {
    let dir = UQLProcess.root.appendingPathComponent("Examples/reports")
    let name = try #require(try FileManager.default.contentsOfDirectory(atPath: dir.path).first { $0.hasPrefix(sample) })
    var lines = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let at = lines.count / 2
    lines.insert("@@@@ #### 12345 ~~~~ qwerty zxcv", at: at)
    let url = try temporary(name, lines.joined(separator: "\n"))
    let out = try UQLProcess.run(["check", url.path])
    #expect(out.stdout.contains("not understood: line \(at + 1): @@@@ #### 12345 ~~~~ qwerty zxcv"))
  }

  @Test func aPDFReadsAsItsText() throws {
    let pdf = Self.real.appendingPathComponent("simrishamn-kfn-arsbokslut-2025.pdf")
    let txt = Self.real.appendingPathComponent("simrishamn-kfn-arsbokslut-2025.txt")
    guard FileManager.default.fileExists(atPath: pdf.path),
      (try? UQLProcess.run(["--data", pdf.path, "-e", "rapporter | count"]))?.status == 0
    else {
      print("skipped: the Simrishamn PDF or pdftotext is not here")
      return
    }
    let query = "tabeller | select tabell, rad, kolumn, etikett, text"
    let fromPDF = try UQLProcess.run(["--data", pdf.path, "-e", query])
    let fromText = try UQLProcess.run(["--data", txt.path, "-e", query])
    #expect(fromPDF.status == 0)
    #expect(fromPDF.stdout == fromText.stdout)
    #expect(fromPDF.stdout.split(separator: "\n").count > 200)
  }
}
