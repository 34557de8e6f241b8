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
    let p = HTMLText.collapse(post).lowercasedText()
    return p == "total" || p == "totalt" || p == "summa" || p.hasPrefix("summa ") || p.hasPrefix("totalt ")
      || p.hasPrefix("total ")
  }

  /// One total of a column: the printed total and what the rows above it add up to.
  struct Segment {
    var total: EconomyRecord
    var sum: Decimal
    var count: Int
    var tolerance: Decimal
    /// What every row above adds up to, subtotals left out, where a subtotal came between: a
    /// grand total (`Summa Socialnämnden` under `Summa individ- och familjeomsorg`) may be that.
    var whole: (sum: Decimal, tolerance: Decimal)? = nil
    /// What the rows of the total's own sign add up to, where rows of both signs came since the
    /// last total: a total of costs (`Summa kostnader`, negative) under the income above them.
    var signed: (sum: Decimal, tolerance: Decimal)? = nil
    /// The rows summed since the last total.
    var rows: [EconomyRecord] = []

    func agrees(_ value: Decimal) -> Bool {
      if let whole, Self.within(value - whole.sum, whole.tolerance) { return true }
      if let signed, Self.within(value - signed.sum, signed.tolerance) { return true }
      return Self.within(value - sum, tolerance)
    }

    static func within(_ difference: Decimal, _ tolerance: Decimal) -> Bool {
      (difference < 0 ? -difference : difference) <= tolerance
    }
  }

  /// Warnings for every total cell in `records` that is not the sum of the cells above it in
  /// the same table and measure (since the previous total). Rounding is allowed for: each
  /// summed cell may be off by half a unit of the printed precision. Where the rows add up to
  /// the total of the column beside it instead, or do so with the values of a column without a
  /// header (printed there, a column off), the warning says the values look one column off.
  public static func check(_ records: [EconomyRecord]) -> [ReportWarning] {
    var groups: [String: [EconomyRecord]] = [:]
    var order: [String] = []
    var measures: [String: [String]] = [:]  // table → its measures in order
    // Two columns of one name (`Avvikelse` against the budget and against the forecast) are
    // two columns: a row's second cell under the name is the second's.
    var seen: [String: Int] = [:]  // table, line and measure → cells so far
    for r in records {
      let cell = r.table + "\u{1F}" + String(r.line) + "\u{1F}" + r.measure
      let occurrence = seen[cell, default: 0]
      seen[cell] = occurrence + 1
      let measure = occurrence == 0 ? r.measure : r.measure + "\u{1F}" + String(occurrence)
      let key = r.table + "\u{1F}" + measure
      if groups[key] == nil {
        order.append(key)
        measures[r.table, default: []].append(measure)
      }
      groups[key, default: []].append(r)
    }
    var segments: [String: [Segment]] = [:]
    for key in order {
      // Percentages and ratios are not sums of their rows.
      let group = groups[key] ?? []
      if isRatio(group.first?.measure ?? "") || group.contains(where: { $0.unit == "%" && !isTotal($0.post) }) { continue }
      var sum = Decimal(0)
      var count = 0
      var decimals = 0
      // Every row since the last total that was the whole's, and whether a subtotal came between.
      var wholeSum = Decimal(0)
      var wholeCount = 0
      var subtotals = 0
      var since: [EconomyRecord] = []  // the rows summed since the last total
      for r in group {
        // (A part of the row above, `varav årets resultat`, is counted in it already.)
        guard let value = r.value, !FollowUpVocabulary.isPartLabel(r.post) else { continue }
        if isTotal(r.post) {
          decimals = max(decimals, decimalPlaces(r.printed))
          // A total naming a group (`Summa skulder` under `Skulder`) sums that group's rows only,
          // where rows of other groups came since the last total (`Eget kapital`, `Avsättningar`);
          // so does one naming the kind of groups (`Summa skulder` over `Långfristiga skulder` and
          // `Kortfristiga skulder`, not `Obeskattade reserver` between them and the last total).
          let named = r.post.lowercasedText().split(separator: " ", maxSplits: 1)
          if named.count == 2, ["summa", "totalt", "total"].contains(String(named[0])) {
            let name = String(named[1])
            let inGroup = since.filter { row in
              row.group.map { g in
                // (A word before the name, `Långfristiga skulder`; not a group of groups, `Eget
                // kapital och skulder`.)
                let group = g.lowercasedText()
                return group == name
                  || group.hasSuffix(" " + name) && group.split(separator: " ").count == name.split(separator: " ").count + 1
              } == true
            }
            if !inGroup.isEmpty, inGroup.count < since.count {
              sum = inGroup.compactMap(\.value).reduce(0, +)
              count = inGroup.count
            }
          }
          var segment = Segment(total: r, sum: sum, count: count, tolerance: tolerance(count, decimals))
          let own = since.compactMap(\.value).filter { value < 0 ? $0 < 0 : $0 > 0 }
          if own.count >= 2, own.count < since.count {
            segment.signed = (own.reduce(0, +), tolerance(own.count, decimals))
          }
          segment.rows = since
          since = []
          if subtotals > 0 { segment.whole = (wholeSum, tolerance(wholeCount, decimals)) }
          if count > 0 { segments[key, default: []].append(segment) }
          if subtotals > 0, let whole = segment.whole, Segment.within(value - whole.sum, whole.tolerance) {
            // A total of everything above: a total below may add the rows after it to it
            // (`Total förvaltning och förändringsinitiativ` and six rows make `Totalt`).
            (wholeSum, wholeCount, subtotals) = (value, 1, 1)
          } else {
            subtotals += 1
          }
          sum = 0
          count = 0
          decimals = 0
        } else {
          since.append(r)
          sum += value
          count += 1
          wholeSum += value
          wholeCount += 1
          decimals = max(decimals, decimalPlaces(r.printed))
        }
      }
    }
    // The rows a total of one sign sums (the costs under `Summa kostnader`, by the columns of
    // amounts) are the rows it sums in every column of its table: a deviation's column has
    // figures of both signs.
    var members: [String: Set<Int>] = [:]  // table and the total's line → its rows' lines
    for key in order {
      for segment in segments[key] ?? [] {
        guard let value = segment.total.value, let signed = segment.signed, !Segment.within(value - segment.sum, segment.tolerance),
          Segment.within(value - signed.sum, signed.tolerance)
        else { continue }
        let lines = segment.rows.filter { $0.value.map { value < 0 ? $0 < 0 : $0 > 0 } == true }.map(\.line)
        members[segment.total.table + "\u{1F}" + String(segment.total.line)] = Set(lines)
      }
    }
    var warnings: [ReportWarning] = []
    for key in order {
      for (n, segment) in (segments[key] ?? []).enumerated() {
        let r = segment.total
        guard let value = r.value, !segment.agrees(value) else { continue }
        if let lines = members[r.table + "\u{1F}" + String(r.line)] {
          let rows = segment.rows.filter { lines.contains($0.line) }
          let sum = rows.compactMap(\.value).reduce(Decimal(0), +)
          if Segment.within(value - sum, tolerance(rows.count, decimalPlaces(r.printed))) { continue }
        }
        var message = "the total '\(r.post)' of '\(r.table)', '\(r.measure)', is printed as \(r.printed) "
          + "but its \(segment.count) rows add up to \(Value.format(segment.sum))"
        // The rows add up to the total printed in the column beside: values one column off.
        let columns = measures[r.table] ?? []
        let measureKey = String(key.dropFirst(r.table.count + 1))
        func shown(_ measure: String) -> String { String(measure.prefix { $0 != "\u{1F}" }) }
        if let m = columns.firstIndex(of: measureKey) {
          for neighbour in [m - 1, m + 1] where columns.indices.contains(neighbour) {
            let other = (segments[r.table + "\u{1F}" + columns[neighbour]] ?? [])
            guard n < other.count, let otherValue = other[n].total.value, segment.agrees(otherValue) else { continue }
            message += "; that is the total printed under '\(shown(columns[neighbour]))': the values look one column off"
            break
          }
          // Or the rows print their values in a column without a header beside it (`kolumn 2`,
          // under an empty header cell) and the total under the named one: with them it adds up.
          let after = n > 0 ? (segments[key] ?? [])[n - 1].total.line : 0
          for other in columns where other != measureKey && other.hasPrefix("kolumn ") {
            let shifted = (groups[r.table + "\u{1F}" + other] ?? []).filter { $0.line > after && $0.line < r.line && !isTotal($0.post) }
            let sum = shifted.compactMap(\.value).reduce(Decimal(0), +)
            guard !shifted.isEmpty else { continue }
            var widened = segment
            widened.sum += sum
            widened.tolerance = tolerance(segment.count + shifted.count, decimalPlaces(r.printed))
            widened.whole = nil
            guard widened.agrees(value) else { continue }
            message += "; with the \(shifted.count) values printed under '\(other)', a column without a header, they add up to it: "
              + "those values look one column off"
            break
          }
        }
        warnings.append(ReportWarning(message: message, line: r.line))
      }
    }
    return warnings
  }

  /// Half a unit of the printed precision for each summed cell, and at least half a unit.
  static func tolerance(_ count: Int, _ decimals: Int) -> Decimal {
    let each = half(decimals)
    let all = Decimal(count) * each
    return all < each ? each : all
  }

  /// Whether a column holds percentages or ratios: `%`, `procent`, `andel`, `per`, `kvot`.
  static func isRatio(_ measure: String) -> Bool {
    let m = measure.lowercasedText()
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
