/// Recognises table-of-contents lines: a heading `Innehållsförteckning` and entries with dot
/// leaders and a page number (`2.1 Delmål: Hög attraktivitet ......... 4`).
public enum TableOfContents {
  /// Whether `line` is the heading of a table of contents.
  public static func isHeading(_ line: String) -> Bool {
    let t = HTMLText.collapse(line).lowercased()
    return t == "innehållsförteckning" || t == "innehåll"
  }

  /// Whether `line` is an entry: a run of at least four dots (or an ellipsis) followed by a page
  /// number at the end of the line.
  public static func isEntry(_ line: String) -> Bool {
    var t = Substring(line)
    while let last = t.last, last.isWhitespace { t = t.dropLast() }
    var digits = 0
    while let last = t.last, last.isASCII, last.isNumber { t = t.dropLast(); digits += 1 }
    guard (1...4).contains(digits) else { return false }
    while let last = t.last, last.isWhitespace { t = t.dropLast() }
    var dots = 0
    while let last = t.last, last == "." || last == "…" {
      dots += last == "…" ? 3 : 1
      t = t.dropLast()
    }
    return dots >= 4
  }

  /// Whether `line` is a leader-less continuation of a wrapped entry, i.e. the line before an
  /// entry that itself has no page number. Callers decide from context; this only says whether
  /// the line could start an entry (`2.4 Delmål: …`).
  public static func startsNumberedEntry(_ line: String) -> Bool {
    SectionNumber.split(line) != nil
  }
}
