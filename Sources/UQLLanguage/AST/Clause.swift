/// One step of a query's pipeline.
public enum Clause: Sendable, Equatable {
  case `where`(Expr, SourceRange)
  case select([SelectItem], SourceRange)
  case sort([SortKey], SourceRange)
  /// `limit N [offset M]`.
  case limit(RowCount, offset: RowCount?, SourceRange)
  case distinct(SourceRange)
  /// `count` or `count by k1, k2`.
  case count([SelectItem], SourceRange)
  case group(keys: [SelectItem], aggregates: [SelectItem], SourceRange)
  /// `[left] join DATASET on k1, k2`.
  case join(JoinClause, SourceRange)
  /// `pivot ROWS by COLUMNS value AGGREGATE`: one row per value of ROWS, one column per value
  /// of COLUMNS, cells aggregated.
  case pivot(rows: SelectItem, columns: Expr, value: Expr, SourceRange)
  /// `change VALUE over ORDER [by k1, k2]`: each row's change from the row before it in ORDER
  /// (within the same keys), absolute and in percent.
  case change(value: SelectItem, over: Expr, by: [SelectItem], SourceRange)
  /// `chart bar` or `chart line`: show the result as a terminal chart.
  case chart(ChartStyle, SourceRange)

  public var range: SourceRange {
    switch self {
    case .where(_, let r), .select(_, let r), .sort(_, let r), .limit(_, _, let r), .distinct(let r),
      .count(_, let r), .group(_, _, let r), .join(_, let r), .pivot(_, _, _, let r), .change(_, _, _, let r),
      .chart(_, let r):
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
    case .join(let j, _): return j.left ? "left join" : "join"
    case .pivot: return "pivot"
    case .change: return "change"
    case .chart: return "chart"
    }
  }
}

/// A join with another dataset on columns both have.
public struct JoinClause: Sendable, Equatable {
  public var left: Bool
  public var dataset: String
  public var datasetRange: SourceRange
  /// Column names present on both sides.
  public var keys: [(String, SourceRange)]

  public init(left: Bool, dataset: String, datasetRange: SourceRange, keys: [(String, SourceRange)]) {
    self.left = left
    self.dataset = dataset
    self.datasetRange = datasetRange
    self.keys = keys
  }

  public static func == (a: JoinClause, b: JoinClause) -> Bool {
    a.left == b.left && a.dataset == b.dataset && a.datasetRange == b.datasetRange
      && a.keys.map(\.0) == b.keys.map(\.0) && a.keys.map(\.1) == b.keys.map(\.1)
  }
}

/// A number of rows in `limit` or `offset`: a whole number, or a parameter whose value the checker
/// reads.
public enum RowCount: Sendable, Equatable {
  case integer(Int)
  case parameter(String, SourceRange)
}

/// The kinds of terminal chart.
public enum ChartStyle: String, Sendable, CaseIterable {
  case bar, line
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
