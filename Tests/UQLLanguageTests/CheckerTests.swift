import Testing
import UQLLanguage

@Suite struct CheckerTests {
  @Test(arguments: [
    ("aktiviteter where statu = pausad", "unknown column \"statu\" in aktiviteter", "did you mean \"status\"?"),
    ("aktiviteter where status = pausd", "unknown value \"pausd\" for \"status\"", "did you mean \"pausad\"?"),
    ("aktivitter", "unknown dataset \"aktivitter\"", "did you mean \"aktiviteter\"?"),
    ("aktiviteter where status > 3", "cannot compare enum(aktivitetsstatus) with integer", "aktivitetsstatus values are: pågår, klar, pausad, ej_startad, delvis, ej_enligt_plan, okänd"),
    ("aktiviteter | select lowr(aktivitet)", "unknown function \"lowr\"", "did you mean \"lower\"?"),
    ("aktiviteter where count() > 1", "aggregate count() is only allowed after \"aggregate\"", "use \"| count\" or \"| group by … aggregate count()\""),
    ("aktiviteter | group by delmål aggregate x = aktivitet", "\"aktivitet\" is neither a group key nor inside an aggregate", "add it to \"group by\" or use it inside an aggregate such as max(aktivitet)"),
    ("aktiviteter where aktivitet", "\"where\" needs a condition that is true or false, found text", "compare it with something, e.g. x = 1 or x is not null"),
    ("aktiviteter | select a = år, a = belopp", "duplicate column name \"a\"", "name it with name = expression"),
    ("aktiviteter where år = $år", "missing parameter \"$år\"", "pass --param år=VALUE or set UQL_PARAM_år"),
    ("aktiviteter where delmål = \"Hog attraktivitet\"", "unknown value \"Hog attraktivitet\" for \"delmål\"", "did you mean \"Hög attraktivitet\"?"),
    ("aktiviteter where \"Fler i arbet\" != delmål", "unknown value \"Fler i arbet\" for \"delmål\"", "did you mean \"Fler i arbete\"?"),
    ("aktiviteter where delmål = \"Ingen\"", "unknown value \"Ingen\" for \"delmål\"", "values are: Hög attraktivitet, Fler i arbete, Stark  konkurrenskraft"),
    ("aktiviteter where aktivitet like \"%plan%\"", "\"like\" wildcards are * (any text) and ? (one character), not SQL's % and _", "write \"*plan*\""),
    ("aktiviteter where aktivitet not like \"K_mp%\"", "\"like\" wildcards are * (any text) and ? (one character), not SQL's % and _", "write \"K?mp*\""),
  ])
  func errorMessages(query: String, message: String, help: String) {
    let diagnostic = Fixtures.error(query)
    #expect(diagnostic?.message == message)
    #expect(diagnostic?.help == help)
  }

  @Test func errorPointsAtTheName() throws {
    let diagnostic = try #require(Fixtures.error("aktiviteter where statu = pausad"))
    #expect(diagnostic.range.start.column == 19)
    #expect(diagnostic.range.end.column == 24)
  }

  @Test func identifiersIgnoreCaseAndDiacritics() throws {
    #expect(try Fixtures.rows("AKTIVITETER where DELMAL = \"Fler i arbete\" and AR = 2019 | count") == [["1"]])
  }

  /// A quoted value is checked only for `=` and `!=`; a `like` pattern with `*` or `?` may hold `%`.
  @Test func quotedValuesThatExistStillWork() throws {
    #expect(try Fixtures.rows("aktiviteter where delmål = \"hög  ATTRAKTIVITET\" | count") == [["2"]])
    #expect(try Fixtures.rows("aktiviteter where delmål < \"G\" | count") == [["2"]])
    #expect(try Fixtures.rows("aktiviteter where delmål in (\"Fler i arbete\", \"Ingen\") | count") == [["2"]])
    #expect(try Fixtures.rows("aktiviteter where aktivitet like \"*100%\" or aktivitet like \"*%?\" | count") == [["0"]])
  }

  @Test func parametersAreTypedByTheirPlace() throws {
    var session = Fixtures.session()
    session.parameters = ["år": "2020", "x": "\"; .quit"]
    #expect(try Fixtures.rows("aktiviteter where år = $år | count", in: session) == [["2"]])
    #expect(try Fixtures.rows("aktiviteter where kommentar = $x | count", in: session) == [["0"]])
  }
}
