import Foundation

/// An expression as written, with its source range.
public indirect enum Expr: Sendable, Equatable {
  case literal(Literal, SourceRange)
  /// A name: a column, or a bare enum word such as `pausad` (the checker decides).
  case name(String, quoted: Bool, SourceRange)
  /// `rapport.status`: a column of a named side (joins).
  case qualifiedName(String, String, SourceRange)
  case parameter(String, SourceRange)
  case unary(UnaryOperator, Expr, SourceRange)
  case binary(BinaryOperator, Expr, Expr, SourceRange)
  /// `x [not] like p`, `x [not] matches p`.
  case match(MatchOperator, Expr, Expr, negated: Bool, SourceRange)
  case inList(Expr, [Expr], negated: Bool, SourceRange)
  case between(Expr, Expr, Expr, negated: Bool, SourceRange)
  case isNull(Expr, negated: Bool, SourceRange)
  /// `name(args)`; `distinct` for `count(distinct x)`.
  case call(String, [Expr], distinct: Bool = false, SourceRange)
  /// `case when c1 then r1 … [else r] end`: the result of the first condition that is true.
  case caseWhen([WhenBranch], otherwise: Expr?, SourceRange)

  public var range: SourceRange {
    switch self {
    case .literal(_, let r), .name(_, _, let r), .qualifiedName(_, _, let r), .parameter(_, let r),
      .unary(_, _, let r), .binary(_, _, _, let r), .match(_, _, _, _, let r),
      .inList(_, _, _, let r), .between(_, _, _, _, let r), .isNull(_, _, let r),
      .call(_, _, _, let r), .caseWhen(_, _, let r):
      return r
    }
  }
}

/// `when condition then result` of a `case` expression.
public struct WhenBranch: Sendable, Equatable {
  public var condition: Expr
  public var result: Expr

  public init(condition: Expr, result: Expr) {
    self.condition = condition
    self.result = result
  }
}

/// A literal value in query text.
public enum Literal: Sendable, Equatable {
  case string(String)
  case integer(Int)
  case number(Decimal)
  case boolean(Bool)
  case null
}

public enum UnaryOperator: String, Sendable, CaseIterable {
  case not, negate = "-"
}

public enum BinaryOperator: String, Sendable, CaseIterable {
  case and, or
  case equal = "=", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
  case contains = "~"
  case add = "+", subtract = "-", multiply = "*", divide = "/", remainder = "%"
  /// Text concatenation, `||`.
  case concatenate = "||"

  var isComparison: Bool {
    switch self {
    case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: return true
    default: return false
    }
  }

  var isArithmetic: Bool {
    switch self {
    case .add, .subtract, .multiply, .divide, .remainder: return true
    default: return false
    }
  }
}

public enum MatchOperator: String, Sendable, CaseIterable {
  case like, matches
}
