/// One layout family's reader: recognises its layout from the text and extracts records.
public protocol LayoutExtractor {
  static var layout: Layout { get }
  /// How strongly `text` looks like this layout; 0 means not at all. The detector picks the
  /// highest score, so scores of different extractors must be comparable (use 0–100).
  static func score(_ text: ReportText) -> Int
  /// Extracts every record the text holds; never traps on any input.
  static func extract(_ text: ReportText) -> Extraction
}
