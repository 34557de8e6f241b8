/// Reserved words. Matched case-insensitively; a back-quoted name is never a keyword.
public enum Keyword: String, Sendable, CaseIterable {
  case `let`, `where`, select, sort, by, asc, desc, limit, distinct, count, group, aggregate
  case and, or, not, like, matches, `in`, between, `is`, null, `true`, `false`

  /// Keywords that start a clause; a line starting with one continues the statement above.
  public var startsClause: Bool {
    switch self {
    case .where, .select, .sort, .limit, .distinct, .count, .group: return true
    default: return false
    }
  }

  /// Looks a word up case-insensitively.
  public init?(word: String) {
    self.init(rawValue: word.lowercased())
  }
}
