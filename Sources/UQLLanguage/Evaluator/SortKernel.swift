import Foundation
import UQLValues

/// Sort keys prepared once per key column so that comparing two rows reads typed arrays:
/// dictionary-encoded text is ranked once per distinct value, numbers and dates compare as
/// themselves, other text by precomputed collation keys.
enum SortKernel {
  /// One key column, ready for comparisons.
  enum Key {
    /// Ranks per row; -1 is null. Equal text under `=` has the same rank.
    case ranks([Int32])
    case integers([Int?])
    /// Scaled numbers of one column; ``ScaledNumbers/null`` is null.
    case scaled([Int64])
    case decimals([Decimal?])
    case days([Day?])
    case collation([[UInt32]?])
    case values([Value], ComparisonKind)

    func isNull(_ row: Int) -> Bool {
      switch self {
      case .ranks(let r): return r[row] < 0
      case .integers(let a): return a[row] == nil
      case .scaled(let a): return a[row] == ScaledNumbers.null
      case .decimals(let a): return a[row] == nil
      case .days(let a): return a[row] == nil
      case .collation(let a): return a[row] == nil
      case .values(let a, _): return a[row].isNull
      }
    }

    /// The order of two non-null rows.
    func order(_ x: Int, _ y: Int) -> ComparisonResult {
      func cmp<T: Comparable>(_ a: T, _ b: T) -> ComparisonResult {
        a < b ? .orderedAscending : (b < a ? .orderedDescending : .orderedSame)
      }
      switch self {
      case .ranks(let r): return cmp(r[x], r[y])
      case .integers(let a): return cmp(a[x]!, a[y]!)
      case .scaled(let a): return cmp(a[x], a[y])
      case .decimals(let a): return cmp(a[x]!, a[y]!)
      case .days(let a): return cmp(a[x]!, a[y]!)
      case .collation(let a):
        let (p, q) = (a[x]!, a[y]!)
        return p == q ? .orderedSame : (p.lexicographicallyPrecedes(q) ? .orderedAscending : .orderedDescending)
      case .values(let a, let kind): return ValueComparison.order(a[x], a[y], kind) ?? .orderedSame
      }
    }
  }

  /// The key for `expr` over `table`, reading a plain column's storage directly.
  static func key(_ expr: TypedExpr, _ table: Table, evaluator: inout ExpressionEvaluator) throws(Diagnostic) -> Key {
    let kind = Binder.kind(of: expr.type)
    if case .column(let i, _) = expr {
      switch table.columns[i].storage {
      case .dictionary(let codes, let values):
        let ranks = rank(values, kind)
        return .ranks(codes.map { $0 < 0 ? -1 : ranks[Int($0)] })
      case .integers(let a): return .integers(a)
      case .scaledNumbers(let s): return .scaled(s.units)
      case .numbers(let a): return .decimals(a)
      case .dates(let a): return .days(a)
      case .texts(let a) where isText(kind):
        return .collation(a.map { $0.map { SwedishCollation.key(TextFolding.collapseWhitespace($0)) } })
      default: break
      }
    }
    return key(values: try evaluator.evaluate(expr), kind: kind)
  }

  /// The key for computed values: text by collation keys made once, the rest as values.
  static func key(values: [Value], kind: ComparisonKind) -> Key {
    if isText(kind) {
      return .collation(values.map { $0.displayText.map { SwedishCollation.key(TextFolding.collapseWhitespace($0)) } })
    }
    return .values(values, kind)
  }

  static func isText(_ kind: ComparisonKind) -> Bool {
    if case .text = kind { return true }
    return false
  }

  /// Ranks of distinct values in their sort order; values equal under the kind share a rank.
  static func rank(_ values: [String], _ kind: ComparisonKind) -> [Int32] {
    let same: (Int, Int) -> Bool
    let order: [Int]
    if isText(kind) {
      // Collation keys once per value, not once per comparison.
      let keys = values.map { SwedishCollation.key(TextFolding.collapseWhitespace($0)) }
      order = values.indices.sorted { keys[$0].lexicographicallyPrecedes(keys[$1]) }
      same = { keys[$0] == keys[$1] }
    } else {
      order = values.indices.sorted {
        ValueComparison.order(.text(values[$0]), .text(values[$1]), kind) == .orderedAscending
      }
      same = { ValueComparison.order(.text(values[$0]), .text(values[$1]), kind) == .orderedSame }
    }
    var ranks = [Int32](repeating: 0, count: values.count)
    var rank: Int32 = 0
    for (n, index) in order.enumerated() {
      if n > 0, !same(order[n - 1], index) { rank += 1 }
      ranks[index] = rank
    }
    return ranks
  }

  /// Whether row `a` comes before row `b`: keys in turn, nulls last either way, then row order
  /// (so the sort is stable).
  static func precedes(_ a: Int, _ b: Int, _ keys: [(Key, Bool)]) -> Bool {
    for (key, descending) in keys {
      let na = key.isNull(a)
      let nb = key.isNull(b)
      if na || nb {
        if na && nb { continue }
        return nb
      }
      let order = key.order(a, b)
      if order == .orderedSame { continue }
      return (order == .orderedAscending) != descending
    }
    return a < b
  }

  /// A number per row that never decreases along the key's order (nulls last), for keys of
  /// integers; rows with a larger number come after. Ties say nothing: extremes may share a
  /// number with null.
  static func primaryOrder(_ key: Key, descending: Bool) -> [Int64]? {
    func order(_ v: Int64) -> Int64 { descending ? (v == Int64.min ? Int64.max : -v) : v }
    switch key {
    case .scaled(let a): return a.map { $0 == ScaledNumbers.null ? Int64.max : order($0) }
    case .integers(let a): return a.map { $0.map { order(Int64($0)) } ?? Int64.max }
    case .ranks(let r): return r.map { $0 < 0 ? Int64.max : order(Int64($0)) }
    case .days(let a): return a.map { $0.map { order(Int64($0.daysSinceEpoch)) } ?? Int64.max }
    default: return nil
    }
  }

  /// All rows in sorted order.
  static func sorted(_ count: Int, _ keys: [(Key, Bool)]) -> [Int] {
    (0..<count).sorted { precedes($0, $1, keys) }
  }

  /// The first `limit` rows in sorted order, without sorting the rest.
  static func top(_ limit: Int, of count: Int, _ keys: [(Key, Bool)]) -> [Int] {
    guard limit > 0 else { return [] }
    guard limit <= 1000, limit < count / 4 else { return Array(sorted(count, keys).prefix(limit)) }
    var best: [Int] = []
    best.reserveCapacity(limit + 1)
    let primary = keys.first.flatMap { primaryOrder($0.0, descending: $0.1) }
    for row in 0..<count {
      if best.count == limit {
        // Most rows lose on the first key alone: one integer comparison.
        if let primary, primary[row] > primary[best[limit - 1]] { continue }
        if !precedes(row, best[limit - 1], keys) { continue }
      }
      // Binary search for the insertion point among the current best rows.
      var lo = 0
      var hi = best.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if precedes(best[mid], row, keys) { lo = mid + 1 } else { hi = mid }
      }
      best.insert(row, at: lo)
      if best.count > limit { best.removeLast() }
    }
    return best
  }
}
