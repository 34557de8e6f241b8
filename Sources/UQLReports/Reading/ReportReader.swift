import UQLValues

/// Reads one report: decodes the bytes, rejects what is not a report, recognises the layout,
/// extracts the records and infers the metadata. Pure: bytes in, a reading or an error out.
public enum ReportReader {
  /// Every layout family's extractor, asked in this order; the best score wins.
  public static var extractors: [any LayoutExtractor.Type] {
    [
      PageLayoutExtractor.self, GluedMatrixExtractor.self, MarkdownTablesExtractor.self,
      HTMLTableExtractor.self, PlanProseExtractor.self,
    ]
  }

  /// The score a layout family's reader must beat to read a report instead of the document
  /// model: the five families score 45–100 on their own layouts and at most 35 on others.
  static let documentScore = 40

  /// The largest report read, in bytes (64 MiB): the largest real report is well under 1 MiB,
  /// and a reading holds several copies of the text.
  public static let maximumFileSize = 64 << 20
  /// The longest line read, in characters: a longer one is not a report's text but a blob.
  public static let maximumLineLength = 1_000_000

  /// Reads the report in `bytes`, naming it `file`.
  /// - Parameters:
  ///   - bytes: The file's contents in any supported encoding.
  ///   - file: The file name, used for the `fil` and `rapport` columns and in errors.
  ///   - manifest: Per-file metadata that overrides what the text says.
  /// - Returns: The reading, or why the file cannot be read.
  public static func read(
    bytes: [UInt8], file: String, manifest: ReportManifest? = nil
  ) -> Result<ReportReading, ReportError> {
    if bytes.count > maximumFileSize {
      return .failure(.tooLarge(file: file, bytes: bytes.count, limit: maximumFileSize))
    }
    let (decoded, encoding) = TextDecoding.decode(bytes)
    if let error = rejection(of: decoded, file: file) { return .failure(error) }
    let lines = TextDecoding.lines(decoded)
    if let long = lines.firstIndex(where: { $0.utf8.count > maximumLineLength && $0.count > maximumLineLength }) {
      return .failure(
        .lineTooLong(file: file, line: long + 1, length: lines[long].count, limit: maximumLineLength))
    }
    // (A page break inside a line is read as two lines, a page of two columns of text column by
    // column; every line number is the file's again at the end.)
    let pageBreaks = PageBreakLines.split(lines)
    let columns = ColumnPages.split(pageBreaks?.lines ?? lines)
    let map = pageBreaks.map { paged in columns.map { paged.map.then($0.map) } ?? paged.map } ?? columns?.map
    let text = ReportText(file: file, lines: columns?.lines ?? pageBreaks?.lines ?? lines)
    let scores = detect(text)
    let (document, noise, sourceLines) = DocumentReader.readLines(text)
    // A layout family's own reader takes the report only when it recognises its layout with
    // confidence; every other report is read through the document model.
    let specialised = scores.first.flatMap { $0.score > documentScore ? $0 : nil }
    if specialised == nil, document.headings.isEmpty, document.tables.isEmpty {
      return .failure(.unknownLayout(file: file))
    }
    var diagnostics: [ReportDiagnostic] = []
    if let best = specialised, scores.count > 1, scores[1].score > documentScore,
      best.score - scores[1].score < 10
    {
      diagnostics.append(
        ReportDiagnostic(
          level: .note,
          message: "layout '\(best.layout.rawValue)' (score \(best.score)) was a close call "
            + "against '\(scores[1].layout.rawValue)' (score \(scores[1].score))"))
    }
    let replaced = replacementCount(decoded)
    if replaced > 0 {
      diagnostics.append(
        ReportDiagnostic(
          level: .warning,
          message: "\(replaced) characters could not be decoded and read as U+FFFD (\u{FFFD})"))
    }
    let extraction = specialised?.extractor.extract(text) ?? DocumentSections.extract(
      document, text: text, lines: sourceLines, phrases: manifest?.phrases ?? StatusPhrases())
    let (inferred, notes) =
      specialised == nil
      ? DocumentMetadata.infer(document, text: text)
      : MetadataInference.infer(text, extracted: extraction.metadata)
    diagnostics += notes
    var metadata = inferred
    if let entry = manifest?.entry(for: file) {
      diagnostics += entry.apply(to: &metadata)
    }
    var result = extraction
    result.metadata = metadata
    // A line of noise is not understood, whichever reader took it into a record.
    for n in noise { result.lineUse[n] = nil }
    // Total rows are checked once here, for every layout; a total a reader has already
    // explained (the markdown reader names a row whose sign makes the sum agree) is not warned
    // about twice.
    let explained = result.warnings
    for warning in TotalRowCheck.check(result.economy)
    where !explained.contains(where: { $0.line == warning.line && sameColumn($0.message, warning.message) }) {
      result.warnings.append(warning)
    }
    guard let map else {
      return .success(
        ReportReading(
          file: file, encoding: encoding, text: text, document: document, extraction: result,
          metadata: metadata, diagnostics: diagnostics))
    }
    return .success(
      ReportReading(
        file: file, encoding: encoding, text: ReportText(file: file, lines: lines),
        document: map.mapped(document), extraction: map.mapped(result, lines: text.lines),
        metadata: metadata, diagnostics: map.mapped(diagnostics)))
  }

  /// Whether two warnings about one line name the same column (`'Årsprognos'`).
  static func sameColumn(_ a: String, _ b: String) -> Bool {
    let quoted = { (s: String) in Set(s.split(separator: "'", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }) }
    return !quoted(a).intersection(quoted(b)).subtracting(["Total", "Summa", "Totalt"]).isEmpty
  }

  /// Reads many reports; a file that cannot be read becomes an error while the others load.
  /// - Returns: The readings and the errors, each in the order of `files`.
  public static func readAll(
    _ files: [(file: String, bytes: [UInt8])], manifest: ReportManifest? = nil
  ) -> (readings: [ReportReading], errors: [ReportError]) {
    var readings: [ReportReading] = []
    var errors: [ReportError] = []
    for f in files {
      switch read(bytes: f.bytes, file: f.file, manifest: manifest) {
      case .success(let r): readings.append(r)
      case .failure(let e): errors.append(e)
      }
    }
    return (readings, errors)
  }

  /// Every extractor's score for `text`, best first (ties keep the order of ``extractors``).
  public static func detect(
    _ text: ReportText
  ) -> [(layout: Layout, score: Int, extractor: any LayoutExtractor.Type)] {
    let scored = extractors.enumerated().map { (index, e) in
      (index: index, layout: e.layout, score: max(0, min(100, e.score(text))), extractor: e)
    }
    return scored
      .sorted { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
      .map { (layout: $0.layout, score: $0.score, extractor: $0.extractor) }
  }

  /// Why decoded text is not a report, or nil if it may be one.
  static func rejection(of text: String, file: String) -> ReportError? {
    // Counted over the UTF-8 bytes: a scalar is a byte that does not continue another.
    var text = text
    let (total, control, visible, nul) = text.withUTF8 { bytes -> (Int, Int, Int, Bool) in
      var total = 0
      var control = 0
      var visible = 0
      var nul = false
      for i in 0..<bytes.count {
        let b = bytes[i]
        if b & 0xC0 == 0x80 { continue }
        total += 1
        switch b {
        case 0x09, 0x0A, 0x0D, 0x0C, 0x20: continue
        case 0x00:
          control += 1
          nul = true
        case 0x01...0x1F, 0x7F:
          control += 1
        case 0xEF where i + 2 < bytes.count && bytes[i + 1] == 0xBF && bytes[i + 2] == 0xBD:
          control += 1  // U+FFFD
        default:
          if b < 0x80 || TextFolding.whitespaceLength(bytes, at: i) == 0 { visible += 1 }
        }
      }
      return (total, control, visible, nul)
    }
    if visible == 0 && control == 0 { return .empty(file: file) }
    if nul || control * 10 > total {
      return .binary(file: file, controlCharacters: control, of: total)
    }
    return nil
  }

  /// How many U+FFFD the text holds, counted in its UTF-8 bytes (EF BF BD).
  static func replacementCount(_ text: String) -> Int {
    var text = text
    return text.withUTF8 { bytes in
      var count = 0
      var i = 0
      while i + 2 < bytes.count {
        if bytes[i] == 0xEF, bytes[i + 1] == 0xBF, bytes[i + 2] == 0xBD {
          count += 1
          i += 3
        } else {
          i += 1
        }
      }
      return count
    }
  }
}
