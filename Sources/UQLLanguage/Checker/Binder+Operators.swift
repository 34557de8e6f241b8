import Foundation
import UQLValues

extension Binder {
  mutating func bindBinary(
    _ op: BinaryOperator, _ left: Expr, _ right: Expr, _ range: SourceRange,
    aggregates: inout [AggregateCall]?, keys: ([TypedExpr], [String])?
  ) throws(Diagnostic) -> TypedExpr {
    switch op {
    case .and, .or:
      let l = try bind(left, aggregates: &aggregates, keys: keys)
      let r = try bind(right, aggregates: &aggregates, keys: keys)
      try requireBoolean(l, op.rawValue, at: left.range)
      try requireBoolean(r, op.rawValue, at: right.range)
      return .logical(op, l, r)
    case .contains:
      let l = try bind(left, aggregates: &aggregates, keys: keys)
      let r = try bind(right, aggregates: &aggregates, keys: keys)
      try requireText(l, "~", at: left.range)
      try requireText(r, "~", at: right.range)
      return .contains(l, r)
    case .concatenate:
      // Any values, shown as text, as SQL's || does; null when either is null.
      let l = try bind(left, aggregates: &aggregates, keys: keys)
      let r = try bind(right, aggregates: &aggregates, keys: keys)
      return .arithmetic(op, l, r, .text, range)
    case .add, .subtract, .multiply, .divide, .remainder:
      let l = try bind(left, aggregates: &aggregates, keys: keys)
      let r = try bind(right, aggregates: &aggregates, keys: keys)
      if let type = try Binder.dateArithmeticType(op, l.type, r.type, left: left.range, right: right.range) {
        return .arithmetic(op, l, r, type, range)
      }
      for (side, e) in [(left, l), (right, r)] where !(e.type.isNumeric || e.type == .null) {
        throw Diagnostic(
          .error, "\"\(op.rawValue)\" needs numbers, found \(e.type.name)", at: side.range)
      }
      let type: ValueType = op == .divide || l.type == .number || r.type == .number ? .number : .integer
      return .arithmetic(op, l, r, type, range)
    default:
      // A comparison. Bind the side that is not a bare word first, so `pausad = status` works too.
      // When both sides are unknown words, the left one is the misspelt column.
      let leftUnknown = try isUnknownWord(left)
      let rightUnknown = try isUnknownWord(right)
      let leftIsWord = leftUnknown && !rightUnknown
      let l: TypedExpr
      let r: TypedExpr
      if leftIsWord {
        r = try bind(right, aggregates: &aggregates, keys: keys)
        l = try bindOperand(left, against: r, aggregates: &aggregates, keys: keys)
      } else {
        l = try bind(left, aggregates: &aggregates, keys: keys)
        r = try bindOperand(right, against: l, aggregates: &aggregates, keys: keys)
      }
      if op == .equal || op == .notEqual {
        try requireListedValue(right, against: l)
        try requireListedValue(left, against: r)
      }
      let kind = try comparisonKind(l, r, at: range)
      return .compare(op, try coerce(l, to: r, at: left.range), try coerce(r, to: l, at: right.range), kind)
    }
  }

  /// The type of `date ± days` (a date) and `date - date` (whole days); nil when neither side is
  /// a date.
  static func dateArithmeticType(
    _ op: BinaryOperator, _ l: ValueType, _ r: ValueType, left: SourceRange, right: SourceRange
  ) throws(Diagnostic) -> ValueType? {
    guard l == .date || r == .date else { return nil }
    let days: (ValueType) -> Bool = { $0 == .integer || $0 == .null }
    switch op {
    case .add where l == .date && days(r), .add where days(l) && r == .date, .subtract where l == .date && days(r):
      return .date
    case .subtract where l == .date && r == .date, .subtract where l == .null && r == .date:
      return .integer
    default:
      throw Diagnostic(
        .error, "\"\(op.rawValue)\" cannot take \(l.name) and \(r.name)", at: left.union(right),
        help: "add or subtract whole days from a date (datum + 7), or subtract two dates for the days between")
    }
  }

  func isUnknownWord(_ e: Expr) throws(Diagnostic) -> Bool {
    guard case .name(let word, false, let range) = e else { return false }
    return try columnIndex(word, at: range) == nil
  }

  /// How `l` and `r` compare, or an error when they cannot be compared.
  func comparisonKind(_ l: TypedExpr, _ r: TypedExpr, at range: SourceRange) throws(Diagnostic) -> ComparisonKind {
    switch (l.type, r.type) {
    case (.null, .null): return .text
    case (.null, let t), (let t, .null): return Binder.kind(of: t)
    case (let a, let b) where a.isNumeric && b.isNumeric: return .numeric
    case (.enumeration(let a), .enumeration(let b)) where a == b: return .enumeration(a)
    case (let a, let b) where a.isTextual && b.isTextual: return .text
    case (.date, .date): return .date
    case (.boolean, .boolean): return .boolean
    case (let a, .text) where r.constantValue != nil && (a.isNumeric || a == .date || a == .boolean):
      return Binder.kind(of: a)
    case (.text, let b) where l.constantValue != nil && (b.isNumeric || b == .date || b == .boolean):
      return Binder.kind(of: b)
    default:
      var help: String? = nil
      if let domain = l.type.domain ?? r.type.domain {
        help = "\(domain.name) values are: \(domain.values.joined(separator: ", "))"
      }
      throw Diagnostic(.error, "cannot compare \(l.type.name) with \(r.type.name)", at: range, help: help)
    }
  }

  static func kind(of type: ValueType) -> ComparisonKind {
    switch type {
    case .integer, .number: return .numeric
    case .enumeration(let d): return .enumeration(d)
    case .date: return .date
    case .boolean: return .boolean
    case .text, .null: return .text
    }
  }

  /// Converts a text constant to the type it is compared with (`år = $år`, `datum > "2020-01-01"`).
  func coerce(_ e: TypedExpr, to other: TypedExpr, at range: SourceRange) throws(Diagnostic) -> TypedExpr {
    guard case .constant(.text(let text), .text) = e else { return e }
    switch other.type {
    case .integer, .number:
      if let i = Int(text) { return .constant(.integer(i), .integer) }
      if let n = SwedishNumber.parse(text), n.unit == nil { return .constant(.number(n.value), .number) }
      throw Diagnostic(.error, "\"\(text)\" is not a number", at: range)
    case .date:
      if let d = Day(iso: Substring(text)) { return .constant(.date(d), .date) }
      throw Diagnostic(.error, "\"\(text)\" is not a date (write YYYY-MM-DD)", at: range)
    case .boolean:
      switch text.lowercased() {
      case "true": return .constant(.boolean(true), .boolean)
      case "false": return .constant(.boolean(false), .boolean)
      default: throw Diagnostic(.error, "\"\(text)\" is not true or false", at: range)
      }
    case .enumeration(let domain):
      return try resolveWord(text, in: domain.values, of: other, at: range)
    default:
      return e
    }
  }
}
