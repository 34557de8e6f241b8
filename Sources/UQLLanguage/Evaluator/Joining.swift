import Foundation
import UQLValues

/// Hash joins: the right side is hashed on its keys, every left row looks its keys up. Nulls
/// never match; text keys match as `=` does (case and white space aside).
enum Joining {
  static func run(_ step: JoinStep, left: Table, right: Table) -> Table {
    var index: [[RowKey]: [Int]] = [:]
    for row in 0..<right.rowCount {
      let key = step.rightKeys.map { RowKey(right.columns[$0][row]) }
      if key.contains(where: { $0.value.isNull }) { continue }
      index[key, default: []].append(row)
    }
    var leftRows: [Int] = []
    var rightRows: [Int?] = []
    for row in 0..<left.rowCount {
      let key = step.leftKeys.map { RowKey(left.columns[$0][row]) }
      if !key.contains(where: { $0.value.isNull }), let matches = index[key] {
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
