import Foundation
import Testing
import UQLValues
@testable import UQLReports

@Suite("Report reader")
struct ReportReaderTests {
  /// The records of a reading, for comparing readings of differently encoded bytes.
  struct Records: Equatable {
    var goals: [GoalRecord]
    var assignments: [AssignmentRecord]
    var activities: [ActivityRecord]
    var sections: [SectionRecord]
    var warnings: [ReportWarning]
    var metadata: ReportMetadata
    var lineUse: [Int: Extraction.LineUse]

    init(_ r: ReportReading) {
      goals = r.extraction.goals
      assignments = r.extraction.assignments
      activities = r.extraction.activities
      sections = r.extraction.sections
      warnings = r.extraction.warnings
      metadata = r.metadata
      lineUse = r.extraction.lineUse
    }
  }

  static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
    var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
    for unit in text.utf16 {
      let hi = UInt8(unit >> 8)
      let lo = UInt8(unit & 0xFF)
      bytes += bigEndian ? [hi, lo] : [lo, hi]
    }
    return bytes
  }

  static let windows1252: [Unicode.Scalar: UInt8] = [
    "–": 0x96, "—": 0x97, "”": 0x94, "“": 0x93, "’": 0x92, "‘": 0x91, "…": 0x85, "€": 0x80, "•": 0x95,
  ]

  static func cp1252(_ text: String) -> [UInt8]? {
    var bytes: [UInt8] = []
    for s in text.unicodeScalars {
      if s.value < 0x80 || (0xA0...0xFF).contains(s.value) {
        bytes.append(UInt8(s.value))
      } else if let b = windows1252[s] {
        bytes.append(b)
      } else {
        return nil
      }
    }
    return bytes
  }

  static func variants(of text: String) -> [(String, [UInt8])] {
    let crlf = text.replacingOccurrences(of: "\n", with: "\r\n")
    let cr = text.replacingOccurrences(of: "\n", with: "\r")
    var v: [(String, [UInt8])] = [
      ("UTF-8 BOM", [0xEF, 0xBB, 0xBF] + Array(text.utf8)),
      ("UTF-16LE", utf16(text, bigEndian: false)),
      ("UTF-16BE", utf16(text, bigEndian: true)),
      ("CRLF", Array(crlf.utf8)),
      ("CR", Array(cr.utf8)),
      ("NFD", Array(text.decomposedStringWithCanonicalMapping.utf8)),
      ("UTF-16LE CRLF", utf16(crlf, bigEndian: false)),
    ]
    if let latin = cp1252(text) { v.append(("Windows-1252", latin)) }
    if let latin = cp1252(crlf) { v.append(("Windows-1252 CRLF", latin)) }
    return v
  }

  @Test(arguments: ["003", "004"])
  func encodingsGiveIdenticalRecords(prefix: String) throws {
    let (name, bytes) = try SampleFiles.report(prefix)
    let reference = Records(try ReportReader.read(bytes: bytes, file: name).get())
    let text = String(decoding: bytes, as: UTF8.self)
    let variants = Self.variants(of: text)
    if prefix == "004" { #expect(variants.contains { $0.0 == "Windows-1252" }) }
    for (label, variant) in variants {
      let reading = try ReportReader.read(bytes: variant, file: name).get()
      #expect(Records(reading) == reference, "\(label)")
      let datasets = ReportCatalog.datasets([reading])
      let expected = ReportCatalog.datasets([try ReportReader.read(bytes: bytes, file: name).get()])
      for (d, e) in zip(datasets, expected) {
        #expect(d.table.rowCount == e.table.rowCount, "\(label) \(d.name)")
        for row in 0..<min(d.table.rowCount, e.table.rowCount) where d.table.row(row) != e.table.row(row) {
          Issue.record("\(label) \(d.name) row \(row) differs")
          break
        }
      }
    }
  }

  @Test func windows1252IsDetected() throws {
    let (name, bytes) = try SampleFiles.report("004")
    let latin = try #require(Self.cp1252(String(decoding: bytes, as: UTF8.self)))
    let reading = try ReportReader.read(bytes: latin, file: name).get()
    #expect(reading.encoding == .windows1252)
    #expect(reading.extraction.goals.contains { $0.title == "Hög attraktivitet" })
  }

  @Test(arguments: [[UInt8](), Array("   \n\n\t \r\n".utf8), [0xEF, 0xBB, 0xBF]])
  func emptyInputIsAnError(bytes: [UInt8]) {
    let result = ReportReader.read(bytes: bytes, file: "tom.txt")
    #expect(throws: ReportError.empty(file: "tom.txt")) { try result.get() }
  }

  @Test func binaryInputIsAnError() {
    let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]
    let result = ReportReader.read(bytes: png, file: "bild.png")
    guard case .failure(let error) = result else {
      Issue.record("binary input was read")
      return
    }
    #expect(error.file == "bild.png")
    if case .binary = error {} else { Issue.record("expected .binary, got \(error)") }
    #expect(error.message.contains("'bild.png'"))
    var noise: [UInt8] = []
    for i in 0..<4000 { noise.append(UInt8((i * 7919 + 13) % 256)) }
    if case .failure(.binary) = ReportReader.read(bytes: noise, file: "brus.bin") {} else {
      Issue.record("noise was not rejected as binary")
    }
  }

  @Test func unknownLayoutIsAnError() {
    let text = "Inköpslista\nmjölk\nägg\nsmör\n"
    let result = ReportReader.read(bytes: Array(text.utf8), file: "lista.txt")
    #expect(throws: ReportError.unknownLayout(file: "lista.txt")) { try result.get() }
    #expect(ReportError.unknownLayout(file: "lista.txt").message == "'lista.txt' has a layout no reader recognises")
  }

  @Test func detectionListsAllFiveExtractors() throws {
    #expect(ReportReader.extractors.count == 5)
    #expect(Set(ReportReader.extractors.map { $0.layout }) == Set(Layout.allCases).subtracting([.document]))
    let (name, bytes) = try SampleFiles.report("003")
    let text = ReportText(file: name, lines: TextDecoding.lines(TextDecoding.decode(bytes).text))
    let scores = ReportReader.detect(text)
    #expect(scores.first?.layout == .htmlTable)
    #expect(scores.count == 5)
  }

  @Test func planScoresZeroOnTheOtherSamples() throws {
    for prefix in ["000", "001", "002", "003"] {
      let (name, bytes) = try SampleFiles.report(prefix)
      let text = ReportText(file: name, lines: TextDecoding.lines(TextDecoding.decode(bytes).text))
      #expect(PlanProseExtractor.score(text) == 0, "\(prefix)")
    }
  }

  @Test func manifestOverridesMetadata() throws {
    let (name, bytes) = try SampleFiles.report("003")
    let json = """
      {"\(name)": {"titel": "Bilaga 2 till årsredovisningen", "år": 2020, "period": "jan-dec",
       "typ": "uppföljningsrapport", "förvaltning": "Regionkontoret RK"}}
      """
    let manifest = try ReportManifest.parse(json).get()
    let reading = try ReportReader.read(bytes: bytes, file: "rapporter/" + name, manifest: manifest).get()
    #expect(reading.metadata.title == "Bilaga 2 till årsredovisningen")
    #expect(reading.metadata.year == 2020)
    #expect(reading.metadata.period == "jan-dec")
    #expect(reading.metadata.kind == .uppföljningsrapport)
    #expect(reading.metadata.administration == "Regionkontoret RK")
    #expect(reading.metadata.organisation == "Region Halland")
    #expect(reading.diagnostics.contains { $0.message == "'år' set to '2020' by the manifest" })
    #expect(reading.id == "003_715690af77561aa4")
    let rows = ReportCatalog.datasets([reading])[0].table
    #expect(rows.row(0)[1] == .integer(2020))
  }

  @Test func manifestErrors() {
    #expect(throws: ReportManifest.ParseError.notAnObject) { try ReportManifest.parse("[1]").get() }
    #expect(throws: ReportManifest.ParseError.entryNotAnObject(file: "a.txt")) {
      try ReportManifest.parse(#"{"a.txt": 3}"#).get()
    }
    #expect(throws: ReportManifest.ParseError.invalidField(file: "a.txt", field: "år", expected: "a whole number")) {
      try ReportManifest.parse(#"{"a.txt": {"år": "tjugo"}}"#).get()
    }
    #expect(throws: ReportManifest.ParseError.unknownField(file: "a.txt", field: "färg")) {
      try ReportManifest.parse(#"{"a.txt": {"färg": "blå"}}"#).get()
    }
    if case .failure(.invalidJSON) = ReportManifest.parse("{") {} else { Issue.record("expected invalidJSON") }
    // NFD keys match NFC file names; entries match by report id too.
    let nfd = "{\"rapport_å.txt\": {\"år\": 2018}}".decomposedStringWithCanonicalMapping
    let manifest = try? ReportManifest.parse(nfd).get()
    #expect(manifest?.entry(for: "dir/rapport_å.txt")?.year == 2018)
    #expect(manifest?.entry(for: "rapport_å.md")?.year == 2018)
  }
}

@Suite("Reading many reports")
struct ReadAllTests {
  @Test func unreadableFilesDoNotStopTheOthers() throws {
    let (name, bytes) = try SampleFiles.report("003")
    let (readings, errors) = ReportReader.readAll([
      (file: "tom.txt", bytes: []), (file: name, bytes: bytes), (file: "lista.txt", bytes: Array("mjölk\n".utf8)),
    ])
    #expect(readings.map(\.file) == [name])
    #expect(errors == [.empty(file: "tom.txt"), .unknownLayout(file: "lista.txt")])
  }

  @Test func manifestPhrasesForAssessments() throws {
    let manifest = try ReportManifest.parse(
      #"{"bedömningar": {"Lila": "uppfylls_inte", "Startar i höst": "ej_startad"}, "a.txt": {"år": 2024}}"#
    ).get()
    #expect(manifest.phrases.goals == ["Lila": .uppfyllsInte, "Startar i höst": .ejStartad])
    #expect(manifest.phrases.activities == ["Startar i höst": .ejStartad])
    #expect(manifest.entry(for: "a.txt")?.year == 2024)
    #expect(throws: ReportManifest.ParseError.phrasesNotAnObject) { try ReportManifest.parse(#"{"bedömningar": 3}"#).get() }
    #expect(throws: ReportManifest.ParseError.invalidPhrase(phrase: "Lila")) {
      try ReportManifest.parse(#"{"bedömningar": {"Lila": "lila"}}"#).get()
    }
    #expect(
      ReportManifest.ParseError.invalidPhrase(phrase: "Lila").message
        == "the status of 'Lila' under 'bedömningar' in the manifest must be one of uppfylls, uppfylls_delvis, "
        + "uppfylls_inte, pågår, ej_startad, klar, pausad, delvis, ej_enligt_plan")
    // (`pågår` and `ej_startad` are statuses of goals and assignments, and of activities.)
    let both = try ReportManifest.parse(#"{"bedömningar": {"Rullar på": "pågår"}}"#).get()
    #expect(both.phrases.goals["Rullar på"] == .pågår)
    #expect(both.phrases.activities["Rullar på"] == .pågår)

    let report = Array("""
      # Mål

      | Nämndmål | Bedömning |
      | --- | --- |
      | Fler besökare | Lila |
      | Nöjda föreningar | Delvis uppfyllt |
      | Ny sporthall | Blå |

      | Aktivitet | Status |
      | --- | --- |
      | Simskola | Startar i höst |
      """.utf8)
    let own = try ReportReader.read(bytes: report, file: "mål.md", manifest: manifest).get().extraction
    #expect(own.goals.map(\.status) == [.uppfyllsInte, .uppfyllsDelvis, .okänd])
    #expect(own.goals.map(\.assessment) == ["Lila", "Delvis uppfyllt", "Blå"])
    #expect(own.activities.map(\.status) == [.ejStartad])
    // Text that neither the organisation nor the vocabulary knows is unknown, and said so.
    #expect(own.warnings == [
      ReportWarning(
        message: "the assessment 'Blå' is not in the status vocabulary: status okänd "
          + "(an organisation's own phrases go under \"bedömningar\" in uql-manifest.json)",
        line: 7)
    ])
    let plain = try ReportReader.read(bytes: report, file: "mål.md").get().extraction
    #expect(plain.goals.map(\.status) == [.okänd, .uppfyllsDelvis, .okänd])
    #expect(plain.warnings.map(\.line) == [5, 7, 11])
  }

  /// A page break inside a line (`"\f".join(pages)` of pdfplumber, pypdf, PyMuPDF glues a page's
  /// footer, or its padding of spaces, to the next page's first line): split at each such form feed.
  @Test func pageBreaksInsideLinesAreSplit() throws {
    #expect(PageBreakLines.split(["a", "\u{0C}b", "\u{0C}\u{0C} c"]) == nil)
    let (lines, map) = try #require(
      PageBreakLines.split(["Sida 1 av 2\u{0C}Mål 2", "x", "y\u{0C}\u{0C}z\u{0C}", "    \u{0C}   Mål 3"]))
    #expect(lines == ["Sida 1 av 2", "\u{0C}Mål 2", "x", "y", "\u{0C}\u{0C}z", "\u{0C}", "    ", "\u{0C}   Mål 3"])
    #expect(map.fileLine == [1, 1, 2, 3, 3, 3, 4, 4])
  }

  /// A report whose pages are glued at their form feeds reads as the one with each page on lines
  /// of its own: the same records, each on the file's line that holds it.
  @Test func pagesGluedAtFormFeedsReadAsPagesOnTheirOwnLines() throws {
    let pages = [
      """
      Hedetorps kommun   Uppföljning april 2024   Miljönämnden

      Mål         Nämndmål                                   Bedömning             Kommentar

      MSN 1       Handläggningstiden ska minska              Uppfylls delvis       Mediantiden har minskat.

      MSN 2       Planberedskapen ska öka                    Uppfylls              Tre planer antagna.

                                                                       Sida 1 av 3
      """,
      """
        Nr    Aktivitet                                     Mål      Ansvarig                Status        Kommentar

        1.1   Införa digital bygglovsansökan med            MSN 1    Enhetschef bygglov      Klar          E-tjänsten lanserades.
              automatisk kompletteringsbegäran

        1.2   Veckovisa förhandsmöten                       MSN 1    Handläggare             Pågår         Varannan torsdag.

                                                                       Sida 2 av 3
      """,
      """
      Driftredovisning, tkr       Budget 2024    Prognos 2024
      Miljö och hälsa                  12 400          12 900
      Bygglov                           8 100           7 600
      Summa                            20 500          20 600
                                                                       Sida 3 av 3
      """,
    ]
    let paged = try ReportReader.read(bytes: Array(pages.joined(separator: "\n\u{0C}").utf8), file: "r.txt").get()
    let glued = try ReportReader.read(bytes: Array(pages.joined(separator: "\u{0C}").utf8), file: "r.txt").get()
    let e = paged.extraction
    #expect((e.goals.count, e.activities.count, e.economy.count) == (2, 2, 6))
    // Page k's lines are one line higher in the glued file for each break before them.
    let firstOfPage = pages.indices.map { p in pages.prefix(p).map { $0.split(separator: "\n", omittingEmptySubsequences: false).count }.reduce(1, +) }
    func fileLine(_ n: Int) -> Int { n - (firstOfPage.lastIndex { $0 <= n } ?? 0) }
    var expected = e
    for i in expected.goals.indices { expected.goals[i].line = fileLine(e.goals[i].line) }
    for i in expected.activities.indices { expected.activities[i].line = fileLine(e.activities[i].line) }
    for i in expected.economy.indices { expected.economy[i].line = fileLine(e.economy[i].line) }
    #expect(glued.extraction.goals == expected.goals)
    #expect(glued.extraction.activities == expected.activities)
    #expect(glued.extraction.economy == expected.economy)
    #expect(glued.text.lines.count == paged.text.lines.count - 2)
    #expect(glued.text.line(glued.extraction.economy[0].line).hasPrefix("\u{0C}Driftredovisning") == false)
    #expect(glued.text.line(glued.extraction.economy[0].line).hasPrefix("Miljö och hälsa"))
    #expect(glued.text.line(glued.extraction.activities[1].line).contains("Veckovisa"))
    // The footer glued to the next page's first line is understood with it.
    let footer = try #require(glued.text.lines.firstIndex { $0.contains("Sida 2 av 3\u{0C}Driftredovisning") })
    #expect(glued.extraction.lineUse[footer + 1] == .record)
    #expect(CheckReport(glued).unaccounted.count == CheckReport(paged).unaccounted.count)
  }
}
