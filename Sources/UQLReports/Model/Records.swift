import Foundation

/// A goal (delmål, fokusområde) or sub-goal (`2.1.1 …`, level 2).
public struct GoalRecord: Sendable, Equatable {
  public var number: String  // "2.1", empty if unnumbered
  public var title: String  // without number or "Delmål:" prefix
  public var level: Int  // 1 goal, 2 sub-goal
  public var line: Int
  /// The goal or area this one is under, where the report shows one.
  public var parent: String?
  /// The kind as the report names it: `Nämndmål`, `Verksamhetsmål`, `Kommunövergripande mål`.
  public var kind: String?
  /// The assessment as printed (`Delvis uppfyllt`), where the text has one.
  public var assessment: String?
  /// The assessment as a status: nil where the report has no assessment, `okänd` where it has
  /// one that was lost in extraction or that the vocabulary does not know.
  public var status: AssignmentStatus?
  public var comment: String?

  public init(
    number: String, title: String, level: Int, line: Int, parent: String? = nil, kind: String? = nil,
    assessment: String? = nil, status: AssignmentStatus? = nil, comment: String? = nil
  ) {
    self.number = number
    self.title = title
    self.level = level
    self.line = line
    self.parent = parent
    self.kind = kind
    self.assessment = assessment
    self.status = status
    self.comment = comment
  }
}

/// An assignment (uppdrag) with its status and comment.
public struct AssignmentRecord: Sendable, Equatable {
  public var goal: String  // delmål title
  public var subGoal: String?  // mål: the sub-goal title where the report has one
  public var text: String  // the assignment, joined across wraps and page breaks
  /// nil where the layout has no status column (a plan).
  public var status: AssignmentStatus?
  /// The assessment as printed (`Uppdraget uppfylls delvis`, an icon), where the text has one.
  public var assessment: String?
  public var comment: String?
  public var line: Int

  public init(
    goal: String, subGoal: String? = nil, text: String, status: AssignmentStatus?, assessment: String? = nil,
    comment: String?, line: Int
  ) {
    self.goal = goal
    self.subGoal = subGoal
    self.text = text
    self.status = status
    self.assessment = assessment
    self.comment = comment
    self.line = line
  }
}

/// An activity (aktivitet) under an assignment.
public struct ActivityRecord: Sendable, Equatable {
  public var goal: String
  public var assignment: String
  public var text: String
  public var status: ActivityStatus?
  /// The status as printed (`Pågår enligt plan`, `▶`), where the text has one.
  public var assessment: String?
  /// Who is responsible, from a column `Ansvar`, `Ansvarig` or `Primära aktörer`.
  public var responsible: String?
  public var comment: String?
  public var line: Int

  public init(
    goal: String, assignment: String, text: String, status: ActivityStatus?, assessment: String? = nil,
    responsible: String? = nil, comment: String?, line: Int
  ) {
    self.goal = goal
    self.assignment = assignment
    self.text = text
    self.status = status
    self.assessment = assessment
    self.responsible = responsible
    self.comment = comment
    self.line = line
  }
}

/// One indicator value, e.g. Sjukfrånvaro 2,67 % against a target of 4 %.
public struct IndicatorRecord: Sendable, Equatable {
  public var group: String  // Medarbetare, Ekonomi, …
  public var name: String  // Sjukfrånvaro, named the same way in every report
  public var qualifier: String?  // "R12 medel"
  public var outcome: Decimal?
  public var target: Decimal?
  public var unit: String?  // "%", "tkr", "mnkr"
  /// The period the value is for when the table says (a month or year column), else nil.
  public var period: String?
  /// The year the value is for when its column names one (`Utfall 2021`), else nil.
  public var year: Int?
  /// The column the value was printed in, as printed (`Utfall 2022`, `Målvärde 2024`).
  public var column: String?
  public var line: Int
  /// Whether the value's table dates its columns (`Utfall 2021`) but the value could not be
  /// matched to one: its point in time is unknown, never the report's own.
  public var undated: Bool
  /// The value as printed (`≥ 90`, `Minska`, `6,9`): a comparison and a target in words are
  /// kept here; the outcome's where a record holds both an outcome and a target.
  public var printed: String?

  public init(
    group: String, name: String, qualifier: String? = nil, outcome: Decimal?, target: Decimal?,
    unit: String?, period: String? = nil, year: Int? = nil, column: String? = nil, line: Int, undated: Bool = false,
    printed: String? = nil
  ) {
    self.printed = printed
    self.undated = undated
    self.group = group
    self.name = name
    self.qualifier = qualifier
    self.outcome = outcome
    self.target = target
    self.unit = unit
    self.period = period
    self.year = year
    self.column = column
    self.line = line
  }
}

/// One cell of an economy table: a post (row), a measure (column) and its value.
public struct EconomyRecord: Sendable, Equatable {
  public var table: String
  public var post: String
  public var measure: String  // årsprognos, årsbudget, avvikelse, ack resultat, …
  public var value: Decimal?
  /// The cell as printed, e.g. "-6,0".
  public var printed: String
  public var unit: String?
  public var line: Int
  /// The group row the post is under (`Reinvesteringar` over `Utfall`), where the table has one.
  public var group: String?

  public init(
    table: String, post: String, measure: String, value: Decimal?, printed: String,
    unit: String?, line: Int, group: String? = nil
  ) {
    self.group = group
    self.table = table
    self.post = post
    self.measure = measure
    self.value = value
    self.printed = printed
    self.unit = unit
    self.line = line
  }
}

/// A numbered or named section with its prose.
public struct SectionRecord: Sendable, Equatable {
  public var number: String
  public var heading: String
  public var level: Int
  public var text: String
  public var line: Int

  public init(number: String, heading: String, level: Int, text: String, line: Int) {
    self.number = number
    self.heading = heading
    self.level = level
    self.text = text
    self.line = line
  }
}

/// Something the reader noticed in the report itself, such as a total that does not add up.
public struct ReportWarning: Sendable, Equatable {
  public var message: String
  public var line: Int

  public init(message: String, line: Int) {
    self.message = message
    self.line = line
  }
}
