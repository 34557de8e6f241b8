import UQLValues

/// The datasets of one run (a one-shot command, a script or a shell) and the statements run on
/// them. `let` adds a dataset; later statements can start from it.
public struct Session: Sendable {
  /// Datasets by name, in the order they were added.
  public private(set) var datasets: [Dataset] = []
  /// Values for `$name` parameters.
  public var parameters: [String: String]
  /// The date `today()` gives: the command line sets it from the clock; nil makes `today()` an
  /// error.
  public var today: Day?
  /// Whether a query may take this many bytes more: the command line asks the system; by
  /// default every size may.
  public var memory = MemoryGate.unlimited

  public init(datasets: [Dataset] = [], parameters: [String: String] = [:]) {
    self.parameters = parameters
    for dataset in datasets { add(dataset) }
  }

  /// Adds a dataset, replacing one of the same name.
  public mutating func add(_ dataset: Dataset) {
    if let i = datasets.firstIndex(where: { $0.name == dataset.name }) {
      datasets[i] = dataset
    } else {
      datasets.append(dataset)
    }
  }

  public func dataset(named name: String) -> Dataset? {
    if let exact = datasets.first(where: { $0.name == name }) { return exact }
    let key = TextFolding.looseKey(name)
    return datasets.first { TextFolding.looseKey($0.name) == key }
  }

  /// What a statement produced.
  public enum Outcome: Sendable {
    /// A query's result, to print.
    case table(Table)
    /// A query's result to show as a chart (`| chart bar`).
    case chart(Table, ChartStyle)
    /// `let name = …` bound a dataset of that many rows.
    case bound(name: String, rows: Int)
  }

  /// Checks and runs one statement.
  /// - Throws: a ``Diagnostic`` from checking or running it; the session is unchanged then.
  public mutating func execute(_ statement: Statement) throws(Diagnostic) -> Outcome {
    switch statement {
    case .query(let query):
      let (table, plan) = try run(query)
      if let style = plan.chart { return .chart(table, style) }
      return .table(table)
    case .explain(let query, _):
      let plan = try plan(query)
      return .table(PlanDescription.table(for: query, plan: plan) { dataset(named: $0)?.table.rowCount ?? 0 })
    case .let(let name, let query, let range):
      if !datasets.contains(where: { $0.name == name }),
        datasets.count(where: { $0.origin == "let" }) >= Limits.letNames
      {
        throw .tooManyLetNames(limit: Limits.letNames, at: range)
      }
      let (table, _) = try run(query)
      add(Dataset(name: name, table: table, origin: "let"))
      return .bound(name: name, rows: table.rowCount)
    case .meta(let name, _, let range):
      throw Diagnostic(.error, "meta-command \".\(name)\" cannot run here", at: range)
    }
  }

  /// The plan of a query, checked against this session's datasets.
  public func plan(_ query: Query) throws(Diagnostic) -> Plan {
    var schemas: [String: Schema] = [:]
    for dataset in datasets { schemas[dataset.name] = Schema(table: dataset.table) }
    return try Checker(datasets: schemas, parameters: parameters, today: today).check(query)
  }

  func run(_ query: Query) throws(Diagnostic) -> (Table, Plan) {
    let plan = try plan(query)
    guard let source = datasets.first(where: { $0.name == plan.source }) else {
      preconditionFailure("checker resolved a dataset the session does not have")
    }
    var joined: [String: Table] = [:]
    for step in plan.steps {
      if case .join(let join) = step, let right = dataset(named: join.dataset) { joined[join.dataset] = right.table }
    }
    return (try Evaluator.run(plan, on: source.table, datasets: joined, memory: memory), plan)
  }
}

/// Whether a step of a query may allocate so many bytes, asked before a result is built whose
/// size is known first (a join's rows). Pure logic cannot know what memory the process may
/// have; the caller says.
public struct MemoryGate: Sendable {
  let allows: @Sendable (Int) -> Bool

  public init(_ allows: @escaping @Sendable (Int) -> Bool) { self.allows = allows }

  public static let unlimited = MemoryGate { _ in true }
}
