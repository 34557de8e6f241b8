/// Reads the layout of sample 003. (Not yet implemented: recognises nothing.)
public enum HTMLTableExtractor: LayoutExtractor {
  public static let layout = Layout.htmlTable

  public static func score(_ text: ReportText) -> Int { 0 }

  public static func extract(_ text: ReportText) -> Extraction { Extraction(layout: layout) }
}
