/// Markdown's backslash escapes, as converters that write markdown print punctuation
/// (`Pågår\. Planen antogs 2025\-05\-20\.`, mammoth): the character without its backslash.
enum MarkdownEscapes {
  /// The text with each backslash before ASCII punctuation dropped; text without a backslash as
  /// it is.
  static func unescaped(_ text: String) -> String {
    guard text.utf8.contains(UInt8(ascii: "\\")) else { return text }
    var result = ""
    var escaping = false
    for ch in text {
      if escaping {
        if !(ch.isASCII && ch.isPunctuation || ch.isASCII && ch.isSymbol) { result.append("\\") }
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
}
