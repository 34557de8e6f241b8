/// Makes untrusted text safe to show on a terminal by spelling out control characters.
///
/// Escaped are C0 controls (with `\n`, `\r`, `\t` and `\e` for the common ones), DEL, C1
/// controls, the line and paragraph separators U+2028/U+2029 and the bidirectional embedding,
/// override and isolate characters U+202A–U+202E and U+2066–U+2069. Backslashes are left as
/// they are: the output is for reading, not for parsing back.
public enum ControlEscaping {
  /// Whether `scalar` must not reach a terminal raw.
  public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
  }

  /// The escaped spelling of an unsafe scalar: `\n`, `\e`, `\x07`, `\u{202E}`.
  public static func escape(_ scalar: Unicode.Scalar) -> String {
    switch scalar {
    case "\n": return "\\n"
    case "\r": return "\\r"
    case "\t": return "\\t"
    case "\u{1B}": return "\\e"
    default:
      let hex = String(scalar.value, radix: 16, uppercase: true)
      if scalar.value <= 0xFF { return "\\x" + (hex.count < 2 ? "0" + hex : hex) }
      return "\\u{" + hex + "}"
    }
  }

  /// `text` with every unsafe scalar escaped; `lineBreak`, when given, replaces `\n`, `\r\n`
  /// and lone `\r` instead.
  public static func escaped(_ text: String, lineBreak: String? = nil) -> String {
    guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
    var result = ""
    result.reserveCapacity(text.utf8.count + 8)
    var previousWasCR = false
    for scalar in text.unicodeScalars {
      defer { previousWasCR = scalar == "\r" }
      if let lineBreak, scalar == "\n" || scalar == "\r" {
        if scalar == "\n" && previousWasCR { continue }
        result += lineBreak
      } else if isUnsafe(scalar) {
        result += escape(scalar)
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
