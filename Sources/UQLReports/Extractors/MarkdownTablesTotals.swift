import Foundation
import UQLValues

/// Checks the total rows (Total, Totalt, Summa) of a table against the rows above them.
///
/// Printed values are never corrected; a total that does not add up becomes a warning with both
/// numbers. Each printed value may be off by up to half its last printed digit through
/// rounding, so a total is accepted within the sum of those halves over the rows and the total
/// itself (0,05 × 10 = 0,5 for nine rows and a total printed with one decimal). Percentage
/// columns are ratios, not sums, and are not checked.
enum MarkdownTablesTotals {
  static let totalLabels: Set<String> = ["total", "totalt", "summa", "summa totalt"]

  /// The warnings for `table`, named `name` in the messages.
  static func warnings(_ table: MarkdownTablesTable, name: String) -> [ReportWarning] {
    guard let labelColumn = table.labelColumn else { return [] }
    var warnings: [ReportWarning] = []
    var summed: [MarkdownTablesTable.Row] = []
    for row in table.rows {
      let label = row.cell(labelColumn)
      guard totalLabels.contains(TextFolding.equalityKey(label)) else {
        summed.append(row)
        continue
      }
      for column in (labelColumn + 1)..<max(labelColumn + 1, table.header.count) {
        if let warning = check(column: column, of: summed, total: row, table: table, name: name) {
          warnings.append(warning)
        }
      }
      summed = []
    }
    return warnings
  }

  private static func check(
    column: Int, of rows: [MarkdownTablesTable.Row], total: MarkdownTablesTable.Row,
    table: MarkdownTablesTable, name: String
  ) -> ReportWarning? {
    let heading = table.header.indices.contains(column) ? table.header[column] : ""
    guard MarkdownTablesTable.unit(inHeader: heading).unit != "%",
      let printedTotal = SwedishNumber.parse(total.cell(column)), printedTotal.unit != "%"
    else { return nil }
    var parts: [(label: String, printed: String, value: Decimal)] = []
    for row in rows {
      let printed = row.cell(column)
      if printed.isEmpty { continue }
      // A cell that is not a number makes the column something other than a sum.
      guard let parsed = SwedishNumber.parse(printed), parsed.unit != "%" else { return nil }
      parts.append((row.cell(table.labelColumn ?? 0), printed, parsed.value))
    }
    guard !parts.isEmpty else { return nil }
    let sum = parts.reduce(Decimal(0)) { $0 + $1.value }
    let printed = [total.cell(column)] + parts.map(\.printed)
    let decimals = printed.map(decimalCount).max() ?? 0
    let tolerance = printed.reduce(Decimal(0)) {
      $0 + Decimal(sign: .plus, exponent: -(decimalCount($1) + 1), significand: 5)
    }
    let difference = sum - printedTotal.value
    guard abs(difference) > tolerance else { return nil }
    var message =
      "the '\(total.cell(table.labelColumn ?? 0))' row of '\(name)' prints "
      + "\(total.cell(column)) for '\(heading)' but its \(parts.count) rows add up to "
      + swedish(sum, decimals: decimals)
    // A single row whose sign would explain the difference is worth naming: it is how a lost
    // minus sign shows.
    let flips = parts.filter { abs(difference - 2 * $0.value) <= tolerance }
    if flips.count == 1, let flip = flips.first {
      message += "; the sum agrees if '\(flip.label)' (\(flip.printed)) has the opposite sign"
    }
    return ReportWarning(message: message, line: total.line)
  }

  /// The number of digits after the decimal mark in a printed number.
  static func decimalCount(_ printed: String) -> Int {
    guard let mark = printed.lastIndex(where: { $0 == "," || $0 == "." }) else { return 0 }
    return printed[printed.index(after: mark)...].prefix(while: \.isNumber).count
  }

  /// `value` printed the Swedish way with `decimals` decimals: "25 850", "-565,8".
  static func swedish(_ value: Decimal, decimals: Int) -> String {
    var input = value
    var rounded = Decimal()
    NSDecimalRound(&rounded, &input, decimals, .plain)
    let negative = rounded < 0
    let plain = "\(abs(rounded))"
    let parts = plain.split(separator: ".", maxSplits: 1)
    let integer = parts.first.map(String.init) ?? "0"
    var fraction = parts.count > 1 ? String(parts[1]) : ""
    while fraction.count < decimals { fraction += "0" }
    var grouped = ""
    for (offset, digit) in integer.enumerated() {
      if offset > 0, (integer.count - offset) % 3 == 0 { grouped += " " }
      grouped.append(digit)
    }
    return (negative ? "-" : "") + grouped + (decimals > 0 ? "," + fraction : "")
  }
}
