import Foundation
import UQLValues

/// Hash joins: the right side is hashed on its keys, every left row looks its keys up. Nulls
/// never match; text keys match as `=` does (case and white space aside).
enum Joining {
  /// - Throws: when the result would have more than ``Limits/joinRows`` rows, or need more memory
  ///   than `memory` allows, before any is made.
  static func run(_ step: JoinStep, left: Table, right: Table, memory: MemoryGate = .unlimited) throws(Diagnostic) -> Table {
    var index: [[RowKey]: [Int]] = [:]
    for row in 0..<right.rowCount {
      try Cancellation.check(row: row)
      let key = step.rightKeys.map { RowKey(right.columns[$0][row]) }
      if key.contains(where: { $0.value.isNull }) { continue }
      index[key, default: []].append(row)
    }
    func lookup(_ row: Int) -> [Int]? {
      let key = step.leftKeys.map { RowKey(left.columns[$0][row]) }
      return key.contains(where: { $0.value.isNull }) ? nil : index[key]
    }
    // Each left row's matches, counted before any result row is made.
    var matched: [[Int]?] = []
    matched.reserveCapacity(left.rowCount)
    var total = 0
    for row in 0..<left.rowCount {
      try Cancellation.check(row: row)
      let matches = lookup(row)
      total += matches?.count ?? (step.left ? 1 : 0)
      if total > Limits.joinRows {
        // Say how many it would be: count the rest without keeping them.
        for rest in (row + 1)..<max(row + 1, left.rowCount) {
          try Cancellation.check(row: rest)
          let (sum, overflow) = total.addingReportingOverflow(lookup(rest)?.count ?? (step.left ? 1 : 0))
          total = overflow ? Int.max : sum
        }
        throw .joinTooLarge(rows: total, limit: Limits.joinRows, at: step.range)
      }
      matched.append(matches)
    }
    // What the result takes: a value per cell, and the row numbers gathered on both sides.
    let perRow = (left.columns.count + step.rightColumns.count) * MemoryLayout<Value>.stride + 2 * MemoryLayout<Int>.stride + 1
    let (bytes, overflow) = total.multipliedReportingOverflow(by: perRow)
    if overflow || !memory.allows(bytes) {
      throw .joinOutOfMemory(rows: total, bytes: overflow ? Int.max : bytes, at: step.range)
    }
    var leftRows: [Int] = []
    var rightRows: [Int?] = []
    leftRows.reserveCapacity(total)
    rightRows.reserveCapacity(total)
    for row in 0..<left.rowCount {
      try Cancellation.check(row: row)
      if let matches = matched[row] {
        for match in matches {
          leftRows.append(row)
          rightRows.append(match)
        }
      } else if step.left {
        leftRows.append(row)
        rightRows.append(nil)
      }
    }
    var columns = left.gathering(leftRows).columns
    for (i, name) in step.leftNames.enumerated() { columns[i].name = name }
    for (index, name) in step.rightColumns {
      let source = right.columns[index]
      let values = rightRows.map { $0.map { source[$0] } ?? .null }
      columns.append(Column(name: name, type: source.type, values: values))
    }
    return Table(columns: columns, rowCount: leftRows.count)
  }
}
