/// Whether text typed so far is a statement that can run, or needs more lines: the shell's
/// choice between running on Enter and showing a continuation prompt.
public enum StatementCompleteness {
  /// Whether `text` can run as it is: no open string or parenthesis, and it does not end in
  /// something that needs more (an operator, `|`, `,`, `and`, `where`, …), as
  /// ``StatementSplitter`` decides for scripts. Text with another lexical error counts as
  /// complete, so running it reports the error.
  public static func isComplete(_ text: String) -> Bool {
    var lexer = Lexer(text)
    var depth = 0
    var last: Token?
    while true {
      let token: Token
      do {
        token = try lexer.next()
      } catch {
        return !isOpenString(error, in: text)
      }
      switch token.kind {
      case .endOfInput:
        guard depth == 0, let last else { return depth == 0 }
        return !StatementSplitter.needsMore(after: last)
      case .newline:
        continue
      case .symbol(.leftParen): depth += 1
      case .symbol(.rightParen): depth = max(0, depth - 1)
      case .symbol(.semicolon): depth = 0
      default: break
      }
      last = token
    }
  }

  /// Whether a lexical error is a string still open at the end of the text.
  static func isOpenString(_ diagnostic: Diagnostic, in text: String) -> Bool {
    let scalars = text.unicodeScalars
    let offset = diagnostic.range.start.offset
    guard offset < scalars.count, diagnostic.range.end.offset == scalars.count else { return false }
    return scalars[scalars.index(scalars.startIndex, offsetBy: offset)] == "\""
  }
}
