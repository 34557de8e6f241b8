import Foundation
import UQLValues

/// Draws a bar chart: one line per row, the label padded to a common width, a bar, the value.
///
/// Labels are padded by display width to the widest, cut with `…` when that would leave the
/// bars fewer than ``minimumBarWidth`` columns. Values print as uql prints them, right after
/// their bar; a null has no bar and prints `null`, a zero has no bar, and any other value has
/// at least the smallest step so it never looks like zero.
///
/// Bars are scaled so the largest value fills the columns left by the labels and the widest
/// value. Positive bars grow right in eighths of a cell (`▏` … `█`). When there are negative
/// values a zero axis `│` is drawn on every line and negative bars grow left from it in halves
/// (`▐`, `█`); the space is split between the two sides in proportion to their largest values
/// and each side is scaled so its largest bar fills it. In ASCII bars are whole cells of `#`
/// (positive) and `=` (negative) and the axis is `|`.
enum BarChart {
  /// The fewest columns left for the bars before the chart is too narrow.
  static let minimumBarWidth = 10
  /// The narrowest labels are cut to before the chart is too narrow.
  static let minimumLabelWidth = 5

  static func render(_ table: Table, options: ChartOptions) -> Result<String, ChartError> {
    let rows = 0..<table.rowCount
    let labels = rows.map { ChartLayout.labelText(table.columns[0][$0]) }
    let numbers = rows.map { table.columns[1][$0].decimal.map(ChartLayout.double) }
    let valueTexts = rows.map { table.columns[1][$0].displayText ?? "null" }
    let maxPositive = numbers.compactMap { $0 }.filter { $0 > 0 }.max() ?? 0
    let maxNegative = numbers.compactMap { $0 }.filter { $0 < 0 }.map { -$0 }.max() ?? 0
    let hasAxis = maxNegative > 0

    // label, space, [axis], bars, space, value
    let fixed = 1 + (hasAxis ? 1 : 0) + 1 + (valueTexts.map(DisplayWidth.of).max() ?? 0)
    let labelWidth = labels.map(DisplayWidth.of).max() ?? 0
    let labelFloor = min(labelWidth, minimumLabelWidth)
    guard
      let fitted = ChartLayout.fitted(
        [labelWidth], floors: [labelFloor], excess: labelWidth + fixed + minimumBarWidth - options.width)
    else {
      return .failure(.widthTooSmall(.bar, width: options.width, needed: labelFloor + fixed + minimumBarWidth))
    }
    let barWidth = options.width - fitted[0] - fixed
    var negativeWidth = 0
    if hasAxis {
      negativeWidth = barWidth
      if maxPositive > 0 {
        let share = Double(barWidth) * maxNegative / (maxNegative + maxPositive)
        negativeWidth = min(max(Int(share.rounded()), 1), barWidth - 1)
      }
    }
    let positiveWidth = barWidth - negativeWidth
    let glyphs = options.ascii ? BarGlyphs.ascii : BarGlyphs.unicode

    var text = ""
    for row in rows {
      text += ChartLayout.padded(labels[row], to: fitted[0]) + " "
      let number = numbers[row] ?? 0
      if hasAxis {
        let bar = number < 0 ? glyphs.negative.bar(-number / maxNegative, cells: negativeWidth) : ""
        text += String(repeating: " ", count: negativeWidth - DisplayWidth.of(bar)) + bar + glyphs.axis
      }
      if number > 0 { text += glyphs.positive.bar(number / maxPositive, cells: positiveWidth) }
      text += " " + valueTexts[row] + "\n"
    }
    return .success(text)
  }
}
