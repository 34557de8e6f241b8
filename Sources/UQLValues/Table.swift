/// Rows held column-wise: every column has `rowCount` values.
public struct Table: Sendable {
  public var columns: [Column]
  public let rowCount: Int

  public init(columns: [Column], rowCount: Int) {
    precondition(columns.allSatisfy { $0.count == rowCount }, "columns of unequal length")
    self.columns = columns
    self.rowCount = rowCount
  }

  /// Builds a table from rows of values, one type per column.
  public init(names: [String], types: [ValueType], rows: [[Value]]) {
    precondition(names.count == types.count)
    var columns: [Column] = []
    for (c, name) in names.enumerated() {
      columns.append(Column(name: name, type: types[c], values: rows.map { $0[c] }))
    }
    self.init(columns: columns, rowCount: rows.count)
  }

  public var columnNames: [String] { columns.map(\.name) }

  /// The index of the column called exactly `name`.
  public func columnIndex(_ name: String) -> Int? { columns.firstIndex { $0.name == name } }

  public func row(_ index: Int) -> [Value] { columns.map { $0[index] } }

  /// The rows at `indices`, in that order.
  public func gathering(_ indices: [Int]) -> Table {
    Table(
      columns: columns.map { Column(name: $0.name, type: $0.type, storage: $0.storage.gathering(indices)) },
      rowCount: indices.count)
  }
}
