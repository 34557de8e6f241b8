import Foundation
import Testing
import UQLLanguage

@Suite struct ParserTests {
  func messages(_ source: String) -> [String] {
    Parser.parse(source).compactMap { if case .failure(let d) = $0.result { d.message } else { nil } }
  }

  @Test func newlineContinuesBeforeClauseAndAfterOperator() {
    let script = """
      aktiviteter
        where status = pausad and
          år = 2019
        | select aktivitet
      aktiviteter -- a comment
      count
      """
    let statements = Parser.parse(script)
    #expect(statements.count == 2)
    #expect(statements.allSatisfy { (try? $0.result.get()) != nil })
  }

  static let clauses = "clauses are: where, select, sort by, limit, distinct, count, group by, aggregate, join, left join, pivot, change, chart"

  @Test(arguments: [
    ("aktiviteter wher status = pausad", "did you mean \"where\"? \(clauses)"),
    ("aktiviteter | limt 10", "did you mean \"limit\"? \(clauses)"),
    ("aktiviteter | sortt status", "did you mean \"sort by\"? \(clauses)"),
    ("aktiviteter | pivott indikator by år value count()", "did you mean \"pivot\"? \(clauses)"),
    ("aktiviteter | jon uppdrag on rapport", "did you mean \"join\"? \(clauses)"),
    ("aktiviteter | räkn per status", "did you mean \"räkna\"? \(clauses)"),
    ("aktiviteter | frobnicate", clauses),
    ("aktiviteter | 3", clauses),
  ])
  func misspeltClauseSuggestsTheClause(source: String, help: String) {
    let diagnostics = Parser.parse(source).compactMap { if case .failure(let d) = $0.result { d } else { nil } }
    #expect(diagnostics.map(\.help) == [help])
  }

  @Test func semicolonsSeparate() {
    #expect(Parser.parse("a; b;; c").count == 3)
  }

  @Test(arguments: [
    ("aktiviteter where", "expected a value, found end of input"),
    ("aktiviteter where x = \"abc", "unterminated string"),
    ("aktiviteter | limit x", "expected a whole number after \"limit\", found \"x\""),
    ("aktiviteter | sort status", "expected \"by\" after \"sort\", found \"status\""),
    ("aktiviteter where (a = 1", "expected \")\" to close \"(\", found end of input"),
    ("aktiviteter where a = 99999999999999999999", "number \"99999999999999999999\" is too large"),
    ("aktiviteter where a = #", "unexpected character \"#\""),
    ("aktiviteter | frobnicate", "expected a clause after \"|\", found \"frobnicate\""),
    ("aktiviteter status", "expected a clause or the end of the statement, found \"status\""),
    ("aktiviteter where a not = 1", "expected \"like\", \"matches\", \"in\" or \"between\" after \"not\", found \"=\""),
  ])
  func syntaxErrors(source: String, message: String) {
    #expect(messages(source) == [message])
  }

  @Test func deepNestingIsAnErrorNotACrash() {
    let deep = "a where " + String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000)
    #expect(messages(deep).first == "expression nested deeper than 200 levels")
  }

  @Test func swedishDecimalComma() throws {
    let tokens = try Lexer.tokenize("3,5 1.25 2, 3")
    #expect(tokens.map(\.text) == ["3,5", "1.25", "2", ",", "3", ""])
  }

  /// Decimal literals are read without Foundation's string parsing; they must be the very
  /// decimals it gives (same bytes, but for zero), up to 37 digits.
  @Test(arguments: [
    "0.5", "3,50", "84964.30", "0.000000000000000000000000000000000001", "12345678901234567890.5",
    "1234567890123456789012345678901234.567", "100.0", "0,0",
  ])
  func decimalLiteralsAreTheDecimalsFoundationReads(literal: String) throws {
    let tokens = try Lexer.tokenize(literal)
    guard case .number(let value) = tokens.first?.kind else {
      Issue.record("\(literal) is not a number token")
      return
    }
    let expected = try #require(
      Decimal(string: literal.replacingOccurrences(of: ",", with: "."), locale: Locale(identifier: "en_US_POSIX")))
    if expected.isZero {
      // Foundation keeps the exponent of a zero ("0,0" is 0 × 10^−1), which nothing can observe.
      #expect(value.isZero)
    } else {
      #expect(withUnsafeBytes(of: value) { Array($0) } == withUnsafeBytes(of: expected) { Array($0) })
    }
  }

  @Test func oneBadStatementDoesNotHideTheNext() throws {
    let results = Parser.parse("a where 1 +; b | count")
    try #require(results.count == 2)
    #expect((try? results[1].result.get()) != nil)
  }
}
