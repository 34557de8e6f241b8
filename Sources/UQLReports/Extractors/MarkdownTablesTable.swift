import Foundation
import UQLValues

/// A tab-separated table: a header line and the data lines under it, cells trimmed and without
/// markup.
struct MarkdownTablesTable {
  struct Row {
    var cells: [String]
    /// 1-based line number.
    var line: Int

    func cell(_ column: Int) -> String { cells.indices.contains(column) ? cells[column] : "" }
  }

  var header: [String]
  var headerLine: Int
  var rows: [Row]

  /// Builds a table from consecutive tab-separated lines; nil when `lines` is empty.
  init?(lines: [(number: Int, text: String)]) {
    guard let first = lines.first else { return nil }
    header = Self.cells(first.text)
    headerLine = first.number
    rows = lines.dropFirst().map { Row(cells: Self.cells($0.text), line: $0.number) }
    // A trailing tab leaves an empty last cell; the header decides how many columns there are.
    let width = max(header.count, rows.map(\.cells.count).max() ?? 0)
    while header.count < width { header.append("") }
  }

  /// Whether the first column holds row labels rather than numbers. The cost development tables
  /// of 002 have one data row of numbers and no label column.
  var hasLabelColumn: Bool {
    !rows.allSatisfy { SwedishNumber.parse($0.cell(0)) != nil }
  }

  /// Whether the table lists indicators: its label column is headed "Indikator(er)", possibly
  /// after a "Grupp" column.
  var isIndicatorTable: Bool {
    indicatorNameColumn != nil
  }

  /// The column holding indicator names.
  var indicatorNameColumn: Int? {
    let keys = header.map(TextFolding.equalityKey)
    let names: Set<String> = ["indikator", "indikatorer"]
    if let first = keys.first, names.contains(first) { return 0 }
    if keys.count > 1, keys[0] == "grupp", names.contains(keys[1]) { return 1 }
    return nil
  }

  /// The column holding a group ("Medarbetare", "Ekonomi") for the rows under it, if any.
  var groupColumn: Int? {
    indicatorNameColumn == 1 ? 0 : nil
  }

  /// The first column whose header, folded, satisfies `predicate`.
  func column(where predicate: (String) -> Bool) -> Int? {
    header.indices.first { predicate(TextFolding.equalityKey(header[$0])) }
  }

  /// The unit the label column's header gives the whole table: "Uppdrag, belopp i mnkr",
  /// "Investeringar (tkr)".
  var tableUnit: String? {
    guard hasLabelColumn, let label = header.first else { return nil }
    return Self.unit(inHeader: label).unit
  }

  /// Splits a column header into the measure it names and the unit it gives:
  /// "Årsprognos tkr" → ("Årsprognos", "tkr"); "Avvikelsen i % av årsbudget" keeps its words
  /// and gives "%".
  static func unit(inHeader header: String) -> (measure: String, unit: String?) {
    let words = header.split(whereSeparator: { $0 == " " || $0 == "," })
    for (index, word) in words.enumerated().reversed() {
      let bare = trimmingBrackets(word).lowercasedText()
      guard bare == "%" || SwedishNumber.units.contains(bare) else { continue }
      guard index == words.count - 1, index > 0 else { return (header, bare) }
      // A unit at the end names no part of the measure: drop it and a "belopp i" before it.
      var kept = Array(words.prefix(index))
      if kept.last.map({ $0.lowercasedText() == "i" }) == true { kept.removeLast() }
      if kept.last.map({ $0.lowercasedText() == "belopp" }) == true { kept.removeLast() }
      return (kept.joined(separator: " "), bare)
    }
    return (header, nil)
  }

  /// `word` without the parentheses and brackets around it, scalar by scalar, as
  /// `trimmingCharacters(in: CharacterSet(charactersIn: "()[]"))` trims it.
  static func trimmingBrackets(_ word: Substring) -> String {
    let isBracket: (Unicode.Scalar) -> Bool = { $0 == "(" || $0 == ")" || $0 == "[" || $0 == "]" }
    var scalars = word.unicodeScalars[...]
    while let first = scalars.first, isBracket(first) { scalars = scalars.dropFirst() }
    while let last = scalars.last, isBracket(last) { scalars = scalars.dropLast() }
    return String(String.UnicodeScalarView(scalars))
  }

  private static func cells(_ line: String) -> [String] {
    TabCells.of(line).map(MarkdownTablesMarkup.plainText)
  }
}
