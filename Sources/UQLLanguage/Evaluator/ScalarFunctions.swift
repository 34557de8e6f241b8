import Foundation
import UQLValues

/// The row-wise functions: lower, upper, length, year, round, coalesce.
enum ScalarFunctions {
  static func apply(_ function: ScalarFunction, _ args: [Value], at range: SourceRange) throws(Diagnostic) -> Value {
    if function == .coalesce { return args.first { !$0.isNull } ?? .null }
    guard let first = args.first, !first.isNull else { return .null }
    switch function {
    case .lower: return first.displayText.map { .text($0.lowercased()) } ?? .null
    case .upper: return first.displayText.map { .text($0.uppercased()) } ?? .null
    case .length: return first.displayText.map { .integer($0.count) } ?? .null
    case .year:
      if case .date(let d) = first { return .integer(d.year) }
      return .null
    case .round:
      var places = 0
      if args.count > 1 {
        guard case .integer(let p) = args[1] else { return .null }
        guard (-30...30).contains(p) else {
          throw Diagnostic(.error, "round() takes between -30 and 30 decimals, found \(p)", at: range)
        }
        places = p
      }
      if case .integer(let i) = first, places >= 0 { return .integer(i) }
      guard var value = first.decimal else { return .null }
      var result = Decimal()
      NSDecimalRound(&result, &value, places, .plain)
      if case .integer = first, let i = Int(exactly: NSDecimalNumber(decimal: result).int64Value) {
        return .integer(i)
      }
      return .number(result)
    case .coalesce:
      return first
    }
  }
}
