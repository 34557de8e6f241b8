import UQLValues

/// Horizontal white space as Foundation's `CharacterSet.whitespaces` defines it (tab, space,
/// no-break space, U+1680, U+2000–U+200B, U+202F, U+205F, U+3000), found in UTF-8 bytes
/// without bridging to `NSString`: trimming runs on every line of every report.
enum Whitespace {
  /// The line without the white space around it, scalar by scalar, exactly as
  /// `trimmingCharacters(in: .whitespaces)` trims it.
  static func trimmed(_ text: String) -> String {
    var text = text
    return text.withUTF8 { bytes in
      let (start, end) = bounds(bytes)
      if start == 0 && end == bytes.count { return nil }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    } ?? text
  }

  /// Whether `text` is empty or only white space.
  static func isBlank(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      let (start, end) = bounds(bytes)
      return start >= end
    }
  }

  /// Where the text between leading and trailing white space starts and ends, in bytes.
  static func bounds(_ bytes: UnsafeBufferPointer<UInt8>) -> (start: Int, end: Int) {
    var start = 0
    while start < bytes.count {
      let length = leadingLength(bytes, at: start)
      if length == 0 { break }
      start += length
    }
    var end = bytes.count
    while end > start {
      let length = trailingLength(bytes, endingAt: end)
      if length == 0 { break }
      end -= length
    }
    return (start, end)
  }

  /// The length in bytes of the white-space scalar starting at `i`, or 0 if none starts there.
  static func leadingLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
    guard i >= 0, i < bytes.count else { return 0 }
    let b = bytes[i]
    if b == 0x20 || b == 0x09 { return 1 }
    if b == 0xC2 { return i + 1 < bytes.count && bytes[i + 1] == 0xA0 ? 2 : 0 }
    guard b == 0xE1 || b == 0xE2 || b == 0xE3, i + 2 < bytes.count else { return 0 }
    return isThreeByteSpace(b, bytes[i + 1], bytes[i + 2]) ? 3 : 0
  }

  /// The length in bytes of the white-space scalar ending just before `end`, or 0 if none does.
  static func trailingLength(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Int {
    guard end >= 1, end <= bytes.count else { return 0 }
    let b = bytes[end - 1]
    if b == 0x20 || b == 0x09 { return 1 }
    guard b >= 0x80, end >= 2 else { return 0 }
    if b == 0xA0, bytes[end - 2] == 0xC2 { return 2 }
    guard end >= 3 else { return 0 }
    return isThreeByteSpace(bytes[end - 3], bytes[end - 2], b) ? 3 : 0
  }

  /// Whether three bytes encode U+1680, U+2000–U+200B, U+202F, U+205F or U+3000.
  @inline(__always)
  static func isThreeByteSpace(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Bool {
    switch (a, b) {
    case (0xE1, 0x9A): return c == 0x80
    case (0xE2, 0x80): return (0x80...0x8B).contains(c) || c == 0xAF
    case (0xE2, 0x81): return c == 0x9F
    case (0xE3, 0x80): return c == 0x80
    default: return false
    }
  }

  /// Whether `scalar` has Unicode's White_Space property, as `properties.isWhitespace` says,
  /// without the property lookup.
  @inline(__always)
  static func isUnicodeWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
      return true
    default:
      return false
    }
  }

  /// Whether every scalar of `text` has Unicode's White_Space property (true for ""), that is,
  /// whether `TextFolding.collapseWhitespace(text)` is empty.
  static func isAllUnicodeWhitespace(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      var i = 0
      while i < bytes.count {
        let length = TextFolding.whitespaceLength(bytes, at: i)
        if length == 0 { return false }
        i += length
      }
      return true
    }
  }
}
