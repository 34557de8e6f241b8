/// Decides which line breaks end a statement.
///
/// A line break continues the statement when it is inside parentheses, when the line so far
/// ends in something that needs more (an operator, `|`, `,`, `and`, `where`, …), or when the
/// next line starts with `|` or a clause keyword. The interactive shell asks the same question
/// to choose between running a statement and showing a continuation prompt.
public enum StatementSplitter {
  /// The tokens with every line break that does not end a statement removed; the remaining
  /// `.newline` tokens separate statements just as `;` does.
  public static func significantTokens(_ tokens: [Token]) -> [Token] {
    var result: [Token] = []
    result.reserveCapacity(tokens.count)
    var depth = 0
    for (i, token) in tokens.enumerated() {
      switch token.kind {
      case .symbol(.leftParen): depth += 1
      case .symbol(.rightParen): depth = max(0, depth - 1)
      case .symbol(.semicolon): depth = 0
      case .newline:
        if depth > 0 { continue }
        guard let previous = result.last(where: { $0.kind != .newline }), previous.kind != .symbol(.semicolon)
        else { continue }
        if needsMore(after: previous) { continue }
        if let next = tokens[(i + 1)...].first(where: { $0.kind != .newline }), continuesStatement(next) {
          continue
        }
        if result.last?.kind == .newline { continue }
      default: break
      }
      result.append(token)
    }
    return result
  }

  /// Whether a statement whose last token is `token` cannot end there.
  public static func needsMore(after token: Token) -> Bool {
    switch token.kind {
    case .symbol(let s): return s != .rightParen && s != .semicolon
    case .keyword(let k):
      switch k {
      case .null, .true, .false, .asc, .desc, .distinct, .count, .end: return false
      default: return true
      }
    default: return false
    }
  }

  /// Whether a line starting with `token` continues the statement above.
  public static func continuesStatement(_ token: Token) -> Bool {
    switch token.kind {
    case .symbol(.pipe): return true
    case .keyword(let k):
      return k.startsClause || [.aggregate, .and, .or, .when, .then, .else, .end].contains(k)
    default: return false
    }
  }
}
