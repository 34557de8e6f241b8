extension LanguageHelp {
  /// The operators, from the loosest binding to the tightest, and `case`.
  static let operators: [HelpEntry] = [
    HelpEntry(
      .operators, ["and", "och", "or", "eller", "not", "inte"], usage: "A and B, A or B, not A",
      "Logic as in SQL, with null as unknown: false and null is false, true or null is true, not null is null.",
      example: "aktiviteter where status = pausad or not (år >= 2019)"),
    HelpEntry(
      .operators, ["=", "!=", "<>", "<", "<=", ">", ">="], usage: "A = B, A != B, A < B, A <= B, A > B, A >= B",
      "Comparisons. Text = ignores case and runs of white space; text orders in Swedish order, statuses in "
        + "their own; a bare word compared with a status or text column is one of its values (.help statuses).",
      example: "aktiviteter where status != klar and år >= 2019"),
    HelpEntry(
      .operators, ["~"], usage: "TEXT ~ PART",
      "Whether TEXT contains PART, ignoring case and diacritics.",
      example: "avsnitt where text ~ \"covid\""),
    HelpEntry(
      .operators, ["like", "som"], usage: "TEXT [not] like PATTERN",
      "Whether the whole TEXT fits PATTERN, ignoring case: * is any run of characters, ? one character.",
      example: "aktiviteter where aktivitet like \"*ESF*\""),
    HelpEntry(
      .operators, ["matches", "matchar"], usage: "TEXT [not] matches REGEX",
      "Whether a regular expression (ICU/Perl syntax without backreferences or lookaround) is found in TEXT, "
        + "in time linear in the text; (?i) ignores case.",
      example: "avsnitt where rubrik matches \"^[0-9]+ \""),
    HelpEntry(
      .operators, ["in"], usage: "X [not] in (A, B, …)",
      "Whether X equals one of the values, as = compares; bare words work as with =.",
      example: "aktiviteter where status in (pausad, ej_startad)"),
    HelpEntry(
      .operators, ["between", "mellan"], usage: "X [not] between LOW and HIGH",
      "X >= LOW and X <= HIGH, as in SQL.",
      example: "rapporter where år between 2019 and 2021"),
    HelpEntry(
      .operators, ["is", "är", "null"], usage: "X is [not] null",
      "Whether X is null: missing, as a comment a report does not have.",
      example: "aktiviteter where kommentar is not null"),
    HelpEntry(
      .operators, ["+", "-", "*", "/", "%"], usage: "A + B, A - B, A * B, A / B, A % B, -A",
      "Arithmetic; whole numbers are checked for overflow, / gives a decimal number, / and % by zero give null, "
        + "% has the sign of A; a date plus or minus whole days is a date, a date minus a date the days between.",
      example: "indikatorer | select indikator, skillnad = utfall - målvärde"),
    HelpEntry(
      .operators, ["||"], usage: "A || B",
      "Both sides as text, joined; null when either is null.",
      example: "aktiviteter | select var = rapport || \":\" || rad"),
    HelpEntry(
      .operators, ["case", "when", "then", "else", "end"], usage: "case [X] when C then R … [else R] end",
      "The result of the first true condition, else the else result or null; with case X, each when A is X = A.",
      example: "aktiviteter | select aktivitet, klar = case status when klar then 1 else 0 end"),
  ]
}
