import Testing
import UQLLanguage
import UQLValues

/// Functions and operators found missing against SQLite and DuckDB (issue 15).
@Suite struct FunctionTests {
  /// A session with `d(datum, n)` and the day `today()` gives.
  static func datedSession(today: Day? = Day(year: 2026, month: 12, day: 5)) -> Session {
    let table = Table(
      names: ["datum", "n"], types: [.date, .integer],
      rows: [[.date(Day(year: 2020, month: 2, day: 28)!), .integer(1)], [.null, .integer(2)]])
    var session = Fixtures.session()
    session.add(Dataset(name: "d", table: table, origin: "test"))
    session.today = today
    return session
  }

  @Test func textFunctions() throws {
    #expect(try Fixtures.rows("aktiviteter | limit 1 | select a = substr(aktivitet, 2, 3), b = substr(aktivitet, -4), c = substr(aktivitet, 0, 2), d = substr(aktivitet, 99), e = substr(aktivitet, -20, 13)") == [["yke", "plan", "C", "", "Cy"]])
    #expect(try Fixtures.rows("aktiviteter | limit 1 | select t = trim(\"  a  b \t\"), l = length(trim(\" \"))") == [["a  b", "0"]])
    #expect(try Fixtures.rows("aktiviteter | limit 4 | select c = concat(aktivitet, \"-\", år, kommentar)") == [["Cykelplan-2019Arbetet pågår"], ["Trafikplan-2019Klar i maj, covid-19 försenade"], ["Kompetens-2019Pausad p.g.a. COVID"], ["Ärende-2020"]])
    #expect(try Fixtures.rows("aktiviteter where år = 2020 | select c = aktivitet || \"/\" || år, k = kommentar || \"!\"") == [["Ärende/2020", "null"], ["Öresund/2020", "Dialog med Danmark!"]])
  }

  @Test func numberFunctionsAndRemainder() throws {
    #expect(try Fixtures.rows("aktiviteter | select a = abs(belopp), r = belopp % 2, y = år % 7, z = år % 0") == [
      ["12.5", "0.5", "3", "null"], ["null", "null", "3", "null"], ["3", "-1", "3", "null"], ["7", "1", "4", "null"],
      ["0", "0", "4", "null"],
    ])
    #expect(try Fixtures.rows("aktiviteter | limit 1 | select a = -7 % 2, b = 7 % -2, c = (-9223372036854775807 - 1) % -1, d = abs(-4)") == [["-1", "1", "0", "4"]])
    #expect(Fixtures.error("aktiviteter | select a = abs(-9223372036854775807 - 1)")?.message == "integer overflow")
    #expect(Fixtures.error("aktiviteter | select a = aktivitet % 2")?.message == "\"%\" needs numbers, found text")
  }

  @Test func datesAndToday() throws {
    let session = Self.datedSession()
    #expect(try Fixtures.rows("d | select a = datum + 1, b = datum - 59, c = 1 + datum, m = month(datum), t = today(), days = today() - datum, e = today() - 30", in: session) == [
      ["2020-02-29", "2019-12-31", "2020-02-29", "2", "2026-12-05", "2472", "2026-11-05"],
      ["null", "null", "null", "null", "2026-12-05", "null", "2026-11-05"],
    ])
    #expect(try Fixtures.rows("d where datum < today() - 365 | count", in: session) == [["1"]])
    #expect(Fixtures.error("d | select x = datum + 3000000", in: session)?.message == "date out of range")
    #expect(Fixtures.error("d | select x = datum + 1.5", in: session)?.message == "\"+\" cannot take date and number")
    #expect(Fixtures.error("d | select x = today()", in: Self.datedSession(today: nil))?.message == "today() has no date to give here")
    #expect(Fixtures.error("aktiviteter | select x = substr(aktivitet, 1, -1)")?.message == "substr() needs a length of 0 or more, found -1")
  }

  /// Days read from a damaged cache entry can be anything; their difference must not trap.
  @Test func daysBetweenFarDatesIsAnErrorNotATrap() throws {
    let table = Table(
      names: ["a", "b"], types: [.date, .date],
      rows: [[.date(Day(daysSinceEpoch: Int.max)), .date(Day(daysSinceEpoch: -5))]])
    let session = Session(datasets: [Dataset(name: "far", table: table, origin: "test")])
    #expect(Fixtures.error("far | select d = a - b", in: session)?.message == "integer overflow")
  }

  @Test func countDistinctCountsValuesThatAreNotNull() throws {
    #expect(try Fixtures.rows("aktiviteter | group by år aggregate d = count(distinct delmål), s = count(distinct status), k = count(distinct kommentar), n = count()") == [
      ["2019", "2", "3", "3", "3"], ["2020", "2", "2", "1", "2"],
    ])
    #expect(try Fixtures.rows("aktiviteter | pivot år by status value count(distinct delmål) | limit 1") == [["2019", "1", "1", "1", "0"]])
    #expect(Fixtures.error("aktiviteter | group by år aggregate s = sum(distinct belopp)")?.message == "\"distinct\" is allowed only in count(distinct x)")
    let statement = try #require(try Parser.parseStatement("aktiviteter | group by år aggregate count(distinct delmål)"))
    #expect(QueryPrinter.print(statement) == "aktiviteter | group by år aggregate count(distinct delmål)")
  }

  @Test func limitTakesAnOffsetAndParameters() throws {
    #expect(try Fixtures.rows("aktiviteter | limit 2 offset 1 | select aktivitet") == [["Trafikplan"], ["Kompetens"]])
    #expect(try Fixtures.rows("aktiviteter | sort by aktivitet | limit 2 offset 3 | select aktivitet") == [["Ärende"], ["Öresund"]])
    #expect(try Fixtures.rows("aktiviteter | sort by aktivitet | limit 9223372036854775807 offset 4 | select aktivitet") == [["Öresund"]])
    #expect(try Fixtures.rows("aktiviteter | limit 2 offset 9223372036854775807") == [])
    var session = Fixtures.session()
    session.parameters = ["n": "1", "m": " 2", "x": "-1"]
    #expect(try Fixtures.rows("aktiviteter | limit $n offset $m | select aktivitet", in: session) == [["Kompetens"]])
    #expect(Fixtures.error("aktiviteter | limit $x", in: session)?.message == "\"limit\" needs a whole number of 0 or more, found $x = \"-1\"")
    #expect(Fixtures.error("aktiviteter | limit 1 offset $y", in: session)?.message == "missing parameter \"$y\"")
    #expect(Fixtures.error("aktiviteter | begränsa 1 offset")?.message == "expected a whole number after \"offset\", found end of input")
    let statement = try #require(try Parser.parseStatement("aktiviteter | limit $n offset 3"))
    #expect(QueryPrinter.print(statement) == "aktiviteter | limit $n offset 3")
  }

  @Test func caseWhenTakesTheFirstTrueCondition() throws {
    #expect(try Fixtures.rows("aktiviteter | select a = case when belopp > 5 then \"stor\" when belopp < 0 then \"negativ\" else \"liten\" end") == [["stor"], ["liten"], ["negativ"], ["stor"], ["liten"]])
    #expect(try Fixtures.rows("aktiviteter | select s = case status when pausad then 1 when pagar then 2.5 end") == [["2.5"], ["null"], ["1"], ["null"], ["2.5"]])
    #expect(try Fixtures.rows("aktiviteter where case when belopp is null then true else belopp > 10 end | select aktivitet") == [["Cykelplan"], ["Trafikplan"]])
    // A result no row reaches is never computed, so its overflow is no error.
    #expect(try Fixtures.rows("aktiviteter where år = 2019 | select x = case when år = 2019 then 1 else (-9223372036854775807 - 1) * -1 end") == [["1"], ["1"], ["1"]])
    #expect(try Fixtures.rows("aktiviteter | group by år aggregate k = count(case when status = klar then 1 end), n = case when count() > 2 then \"många\" else \"få\" end") == [["2019", "1", "många"], ["2020", "0", "få"]])
    #expect(Fixtures.error("aktiviteter | select x = case when år = 2019 then 1 else \"x\" end")?.message == "the results of \"case\" must have one type, found integer and text")
    #expect(Fixtures.error("aktiviteter | select x = case when år then 1 end")?.message == "\"when\" needs true or false, found integer")
    #expect(Fixtures.error("aktiviteter | select x = case when år = 1 then 2")?.message == "expected \"end\" to close \"case\", found end of input")
    let statement = try #require(try Parser.parseStatement("aktiviteter | select x = case when år = 1 then 2 else 3 end + 1"))
    #expect(QueryPrinter.print(statement) == "aktiviteter | select x = case when år = 1 then 2 else 3 end + 1")
  }
}
