/// A string's characters as an array, without grapheme breaking where it is not needed.
///
/// `Array(text)` finds every grapheme cluster, which is slow. When every scalar of the text is
/// one that never joins a neighbour into a cluster (below U+0300 but the carriage return,
/// general punctuation and symbols from U+2000 to U+2BFF but joiners and combining marks for
/// symbols, private use, U+FFFD), each scalar is a character of its own and the array is made
/// from the scalars directly. Other text takes the standard way.
enum CharacterArray {
  /// The characters of `text`, equal to `Array(text)`.
  static func of(_ text: String) -> [Character] {
    isScalarPerCharacter(text) ? text.unicodeScalars.map(Character.init) : Array(text)
  }

  /// Whether every scalar of `text` is a character of its own, read from the UTF-8 bytes.
  static func isScalarPerCharacter(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      var i = 0
      while i < bytes.count {
        let b = bytes[i]
        if b < 0x80 {
          if b == 0x0D { return false }
          i += 1
        } else if b >= 0xC2 && b <= 0xCB {
          i += 2
        } else if b == 0xE2 || b == 0xEE || b == 0xEF {
          guard i + 2 < bytes.count, isPlainThreeByte(b, bytes[i + 1], bytes[i + 2]) else { return false }
          i += 3
        } else {
          return false
        }
      }
      return true
    }
  }

  /// Whether a three-byte scalar is U+2000–U+20CF but U+200C and U+200D, U+2100–U+2BFF,
  /// private use (U+E000–U+F8FF) or U+FFFD.
  static func isPlainThreeByte(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Bool {
    switch a {
    case 0xE2:
      if b == 0x80 { return c != 0x8C && c != 0x8D }
      return b == 0x81 || b == 0x82 || (0x84...0xAF).contains(b)
    case 0xEE:
      return true
    default:
      return (0x80...0xA3).contains(b) || (b == 0xBF && c == 0xBD)
    }
  }
}
