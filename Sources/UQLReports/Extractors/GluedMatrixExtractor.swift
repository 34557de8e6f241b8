/// Reads the layout of sample 001. (Not yet implemented: recognises nothing.)
public enum GluedMatrixExtractor: LayoutExtractor {
  public static let layout = Layout.gluedMatrix

  public static func score(_ text: ReportText) -> Int { 0 }

  public static func extract(_ text: ReportText) -> Extraction { Extraction(layout: layout) }
}
