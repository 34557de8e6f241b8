/// Removes star emphasis the way `MarkdownTablesMarkup`'s expressions
/// `\*\*([^\s*](?:[^*]*?[^\s*])?)\*\*` and `\*([^\s*](?:[^*]*?[^\s*])?)\*` do when every
/// replacement keeps the group, for text whose every scalar is a character of its own.
///
/// A group holds no star, so from an opening mark at `i` it can only end at the next star `j`:
/// the match is there when the group is not empty, starts and ends with a character that is not
/// white space, and (for `**`) the star at `j` is followed by another. Otherwise the search goes
/// on one character later, as the expression's would. Expressions over long paragraphs are slow;
/// this is one pass over the bytes.
enum MarkdownTablesEmphasis {
  /// `text` with `**a**` (when `double`) or `*a*` replaced by `a`.
  static func removingStars(_ text: String, double: Bool) -> String {
    let bytes = Array(text.utf8)
    let n = bytes.count
    let star = UInt8(ascii: "*")
    let mark = double ? 2 : 1
    var out: [UInt8] = []
    out.reserveCapacity(n)
    var i = 0
    while i < n {
      if bytes[i] == star, !double || (i + 1 < n && bytes[i + 1] == star) {
        let start = i + mark
        var j = start
        while j < n, bytes[j] != star { j += 1 }
        if j < n, j > start, !double || (j + 1 < n && bytes[j + 1] == star),
          !isWhitespace(scalarStarting(at: start, in: bytes)),
          !isWhitespace(scalarEnding(at: j, in: bytes))
        {
          out += bytes[start..<j]
          i = j + mark
          continue
        }
      }
      out.append(bytes[i])
      i += 1
    }
    return String(decoding: out, as: UTF8.self)
  }

  static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool { Character(scalar).isWhitespace }

  /// The scalar whose UTF-8 starts at byte `i` (valid UTF-8, `i` a scalar boundary).
  static func scalarStarting(at i: Int, in bytes: [UInt8]) -> Unicode.Scalar {
    var end = i + 1
    while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
    return String(decoding: bytes[i..<end], as: UTF8.self).unicodeScalars.first ?? "\u{FFFD}"
  }

  /// The scalar whose UTF-8 ends just before byte `j`.
  static func scalarEnding(at j: Int, in bytes: [UInt8]) -> Unicode.Scalar {
    var start = j - 1
    while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
    return scalarStarting(at: max(0, start), in: bytes)
  }
}
