import Testing
import UQLLanguage
import UQLValues

/// A cancelled statement stops with "cancelled" wherever it is: between steps and inside the
/// long row loops (joins, `matches`, `~`, functions), and leaves the session as it was.
@Suite struct CancellationTests {
  static let queries = [
    "aktiviteter | count by status",
    "aktiviteter join aktiviteter on status | count",
    "aktiviteter where aktivitet matches \"[a-z]+\"",
    "aktiviteter where aktivitet ~ \"plan\"",
    "aktiviteter | select längd = length(aktivitet)",
    "let x = aktiviteter | sort by år",
  ]

  @Test(arguments: queries)
  func aCancelledStatementStops(query: String) throws {
    var session = Fixtures.session()
    let statement = try #require(try Parser.parseStatement(query))
    let cancellation = Cancellation()
    cancellation.cancel()
    let error = Cancellation.$current.withValue(cancellation) { () -> Diagnostic? in
      do throws(Diagnostic) {
        _ = try session.execute(statement)
        return nil
      } catch {
        return error
      }
    }
    #expect(error?.message == "cancelled")
    #expect(session.dataset(named: "x") == nil)
  }

  @Test(arguments: queries)
  func anUncancelledStatementRuns(query: String) throws {
    var session = Fixtures.session()
    let statement = try #require(try Parser.parseStatement(query))
    try Cancellation.$current.withValue(Cancellation()) { _ = try session.execute(statement) }
  }
}
