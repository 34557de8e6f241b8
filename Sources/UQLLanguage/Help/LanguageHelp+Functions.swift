extension ScalarFunction {
  /// The function's help; a switch, so a new function cannot go without it.
  public var help: HelpEntry {
    func entry(_ usage: String, _ text: String, _ example: String) -> HelpEntry {
      HelpEntry(.functions, [rawValue], usage: usage, text, example: example)
    }
    switch self {
    case .lower: return entry("lower(TEXT)", "The text in lower case.", "aktiviteter | select kort = lower(aktivitet)")
    case .upper: return entry("upper(TEXT)", "The text in upper case.", "rapporter | select upper(titel)")
    case .length: return entry("length(TEXT)", "The number of characters.", "aktiviteter where length(kommentar) > 200")
    case .trim:
      return entry(
        "trim(TEXT)", "The text without white space at either end.", "ekonomi | select post = trim(post) | distinct")
    case .substr:
      return entry(
        "substr(TEXT, START [, LENGTH])",
        "LENGTH characters (else the rest) from START, counted from 1, from the end when negative, as SQLite's.",
        "indikatorer | count by månad = substr(tidpunkt, 1, 7)")
    case .concat:
      return entry(
        "concat(X, …)", "The values as text, joined; nulls are skipped.",
        "aktiviteter | select var = concat(rapport, \":\", rad)")
    case .year:
      return entry("year(DATE)", "The year of a date, a whole number.", "rapporter where år < year(today()) - 5")
    case .month:
      return entry("month(DATE)", "The month of a date, 1 to 12.", "rapporter | select titel, månad = month(today())")
    case .today:
      return entry(
        "today()", "The local date when uql started; add or subtract whole days.",
        "rapporter | select sedan = today() - 30")
    case .round:
      return entry(
        "round(NUMBER [, DECIMALS])", "The number rounded to DECIMALS places (default 0), halves away from zero.",
        "indikatorer | select indikator, utfall = round(utfall, 1)")
    case .abs: return entry("abs(NUMBER)", "The number without its sign.", "ekonomi where abs(värde) > 1000")
    case .coalesce:
      return entry(
        "coalesce(X, …)", "The first value that is not null; all of one type.",
        "indikatorer | select indikator, utfall = coalesce(utfall, 0)")
    }
  }
}

extension AggregateFunction {
  /// The aggregate's help; a switch, so a new aggregate cannot go without it.
  public var help: HelpEntry {
    func entry(_ usage: String, _ text: String, _ example: String) -> HelpEntry {
      HelpEntry(.aggregates, [rawValue], usage: usage, text, example: example)
    }
    switch self {
    case .count:
      return entry(
        "count() | count(X) | count(distinct X)",
        "The rows; the rows where X is neither null nor false; the distinct values of X that are not null.",
        "aktiviteter | group by rapport aggregate n = count(), klara = count(status = klar)")
    case .sum:
      return entry(
        "sum(NUMBER)", "The sum, checked for overflow.", "ekonomi | group by rapport aggregate summa = sum(värde)")
    case .avg:
      return entry("avg(NUMBER)", "The mean.", "indikatorer | group by indikator aggregate medel = avg(utfall)")
    case .median:
      return entry(
        "median(NUMBER)", "The middle value, or the mean of the two middle ones.",
        "indikatorer | group by indikator aggregate median = median(utfall)")
    case .min:
      return entry(
        "min(X)", "The least value, text in Swedish order.", "rapporter | group by typ aggregate första = min(år)")
    case .max:
      return entry(
        "max(X)", "The greatest value, text in Swedish order.", "rapporter | group by typ aggregate senaste = max(år)")
    }
  }
}
