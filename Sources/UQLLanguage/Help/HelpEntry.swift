/// The help on one part of the language — a statement, clause, function, operator or status —
/// as `.help NAME` shows it and `uql manual` prints it.
public struct HelpEntry: Sendable, Equatable {
  public var group: HelpGroup
  /// The words `.help` finds it by, its name first: `sort`; `=`, `!=`, `<`.
  public var names: [String]
  /// How it is written: `sort by EXPR [asc|desc], …`.
  public var usage: String
  /// What it does, in a sentence or a few, without line breaks.
  public var text: String
  /// A statement or expression that uses it.
  public var example: String?

  public init(_ group: HelpGroup, _ names: [String], usage: String, _ text: String, example: String? = nil) {
    self.group = group
    self.names = names
    self.usage = usage
    self.text = text
    self.example = example
  }
}

/// The parts of the language the help is arranged in; `.help clauses` lists one.
public enum HelpGroup: String, Sendable, CaseIterable {
  case statements, clauses, functions, aggregates, operators, statuses

  /// How the manual titles it.
  public var title: String {
    switch self {
    case .statements: "Statements"
    case .clauses: "Clauses"
    case .functions: "Functions"
    case .aggregates: "Aggregates (after aggregate, or as the value of pivot)"
    case .operators: "Operators"
    case .statuses: "Statuses"
    }
  }

  /// A line above the group's entries.
  public var introduction: String {
    switch self {
    case .statements:
      "A script is statements apart by ; or line breaks; a query starts from a dataset or a let name."
    case .clauses:
      "A query applies clauses in order, each optionally introduced by |. Every keyword has a Swedish spelling."
    case .functions:
      "A function of null is null, except coalesce and concat."
    case .aggregates:
      "Aggregates skip nulls; over no values they are null, count 0."
    case .operators:
      "Nulls behave as in SQL: a comparison with null is null, and where keeps only true rows."
    case .statuses:
      "Status columns are enums: bare words compare with them (status = pausad, pagar finds pågår)."
    }
  }
}
