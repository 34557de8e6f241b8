/// A document's blocks as lines of text, one per block, for `uql check --blocks`: what the form
/// readers made of the text, so a reader can see why a record was (or was not) found.
///
///     5–6       heading 2.1 (level 2)   Strategiskt mål: En trygg kommun
///     8         paragraph               Arbetet har gått enligt plan.
///     10–13     table T1 (4 × 2)        Aktivitet | Ansvarig | Status | Kommentar
///     15        label bedömning         Nämndens bedömning
///     40        furniture sidhuvud      Nämnden för Teknik   Kungsbacka kommun
public enum DocumentOutline {
  /// Characters of a block's text shown before it is cut with `…`.
  static let shown = 80

  public static func lines(_ document: Document) -> [String] {
    document.blocks.map { block in
      let span =
        block.lines.count == 1 ? "\(block.lines.lowerBound)" : "\(block.lines.lowerBound)–\(block.lines.upperBound)"
      let (kind, text) = describe(block)
      return pad(span, 10) + pad(kind, 26) + cut(text)
    }
  }

  static func describe(_ block: DocumentBlock) -> (kind: String, text: String) {
    switch block.kind {
    case .heading(let number, let level):
      return ("heading " + (number.map { "\($0) " } ?? "") + "(level \(level))", block.text)
    case .paragraph:
      return ("paragraph", block.text)
    case .listItem(let marker):
      return ("list item \(marker)", block.text)
    case .label(let field):
      return ("label \(name(of: field))", block.text)
    case .table(let table):
      let caption = table.caption.map { "\($0): " } ?? ""
      let columns = table.columns.map { HTMLText.collapse($0.replacingOccurrences(of: "\n", with: " ")) }
      let shape = "\(table.columns.count) × \(table.rows.count)" + (table.continues ? ", continued" : "")
      return ("table \(table.id) (\(shape))", caption + columns.joined(separator: " | "))
    case .furniture(let furniture):
      return ("furniture \(furniture.rawValue)", block.text)
    }
  }

  static func name(of field: FollowUpVocabulary.Field) -> String {
    switch field {
    case .decidedBy: return "beslutats av"
    case .assessment: return "bedömning"
    case .comment: return "kommentar"
    case .description: return "beskrivning"
    }
  }

  static func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
  }

  static func cut(_ text: String) -> String {
    text.count > shown ? String(text.prefix(shown)) + "…" : text
  }
}
