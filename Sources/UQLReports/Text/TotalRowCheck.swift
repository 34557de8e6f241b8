import Foundation
import UQLValues

/// Checks that a table's total row (Total, Totalt, Summa) equals the sum of the rows above it,
/// column by column. Printed values are kept as they are; a mismatch only becomes a warning
/// naming both numbers.
public enum TotalRowCheck {
  /// Whether `post` names a total row.
  public static func isTotal(_ post: String) -> Bool {
    // Lower-casing makes ASCII letters only of ASCII letters, İ and the Kelvin sign; a post
    // without "total" or "summa" in any case is no total.
    guard TextSearch.mayContainLowercased(post, "total") || TextSearch.mayContainLowercased(post, "summa") else {
      return false
    }
    let p = HTMLText.collapse(post).lowercased()
    return p == "total" || p == "totalt" || p == "summa" || p.hasPrefix("summa ") || p.hasPrefix("totalt ")
      || p.hasPrefix("total ")
  }

  /// Warnings for every total cell in `records` that is not the sum of the cells above it in
  /// the same table and measure (since the previous total). Rounding is allowed for: each
  /// summed cell may be off by half a unit of the printed precision.
  public static func check(_ records: [EconomyRecord]) -> [ReportWarning] {
    var warnings: [ReportWarning] = []
    var groups: [String: [EconomyRecord]] = [:]
    var order: [String] = []
    for r in records {
      let key = r.table + "\u{1F}" + r.measure
      if groups[key] == nil { order.append(key) }
      groups[key, default: []].append(r)
    }
    for key in order {
      // Percentages and ratios are not sums of their rows.
      let group = groups[key] ?? []
      if isRatio(group.first?.measure ?? "") || group.contains(where: { $0.unit == "%" && !isTotal($0.post) }) { continue }
      var sum = Decimal(0)
      var count = 0
      var decimals = 0
      for r in groups[key] ?? [] {
        guard let value = r.value else { continue }
        if isTotal(r.post) {
          decimals = max(decimals, decimalPlaces(r.printed))
          var tolerance = Decimal(count) * half(decimals)
          if tolerance < half(decimals) { tolerance = half(decimals) }
          let difference = value - sum
          let magnitude = difference < 0 ? -difference : difference
          if count > 0, magnitude > tolerance {
            warnings.append(
              ReportWarning(
                message: "the total '\(r.post)' of '\(r.table)', '\(r.measure)', is printed as \(r.printed) "
                  + "but its \(count) rows add up to \(Value.format(sum))",
                line: r.line))
          }
          sum = 0
          count = 0
          decimals = 0
        } else {
          sum += value
          count += 1
          decimals = max(decimals, decimalPlaces(r.printed))
        }
      }
    }
    return warnings
  }

  /// Whether a column holds percentages or ratios: `%`, `procent`, `andel`, `per`, `kvot`.
  static func isRatio(_ measure: String) -> Bool {
    let m = measure.lowercased()
    return m.contains("%") || m.contains("procent") || m.contains("andel") || m.contains("kvot")
      || m.split(separator: " ").contains("per")
  }

  /// Digits after the decimal mark of a printed number ("-6,0" → 1, "82 700 tkr" → 0).
  static func decimalPlaces(_ printed: String) -> Int {
    guard let mark = printed.lastIndex(where: { $0 == "," || $0 == "." }) else { return 0 }
    let digits = printed[printed.index(after: mark)...].prefix { $0.isASCII && $0.isNumber }.count
    return min(digits, 6)
  }

  static func half(_ decimals: Int) -> Decimal {
    decimals >= 0 && decimals < halves.count ? halves[decimals] : computedHalf(decimals)
  }

  /// Half a unit of 0 to 6 decimals, computed once (``decimalPlaces(_:)`` gives at most 6).
  static let halves = (0...6).map(computedHalf)

  static func computedHalf(_ decimals: Int) -> Decimal {
    var d = Decimal(5)
    for _ in 0...decimals { d /= 10 }
    return d
  }
}
