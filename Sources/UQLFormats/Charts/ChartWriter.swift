import UQLValues

/// Draws a result table as a terminal chart: bars for labelled numbers, sparklines for numbers
/// over an ordered key.
///
/// Pure: the caller passes the terminal's width and whether it can show Unicode. Every line of
/// a chart, the last included, ends with `\n` and none is wider than ``ChartOptions/width``.
/// A result without rows is the single line `no rows to chart`.
public enum ChartWriter {
  /// Renders `table` as a chart, or explains why it cannot (a value, not a trap).
  ///
  /// - Parameters:
  ///   - table: The rows to draw. A bar chart takes two columns, a label of any type and a
  ///     number; a line chart takes an x label and a number, or a series label, an x label
  ///     and a number, in the order the points should be drawn.
  ///   - kind: Bars or lines.
  ///   - options: The width to fit and whether to stay within ASCII.
  /// - Returns: The chart's text, or the reason the result cannot be drawn this way.
  public static func render(_ table: Table, as kind: ChartKind, options: ChartOptions) -> Result<String, ChartError> {
    let counts: ClosedRange<Int> = kind == .bar ? 2...2 : 2...3
    guard counts.contains(table.columns.count) else {
      return .failure(.wrongColumnCount(kind, count: table.columns.count))
    }
    let values = table.columns[table.columns.count - 1]
    guard values.type.isNumeric || values.type == .null else {
      return .failure(.nonNumericValues(kind, column: values))
    }
    guard table.rowCount > 0 else { return .success(ChartLayout.noRows) }
    switch kind {
    case .bar: return BarChart.render(table, options: options)
    case .line: return LineChart.render(table, options: options)
    }
  }
}
