import UQLValues

/// One report read successfully: its text, the layout found, the records extracted, its
/// metadata and what the reader noticed on the way.
public struct ReportReading: Sendable {
  /// The file name as given, shown in the `fil` column.
  public var file: String
  /// The report id: the file name without directories and extension (`rapport` column).
  public var id: String
  /// The encoding the bytes were decoded from.
  public var encoding: TextDecoding.Encoding
  /// The decoded, NFC-normalised lines.
  public var text: ReportText
  /// The report as a document: headings, paragraphs, lists, tables and page furniture.
  public var document: Document
  /// The records and line uses the layout's extractor produced, with ``metadata`` copied in.
  public var extraction: Extraction
  /// The final metadata: inferred from the text, then overridden by a manifest if given.
  public var metadata: ReportMetadata
  /// Notes and warnings about the reading itself (metadata guessed or missing, overrides).
  public var diagnostics: [ReportDiagnostic]

  public init(
    file: String, encoding: TextDecoding.Encoding, text: ReportText, document: Document = Document(blocks: []),
    extraction: Extraction, metadata: ReportMetadata, diagnostics: [ReportDiagnostic]
  ) {
    self.document = document
    self.file = file
    self.id = ReportReading.id(of: file)
    self.encoding = encoding
    self.text = text
    self.extraction = extraction
    self.metadata = metadata
    self.diagnostics = diagnostics
  }

  /// The layout family the detector chose.
  public var layout: Layout { extraction.layout }

  /// The report id of a file name: the last path component without its extension.
  public static func id(of file: String) -> String {
    let name = file.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? file
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
    return String(name[..<dot])
  }
}
