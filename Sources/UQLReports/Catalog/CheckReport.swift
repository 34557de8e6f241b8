/// The result of `uql check` for one report: layout, metadata, record counts, coverage and the
/// lines no record or boilerplate rule accounted for.
public struct CheckReport: Sendable {
  /// A non-blank source line that went into no record and was not recognised as boilerplate.
  public struct Line: Sendable, Equatable {
    public var number: Int
    public var text: String
  }

  /// The file name as given.
  public var file: String
  /// The report id (`rapport`).
  public var report: String
  public var layout: Layout
  /// The encoding the bytes were decoded from, e.g. "UTF-8".
  public var encoding: String
  public var metadata: ReportMetadata
  /// Records per dataset name, in ``ReportCatalog/names`` order (rapporter left out).
  public var counts: [(dataset: String, records: Int)]
  /// Lines with anything but white space.
  public var nonBlankLines: Int
  /// Non-blank lines that went into a record or were recognised as boilerplate.
  public var accountedLines: Int
  /// Non-blank lines that went into a structured record (goal, assignment, activity, indicator,
  /// economy row, table cell), into section text only, or were page furniture.
  public var structuredLines = 0
  public var sectionTextLines = 0
  public var furnitureLines = 0
  /// Non-blank lines not accounted for, with their numbers, in file order.
  public var unaccounted: [Line]
  /// The reading's own diagnostics (metadata, overrides).
  public var diagnostics: [ReportDiagnostic]
  /// What the reader noticed in the report itself (the `varningar` dataset).
  public var warnings: [ReportWarning]

  /// Share of non-blank lines accounted for, 0–1 (1 for a report without text).
  public var coverage: Double {
    nonBlankLines == 0 ? 1 : Double(accountedLines) / Double(nonBlankLines)
  }

  /// Checks one reading.
  public init(_ reading: ReportReading) {
    file = reading.file
    report = reading.id
    layout = reading.layout
    encoding = reading.encoding.rawValue
    metadata = reading.metadata
    let e = reading.extraction
    counts = [
      ("delmål", e.goals.count), ("uppdrag", e.assignments.count), ("aktiviteter", e.activities.count),
      ("indikatorer", e.indicators.count), ("ekonomi", e.economy.count), ("avsnitt", e.sections.count),
      ("varningar", e.warnings.count), ("tabeller", reading.document.tables.count),
    ]
    var nonBlank = 0
    var accounted = 0
    var missing: [Line] = []
    for (index, line) in reading.text.lines.enumerated() {
      guard line.contains(where: { !$0.isWhitespace }) else { continue }
      nonBlank += 1
      if let use = e.lineUse[index + 1] {
        accounted += 1
        switch use {
        case .record: structuredLines += 1
        case .sectionText: sectionTextLines += 1
        case .boilerplate: furnitureLines += 1
        }
      } else {
        missing.append(Line(number: index + 1, text: line))
      }
    }
    nonBlankLines = nonBlank
    accountedLines = accounted
    unaccounted = missing
    diagnostics = reading.diagnostics
    let records = e.goals.count + e.assignments.count + e.activities.count + e.indicators.count + e.economy.count
    if records == 0, reading.document.tables.isEmpty {
      diagnostics.append(
        ReportDiagnostic(
          level: .warning,
          message: "no goals, assignments, activities, indicators or tables were recognised; "
            + "only section text was read"))
    } else if records == 0 {
      // Tables read only as cells are no meaning found: said, not hidden in the coverage.
      let tables = reading.document.tables.count
      diagnostics.append(
        ReportDiagnostic(
          level: .warning,
          message: "no goals, assignments, activities, indicators or economy rows were recognised; "
            + "its \(tables) \(tables == 1 ? "table is" : "tables are") in 'tabeller' only"))
    }
    warnings = e.warnings
  }

  /// Whether the check has a warning: about the reading, or in the report itself.
  public var hasWarnings: Bool {
    !warnings.isEmpty || diagnostics.contains { $0.level == .warning }
  }

  /// The check as plain text, one fact per line, for a terminal or a log.
  public func render() -> String {
    var out = "\(file): layout \(layout.rawValue), \(encoding)\n"
    out += "  titel: \(metadata.title ?? "–")\n"
    out += "  typ: \(metadata.kind.rawValue), år: \(metadata.year.map(String.init) ?? "–"), "
    out += "period: \(metadata.period ?? "–")\n"
    out += "  förvaltning: \(metadata.administration ?? "–"), organisation: \(metadata.organisation ?? "–")\n"
    out += "  " + counts.map { "\($0.dataset) \($0.records)" }.joined(separator: ", ") + "\n"
    let percent = (coverage * 1000).rounded(.down) / 10
    out += "  coverage: \(percent) % (\(accountedLines) of \(nonBlankLines) non-blank lines)\n"
    func share(_ n: Int) -> String {
      "\(nonBlankLines == 0 ? 0 : (Double(n) * 1000 / Double(nonBlankLines)).rounded(.down) / 10) %"
    }
    out += "  lines: \(share(structuredLines)) in structured records, \(share(sectionTextLines)) in section "
      + "text only, \(share(furnitureLines)) page furniture, \(share(unaccounted.count)) not understood\n"
    for d in diagnostics {
      out += "  \(d.level.rawValue): \(d.message)" + (d.line.map { " (line \($0))" } ?? "") + "\n"
    }
    for w in warnings {
      out += "  warning: line \(w.line): \(w.message)\n"
    }
    for l in unaccounted {
      let shown = l.text.count > 100 ? String(l.text.prefix(100)) + "…" : l.text
      out += "  not understood: line \(l.number): \(shown)\n"
    }
    return out
  }
}
