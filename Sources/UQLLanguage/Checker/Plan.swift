import UQLValues

/// A checked query: where its rows come from and the steps that transform them.
public struct Plan: Sendable {
  public var source: String
  public var steps: [PlanStep]
  /// The columns of the result (after a pivot, only the row key: the rest come from the data).
  public var schema: Schema
  /// Show the result as a chart (`| chart bar`).
  public var chart: ChartStyle?
}

/// One checked step of a plan, operating on the output of the step before.
public enum PlanStep: Sendable {
  case filter(TypedExpr)
  case project([(name: String, expr: TypedExpr)])
  case sort([(expr: TypedExpr, descending: Bool)])
  /// At most `Int` rows after skipping `offset`.
  case limit(Int, offset: Int)
  case distinct
  /// Groups rows by `keys` (nothing: one group of all rows) and computes `aggregates` per group;
  /// `outputs` are expressions over keys (`.column(k)`) and aggregates (`.aggregate(i)`).
  case group(keys: [TypedExpr], aggregates: [AggregateCall], outputs: [(name: String, expr: TypedExpr)])
  case join(JoinStep)
  /// One row per value of `rows` (named `rowName`), one column per value of `columns`.
  /// `range` is the pivot clause's, for errors only the data can reveal (too many columns).
  case pivot(rows: TypedExpr, rowName: String, columns: TypedExpr, value: AggregateCall, range: SourceRange)
  /// Adds `föregående`, `förändring` and `förändring_procent` of `value`, rows ordered by `keys`
  /// and `order`.
  case change(value: TypedExpr, order: TypedExpr, keys: [TypedExpr])
}

/// A checked join: key columns on both sides and the right side's columns to add.
public struct JoinStep: Sendable {
  public var dataset: String
  public var left: Bool
  public var leftKeys: [Int]
  public var rightKeys: [Int]
  public var kinds: [ComparisonKind]
  /// Right-side columns in the result (all but the keys) and their names there.
  public var rightColumns: [(index: Int, name: String)]
  /// Left-side columns renamed because the right side has the same name.
  public var leftNames: [String]
  /// The join clause, for errors only the data can reveal (a result over ``Limits/joinRows``).
  public var range: SourceRange
}

/// One aggregate to compute per group.
public struct AggregateCall: Sendable {
  public var function: AggregateFunction
  /// nil for `count()`.
  public var argument: TypedExpr?
  /// `count(distinct x)`: the number of distinct values (equal under `=`) that are not null.
  public var distinct = false
  public var type: ValueType
  public var range: SourceRange
}

/// The columns of a dataset or intermediate result, as the checker sees them.
public struct Schema: Sendable {
  public struct Field: Sendable {
    public var name: String
    public var type: ValueType
    /// The distinct text values of the column when known (bare words resolve against them).
    public var values: [String]?
    /// The dataset the column came from, for `dataset.column` after a join.
    public var qualifier: String?
    /// The stored text column behind a field whose values are not listed (mostly distinct text
    /// is not dictionary-encoded): its distinct values are read only when a bare word needs them,
    /// so that bare words do not depend on how a column is stored.
    public var unlistedTexts: Column?

    public init(
      name: String, type: ValueType, values: [String]?, qualifier: String? = nil, unlistedTexts: Column? = nil
    ) {
      self.name = name
      self.type = type
      self.values = values
      self.qualifier = qualifier
      self.unlistedTexts = unlistedTexts
    }
  }

  public var fields: [Field]

  public init(fields: [Field]) { self.fields = fields }

  /// The schema of a table, with value sets of its enum and dictionary-encoded text columns;
  /// other text columns keep their column for reading values on demand.
  public init(table: Table) {
    fields = table.columns.map { column in
      switch (column.type, column.storage) {
      case (.enumeration(let domain), _): Field(name: column.name, type: column.type, values: domain.values)
      case (.text, .dictionary(_, let values)): Field(name: column.name, type: column.type, values: values)
      case (.text, _): Field(name: column.name, type: column.type, values: nil, unlistedTexts: column)
      default: Field(name: column.name, type: column.type, values: nil)
      }
    }
  }
}
