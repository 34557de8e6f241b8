import Foundation
import UQLValues

/// Combines readings of many reports into the datasets analysts query: `rapporter`, `delmål`,
/// `uppdrag`, `aktiviteter`, `indikatorer`, `ekonomi`, `avsnitt` and `varningar`. Every row
/// carries `rapport`, `år`, `fil` and `rad`. The encoding is left out on purpose: the same
/// report in any encoding gives identical datasets (``CheckReport`` names the encoding).
public enum ReportCatalog {
  /// The dataset names, in the order ``datasets(_:origin:)`` returns them.
  public static let names = [
    "rapporter", "delmål", "uppdrag", "aktiviteter", "indikatorer", "ekonomi", "avsnitt", "varningar",
    "tabeller",
  ]

  /// The datasets of `readings`, in the order of ``names``.
  /// - Parameters:
  ///   - readings: Reports read by ``ReportReader``, in the order their rows should appear.
  ///   - origin: Where the reports came from (a directory), for ``Dataset/origin``.
  public static func datasets(_ readings: [ReportReading], origin: String = "rapporter") -> [Dataset] {
    var reports = TableRows(["titel", "typ", "förvaltning", "organisation", "period", "rader", "layout"],
      [.text, .text, .text, .text, .text, .integer, .text])
    var goals = TableRows(["nr", "delmål", "nivå", "överordnat", "typ", "bedömning", "status", "kommentar"],
      [.text, .text, .integer, .text, .text, .text, .enumeration(EnumDomain.assignmentStatus), .text])
    var assignments = TableRows(["delmål", "mål", "uppdrag", "bedömning", "status", "kommentar"],
      [.text, .text, .text, .text, .enumeration(EnumDomain.assignmentStatus), .text])
    var activities = TableRows(["delmål", "uppdrag", "aktivitet", "ansvar", "bedömning", "status", "kommentar"],
      [.text, .text, .text, .text, .text, .enumeration(EnumDomain.activityStatus), .text])
    var indicators = TableRows(
      ["grupp", "indikator", "kvalifikator", "utfall", "målvärde", "enhet", "period", "kolumn", "text"],
      [.text, .text, .text, .number, .number, .text, .text, .text, .text])
    var economy = TableRows(["tabell", "grupp", "post", "mått", "värde", "text", "enhet"],
      [.text, .text, .text, .text, .number, .text, .text])
    var sections = TableRows(["nr", "rubrik", "nivå", "text"], [.text, .text, .integer, .text])
    var warnings = TableRows(["meddelande"], [.text])
    var cells = TableRows(
      ["tabell", "rubrik", "avsnitt", "radnr", "kolumn", "etikett", "text", "värde", "enhet"],
      [.text, .text, .text, .integer, .text, .text, .text, .number, .text])

    for r in readings {
      let common = Common(reading: r)
      let m = r.metadata
      reports.append(common, line: 1, [
        text(m.title), .text(m.kind.rawValue), text(m.administration), text(m.organisation),
        text(m.period), .integer(r.text.lines.count), .text(r.layout.rawValue),
      ])
      let e = r.extraction
      for g in e.goals {
        goals.append(common, line: g.line, [
          text(g.number), text(g.title), .integer(g.level), text(g.parent), text(g.kind), text(g.assessment),
          text(g.status?.rawValue), text(g.comment),
        ])
      }
      for a in e.assignments {
        assignments.append(common, line: a.line, [
          text(a.goal), text(a.subGoal), text(a.text), text(a.assessment), text(a.status?.rawValue), text(a.comment),
        ])
      }
      for a in e.activities {
        activities.append(common, line: a.line, [
          text(a.goal), text(a.assignment), text(a.text), text(a.responsible), text(a.assessment),
          text(a.status?.rawValue), text(a.comment),
        ])
      }
      for i in e.indicators {
        let own = i.period.flatMap { Tidpunkt.label(year: i.year ?? r.metadata.year, period: $0) }
        indicators.append(common, line: i.line, tidpunkt: own, undated: i.undated, [
          text(i.group), text(i.name), text(i.qualifier), number(i.outcome), number(i.target),
          // A value the table dates itself keeps that period; one it could not date has none;
          // the rest are the report's.
          text(i.unit), i.undated ? .null : text(i.period ?? m.period), text(i.column), text(i.printed),
        ])
      }
      var columnTimes: [String: String?] = [:]  // measure → its time, asked once per report
      for c in e.economy {
        // A column of another time (`Bokslut 2023`, `Utfall jan-apr`) dates its cells.
        let time =
          columnTimes[c.measure]
          ?? { () -> String? in
            let t = Tidpunkt.ofColumn(c.measure, reportYear: m.year, reportPeriod: m.period)
            columnTimes[c.measure] = .some(t)
            return t
          }()
        economy.append(common, line: c.line, tidpunkt: time, [
          text(c.table), text(c.group), text(c.post), text(c.measure), number(c.value), text(c.printed), text(c.unit),
        ])
      }
      for s in e.sections {
        sections.append(common, line: s.line, [text(s.number), text(s.heading), .integer(s.level), text(s.text)])
      }
      for w in e.warnings {
        warnings.append(common, line: w.line, [.text(w.message)])
      }
      for table in r.document.tables {
        for (index, row) in table.rows.enumerated() {
          let label = LineJoining.join([row.label])
          for (column, cell) in row.cells.enumerated() where !cell.isEmpty {
            let printed =
              cell.text.utf8.contains(0x0A)
              ? LineJoining.join(cell.text.split(separator: "\n").map(String.init)) : HTMLText.collapse(cell.text)
            let header = column < table.columns.count ? table.columns[column] : ""
            let parsed = AlignedTableForm.number(printed)
            let unit = parsed.map { $0.unit ?? FollowUpVocabulary.unit(in: header) ?? table.unit }
            cells.append(common, line: cell.line, [
              .text(table.id), text(table.caption), text(table.section), .integer(index + 1), text(header),
              text(label), .text(printed), number(parsed?.value), text(unit ?? nil),
            ])
          }
        }
      }
    }
    let all = [reports, goals, assignments, activities, indicators, economy, sections, warnings, cells]
    // `rapport` lists every report read, also in a dataset where a report has no rows:
    // `delmål where rapport = "…"` is then 0 rows, not an unknown value.
    let ids = readings.map(\.id)
    return zip(names, all).map { Dataset(name: $0.0, table: $0.1.table(reports: ids), origin: origin) }
  }

  /// Text, or null where the report has none: missing text is never the empty string.
  static func text(_ s: String?) -> Value {
    guard let s, !s.isEmpty else { return .null }
    return .text(s)
  }
  static func number(_ d: Decimal?) -> Value { d.map(Value.number) ?? .null }

  /// The columns every row has, for one report.
  struct Common {
    var report: String
    var year: Value
    var file: String
    var tidpunkt: String?

    init(reading: ReportReading) {
      report = reading.id
      year = reading.metadata.year.map(Value.integer) ?? .null
      file = reading.file
      tidpunkt = Tidpunkt.label(year: reading.metadata.year, period: reading.metadata.period)
    }
  }

  /// Rows of one dataset: the common columns first, then the dataset's own.
  /// A dataset's rows as they are added, kept by column.
  struct TableRows {
    var names: [String]
    var types: [ValueType]
    var columns: [[Value]]
    var count = 0

    init(_ own: [String], _ ownTypes: [ValueType]) {
      names = ["rapport", "år", "fil", "rad", "tidpunkt"] + own
      types = [.text, .integer, .text, .integer, .text] + ownTypes
      columns = Array(repeating: [], count: names.count)
    }

    /// - Parameter tidpunkt: the row's own point in time when it differs from the report's.
    /// - Parameter undated: whether the row's point in time is unknown (null, not the report's).
    mutating func append(_ common: Common, line: Int, tidpunkt: String? = nil, undated: Bool = false, _ values: [Value]) {
      let time = undated ? .null : (tidpunkt ?? common.tidpunkt).map(Value.text) ?? .null
      columns[0].append(.text(common.report))
      columns[1].append(common.year)
      columns[2].append(.text(common.file))
      columns[3].append(.integer(line))
      columns[4].append(time)
      // Never trap on a mismatch between a record and the column list; pad or cut instead.
      for c in 5..<columns.count {
        columns[c].append(c - 5 < values.count ? values[c - 5] : .null)
      }
      count += 1
    }

    func table(reports: [String]) -> Table {
      let rapport = Column(name: names[0], texts: columns[0].map { if case .text(let t) = $0 { t } else { nil } }, dictionary: reports)
      return Table(
        columns: [rapport] + names.indices.dropFirst().map { Column(name: names[$0], type: types[$0], values: columns[$0]) },
        rowCount: count)
    }
  }
}
