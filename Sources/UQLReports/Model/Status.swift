/// The status of an activity, as the legend's icons define it.
public enum ActivityStatus: String, Sendable, CaseIterable {
  case pågår, klar, pausad
  case ejStartad = "ej_startad"
  case delvis
  case ejEnligtPlan = "ej_enligt_plan"
  /// The report has a status column but the icon was lost in extraction.
  case okänd
}

/// The status of an assignment (uppdrag).
public enum AssignmentStatus: String, Sendable, CaseIterable {
  case uppfylls
  case uppfyllsDelvis = "uppfylls_delvis"
  case uppfyllsInte = "uppfylls_inte"
  /// The report has a status column but the icon was lost in extraction.
  case okänd
}
