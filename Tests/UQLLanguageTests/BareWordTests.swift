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
}
