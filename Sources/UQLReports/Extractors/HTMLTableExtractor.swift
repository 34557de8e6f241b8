import UQLValues

/// Reads the layout of sample 003: a tab-separated table `Förvaltningens uppdrag · Kommentar ·
/// Aktivitet` under numbered goal headings, with HTML fragments in the cells, the header
/// repeated after every page break, rows continued across breaks and the status icons kept.
public enum HTMLTableExtractor: LayoutExtractor {
  public static let layout = Layout.htmlTable

  /// High when the text has tab-separated `uppdrag · Kommentar · Aktivitet` header lines; more
  /// repeats (page breaks) and status icons make it surer.
  public static func score(_ text: ReportText) -> Int {
    var headers = 0
    var iconRows = 0
    for line in text.lines.prefix(5000) where TextSearch.contains(line, "\t") {
      if isHeader(line) {
        headers += 1
      } else if iconRows < 20, mayHoldSymbol(line),
        line.contains(where: { Row.assignmentSymbols[$0] != nil || Row.activitySymbols[$0] != nil })
      {
        // Past 20 icon rows the score no longer grows, so the rows are not searched any more.
        iconRows += 1
      }
    }
    guard headers > 0 else { return 0 }
    return min(100, 50 + 5 * headers + min(20, iconRows))
  }

  public static func extract(_ text: ReportText) -> Extraction {
    var builder = HTMLTableBuilder(layout: layout)
    for (index, line) in text.lines.enumerated() {
      builder.consume(line, number: index + 1)
    }
    return builder.finish()
  }

  /// The UTF-8 bytes of every status symbol; a character equal to one holds its bytes.
  static let symbolBytes: [[UInt8]] = Set(Row.assignmentSymbols.keys).union(Row.activitySymbols.keys)
    .map { Array(String($0).utf8) }

  /// Whether `line` holds the bytes of a status symbol: false means it surely has none.
  static func mayHoldSymbol(_ line: String) -> Bool {
    var line = line
    return line.withUTF8 { bytes in
      for i in 0..<bytes.count where bytes[i] == 0x21 || bytes[i] >= 0xE2 {
        for symbol in symbolBytes where i + symbol.count <= bytes.count {
          if bytes[i..<(i + symbol.count)].elementsEqual(symbol) { return true }
        }
      }
      return false
    }
  }

  /// Whether `line` is the table's header row (first printed or repeated after a page break).
  static func isHeader(_ line: String) -> Bool {
    // Most lines are rows: a header has a cell "kommentar", which a cheap byte scan rules out.
    guard TextSearch.mayContainLowercased(line, "kommentar") else { return false }
    let cells = TabCells.of(line, omittingEmpty: true).map { TextFolding.lowercased(HTMLText.collapse($0)) }
    guard cells.count >= 2, let first = cells.first else { return false }
    return first.contains("uppdrag") && cells.contains("kommentar")
      && cells.contains { $0.hasPrefix("aktivitet") }
  }
}
