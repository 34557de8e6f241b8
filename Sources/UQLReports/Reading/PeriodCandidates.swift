/// The parts of a report's text where ``MetadataInference``'s period patterns can match, so that
/// the regular expressions run over a few hundred bytes instead of the whole text.
///
/// The patterns (`\b(jan|januari)\s*[-–—]\s*(feb|…)\b`, `\b(helår|(jan|januari)\s*[-–]\s*[a-zåäö]+)\s+(20[0-9][0-9])\b`
/// and `\butfall (januari|…)\s+(20[0-9][0-9])\b`, all case-insensitive) start with "jan", "helår"
/// or "utfall " in any case, and in the collapsed, joined text their only white space is the
/// space. Each such start gets a window from the ASCII character before it to past the longest match
/// it can begin (words, spaces, a dash, a word, spaces, a year and one character more); windows
/// that touch are merged and the rest are joined with U+0001, which no pattern matches across.
/// The first match in the result is the first match in the text, with the same characters.
enum PeriodCandidates {
  static func text(_ text: String) -> String {
    let bytes = Array(text.utf8)
    var windows: [Range<Int>] = []
    for p in bytes.indices where isStart(bytes, at: p) {
      // Back to an ASCII character: ICU's \b looks past combining marks and format characters
      // for the character before, and no ASCII character is either.
      var start = p
      repeat {
        start -= 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
      } while start > 0 && bytes[start] >= 0x80
      start = max(0, start)
      var q = p + 10
      skipSpaces(bytes, &q)
      q += 6
      skipSpaces(bytes, &q)
      while q < bytes.count, bytes[q] != 0x20 { q += 1 }
      skipSpaces(bytes, &q)
      q += 10
      q = min(q, bytes.count)
      while q < bytes.count, bytes[q] & 0xC0 == 0x80 { q += 1 }
      if let last = windows.last, start <= last.upperBound {
        windows[windows.count - 1] = last.lowerBound..<max(last.upperBound, q)
      } else {
        windows.append(start..<q)
      }
    }
    var out: [UInt8] = []
    for (k, w) in windows.enumerated() {
      if k > 0 { out.append(0x01) }
      out += bytes[w]
    }
    return String(decoding: out, as: UTF8.self)
  }

  static func skipSpaces(_ bytes: [UInt8], _ q: inout Int) {
    while q < bytes.count, bytes[q] == 0x20 { q += 1 }
  }

  /// Whether "jan", "helår" or "utfall " starts at `p`, ASCII letters in either case, å or Å.
  static func isStart(_ bytes: [UInt8], at p: Int) -> Bool {
    switch bytes[p] | 0x20 {
    case UInt8(ascii: "j"): return matches(bytes, at: p, "jan")
    case UInt8(ascii: "u"): return matches(bytes, at: p, "utfall ")
    case UInt8(ascii: "h"):
      guard matches(bytes, at: p, "hel"), p + 5 < bytes.count else { return false }
      return bytes[p + 3] == 0xC3 && (bytes[p + 4] == 0xA5 || bytes[p + 4] == 0x85) && bytes[p + 5] | 0x20 == 0x72
    default: return false
    }
  }

  /// Whether the ASCII `word` (lower case) is at `p`, in either case.
  static func matches(_ bytes: [UInt8], at p: Int, _ word: StaticString) -> Bool {
    let n = word.utf8CodeUnitCount
    guard p + n <= bytes.count else { return false }
    for k in 0..<n {
      let w = word.utf8Start[k]
      let b = bytes[p + k]
      if b != w && !(w >= 0x61 && w <= 0x7A && b == w - 0x20) { return false }
    }
    return true
  }
}
