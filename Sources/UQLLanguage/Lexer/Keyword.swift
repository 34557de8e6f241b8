/// Reserved words. Matched case-insensitively, in English or Swedish (`där`, `sortera efter`);
/// a back-quoted name is never a keyword.
public enum Keyword: String, Sendable, CaseIterable {
  case `let`, `where`, select, sort, by, asc, desc, limit, distinct, count, group, aggregate
  case and, or, not, like, matches, `in`, between, `is`, null, `true`, `false`
  case join, left, on, pivot, change, chart, explain
  case `case`, when, then, `else`, end

  /// Keywords that start a clause; a line starting with one continues the statement above.
  public var startsClause: Bool {
    switch self {
    case .where, .select, .sort, .limit, .distinct, .count, .group, .join, .left, .pivot, .change, .chart:
      return true
    default: return false
    }
  }

  /// Swedish spellings, so a whole query can be written in Swedish. Matched exactly (case
  /// aside): `är` must not be mistaken for the column `år`.
  public static let swedish: [String: Keyword] = [
    "låt": .let, "där": .where, "välj": .select, "sortera": .sort, "efter": .by, "per": .by,
    "stigande": .asc, "fallande": .desc, "begränsa": .limit, "unika": .distinct, "räkna": .count,
    "gruppera": .group, "aggregera": .aggregate, "och": .and, "eller": .or, "inte": .not, "som": .like,
    "matchar": .matches, "mellan": .between, "är": .is, "sant": .true, "falskt": .false,
    "koppla": .join, "vänster": .left, "på": .on, "pivotera": .pivot, "jämför": .change, "diagram": .chart,
    "förklara": .explain,
  ]

  /// The Swedish spelling of this keyword, if it has one (the first, for `by`: `efter`).
  public var swedishSpelling: String? {
    switch self {
    case .by: return "efter"
    default: return Keyword.swedish.first { $0.value == self }?.key
    }
  }

  /// Looks a word up case-insensitively, in English or Swedish.
  public init?(word: String) {
    let lower = word.lowercased()
    if let keyword = Keyword(rawValue: lower) {
      self = keyword
    } else if let keyword = Keyword.swedish[lower] {
      self = keyword
    } else {
      return nil
    }
  }

  /// Whether `word` is the Swedish spelling of a keyword.
  public static func isSwedish(_ word: String) -> Bool { swedish[word.lowercased()] != nil }
}

extension Keyword {
  /// A keyword as a message should spell it: in Swedish when the user's neighbouring keyword
  /// was Swedish, so errors quote the user's own language.
  public struct Spelling: Sendable {
    public var keyword: Keyword
    public var text: String

    public init(_ keyword: Keyword, like token: Token) {
      self.keyword = keyword
      let swedish = Keyword.isSwedish(token.text)
      text = swedish ? (keyword.swedishSpelling ?? keyword.rawValue) : keyword.rawValue
    }
  }
}
