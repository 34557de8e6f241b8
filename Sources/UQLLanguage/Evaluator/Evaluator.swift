import Foundation
import UQLValues

/// Runs a checked plan over its source table.
public enum Evaluator {
  /// The result of `plan` over `table` (the plan's source dataset).
  /// - Throws: a ``Diagnostic`` for errors only data can reveal, such as integer overflow.
  /// - Parameter datasets: the tables joins may read, by dataset name.
  /// - Parameter memory: whether a join's result may take the memory it needs.
  public static func run(
    _ plan: Plan, on table: Table, datasets: [String: Table] = [:], memory: MemoryGate = .unlimited
  ) throws(Diagnostic) -> Table {
    var current = table
    var index = 0
    let steps = plan.steps
    while index < steps.count {
      try Cancellation.check()
      // `sort … | limit n` keeps the n first rows without sorting the rest.
      if case .sort(let keys) = steps[index], index + 1 < steps.count,
        case .limit(let n, let offset) = steps[index + 1]
      {
        let (kept, overflow) = n.addingReportingOverflow(offset)
        current = try apply(.limit(n, offset: offset), to: try sorted(current, by: keys, limit: overflow ? nil : kept))
        index += 2
        continue
      }
      // `where … | count`: the count needs how many rows pass, not the rows themselves.
      if case .filter(let condition) = steps[index], index + 1 < steps.count,
        case .group(let keys, let aggregates, _) = steps[index + 1], keys.isEmpty,
        aggregates.allSatisfy({ $0.argument == nil })
      {
        current = Table(columns: [], rowCount: try passingRows(condition, current).count)
        index += 1
        continue
      }
      if case .join(let join) = steps[index] {
        guard let right = datasets[join.dataset] else {
          preconditionFailure("checker resolved a dataset the evaluator was not given")
        }
        current = try Joining.run(join, left: current, right: right, memory: memory)
      } else {
        current = try apply(steps[index], to: current, memory: memory)
      }
      index += 1
    }
    return current
  }

  static func sorted(_ table: Table, by keys: [(expr: TypedExpr, descending: Bool)], limit: Int?) throws(Diagnostic)
    -> Table
  {
    var evaluator = ExpressionEvaluator(table: table)
    var prepared: [(SortKernel.Key, Bool)] = []
    for key in keys { prepared.append((try SortKernel.key(key.expr, table, evaluator: &evaluator), key.descending)) }
    let rows =
      limit.map { SortKernel.top($0, of: table.rowCount, prepared) } ?? SortKernel.sorted(table.rowCount, prepared)
    return table.gathering(rows)
  }

  /// The rows where `condition` is true, in order.
  static func passingRows(_ condition: TypedExpr, _ table: Table) throws(Diagnostic) -> [Int] {
    var rows: [Int] = []
    if let mask = FilterKernel.mask(condition, table) {
      for (i, keep) in mask.enumerated() where keep { rows.append(i) }
    } else {
      var evaluator = ExpressionEvaluator(table: table)
      let values = try evaluator.evaluate(condition)
      for (i, v) in values.enumerated() where v == .boolean(true) { rows.append(i) }
    }
    return rows
  }

  static func apply(_ step: PlanStep, to table: Table, memory: MemoryGate = .unlimited) throws(Diagnostic) -> Table {
    var evaluator = ExpressionEvaluator(table: table)
    switch step {
    case .filter(let condition):
      let rows = try passingRows(condition, table)
      return rows.count == table.rowCount ? table : table.gathering(rows)
    case .project(let outputs):
      var columns: [Column] = []
      for output in outputs {
        if case .column(let i, _) = output.expr {
          var column = table.columns[i]
          column.name = output.name
          columns.append(column)
        } else {
          columns.append(Column(name: output.name, type: output.expr.type, values: try evaluator.evaluate(output.expr)))
        }
      }
      return Table(columns: columns, rowCount: table.rowCount)
    case .sort(let keys):
      return try sorted(table, by: keys, limit: nil)
    case .limit(let n, let offset):
      let from = min(offset, table.rowCount)
      let to = from + min(n, table.rowCount - from)
      return from == 0 && to == table.rowCount ? table : table.gathering(Array(from..<to))
    case .distinct:
      // The first row of each group of equal rows, in input order.
      let columns = table.columns.enumerated().map { TypedExpr.column($0.offset, $0.element.type) }
      let groups = try GroupKernel.assign(columns, table, evaluator: &evaluator)
      return groups.firstRows.count == table.rowCount ? table : table.gathering(groups.firstRows)
    case .group(let keys, let aggregates, let outputs):
      return try Grouping.run(table: table, keys: keys, aggregates: aggregates, outputs: outputs)
    case .join:
      preconditionFailure("joins are run by run(_:on:datasets:)")
    case .pivot(let rows, let rowName, let columns, let value, let range):
      return try Pivoting.pivot(table, rows: rows, rowName: rowName, columns: columns, value: value, at: range, memory: memory)
    case .change(let value, let order, let keys):
      return try Pivoting.change(table, value: value, order: order, keys: keys)
    }
  }
}

/// A value as a grouping key: text equal under `=` (case, white space) groups together.
struct RowKey: Hashable {
  let value: Value

  init(_ value: Value) {
    switch value {
    case .text(let s): self.value = .text(TextFolding.equalityKey(s))
    case .number(let d):
      // 1 and 1.0 are one group.
      if let i = Int(exactly: NSDecimalNumber(decimal: d).int64Value), Decimal(i) == d {
        self.value = .integer(i)
      } else {
        self.value = .number(d)
      }
    default: self.value = value
    }
  }
}
