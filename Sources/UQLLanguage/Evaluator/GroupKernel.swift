import Foundation
import UQLValues

/// Assigns rows to groups by key expressions: each key becomes dense ids per row (text equal
/// under `=` shares an id; null has its own), and several keys are folded pairwise into one id.
/// Dictionary-encoded columns are keyed by code, with no per-row hashing of text.
enum GroupKernel {
  /// Groups in order of first appearance.
  struct Groups {
    /// The group of each row.
    var ids: [Int32]
    /// The first row of each group.
    var firstRows: [Int]
  }

  static func assign(_ keys: [TypedExpr], _ table: Table, evaluator: inout ExpressionEvaluator) throws(Diagnostic)
    -> Groups
  {
    let n = table.rowCount
    guard !keys.isEmpty else { return Groups(ids: [Int32](repeating: 0, count: n), firstRows: n > 0 ? [0] : []) }
    var combined: (ids: [Int32], count: Int)? = nil
    for key in keys {
      let ids = try self.ids(key, table, evaluator: &evaluator)
      if let previous = combined {
        combined = fold(previous, ids)
      } else {
        combined = ids
      }
    }
    // Renumber in order of first appearance; ids are below `count`, so an array does.
    var renumber = [Int32](repeating: -1, count: combined!.count)
    var ids = combined!.ids
    var firstRows: [Int] = []
    for row in ids.indices {
      let id = Int(ids[row])
      if renumber[id] < 0 {
        renumber[id] = Int32(firstRows.count)
        firstRows.append(row)
      }
      ids[row] = renumber[id]
    }
    return Groups(ids: ids, firstRows: firstRows)
  }

  /// Ids of one key per row, all below `count`.
  static func ids(_ key: TypedExpr, _ table: Table, evaluator: inout ExpressionEvaluator) throws(Diagnostic)
    -> (ids: [Int32], count: Int)
  {
    if case .column(let i, _) = key {
      switch table.columns[i].storage {
      case .dictionary(let codes, let values):
        // Entries equal under `=` ("Hög  attraktivitet", "hög attraktivitet") share an id.
        var canonical: [RowKey: Int32] = [:]
        var resolved = [Int32](repeating: 0, count: values.count)
        for (index, value) in values.enumerated() {
          let key = RowKey(.text(value))
          if let id = canonical[key] {
            resolved[index] = id
          } else {
            canonical[key] = Int32(index)
            resolved[index] = Int32(index)
          }
        }
        let null = Int32(values.count)
        return (codes.map { $0 < 0 ? null : resolved[Int($0)] }, values.count + 1)
      case .integers(let a):
        return intern(a)
      case .scaledNumbers(let s):
        // One scale for the column: equal numbers (1 and 1,0) have equal units.
        return intern(s.units)
      case .dates(let a):
        return intern(a)
      default:
        break
      }
    }
    return intern(try evaluator.evaluate(key).map(RowKey.init))
  }

  static func intern<T: Hashable>(_ values: [T]) -> (ids: [Int32], count: Int) {
    var table: [T: Int32] = [:]
    let ids = values.map { value in
      if let id = table[value] { return id }
      let id = Int32(table.count)
      table[value] = id
      return id
    }
    return (ids, table.count)
  }

  /// One id per distinct pair of ids: by place in a grid of all pairs when that grid is
  /// small, by hashing the pairs otherwise.
  static func fold(_ a: (ids: [Int32], count: Int), _ b: (ids: [Int32], count: Int)) -> (ids: [Int32], count: Int) {
    let n = a.ids.count
    var result = [Int32](repeating: 0, count: n)
    let (cells, overflow) = a.count.multipliedReportingOverflow(by: b.count)
    if !overflow, cells <= max(1 << 16, 4 * n) {
      var grid = [Int32](repeating: -1, count: cells)
      var count: Int32 = 0
      for i in 0..<n {
        let cell = Int(a.ids[i]) * b.count + Int(b.ids[i])
        if grid[cell] < 0 {
          grid[cell] = count
          count += 1
        }
        result[i] = grid[cell]
      }
      return (result, Int(count))
    }
    var table: [Int64: Int32] = [:]
    for i in 0..<n {
      let pair = Int64(a.ids[i]) << 32 | Int64(UInt32(bitPattern: b.ids[i]))
      if let id = table[pair] {
        result[i] = id
      } else {
        let id = Int32(table.count)
        table[pair] = id
        result[i] = id
      }
    }
    return (result, table.count)
  }
}
