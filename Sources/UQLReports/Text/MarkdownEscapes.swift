/// Markdown's backslash escapes, as converters that write markdown print punctuation
/// (`Pågår\. Planen antogs 2025\-05\-20\.`, mammoth): the character without its backslash.
enum MarkdownEscapes {
  /// The text with each backslash before ASCII punctuation dropped; text without a backslash as
  /// it is.
  static func unescaped(_ text: String) -> String { unescaped(text, keeping: []) }

  /// The text with each backslash before ASCII punctuation dropped but before the characters
  /// `kept`.
  static func unescaped(_ text: String, keeping kept: Set<Character>) -> String {
    guard text.utf8.contains(UInt8(ascii: "\\")) else { return text }
    var result = ""
    var escaping = false
    for ch in text {
      if escaping {
        if !(ch.isASCII && (ch.isPunctuation || ch.isSymbol)) || kept.contains(ch) { result.append("\\") }
        result.append(ch)
        escaping = false
      } else if ch == "\\" {
        escaping = true
      } else {
        result.append(ch)
      }
    }
    if escaping { result.append("\\") }
    return result
  }

  /// Whether a text's converter escaped punctuation as markdown does (mammoth: every `\.` and
  /// `\-`): three lines or more with such an escape.
  static func escapesPunctuation(_ lines: [String]) -> Bool {
    var found = 0
    for line in lines where line.utf8.contains(UInt8(ascii: "\\")) {
      let bytes = Array(line.utf8)
      if zip(bytes, bytes.dropFirst()).contains(where: { $0 == UInt8(ascii: "\\") && ($1 == UInt8(ascii: ".") || $1 == UInt8(ascii: "-")) }) {
        found += 1
        if found == 3 { return true }
      }
    }
    return false
  }

  /// The line with its escapes dropped but those that keep markup from being read as such: a
  /// pipe inside a table's cell (`\|`), emphasis marks (`\*`, `\_`), a backtick and a
  /// backslash.
  static func unescapedOutsideMarkup(_ line: String) -> String {
    unescaped(line, keeping: ["|", "*", "_", "`", "\\"])
  }
}
