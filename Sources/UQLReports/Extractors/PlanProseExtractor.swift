import UQLValues

/// Reads the layout of sample 004: a plan in prose. After an introduction, focus-area headings
/// ("Hög attraktivitet", "Fler i arbete", …) stand alone; under each, assignment headings are
/// followed directly by their description. Plans have no statuses.
public enum PlanProseExtractor: LayoutExtractor {
  public static let layout = Layout.planProse

  /// Moderate for prose without tables or outcome figures that speaks of focus areas (or has
  /// many stand-alone headings); zero for anything with tab tables, dot-leader contents or
  /// status tables, which the other layouts read.
  /// ASCII parts of the words the score looks for: årsprognos, utfall, kommentar, fokusområde.
  static let words: [StaticString] = ["rsprognos", "utfall", "kommentar", "fokusomr"]

  public static func score(_ text: ReportText) -> Int {
    var tabLines = 0
    var tocLines = 0
    var figures = false
    var focus = false
    for line in text.lines.prefix(20000) {
      if TextSearch.containsTab(line) { tabLines += 1 }
      if TableOfContents.isEntry(line) { tocLines += 1 }
      // Lower-casing is for lines that may hold one of the words (a byte scan rules most out).
      if TextSearch.mayContainAnyLowercased(line, Self.words) {
        let l = TextFolding.lowercased(line)
        if TextSearch.contains(l, "årsprognos") || TextSearch.contains(l, "utfall") || l.hasPrefix("kommentar") {
          figures = true
        }
        if TextSearch.contains(l, "fokusområde") { focus = true }
      }
      // Any of these makes the score 0, whatever the rest of the text holds.
      if tabLines >= 3 || tocLines >= 3 || figures { return 0 }
    }
    let blocks = PlanProseBlock.blocks(text.lines)
    let headings = blocks.filter { $0.heading != nil }.count
    guard headings >= 3 else { return 0 }
    return focus ? 45 : 20
  }

  public static func extract(_ text: ReportText) -> Extraction {
    var builder = PlanProseBuilder(layout: layout)
    let blocks = PlanProseBlock.blocks(text.lines)
    builder.focusStartsAtFirstHeading = !blocks.contains { $0.isFocusIntroduction }
    for block in blocks { builder.consume(block) }
    return builder.finish()
  }
}
