import Foundation

/// The ways uql compares text: equality ignores case and runs of white space; contains (`~`),
/// identifiers and enum words also ignore diacritics, so `delmal` finds `delmål`.
public enum TextFolding {
  /// Lower-cased, white space collapsed to single spaces and trimmed: the key of text `=`.
  public static func equalityKey(_ text: String) -> String {
    lowercased(collapseWhitespace(text))
  }

  /// `text.lowercased()` (each scalar's lower-case mapping), computed over the UTF-8 bytes:
  /// within Latin-1, as most of Swedish text is, a scalar's lower case is itself or, for À–Þ
  /// but ×, 0x20 above it; general punctuation (U+2000–U+207F) has no case; other scalars go
  /// through their `lowercaseMapping`.
  public static func lowercased(_ text: String) -> String {
    var text = text
    return text.withUTF8 { bytes -> String? in
      // First in place on a copy, while every scalar keeps its length (ASCII, Latin-1, general
      // punctuation); from the first other scalar on, appending.
      var out = Array(bytes)
      var i = 0
      inPlace: while i < out.count {
        let b = out[i]
        switch b {
        case 0x41...0x5A:
          out[i] = b + 0x20
          i += 1
        case 0..<0x80:
          i += 1
        case 0xC2 where i + 1 < out.count:
          i += 2
        case 0xC3 where i + 1 < out.count:
          let c = out[i + 1]
          if (0x80...0x9E).contains(c) && c != 0x97 { out[i + 1] = c + 0x20 }
          i += 2
        case 0xE2 where i + 2 < out.count && (0x80...0xAF).contains(out[i + 1]):
          // U+2000–U+2BFF: punctuation, arrows, shapes, dingbats; most have no case.
          let value = UInt32(out[i + 1] & 0x3F) << 6 | UInt32(out[i + 2] & 0x3F) | 0x2000
          if casedSymbols.contains(value) { break inPlace }
          i += 3
        default:
          break inPlace
        }
      }
      if i >= out.count { return String(decoding: out, as: UTF8.self) }
      out.removeSubrange(i...)
      while i < bytes.count {
        let b = bytes[i]
        if b < 0x80 {
          out.append((0x41...0x5A).contains(b) ? b + 0x20 : b)
          i += 1
          continue
        }
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
        guard b >= 0xC2, i + length <= bytes.count else { return nil }
        if b == 0xC2 || b == 0xC3 {
          let c = bytes[i + 1]
          out.append(b)
          out.append(b == 0xC3 && (0x80...0x9E).contains(c) && c != 0x97 ? c + 0x20 : c)
        } else if b == 0xE2, bytes[i + 1] == 0x80 || bytes[i + 1] == 0x81 {
          out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<(i + 3)]))
        } else {
          var value = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
          for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
          guard let scalar = Unicode.Scalar(value) else { return nil }
          out.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
        }
        i += length
      }
      return String(decoding: out, as: UTF8.self)
    } ?? text.lowercased()
  }

  /// The scalars of U+2000–U+2BFF whose lower case is not themselves (Ω, K, Å, Roman numerals,
  /// circled letters, …), found once from their properties.
  static let casedSymbols: Set<UInt32> = Set((UInt32(0x2000)...0x2BFF).filter { value in
    guard let scalar = Unicode.Scalar(value) else { return false }
    // Scalars, not strings: strings compare equal when canonically equivalent.
    return Array(scalar.properties.lowercaseMapping.unicodeScalars) != [scalar]
  })

  /// Like ``equalityKey(_:)`` but also without diacritics (å → a, é → e).
  public static func looseKey(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in equalityKey(text).decomposedStringWithCanonicalMapping.unicodeScalars
    where !scalar.properties.isDiacritic || scalar.isASCII {
      scalars.append(scalar)
    }
    return String(scalars)
  }

  /// Replaces each run of white space (no-break space included) with one space and trims both
  /// ends. White space is Unicode's White_Space property, as `Unicode.Scalar.Properties`
  /// defines it, found in the UTF-8 bytes: this runs on every line of every report.
  public static func collapseWhitespace(_ text: String) -> String {
    var text = text
    return text.withUTF8 { collapsed($0) } ?? text
  }

  /// `lines.map(collapseWhitespace).joined(separator: " ")`, built in one buffer.
  public static func collapsedJoined(_ lines: [String]) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(lines.reduce(0) { $0 + $1.utf8.count + 1 })
    for (k, line) in lines.enumerated() {
      if k > 0 { out.append(0x20) }
      var line = line
      line.withUTF8 { appendCollapsed($0, to: &out) }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends the collapsed form of `bytes` to `out`.
  static func appendCollapsed(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
    let n = bytes.count
    var i = 0
    var first = true
    while i < n {
      while i < n, mayStartWhitespace(bytes[i]) {
        let length = whitespaceLength(bytes, at: i)
        if length == 0 { break }
        i += length
      }
      guard i < n else { break }
      if !first { out.append(0x20) }
      first = false
      let start = i
      i += 1
      while i < n, !mayStartWhitespace(bytes[i]) || whitespaceLength(bytes, at: i) == 0 { i += 1 }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
    }
  }

  /// The collapsed bytes as a string, or nil when `bytes` are already collapsed.
  static func collapsed(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    // A first pass that only reads: most text is already collapsed and needs no copy.
    let n = bytes.count
    var i = 0
    var previousSpace = true  // at the start, any white space is to be trimmed
    while i < n {
      // Eight bytes at a time while they are printable ASCII with single spaces between words.
      if i + 8 <= n, let base = bytes.baseAddress {
        let w = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
        let high: UInt64 = 0x8080_8080_8080_8080
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        // No byte from 0x80 up and none below 0x20 (for bytes below 0x80, b - 0x20 borrows).
        if w & high == 0, (w &- 0x2020_2020_2020_2020) & ~w & high == 0 {
          let t = w ^ 0x2020_2020_2020_2020
          let spaces = ~(((t & low) &+ low) | t) & high  // bit 7 set in each byte that is 0x20
          if spaces & (spaces << 8) == 0 && !(previousSpace && spaces & 0x80 != 0) {
            previousSpace = spaces & 0x8000_0000_0000_0000 != 0
            i += 8
            continue
          }
        }
      }
      let b = bytes[i]
      if !mayStartWhitespace(b) {
        previousSpace = false
        i += 1
        continue
      }
      let length = whitespaceLength(bytes, at: i)
      if length == 0 {
        previousSpace = false
        i += 1
      } else if length == 1 && b == 0x20 && !previousSpace {
        previousSpace = true
        i += 1
      } else {
        break
      }
    }
    if i == n && (!previousSpace || n == 0) { return nil }
    var out: [UInt8] = []
    out.reserveCapacity(n)
    appendCollapsed(bytes, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Whether a White_Space scalar can start with byte `b`: ASCII white space or the lead bytes
  /// C2, E1, E2 and E3.
  @inline(__always)
  static func mayStartWhitespace(_ b: UInt8) -> Bool {
    b <= 0x20 || b == 0xC2 || b == 0xE1 || b == 0xE2 || b == 0xE3
  }

  /// The length in bytes of the White_Space scalar starting at `i` of valid UTF-8, or 0: tab to
  /// carriage return, space, U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F,
  /// U+205F and U+3000.
  @inline(__always)
  public static func whitespaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
    let b = bytes[i]
    if b < 0x80 { return b == 0x20 || (0x09...0x0D).contains(b) ? 1 : 0 }
    switch b {
    case 0xC2:
      guard i + 1 < bytes.count else { return 0 }
      let c = bytes[i + 1]
      return c == 0x85 || c == 0xA0 ? 2 : 0
    case 0xE1, 0xE2, 0xE3:
      guard i + 2 < bytes.count else { return 0 }
      let c = bytes[i + 1]
      let d = bytes[i + 2]
      switch (b, c) {
      case (0xE1, 0x9A): return d == 0x80 ? 3 : 0
      case (0xE2, 0x80): return (0x80...0x8A).contains(d) || d == 0xA8 || d == 0xA9 || d == 0xAF ? 3 : 0
      case (0xE2, 0x81): return d == 0x9F ? 3 : 0
      case (0xE3, 0x80): return d == 0x80 ? 3 : 0
      default: return 0
      }
    default:
      return 0
    }
  }
}
