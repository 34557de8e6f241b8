/// Settings for ``ChartWriter``: the space to draw in and the characters to draw with.
public struct ChartOptions: Sendable, Equatable {
  /// The terminal's width in columns; no line of a chart is wider.
  public var width: Int
  /// Whether to draw with plain ASCII instead of Unicode block characters.
  public var ascii: Bool

  public init(width: Int = 80, ascii: Bool = false) {
    self.width = width
    self.ascii = ascii
  }
}
