import Foundation
import Testing
import UQLLanguage
import UQLValues

/// The filter kernel's integer comparisons (integer, scaled number and date columns against
/// constants) keep the rows the general evaluator keeps; `not (not …)` always takes the general
/// path, so the two are compared on the same table. So does `where … | count`, which counts
/// the passing rows without gathering them.
@Suite struct FilterKernelTests {
  static let conditions = [
    "i >= 7", "7 < i", "i = 7", "i != 7", "i <= 1.0", "i > 1.5", "i < -1.5", "i = 42.0", "1 >= i",
    "x >= 1.5", "x < 2.255", "x = -1.5", "x != 0", "2.25 <= x", "x > 100000000000000000000.5", "x > 0.001",
    "d >= \"1970-01-01\"", "d < \"1970-01-01\"", "d = \"1970-01-01\"", "d != \"1970-01-01\"",
    "i >= 0 and x < 2", "i < 0 or d > \"1970-01-01\"",
  ]

  @Test(arguments: 0..<10)
  func integerComparisonsKeepTheRowsTheEvaluatorKeeps(seed: Int) throws {
    let session = Session(datasets: [TopRowsTests.table(seed: UInt64(seed), rows: 30 + seed)])
    for condition in Self.conditions {
      let fast = try Fixtures.rows("t where \(condition)", in: session)
      #expect(fast == (try Fixtures.rows("t where not (not (\(condition)))", in: session)), "\(condition)")
      #expect(try Fixtures.rows("t where \(condition) | count", in: session) == [["\(fast.count)"]], "\(condition)")
    }
  }
}
