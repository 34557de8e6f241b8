import Foundation

/// A report's point in time as sortable text: the year and the last month of its period, then
/// the period as printed — `2018-08 jan-aug`, `2019-12 helår`, `2020-10 jan-okt`. Text order is
/// time order, and the label still reads like the report.
public enum Tidpunkt {
  /// The label for `period` in `year`, or nil when either is missing or the period names no
  /// month this recognises.
  public static func label(year: Int?, period: String?) -> String? {
    guard let year, (1000...9999).contains(year), let period, let month = lastMonth(of: period) else { return nil }
    let mm = month < 10 ? "0\(month)" : "\(month)"
    return "\(year)-\(mm) \(period)"
  }

  /// The last month a period covers: `helår` 12, `jan-aug` 8, `oktober` 10, `kvartal 2` 6,
  /// `tertial 1` 4.
  public static func lastMonth(of period: String) -> Int? {
    let p = period.lowercasedText().trimmingCharacters(in: .whitespaces)
    if p.hasPrefix("helår") || p == "år" { return 12 }
    let words = p.split(whereSeparator: { !$0.isLetterFast && !$0.isNumberFast })
    if let first = words.first, let n = words.dropFirst().first.flatMap({ Int($0) }) {
      if first.hasPrefix("kvartal"), (1...4).contains(n) { return 3 * n }
      if first.hasPrefix("tertial"), (1...3).contains(n) { return 4 * n }
    }
    // "jan-aug", "januari–augusti", "oktober": the last month word decides.
    for word in words.reversed() {
      if let month = month(named: String(word)) { return month }
    }
    return nil
  }

  /// The point in time a table column names when it is not the report's: `Utfall jan-apr 2024`
  /// → `2024-04 jan-apr`, `Bokslut 2023` in a 2024 report → `2023-12 helår`, `Delår 2023` in a
  /// report for jan-aug 2024 → `2023-08 jan-aug`; nil for a column of the report's own time
  /// (`Budget 2024`, `Prognos`, `Avvikelse`).
  public static func ofColumn(_ header: String, reportYear: Int?, reportPeriod: String?) -> String? {
    let words = header.lowercasedText().split { !$0.isLetterFast && !$0.isNumberFast }.map(String.init)
    let year = words.compactMap { Int($0) }.last { (1900...2200).contains($0) }
    if let period = monthPeriod(in: words), let y = year ?? reportYear {
      return label(year: y, period: period)
    }
    if let part = partOfYear(in: words), let y = year ?? reportYear, y != reportYear || part != reportPeriod {
      return label(year: y, period: part)
    }
    guard let year, let reportYear, year != reportYear else { return nil }
    // The same part of another year: `Delår 2023`, `Ack. utfall 2023`.
    let partOfYear = words.contains { $0.hasPrefix("delår") || $0 == "ack" || $0.hasPrefix("ackumulerat") }
    return label(year: year, period: partOfYear ? reportPeriod ?? "helår" : "helår")
  }

  /// The months a part of the year names in a column header (`T1`, `Q2`, `tertial 2`, `kvartal
  /// 3`), counted from January as follow-up reports them (`T2` → `jan-aug`), or nil.
  /// Whether a lower-case word names a part of the year in a column header (`t1`, `q3`, `k2`,
  /// `kv`, `tertial`, `kvartal`, `delår`, `helår`, `halvår`), a school's term too (`vt`, `ht`,
  /// `vårtermin`, `läsår`: `Utfall vt 2024`).
  static func isPartOfYearWord(_ word: some StringProtocol) -> Bool {
    if word.count == 2, let f = word.first, "tqk".contains(f), (1...4).contains(word.last?.wholeNumberValue ?? 0) { return true }
    return [
      "kv", "kv.", "kvartal", "tertial", "delår", "helår", "halvår", "vt", "ht", "vårtermin", "hösttermin", "läsår",
    ].contains(String(word))
  }

  public static func partOfYear(in words: [String]) -> String? {
    let short = shortMonthNames
    for (k, word) in words.enumerated() {
      for (letter, stem, through) in FollowUpVocabulary.yearParts {
        var n: Int?
        if word.count == 2, word.hasPrefix(letter) { n = Int(word.dropFirst()) }
        if word.hasPrefix(stem), k + 1 < words.count { n = Int(words[k + 1]) }
        guard let n, (1...through.count).contains(n) else { continue }
        let last = through[n - 1]
        return last == 12 ? "helår" : "jan-\(short[last - 1])"
      }
    }
    return nil
  }

  /// The period the month names among a header's lower-case words give: two (`jan-aug`,
  /// `januari–augusti`) the months from one to the other, one (`Utfall aug`, `Oktober 2024`) the
  /// months from January through it, as follow-up counts them; nil without a month name.
  public static func monthPeriod(in words: [String]) -> String? {
    let months = words.filter { word in monthNames.contains { $0 == word || (word.count == 3 && $0.hasPrefix(word)) } }
      .map { String($0.prefix(3)) }
    switch months.count {
    case 2: return months.joined(separator: "-")
    case 1: return months[0] == "jan" ? "jan" : "jan-\(months[0])"
    default: return nil
    }
  }

  /// The months' first three letters, as periods print them (`jan-aug`).
  static let shortMonthNames = monthNames.map { String($0.prefix(3)) }

  static let monthNames = [
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november",
    "december",
  ]

  static func month(named word: String) -> Int? {
    let names = shortMonthNames
    guard word.count >= 3 else { return nil }
    return names.firstIndex(of: String(word.prefix(3))).map { $0 + 1 }
  }
}
