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
  /// Reported as under way (`Pågår`) or not yet begun (`Ej påbörjad`): how far the work has
  /// come, not yet whether it is met.
  case pågår
  case ejStartad = "ej_startad"
  /// The report has a status column but the icon was lost in extraction.
  case okänd
}
