import Foundation

/// One cell's value. Enum (status) values travel as `.text`; the column's ``ValueType`` says
/// they belong to an ``EnumDomain``.
public enum Value: Sendable, Hashable {
  case null
  case text(String)
  case integer(Int)
  case number(Decimal)
  case boolean(Bool)
  case date(Day)

  public var isNull: Bool {
    if case .null = self { return true }
    return false
  }

  /// The value as a decimal, for arithmetic across integers and numbers.
  public var decimal: Decimal? {
    switch self {
    case .integer(let i): return Decimal(i)
    case .number(let d): return d
    default: return nil
    }
  }

  /// The value as plain text, the way it is printed in text formats (nulls as nil).
  public var displayText: String? {
    switch self {
    case .null: return nil
    case .text(let s): return s
    case .integer(let i): return String(i)
    case .number(let d): return Value.format(d)
    case .boolean(let b): return b ? "true" : "false"
    case .date(let d): return d.description
    }
  }

  /// Formats a decimal with a `.` separator and no exponent, the form every output format uses.
  public static func format(_ d: Decimal) -> String {
    var value = d
    var rounded = Decimal()
    NSDecimalRound(&rounded, &value, 12, .plain)
    return NSDecimalNumber(decimal: rounded).stringValue
  }
}

extension Value: CustomStringConvertible {
  public var description: String { displayText ?? "null" }
}
