/// Finds förvaltning and organisation names the way ``MetadataInference``'s ICU expressions
/// `\b(Region|Landstings)kontoret\b|\b[A-ZÅÄÖ][a-zåäö]+förvaltningen\b` and
/// `\b(Region|Landstinget) [A-ZÅÄÖ][a-zåäö]+\b` find them in one line, by hand over its bytes.
///
/// The letter runs are greedy and a word boundary follows them, so a match can only end where
/// its run of lower-case letters ends, and only if the character there is not a word character.
/// Word boundaries are ICU's: word characters are alphabetic, marks, decimal digits, connector
/// punctuation and the joiners U+200C and U+200D, and looking back for the character before a
/// position skips grapheme extenders and format characters; a position at one of those is no
/// boundary. Matches do not overlap and are found from the left, as the expressions find them.
enum NameMatching {
  /// The organisation names in `line` ("Region Halland", "Landstinget Halland").
  static func organisations(in line: String) -> [String] {
    matches(in: line) { bytes, s in
      let prefix = bytes[s] == 0x52 ? region : bytes[s] == 0x4C ? landstinget : nil  // R, L
      guard let prefix, starts(bytes, at: s, with: prefix), !isWordBefore(bytes, s) else { return nil }
      return capitalisedWordEnd(bytes, from: s + prefix.count)
    }
  }

  /// The förvaltning names in `line` ("Regionkontoret", "Kulturförvaltningen").
  static func administrations(in line: String) -> [String] {
    matches(in: line) { bytes, s in
      guard let capital = isCapital(bytes, s), !isWordBefore(bytes, s) else { return nil }
      let name = bytes[s] == 0x52 ? regionkontoret : bytes[s] == 0x4C ? landstingskontoret : nil
      if let name, starts(bytes, at: s, with: name), isBoundaryAfterWord(bytes, s + name.count) {
        return s + name.count
      }
      guard let run = lowercaseRunEnd(bytes, from: s + capital),
        run.end - run.start > förvaltningen.count, isBoundaryAfterWord(bytes, run.end),
        starts(bytes, at: run.end - förvaltningen.count, with: förvaltningen)
      else { return nil }
      return run.end
    }
  }

  /// The non-overlapping matches in `line`, from the left: `end(bytes, s)` is where a match
  /// starting at byte `s` ends, or nil when none starts there.
  static func matches(in line: String, end: ([UInt8], Int) -> Int?) -> [String] {
    let bytes = Array(line.utf8)
    var found: [String] = []
    var s = 0
    while s < bytes.count {
      if let e = end(bytes, s) {
        found.append(String(decoding: bytes[s..<e], as: UTF8.self))
        s = e
      } else {
        s += 1
      }
    }
    return found
  }

  static let region = Array("Region ".utf8)
  static let landstinget = Array("Landstinget ".utf8)
  static let regionkontoret = Array("Regionkontoret".utf8)
  static let landstingskontoret = Array("Landstingskontoret".utf8)
  static let förvaltningen = Array("förvaltningen".utf8)

  static func starts(_ bytes: [UInt8], at i: Int, with word: [UInt8]) -> Bool {
    guard i >= 0, i + word.count <= bytes.count else { return false }
    for k in 0..<word.count where bytes[i + k] != word[k] { return false }
    return true
  }

  /// The length in bytes of an [A-ZÅÄÖ] at `i`, or nil.
  static func isCapital(_ bytes: [UInt8], _ i: Int) -> Int? {
    swedishLetter(bytes, i, ascii: 0x41...0x5A, second: (0x85, 0x84, 0x96))
  }

  /// The length in bytes of an [a-zåäö] at `i`, or nil.
  static func isLowercase(_ bytes: [UInt8], _ i: Int) -> Int? {
    swedishLetter(bytes, i, ascii: 0x61...0x7A, second: (0xA5, 0xA4, 0xB6))
  }

  /// The length of a letter at `i` in `ascii` or one of å, ä, ö in one case (C3 then one of the
  /// `second` bytes), or nil.
  @inline(__always)
  static func swedishLetter(
    _ bytes: [UInt8], _ i: Int, ascii: ClosedRange<UInt8>, second: (UInt8, UInt8, UInt8)
  ) -> Int? {
    guard i < bytes.count else { return nil }
    if ascii.contains(bytes[i]) { return 1 }
    guard bytes[i] == 0xC3, i + 1 < bytes.count else { return nil }
    let b = bytes[i + 1]
    return b == second.0 || b == second.1 || b == second.2 ? 2 : nil
  }

  /// The maximal run of [a-zåäö] from `i`, if it is not empty.
  static func lowercaseRunEnd(_ bytes: [UInt8], from i: Int) -> (start: Int, end: Int)? {
    var j = i
    while let length = isLowercase(bytes, j) { j += length }
    return j > i ? (i, j) : nil
  }

  /// Where `[A-ZÅÄÖ][a-zåäö]+\b` starting at `i` ends, or nil.
  static func capitalisedWordEnd(_ bytes: [UInt8], from i: Int) -> Int? {
    guard let capital = isCapital(bytes, i), let run = lowercaseRunEnd(bytes, from: i + capital),
      isBoundaryAfterWord(bytes, run.end)
    else { return nil }
    return run.end
  }

  /// Whether ICU sees a word boundary at `i` right after a word character: at the end, or before
  /// a character that is neither a word character nor an extender or format character.
  static func isBoundaryAfterWord(_ bytes: [UInt8], _ i: Int) -> Bool {
    guard i < bytes.count else { return true }
    let c = scalar(bytes, at: i)
    return !isExtendOrFormat(c) && !isWord(c)
  }

  /// Whether the character ICU looks back to from `i` (past extenders and format characters)
  /// is a word character; false at the start.
  static func isWordBefore(_ bytes: [UInt8], _ i: Int) -> Bool {
    var p = i
    while p > 0 {
      var start = p - 1
      while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
      let c = scalar(bytes, at: start)
      if !isExtendOrFormat(c) { return isWord(c) }
      p = start
    }
    return false
  }

  /// The scalar whose UTF-8 starts at byte `i` of valid UTF-8.
  static func scalar(_ bytes: [UInt8], at i: Int) -> Unicode.Scalar {
    let b = bytes[i]
    if b < 0x80 { return Unicode.Scalar(b) }
    let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
    var value = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    for k in 1..<length where i + k < bytes.count { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
    return Unicode.Scalar(value) ?? "\u{FFFD}"
  }

  static func isExtendOrFormat(_ c: Unicode.Scalar) -> Bool {
    c.properties.isGraphemeExtend || c.properties.generalCategory == .format
  }

  /// ICU's word characters: `[\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\u200c\u200d]`.
  static func isWord(_ c: Unicode.Scalar) -> Bool {
    if c.isASCII {
      let v = c.value
      return (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) || v == 0x5F
    }
    switch c.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation: return true
    default: return c.properties.isAlphabetic || c.value == 0x200C || c.value == 0x200D
    }
  }
}
