extension LanguageHelp {
  /// `let`, `explain` and the query itself.
  static let statements: [HelpEntry] = [
    HelpEntry(
      .statements, ["let", "låt"], usage: "let NAME = QUERY",
      "Names the result of a query; later statements start from NAME as from a dataset.",
      example: "let pausade = aktiviteter where status = pausad"),
    HelpEntry(
      .statements, ["explain", "förklara"], usage: "explain QUERY",
      "Shows the checked plan (source, filters, joins, aggregation, estimated rows) without running it.",
      example: "explain aktiviteter where status = klar | count by rapport"),
  ]

  /// One entry per clause, in the order the grammar lists them.
  static let clauses: [HelpEntry] = [
    HelpEntry(
      .clauses, ["where", "där"], usage: "where CONDITION",
      "Keeps the rows where the condition is true (not false, not null).",
      example: "aktiviteter where status = pausad and år >= 2019"),
    HelpEntry(
      .clauses, ["select", "välj"], usage: "select [NAME =] EXPR, …",
      "Keeps or computes columns, in the order given; NAME = names a computed one.",
      example: "aktiviteter | select aktivitet, status, kort = lower(aktivitet)"),
    HelpEntry(
      .clauses, ["sort", "sortera"], usage: "sort by EXPR [asc|desc], …",
      "Orders the rows; nulls come last either way, text in Swedish order (å ä ö after z).",
      example: "indikatorer | sort by år desc, rapport"),
    HelpEntry(
      .clauses, ["limit", "begränsa", "offset"], usage: "limit N [offset M]",
      "Keeps the first N rows, after skipping M; N and M may be parameters ($n).",
      example: "aktiviteter | limit 10 offset 20"),
    HelpEntry(
      .clauses, ["distinct", "unika"], usage: "distinct",
      "Keeps one row of each set of equal rows.",
      example: "ekonomi | select post | distinct"),
    HelpEntry(
      .clauses, ["count", "räkna"], usage: "count [by EXPR, …]",
      "Counts the rows, or the rows of each group, in a column antal; groups come out in key order.",
      example: "aktiviteter | count by status"),
    HelpEntry(
      .clauses, ["group", "gruppera", "aggregate", "aggregera"],
      usage: "[group by EXPR, …] aggregate NAME = AGG(…), …",
      "One row per group of equal keys, with the aggregates computed over its rows (.help aggregates); "
        + "without group by, one row over all rows.",
      example: "uppdrag | group by rapport aggregate n = count(), klara = count(status = uppfylls)"),
    HelpEntry(
      .clauses, ["join", "koppla", "left", "vänster"], usage: "[left] join DATASET on COLUMN, …",
      "Joins the rows with those of DATASET that have equal key columns; left keeps rows without a match. A "
        + "name both sides have is written dataset.column.",
      example: "uppdrag join delmål on rapport, delmål"),
    HelpEntry(
      .clauses, ["pivot", "pivotera"], usage: "pivot ROWS by COLUMNS value AGG(…)",
      "One row per value of ROWS and one column per value of COLUMNS, each cell aggregated; only sort, limit "
        + "and chart may follow.",
      example: "indikatorer | pivot indikator by tidpunkt value avg(utfall)"),
    HelpEntry(
      .clauses, ["change", "jämför"], usage: "change VALUE over ORDER [by KEYS]",
      "Adds föregående, förändring and förändring_procent: each row's change from the row before it in ORDER, "
        + "within the same keys.",
      example: "indikatorer | change utfall over tidpunkt by indikator"),
    HelpEntry(
      .clauses, ["chart", "diagram"], usage: "chart bar|line",
      "Draws the result on the terminal, last in a query: bar takes label and number, line x and y (or series, "
        + "x and y).",
      example: "aktiviteter | count by status | chart bar"),
  ]
}
