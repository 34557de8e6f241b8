import Foundation
import UQLValues

/// Generic text steps for extracted PDF text; candidates for the shared `Text/` folder.
enum PageLayoutText {
  /// The line without surrounding white space.
  static func trimmed(_ line: String) -> String {
    Whitespace.trimmed(line)
  }

  static func isBlank(_ line: String) -> Bool { Whitespace.isBlank(line) }

  /// A page header such as "Regionkontoret, Uppföljningsrapport 2 jan-aug 2018 Kvartal 2 2018  15(39)"
  /// or a bare page number ("15(39)", "15").
  static func isPageHeader(_ line: String) -> Bool {
    // Hand-written rather than a regular expression: this runs on every line of every report.
    var copy = line
    let answer: Bool? = copy.withUTF8 { t in
      let (start, end) = Whitespace.bounds(t)
      var i = end
      func digits(_ limit: Int) -> Int {
        var n = 0
        while i > start, n < limit + 1, (48...57).contains(t[i - 1]) {
          i -= 1
          n += 1
        }
        return n
      }
      // "15(39)" or "15" alone.
      if end > start, t[end - 1] == UInt8(ascii: ")") {
        i -= 1
        guard (1...3).contains(digits(3)), i > start, t[i - 1] == UInt8(ascii: "(") else { return false }
        i -= 1
        guard (1...3).contains(digits(3)) else { return false }
        if i == start { return true }
        // "… Uppföljningsrapport … 15(39)": white space before the number.
        guard t[i - 1] == UInt8(ascii: " ") || t[i - 1] == UInt8(ascii: "\t") else { return false }
        return nil
      }
      return (1...3).contains(digits(3)) && i == start
    }
    return answer ?? TextSearch.contains(line, "Uppföljningsrapport")
  }

  /// A table-of-contents entry ending in dot leaders and a page number.
  static func isTOCEntry(_ line: String) -> Bool {
    var copy = line
    return copy.withUTF8 { t in
      let (start, end) = Whitespace.bounds(t)
      var i = end
      var n = 0
      while i > start, (48...57).contains(t[i - 1]) {
        i -= 1
        n += 1
      }
      guard (1...3).contains(n) else { return false }
      while i > start, t[i - 1] == UInt8(ascii: " ") || t[i - 1] == UInt8(ascii: "\t") { i -= 1 }
      var dots = 0
      while i > start, t[i - 1] == UInt8(ascii: ".") {
        i -= 1
        dots += 1
      }
      return dots >= 4
    }
  }

  /// The title of a TOC entry without its leaders and page number.
  static func tocTitle(_ text: String) -> String {
    let t = text.replacingOccurrences(
      of: #"\.{4,}\s*\d{1,3}\s*$"#, with: "", options: .regularExpression)
    return TextFolding.collapseWhitespace(t)
  }

  /// Joins wrapped lines of one paragraph or cell.
  ///
  /// pdftotext ends a line with a space where it broke between words. A line ending in a hyphen
  /// directly after a non-space is joined without a space and the hyphen kept
  /// (`Trafikförsörjnings-|program`); a line ending in a letter without the trailing space and
  /// followed by a lower-case letter was broken inside a word and is glued
  /// (`Landsbygdsperspektive|t`). Everything else is joined with one space.
  static func joinWrapped(_ lines: [String]) -> String {
    var out = ""
    var previousRaw: String?
    for raw in lines {
      let piece = trimmed(raw)
      if piece.isEmpty { continue }
      if let prev = previousRaw, !out.isEmpty {
        out += separator(after: prev, before: piece)
      }
      out += piece
      previousRaw = raw
    }
    return TextFolding.collapseWhitespace(out)
  }

  /// The separator to put between a wrapped line `prev` (as printed) and the next line's text.
  static func separator(after prev: String, before next: String) -> String {
    let endsWithSpace = prev.last.map { $0 == " " || $0 == "\u{00A0}" } ?? false
    let t = trimmed(prev)
    guard let last = t.last else { return " " }
    if last == "-" || last == "–" {
      let beforeHyphen = t.dropLast().last
      if let b = beforeHyphen, !b.isWhitespace, last == "-" { return "" }
      return " "
    }
    if !endsWithSpace, last.isLetter, let first = next.first, first.isLetter, first.isLowercase {
      return ""
    }
    return " "
  }

  /// Splits a cell's lines into blocks separated by blank lines; each block is (first line
  /// number, lines).
  static func blocks(_ numbered: [(Int, String)]) -> [(Int, [String])] {
    var result: [(Int, [String])] = []
    var current: [String] = []
    var start = 0
    for (n, line) in numbered {
      if isBlank(line) {
        if !current.isEmpty { result.append((start, current)) }
        current = []
      } else {
        if current.isEmpty { start = n }
        current.append(line)
      }
    }
    if !current.isEmpty { result.append((start, current)) }
    return result
  }

  /// The number and unit at the end of `text`, scanning tokens from the right: up to `count`
  /// numbers such as `-6,0`, `14,9%`, `82 700 tkr`, `0,0Mnkr`. Returns the label before them and
  /// the cells as printed, left to right.
  static func trailingNumbers(_ text: String, count: Int?) -> (label: String, cells: [String])? {
    if cannotEndInNumber(text) { return nil }
    var tokens = trimmed(text).split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    var cells: [String] = []
    var firstHadUnit = false
    let unitWords: Set<String> = ["mnkr", "tkr", "%", "kr", "mdkr"]
    while !tokens.isEmpty {
      if let c = count, cells.count >= c { break }
      var cell = ""
      var unit: String?
      if let last = tokens.last, unitWords.contains(last.lowercasedText()) {
        unit = last
        tokens.removeLast()
      }
      let hasUnit = unit != nil || numberToken(tokens.last, hasGluedUnit: true)
      guard let numberToken = tokens.last, numberValue(numberToken) != nil,
        count != nil || cells.isEmpty || hasUnit == firstHadUnit
      else {
        if unit != nil { tokens.append(unit ?? "") }
        break
      }
      tokens.removeLast()
      cell = numberToken
      // Thousands groups printed with spaces: "82 700", "-417 170".
      while tokens.count >= 1, cell.first?.isNumber ?? false,
        canGroup(tokens, cellsAfter: count.map { $0 - cells.count - 1 }),
        let prev = tokens.last, isGroupLead(prev),
        cell.prefix(while: { $0.isNumber }).count == 3,
        count == nil || tokens.count > 0
      {
        // Only treat as a group when what is left still makes a sensible label or more cells.
        let candidate = prev + " " + cell
        guard SwedishNumber.parse(candidate) != nil else { break }
        // A bare integer label word like "2018" must not be eaten: only group short numbers.
        cell = candidate
        tokens.removeLast()
      }
      if let u = unit { cell += " " + u }
      if cells.isEmpty { firstHadUnit = hasUnit }
      cells.insert(cell, at: 0)
    }
    guard !cells.isEmpty else { return nil }
    return (tokens.joined(separator: " "), cells)
  }

  /// Whether `text` surely has no number at its end, read from its bytes: a number cell needs an
  /// ASCII digit, and ends in one or in a unit of ``SwedishNumber/units`` (any case) or
  /// `mnkr`/`tkr`, so the last byte, ASCII, is a digit or ends a unit. Line ends and other
  /// scalars at the end leave it undecided (false).
  static func cannotEndInNumber(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      guard bytes.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return true }
      var i = bytes.count
      while i > 0, bytes[i - 1] == 0x20 || bytes[i - 1] == 0x09 { i -= 1 }
      guard i > 0 else { return true }
      let b = bytes[i - 1]
      guard b < 0x80, !(0x0A...0x0D).contains(b) else { return false }
      return !((0x30...0x39).contains(b) || unitEnds.contains(b))
    }
  }

  /// The last bytes of the units a number may end in, letters in both cases.
  static let unitEnds: Set<UInt8> = {
    var ends = Set<UInt8>()
    for unit in SwedishNumber.units + ["mnkr", "tkr"] {
      guard let last = unit.utf8.last else { continue }
      ends.insert(last)
      if (0x61...0x7A).contains(last) { ends.insert(last - 0x20) }
    }
    return ends
  }()

  /// The first group of a number printed with spaces ("82" of "82 700"): the regular expression
  /// `^[-−+]?[1-9]\d{0,2}$`, matched by hand for ASCII tokens without line ends and by the
  /// expression, compiled once, for the rest.
  static func isGroupLead(_ token: String) -> Bool {
    var token = token
    let ascii: Bool? = token.withUTF8 { bytes in
      guard bytes.allSatisfy({ $0 < 0x80 && !(0x0A...0x0D).contains($0) }) else { return nil }
      var i = 0
      if i < bytes.count, bytes[i] == 0x2D || bytes[i] == 0x2B { i += 1 }
      guard i < bytes.count, (0x31...0x39).contains(bytes[i]) else { return false }
      let digits = bytes[(i + 1)...]
      return digits.count <= 2 && digits.allSatisfy { (0x30...0x39).contains($0) }
    }
    if let ascii { return ascii }
    return groupLead.firstMatch(in: token, range: NSRange(token.startIndex..., in: token)) != nil
  }

  // Force-unwrapped: the pattern is a constant that compiles.
  static let groupLead = try! NSRegularExpression(pattern: #"^[-−+]?[1-9]\d{0,2}$"#)

  /// Whether the last token may join the cell after it as a thousands group and still leave
  /// enough numbers for the `cellsAfter` cells still wanted ("0 700 700 0" is four cells).
  static func canGroup(_ tokens: [String], cellsAfter: Int?) -> Bool {
    guard let needed = cellsAfter else { return true }
    let units: Set<String> = ["mnkr", "tkr", "%", "kr", "mdkr"]
    let run = tokens.reversed().prefix { numberValue($0) != nil || units.contains($0.lowercasedText()) }
      .filter { numberValue($0) != nil }.count
    return run - 1 >= needed
  }

  static func numberToken(_ token: String?, hasGluedUnit: Bool) -> Bool {
    guard let t = token?.lowercasedText() else { return false }
    return t.hasSuffix("%") || t.hasSuffix("tkr") || t.hasSuffix("mnkr")
  }

  /// The value and unit of a printed number cell such as `-6,0`, `14,9%`, `82 700 tkr`,
  /// `0,0Mnkr`.
  static func numberValue(_ cell: String) -> (value: Decimal, unit: String?)? {
    let s = trimmed(cell)
    for u in ["Mnkr", "mnkr", "tkr"] where s.hasSuffix(u) {
      let parsed = SwedishNumber.parse(String(s.dropLast(u.count)))
      return parsed.map { ($0.value, u.lowercasedText()) }
    }
    return SwedishNumber.parse(s).map { ($0.value, $0.unit) }
  }
}
