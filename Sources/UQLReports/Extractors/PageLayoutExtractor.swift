/// Reads the layout of sample 000. (Not yet implemented: recognises nothing.)
public enum PageLayoutExtractor: LayoutExtractor {
  public static let layout = Layout.pageLayout

  public static func score(_ text: ReportText) -> Int { 0 }

  public static func extract(_ text: ReportText) -> Extraction { Extraction(layout: layout) }
}
