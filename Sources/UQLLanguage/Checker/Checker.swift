import UQLValues

/// Binds a parsed query to the datasets it names and checks its types before anything runs.
public struct Checker {
  /// The datasets a query may start from, by name.
  public var datasets: [String: Schema]
  /// Values of `$name` parameters, as text; typed by the place they are used.
  public var parameters: [String: String]

  public init(datasets: [String: Schema], parameters: [String: String] = [:]) {
    self.datasets = datasets
    self.parameters = parameters
  }

  /// Checks `query` and returns its plan.
  /// - Throws: a ``Diagnostic`` naming the first unknown name or type error, with a suggestion.
  public func check(_ query: Query) throws(Diagnostic) -> Plan {
    let sourceName = try resolveDataset(query.source, at: query.sourceRange)
    var schema = datasets[sourceName]!
    var steps: [PlanStep] = []
    for clause in query.clauses {
      var binder = Binder(schema: schema, parameters: parameters, datasetName: sourceName)
      switch clause {
      case .where(let expr, _):
        let condition = try binder.bind(expr)
        guard condition.type == .boolean || condition.type == .null else {
          throw Diagnostic(
            .error, "\"where\" needs a condition that is true or false, found \(condition.type.name)",
            at: expr.range, help: "compare it with something, e.g. x = 1 or x is not null")
        }
        steps.append(.filter(condition))
      case .select(let items, _):
        var outputs: [(name: String, expr: TypedExpr)] = []
        var fields: [Schema.Field] = []
        for item in items {
          let expr = try binder.bind(item.expr)
          let name = item.alias ?? Checker.defaultName(item, expr: expr, schema: schema)
          outputs.append((name, expr))
          fields.append(Schema.Field(name: name, type: expr.type, values: binder.valueSet(of: expr)))
        }
        try Checker.requireUniqueNames(zip(items, fields).map { ($0.1.name, $0.0.expr.range) })
        steps.append(.project(outputs))
        schema = Schema(fields: fields)
      case .sort(let keys, _):
        var bound: [(expr: TypedExpr, descending: Bool)] = []
        for key in keys { bound.append((try binder.bind(key.expr), key.descending)) }
        steps.append(.sort(bound))
      case .limit(let n, _):
        steps.append(.limit(n))
      case .distinct:
        steps.append(.distinct)
      case .count(let keys, let range):
        let counted = SelectItem(alias: "antal", expr: .call("count", [], range), text: "antal")
        let (step, fields) = try group(keys: keys, aggregates: [counted], binder: &binder, schema: schema)
        steps.append(step)
        schema = Schema(fields: fields)
      case .group(let keys, let aggregates, _):
        let (step, fields) = try group(keys: keys, aggregates: aggregates, binder: &binder, schema: schema)
        steps.append(step)
        schema = Schema(fields: fields)
      }
    }
    return Plan(source: sourceName, steps: steps, schema: schema)
  }

  func group(keys: [SelectItem], aggregates: [SelectItem], binder: inout Binder, schema: Schema)
    throws(Diagnostic) -> (PlanStep, [Schema.Field])
  {
    var keyExprs: [TypedExpr] = []
    var outputs: [(name: String, expr: TypedExpr)] = []
    var fields: [Schema.Field] = []
    var names: [(String, SourceRange)] = []
    for (k, item) in keys.enumerated() {
      let expr = try binder.bind(item.expr)
      keyExprs.append(expr)
      let name = item.alias ?? Checker.defaultName(item, expr: expr, schema: schema)
      outputs.append((name, .column(k, expr.type)))
      fields.append(Schema.Field(name: name, type: expr.type, values: binder.valueSet(of: expr)))
      names.append((name, item.expr.range))
    }
    var calls: [AggregateCall] = []
    for item in aggregates {
      let expr = try binder.bindAggregate(item.expr, keys: keyExprs, keyNames: fields.map(\.name), calls: &calls)
      let name = item.alias ?? item.text
      outputs.append((name, expr))
      fields.append(Schema.Field(name: name, type: expr.type, values: nil))
      names.append((name, item.expr.range))
    }
    try Checker.requireUniqueNames(names)
    return (.group(keys: keyExprs, aggregates: calls, outputs: outputs), fields)
  }

  func resolveDataset(_ name: String, at range: SourceRange) throws(Diagnostic) -> String {
    let names = datasets.keys.sorted()
    if datasets[name] != nil { return name }
    let key = TextFolding.looseKey(name)
    if let match = names.first(where: { TextFolding.looseKey($0) == key }) { return match }
    let help = Suggestion.help(for: name, in: names) ?? (names.isEmpty
      ? "no datasets are loaded; give --data PATH"
      : "datasets are: \(names.joined(separator: ", "))")
    throw Diagnostic(.error, "unknown dataset \"\(name)\"", at: range, help: help)
  }

  static func defaultName(_ item: SelectItem, expr: TypedExpr, schema: Schema) -> String {
    if case .column(let i, _) = expr, case .name = item.expr { return schema.fields[i].name }
    return item.text
  }

  static func requireUniqueNames(_ names: [(String, SourceRange)]) throws(Diagnostic) {
    var seen = Set<String>()
    for (name, range) in names where !seen.insert(TextFolding.looseKey(name)).inserted {
      throw Diagnostic(
        .error, "duplicate column name \"\(name)\"", at: range, help: "name it with name = expression")
    }
  }
}
