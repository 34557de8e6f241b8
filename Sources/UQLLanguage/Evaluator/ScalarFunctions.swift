import Foundation
import UQLValues

/// The row-wise functions: lower, upper, length, year, month, round, abs, coalesce, substr, trim,
/// concat (`today()` is a constant by the time anything runs).
enum ScalarFunctions {
  static func apply(_ function: ScalarFunction, _ args: [Value], at range: SourceRange) throws(Diagnostic) -> Value {
    if function == .coalesce { return args.first { !$0.isNull } ?? .null }
    // As in PostgreSQL and DuckDB, concat skips nulls.
    if function == .concat { return .text(args.compactMap(\.displayText).joined()) }
    if function == .substr, args.contains(where: \.isNull) { return .null }
    guard let first = args.first, !first.isNull else { return .null }
    switch function {
    case .lower: return first.displayText.map { .text($0.lowercased()) } ?? .null
    case .upper: return first.displayText.map { .text($0.uppercased()) } ?? .null
    case .length: return first.displayText.map { .integer($0.count) } ?? .null
    case .year:
      if case .date(let d) = first { return .integer(d.year) }
      return .null
    case .month:
      if case .date(let d) = first { return .integer(d.components.month) }
      return .null
    case .trim: return first.displayText.map { .text($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? .null
    case .substr:
      guard let text = first.displayText, case .integer(let start) = args[1] else { return .null }
      var count: Int? = nil
      if args.count > 2 {
        guard case .integer(let n) = args[2] else { return .null }
        guard n >= 0 else {
          throw Diagnostic(.error, "substr() needs a length of 0 or more, found \(n)", at: range)
        }
        count = n
      }
      return .text(substring(text, start: start, count: count))
    case .abs:
      switch first {
      case .integer(let i):
        guard i != Int.min else { throw Diagnostic(.error, "integer overflow", at: range) }
        return .integer(Swift.abs(i))
      case .number(let d): return .number(d < 0 ? -d : d)
      default: return .null
      }
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
    case .coalesce, .concat, .today:
      return first
    }
  }

  /// SQLite's and DuckDB's `substr`: `start` counts characters from 1, from the end when
  /// negative; 0 is the place before the first character.
  static func substring(_ text: String, start: Int, count: Int?) -> String {
    let characters = Array(text)
    let n = characters.count
    // Where the text would begin, possibly before the first character.
    let begin = start > 0 ? start - 1 : start == 0 ? -1 : n + start
    var end = n
    if let count {
      let (sum, overflow) = begin.addingReportingOverflow(count)
      end = overflow ? n : min(n, sum)
    }
    let from = min(max(begin, 0), n)
    guard end > from else { return "" }
    return String(characters[from..<end])
  }
}
