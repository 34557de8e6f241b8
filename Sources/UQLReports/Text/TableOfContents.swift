/// Recognises table-of-contents lines: a heading `Innehållsförteckning` and entries with dot
/// leaders and a page number (`2.1 Delmål: Hög attraktivitet ......... 4`).
public enum TableOfContents {
  /// Whether `line` is the heading of a table of contents.
  public static func isHeading(_ line: String) -> Bool {
    let t = HTMLText.collapse(line).lowercasedText()
    return t == "innehållsförteckning" || t == "innehåll"
  }

  /// Whether `line` can be an entry without dot leaders, as Word's contents converted to plain
  /// text print them under a contents heading: a title, a space and a page number of up to three
  /// digits (`Fokusområde 1 – Trygghet och egenmakt 3`).
  public static func isUndottedEntry(_ line: String) -> Bool {
    let t = HTMLText.collapse(line)
    guard t.utf8.count <= 100, let space = t.lastIndex(of: " ") else { return false }
    let number = t[t.index(after: space)...]
    return (1...3).contains(number.count) && number.allSatisfy(\.isNumber) && t[..<space].contains(where: \.isLetter)
  }

  /// Whether `line` is an entry: a run of at least four dots (or an ellipsis) followed by a page
  /// number at the end of the line.
  public static func isEntry(_ line: String) -> Bool {
    // Over the UTF-8 bytes from the end: every byte looked at is ASCII, the ellipsis (E2 80 A6)
    // or a no-break space (C2 A0), none of which ends another character.
    var line = line
    return line.withUTF8 { b in
      var i = b.count
      // White space before index `i`: ASCII or a no-break space (C2 A0); its length, or 0.
      func space(before i: Int) -> Int {
        guard i > 0 else { return 0 }
        let byte = b[i - 1]
        if byte == 0x20 || byte == 0x09 || byte == 0x0C || byte == 0x0D { return 1 }
        return i >= 2 && byte == 0xA0 && b[i - 2] == 0xC2 ? 2 : 0
      }
      while space(before: i) > 0 { i -= space(before: i) }
      var digits = 0
      while i > 0, (0x30...0x39).contains(b[i - 1]) {
        i -= 1
        digits += 1
      }
      guard (1...4).contains(digits) else { return false }
      while space(before: i) > 0 { i -= space(before: i) }
      var dots = 0
      while i > 0 {
        if b[i - 1] == 0x2E {
          dots += 1
          i -= 1
        } else if i >= 3, b[i - 3] == 0xE2, b[i - 2] == 0x80, b[i - 1] == 0xA6 {
          dots += 3
          i -= 3
        } else {
          break
        }
      }
      return dots >= 4
    }
  }

  /// Whether `line` is a leader-less continuation of a wrapped entry, i.e. the line before an
  /// entry that itself has no page number. Callers decide from context; this only says whether
  /// the line could start an entry (`2.4 Delmål: …`).
  public static func startsNumberedEntry(_ line: String) -> Bool {
    SectionNumber.split(line) != nil
  }
}
