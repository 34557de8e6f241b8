/// The facts about one line of a report that every form reader asks about, computed once.
struct SourceLine: Sendable {
  /// 1-based line number.
  var number: Int
  /// The line with form feeds, trailing white space and the private-use bullet glyph's
  /// neighbours kept as printed, but tabs and the leading form feed removed.
  var raw: String
  /// The text without leading and trailing white space, runs of white space kept.
  var trimmed: String
  /// White space collapsed to single spaces.
  var collapsed: String
  /// Leading spaces (a tab counts as one).
  var indent: Int
  /// Whether a page starts at this line (a form feed before it).
  var startsPage: Bool
  var hasTab: Bool
  /// Whether a run of two or more spaces stands between text (a column gap): the first
  /// question of several header readers, asked of every line many times over.
  var hasGap: Bool
  /// Whether the last segment of the line may start a value (``AlignedTableForm/lastSegmentMayBeNumber(_:)``):
  /// the first question the value rows' readers ask of every line, and of most lines twice.
  var lastSegmentMayBeNumber: Bool

  var isBlank: Bool { trimmed.isEmpty }

  init(number: Int, text: String) {
    self.number = number
    var t = Substring(text)
    var page = false
    while let first = t.first, first == "\u{0C}" {
      page = true
      t = t.dropFirst()
    }
    startsPage = page
    raw = String(t)
    hasTab = TextSearch.containsTab(raw)
    indent = t.prefix { $0 == " " || $0 == "\t" || $0 == "\u{0C}" }.count
    trimmed = Whitespace.trimmed(raw)
    collapsed = HTMLText.collapse(raw)
    hasGap = TextColumnsForm.gaps(raw) >= 1
    lastSegmentMayBeNumber = AlignedTableForm.lastSegmentMayBeNumber(raw)
  }

  /// A converter's page marker such as `<!-- sida 9 -->` (any HTML comment on its own line but a
  /// picture's placeholder).
  var isPageMarker: Bool {
    trimmed.hasPrefix("<!--") && trimmed.hasSuffix("-->") && !isPicture
  }

  /// A converter's placeholder for a picture (docling's `<!-- image -->`).
  var isPicture: Bool {
    guard trimmed.hasPrefix("<!--"), trimmed.hasSuffix("-->"), trimmed.utf8.count <= 40 else { return false }
    let word = trimmed.dropFirst(4).dropLast(3).lowercasedText().filter(\.isLetter)
    return ["image", "picture", "figure", "bild"].contains(word)
  }

  /// A rule of dashes alone between blank lines (`-----`): pymupdf4llm's page break, as a
  /// markdown thematic break. (Under text it underlines a heading; a table's rule has text
  /// next to it.)
  static func isPageRule(_ lines: [SourceLine], _ i: Int) -> Bool {
    let t = lines[i].trimmed.utf8
    guard i > 0, t.count >= 3, t.allSatisfy({ $0 == UInt8(ascii: "-") }) else { return false }
    return lines[i - 1].isBlank && (i + 1 == lines.count || lines[i + 1].isBlank)
  }

  /// A pipe-table row: `| a | b |`.
  var isPipeRow: Bool {
    trimmed.utf8.count >= 2 && trimmed.utf8.first == UInt8(ascii: "|") && trimmed.utf8.last == UInt8(ascii: "|")
  }

  /// A pipe table's delimiter row: `| --- | :---: |`.
  var isPipeDelimiter: Bool {
    guard isPipeRow else { return false }
    let inner = trimmed.filter { $0 != "|" && $0 != " " }
    return !inner.isEmpty && inner.allSatisfy { $0 == "-" || $0 == ":" } && inner.contains("-")
  }

  /// A markdown code fence: three or more backticks or tildes, then at most a word naming what
  /// is inside (```` ```osaker-tabell ````, `~~~ text`).
  var isCodeFence: Bool {
    let t = trimmed.utf8
    guard let mark = t.first, mark == UInt8(ascii: "`") || mark == UInt8(ascii: "~") else { return false }
    let run = t.prefix { $0 == mark }.count
    guard run >= 3 else { return false }
    let info = t.dropFirst(run)
    return info.count <= 40 && !info.contains(mark) && !info.dropFirst().contains(UInt8(ascii: " "))
  }

  /// A converter's link to a table file: `[Tabell 11-1](handlingar.tabeller/11-1.csv)`.
  var isTableLink: Bool {
    guard trimmed.hasPrefix("["), trimmed.hasSuffix(")"), let close = trimmed.firstIndex(of: "]") else {
      return false
    }
    let label = trimmed[trimmed.index(after: trimmed.startIndex)..<close].lowercasedText()
    return label.hasPrefix("tabell") && trimmed[close...].hasPrefix("](")
  }

  /// A markdown heading: `#` to `######`, then a space and text.
  var markdownHeading: (level: Int, text: String)? {
    guard trimmed.hasPrefix("#") else { return nil }
    let hashes = trimmed.prefix { $0 == "#" }.count
    let rest = trimmed.dropFirst(hashes)
    guard hashes <= 6, let first = rest.first, first == " " else { return nil }
    var text = HTMLText.collapse(String(rest)).trimmingCharacters(in: ["#"])
    // pandoc's anchor of a Word bookmark before the text (`[]{#_Toc156492 .anchor}2 Mål …`).
    if text.hasPrefix("[]{"), let close = text.firstIndex(of: "}") {
      text = HTMLText.collapse(String(text[text.index(after: close)...]))
    }
    // A heading in bold (`### **KF-mål: …**`, as pymupdf4llm writes one): the emphasis is markup.
    for mark in ["**", "__"] where text.count > 4 && text.hasPrefix(mark) && text.hasSuffix(mark) {
      text = HTMLText.collapse(String(text.dropFirst(2).dropLast(2)))
    }
    return text.isEmpty ? nil : (hashes, text)
  }

  /// The text of a line wholly in bold (`**3 Mål och måluppfyllelse**`, mammoth's `__…__`), as
  /// converters that do not map Word's heading styles (markitdown, mammoth) print a heading; nil
  /// for any other line, one with bold inside (`**Status:** Pågår`) or one bold label
  /// (`**Status:**`).
  var boldText: String? {
    let t = collapsed
    guard t.utf8.count > 4, t.utf8.count <= 160, let mark = ["**", "__"].first(where: { t.hasPrefix($0) && t.hasSuffix($0) })
    else { return nil }
    let inner = t.dropFirst(2).dropLast(2)
    guard !inner.contains(mark), let last = inner.last, last != ":", inner.first != " " else { return nil }
    return HTMLText.collapse(String(inner))
  }
}

extension String {
  /// The string without leading and trailing characters in `set` or white space.
  func trimmingCharacters(in set: Set<Character>) -> String {
    var s = Substring(self)
    while let c = s.first, set.contains(c) || c == " " { s = s.dropFirst() }
    while let c = s.last, set.contains(c) || c == " " { s = s.dropLast() }
    return String(s)
  }
}
