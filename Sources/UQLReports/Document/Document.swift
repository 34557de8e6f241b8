/// A report read as a document: an ordered list of blocks, each with the lines it came from.
///
/// The model sits between the form readers, which know how the text was extracted (pdftotext
/// page layout, pipe markdown, tab-separated cells), and the recognisers, which know what a
/// follow-up report means (goals, indicators, economy). Like docling's `DoclingDocument` and
/// unstructured's elements, it keeps content apart from page furniture, and every block keeps
/// its line span so that every fact stays traceable to its line.
public struct Document: Sendable, Equatable {
  /// The blocks in reading order; their line spans never overlap (but where a page break inside
  /// a file line ended one block and began the next: both name that line; and on a page of two
  /// columns, read column by column, a block of the right column names file lines that one of the
  /// left names too, and a block running from one column into the other all the lines between).
  public var blocks: [DocumentBlock]
  /// The numbers of the lines that are a converter's markup inside the blocks (a code fence, a
  /// delimiter row under a pipe row read as text): text runs across them as across furniture.
  public var markupLines: Set<Int> = []

  public init(blocks: [DocumentBlock], markupLines: Set<Int> = []) {
    self.blocks = blocks
    self.markupLines = markupLines
  }

  /// The tables, in reading order, each with its id (`T1`, `T2`, …); a table continued over a
  /// page break is one table with the rows of both parts.
  public var tables: [DocumentTable] {
    var result: [DocumentTable] = []
    for block in blocks {
      guard case .table(let t) = block.kind else { continue }
      if t.continues, let last = result.indices.last {
        result[last].rows += t.rows
      } else {
        result.append(t)
      }
    }
    return result
  }

  /// The lines where text under a title ends (headings and tables) and the lines of page
  /// furniture, which text runs across.
  public var boundaries: (stops: Set<Int>, furniture: Set<Int>) {
    var stops = Set<Int>()
    var furniture = markupLines
    for block in blocks {
      switch block.kind {
      case .heading, .table: stops.formUnion(block.lines)
      case .furniture: furniture.formUnion(block.lines)
      default: break
      }
    }
    return (stops, furniture)
  }

  /// Whether line `line` is part of a table.
  public func isInTable(_ line: Int) -> Bool {
    blocks.contains { $0.isTable && $0.lines.contains(line) }
  }

  /// The lines of tables, to ask of many lines what ``isInTable(_:)`` asks of one.
  public var tableLines: TableLines { TableLines(blocks) }

  /// Which lines are tables', by line number: one look-up per line.
  public struct TableLines {
    private var flags: [Bool] = []

    init(_ blocks: [DocumentBlock]) {
      for block in blocks where block.isTable {
        if flags.count <= block.lines.upperBound { flags += Array(repeating: false, count: block.lines.upperBound + 1 - flags.count) }
        for n in block.lines where n >= 0 { flags[n] = true }
      }
    }

    public func contains(_ line: Int) -> Bool { line >= 0 && line < flags.count && flags[line] }
  }

  /// The headings, in reading order.
  public var headings: [DocumentBlock] {
    blocks.filter { if case .heading = $0.kind { return true } else { return false } }
  }
}

/// One block of a document: a heading, a paragraph, a list item, a table or page furniture.
public struct DocumentBlock: Sendable, Equatable {
  /// What a block is.
  public enum Kind: Sendable, Equatable {
    /// A heading with its printed number (`3.1.2`) if any, and its level (1 is the top).
    case heading(number: String?, level: Int)
    case paragraph
    /// A list item with its marker as printed (`•`, `-`, `1.`).
    case listItem(marker: String)
    /// A field label alone on its line (`Beslutats av`, `Nämndens bedömning`): the blocks after
    /// it, up to the next label or heading, are its value.
    case label(FollowUpVocabulary.Field)
    case table(DocumentTable)
    /// Lines the page adds around the content.
    case furniture(Furniture)

    public var isFurniture: Bool {
      if case .furniture = self { true } else { false }
    }
  }

  public var kind: Kind
  /// The text, wrapped lines joined with single spaces (a table's is its caption, if any).
  public var text: String
  /// The first and last line (1-based) the block came from.
  public var lines: ClosedRange<Int>

  public init(kind: Kind, text: String, lines: ClosedRange<Int>) {
    self.kind = kind
    self.text = text
    self.lines = lines
  }

  /// The table, if the block is one.
  public var table: DocumentTable? {
    if case .table(let t) = kind { return t }
    return nil
  }

  /// Whether the block is a list item, whatever its marker.
  public var isListItem: Bool {
    if case .listItem = kind { return true }
    return false
  }

  /// Whether the block is a table (without copying it out as ``table`` does).
  public var isTable: Bool {
    if case .table = kind { return true }
    return false
  }

  /// The heading's number, if the block is a numbered heading.
  public var headingNumber: String? {
    if case .heading(let number, _) = kind { return number }
    return nil
  }

  /// Whether the block is a field label.
  public var isLabel: Bool {
    if case .label = kind { return true }
    return false
  }

  /// Whether the block is content (not page furniture).
  public var isContent: Bool {
    if case .furniture = kind { return false }
    return true
  }
}

/// What page furniture is: text a page adds that is not the report's content.
public enum Furniture: String, Sendable, Equatable, CaseIterable {
  /// A header or footer repeated on many pages.
  case runningHeader = "sidhuvud"
  case pageNumber = "sidnummer"
  /// A converter's page marker (`<!-- sida 9 -->`), page rule (`-----`) or a form feed line.
  case pageMarker = "sidmarkering"
  /// A converter's placeholder for a picture (`<!-- image -->`).
  case picture = "bild"
  /// The table of contents: its heading and its entries with dot leaders.
  case tableOfContents = "innehållsförteckning"
  /// A converter's link to a table file (`[Tabell 11-1](handlingar.tabeller/11-1.csv)`).
  case tableLink = "tabellänk"
  /// A markdown file's YAML front matter (`---` / `title: …` / `---`), its title aside.
  case frontMatter = "metadata"
  /// A markdown code fence (```` ``` ````, ```` ```osaker-tabell ````): a converter's markup
  /// around text it set apart, which is read as any other text.
  case codeFence = "kodstaket"
  /// A pipe table's delimiter row under a row read as text (``PipeRowsInText``): markitdown's
  /// `| --- |` under one row of a table it printed as text.
  case tableRule = "tabellstreck"
}

extension [DocumentBlock] {
  /// The index of the first block after `index` that is content, past page furniture (a page
  /// break between an entry and its status), or nil at the end.
  func nextContent(after index: Int) -> Int? {
    var k = index + 1
    while k < count, !self[k].isContent { k += 1 }
    return k < count ? k : nil
  }
}
