/// A closed, ordered set of values a column may hold, such as the statuses of an activity.
public struct EnumDomain: Sendable, Hashable {
  public let name: String
  public let values: [String]

  public init(name: String, values: [String]) {
    self.name = name
    self.values = values
  }

  /// Statuses of activities (aktiviteter) as the reports' legends define them.
  public static let activityStatus = EnumDomain(
    name: "aktivitetsstatus",
    values: ["pågår", "klar", "pausad", "ej_startad", "delvis", "ej_enligt_plan", "okänd"])

  /// Statuses of assignments (uppdrag) and goals: met, partly, not, or, where the report says
  /// how far the work has come instead, under way or not begun.
  public static let assignmentStatus = EnumDomain(
    name: "uppdragsstatus",
    values: ["uppfylls", "uppfylls_delvis", "uppfylls_inte", "pågår", "ej_startad", "okänd"])

  /// Every status either kind of record can have, for CSV columns named `status`.
  public static let status = EnumDomain(
    name: "status",
    values: activityStatus.values.filter { $0 != "okänd" }
      + assignmentStatus.values.filter { !activityStatus.values.contains($0) || $0 == "okänd" })
}
