import Foundation
import UQLValues

/// Fast filters for the common shapes of `where`: a column compared with constants. They read
/// the typed column directly and decide each distinct value of a dictionary-encoded column
/// once, instead of building a value per row. Anything else goes to the general evaluator.
///
/// A mask is true where the condition is true; false stands for both false and null, which is
/// right for `where`, `and` and `or`, but not under `not`, so `not` is never taken here.
enum FilterKernel {
  static func mask(_ expr: TypedExpr, _ table: Table) -> [Bool]? {
    switch expr {
    case .logical(let op, let l, let r):
      guard let a = mask(l, table), let b = mask(r, table) else { return nil }
      var result = a
      if op == .and {
        for i in result.indices where result[i] && !b[i] { result[i] = false }
      } else {
        for i in result.indices where !result[i] && b[i] { result[i] = true }
      }
      return result
    case .compare(let op, .column(let i, _), let c, let kind) where c.constantValue != nil:
      if let mask = integerMask(op, table.columns[i], c.constantValue!, kind) { return mask }
      return columnMask(table.columns[i]) { ExpressionEvaluator.compare(op, $0, c.constantValue!, kind) }
    case .compare(let op, let c, .column(let i, _), let kind) where c.constantValue != nil:
      if let mask = integerMask(mirrored(op), table.columns[i], c.constantValue!, kind) { return mask }
      return columnMask(table.columns[i]) { ExpressionEvaluator.compare(op, c.constantValue!, $0, kind) }
    case .contains(.column(let i, _), .constant(.text(let needle), _)):
      let key = TextFolding.looseKey(needle)
      return columnMask(table.columns[i]) { v in
        guard let s = v.displayText else { return .null }
        return .boolean(key.isEmpty || TextFolding.looseKey(s).contains(key))
      }
    case .isNull(.column(let i, _), let negated):
      return columnMask(table.columns[i], nullIs: !negated) { _ in .boolean(negated) }
    case .inList(.column(let i, _), let list, let kind, false) where list.allSatisfy({ $0.constantValue != nil }):
      let constants = list.map { $0.constantValue! }
      return columnMask(table.columns[i]) { v in
        .boolean(constants.contains { ValueComparison.equal(v, $0, kind) == true })
      }
    case .between(.column(let i, _), let lo, let hi, let kind, false)
    where lo.constantValue != nil && hi.constantValue != nil:
      let low = lo.constantValue!
      let high = hi.constantValue!
      return columnMask(table.columns[i]) { ExpressionEvaluator.between($0, low, high, kind) }
    default:
      return nil
    }
  }

  /// `column op constant` as integer comparisons, for integer, scaled number and date columns
  /// and a constant that is exactly such an integer (no more decimals than the column); nil
  /// otherwise.
  static func integerMask(_ op: BinaryOperator, _ column: Column, _ constant: Value, _ kind: ComparisonKind)
    -> [Bool]?
  {
    switch (column.storage, kind) {
    case (.scaledNumbers(let numbers), .numeric):
      guard let d = constant.decimal, let k = numbers.units(exactly: d) else { return nil }
      let null = ScaledNumbers.null
      switch op {
      case .equal: return numbers.units.map { $0 == k }
      case .notEqual: return numbers.units.map { $0 != k && $0 != null }
      case .less: return numbers.units.map { $0 < k && $0 != null }
      case .lessEqual: return numbers.units.map { $0 <= k && $0 != null }
      // The null marker is Int64.min, below every constant.
      case .greater: return numbers.units.map { $0 > k }
      case .greaterEqual: return numbers.units.map { $0 >= k }
      default: return nil
      }
    case (.integers(let a), .numeric):
      let k: Int
      switch constant {
      case .integer(let i): k = i
      case .number(let d):
        guard let units = ScaledNumbers().units(exactly: d) else { return nil }
        k = Int(units)
      default: return nil
      }
      return compareMask(op, a, k)
    case (.dates(let a), .date):
      guard case .date(let day) = constant else { return nil }
      return compareMask(op, a, day)
    default:
      return nil
    }
  }

  /// `value op constant` for every value; false for nulls.
  static func compareMask<T: Comparable>(_ op: BinaryOperator, _ values: [T?], _ k: T) -> [Bool]? {
    switch op {
    case .equal: return values.map { $0 == k }
    case .notEqual: return values.map { $0 != nil && $0 != k }
    case .less: return values.map { $0.map { $0 < k } ?? false }
    case .lessEqual: return values.map { $0.map { $0 <= k } ?? false }
    case .greater: return values.map { $0.map { $0 > k } ?? false }
    case .greaterEqual: return values.map { $0.map { $0 >= k } ?? false }
    default: return nil
    }
  }

  /// The operator with its operands swapped: `c < x` is `x > c`.
  static func mirrored(_ op: BinaryOperator) -> BinaryOperator {
    switch op {
    case .less: return .greater
    case .lessEqual: return .greaterEqual
    case .greater: return .less
    case .greaterEqual: return .lessEqual
    default: return op
    }
  }

  /// `test` applied to every value of `column`, once per distinct value of a dictionary.
  /// - Parameter nullIs: the mask's value for null cells (false unless testing `is null`).
  static func columnMask(_ column: Column, nullIs: Bool = false, _ test: (Value) -> Value) -> [Bool] {
    switch column.storage {
    case .dictionary(let codes, let values):
      let decided = values.map { test(.text($0)) == .boolean(true) }
      return codes.map { $0 < 0 ? nullIs : decided[Int($0)] }
    case .integers(let a):
      return a.map { $0.map { test(.integer($0)) == .boolean(true) } ?? nullIs }
    case .scaledNumbers(let s):
      return s.units.map { u in
        if u == ScaledNumbers.null { return nullIs }
        return test(.number(ScaledNumbers.decimal(units: u, scale: s.scale))) == .boolean(true)
      }
    case .numbers(let a):
      return a.map { $0.map { test(.number($0)) == .boolean(true) } ?? nullIs }
    case .dates(let a):
      return a.map { $0.map { test(.date($0)) == .boolean(true) } ?? nullIs }
    case .booleans(let a):
      return a.map { $0.map { test(.boolean($0)) == .boolean(true) } ?? nullIs }
    case .texts(let a):
      return a.map { $0.map { test(.text($0)) == .boolean(true) } ?? nullIs }
    }
  }
}
