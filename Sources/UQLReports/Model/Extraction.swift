import Foundation

/// Everything an extractor took out of one report, and how each line was accounted for.
public struct Extraction: Sendable {
  /// How a source line was used.
  public enum LineUse: Sendable, Equatable {
    /// Went into at least one record.
    case record
    /// Recognised as boilerplate: page header or number, table of contents, legend, repeated
    /// table header.
    case boilerplate
    /// Went into section text only (a heading, paragraph or list item), not a structured record.
    case sectionText
  }

  public var layout: Layout
  public var metadata = ReportMetadata()
  public var goals: [GoalRecord] = []
  public var assignments: [AssignmentRecord] = []
  public var activities: [ActivityRecord] = []
  public var indicators: [IndicatorRecord] = []
  public var economy: [EconomyRecord] = []
  public var sections: [SectionRecord] = []
  public var warnings: [ReportWarning] = []
  /// 1-based line number → use. Blank lines need no entry; a non-blank line without one is
  /// reported by `uql check` as not understood.
  public var lineUse: [Int: LineUse] = [:]

  public init(layout: Layout) { self.layout = layout }

  /// Marks lines `range` (1-based, inclusive) as used.
  public mutating func mark(_ range: ClosedRange<Int>, as use: LineUse) {
    for n in range where lineUse[n] != .record { lineUse[n] = use }
  }
}
