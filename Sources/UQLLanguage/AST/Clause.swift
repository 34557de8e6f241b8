/// One step of a query's pipeline.
public enum Clause: Sendable, Equatable {
  case `where`(Expr, SourceRange)
  case select([SelectItem], SourceRange)
  case sort([SortKey], SourceRange)
  case limit(Int, SourceRange)
  case distinct(SourceRange)
  /// `count` or `count by k1, k2`.
  case count([SelectItem], SourceRange)
  case group(keys: [SelectItem], aggregates: [SelectItem], SourceRange)

  public var range: SourceRange {
    switch self {
    case .where(_, let r), .select(_, let r), .sort(_, let r), .limit(_, let r), .distinct(let r),
      .count(_, let r), .group(_, _, let r):
      return r
    }
  }

  /// The clause's keyword as users write it, for messages.
  public var keyword: String {
    switch self {
    case .where: return "where"
    case .select: return "select"
    case .sort: return "sort by"
    case .limit: return "limit"
    case .distinct: return "distinct"
    case .count: return "count"
    case .group: return "group by"
    }
  }
}

/// An expression with an optional `name =` alias.
public struct SelectItem: Sendable, Equatable {
  public var alias: String?
  public var expr: Expr
  /// The expression as written, used as the column name when there is no alias.
  public var text: String

  public init(alias: String?, expr: Expr, text: String) {
    self.alias = alias
    self.expr = expr
    self.text = text
  }
}

public struct SortKey: Sendable, Equatable {
  public var expr: Expr
  public var descending: Bool

  public init(expr: Expr, descending: Bool) {
    self.expr = expr
    self.descending = descending
  }
}
