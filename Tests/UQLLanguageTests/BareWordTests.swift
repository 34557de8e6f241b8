import Testing
import UQLLanguage
import UQLValues

/// Bare words (`namn = Lund`) resolve against the values a column can have.
@Suite struct BareWordTests {
  /// A session with one text column `namn` holding `names`, one row each.
  static func session(names: [String]) -> Session {
    let table = Table(names: ["namn"], types: [.text], rows: names.map { [.text($0)] })
    return Session(datasets: [Dataset(name: "s", table: table, origin: "test")])
  }

  @Test func exactMatchWinsOverFoldedOne() throws {
    let session = Self.session(names: ["ab", "Åb"])
    #expect(try Fixtures.rows("s | where namn = Åb", in: session) == [["Åb"]])
    #expect(try Fixtures.rows("s | where namn = ab", in: session) == [["ab"]])
    #expect(try Fixtures.rows("s | where namn in (Åb)", in: session) == [["Åb"]])
  }

  @Test func foldedMatchWhenNoExactOne() throws {
    let session = Self.session(names: ["ab", "Åb", "Öl"])
    #expect(try Fixtures.rows("s | where namn = ol", in: session) == [["Öl"]])
  }

  static let cities = [
    "Lund", "Malmö", "Ystad", "Trelleborg", "Eslöv", "Höör", "Hörby", "Sjöbo", "Tomelilla", "Simrishamn",
    "Kristianstad", "Hässleholm", "Helsingborg", "Landskrona", "Ängelholm", "Staffanstorp", "Burlöv",
  ]

  @Test func bareWordsDoNotDependOnHowTextIsStored() throws {
    let session = Self.session(names: Self.cities)
    guard case .texts = session.datasets[0].table.columns[0].storage else {
      Issue.record("17 distinct names in 17 rows should not be dictionary-encoded")
      return
    }
    #expect(try Fixtures.rows("s | where namn = Lund", in: session) == [["Lund"]])
    #expect(try Fixtures.rows("s | where namn in (malmo, Hoor)", in: session) == [["Malmö"], ["Höör"]])
    #expect(try Fixtures.rows("s | select namn | where namn = Ystad", in: session) == [["Ystad"]])
    #expect(try Fixtures.rows("s | count by namn | where namn = Eslov | select antal", in: session) == [["1"]])
    let diagnostic = Fixtures.error("s | where namn = Lundd", in: session)
    #expect(diagnostic?.message == "unknown value \"Lundd\" for \"namn\"")
    #expect(diagnostic?.help == "did you mean \"Lund\"?")
  }
}
