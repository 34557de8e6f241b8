/// How many terminal columns text takes, like POSIX `wcwidth`.
///
/// Combining marks, format characters and controls take none; East Asian wide and fullwidth
/// characters and emoji take two; everything else, å, ä and ö included, takes one. Widths are
/// counted per grapheme cluster and capped at two, so an emoji sequence joined with ZWJ or a
/// skin tone counts as one wide character.
public enum DisplayWidth {
  /// The display width of `text`.
  public static func of(_ text: String) -> Int {
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
    var width = 0
    for character in text { width += of(character) }
    return width
  }

  /// The display width of one grapheme cluster: 0, 1 or 2.
  public static func of(_ character: Character) -> Int {
    var width = 0
    var previous: Unicode.Scalar?
    for scalar in character.unicodeScalars {
      if scalar == "\u{FE0F}", let previous, previous.properties.isEmoji { return 2 }
      width += of(scalar)
      previous = scalar
    }
    return min(width, 2)
  }

  /// The display width of one scalar on its own: 0, 1 or 2.
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let v = scalar.value
    if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
    if v < 0x300 { return 1 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return v == 0xAD ? 1 : 0
    default: break
    }
    if (0x1160...0x11FF).contains(v) || v == 0x200B { return 0 }
    if scalar.properties.isEmojiPresentation || isWide(v) { return 2 }
    return 1
  }

  /// `text` cut to at most `width` columns, ending in `…` when something was cut.
  public static func truncated(_ text: String, to width: Int) -> String {
    guard of(text) > width else { return text }
    guard width > 0 else { return "" }
    var result = ""
    var used = 0
    for character in text {
      let w = of(character)
      if used + w > width - 1 { break }
      result.append(character)
      used += w
    }
    return result + "…"
  }

  /// East Asian Wide (W) and Fullwidth (F) ranges, after Markus Kuhn's `wcwidth`.
  static func isWide(_ v: UInt32) -> Bool {
    switch v {
    case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
      0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
      0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
      0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
      return true
    default:
      return false
    }
  }
}
