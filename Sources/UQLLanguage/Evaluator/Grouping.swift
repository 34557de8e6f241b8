import Foundation
import UQLValues

/// Hash grouping with aggregates. Groups come out ordered by their keys (Swedish order, nulls
/// last), so `count by status` reads like a table of contents.
enum Grouping {
  static func run(
    table: Table, keys: [TypedExpr], aggregates: [AggregateCall], outputs: [(name: String, expr: TypedExpr)]
  ) throws(Diagnostic) -> Table {
    var evaluator = ExpressionEvaluator(table: table)
    var keyValues: [[Value]] = []
    for key in keys { keyValues.append(try evaluator.evaluate(key)) }
    var groupOf: [[RowKey]: Int] = [:]
    var firstRow: [Int] = []
    var members: [[Int]] = []
    for row in 0..<table.rowCount {
      let key = keyValues.map { RowKey($0[row]) }
      if let g = groupOf[key] {
        members[g].append(row)
      } else {
        groupOf[key] = members.count
        firstRow.append(row)
        members.append([row])
      }
    }
    // Without keys there is exactly one group, even over no rows (count of nothing is 0).
    if keys.isEmpty && members.isEmpty {
      members = [[]]
      firstRow = [0]
    }
    var order = Array(members.indices)
    if !keys.isEmpty {
      let sortKeys = keyValues.enumerated().map { k, values in
        (firstRow.map { values[$0] }, Binder.kind(of: keys[k].type), false)
      }
      order = Evaluator.sortedRows(members.count, by: sortKeys)
    }
    var aggregateValues: [[Value]] = []
    for call in aggregates {
      let argument = try call.argument.map { (e) throws(Diagnostic) in try evaluator.evaluate(e) }
      var column: [Value] = []
      for g in order {
        column.append(try compute(call, argument, rows: members[g]))
      }
      aggregateValues.append(column)
    }
    let keyColumns = keys.enumerated().map { k, key in
      Column(name: "", type: key.type, values: order.map { keyValues[k][firstRow[$0]] })
    }
    let groups = Table(columns: keyColumns, rowCount: order.count)
    var outputEvaluator = ExpressionEvaluator(table: groups, aggregateValues: aggregateValues)
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

  static func compute(_ call: AggregateCall, _ argument: [Value]?, rows: [Int]) throws(Diagnostic) -> Value {
    guard let argument else { return .integer(rows.count) }
    let values = rows.map { argument[$0] }.filter { !$0.isNull }
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
