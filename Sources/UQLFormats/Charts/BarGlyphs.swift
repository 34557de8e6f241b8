/// The characters bars are drawn with: Unicode blocks or plain ASCII.
struct BarGlyphs: Sendable {
  /// How to draw bars growing one way.
  struct Fill: Sendable {
    /// The character of a full cell.
    var full: String
    /// The characters of a partly filled cell, one per step short of full; empty for whole cells.
    var partials: [String]
    /// Whether the bar grows to the left, its partial cell first.
    var leftward: Bool

    /// A bar `fraction` (0…1) of `cells` long, rounded to the nearest step and never empty
    /// for a fraction above zero.
    func bar(_ fraction: Double, cells: Int) -> String {
      let steps = partials.count + 1
      var units = Int((fraction * Double(cells * steps)).rounded())
      if fraction > 0 { units = max(units, 1) }
      units = min(units, cells * steps)
      let body = String(repeating: full, count: units / steps)
      guard units % steps > 0 else { return body }
      let partial = partials[units % steps - 1]
      return leftward ? partial + body : body + partial
    }
  }

  var positive: Fill
  var negative: Fill
  /// The zero axis drawn when there are negative values.
  var axis: String

  static let unicode = BarGlyphs(
    positive: Fill(full: "█", partials: ["▏", "▎", "▍", "▌", "▋", "▊", "▉"], leftward: false),
    negative: Fill(full: "█", partials: ["▐"], leftward: true),
    axis: "│")

  static let ascii = BarGlyphs(
    positive: Fill(full: "#", partials: [], leftward: false),
    negative: Fill(full: "=", partials: [], leftward: true),
    axis: "|")
}
