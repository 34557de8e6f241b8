import Foundation
import UQLValues

/// An expression bound to a schema: names resolved to column indices, types known.
public indirect enum TypedExpr: Sendable {
  case column(Int, ValueType)
  case constant(Value, ValueType)
  case not(TypedExpr)
  case negate(TypedExpr, ValueType, SourceRange)
  case logical(BinaryOperator, TypedExpr, TypedExpr)
  case compare(BinaryOperator, TypedExpr, TypedExpr, ComparisonKind)
  case arithmetic(BinaryOperator, TypedExpr, TypedExpr, ValueType, SourceRange)
  case contains(TypedExpr, TypedExpr)
  case like(TypedExpr, TypedExpr, negated: Bool)
  case matches(TypedExpr, TypedExpr, negated: Bool, SourceRange)
  case inList(TypedExpr, [TypedExpr], ComparisonKind, negated: Bool)
  case between(TypedExpr, TypedExpr, TypedExpr, ComparisonKind, negated: Bool)
  case isNull(TypedExpr, negated: Bool)
  case function(ScalarFunction, [TypedExpr], ValueType, SourceRange)
  /// Conditions and their results, the result when none is true (nil: null), and the type.
  case caseWhen([(condition: TypedExpr, result: TypedExpr)], TypedExpr?, ValueType)
  /// The value of aggregate number `index` of the current group (aggregate context only).
  case aggregate(Int, ValueType)

  public var type: ValueType {
    switch self {
    case .column(_, let t), .constant(_, let t), .negate(_, let t, _), .arithmetic(_, _, _, let t, _),
      .function(_, _, let t, _), .aggregate(_, let t), .caseWhen(_, _, let t):
      return t
    case .not, .logical, .compare, .contains, .like, .matches, .inList, .between, .isNull:
      return .boolean
    }
  }

  /// The constant value when the expression is a literal.
  var constantValue: Value? {
    if case .constant(let v, _) = self { return v }
    return nil
  }
}

/// How two values are compared, decided once by the checker from their types.
public enum ComparisonKind: Sendable {
  /// Integers and numbers, compared as decimals.
  case numeric
  /// Text: `=` ignores case and runs of white space; order is Swedish collation.
  case text
  /// Enum values: equal by name, ordered by their place in the domain.
  case enumeration(EnumDomain)
  case date
  case boolean
}

/// The scalar functions of the language.
public enum ScalarFunction: String, Sendable, CaseIterable {
  case lower, upper, length, year, round, coalesce
  case substr, trim, concat, abs, month, today
}

/// The aggregate functions of the language.
public enum AggregateFunction: String, Sendable, CaseIterable {
  case count, sum, avg, min, max, median
}
