import UQLValues

/// Binds a parsed query to the datasets it names and checks its types before anything runs.
public struct Checker {
  /// The datasets a query may start from, by name.
  public var datasets: [String: Schema]
  /// Values of `$name` parameters, as text; typed by the place they are used.
  public var parameters: [String: String]
  /// The date `today()` gives; nil where none was supplied (the core never reads a clock).
  public var today: Day?

  public init(datasets: [String: Schema], parameters: [String: String] = [:], today: Day? = nil) {
    self.datasets = datasets
    self.parameters = parameters
    self.today = today
  }

  /// Checks `query` and returns its plan.
  /// - Throws: a ``Diagnostic`` naming the first unknown name or type error, with a suggestion.
  public func check(_ query: Query) throws(Diagnostic) -> Plan {
    let sourceName = try resolveDataset(query.source, at: query.sourceRange)
    var schema = datasets[sourceName]!
    for i in schema.fields.indices { schema.fields[i].qualifier = sourceName }
    var steps: [PlanStep] = []
    var chart: ChartStyle? = nil
    var pivoted = false
    for clause in query.clauses {
      var binder = Binder(schema: schema, parameters: parameters, datasetName: sourceName, today: today)
      if chart != nil {
        throw Diagnostic(.error, "\"chart\" must be the last clause", at: clause.range)
      }
      if pivoted {
        switch clause {
        case .sort, .limit, .chart: break
        default:
          throw Diagnostic(
            .error, "after \"pivot\" only sort by, limit and chart can follow", at: clause.range,
            help:
              "filter before the pivot, or name its result and go on from that: let p = … | pivot …; p | where …")
        }
      }
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
          fields.append(binder.field(named: name, for: expr))
        }
        try Checker.requireUniqueNames(zip(items, fields).map { ($0.1.name, $0.0.expr.range) })
        steps.append(.project(outputs))
        schema = Schema(fields: fields)
      case .sort(let keys, _):
        var bound: [(expr: TypedExpr, descending: Bool)] = []
        for key in keys { bound.append((try binder.bind(key.expr), key.descending)) }
        steps.append(.sort(bound))
      case .limit(let n, let offset, _):
        let count = try binder.rowCount(n, in: "limit")
        let skipped = try offset.map { (c) throws(Diagnostic) in try binder.rowCount(c, in: "offset") } ?? 0
        steps.append(.limit(count, offset: skipped))
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
      case .join(let join, let range):
        let (step, joined) = try self.join(join, at: range, onto: schema, binder: binder)
        steps.append(.join(step))
        schema = joined
      case .pivot(let rows, let columns, let value, let range):
        let rowExpr = try binder.bind(rows.expr)
        let columnExpr = try binder.bind(columns)
        var calls: [AggregateCall] = []
        let valueExpr = try binder.bindAggregate(value, keys: [], keyNames: [], calls: &calls)
        guard case .aggregate = valueExpr, calls.count == 1 else {
          throw Diagnostic(
            .error, "the pivot's value must be one aggregate, such as avg(utfall) or count()", at: value.range)
        }
        let name = rows.alias ?? Checker.defaultName(rows, expr: rowExpr, schema: schema)
        steps.append(.pivot(rows: rowExpr, rowName: name, columns: columnExpr, value: calls[0], range: range))
        schema = Schema(fields: [binder.field(named: name, for: rowExpr)])
        pivoted = true
      case .change(let value, let order, let keys, _):
        let valueExpr = try binder.bind(value.expr)
        guard valueExpr.type.isNumeric || valueExpr.type == .null else {
          throw Diagnostic(.error, "\"change\" needs a number, found \(valueExpr.type.name)", at: value.expr.range)
        }
        let orderExpr = try binder.bind(order)
        var keyExprs: [TypedExpr] = []
        for key in keys { keyExprs.append(try binder.bind(key.expr)) }
        steps.append(.change(value: valueExpr, order: orderExpr, keys: keyExprs))
        schema.fields += [
          Schema.Field(name: "föregående", type: valueExpr.type, values: nil),
          Schema.Field(name: "förändring", type: valueExpr.type, values: nil),
          Schema.Field(name: "förändring_procent", type: .number, values: nil),
        ]
      case .chart(let style, _):
        chart = style
      }
    }
    return Plan(source: sourceName, steps: steps, schema: schema, chart: chart)
  }

  /// Checks a join: the keys must name a column on both sides of comparable types.
  func join(_ join: JoinClause, at range: SourceRange, onto schema: Schema, binder: Binder)
    throws(Diagnostic) -> (JoinStep, Schema)
  {
    let rightName = try resolveDataset(join.dataset, at: join.datasetRange)
    var right = datasets[rightName]!
    for i in right.fields.indices { right.fields[i].qualifier = rightName }
    let rightBinder = Binder(schema: right, parameters: parameters, datasetName: rightName)
    var leftKeys: [Int] = []
    var rightKeys: [Int] = []
    var kinds: [ComparisonKind] = []
    for (key, range) in join.keys {
      guard let l = try binder.columnIndex(key, at: range) else { throw binder.unknownColumn(key, at: range) }
      guard let r = try rightBinder.columnIndex(key, at: range) else { throw rightBinder.unknownColumn(key, at: range) }
      let lt = TypedExpr.column(l, schema.fields[l].type)
      let rt = TypedExpr.column(r, right.fields[r].type)
      kinds.append(try binder.comparisonKind(lt, rt, at: range))
      leftKeys.append(l)
      rightKeys.append(r)
    }
    var fields = schema.fields
    var rightColumns: [(index: Int, name: String)] = []
    let leftNames = Set(fields.map { TextFolding.looseKey($0.name) })
    let rightNames = Set(right.fields.indices.filter { !rightKeys.contains($0) }.map { TextFolding.looseKey(right.fields[$0].name) })
    // A name on both sides is shown qualified on both, so the result's names stay unique.
    var shownLeft: [String] = []
    for i in fields.indices {
      let clash = rightNames.contains(TextFolding.looseKey(fields[i].name)) && !leftKeys.contains(i)
      shownLeft.append(clash ? "\(fields[i].qualifier ?? rightName).\(fields[i].name)" : fields[i].name)
    }
    for r in right.fields.indices where !rightKeys.contains(r) {
      let field = right.fields[r]
      let clash = leftNames.contains(TextFolding.looseKey(field.name))
      rightColumns.append((r, clash ? "\(rightName).\(field.name)" : field.name))
      fields.append(field)
    }
    let step = JoinStep(
      dataset: rightName, left: join.left, leftKeys: leftKeys, rightKeys: rightKeys, kinds: kinds,
      rightColumns: rightColumns, leftNames: shownLeft, range: range)
    return (step, Schema(fields: fields))
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
      fields.append(binder.field(named: name, for: expr))
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
