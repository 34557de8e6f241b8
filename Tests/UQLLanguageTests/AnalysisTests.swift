import Testing
import UQLLanguage
import UQLValues

/// Looking across reports: joins, pivots, changes over time, Swedish keywords, explain.
@Suite struct AnalysisTests {
  static let uppdrag: Dataset = {
    let table = Table(
      names: ["rapport", "uppdrag", "status", "ansvar"],
      types: [.text, .text, .enumeration(.assignmentStatus), .text],
      rows: [
        [.text("r1"), .text("Cykelplan"), .text("uppfylls"), .text("Anna")],
        [.text("r1"), .text("Trafikplan"), .text("uppfylls_delvis"), .text("Bo")],
        [.text("r2"), .text("Kompetens"), .text("okänd"), .null],
      ])
    return Dataset(name: "uppdrag", table: table, origin: "test")
  }()

  static let aktiviteter: Dataset = {
    let table = Table(
      names: ["rapport", "uppdrag", "aktivitet", "status"],
      types: [.text, .text, .text, .enumeration(.activityStatus)],
      rows: [
        [.text("r1"), .text("Cykelplan"), .text("Remiss"), .text("pågår")],
        [.text("r1"), .text("cykelplan"), .text("Samråd"), .text("klar")],
        [.text("r1"), .text("Trafikplan"), .text("Analys"), .text("pausad")],
        [.text("r2"), .text("Okänt uppdrag"), .text("Annat"), .text("okänd")],
      ])
    return Dataset(name: "aktiviteter", table: table, origin: "test")
  }()

  static let indikatorer: Dataset = {
    let table = Table(
      names: ["indikator", "tidpunkt", "utfall"],
      types: [.text, .text, .number],
      rows: [
        [.text("Sjukfrånvaro"), .text("2019-12 helår"), .number(2.9)],
        [.text("Sjukfrånvaro"), .text("2018-08 jan-aug"), .number(3.5)],
        [.text("Sjukfrånvaro"), .text("2020-08 jan-aug"), .number(2.67)],
        [.text("Personalomsättning"), .text("2018-08 jan-aug"), .number(14.9)],
        [.text("Personalomsättning"), .text("2020-08 jan-aug"), .number(10.96)],
        [.text("Sjukfrånvaro"), .text("2020-08 jan-aug"), .number(2.7)],
      ])
    return Dataset(name: "indikatorer", table: table, origin: "test")
  }()

  static var session: Session { Session(datasets: [uppdrag, aktiviteter, indikatorer]) }

  func rows(_ query: String) throws -> [[String]] {
    try Fixtures.rows(query, in: Self.session)
  }

  func error(_ query: String) -> Diagnostic? {
    Fixtures.error(query, in: Self.session)
  }

  @Test func innerJoinMatchesKeysAsTextEqualityDoes() throws {
    let result = try rows("aktiviteter join uppdrag on rapport, uppdrag | select aktivitet, ansvar, uppdrag.status")
    #expect(result == [["Remiss", "Anna", "uppfylls"], ["Samråd", "Anna", "uppfylls"], ["Analys", "Bo", "uppfylls_delvis"]])
  }

  @Test func leftJoinKeepsUnmatchedRowsWithNulls() throws {
    let result = try rows("aktiviteter left join uppdrag on rapport, uppdrag | select aktivitet, ansvar | sort by aktivitet")
    #expect(result == [["Analys", "Bo"], ["Annat", "null"], ["Remiss", "Anna"], ["Samråd", "Anna"]])
  }

  @Test func anAmbiguousNameListsTheChoices() throws {
    let d = try #require(error("aktiviteter join uppdrag on rapport, uppdrag | where status = klar"))
    #expect(d.message == "\"status\" is ambiguous: it could be aktiviteter.status or uppdrag.status")
    #expect(d.help == "write aktiviteter.status or uppdrag.status")
  }

  @Test func joinedColumnsWithTheSameNameAreQualifiedInTheResult() throws {
    var session = Self.session
    let statement = try #require(try Parser.parseStatement("aktiviteter join uppdrag on uppdrag | limit 1"))
    guard case .table(let table) = try session.execute(statement) else { return }
    #expect(table.columnNames == ["aktiviteter.rapport", "uppdrag", "aktivitet", "aktiviteter.status", "uppdrag.rapport", "uppdrag.status", "ansvar"])
  }

  @Test func pivotMakesOneColumnPerPeriodInOrder() throws {
    let result = try rows("indikatorer | pivot indikator by tidpunkt value avg(utfall)")
    #expect(result == [
      ["Personalomsättning", "14.9", "null", "10.96"],
      ["Sjukfrånvaro", "3.5", "2.9", "2.685"],
    ])
    var session = Self.session
    let statement = try #require(try Parser.parseStatement("indikatorer | pivot indikator by tidpunkt value count()"))
    guard case .table(let table) = try session.execute(statement) else { return }
    #expect(table.columnNames == ["indikator", "2018-08 jan-aug", "2019-12 helår", "2020-08 jan-aug"])
    // An empty cell counts 0 rows, as SQL's count does; avg of no rows stays null.
    #expect(try rows("indikatorer | pivot indikator by tidpunkt value count()") == [
      ["Personalomsättning", "1", "0", "1"],
      ["Sjukfrånvaro", "1", "1", "2"],
    ])
  }

  @Test func onlySortLimitAndChartFollowAPivot() throws {
    let d = error("indikatorer | pivot indikator by tidpunkt value avg(utfall) | where indikator = \"x\"")
    #expect(d?.message == "after \"pivot\" only sort by, limit and chart can follow")
    #expect(d?.help == "filter before the pivot, or name its result and go on from that: let p = … | pivot …; p | where …")
    // The way the help shows works.
    var session = Self.session
    _ = try session.execute(try #require(try Parser.parseStatement("let p = indikatorer | pivot indikator by tidpunkt value count()")))
    #expect(try Fixtures.rows("p | where `2019-12 helår` = 0 | select indikator", in: session) == [["Personalomsättning"]])
    #expect(try rows("indikatorer | pivot indikator by tidpunkt value max(utfall) | sort by indikator desc | limit 1").first?.first == "Sjukfrånvaro")
  }

  @Test func changeComparesConsecutivePeriodsPerKey() throws {
    let result = try rows("indikatorer where indikator = \"Personalomsättning\" | change utfall over tidpunkt by indikator | select tidpunkt, utfall, föregående, förändring, förändring_procent")
    #expect(result == [
      ["2018-08 jan-aug", "14.9", "null", "null", "null"],
      ["2020-08 jan-aug", "10.96", "14.9", "-3.94", "-26.4"],
    ])
  }

  @Test func aWholeQueryInSwedish() throws {
    let english = try rows("aktiviteter where status = pågår or status = klar and not (rapport = \"r2\") | count by rapport | sort by antal desc | limit 3")
    let swedish = try rows("aktiviteter där status = pågår eller status = klar och inte (rapport = \"r2\") | räkna per rapport | sortera efter antal fallande | begränsa 3")
    #expect(swedish == english)
    #expect(try rows("aktiviteter välj status | unika | sortera efter status stigande") == [["pågår"], ["klar"], ["pausad"], ["okänd"]])
    #expect(try rows("aktiviteter | gruppera efter rapport aggregera n = count()") == [["r1", "3"], ["r2", "1"]])
  }

  @Test func aJoinInSwedish() throws {
    let english = try rows("aktiviteter left join uppdrag on rapport, uppdrag | select aktivitet, ansvar | sort by aktivitet")
    #expect(try rows("aktiviteter vänster koppla uppdrag på rapport, uppdrag | välj aktivitet, ansvar | sortera efter aktivitet") == english)
    #expect(try rows("aktiviteter koppla uppdrag PÅ uppdrag | räkna") == rows("aktiviteter join uppdrag on uppdrag | count"))
    #expect(error("aktiviteter koppla uppdrag rapport")?.message == "expected \"på\" after the dataset to join, found \"rapport\"")
    #expect(error("aktiviteter join uppdrag rapport")?.message == "expected \"on\" after the dataset to join, found \"rapport\"")
  }

  @Test func swedishErrorsQuoteTheUsersWords() {
    let parsed = Parser.parse("aktiviteter | sortera status")
    guard case .failure(let d) = parsed.first?.result else {
      Issue.record("expected an error")
      return
    }
    #expect(d.message == "expected \"efter\" after \"sortera\", found \"status\"")
    let english = Parser.parse("aktiviteter | sort status")
    guard case .failure(let e) = english.first?.result else { return }
    #expect(e.message == "expected \"by\" after \"sort\", found \"status\"")
  }

  @Test func explainDescribesThePlanWithoutRunningIt() throws {
    let result = try rows("explain aktiviteter where status = klar | join uppdrag on rapport, uppdrag | count by ansvar")
    #expect(result.map { $0[1] } == ["källa", "filter", "koppla uppdrag", "gruppera och aggregera (1 mått)", "resultat"])
    #expect(result[0][3] == "4")
    #expect(result[1][2] == "where status = klar")
    #expect(result.last?[2] == "ansvar (text), antal (integer)")
  }

  @Test func chartMustBeLastAndMarksTheOutcome() throws {
    var session = Self.session
    let statement = try #require(try Parser.parseStatement("aktiviteter | count by status | chart bar"))
    guard case .chart(let table, .bar) = try session.execute(statement) else {
      Issue.record("expected a chart")
      return
    }
    #expect(table.rowCount == 4)
    #expect(error("aktiviteter | chart bar | limit 1")?.message == "\"chart\" must be the last clause")
  }
}
