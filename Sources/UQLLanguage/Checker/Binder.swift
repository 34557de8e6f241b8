import Foundation
import UQLRegex
import UQLValues

/// Binds expressions to one schema: resolves names, bare enum words and parameters, and types
/// every node.
struct Binder {
  let schema: Schema
  let parameters: [String: String]
  let datasetName: String
  /// The date `today()` gives; nil where none was supplied.
  var today: Day? = nil

  // MARK: Names

  /// The index of the column `name` refers to: exact, then case-insensitive, then loose. After a
  /// join, a name both sides have is ambiguous and must be qualified (`uppdrag.status`).
  func columnIndex(_ name: String, qualifier: String? = nil, at range: SourceRange) throws(Diagnostic) -> Int? {
    let fields = schema.fields
    var candidates = Array(fields.indices)
    if let qualifier {
      let key = TextFolding.looseKey(qualifier)
      candidates = candidates.filter { fields[$0].qualifier.map(TextFolding.looseKey) == key }
    }
    let lower = name.lowercased()
    let key = TextFolding.looseKey(name)
    let matchers: [(String) -> Bool] = [{ $0 == name }, { $0.lowercased() == lower }, { TextFolding.looseKey($0) == key }]
    for matches in matchers {
      let found = candidates.filter { matches(fields[$0].name) }
      if found.count == 1 { return found[0] }
      if found.count > 1 {
        let choices = found.map { qualifiedName(of: $0) }
        throw Diagnostic(
          .error, "\"\(name)\" is ambiguous: it could be \(choices.joined(separator: " or "))", at: range,
          help: "write \(choices.joined(separator: " or "))")
      }
    }
    return nil
  }

  /// `dataset.column` when the column came from a named dataset, else the column's name.
  func qualifiedName(of index: Int) -> String {
    let field = schema.fields[index]
    return field.qualifier.map { "\($0).\(field.name)" } ?? field.name
  }

  func unknownColumn(_ name: String, at range: SourceRange) -> Diagnostic {
    let names = schema.fields.map(\.name)
    return Diagnostic(
      .error, "unknown column \"\(name)\" in \(datasetName)", at: range,
      help: Suggestion.help(for: name, in: names) ?? "columns are: \(names.joined(separator: ", "))")
  }

  /// The known values a text or enum expression can take, for resolving bare words; a text
  /// column's values are read from it when they are not listed.
  func valueSet(of expr: TypedExpr) -> [String]? {
    switch expr {
    case .column(let i, let type):
      let field = schema.fields[i]
      return field.values ?? type.domain?.values ?? field.unlistedTexts?.distinctTexts
    default: return expr.type.domain?.values
    }
  }

  /// The field of a result column `name` computed by `expr`: a column passes on its value set,
  /// listed or not, without reading it.
  func field(named name: String, for expr: TypedExpr) -> Schema.Field {
    guard case .column(let i, let type) = expr else {
      return Schema.Field(name: name, type: expr.type, values: expr.type.domain?.values)
    }
    let source = schema.fields[i]
    return Schema.Field(
      name: name, type: type, values: source.values ?? type.domain?.values, unlistedTexts: source.unlistedTexts)
  }

  /// The number of rows a `limit` or `offset` gives; a parameter's value must be a whole number.
  mutating func rowCount(_ count: RowCount, in clause: String) throws(Diagnostic) -> Int {
    let (name, range): (String, SourceRange)
    switch count {
    case .integer(let n): return n
    case .parameter(let n, let r): (name, range) = (n, r)
    }
    guard case .constant(.text(let text), _) = try bind(.parameter(name, range)),
      let n = Int(text.trimmingCharacters(in: .whitespaces)), n >= 0
    else {
      throw Diagnostic(
        .error, "\"\(clause)\" needs a whole number of 0 or more, found $\(name) = \"\(parameters[name] ?? "")\"",
        at: range)
    }
    return n
  }

  // MARK: Expressions

  mutating func bind(_ expr: Expr) throws(Diagnostic) -> TypedExpr {
    var calls: [AggregateCall]? = nil
    return try bind(expr, aggregates: &calls, keys: nil)
  }

  mutating func bindAggregate(_ expr: Expr, keys: [TypedExpr], keyNames: [String], calls: inout [AggregateCall])
    throws(Diagnostic) -> TypedExpr
  {
    var slot: [AggregateCall]? = calls
    let result = try bind(expr, aggregates: &slot, keys: (keys, keyNames))
    calls = slot ?? []
    return result
  }

  /// Binds `expr`. In aggregate context (`aggregates` non-nil), column references must be group
  /// keys and aggregate calls become slots.
  mutating func bind(_ expr: Expr, aggregates: inout [AggregateCall]?, keys: ([TypedExpr], [String])?)
    throws(Diagnostic) -> TypedExpr
  {
    switch expr {
    case .literal(let literal, _):
      return Binder.constant(literal)
    case .name(let name, _, let range):
      guard let i = try columnIndex(name, at: range) else { throw unknownColumn(name, at: range) }
      let column = TypedExpr.column(i, schema.fields[i].type)
      if let keys { return try keyReference(column, name: name, keys: keys, at: range) }
      return column
    case .qualifiedName(let side, let name, let range):
      guard let i = try columnIndex(name, qualifier: side, at: range) else {
        let known = schema.fields.indices.filter { schema.fields[$0].qualifier != nil }.map(qualifiedName(of:))
        throw Diagnostic(
          .error, "unknown column \"\(side).\(name)\"", at: range,
          help: Suggestion.help(for: "\(side).\(name)", in: known) ?? "columns are: \(known.joined(separator: ", "))")
      }
      let column = TypedExpr.column(i, schema.fields[i].type)
      if let keys { return try keyReference(column, name: name, keys: keys, at: range) }
      return column
    case .parameter(let name, let range):
      guard let value = parameters[name] else {
        throw Diagnostic(
          .error, "missing parameter \"$\(name)\"", at: range,
          help: "pass --param \(name)=VALUE or set UQL_PARAM_\(name)")
      }
      return .constant(.text(value), .text)
    case .unary(.not, let operand, let range):
      let bound = try bind(operand, aggregates: &aggregates, keys: keys)
      try requireBoolean(bound, "not", at: range)
      return .not(bound)
    case .unary(.negate, let operand, let range):
      let bound = try bind(operand, aggregates: &aggregates, keys: keys)
      guard bound.type.isNumeric || bound.type == .null else {
        throw Diagnostic(.error, "cannot negate \(bound.type.name)", at: range)
      }
      return .negate(bound, bound.type == .null ? .integer : bound.type, range)
    case .binary(let op, let left, let right, let range):
      return try bindBinary(op, left, right, range, aggregates: &aggregates, keys: keys)
    case .match(let op, let left, let pattern, let negated, let range):
      let l = try bind(left, aggregates: &aggregates, keys: keys)
      let p = try bind(pattern, aggregates: &aggregates, keys: keys)
      try requireText(l, "\(op.rawValue)", at: left.range)
      try requireText(p, "\(op.rawValue)", at: pattern.range)
      if op == .like {
        if case .literal(.string(let text), _) = pattern { try Binder.requireUQLWildcards(text, at: pattern.range) }
        return .like(l, p, negated: negated)
      }
      if case .constant(.text(let regex), _) = p {
        do {
          _ = try RegularExpression(regex)
        } catch {
          throw .invalidRegex(regex, error, at: pattern.range)
        }
      }
      return .matches(l, p, negated: negated, range)
    case .inList(let left, let values, let negated, _):
      let l = try bind(left, aggregates: &aggregates, keys: keys)
      var bound: [TypedExpr] = []
      var kind: ComparisonKind? = nil
      for value in values {
        let v = try bindOperand(value, against: l, aggregates: &aggregates, keys: keys)
        let k = try comparisonKind(l, v, at: value.range)
        kind = kind ?? k
        bound.append(try coerce(v, to: l, at: value.range))
      }
      return .inList(l, bound, kind ?? .text, negated: negated)
    case .between(let value, let low, let high, let negated, _):
      let v = try bind(value, aggregates: &aggregates, keys: keys)
      let lo = try bindOperand(low, against: v, aggregates: &aggregates, keys: keys)
      let hi = try bindOperand(high, against: v, aggregates: &aggregates, keys: keys)
      let kind = try comparisonKind(v, lo, at: low.range)
      _ = try comparisonKind(v, hi, at: high.range)
      return .between(
        v, try coerce(lo, to: v, at: low.range), try coerce(hi, to: v, at: high.range), kind,
        negated: negated)
    case .isNull(let operand, let negated, _):
      return .isNull(try bind(operand, aggregates: &aggregates, keys: keys), negated: negated)
    case .caseWhen(let branches, let otherwise, _):
      var bound: [(condition: TypedExpr, result: TypedExpr)] = []
      var results: [(TypedExpr, SourceRange)] = []
      for branch in branches {
        let condition = try bind(branch.condition, aggregates: &aggregates, keys: keys)
        try requireBoolean(condition, "when", at: branch.condition.range)
        let result = try bind(branch.result, aggregates: &aggregates, keys: keys)
        bound.append((condition, result))
        results.append((result, branch.result.range))
      }
      let elseResult = try otherwise.map { (e) throws(Diagnostic) in try bind(e, aggregates: &aggregates, keys: keys) }
      if let otherwise, let elseResult { results.append((elseResult, otherwise.range)) }
      var type = ValueType.null
      for (result, range) in results {
        guard let unified = Binder.unify(type, result.type) else {
          throw Diagnostic(
            .error, "the results of \"case\" must have one type, found \(type.name) and \(result.type.name)", at: range)
        }
        type = unified
      }
      return .caseWhen(bound, elseResult, type)
    case .call(let name, let arguments, let distinct, let range):
      return try bindCall(name, arguments, distinct: distinct, range, aggregates: &aggregates, keys: keys)
    }
  }

  /// In aggregate context, a bare column must be one of the group keys.
  func keyReference(_ column: TypedExpr, name: String, keys: ([TypedExpr], [String]), at range: SourceRange)
    throws(Diagnostic) -> TypedExpr
  {
    if case .column(let i, _) = column,
      let k = keys.0.firstIndex(where: { if case .column(i, _) = $0 { return true } else { return false } })
    {
      return .column(k, column.type)
    }
    throw Diagnostic(
      .error, "\"\(name)\" is neither a group key nor inside an aggregate", at: range,
      help: "add it to \"group by\" or use it inside an aggregate such as max(\(name))")
  }

  /// Binds the operand of a comparison: a bare word that is not a column is a value of the
  /// other side's value set (`status = pausad`).
  mutating func bindOperand(
    _ expr: Expr, against other: TypedExpr, aggregates: inout [AggregateCall]?, keys: ([TypedExpr], [String])?
  ) throws(Diagnostic) -> TypedExpr {
    if case .name(let word, false, let range) = expr, try columnIndex(word, at: range) == nil {
      guard other.type.isTextual, let values = valueSet(of: other) else { throw unknownColumn(word, at: range) }
      return try resolveWord(word, in: values, of: other, at: range)
    }
    let bound = try bind(expr, aggregates: &aggregates, keys: keys)
    // A string literal compared with an enum must name one of its values.
    if case .enumeration(let domain) = other.type, case .constant(.text(let text), _) = bound {
      return try resolveWord(text, in: domain.values, of: other, at: expr.range)
    }
    return bound
  }

  /// The value of `values` that `word` names: the exact one, else one equal under text `=`
  /// (case, white space), else one equal without diacritics (`pagar` finds `pågår`). Folding only
  /// when nothing closer exists keeps `Åb` from finding `ab`.
  func resolveWord(_ word: String, in values: [String], of other: TypedExpr, at range: SourceRange)
    throws(Diagnostic) -> TypedExpr
  {
    let equalityKey = TextFolding.equalityKey(word)
    let looseKey = TextFolding.looseKey(word)
    let matchers: [(String) -> Bool] = [
      { $0 == word }, { TextFolding.equalityKey($0) == equalityKey }, { TextFolding.looseKey($0) == looseKey },
    ]
    for matches in matchers {
      if let match = values.first(where: matches) { return .constant(.text(match), other.type) }
    }
    throw unknownValue(word, in: values, of: other, at: range, quoted: false)
  }

  /// A string literal compared by `=` or `!=` with a text column of few, listed values must equal
  /// one of them under text `=`: a misspelt value is an error, as a bare word's is, not an empty
  /// result (`indikator = "Sjukfranvaro"`). An `in` list is not checked: lists of alternatives are
  /// often wider than the data at hand.
  func requireListedValue(_ expr: Expr, against other: TypedExpr) throws(Diagnostic) {
    guard case .literal(.string(let text), let range) = expr, other.type == .text, case .column(let i, _) = other,
      let values = schema.fields[i].values, !values.isEmpty, !values.contains(text)
    else { return }
    let key = TextFolding.equalityKey(text)
    if values.contains(where: { TextFolding.equalityKey($0) == key }) { return }
    throw unknownValue(text, in: values, of: other, at: range, quoted: true)
  }

  func unknownValue(_ word: String, in values: [String], of other: TypedExpr, at range: SourceRange, quoted: Bool)
    -> Diagnostic
  {
    let owner: String
    if case .column(let i, _) = other { owner = "\"\(schema.fields[i].name)\"" } else { owner = "this comparison" }
    let shown = values.count <= 12 ? "values are: \(values.joined(separator: ", "))" : nil
    return Diagnostic(
      .error, "unknown value \"\(word)\" for \(owner)", at: range,
      help: Suggestion.help(for: word, in: values) ?? shown ?? (quoted ? nil : "write text in double quotes"))
  }

  /// A `like` pattern written with SQL's wildcards (`%`, and no `*` or `?`) would silently match
  /// nothing: an error that shows it with uql's.
  static func requireUQLWildcards(_ pattern: String, at range: SourceRange) throws(Diagnostic) {
    guard pattern.contains("%"), !pattern.contains("*"), !pattern.contains("?") else { return }
    let rewritten = String(pattern.map { $0 == "%" ? "*" : $0 == "_" ? "?" : $0 })
    throw Diagnostic(
      .error, "\"like\" wildcards are * (any text) and ? (one character), not SQL's % and _", at: range,
      help: "write \"\(rewritten)\"")
  }

  func requireBoolean(_ e: TypedExpr, _ what: String, at range: SourceRange) throws(Diagnostic) {
    guard e.type == .boolean || e.type == .null else {
      throw Diagnostic(.error, "\"\(what)\" needs true or false, found \(e.type.name)", at: range)
    }
  }

  func requireText(_ e: TypedExpr, _ what: String, at range: SourceRange) throws(Diagnostic) {
    guard e.type.isTextual || e.type == .null else {
      throw Diagnostic(.error, "\"\(what)\" needs text, found \(e.type.name)", at: range)
    }
  }

  static func constant(_ literal: Literal) -> TypedExpr {
    switch literal {
    case .string(let s): return .constant(.text(s), .text)
    case .integer(let i): return .constant(.integer(i), .integer)
    case .number(let d): return .constant(.number(d), .number)
    case .boolean(let b): return .constant(.boolean(b), .boolean)
    case .null: return .constant(.null, .null)
    }
  }
}
