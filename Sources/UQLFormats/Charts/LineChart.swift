import UQLValues

/// Draws a line chart as sparklines: one line per series, from the first x label to the last,
/// then the series' smallest and largest values.
///
///     2018 ▁▃▅█▆▂ 2023  min 3.1  max 7.4
///
/// Points are drawn in row order, one cell each (`▁` … `█`, in ASCII `_.-=^`), scaled from the
/// series' own minimum to its maximum; a flat series sits in the middle and a null is a gap.
/// With more points than columns, neighbouring points share a cell and it shows their mean.
/// Three-column results have one line per series, in order of first appearance, with the
/// series labels, x labels and sparklines aligned; labels are cut with `…` when the width
/// would otherwise leave fewer than ``minimumSparkWidth`` cells for the points.
enum LineChart {
  /// The fewest cells left for the points (or all of them, when fewer) before the chart is too narrow.
  static let minimumSparkWidth = 10
  /// The narrowest series and x labels are cut to before the chart is too narrow.
  static let minimumLabelWidth = 5

  static let unicodeLevels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
  static let asciiLevels: [Character] = ["_", ".", "-", "=", "^"]

  /// The points of one series.
  struct Series {
    var label: String
    var xs: [String] = []
    var ys: [Value] = []
  }

  static func render(_ table: Table, options: ChartOptions) -> Result<String, ChartError> {
    let series = grouped(table)
    let hasLabels = table.columns.count == 3
    let firsts = series.map { $0.xs.first ?? "" }
    let lasts = series.map { $0.xs.last ?? "" }
    let ranges = series.map { rangeText($0.ys) }
    let points = series.map(\.ys.count).max() ?? 0

    // [label, two spaces], first, space, points, space, last, two spaces, range
    let fixed = (hasLabels ? 2 : 0) + 1 + 1 + 2 + (ranges.map(DisplayWidth.of).max() ?? 0)
    let widths = [
      hasLabels ? series.map { DisplayWidth.of($0.label) }.max() ?? 0 : 0,
      firsts.map(DisplayWidth.of).max() ?? 0,
      lasts.map(DisplayWidth.of).max() ?? 0,
    ]
    let floors = widths.map { min($0, minimumLabelWidth) }
    let sparkFloor = min(points, minimumSparkWidth)
    let excess = widths.reduce(0, +) + fixed + sparkFloor - options.width
    guard let fitted = ChartLayout.fitted(widths, floors: floors, excess: excess) else {
      return .failure(.widthTooSmall(.line, width: options.width, needed: floors.reduce(0, +) + fixed + sparkFloor))
    }
    let sparkWidth = min(points, options.width - fitted.reduce(0, +) - fixed)
    let levels = options.ascii ? asciiLevels : unicodeLevels

    var text = ""
    for (s, one) in series.enumerated() {
      if hasLabels { text += ChartLayout.padded(one.label, to: fitted[0]) + "  " }
      text += ChartLayout.padded(firsts[s], to: fitted[1]) + " "
      text += ChartLayout.padded(sparkline(one.ys, cells: sparkWidth, levels: levels), to: sparkWidth) + " "
      text += ChartLayout.padded(lasts[s], to: fitted[2]) + "  " + ranges[s] + "\n"
    }
    return .success(text)
  }

  /// The rows split into series: one for a two-column result, one per distinct first-column
  /// label, in order of first appearance, for a three-column result.
  static func grouped(_ table: Table) -> [Series] {
    let values = table.columns[table.columns.count - 1]
    let xs = table.columns[table.columns.count - 2]
    var series: [Series] = []
    var index: [String: Int] = [:]
    for row in 0..<table.rowCount {
      let label = table.columns.count == 3 ? ChartLayout.labelText(table.columns[0][row]) : ""
      let s =
        index[label]
        ?? {
          series.append(Series(label: label))
          index[label] = series.count - 1
          return series.count - 1
        }()
      series[s].xs.append(ChartLayout.labelText(xs[row]))
      series[s].ys.append(values[row])
    }
    return series
  }

  /// `min A  max B` for the values, printed as uql prints them, or `no values` when all are null.
  static func rangeText(_ ys: [Value]) -> String {
    let known = ys.compactMap { y in y.decimal.map { (y, $0) } }
    guard let low = known.min(by: { $0.1 < $1.1 }), let high = known.max(by: { $0.1 < $1.1 }) else {
      return "no values"
    }
    return "min \(low.0)  max \(high.0)"
  }

  /// One character per cell for `ys`, at most `cells` of them, scaled from the smallest value
  /// to the largest; a cell with only nulls is a space.
  static func sparkline(_ ys: [Value], cells: Int, levels: [Character]) -> String {
    let numbers = ys.map { $0.decimal.map(ChartLayout.double) }
    let known = numbers.compactMap { $0 }
    guard let low = known.min(), let high = known.max(), cells > 0 else {
      return String(repeating: " ", count: min(ys.count, cells))
    }
    let count = min(ys.count, cells)
    var line = ""
    for cell in 0..<count {
      let points = numbers[(cell * ys.count / count)..<((cell + 1) * ys.count / count)].compactMap { $0 }
      guard !points.isEmpty else {
        line.append(" ")
        continue
      }
      let mean = points.reduce(0, +) / Double(points.count)
      let level =
        high > low
        ? Int(((mean - low) / (high - low) * Double(levels.count - 1)).rounded())
        : (levels.count - 1) / 2
      line.append(levels[min(max(level, 0), levels.count - 1)])
    }
    return line
  }
}
