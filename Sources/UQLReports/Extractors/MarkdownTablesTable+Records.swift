import Foundation
import UQLValues

extension MarkdownTablesTable {
  /// The column of row labels (posts, indicator names), or nil when the table has none.
  var labelColumn: Int? { hasLabelColumn ? (indicatorNameColumn ?? 0) : nil }

  /// One record per non-empty value cell.
  /// - Parameters:
  ///   - name: The table's name, e.g. "5.1 Prognos".
  ///   - fallbackPost: The post of rows without a label column (the nearest heading's title).
  func economyRecords(table name: String, fallbackPost: String) -> [EconomyRecord] {
    let firstValueColumn = (labelColumn ?? -1) + 1
    var records: [EconomyRecord] = []
    for row in rows {
      let post = labelColumn.map { row.cell($0) } ?? fallbackPost
      for column in firstValueColumn..<max(firstValueColumn, row.cells.count) {
        let printed = row.cell(column)
        guard !printed.isEmpty else { continue }
        let heading = header.indices.contains(column) ? header[column] : ""
        let (measure, columnUnit) = Self.unit(inHeader: heading)
        let parsed = SwedishNumber.parse(printed)
        records.append(
          EconomyRecord(
            table: name, post: post, measure: measure, value: parsed?.value, printed: printed,
            unit: parsed?.unit ?? columnUnit ?? tableUnit, line: row.line))
      }
    }
    return records
  }

  /// One indicator per row with a name: outcome from the "Utfall" column and target from
  /// "Målvärde"; a deviation indicator ("Prognos budgetavvikelse") without an "Utfall" column
  /// takes its outcome from the deviation column.
  /// - Parameter defaultGroup: The group of rows the table gives none (the chapter title).
  func indicatorRecords(group defaultGroup: String) -> [IndicatorRecord] {
    guard let nameColumn = indicatorNameColumn else { return [] }
    let outcomeColumn = column(where: { $0.hasPrefix("utfall") })
    let targetColumn = column(where: { $0.hasPrefix("målvärde") || $0 == "mål" })
    let deviationColumn = column(where: { $0.contains("avvikelse") })
    let periodColumn = column(where: { ["period", "månad", "år", "tidsperiod"].contains($0) })
    var group = defaultGroup
    var records: [IndicatorRecord] = []
    for row in rows {
      if let groupColumn, !row.cell(groupColumn).isEmpty { group = row.cell(groupColumn) }
      let label = row.cell(nameColumn)
      guard !label.isEmpty else { continue }
      let (name, qualifier) = Self.nameAndQualifier(label)
      var valueColumn = outcomeColumn
      if valueColumn == nil, TextFolding.equalityKey(name).contains("avvikelse") {
        valueColumn = deviationColumn
      }
      let outcome = valueColumn.flatMap { SwedishNumber.parse(row.cell($0)) }
      let target = targetColumn.flatMap { SwedishNumber.parse(row.cell($0)) }
      let headerUnit = [valueColumn, targetColumn].compactMap { $0 }.lazy
        .compactMap { self.header.indices.contains($0) ? Self.unit(inHeader: self.header[$0]).unit : nil }
        .first
      let period = periodColumn.map { row.cell($0) }.flatMap { $0.isEmpty ? nil : $0 }
      records.append(
        IndicatorRecord(
          group: group, name: name, qualifier: qualifier, outcome: outcome?.value,
          target: target?.value, unit: outcome?.unit ?? target?.unit ?? headerUnit ?? tableUnit,
          period: period, line: row.line,
          printed: outcome != nil ? valueColumn.map { row.cell($0) } : target != nil ? targetColumn.map { row.cell($0) } : nil))
    }
    return records
  }

  /// A name and a qualifier in final parentheses; compiled once, not once per row.
  nonisolated(unsafe) static let qualified = #/(.*?\S)\s*\(([^()]*)\)/#

  /// "Sjukfrånvaro (R12 medel)" → ("Sjukfrånvaro", "R12 medel"); a name without a final
  /// parenthesis has no qualifier.
  static func nameAndQualifier(_ label: String) -> (name: String, qualifier: String?) {
    guard let match = label.wholeMatch(of: qualified) else { return (label, nil) }
    let qualifier = TextFolding.collapseWhitespace(String(match.output.2))
    return (String(match.output.1), qualifier.isEmpty ? nil : qualifier)
  }
}
