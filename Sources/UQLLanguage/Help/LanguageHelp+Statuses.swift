extension LanguageHelp {
  /// Every status of activities, then of goals and assignments; `okänd` is in both.
  static let statuses: [HelpEntry] = [
    status("pågår", "▶", "activity", "under way (also printed pågående, påbörjad); of a goal or assignment too."),
    status("klar", "✓", "activity", "done (also printed avslutad, genomförd)."),
    status("pausad", "⏸", "activity", "paused (also printed vilande)."),
    status("ej_startad", "—", "activity", "not started (printed ej påbörjad, ej startad); of a goal or assignment too."),
    status("delvis", "●", "activity", "partly done (printed delvis genomförd, delvis klar)."),
    status("ej_enligt_plan", "!", "activity", "not going to plan (printed ej enligt plan, försenad)."),
    status("uppfylls", "●", "goal or assignment", "met (printed uppfyllt, uppnått, grön)."),
    status("uppfylls_delvis", "◆", "goal or assignment", "partly met (printed delvis uppfyllt, gul)."),
    status("uppfylls_inte", nil, "goal or assignment", "not met (printed ej uppfyllt, inte uppnått, röd)."),
    status(
      "okänd", nil, "goal, assignment or activity",
      "the report has a status column but the icon or text was lost in extraction, or is text no vocabulary "
        + "knows (kept in bedömning); never a guess."),
  ]

  private static func status(_ name: String, _ icon: String?, _ of: String, _ text: String) -> HelpEntry {
    let activity = of == "activity"
    return HelpEntry(
      .statuses, [name], usage: name + (icon.map { " " + $0 } ?? ""), "Of \(activity ? "an" : "a") \(of): " + text,
      example: "\(activity ? "aktiviteter" : "uppdrag") where status = \(name)")
  }
}
