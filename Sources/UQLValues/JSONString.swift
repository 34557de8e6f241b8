/// JSON string literals, shared by the JSON writer and the JSON reader (which prints nested
/// values back as compact JSON).
public enum JSONString {
  /// `text` as a JSON string: `"` and `\` escaped, controls as `\n`, `\t`… or `\u00XX`, DEL
  /// and U+2028/U+2029 as `\uXXXX` (so the output is also valid JavaScript), the rest as is.
  public static func quoted(_ text: String) -> String {
    var result = "\""
    result.reserveCapacity(text.utf8.count + 2)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case "\u{08}": result += "\\b"
      case "\u{0C}": result += "\\f"
      case "\u{00}"..."\u{1F}", "\u{7F}", "\u{2028}", "\u{2029}":
        let hex = String(scalar.value, radix: 16)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }
}
