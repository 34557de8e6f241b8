import Foundation
import UQLRegex
import UQLValues

/// Evaluates typed expressions a column at a time over a table.
struct ExpressionEvaluator {
  let table: Table
  /// Per-group aggregate results, in aggregate context.
  var aggregateValues: [[Value]] = []
  private var regexCache: [String: RegularExpression] = [:]

  init(table: Table, aggregateValues: [[Value]] = []) {
    self.table = table
    self.aggregateValues = aggregateValues
  }

  var rowCount: Int { table.rowCount }

  /// The expression's value for every row.
  mutating func evaluate(_ expr: TypedExpr) throws(Diagnostic) -> [Value] {
    let n = rowCount
    switch expr {
    case .column(let i, _):
      let column = table.columns[i]
      return (0..<n).map { column[$0] }
    case .constant(let v, _):
      return Array(repeating: v, count: n)
    case .aggregate(let i, _):
      return aggregateValues[i]
    case .not(let e):
      return try evaluate(e).map { if case .boolean(let b) = $0 { return .boolean(!b) } else { return .null } }
    case .negate(let e, _, let range):
      return try evaluate(e).map { (v) throws(Diagnostic) -> Value in
        switch v {
        case .integer(let i):
          guard i != Int.min else { throw Diagnostic(.error, "integer overflow", at: range) }
          return .integer(-i)
        case .number(let d): return .number(-d)
        default: return .null
        }
      }
    case .logical(let op, let l, let r):
      let a = try evaluate(l)
      let b = try evaluate(r)
      return zip(a, b).map { ExpressionEvaluator.logical(op, $0, $1) }
    case .compare(let op, let l, let r, let kind):
      let a = try evaluate(l)
      let b = try evaluate(r)
      return zip(a, b).map { ExpressionEvaluator.compare(op, $0, $1, kind) }
    case .arithmetic(let op, let l, let r, let type, let range):
      let a = try evaluate(l)
      let b = try evaluate(r)
      var result: [Value] = []
      result.reserveCapacity(n)
      for (x, y) in zip(a, b) { result.append(try Arithmetic.apply(op, x, y, type: type, at: range)) }
      return result
    case .contains(let l, let r):
      let a = try evaluate(l)
      let b = try evaluate(r)
      var keys: [String: String] = [:]
      return try zip(a, b).enumerated().map { (row, pair) throws(Diagnostic) -> Value in
        try Cancellation.check(row: row)
        let (x, y) = pair
        guard let s = x.displayText, let t = y.displayText else { return .null }
        let needle = keys[t] ?? TextFolding.looseKey(t)
        keys[t] = needle
        if needle.isEmpty { return .boolean(true) }
        return .boolean(TextFolding.looseKey(s).contains(needle))
      }
    case .like(let l, let p, let negated):
      let a = try evaluate(l)
      let b = try evaluate(p)
      return zip(a, b).map { x, y in
        guard let s = x.displayText, let pattern = y.displayText else { return .null }
        return .boolean(Wildcard.matches(s, pattern: pattern) != negated)
      }
    case .matches(let l, let p, let negated, let range):
      let a = try evaluate(l)
      let b = try evaluate(p)
      var result: [Value] = []
      result.reserveCapacity(n)
      for (row, (x, y)) in zip(a, b).enumerated() {
        try Cancellation.check(row: row)
        guard let s = x.displayText, let pattern = y.displayText else {
          result.append(.null)
          continue
        }
        let regex = try self.regex(pattern, at: range)
        let found = regex.matches(in: s)
        result.append(.boolean(found != negated))
      }
      return result
    case .inList(let e, let list, let kind, let negated):
      let a = try evaluate(e)
      if case .text = kind, let constants = ExpressionEvaluator.constants(list) {
        return ExpressionEvaluator.textIn(a, constants, negated: negated)
      }
      var lists: [[Value]] = []
      for item in list { lists.append(try evaluate(item)) }
      return (0..<n).map { row in
        var sawNull = false
        for values in lists {
          switch ValueComparison.equal(a[row], values[row], kind) {
          case true?: return .boolean(!negated)
          case nil: sawNull = true
          case false?: break
          }
        }
        return sawNull ? .null : .boolean(negated)
      }
    case .between(let e, let lo, let hi, let kind, let negated):
      let a = try evaluate(e)
      let low = try evaluate(lo)
      let high = try evaluate(hi)
      return (0..<n).map { row in
        let inside = ExpressionEvaluator.between(a[row], low[row], high[row], kind)
        guard case .boolean(let b) = inside else { return .null }
        return .boolean(b != negated)
      }
    case .isNull(let e, let negated):
      return try evaluate(e).map { .boolean($0.isNull != negated) }
    case .caseWhen(let branches, let otherwise, _):
      // Each branch sees only the rows no earlier condition took, as SQL evaluates lazily: an
      // error in a result no row reaches is no error.
      var result = [Value](repeating: .null, count: n)
      var pending = Array(0..<n)
      for branch in branches where !pending.isEmpty {
        var subset = self.subset(pending)
        let tests = try subset.evaluate(branch.condition)
        var taken: [Int] = []
        var rest: [Int] = []
        for (k, row) in pending.enumerated() {
          if tests[k] == .boolean(true) { taken.append(row) } else { rest.append(row) }
        }
        if !taken.isEmpty {
          var chosen = self.subset(taken)
          for (k, value) in try chosen.evaluate(branch.result).enumerated() { result[taken[k]] = value }
        }
        pending = rest
      }
      if let otherwise, !pending.isEmpty {
        var chosen = self.subset(pending)
        for (k, value) in try chosen.evaluate(otherwise).enumerated() { result[pending[k]] = value }
      }
      return result
    case .function(let function, let args, _, let range):
      var values: [[Value]] = []
      for arg in args { values.append(try evaluate(arg)) }
      var result: [Value] = []
      result.reserveCapacity(n)
      for row in 0..<n {
        try Cancellation.check(row: row)
        result.append(try ScalarFunctions.apply(function, values.map { $0[row] }, at: range))
      }
      return result
    }
  }

  /// An evaluator over the rows `rows` of this one's table (and their aggregate values).
  func subset(_ rows: [Int]) -> ExpressionEvaluator {
    if rows.count == rowCount { return self }
    return ExpressionEvaluator(
      table: table.gathering(rows), aggregateValues: aggregateValues.map { a in rows.map { a[$0] } })
  }

  mutating func regex(_ pattern: String, at range: SourceRange) throws(Diagnostic) -> RegularExpression {
    if let cached = regexCache[pattern] { return cached }
    do {
      let regex = try RegularExpression(pattern)
      regexCache[pattern] = regex
      return regex
    } catch {
      throw .invalidRegex(pattern, error, at: range)
    }
  }

  /// The values of a list of constants, or nil if any item is not one.
  static func constants(_ list: [TypedExpr]) -> [Value]? {
    var values: [Value] = []
    for item in list {
      guard let v = item.constantValue else { return nil }
      values.append(v)
    }
    return values
  }

  /// `x in ("a", "b", …)` with text equality, by hashing each item's key once: a list of many
  /// thousand items costs one lookup per row, not one comparison per item.
  static func textIn(_ values: [Value], _ list: [Value], negated: Bool) -> [Value] {
    let keys = Set(list.compactMap { $0.displayText.map(TextFolding.equalityKey) })
    let listHasNull = list.contains { $0.isNull }
    return values.map { v in
      guard let s = v.displayText else { return .null }
      if keys.contains(TextFolding.equalityKey(s)) { return .boolean(!negated) }
      return listHasNull ? .null : .boolean(negated)
    }
  }

  static func logical(_ op: BinaryOperator, _ a: Value, _ b: Value) -> Value {
    let x: Bool? = if case .boolean(let v) = a { v } else { nil }
    let y: Bool? = if case .boolean(let v) = b { v } else { nil }
    if op == .and {
      if x == false || y == false { return .boolean(false) }
      if let x, let y { return .boolean(x && y) }
      return .null
    }
    if x == true || y == true { return .boolean(true) }
    if let x, let y { return .boolean(x || y) }
    return .null
  }

  /// `v between low and high` as SQL has it, `v >= low and v <= high` in three-valued logic: a
  /// null bound gives null only when the other bound does not already give false.
  static func between(_ v: Value, _ low: Value, _ high: Value, _ kind: ComparisonKind) -> Value {
    logical(.and, compare(.greaterEqual, v, low, kind), compare(.lessEqual, v, high, kind))
  }

  static func compare(_ op: BinaryOperator, _ a: Value, _ b: Value, _ kind: ComparisonKind) -> Value {
    switch op {
    case .equal: return ValueComparison.equal(a, b, kind).map(Value.boolean) ?? .null
    case .notEqual: return ValueComparison.equal(a, b, kind).map { .boolean(!$0) } ?? .null
    default:
      guard let order = ValueComparison.order(a, b, kind) else { return .null }
      switch op {
      case .less: return .boolean(order == .orderedAscending)
      case .lessEqual: return .boolean(order != .orderedDescending)
      case .greater: return .boolean(order == .orderedDescending)
      default: return .boolean(order != .orderedAscending)
      }
    }
  }
}
