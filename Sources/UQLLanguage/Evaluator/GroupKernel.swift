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
    var combined: [Int32]? = nil
    for key in keys {
      let ids = try self.ids(key, table, evaluator: &evaluator)
      if let previous = combined {
        combined = fold(previous, ids)
      } else {
        combined = ids
      }
    }
    // Renumber in order of first appearance.
    var renumber: [Int32: Int32] = [:]
    var ids = [Int32](repeating: 0, count: n)
    var firstRows: [Int] = []
    for (row, id) in combined!.enumerated() {
      if let dense = renumber[id] {
        ids[row] = dense
      } else {
        let dense = Int32(firstRows.count)
        renumber[id] = dense
        firstRows.append(row)
        ids[row] = dense
      }
    }
    return Groups(ids: ids, firstRows: firstRows)
  }

  /// Dense ids of one key per row.
  static func ids(_ key: TypedExpr, _ table: Table, evaluator: inout ExpressionEvaluator) throws(Diagnostic) -> [Int32] {
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
        return codes.map { $0 < 0 ? null : resolved[Int($0)] }
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

  static func intern<T: Hashable>(_ values: [T]) -> [Int32] {
    var table: [T: Int32] = [:]
    return values.map { value in
      if let id = table[value] { return id }
      let id = Int32(table.count)
      table[value] = id
      return id
    }
  }

  /// One id per distinct pair of ids.
  static func fold(_ a: [Int32], _ b: [Int32]) -> [Int32] {
    var table: [Int64: Int32] = [:]
    var result = [Int32](repeating: 0, count: a.count)
    for i in a.indices {
      let pair = Int64(a[i]) << 32 | Int64(UInt32(bitPattern: b[i]))
      if let id = table[pair] {
        result[i] = id
      } else {
        let id = Int32(table.count)
        table[pair] = id
        result[i] = id
      }
    }
    return result
  }
}
