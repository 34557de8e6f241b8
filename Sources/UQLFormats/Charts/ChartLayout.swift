import Foundation
import UQLValues

/// Helpers shared by the bar and line renderers: cell text, padding and fitting columns.
enum ChartLayout {
  /// The whole chart of a result without rows.
  static let noRows = "no rows to chart\n"

  /// The text of a label cell: untrusted report text with its control characters escaped.
  static func labelText(_ value: Value) -> String {
    ControlEscaping.escaped(value.displayText ?? "null")
  }

  /// `text` cut or padded with spaces to exactly `width` display columns.
  static func padded(_ text: String, to width: Int) -> String {
    var cut = DisplayWidth.truncated(text, to: width)
    if cut != text, !cut.isEmpty {
      // "Regionstyrelsens …" reads as a word and a mark; "Regionstyrelsens…" as a word cut short.
      var kept = cut.dropLast()
      while kept.last == " " { kept = kept.dropLast() }
      cut = kept + "…"
    }
    return cut + String(repeating: " ", count: max(0, width - DisplayWidth.of(cut)))
  }

  /// `widths` narrowed, widest first and none below its floor, by `excess` columns in all;
  /// nil when the floors leave too little.
  static func fitted(_ widths: [Int], floors: [Int], excess: Int) -> [Int]? {
    var widths = widths
    var excess = excess
    while excess > 0 {
      var widest: Int?
      for c in widths.indices where widths[c] > floors[c] {
        if widest.map({ widths[c] > widths[$0] }) ?? true { widest = c }
      }
      guard let c = widest else { return nil }
      widths[c] -= 1
      excess -= 1
    }
    return widths
  }
}

extension ChartLayout {
  /// `decimal` as a double, for scaling; charts need no more precision than a terminal cell.
  static func double(_ decimal: Decimal) -> Double {
    NSDecimalNumber(decimal: decimal).doubleValue
  }
}
