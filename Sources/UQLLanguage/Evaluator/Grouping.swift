import Foundation
import UQLValues

/// Hash grouping with aggregates. Groups come out ordered by their keys (Swedish order, nulls
/// last), so `count by status` reads like a table of contents.
enum Grouping {
  static func run(
    table: Table, keys: [TypedExpr], aggregates: [AggregateCall], outputs: [(name: String, expr: TypedExpr)]
  ) throws(Diagnostic) -> Table {
    var evaluator = ExpressionEvaluator(table: table)
    let groups = try GroupKernel.assign(keys, table, evaluator: &evaluator)
    var firstRow = groups.firstRows
    // Rows of each group, in row order (a counting sort by group id).
    var members = [[Int]](repeating: [], count: firstRow.count)
    for (row, id) in groups.ids.enumerated() { members[Int(id)].append(row) }
    // Without keys there is exactly one group, even over no rows (count of nothing is 0).
    if keys.isEmpty && members.isEmpty {
      members = [[]]
      firstRow = [0]
    }
    // Key values are the same on every row of a group: evaluate them on the first rows only.
    var keyValues: [[Value]] = []
    var order = Array(members.indices)
    if !keys.isEmpty {
      var firstRows = ExpressionEvaluator(table: table.gathering(firstRow))
      for key in keys { keyValues.append(try firstRows.evaluate(key)) }
      let sortKeys = keyValues.enumerated().map { k, values in
        (SortKernel.key(values: values, kind: Binder.kind(of: keys[k].type)), false)
      }
      order = SortKernel.sorted(members.count, sortKeys)
    }
    var aggregateValues: [[Value]] = []
    // sum and avg of one column share one pass of decimal additions.
    var totals: [Int: [(total: Decimal, count: Int)]] = [:]
    for call in aggregates {
      if let column = try typedAggregate(call, table: table, groups: order.map { members[$0] }, totals: &totals) {
        aggregateValues.append(column)
        continue
      }
      let argument = try call.argument.map { (e) throws(Diagnostic) in try evaluator.evaluate(e) }
      var column: [Value] = []
      for g in order {
        column.append(try compute(call, argument, rows: members[g]))
      }
      aggregateValues.append(column)
    }
    let keyColumns = keys.enumerated().map { k, key in
      Column(name: "", type: key.type, values: order.map { keyValues[k][$0] })
    }
    let groupTable = Table(columns: keyColumns, rowCount: order.count)
    var outputEvaluator = ExpressionEvaluator(table: groupTable, aggregateValues: aggregateValues)
    var columns: [Column] = []
    for output in outputs {
      if case .column(let k, _) = output.expr {
        var column = keyColumns[k]
        column.name = output.name
        columns.append(column)
      } else {
        columns.append(Column(name: output.name, type: output.expr.type, values: try outputEvaluator.evaluate(output.expr)))
      }
    }
    return Table(columns: columns, rowCount: order.count)
  }

  /// A decimal result, or an error where Decimal ran out of range (it gives NaN, not a trap).
  static func checked(_ d: Decimal, _ call: AggregateCall) throws(Diagnostic) -> Value {
    if d.isNaN { throw Diagnostic(.error, "number overflow in \(call.function.rawValue)()", at: call.range) }
    return .number(d)
  }

  /// count, sum and avg of a plain number column, read from its typed array without making a
  /// value per row; nil for every other aggregate, which ``compute(_:_:rows:)`` handles.
  static func typedAggregate(
    _ call: AggregateCall, table: Table, groups: [[Int]], totals: inout [Int: [(total: Decimal, count: Int)]]
  ) throws(Diagnostic) -> [Value]? {
    if call.distinct { return nil }
    // count(condition): rows where it is true, from the filter kernel's mask.
    if call.function == .count, let argument = call.argument, argument.type == .boolean,
      let mask = FilterKernel.mask(argument, table)
    {
      return groups.map { rows in .integer(rows.reduce(0) { $0 + (mask[$1] ? 1 : 0) }) }
    }
    guard case .column(let i, _)? = call.argument, [.count, .sum, .avg].contains(call.function) else { return nil }
    let sums: [(total: Decimal, count: Int)]
    switch table.columns[i].storage {
    case .scaledNumbers(let s):
      if call.function == .count {
        return groups.map { rows in .integer(rows.reduce(0) { $0 + (s.units[$1] == ScaledNumbers.null ? 0 : 1) }) }
      }
      sums = totals[i] ?? groups.map { scaledTotal(s, rows: $0) }
    case .numbers(let a):
      if call.function == .count {
        return groups.map { rows in .integer(rows.reduce(0) { $0 + (a[$1] == nil ? 0 : 1) }) }
      }
      sums =
        totals[i]
        ?? groups.map { rows in
          var total = Decimal(0)
          var n = 0
          for r in rows {
            if let v = a[r] {
              total += v
              n += 1
            }
          }
          return (total, n)
        }
    case .integers(let a):
      var result: [Value] = []
      for rows in groups {
        var total = 0
        var n = 0
        for r in rows {
          guard let v = a[r] else { continue }
          let (sum, overflow) = total.addingReportingOverflow(v)
          if overflow { throw Diagnostic(.error, "integer overflow in \(call.function.rawValue)()", at: call.range) }
          total = sum
          n += 1
        }
        switch call.function {
        case .count: result.append(.integer(n))
        case .sum: result.append(n == 0 ? .null : .integer(total))
        default: result.append(n == 0 ? .null : .number(Decimal(total) / Decimal(n)))
        }
      }
      return result
    default:
      return nil
    }
    totals[i] = sums
    var values: [Value] = []
    for (total, n) in sums {
      values.append(n == 0 ? .null : try checked(call.function == .sum ? total : total / Decimal(n), call))
    }
    return values
  }

  /// The sum and count of a group's non-null numbers: exact integer additions, and decimal
  /// ones from where the integers would overflow. The sum is the decimal that adding the
  /// numbers as decimals gives (exact either way: 19 digits are far from Decimal's 38).
  static func scaledTotal(_ numbers: ScaledNumbers, rows: [Int]) -> (total: Decimal, count: Int) {
    let units = numbers.units
    var total: Int64 = 0
    var n = 0
    for (k, r) in rows.enumerated() {
      let u = units[r]
      if u == ScaledNumbers.null { continue }
      let (sum, overflow) = total.addingReportingOverflow(u)
      if overflow {
        var decimal = ScaledNumbers.decimal(units: total, scale: numbers.scale)
        for r in rows[k...] {
          if let v = numbers[r] {
            decimal += v
            n += 1
          }
        }
        return (decimal, n)
      }
      total = sum
      n += 1
    }
    return (ScaledNumbers.decimal(units: total, scale: numbers.scale), n)
  }

  static func compute(_ call: AggregateCall, _ argument: [Value]?, rows: [Int]) throws(Diagnostic) -> Value {
    guard let argument else { return .integer(rows.count) }
    let values = rows.map { argument[$0] }.filter { !$0.isNull }
    if call.distinct { return .integer(Set(values.map(RowKey.init)).count) }
    switch call.function {
    case .count:
      // count(x) counts rows where x is neither null nor false.
      return .integer(values.filter { $0 != .boolean(false) }.count)
    case .sum:
      if values.isEmpty { return .null }
      if call.type == .integer {
        var total = 0
        for case .integer(let i) in values {
          let (sum, overflow) = total.addingReportingOverflow(i)
          if overflow { throw Diagnostic(.error, "integer overflow in sum()", at: call.range) }
          total = sum
        }
        return .integer(total)
      }
      return try checked(values.compactMap(\.decimal).reduce(0, +), call)
    case .avg:
      if values.isEmpty { return .null }
      return try checked(values.compactMap(\.decimal).reduce(0, +) / Decimal(values.count), call)
    case .median:
      let sorted = values.compactMap(\.decimal).sorted()
      if sorted.isEmpty { return .null }
      let mid = sorted.count / 2
      return try checked(sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2, call)
    case .min, .max:
      let kind = Binder.kind(of: call.type)
      var best: Value? = nil
      for v in values {
        guard let current = best else {
          best = v
          continue
        }
        let order = ValueComparison.order(v, current, kind)
        if (call.function == .min && order == .orderedAscending) || (call.function == .max && order == .orderedDescending) {
          best = v
        }
      }
      return best ?? .null
    }
  }
}
