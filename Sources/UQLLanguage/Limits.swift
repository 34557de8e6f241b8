import UQLRegex

/// The limits that keep hostile or mistaken input from exhausting the stack, memory or time.
/// Each is reported as an ordinary diagnostic when crossed.
public enum Limits {
  /// How deep an expression tree may be: parentheses, calls, `in` lists, `not`, unary minus
  /// and each operator of a chain (`a or b or …`, `1 + 1 + …`) count one level each.
  public static let nestingDepth = 200
  /// The longest statement, in characters (Unicode scalars), comments included.
  public static let statementLength = 100_000
  /// How many names `let` may bind in one session (a script or a shell).
  public static let letNames = 1_000
  /// The most rows a join may give. A join on a key that repeats on both sides multiplies
  /// rows (two 1 M-row tables on a status with six values give about 170 000 M); past this it
  /// is almost always a mistake, and would take all the memory before it finished.
  public static let joinRows = 20_000_000
  /// The most columns a pivot may give: one per value of its `by` column, so a column with
  /// many values (a name, a row number) is almost always a mistake.
  public static let pivotColumns = 1_000
  /// The most cells (rows × columns) a pivot may give.
  public static let pivotCells = 20_000_000
  /// The longest regular expression after `matches`, in characters.
  public static let regexLength = RegularExpression.maximumLength
}
