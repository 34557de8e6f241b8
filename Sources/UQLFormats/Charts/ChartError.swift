import UQLValues

/// Why a result cannot be drawn as a chart; the message is lower-case with no final period.
public struct ChartError: Error, Equatable, Sendable {
  public var message: String

  public init(message: String) {
    self.message = message
  }

  /// The result has a number of columns `kind` cannot draw.
  static func wrongColumnCount(_ kind: ChartKind, count: Int) -> ChartError {
    let needed =
      switch kind {
      case .bar: "bar charts need two columns, a label and a number"
      case .line:
        "line charts need two columns, an x label and a number, or three, a series, an x label and a number"
      }
    return ChartError(message: "\(needed); this result has \(count)")
  }

  /// The column holding the values is not numeric.
  static func nonNumericValues(_ kind: ChartKind, column: Column) -> ChartError {
    ChartError(
      message: "\(kind.rawValue) charts need numbers in the last column; \"\(ControlEscaping.escaped(column.name))\" "
        + "is \(column.type.name)")
  }

  /// `width` columns cannot hold the chart; it needs at least `needed`.
  static func widthTooSmall(_ kind: ChartKind, width: Int, needed: Int) -> ChartError {
    ChartError(
      message: "a width of \(width) columns is too small for this \(kind.rawValue) chart; it needs at least \(needed)")
  }
}
