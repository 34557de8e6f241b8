import Foundation
import Testing
import UQLLanguage
import UQLValues

/// Number columns stored as scaled integers give exactly what the same numbers stored as
/// decimals give: sums (also past Int64, where they go on in decimals), averages, order,
/// comparisons with constants, grouping and distinct, with negatives and nulls.
@Suite struct ScaledNumbersEvaluatorTests {
  /// Pools of numbers a column draws from: mixed scales; integers whose sums overflow Int64;
  /// two decimals near the limit.
  static let pools: [[String]] = [
    ["0", "1", "-1", "2.5", "-0.125", "3.75", "100", "0.001", "-7.5", "12345.67"],
    ["9000000000000000000", "-9000000000000000000", "9223372036854775807", "1", "-3", "0"],
    ["92233720368547758.07", "-92233720368547758.07", "50000000000000000.5", "0.01", "-0.01"],
  ]

  static let queries = [
    "t | group by g aggregate n = count(), c = count(x), s = sum(x), a = avg(x), lo = min(x), hi = max(x), m = median(x)",
    "t | select k = 1, x | group by k aggregate s = sum(x), a = avg(x), c = count(x)",
    "t | sort by x desc, g | limit 3",
    "t | sort by x, g",
    "t | count by x",
    "t | select x | distinct",
    "t | group by x aggregate s = sum(x)",
    "t where x > 0 | count",
    "t where x >= 2.5 | select g, x",
    "t where x < -0.125 | select g, x",
    "t where x <= 1.005 | select g, x",
    "t where x = 100 | count",
    "t where x != 0 | count",
    "t where 1 > x | select g, x",
    "t where x between -1 and 3.75 | select g, x",
    "t where x in (1, 2.5, -3) | select g, x",
    "t | select y = x * 2 | group by y aggregate n = count() | sort by y",
  ]

  static func decimal(_ text: String) -> Decimal { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))! }

  static func dataset(groups: [String], numbers: [Decimal?], scaled: Bool) -> Dataset {
    let storage: ColumnStorage = scaled ? .scaledNumbers(ScaledNumbers(numbers)!) : .numbers(numbers)
    let table = Table(
      columns: [
        Column(name: "g", type: .text, texts: groups), Column(name: "x", type: .number, storage: storage),
      ], rowCount: groups.count)
    return Dataset(name: "t", table: table, origin: "test")
  }

  @Test(arguments: 0..<120)
  func scaledAndDecimalStorageAgree(seed: Int) throws {
    var generator = SeededGenerator(seed: UInt64(seed))
    let pool = Self.pools[seed % Self.pools.count]
    let count = Int.random(in: 0...30, using: &generator)
    let groups = (0..<count).map { _ in ["a", "b", "c"].randomElement(using: &generator)! }
    let numbers: [Decimal?] = (0..<count).map { _ in
      Int.random(in: 0..<5, using: &generator) == 0 ? nil : Self.decimal(pool.randomElement(using: &generator)!)
    }
    let scaled = Session(datasets: [Self.dataset(groups: groups, numbers: numbers, scaled: true)])
    let decimals = Session(datasets: [Self.dataset(groups: groups, numbers: numbers, scaled: false)])
    for query in Self.queries {
      let expected = Result { try Fixtures.rows(query, in: decimals) }.map { $0 }
      let actual = Result { try Fixtures.rows(query, in: scaled) }.map { $0 }
      switch (actual, expected) {
      case (.success(let a), .success(let e)): #expect(a == e, "\(query) over \(numbers)")
      case (.failure(let a), .failure(let e)): #expect("\(a)" == "\(e)", "\(query) over \(numbers)")
      default: Issue.record("\(query) over \(numbers): \(actual) but \(expected)")
      }
    }
  }

  @Test func sumsPastInt64GoOnInDecimals() throws {
    let numbers: [Decimal?] = ["9223372036854775807", "9223372036854775807", "-5", nil].map { $0.map(Self.decimal) }
    let session = Session(datasets: [Self.dataset(groups: ["a", "a", "a", "a"], numbers: numbers, scaled: true)])
    #expect(
      try Fixtures.rows("t | group by g aggregate s = sum(x), a = avg(x), c = count(x)", in: session) == [
        ["a", "18446744073709551609", "6148914691236517203", "3"]
      ])
  }

  @Test func averagesPrintAsBefore() throws {
    let numbers: [Decimal?] = ["0.1", "0.2", "0.2", "-0.05", nil, "1"].map { $0.map(Self.decimal) }
    let session = Session(datasets: [
      Self.dataset(groups: ["a", "a", "a", "b", "b", "b"], numbers: numbers, scaled: true)
    ])
    #expect(
      try Fixtures.rows("t | group by g aggregate s = sum(x), a = avg(x)", in: session) == [
        ["a", "0.5", "0.166666666667"], ["b", "0.95", "0.475"],
      ])
  }
}

/// SplitMix64: the same numbers for a seed on every machine.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
