import Foundation
import Testing
import UQLLanguage
import UQLValues

/// `sort … | limit n` keeps the n first rows without sorting the rest (and skips most rows on
/// the first key alone); it must give exactly the first rows of the full sort, with nulls,
/// ties and the extremes of every key type, ascending and descending.
@Suite struct TopRowsTests {
  static let queries = [
    "t | sort by i desc, r | limit 5", "t | sort by i, r | limit 5",
    "t | sort by x desc, r | limit 3", "t | sort by x, i desc | limit 4",
    "t | sort by d desc | limit 2", "t | sort by d, x | limit 6",
    "t | sort by r desc, i | limit 5", "t | sort by r, x desc | limit 1",
  ]

  static func table(seed: UInt64, rows: Int) -> Dataset {
    var generator = SeededGenerator(seed: seed)
    func pick<T>(_ options: [T]) -> T { options.randomElement(using: &generator)! }
    func maybe(_ value: Value) -> Value { Int.random(in: 0..<4, using: &generator) == 0 ? .null : value }
    let integers = [Int.min, Int.max, 0, 1, -1, 7, 7, 42]
    let numbers = ["-92233720368547758.07", "92233720368547758.07", "0", "1.5", "-1.5", "2.25"]
    let texts = ["a", "B", "å", "ä", "z", "a "]
    let days = [Day(daysSinceEpoch: -719_162), Day(daysSinceEpoch: 2_932_896), Day(daysSinceEpoch: 0)]
    let values: [[Value]] = (0..<rows).map { _ in
      [
        maybe(.integer(pick(integers))),
        maybe(.number(Decimal(string: pick(numbers), locale: Locale(identifier: "en_US_POSIX"))!)),
        maybe(.text(pick(texts))), maybe(.date(pick(days))),
      ]
    }
    let table = Table(names: ["i", "x", "r", "d"], types: [.integer, .number, .text, .date], rows: values)
    return Dataset(name: "t", table: table, origin: "test")
  }

  @Test(arguments: 0..<40)
  func topRowsAreTheFirstRowsOfTheFullSort(seed: Int) throws {
    let dataset = Self.table(seed: UInt64(seed), rows: 40 + seed * 5)
    guard case .scaledNumbers = dataset.table.columns[1].storage, case .dictionary = dataset.table.columns[2].storage
    else {
      Issue.record("the table does not have the storages under test")
      return
    }
    let session = Session(datasets: [dataset])
    for query in Self.queries {
      // A limit of a quarter of the rows or more sorts them all.
      let full = query.replacingOccurrences(of: "| limit", with: "| limit \(dataset.table.rowCount) | limit")
      #expect(try Fixtures.rows(query, in: session) == Fixtures.rows(full, in: session), "\(query)")
    }
  }
}
