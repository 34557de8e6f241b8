import Foundation
import UQLValues

/// Runs a checked plan over its source table.
public enum Evaluator {
  /// The result of `plan` over `table` (the plan's source dataset).
  /// - Throws: a ``Diagnostic`` for errors only data can reveal, such as integer overflow.
  public static func run(_ plan: Plan, on table: Table) throws(Diagnostic) -> Table {
    var current = table
    for step in plan.steps {
      current = try apply(step, to: current)
    }
    return current
  }

  static func apply(_ step: PlanStep, to table: Table) throws(Diagnostic) -> Table {
    var evaluator = ExpressionEvaluator(table: table)
    switch step {
    case .filter(let condition):
      let values = try evaluator.evaluate(condition)
      var rows: [Int] = []
      for (i, v) in values.enumerated() where v == .boolean(true) { rows.append(i) }
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
      var keyValues: [([Value], ComparisonKind, Bool)] = []
      for key in keys {
        keyValues.append((try evaluator.evaluate(key.expr), Binder.kind(of: key.expr.type), key.descending))
      }
      return table.gathering(sortedRows(table.rowCount, by: keyValues))
    case .limit(let n):
      return n >= table.rowCount ? table : table.gathering(Array(0..<n))
    case .distinct:
      var seen = Set<[RowKey]>()
      var rows: [Int] = []
      for row in 0..<table.rowCount {
        let key = table.columns.map { RowKey($0[row]) }
        if seen.insert(key).inserted { rows.append(row) }
      }
      return table.gathering(rows)
    case .group(let keys, let aggregates, let outputs):
      return try Grouping.run(table: table, keys: keys, aggregates: aggregates, outputs: outputs)
    }
  }

  /// Row indices in sorted order: stable, nulls last in both directions.
  static func sortedRows(_ count: Int, by keys: [([Value], ComparisonKind, Bool)]) -> [Int] {
    // Text keys compare by collation key; compute each once, not per comparison.
    let collationKeys: [[[UInt32]]?] = keys.map { values, kind, _ in
      guard case .text = kind else { return nil }
      return values.map { SwedishCollation.key(TextFolding.collapseWhitespace($0.displayText ?? "")) }
    }
    return (0..<count).sorted { a, b in
      for (k, (values, kind, descending)) in keys.enumerated() {
        let x = values[a]
        let y = values[b]
        if x.isNull || y.isNull {
          if x.isNull && y.isNull { continue }
          return y.isNull
        }
        let order: ComparisonResult
        if let ck = collationKeys[k] {
          order = ck[a] == ck[b] ? .orderedSame : (ck[a].lexicographicallyPrecedes(ck[b]) ? .orderedAscending : .orderedDescending)
        } else {
          order = ValueComparison.order(x, y, kind) ?? .orderedSame
        }
        if order == .orderedSame { continue }
        return (order == .orderedAscending) != descending
      }
      return a < b
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
