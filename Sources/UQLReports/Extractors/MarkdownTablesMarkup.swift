import Foundation
import UQLValues

/// Text helpers for markdown-like report text: emphasis, links, HTML tags, list markers and
/// table-of-contents lines.
///
/// Nothing here is specific to sample 002; the lead may fold these into a shared `Text/` folder.
enum MarkdownTablesMarkup {
  // The patterns, compiled once rather than each time a line is read.
  nonisolated(unsafe) static let link = #/!?\[([^\]\n]*)\]\([^)\s]*\)/#
  nonisolated(unsafe) static let tag = #/<\/?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?\/?>/#
  nonisolated(unsafe) static let strongStars = #/\*\*([^\s*](?:[^*]*?[^\s*])?)\*\*/#
  nonisolated(unsafe) static let stars = #/\*([^\s*](?:[^*]*?[^\s*])?)\*/#
  nonisolated(unsafe) static let strongUnderscores = #/\b__([^\s_](?:[^_]*?[^\s_])?)__\b/#
  nonisolated(unsafe) static let underscores = #/\b_([^\s_](?:[^_]*?[^\s_])?)_\b/#
  nonisolated(unsafe) static let contentsEntry = #/\S.*(?:\.{4,}|…)[ \t]*\d{0,4}[ \t]*$/#

  /// `text` without link syntax (`[a](url)` → `a`), HTML tags, or markdown emphasis
  /// (`**a**`, `*a*`, `__a__`, `_a_`), with runs of white space collapsed to one space.
  static func plainText(_ text: String) -> String {
    // Without any of the bytes the marks need there is nothing to remove.
    guard TextSearch.containsAnyByte(text, 0x2A, 0x5F, 0x3C, 0x5D) else {
      return TextFolding.collapseWhitespace(text)
    }
    var s = text
    if TextSearch.contains(s, "](") {
      s = s.replacing(link) { String($0.output.1) }
    }
    if TextSearch.contains(s, "<") {
      s = s.replacing(tag) { _ in " " }
    }
    if TextSearch.contains(s, "*") {
      if CharacterArray.isScalarPerCharacter(s) {
        s = MarkdownTablesEmphasis.removingStars(s, double: true)
        s = MarkdownTablesEmphasis.removingStars(s, double: false)
      } else {
        s = s.replacing(strongStars) { String($0.output.1) }
        s = s.replacing(stars) { String($0.output.1) }
      }
    }
    if TextSearch.contains(s, "_") {
      s = s.replacing(strongUnderscores) { String($0.output.1) }
      s = s.replacing(underscores) { String($0.output.1) }
    }
    return TextFolding.collapseWhitespace(s)
  }

  /// The text of a list item without its marker (`- `, `* `, `• `), or nil if `line` is not one.
  ///
  /// A minus sign directly before a digit is a number, not a marker: `-2,5 mnkr` is prose.
  static func listItemText(_ line: String) -> String? {
    let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
    guard let first = trimmed.first, first == "-" || first == "*" || first == "•" else {
      return nil
    }
    let rest = trimmed.dropFirst()
    guard let next = rest.first, next == " " || next == "\t" else { return nil }
    return String(rest.drop(while: { $0 == " " || $0 == "\t" }))
  }

  /// Whether `line` is the heading of a table of contents.
  static func isTableOfContentsTitle(_ line: String) -> Bool {
    let key = TextFolding.equalityKey(line)
    return key == "innehållsförteckning" || key == "innehåll"
  }

  /// Whether `line` is an entry of a table of contents: text, a dot leader of four or more dots
  /// (or an ellipsis character) and an optional page number at the end.
  static func isTableOfContentsLine(_ line: String) -> Bool {
    (TextSearch.contains(line, "....") || TextSearch.contains(line, "…"))
      && line.contains(contentsEntry)
  }

  /// Whether `text` starts with a lower-case letter: a paragraph that continues the previous one
  /// after a break the extraction put in the middle of a sentence.
  static func startsLowercase(_ text: String) -> Bool {
    guard let first = text.first(where: { !$0.isWhitespace }) else { return false }
    return first.isLowercase
  }
}
