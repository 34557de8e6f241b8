import Foundation
import UQLValues

/// Equality and order of two values under a ``ComparisonKind``. Null never equals anything.
enum ValueComparison {
  /// Whether `a` equals `b`, or nil when either is null.
  static func equal(_ a: Value, _ b: Value, _ kind: ComparisonKind) -> Bool? {
    if a.isNull || b.isNull { return nil }
    switch kind {
    case .text:
      guard let x = a.displayText, let y = b.displayText else { return nil }
      return x == y || TextFolding.equalityKey(x) == TextFolding.equalityKey(y)
    case .numeric:
      if case .integer(let x) = a, case .integer(let y) = b { return x == y }
      return a.decimal == b.decimal
    default:
      return a == b
    }
  }

  /// The order of `a` and `b`, or nil when either is null.
  static func order(_ a: Value, _ b: Value, _ kind: ComparisonKind) -> ComparisonResult? {
    if a.isNull || b.isNull { return nil }
    switch (kind, a, b) {
    case (.numeric, .integer(let x), .integer(let y)):
      return x < y ? .orderedAscending : x > y ? .orderedDescending : .orderedSame
    case (.numeric, _, _):
      guard let x = a.decimal, let y = b.decimal else { return nil }
      return x < y ? .orderedAscending : x > y ? .orderedDescending : .orderedSame
    case (.enumeration(let domain), .text(let x), .text(let y)):
      let i = domain.values.firstIndex(of: x) ?? Int.max
      let j = domain.values.firstIndex(of: y) ?? Int.max
      if i != j { return i < j ? .orderedAscending : .orderedDescending }
      return textOrder(x, y)
    case (.date, .date(let x), .date(let y)):
      return x < y ? .orderedAscending : x > y ? .orderedDescending : .orderedSame
    case (.boolean, .boolean(let x), .boolean(let y)):
      return x == y ? .orderedSame : (!x ? .orderedAscending : .orderedDescending)
    default:
      guard let x = a.displayText, let y = b.displayText else { return nil }
      return textOrder(x, y)
    }
  }

  /// Swedish collation; text equal under `=` is the same.
  static func textOrder(_ x: String, _ y: String) -> ComparisonResult {
    if x == y { return .orderedSame }
    let kx = SwedishCollation.key(TextFolding.collapseWhitespace(x))
    let ky = SwedishCollation.key(TextFolding.collapseWhitespace(y))
    if kx == ky { return .orderedSame }
    return kx.lexicographicallyPrecedes(ky) ? .orderedAscending : .orderedDescending
  }
}
