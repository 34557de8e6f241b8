/// A query: a source dataset and the clauses applied to it, in order.
public struct Query: Sendable, Equatable {
  public var source: String
  public var sourceRange: SourceRange
  public var clauses: [Clause]
  /// Each clause as written, for `explain`.
  public var clauseTexts: [String]
  public var range: SourceRange

  public init(source: String, sourceRange: SourceRange, clauses: [Clause], clauseTexts: [String] = [], range: SourceRange) {
    self.source = source
    self.sourceRange = sourceRange
    self.clauses = clauses
    self.clauseTexts = clauseTexts
    self.range = range
  }
}

/// A statement of a script or a shell line.
public enum Statement: Sendable, Equatable {
  case query(Query)
  /// `let name = query`: names a result for later statements.
  case `let`(String, Query, SourceRange)
  /// `.name argument`: a meta-command, run by the shell or script runner, not by a session.
  case meta(name: String, argument: String, SourceRange)
  /// `explain query`: the checked plan instead of the result.
  case explain(Query, SourceRange)

  public var range: SourceRange {
    switch self {
    case .query(let q): return q.range
    case .let(_, _, let r), .meta(_, _, let r), .explain(_, let r): return r
    }
  }
}
