/// The layout families uql can read, each with its own extractor.
public enum Layout: String, Sendable, CaseIterable {
  /// pdftotext-style pages: headers and page numbers, wrapped interleaved table cells (000).
  case pageLayout = "sidlayout"
  /// A status matrix whose columns are glued together, entries followed by "Kommentar" (001).
  case gluedMatrix = "hopklistrad-matris"
  /// Markdown-like prose with tab-separated tables (002).
  case markdownTables = "markdown-tabeller"
  /// A tab-separated uppdrag/kommentar/aktivitet table with HTML fragments and icons (003).
  case htmlTable = "html-tabell"
  /// A plan in prose under focus-area headings, without statuses (004).
  case planProse = "planprosa"
  /// Any other report, read through the document model: headings, lists, paragraphs and tables
  /// in whatever form the text has them (page layout, pipe markdown, tab-separated).
  case document = "dokument"
}
