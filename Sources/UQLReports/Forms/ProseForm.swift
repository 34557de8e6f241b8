import UQLValues

/// Reads the prose of a document: headings (numbered, markdown `#`, the table of contents'
/// titles, short lines standing alone), list items and paragraphs.
enum ProseForm {
  /// List markers, as printed before a space: bullets, dashes, the Symbol font's private-use
  /// bullet (U+F0B7), escaped markdown dashes.
  static let bullets: [String] = ["•", "●", "▪", "◦", "‣", "-", "–", "*", "\\-", "\u{F0B7}", "\u{F0A7}", "o"]

  /// The list marker a line starts with, and the text after it.
  static func listItem(_ line: SourceLine) -> (marker: String, text: String)? {
    let t = line.collapsed
    guard mayStartListItem(t) else { return nil }
    // Every marker is a short first word (`•`, `12)`, `a)`) or a glyph glued to the text.
    let firstWordBytes = t.utf8.prefix { $0 != 0x20 }.count
    guard firstWordBytes <= 4 || t.hasPrefix("(cid:") || t.hasPrefix("\u{F0B7}") || t.hasPrefix("\u{F0A7}") || t.hasPrefix("•") else {
      return nil
    }
    for bullet in bullets where t.hasPrefix(bullet + " ") {
      let rest = String(t.dropFirst(bullet.count + 1))
      guard !rest.isEmpty, !((bullet == "-" || bullet == "\\-") && rest.first?.isNumber == true) else { return nil }
      return (bullet, rest)
    }
    // A glyph the extractor could not name (pdfminer's `(cid:127)`) before the text.
    if t.hasPrefix("(cid:"), let close = t.firstIndex(of: ")"), t.distance(from: t.startIndex, to: close) <= 9,
      t[t.index(t.startIndex, offsetBy: 5)..<close].allSatisfy(\.isNumber), t[close...].hasPrefix(") ")
    {
      let rest = String(t[t.index(close, offsetBy: 2)...])
      return rest.first?.isLetter == true ? (String(t[...close]), rest) : nil
    }
    if let first = t.first, first == "\u{F0B7}" || first == "\u{F0A7}" || first == "•" {
      let rest = HTMLText.collapse(String(t.dropFirst()))
      return rest.isEmpty ? nil : (String(first), rest)
    }
    // `1.` / `1)` / `a)` followed by a sentence.
    let head = t.prefix { $0.isNumber || $0.isLetter }
    let after = t.dropFirst(head.count)
    if !head.isEmpty, head.count <= 2, head.allSatisfy({ $0.isNumber }) || head.count == 1,
      after.hasPrefix(". ") || after.hasPrefix(") "), after.dropFirst(2).first?.isLetter == true
    {
      if after.hasPrefix(". "), head.contains(where: { !$0.isNumber }) { return nil }
      return (String(head) + String(after.prefix(1)), String(after.dropFirst(2)))
    }
    return nil
  }

  /// The bullet of a line that is a bullet glyph and nothing else (`•`, ``), as pdftotext's
  /// plain text prints a list's markers on lines of their own; or a list's number so (`1.`,
  /// `12)`), as pypdf prints a numbered list.
  static func loneBullet(_ line: SourceLine) -> String? {
    let t = line.trimmed
    // (A scalar is at most four bytes: a longer line is no bullet, and its scalars are not
    // counted; this is asked of every line of a paragraph.)
    guard t.utf8.count <= 12 else { return nil }
    let scalars = t.unicodeScalars
    if (2...3).contains(scalars.count), let last = scalars.last, last == "." || last == ")",
      scalars.dropLast().allSatisfy({ (0x30...0x39).contains($0.value) })
    {
      return t
    }
    // (Not far right, where an assessment's icon stands alone on a line, centred beside a
    // heading wrapped over two.)
    guard scalars.count == 1, let first = t.first, line.indent < 40 else { return nil }
    return ["•", "●", "▪", "◦", "‣", "\u{F0B7}", "\u{F0A7}"].contains(first) ? t : nil
  }

  /// An assessment's icon alone on its line (`●`, `◐`, or the dash of none, `–`).
  static func loneIcon(_ line: SourceLine) -> String? {
    let t = line.trimmed
    guard t.unicodeScalars.count == 1, let c = t.first, StatusVocabulary.isAssessmentIcon(c) else { return nil }
    return t
  }

  /// Whether the first bytes of `t` can start a list item: a glyph or a letter beyond ASCII
  /// (decided by the full test), a dash, star, backslash, `o` or digit, or an ASCII letter
  /// followed by `)` or `.`. Prose, starting with a word, is ruled out here.
  static func mayStartListItem(_ t: String) -> Bool {
    var bytes = t.utf8.makeIterator()
    guard let b0 = bytes.next() else { return false }
    if b0 >= 0x80 || (0x30...0x39).contains(b0) { return true }
    if b0 == UInt8(ascii: "-") || b0 == UInt8(ascii: "*") || b0 == UInt8(ascii: "\\") || b0 == UInt8(ascii: "o")
      || b0 == UInt8(ascii: "(") && t.utf8.starts(with: "(cid:".utf8)
    {
      return true
    }
    let isLetter = (0x41...0x5A).contains(b0) || (0x61...0x7A).contains(b0)
    let b1 = bytes.next()
    return isLetter && (b1 == UInt8(ascii: ")") || b1 == UInt8(ascii: "."))
  }

  /// The section number and title of a numbered heading line (`2.1 Apriluppföljning drift`,
  /// `04 Hav och marina resurser`), or nil. `1. Att verka …` is a numbered list item instead.
  static func numberedHeading(_ line: SourceLine) -> (number: String, title: String)? {
    let t = line.collapsed
    guard t.utf8.count <= 140 * 4, let (number, rest) = SectionNumber.split(t), t.count <= 140 else { return nil }
    guard let first = rest.first, first.isUppercase else { return nil }
    let printed = t.prefix { !$0.isWhitespace }
    if printed.hasSuffix("."), !number.contains(".") { return nil }
    if rest.hasSuffix(".") && rest.count > 60 { return nil }
    guard SectionNumber.depth(number) <= 5 else { return nil }
    return (number, rest)
  }

  /// The number and title of a chapter line numbered like a list item (`1. Sammanfattning`,
  /// `3. Uppdrag från regionfullmäktige`): one or two digits and a full stop, then a short title
  /// in capitals without a sentence's end. The reader takes it for a heading only where no
  /// numbered item stands next to it.
  static func numberedChapter(_ line: SourceLine) -> (number: String, title: String)? {
    let t = line.collapsed
    guard let first = t.utf8.first, (0x30...0x39).contains(first), t.utf8.count <= 80 else { return nil }
    let digits = t.prefix { $0.isASCII && $0.isNumber }
    let rest = t.dropFirst(digits.count)
    guard (1...2).contains(digits.count), rest.hasPrefix(". ") else { return nil }
    let title = String(rest.dropFirst(2))
    guard let initial = title.first, initial.isUppercase, let last = title.last, last.isLetter || last == ")",
      title.split(separator: " ").count <= 6
    else { return nil }
    return (String(digits), title)
  }

  /// Whether a line is an appendix's title (`Bilaga 1. Nyckeltal per enhet`, `Bilaga 2:
  /// Investeringar`, `Bilaga A – Uppdrag`): `Bilaga`, its number or letter, and a short title in
  /// capitals without a sentence's end.
  static func isAppendixHeading(_ line: SourceLine) -> Bool {
    let t = line.collapsed
    guard t.utf8.count <= 80, t.hasPrefix("Bilaga ") || t.hasPrefix("BILAGA ") else { return false }
    let words = t.split(separator: " ")
    guard words.count >= 3, words.count <= 10,
      case let mark = words[1].trimmingCharacters(in: [".", ":"]), (1...2).contains(mark.count),
      mark.allSatisfy(\.isNumber) || mark.count == 1 && mark.first?.isUppercase == true
    else { return false }
    let title = words[2...].drop { ["–", "—", "-"].contains($0) }
    guard let initial = title.first?.first, initial.isUppercase, let last = t.last, last.isLetter || last == ")" else { return false }
    return true
  }

  /// Whether a line is a table's caption by its number (`Tabell 4.1 Resultaträkning (mnkr)`,
  /// `Tabell 3. Personalomsättning`): a paragraph of its own.
  static func isCaption(_ line: SourceLine) -> Bool {
    let t = line.collapsed
    guard t.utf8.count <= 120, t.hasPrefix("Tabell ") || t.hasPrefix("TABELL ") else { return false }
    return t.dropFirst(7).first?.isNumber == true
  }

  /// Whether a short line names a goal or an assignment (`Mål 1: Trygg och säker kommun`,
  /// `Uppdrag: …`): a heading also where no blank line sets it apart.
  /// - Parameter sentence: Whether the line may end as a sentence (`Mål 2. Kommunens fordon ska
  ///   drivas fossilfritt.`), as a goal printed as a paragraph of its own does.
  static func namesGoalOrAssignment(_ line: SourceLine, sentence: Bool = false) -> Bool {
    let t = line.collapsed
    // Every goal and assignment word starts with one of these capitals.
    guard let first = t.unicodeScalars.first, entryCapitals.contains(first), t.utf8.count <= 200,
      sentence || t.last != "."
    else { return false }
    // A goal or assignment word is followed by its number or a separator early in the line.
    let early = t.utf8.prefix(48)
    guard early.contains(where: { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "-") || $0 == 0xE2 || (0x30...0x39).contains($0) })
    else { return false }
    return FollowUpVocabulary.goalHeading(t) != nil || FollowUpVocabulary.assignmentHeading(t) != nil
  }

  /// The capitals goal and assignment words start with (`Mål`, `Inriktningsmål`, `Uppdrag` …).
  static let entryCapitals = Set(
    (FollowUpVocabulary.goalWords + FollowUpVocabulary.assignmentWords).compactMap {
      $0.uppercased().unicodeScalars.first
    })

  /// Whether a line is an inline assessment (`Måluppfyllelse: Delvis uppfyllt`): a paragraph of
  /// its own, whatever follows it without a blank line.
  static func isInlineAssessment(_ line: SourceLine) -> Bool {
    guard line.collapsed.utf8.prefix(48).contains(UInt8(ascii: ":")), let first = line.collapsed.first,
      first.isUppercase || first == "*"
    else { return false }
    return FollowUpVocabulary.inlineAssessment(line.collapsed) != nil
  }

  /// Whether a line opens with an assessment and goes on to say why (`◐ Gul – Målet bedöms
  /// delvis uppfyllas.`, `Delvis uppfyllt. Arbetet …`): an icon the vocabulary knows, or a status
  /// alone before a dash or the end of a sentence, and more text.
  static func opensWithAssessment(_ line: SourceLine) -> Bool {
    let t = line.collapsed
    if let first = t.first, StatusVocabulary.isAssessmentIcon(first), first != "–", first != "—",
      t.dropFirst().first == " "
    {
      return true
    }
    let (status, comment) = StatusVocabulary.statusAndComment(t)
    return comment != nil && StatusVocabulary.isStatusAlone(status)
  }

  /// Whether a line ends in a status in brackets (`… av projektmedel (pågår)`, `… (status: ej
  /// påbörjad)`), as an item of a list of activities ends.
  static func endsInBracketedStatus(_ text: String) -> Bool {
    guard text.utf8.last == UInt8(ascii: ")"), let open = text.lastIndex(of: "(") else { return false }
    let inner = text[text.index(after: open)..<text.index(before: text.endIndex)]
    return inner.utf8.count <= 40 && StatusVocabulary.isStatusAlone(String(inner))
  }

  /// Whether a line could be an unnumbered heading on its own: short, starting with a capital,
  /// not ending as a sentence or a label, not a caption naming a unit.
  static func isShortHeading(_ line: SourceLine) -> Bool {
    let t = line.collapsed
    guard t.count >= 3, t.count <= 60, let first = t.first, first.isUppercase else { return false }
    guard t.split(separator: " ").count <= 8, let last = t.last else { return false }
    if ".,;:!?".contains(last) { return false }
    // `Förvaltningschef: Gunilla Lewerentz` is a label and its value, not a heading; `Mål: God
    // tillgänglighet` names a goal, `Uppdrag: Utreda …` an assignment.
    if t.contains(": "), FollowUpVocabulary.goalHeading(t) == nil, FollowUpVocabulary.assignmentHeading(t) == nil {
      return false
    }
    if t.contains("(") && FollowUpVocabulary.unit(in: t) != nil { return false }
    if AlignedTableForm.segments(line.raw).count >= 2 { return false }
    return t.contains { $0.isLetter }
  }

  /// Whether a line is noise rather than text: more symbols than letters (`@@@@ #### 12345
  /// ~~~~ qwerty zxcv`). Digits, the marks numbers and prose use and underscores (signature
  /// lines) are not symbols, so table rows and lone status icons are not noise.
  static func isNoise(_ line: SourceLine) -> Bool {
    var letters = 0
    var symbols = 0
    // By scalar (the text is NFC), ASCII without looking up properties: this runs on every line.
    for scalar in line.trimmed.unicodeScalars {
      if scalar.isASCII {
        let v = scalar.value
        if (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) {
          letters += 1
        } else if v != 0x20, !(v >= 0x09 && v <= 0x0D), !(v >= 0x30 && v <= 0x39), !allowedASCII.contains(UInt8(v)) {
          symbols += 1
        }
      } else if scalar.properties.isAlphabetic {
        letters += 1
      } else if !scalar.properties.isWhitespace, scalar.properties.numericType == nil, scalar != "−", scalar != "–" {
        symbols += 1
      }
    }
    return symbols >= 6 && symbols > letters
  }

  /// The ASCII marks numbers and prose use, which are not symbols.
  static let allowedASCII = Set(",.-%+()/:;*'\"!?&_".utf8)
}
