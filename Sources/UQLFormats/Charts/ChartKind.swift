/// The kinds of terminal chart ``ChartWriter`` draws.
public enum ChartKind: String, Sendable, CaseIterable {
  /// One horizontal bar per row: a label and a number.
  case bar
  /// A sparkline of numbers over an ordered key, one per series.
  case line
}
