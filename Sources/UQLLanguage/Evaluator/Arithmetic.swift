import Foundation
import UQLValues

/// `+ - * /` with checked integer math; division always gives a number, and by zero gives null.
enum Arithmetic {
  static func apply(_ op: BinaryOperator, _ a: Value, _ b: Value, type: ValueType, at range: SourceRange)
    throws(Diagnostic) -> Value
  {
    if a.isNull || b.isNull { return .null }
    if type == .integer, case .integer(let x) = a, case .integer(let y) = b {
      let (result, overflow): (Int, Bool)
      switch op {
      case .add: (result, overflow) = x.addingReportingOverflow(y)
      case .subtract: (result, overflow) = x.subtractingReportingOverflow(y)
      case .multiply: (result, overflow) = x.multipliedReportingOverflow(by: y)
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
    default: return .null
    }
    if result.isNaN { throw Diagnostic(.error, "number overflow", at: range) }
    return .number(result)
  }
}
