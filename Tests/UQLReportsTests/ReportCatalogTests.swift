import Testing
import UQLValues
@testable import UQLReports

@Suite("Report catalog and check")
struct ReportCatalogTests {
  static func readings() throws -> [ReportReading] {
    try ["003", "004"].map { prefix in
      let (name, bytes) = try SampleFiles.report(prefix)
      return try ReportReader.read(bytes: bytes, file: name).get()
    }
  }

  @Test func datasetsAndColumns() throws {
    let datasets = ReportCatalog.datasets(try Self.readings())
    #expect(datasets.map(\.name) == ReportCatalog.names)
    let byName = Dictionary(uniqueKeysWithValues: datasets.map { ($0.name, $0.table) })
    for (name, table) in byName {
      #expect(Array(table.columnNames.prefix(5)) == ["rapport", "år", "fil", "rad", "tidpunkt"], "\(name)")
    }
    #expect(byName["rapporter"]?.columnNames == ["rapport", "år", "fil", "rad", "tidpunkt", "titel", "typ", "förvaltning", "organisation", "period", "rader", "layout"])
    #expect(byName["delmål"]?.columnNames.suffix(8) == ["nr", "delmål", "nivå", "överordnat", "typ", "bedömning", "status", "kommentar"])
    #expect(byName["uppdrag"]?.columnNames.suffix(6) == ["delmål", "mål", "uppdrag", "bedömning", "status", "kommentar"])
    #expect(
      byName["aktiviteter"]?.columnNames.suffix(7) == [
        "delmål", "uppdrag", "aktivitet", "ansvar", "bedömning", "status", "kommentar",
      ])
    #expect(byName["indikatorer"]?.columnNames.suffix(9) == ["grupp", "indikator", "kvalifikator", "utfall", "målvärde", "enhet", "period", "kolumn", "text"])
    #expect(byName["ekonomi"]?.columnNames.suffix(7) == ["tabell", "grupp", "post", "mått", "värde", "text", "enhet"])
    #expect(byName["avsnitt"]?.columnNames.suffix(4) == ["nr", "rubrik", "nivå", "text"])
    #expect(byName["varningar"]?.columnNames.suffix(1) == ["meddelande"])

    let uppdrag = try #require(byName["uppdrag"])
    let status = try #require(uppdrag.columnIndex("status"))
    #expect(uppdrag.columns[status].type == .enumeration(EnumDomain.assignmentStatus))
    let aktiviteter = try #require(byName["aktiviteter"])
    let aStatus = try #require(aktiviteter.columnIndex("status"))
    #expect(aktiviteter.columns[aStatus].type == .enumeration(EnumDomain.activityStatus))
    #expect(uppdrag.rowCount == 79 + 31)
    #expect(aktiviteter.rowCount == 204)
    // A plan has no statuses: null, not a guess.
    let planRows = (0..<uppdrag.rowCount).filter { uppdrag.row($0)[0] == .text("004_613fd07682d45335") }
    #expect(planRows.count == 31)
    #expect(planRows.allSatisfy { uppdrag.row($0)[status] == .null })
    // The first assignment of 003 with its common columns.
    #expect(uppdrag.row(0)[0...3] == [.text("003_715690af77561aa4"), .integer(2019), .text("003_715690af77561aa4.txt"), .integer(19)])
    // Report ids repeat: dictionary encoded.
    if case .dictionary = uppdrag.columns[0].storage {} else { Issue.record("rapport is not dictionary encoded") }
    let rapporter = try #require(byName["rapporter"])
    #expect(rapporter.rowCount == 2)
    #expect(rapporter.row(1)[4...9] == [.text("2019-12 helår"), .text("Verksamhetsplan 2019"), .text("verksamhetsplan"), .text("Regionkontoret"), .text("Region Halland"), .text("helår")])
    #expect(rapporter.row(0)[11] == .text("html-tabell"))
  }

  /// `rapport` lists every report read in every dataset, also where a report has no rows there:
  /// comparing with such a report is 0 rows, not an unknown value.
  @Test func everyDatasetListsEveryReport() throws {
    let readings = try Self.readings()
    for dataset in ReportCatalog.datasets(readings) {
      let rapport = try #require(dataset.table.columnIndex("rapport"))
      #expect(dataset.table.columns[rapport].distinctTexts == readings.map(\.id), "\(dataset.name)")
    }
  }

  @Test func checkReport() throws {
    let readings = try Self.readings()
    let check = CheckReport(readings[0])
    #expect(check.layout == .htmlTable)
    #expect(check.coverage == 1)
    #expect(check.counts.first { $0.dataset == "aktiviteter" }?.records == 204)
    let text = check.render()
    #expect(text.contains("coverage: 100.0 % (199 of 199 non-blank lines)"))
    #expect(text.contains("layout html-tabell"))
    #expect(text.contains("warning: line 159: activity"))
  }

  /// A report whose tables gave no goal, assignment, activity, indicator or economy row says so:
  /// its coverage counts the tables' cells, which alone are no meaning found.
  @Test func tablesWithoutRecordsAreWarnedAbout() throws {
    let report = Array("""
      # Förbundet i korthet

      | Förbundet | driver | fyra | återvinningscentraler |
      | --- | --- | --- | --- |
      | och | en | mellanlagringsanläggning | i Lervik |
      """.utf8)
    let reading = try ReportReader.read(bytes: report, file: "r.md").get()
    let check = CheckReport(reading)
    #expect(check.hasWarnings)
    #expect(check.render().contains(
      "warning: no goals, assignments, activities, indicators or economy rows were recognised; its 1 table is in 'tabeller' only"))
  }

  @Test func unaccountedLinesAreListed() {
    var e = Extraction(layout: .planProse)
    e.mark(1...1, as: .record)
    let text = ReportText(file: "x.txt", lines: ["rubrik", "", "  ", "okänd rad"])
    let reading = ReportReading(file: "x.txt", encoding: .utf8, text: text, extraction: e, metadata: ReportMetadata(), diagnostics: [])
    let check = CheckReport(reading)
    #expect(check.nonBlankLines == 2)
    #expect(check.unaccounted == [CheckReport.Line(number: 4, text: "okänd rad")])
    #expect(check.coverage == 0.5)
    #expect(check.render().contains("not understood: line 4: okänd rad"))
  }
}

@Suite struct TidpunktTests {
  @Test(arguments: [
    (2018, "jan-aug", "2018-08 jan-aug"), (2019, "helår", "2019-12 helår"), (2020, "jan-okt", "2020-10 jan-okt"),
    (2020, "oktober", "2020-10 oktober"), (2020, "januari–april", "2020-04 januari–april"),
    (2021, "kvartal 2", "2021-06 kvartal 2"), (2021, "tertial 1", "2021-04 tertial 1"),
  ])
  func labels(year: Int, period: String, label: String) {
    #expect(Tidpunkt.label(year: year, period: period) == label)
  }

  /// Economy columns of another time date their cells; the report's own columns do not.
  @Test(arguments: [
    ("Bokslut 2023", "2023-12 helår"), ("Delår 2023", "2023-08 jan-aug"), ("ack. resultat jan-aug 2023", "2023-08 jan-aug"),
    ("Utfall jan-apr", "2024-04 jan-apr"), ("Budget 2024", nil), ("Prognos", nil), ("Marginal 2024", nil),
    ("Budgetavvikelse", nil), ("Utfall T1 2023", "2023-04 jan-apr"), ("T1 2024", "2024-04 jan-apr"),
    ("Utfall tertial 2 2023", "2023-08 jan-aug"), ("Q3 2023", "2023-09 jan-sep"), ("Utfall T2 2024", nil),
  ] as [(String, String?)])
  func columnsOfAnotherTime(header: String, label: String?) {
    #expect(Tidpunkt.ofColumn(header, reportYear: 2024, reportPeriod: "jan-aug") == label)
  }

  @Test func unknownPeriodsHaveNoTidpunkt() {
    #expect(Tidpunkt.label(year: 2020, period: "hösten") == nil)
    #expect(Tidpunkt.label(year: nil, period: "helår") == nil)
    #expect(Tidpunkt.label(year: 2020, period: nil) == nil)
  }
}
