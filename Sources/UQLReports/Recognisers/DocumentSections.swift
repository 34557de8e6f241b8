/// The records every document yields whatever it means: its sections (a heading and the text
/// under it), and how each line was used (table cells are structured records, headings and
/// prose are section text, furniture is boilerplate).
enum DocumentSections {
  /// An extraction of `document` with its sections and line uses; noise lines stay unaccounted.
  /// - Parameter phrases: The organisation's own assessment phrases, tried before the vocabulary.
  static func extract(_ document: Document, text: ReportText, phrases: StatusPhrases = StatusPhrases()) -> Extraction {
    var extraction = Extraction(layout: .document)
    var current: (number: String, heading: String, level: Int, line: Int, text: [String])?
    func close() {
      if let c = current {
        extraction.sections.append(
          SectionRecord(number: c.number, heading: c.heading, level: c.level, text: c.text.joined(separator: "\n"), line: c.line))
      }
    }
    for block in document.blocks {
      switch block.kind {
      case .heading(let number, let level):
        close()
        current = (number ?? "", block.text, level, block.lines.lowerBound, [])
        extraction.mark(block.lines, as: .sectionText)
      case .paragraph, .listItem:
        current?.text.append(block.text)
        extraction.mark(block.lines, as: .sectionText)
      case .table:
        extraction.mark(block.lines, as: .record)
      case .furniture:
        extraction.mark(block.lines, as: .boilerplate)
      }
    }
    close()
    extraction.economy = EconomyRecogniser.records(in: document)
    let indicators = IndicatorRecogniser.recognise(document)
    extraction.indicators = indicators.records
    extraction.warnings += indicators.warnings
    let lines = text.lines.enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) }
    var assessments = AssessmentReader(phrases)
    let blocks = FollowUpBlocks.recognise(document, lines: lines, assessments: &assessments)
    extraction.goals += blocks.goals
    extraction.assignments += blocks.assignments
    extraction.activities += blocks.activities
    for range in blocks.used { extraction.mark(range, as: .record) }
    let tables = GoalTables.recognise(document, lines: lines, assessments: &assessments)
    extraction.goals += tables.goals
    extraction.assignments += tables.assignments
    extraction.activities += tables.activities
    Directives.recognise(document, lines: lines, into: &extraction.assignments)
    extraction.warnings += assessments.unknown
    return extraction
  }
}
