import Foundation

/// A heading line of the markdown-tables layout: numbered (`5.1.2 Analys av prognosen`) or
/// named (a short line standing alone, such as a chart title `Sjukfrånvaro`).
struct MarkdownTablesHeading: Equatable {
  /// "5.1.2"; empty for a named heading.
  var number: String
  var title: String

  /// The depth of a numbered heading: the count of its number's parts.
  var level: Int { number.split(separator: ".").count }

  /// A section number and a title; compiled once, not once per line.
  nonisolated(unsafe) static let numberedLine = #/\s*(\d{1,2}(?:\.\d{1,2}){0,4})\.?\s+(\S.*?)\s*/#

  /// The heading `line` holds if it is numbered: one to five dot-separated numbers of one or
  /// two digits, white space, and a title that starts with an upper-case letter and does not
  /// end like a sentence.
  static func numbered(_ line: String) -> MarkdownTablesHeading? {
    // Cheap checks first: the regular expression is slow and most lines are prose.
    guard line.first(where: { $0 != " " })?.isASCII == true,
      line.first(where: { $0 != " " })?.isNumber == true, mayBeNumbered(line), !TextSearch.contains(line, "\t"),
      line.count <= 160,
      let match = line.wholeMatch(of: numberedLine)
    else { return nil }
    let title = MarkdownTablesMarkup.plainText(String(match.output.2))
    guard let first = title.first, first.isUppercase, !endsSentence(title) else { return nil }
    return MarkdownTablesHeading(number: String(match.output.1), title: title)
  }

  /// Whether ``numberedLine`` may match the line, asked before the regular expression, which is
  /// slow: not where its first three characters after its leading spaces are ASCII digits
  /// (`2024 …`, `100 %`: a section number's one or two digits are followed by a full stop or
  /// white space), nor where it holds nothing but ASCII digits and full stops after them (a
  /// page's number, `12`: no white space before a title).
  static func mayBeNumbered(_ line: String) -> Bool {
    let text = line.drop { $0 == " " }
    let figures = text.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
    return figures.endIndex != text.endIndex && text.prefix(3).count { $0.isASCII && $0.isNumber } < 3
  }

  /// The heading `line` holds if it is a named one: at most five words and 60 characters, no
  /// digits, starting upper-case, not ending like a sentence, and not continued by `next` (the
  /// next non-blank line), which would make it the first half of a broken paragraph.
  static func named(_ line: String, next: String?) -> MarkdownTablesHeading? {
    let title = MarkdownTablesMarkup.plainText(line)
    guard let first = title.first, first.isUppercase, title.count <= 60,
      title.split(separator: " ").count <= 5, !title.contains(where: \.isNumber),
      !title.contains("\t"), !endsSentence(title), MarkdownTablesMarkup.listItemText(line) == nil
    else { return nil }
    if let next, MarkdownTablesMarkup.startsLowercase(next) { return nil }
    return MarkdownTablesHeading(number: "", title: title)
  }

  private static func endsSentence(_ text: String) -> Bool {
    guard let last = text.last else { return false }
    return ".,:;!?".contains(last)
  }
}
