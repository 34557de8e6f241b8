import Foundation
import UQLValues

/// `+ - * / %` with checked integer math, `||` and days added to dates; division always gives a
/// number; division and remainder by zero give null.
enum Arithmetic {
  /// The dates `date ± days` may reach: those a date can be written as (years 1 to 9999).
  static let days = Day(year: 1, month: 1, day: 1)!.daysSinceEpoch...Day(year: 9999, month: 12, day: 31)!.daysSinceEpoch

  static func apply(_ op: BinaryOperator, _ a: Value, _ b: Value, type: ValueType, at range: SourceRange)
    throws(Diagnostic) -> Value
  {
    if a.isNull || b.isNull { return .null }
    if op == .concatenate { return .text((a.displayText ?? "") + (b.displayText ?? "")) }
    switch (a, b) {
    case (.date(let x), .date(let y)):
      // Dates read from a damaged cache entry need not be real ones: check, never trap.
      let (days, overflow) = x.daysSinceEpoch.subtractingReportingOverflow(y.daysSinceEpoch)
      if overflow { throw Diagnostic(.error, "integer overflow", at: range) }
      return .integer(days)
    case (.date(let x), .integer(let n)): return try shifted(x, by: n, negated: op == .subtract, at: range)
    case (.integer(let n), .date(let x)): return try shifted(x, by: n, negated: false, at: range)
    default: break
    }
    if type == .integer, case .integer(let x) = a, case .integer(let y) = b {
      let (result, overflow): (Int, Bool)
      switch op {
      case .add: (result, overflow) = x.addingReportingOverflow(y)
      case .subtract: (result, overflow) = x.subtractingReportingOverflow(y)
      case .multiply: (result, overflow) = x.multipliedReportingOverflow(by: y)
      case .remainder:
        if y == 0 { return .null }
        // Int.min % -1 overflows in Swift; the remainder is 0.
        (result, overflow) = y == -1 ? (0, false) : x.remainderReportingOverflow(dividingBy: y)
      default: return .null
      }
      if overflow {
        throw Diagnostic(.error, "integer overflow", at: range, help: "the result is beyond ±\(Int.max)")
      }
      return .integer(result)
    }
    guard let x = a.decimal, let y = b.decimal else { return .null }
    let result: Decimal
    switch op {
    case .add: result = x + y
    case .subtract: result = x - y
    case .multiply: result = x * y
    case .divide:
      if y.isZero { return .null }
      result = x / y
    case .remainder:
      if y.isZero { return .null }
      // The sign of the dividend, as SQL's and Swift's %: x - y * trunc(x / y).
      var quotient = x / y
      var whole = Decimal()
      NSDecimalRound(&whole, &quotient, 0, quotient < 0 ? .up : .down)
      result = x - y * whole
    default: return .null
    }
    if result.isNaN { throw Diagnostic(.error, "number overflow", at: range) }
    return .number(result)
  }

  /// `day` moved by `n` days (back when `negated`); an error beyond the years 1 to 9999.
  static func shifted(_ day: Day, by n: Int, negated: Bool, at range: SourceRange) throws(Diagnostic) -> Value {
    let (result, overflow) =
      negated ? day.daysSinceEpoch.subtractingReportingOverflow(n) : day.daysSinceEpoch.addingReportingOverflow(n)
    guard !overflow, days.contains(result) else {
      throw Diagnostic(.error, "date out of range", at: range, help: "dates run from 0001-01-01 to 9999-12-31")
    }
    return .date(Day(daysSinceEpoch: result))
  }
}
