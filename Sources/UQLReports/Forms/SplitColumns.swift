/// Puts back together a column that a reader split in two: a column without a header right of
/// a named one, where no row fills both, is that column. Page text does this where a column's
/// values are aligned to the right but its header and its wider values to the left:
///
///     Balansräkning (mnkr)
///                                        Not      2024-12-31
///      Anläggningstillgångar                 7         86,4
///      Avsättningar för pensioner         10            38,9
///
/// `7` stands right of `Not`'s column and is no value of its own: it is the note of its row.
enum SplitColumns {
  static func merged(_ table: DocumentTable) -> DocumentTable {
    let width = table.columns.count
    guard width >= 3, table.columns.dropFirst().contains(where: \.isEmpty), table.rows.allSatisfy({ $0.cells.count == width })
    else { return table }
    var table = table
    var c = 1
    while c < table.columns.count {
      guard table.columns[c].isEmpty, let named = namedColumn(leftOf: c, in: table) else {
        c += 1
        continue
      }
      for r in table.rows.indices where !table.rows[r].cells[c].isEmpty {
        table.rows[r].cells[named] = table.rows[r].cells[c]
      }
      for r in table.rows.indices { table.rows[r].cells.remove(at: c) }
      table.columns.remove(at: c)
    }
    return table
  }

  /// The named column left of column `c` (never the label column) that it merges into, where no
  /// row fills both: values aligned to the right spill right of their header, not left (a
  /// column of values left of a header over a total alone was printed one column off, which the
  /// total check says).
  static func namedColumn(leftOf c: Int, in table: DocumentTable) -> Int? {
    let filled = table.rows.filter { !$0.cells[c].isEmpty }
    guard !filled.isEmpty else { return nil }
    let n = c - 1
    guard n >= 1, !table.columns[n].isEmpty, !filled.contains(where: { !$0.cells[n].isEmpty }),
      table.rows.contains(where: { !$0.cells[n].isEmpty })
    else { return nil }
    return n
  }
}
