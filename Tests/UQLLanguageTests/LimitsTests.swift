import Synchronization
import Testing
import UQLLanguage
import UQLValues

/// Every limit of ``Limits`` ends in a diagnostic, never a stack overflow, a hang or a trap.
@Suite struct LimitsTests {
  /// Every way of nesting an expression, `n` levels deep.
  static func nested(_ shape: String, _ n: Int) -> String {
    switch shape {
    case "parentheses": return String(repeating: "(", count: n) + "år" + String(repeating: ")", count: n) + " = 1"
    case "not": return String(repeating: "not ", count: n) + "år = 1"
    case "minus": return String(repeating: "- ", count: n) + "år = 1"
    case "calls": return String(repeating: "coalesce(", count: n) + "år" + String(repeating: ")", count: n) + " = 1"
    case "lists": return String(repeating: "true in (", count: n) + "true" + String(repeating: ")", count: n)
    case "or": return (0..<n).map { _ in "år = 1" }.joined(separator: " or ")
    case "and": return (0..<n).map { _ in "år = 1" }.joined(separator: " and ")
    case "plus": return (0..<n).map { _ in "år" }.joined(separator: " + ") + " = 1"
    case "times": return (0..<n).map { _ in "år" }.joined(separator: " * ") + " = 1"
    default: return "år between " + String(repeating: "(", count: n) + "1" + String(repeating: ")", count: n) + " and 2"
    }
  }

  static let shapes = ["parentheses", "not", "minus", "calls", "lists", "or", "and", "plus", "times", "between"]

  @Test(arguments: shapes)
  func deepNestingIsAnError(shape: String) {
    let error = Fixtures.error("aktiviteter where " + LimitsTests.nested(shape, 2_000))
    #expect(error?.message == "expression nested deeper than 200 levels")
  }

  /// Just below the limit, the checker and the evaluator recurse as deep as the parser did.
  @Test(arguments: shapes)
  func nestingBelowTheLimitRuns(shape: String) {
    let error = Fixtures.error("aktiviteter where " + LimitsTests.nested(shape, 60))
    #expect(error == nil || error?.message == "integer overflow", "\(String(describing: error))")
  }

  @Test func longStatementIsAnError() {
    let query = "aktiviteter where aktivitet = \"" + String(repeating: "x", count: Limits.statementLength) + "\""
    #expect(Fixtures.error(query)?.message == "statement is 100032 characters long; the limit is 100000")
  }

  @Test func longStatementDoesNotHideTheNext() throws {
    let script = "aktiviteter where " + String(repeating: "år = 1 or ", count: 20_000) + "true\naktiviteter | count"
    let results = Parser.parse(script)
    try #require(results.count == 2)
    #expect((try? results[1].result.get()) != nil)
  }

  @Test func tooManyLetNamesIsAnError() throws {
    var session = Fixtures.session()
    for i in 0..<Limits.letNames {
      _ = try session.execute(try #require(try Parser.parseStatement("let n\(i) = aktiviteter | limit 1")))
    }
    // Rebinding a name is fine; a new one is not.
    _ = try session.execute(try #require(try Parser.parseStatement("let n0 = aktiviteter")))
    #expect(throws: Diagnostic.self) {
      _ = try session.execute(try #require(try Parser.parseStatement("let one_more = aktiviteter")))
    }
  }

  @Test(arguments: [
    ("aktiviteter | select x = år * 9223372036854775807", "integer overflow"),
    ("aktiviteter | select x = år + 9223372036854775807", "integer overflow"),
    ("aktiviteter | select x = -år - 9223372036854775807", "integer overflow"),
    ("aktiviteter | select x = -(-9223372036854775807 - 1)", "integer overflow"),
    ("aktiviteter | group by delmål aggregate s = sum(år * 4000000000000000)", "integer overflow in sum()"),
    ("aktiviteter | select x = år + 9223372036854775807 * 0", nil),
    ("aktiviteter | limit 9223372036854775807", nil),
    ("aktiviteter | select x = belopp * 10000000000000000000000000000000000.0 * 10000000000000000000000000000000000.0"
      + " * 10000000000000000000000000000000000.0 * 10000000000000000000000000000000000.0 * 10000000000000000000000000000000000.0", "number overflow"),
    ("aktiviteter | limit 0", nil),
    ("aktiviteter | limit 99999999999999999999", "number \"99999999999999999999\" is too large"),
    ("aktiviteter | select x = round(belopp, 9223372036854775807)", "round() takes between -30 and 30 decimals, found 9223372036854775807"),
  ] as [(String, String?)])
  func checkedMath(query: String, message: String?) {
    #expect(Fixtures.error(query)?.message == message)
  }

  @Test func catastrophicRegexOnALongValueIsFast() throws {
    let long = String(repeating: "a", count: 50_000) + "!"
    let clock = ContinuousClock()
    var matched: [[String]] = []
    let elapsed = try clock.measure {
      matched = try Fixtures.rows("aktiviteter | limit 1 | select m = \"\(long)\" matches \"(a+)+$\"")
    }
    #expect(matched == [["false"]])
    #expect(elapsed < .seconds(10))
  }

  @Test(arguments: [
    ("(a)\\\\1", "backreferences such as \"\\1\" are not supported"),
    ("a(?=b)", "lookahead is not supported"),
    ("(?<!a)b", "lookbehind is not supported"),
    ("(a", "unterminated group"),
  ])
  func unsupportedRegexIsACheckError(pattern: String, reason: String) {
    let error = Fixtures.error("aktiviteter where aktivitet matches \"\(pattern)\"")
    #expect(error?.message.hasSuffix(": " + reason) == true, "\(String(describing: error))")
  }

  @Test func longTextInListIsOneLookupPerRow() throws {
    let items = (0..<10_000).map { "\"x\($0)\"" }.joined(separator: ",")
    let clock = ContinuousClock()
    var rows: [[String]] = []
    let elapsed = try clock.measure {
      rows = try Fixtures.rows("aktiviteter where aktivitet in (\(items), \"cykelplan\") | select aktivitet")
    }
    #expect(rows == [["Cykelplan"]])
    #expect(elapsed < .seconds(5))
  }

  @Test(arguments: [
    ("aktiviteter where kommentar in (\"arbetet  PÅGÅR\", \"x\") | select aktivitet", [["Cykelplan"]]),
    ("aktiviteter where kommentar not in (\"x\", null) | select aktivitet", []),
    ("aktiviteter where kommentar not in (\"Arbetet pågår\") | select aktivitet",
     [["Trafikplan"], ["Kompetens"], ["Öresund"]]),
    ("aktiviteter where (kommentar in (null)) is null | count", [["5"]]),
  ] as [(String, [[String]])])
  func textInListKeepsItsMeaning(query: String, expected: [[String]]) throws {
    #expect(try Fixtures.rows(query) == expected)
  }
}

/// A join that multiplies rows past ``Limits/joinRows`` stops before making any of them, and
/// says how many it would have made.
@Suite struct JoinLimitTests {
  static func session(rows: Int) -> Session {
    let table = Table(
      names: ["nyckel", "n"], types: [.text, .integer], rows: (0..<rows).map { [.text("samma"), .integer($0)] })
    return Session(datasets: [
      Dataset(name: "planer", table: table, origin: "test"), Dataset(name: "utfall", table: table, origin: "test"),
    ])
  }

  @Test func aJoinPastTheLimitIsAnErrorWithItsSize() throws {
    // 5 000 × 5 000 rows on one key: 25 M, over the limit of 20 M.
    let error = Fixtures.error("planer join utfall on nyckel | count", in: JoinLimitTests.session(rows: 5_000))
    #expect(error?.message == "join would give 25000000 rows; the limit is 20000000")
    #expect(error?.help == "join on more keys, or filter either side before joining")
  }

  @Test func aJoinUpToTheLimitRuns() throws {
    var session = JoinLimitTests.session(rows: 2_000)
    let statement = try #require(try Parser.parseStatement("planer join utfall on nyckel | count"))
    guard case .table(let table) = try session.execute(statement) else {
      Issue.record("not a table")
      return
    }
    #expect(table.columns[0][0] == .integer(4_000_000))
  }

  /// A join within the row limit whose result needs more memory than the process may have is an
  /// error before any row is made, naming the rows and the memory; one that fits runs.
  @Test func aJoinThatNeedsMoreMemoryThanAllowedIsAnError() throws {
    var session = JoinLimitTests.session(rows: 1_000)
    let asked = Mutex<[Int]>([])
    session.memory = MemoryGate { bytes in
      asked.withLock { $0.append(bytes) }
      return bytes < 10_000_000
    }
    let error = Fixtures.error("planer join utfall on nyckel | count", in: session)
    let bytes = try #require(asked.withLock { $0.last })
    #expect(bytes >= 1_000_000 * 3 * MemoryLayout<Value>.stride)
    #expect(error?.message == "join would give 1000000 rows, about \((bytes + 999_999) / 1_000_000) MB of memory, more than uql can have")
    #expect(error?.help == "join on more keys, select fewer columns or filter either side before joining")
    let small = Fixtures.error("planer | where n < 3 | join utfall on nyckel | count", in: session)
    #expect(small == nil)
  }
}

/// A pivot past ``Limits/pivotColumns`` columns or ``Limits/pivotCells`` cells stops before
/// making any cell.
@Suite struct PivotLimitTests {
  static func session(rows: Int, columns: Int) -> Session {
    let table = Table(
      names: ["rad", "kolumn"], types: [.integer, .integer], rows: (0..<rows).map { [.integer($0), .integer($0 % columns)] })
    return Session(datasets: [Dataset(name: "mätningar", table: table, origin: "test")])
  }

  @Test func tooManyColumnsIsAnError() {
    let error = Fixtures.error("mätningar | pivot rad by kolumn value count()", in: Self.session(rows: 1_001, columns: 1_001))
    #expect(error?.message == "pivot would give 1001 columns; the limit is 1000")
    #expect(error?.range.start.column == 13)
  }

  @Test func tooManyCellsIsAnError() {
    let error = Fixtures.error("mätningar | pivot rad by kolumn value count()", in: Self.session(rows: 20_001, columns: 1_000))
    #expect(error?.message == "pivot would give 20001 rows × 1000 columns; the limit is 20000000 cells")
  }

  @Test func aPivotAtTheColumnLimitRuns() {
    #expect(Fixtures.error("mätningar | pivot rad by kolumn value count()", in: Self.session(rows: 1_000, columns: 1_000)) == nil)
  }
}

/// A pivot within its limits whose cells need more memory than the process may have stops
/// before any cell is made.
@Suite struct PivotMemoryTests {
  @Test func aPivotThatNeedsMoreMemoryThanAllowedIsAnError() throws {
    var session = PivotLimitTests.session(rows: 10_000, columns: 100)
    session.memory = MemoryGate { $0 < 1_000_000 }
    let error = Fixtures.error("mätningar | pivot rad by kolumn value count()", in: session)
    #expect(error?.message.hasPrefix("pivot would give 10000 rows × 100 columns, about ") == true)
    #expect(error?.message.hasSuffix(" MB of memory, more than uql can have") == true)
    #expect(Fixtures.error("mätningar | where rad < 10 | pivot rad by kolumn value count()", in: session) == nil)
  }
}
