import Testing
import UQLValues
@testable import UQLReports

/// Extractors and the reader must never trap, whatever the input.
@Suite("Robustness")
struct RobustnessTests {
  static let pieces = [
    "\t", "\t\t", "<p>", "</p>", "<ul style=\"x\">", "</ul>", "<", ">", "&", "&#", "&#x110000;", "&amp;",
    "●", "◆", "▶", "✓", "⏸", "—", "!", "1.1 ", "2.1.1 ", "Förvaltningens uppdrag\tKommentar\tAktivitet",
    "Hög attraktivitet", "fokusområden", ":", ".", " ", "Region", "Halland", "-", "\u{FE0F}", "ä",
    "\u{0301}", "99999999999999999999", "15(39)", "....... 4",
  ]

  /// A deterministic pseudo-random text made of the pieces above.
  static func text(seed: Int, lines: Int) -> [String] {
    var state = UInt64(truncatingIfNeeded: seed) &* 6364136223846793005 &+ 1442695040888963407
    func next() -> Int {
      state = state &* 6364136223846793005 &+ 1442695040888963407
      return Int(truncatingIfNeeded: state >> 33)
    }
    return (0..<lines).map { _ in
      let n = next() % 12
      return (0..<n).map { _ in pieces[next() % pieces.count] }.joined()
    }
  }

  @Test(arguments: 0..<40)
  func extractorsNeverTrap(seed: Int) {
    let text = ReportText(file: "fuzz.txt", lines: Self.text(seed: seed, lines: 1 + seed * 3))
    for extractor in ReportReader.extractors {
      _ = extractor.score(text)
      let e = extractor.extract(text)
      #expect(e.lineUse.keys.allSatisfy { (1...text.lines.count).contains($0) })
    }
    _ = MetadataInference.infer(text)
    let bytes = Array(text.lines.joined(separator: "\n").utf8)
    if case .success(let r) = ReportReader.read(bytes: bytes, file: "fuzz.txt") {
      _ = ReportCatalog.datasets([r])
      _ = CheckReport(r).render()
    }
  }

  @Test func degenerateRows() {
    let lines = [
      "1.1 Mål", "Förvaltningens uppdrag\tKommentar\tAktivitet", "\t\t\t\t\t", "●", "\t\tfortsättning",
      "\tbara kommentar", "▶", "\t\t<ul>", "\t\t<p></p>", "◆\t\t●", "\t\t\t\t● x\ty\t▶ z",
    ]
    let e = HTMLTableExtractor.extract(ReportText(file: "x.txt", lines: lines))
    #expect(e.goals.count == 1)
    #expect(e.assignments.map(\.status) == [.uppfyllsDelvis, .uppfylls])
    #expect(e.activities.map(\.status) == [.okänd, .delvis, .pågår])
    #expect(e.warnings.contains { $0.line == 5 })
  }
}
