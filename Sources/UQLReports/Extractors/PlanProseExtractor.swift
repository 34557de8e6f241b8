/// Reads the layout of sample 004. (Not yet implemented: recognises nothing.)
public enum PlanProseExtractor: LayoutExtractor {
  public static let layout = Layout.planProse

  public static func score(_ text: ReportText) -> Int { 0 }

  public static func extract(_ text: ReportText) -> Extraction { Extraction(layout: layout) }
}
