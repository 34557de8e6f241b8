import Foundation
import UQLValues

/// Reads the layout of sample 002: long paragraph lines with markdown-like emphasis and links,
/// numbered headings on lines of their own, a table of contents with tab-separated dot leaders,
/// and tab-separated tables for indicators and economy.
public enum MarkdownTablesExtractor: LayoutExtractor {
  public static let layout = Layout.markdownTables

  /// Scores the layout's marks: contents entries with tabs around the dot leader (the strongest
  /// sign; 45 points), markdown emphasis or links (25), tab-separated rows of numbers (20) and
  /// numbered headings standing alone (10). Without contents tabs or markdown the layout is not
  /// this one, whatever else matches: tab tables alone are the HTML table layout (003).
  public static func score(_ text: ReportText) -> Int {
    var contentsEntries = 0
    var markdown = 0
    var numberRows = 0
    var headings = 0
    // First the signs without which the score is 0; the costlier counts only if they are there.
    for line in text.lines where !line.isEmpty {
      // One byte scan rules out lines with neither a tab nor a mark.
      guard TextSearch.containsAnyByte(line, 0x09, 0x2A, 0x5D) else { continue }
      if TextSearch.contains(line, "\t") {
        if MarkdownTablesMarkup.isTableOfContentsLine(line) { contentsEntries += 1 }
      } else if TextSearch.contains(line, "*") || TextSearch.contains(line, "](") {
        if MarkdownTablesMarkup.plainText(line) != TextFolding.collapseWhitespace(line) {
          markdown += 1
        }
      }
    }
    guard contentsEntries >= 3 || markdown >= 2 else { return 0 }
    for line in text.lines where !line.isEmpty {
      if TextSearch.contains(line, "\t") {
        if !MarkdownTablesMarkup.isTableOfContentsLine(line) {
          let cells = TabCells.of(line, omittingEmpty: true)
          let numbers = cells.filter { SwedishNumber.parse($0) != nil }.count
          if numbers >= 2, numbers * 2 >= cells.count { numberRows += 1 }
        }
      } else if TextSearch.contains(line, "*") || TextSearch.contains(line, "](") {
        continue
      } else if line.count < 120, MarkdownTablesHeading.numbered(line) != nil {
        headings += 1
      }
      // Both counts are past their thresholds: the rest of the text cannot change the score.
      if numberRows >= 2 && headings >= 3 { break }
    }
    var score = 0
    if contentsEntries >= 3 { score += 45 }
    if markdown >= 2 { score += 25 }
    if numberRows >= 2 { score += 20 }
    if headings >= 3 { score += 10 }
    return score
  }

  /// Extracts goals (the focus areas of the "fokusområden" chapter), indicators, economy cells,
  /// sections with their prose, and warnings for totals that do not add up.
  public static func extract(_ text: ReportText) -> Extraction {
    var reader = MarkdownTablesReader(text)
    reader.read()
    return reader.extraction
  }
}
