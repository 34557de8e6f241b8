import Foundation

/// The typed array behind a column. Text with few distinct values is dictionary-encoded;
/// numbers are scaled integers when they fit, decimals otherwise.
public enum ColumnStorage: Sendable {
  case integers([Int?])
  case scaledNumbers(ScaledNumbers)
  /// Numbers that do not fit ``ScaledNumbers``.
  case numbers([Decimal?])
  case booleans([Bool?])
  case dates([Day?])
  case texts([String?])
  /// Codes index `values`; `-1` is null.
  case dictionary(codes: [Int32], values: [String])

  public var count: Int {
    switch self {
    case .integers(let a): return a.count
    case .scaledNumbers(let s): return s.count
    case .numbers(let a): return a.count
    case .booleans(let a): return a.count
    case .dates(let a): return a.count
    case .texts(let a): return a.count
    case .dictionary(let codes, _): return codes.count
    }
  }

  public subscript(row: Int) -> Value {
    switch self {
    case .integers(let a): return a[row].map(Value.integer) ?? .null
    case .scaledNumbers(let s): return s[row].map(Value.number) ?? .null
    case .numbers(let a): return a[row].map(Value.number) ?? .null
    case .booleans(let a): return a[row].map(Value.boolean) ?? .null
    case .dates(let a): return a[row].map(Value.date) ?? .null
    case .texts(let a): return a[row].map(Value.text) ?? .null
    case .dictionary(let codes, let values):
      let code = codes[row]
      return code < 0 ? .null : .text(values[Int(code)])
    }
  }

  /// The rows at `indices`, in that order.
  public func gathering(_ indices: [Int]) -> ColumnStorage {
    switch self {
    case .integers(let a): return .integers(indices.map { a[$0] })
    case .scaledNumbers(let s): return .scaledNumbers(s.gathering(indices))
    case .numbers(let a): return .numbers(indices.map { a[$0] })
    case .booleans(let a): return .booleans(indices.map { a[$0] })
    case .dates(let a): return .dates(indices.map { a[$0] })
    case .texts(let a): return .texts(indices.map { a[$0] })
    case .dictionary(let codes, let values):
      return .dictionary(codes: indices.map { codes[$0] }, values: values)
    }
  }
}
