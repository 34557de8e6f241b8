/// Reads the layout of sample 002. (Not yet implemented: recognises nothing.)
public enum MarkdownTablesExtractor: LayoutExtractor {
  public static let layout = Layout.markdownTables

  public static func score(_ text: ReportText) -> Int { 0 }

  public static func extract(_ text: ReportText) -> Extraction { Extraction(layout: layout) }
}
