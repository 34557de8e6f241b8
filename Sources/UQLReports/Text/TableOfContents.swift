/// Recognises table-of-contents lines: a heading `Innehållsförteckning` and entries with dot
/// leaders and a page number (`2.1 Delmål: Hög attraktivitet ......... 4`).
public enum TableOfContents {
  /// Whether `line` is the heading of a table of contents.
  public static func isHeading(_ line: String) -> Bool {
    let t = HTMLText.collapse(line).lowercasedText()
    return t == "innehållsförteckning" || t == "innehåll"
  }

  /// Whether `line` is an entry: a run of at least four dots (or an ellipsis) followed by a page
  /// number at the end of the line.
  public static func isEntry(_ line: String) -> Bool {
    // Most lines end in a letter or a full stop: a byte test settles those.
    if endsWithoutDigit(line) { return false }
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

  /// Whether the last byte before trailing spaces and tabs is ASCII but not a digit, so that the
  /// last character is not a digit (an ASCII scalar ends a character that is itself or starts
  /// with a Prepend scalar, which is not ASCII). Other line ends are left undecided (false).
  static func endsWithoutDigit(_ line: String) -> Bool {
    var line = line
    return line.withUTF8 { bytes in
      var i = bytes.count
      while i > 0, bytes[i - 1] == 0x20 || bytes[i - 1] == 0x09 { i -= 1 }
      guard i > 0 else { return false }
      let b = bytes[i - 1]
      return b < 0x80 && !(0x30...0x39).contains(b) && !(0x0A...0x0D).contains(b)
    }
  }

  /// Whether `line` is a leader-less continuation of a wrapped entry, i.e. the line before an
  /// entry that itself has no page number. Callers decide from context; this only says whether
  /// the line could start an entry (`2.4 Delmål: …`).
  public static func startsNumberedEntry(_ line: String) -> Bool {
    SectionNumber.split(line) != nil
  }
}
