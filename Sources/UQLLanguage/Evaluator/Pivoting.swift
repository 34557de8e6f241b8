import Foundation
import UQLValues

/// Pivots and period-to-period changes: the two shapes of "an indicator over time".
enum Pivoting {
  /// One row per value of `rows`, one column per value of `columns` (in their sort order,
  /// nulls last), each cell the aggregate of the rows that have both values.
  /// - Throws: past ``Limits/pivotColumns`` columns or ``Limits/pivotCells`` cells, before any
  ///   cell is made.
  static func pivot(
    _ table: Table, rows: TypedExpr, rowName: String, columns: TypedExpr, value: AggregateCall,
    at range: SourceRange, memory: MemoryGate = .unlimited
  ) throws(Diagnostic) -> Table {
    var evaluator = ExpressionEvaluator(table: table)
    let rowGroups = try GroupKernel.assign([rows], table, evaluator: &evaluator)
    let columnGroups = try GroupKernel.assign([columns], table, evaluator: &evaluator)
    let (rowCount, columnCount) = (rowGroups.firstRows.count, columnGroups.firstRows.count)
    if columnCount > Limits.pivotColumns {
      throw .pivotTooWide(columns: columnCount, limit: Limits.pivotColumns, at: range)
    }
    if rowCount * columnCount > Limits.pivotCells {
      throw .pivotTooLarge(rows: rowCount, columns: columnCount, limit: Limits.pivotCells, at: range)
    }
    // A value and a list of source rows per cell, asked for before any cell is made.
    let bytes = rowCount * (columnCount + 1) * (MemoryLayout<Value>.stride + MemoryLayout<[Int]>.stride)
    if !memory.allows(bytes) {
      throw .pivotOutOfMemory(rows: rowCount, columns: columnCount, bytes: bytes, at: range)
    }
    let rowValues = try ExpressionEvaluator(table: table.gathering(rowGroups.firstRows)).evaluated(rows)
    let columnValues = try ExpressionEvaluator(table: table.gathering(columnGroups.firstRows)).evaluated(columns)
    let rowOrder = SortKernel.sorted(
      rowValues.count, [(SortKernel.key(values: rowValues, kind: Binder.kind(of: rows.type)), false)])
    let columnOrder = SortKernel.sorted(
      columnValues.count, [(SortKernel.key(values: columnValues, kind: Binder.kind(of: columns.type)), false)])
    var cells = [[Int]](repeating: [], count: rowValues.count * columnValues.count)
    for row in 0..<table.rowCount {
      cells[Int(rowGroups.ids[row]) * columnValues.count + Int(columnGroups.ids[row])].append(row)
    }
    let argument = try value.argument.map { (e) throws(Diagnostic) in try evaluator.evaluate(e) }
    var result = [Column(name: rowName, type: rows.type, values: rowOrder.map { rowValues[$0] })]
    var names = Set([TextFolding.looseKey(rowName)])
    for c in columnOrder {
      var name = columnValues[c].displayText ?? "null"
      while !names.insert(TextFolding.looseKey(name)).inserted { name += "'" }
      var values: [Value] = []
      for r in rowOrder {
        let members = cells[r * columnValues.count + c]
        // An empty cell counts nothing, as count() of no rows is 0; other aggregates of no rows are null.
        if members.isEmpty {
          values.append(value.function == .count ? .integer(0) : .null)
        } else {
          values.append(try Grouping.compute(value, argument, rows: members))
        }
      }
      result.append(Column(name: name, type: value.type, values: values))
    }
    return Table(columns: result, rowCount: rowOrder.count)
  }

  /// The table sorted by `keys` then `order`, with each row's previous value of `value` in the
  /// same keys, the change from it, and the change in percent of it.
  static func change(_ table: Table, value: TypedExpr, order: TypedExpr, keys: [TypedExpr]) throws(Diagnostic) -> Table
  {
    var evaluator = ExpressionEvaluator(table: table)
    var sortKeys: [(SortKernel.Key, Bool)] = []
    for key in keys + [order] { sortKeys.append((try SortKernel.key(key, table, evaluator: &evaluator), false)) }
    let rows = SortKernel.sorted(table.rowCount, sortKeys)
    let sorted = table.gathering(rows)
    var sortedEvaluator = ExpressionEvaluator(table: sorted)
    let values = try sortedEvaluator.evaluate(value)
    var keyValues: [[Value]] = []
    for key in keys { keyValues.append(try sortedEvaluator.evaluate(key)) }
    var previous: [Value] = []
    var change: [Value] = []
    var percent: [Value] = []
    let type = value.type == .null ? ValueType.number : value.type
    for row in 0..<sorted.rowCount {
      let sameGroup = row > 0 && keyValues.allSatisfy { RowKey($0[row]) == RowKey($0[row - 1]) }
      let before = sameGroup ? values[row - 1] : .null
      previous.append(before)
      guard let now = values[row].decimal, let then = before.decimal else {
        change.append(.null)
        percent.append(.null)
        continue
      }
      change.append(type == .integer ? (Int(exactly: NSDecimalNumber(decimal: now - then).int64Value).map(Value.integer) ?? .number(now - then)) : .number(now - then))
      if then.isZero {
        percent.append(.null)
      } else {
        var ratio = (now - then) / abs(then) * 100
        var rounded = Decimal()
        NSDecimalRound(&rounded, &ratio, 1, .plain)
        percent.append(.number(rounded))
      }
    }
    var columns = sorted.columns
    columns.append(Column(name: "föregående", type: type, values: previous))
    columns.append(Column(name: "förändring", type: type, values: change))
    columns.append(Column(name: "förändring_procent", type: .number, values: percent))
    return Table(columns: columns, rowCount: sorted.rowCount)
  }
}

extension ExpressionEvaluator {
  /// `evaluate` on a fresh evaluator, for one-off use.
  func evaluated(_ expr: TypedExpr) throws(Diagnostic) -> [Value] {
    var copy = self
    return try copy.evaluate(expr)
  }
}
