/// A column of comments right of a page-layout table's values, as goal-management systems print
/// indicator and economy tables:
///
///     Indikator                   Utfall 2024   Mål 2024   Kommentar
///     Sjukfrånvaro, %                     8,1        7,0   Ökningen beror på
///                                                          långtidssjukskrivningar.
///
/// Its text, wrapped over lines of its own, would break the rows' numbers (a row's values are
/// those at its right). So the column is cut from the lines before the table is read, and given
/// back to the table found there as its last column, each row's comment the text from its line
/// down to the next row's.
struct CommentColumns {
  /// Words that head such a column, whole (lower case).
  static let headerWords: Set<String> = [
    "kommentar", "kommentarer", "analys", "kommentar/analys", "analys/kommentar", "kommentar och analys", "analys och kommentar",
    "orsak till förändring", "orsak till avvikelse", "förklaring", "orsak",
  ]

  /// Whether a header cell names comments: one of ``headerWords``, or a comment of something
  /// (`Kommentar till avvikelse`, `Analys av utfall`), four words at most.
  static func namesComments(_ text: String) -> Bool {
    let t = HTMLText.collapse(text).lowercasedText().trimmingCharacters(in: [":"])
    if headerWords.contains(t) { return true }
    let words = t.split(separator: " ")
    return words.count <= 4 && words.count >= 2 && ["kommentar", "kommentarer", "analys"].contains(String(words[0]))
      && ["till", "av", "om", "kring"].contains(String(words[1]))
  }

  struct Region {
    /// The header line's index; the lines below it up to `end` (exclusive) are the table's.
    var header: Int
    var end: Int
    /// The column where the comments start.
    var start: Int
    var title: String
  }

  var regions: [Region] = []
  /// Each cut line's comment text, by line index.
  var comments: [Int: String] = [:]

  var isEmpty: Bool { regions.isEmpty }

  /// The comment columns of `lines`: a header line whose last segment, right of other columns,
  /// names comments, over at least two lines that are number rows once cut there and were not
  /// before.
  init(_ lines: [SourceLine], usable: (Int) -> Bool) {
    var i = 0
    while i < lines.count {
      // (A table of text, `Aktivitet   Ansvar   Status   Kommentar`, is read whole.)
      guard usable(i), let (start, title) = Self.header(lines[i]), TextColumnsForm.header(lines[i]) == nil else {
        i += 1
        continue
      }
      var end = i + 1
      var blanks = 0
      var found = 0
      var cut: [Int: String] = [:]
      while end < lines.count, usable(end) {
        let line = lines[end]
        if line.isBlank {
          blanks += 1
          if blanks > 2 { break }
          end += 1
          continue
        }
        let segments = AlignedTableForm.segments(line.raw)
        // Prose across the column ends the table, and so does another table's header.
        if segments.contains(where: { $0.start < start - 1 && $0.end > start + 1 }) || Self.header(line) != nil
          || TextColumnsForm.header(line) != nil
        {
          break
        }
        let left = Self.cut(line, at: start)
        // After a blank line the table goes on with a row, or a label over one.
        if blanks > 0, !left.isBlank, AlignedTableForm.numberRow(left) == nil,
          !(end + 1 < lines.count && AlignedTableForm.numberRow(Self.cut(lines[end + 1], at: start)) != nil)
        {
          break
        }
        blanks = 0
        if AlignedTableForm.numberRow(left) != nil, AlignedTableForm.numberRow(line) == nil { found += 1 }
        let text = segments.filter { $0.start >= start - 1 }.map(\.text).joined(separator: " ")
        if !text.isEmpty { cut[end] = text }
        end += 1
      }
      while end > i + 1, lines[end - 1].isBlank { end -= 1 }
      if found >= 1 {
        regions.append(Region(header: i, end: end, start: start, title: title))
        comments.merge(cut) { a, _ in a }
        i = end
      } else {
        i += 1
      }
    }
  }

  /// The column a comment header starts at and its words, if `line` is one: its last segment
  /// names comments, after two segments or more (a header line of a table, as the rows below
  /// must show).
  static func header(_ line: SourceLine) -> (Int, String)? {
    guard line.collapsed.utf8.count <= 200, line.collapsed.utf8.last.map({ $0 >= 0x41 }) == true else { return nil }
    let segments = AlignedTableForm.segments(line.raw)
    guard segments.count >= 3, let last = segments.last, last.start >= 30,
      namesComments(last.text)
    else { return nil }
    return (last.start, last.text)
  }

  /// The line with everything from column `start` on removed.
  static func cut(_ line: SourceLine, at start: Int) -> SourceLine {
    let kept = String(Array(line.raw).prefix(max(0, start - 1)))
    var cut = SourceLine(number: line.number, text: kept)
    cut.startsPage = line.startsPage
    return cut
  }

  /// `lines` with the comment columns cut off, and lines that held only comments left out (their
  /// rows' comments go on there), with each kept line's index in `lines`.
  func compacted(_ lines: [SourceLine]) -> (lines: [SourceLine], original: [Int]) {
    var kept: [SourceLine] = []
    var original: [Int] = []
    var r = 0
    for i in lines.indices {
      while r < regions.count, regions[r].end <= i { r += 1 }
      guard r < regions.count, regions[r].header <= i else {
        kept.append(lines[i])
        original.append(i)
        continue
      }
      let cut = Self.cut(lines[i], at: regions[r].start)
      if cut.isBlank, !lines[i].isBlank { continue }
      kept.append(cut)
      original.append(i)
    }
    return (kept, original)
  }

  /// `table`, read from lines `range` of the text, with its comment column given back if it
  /// stands in a region, and its range taking in the comment lines after its last row.
  func restore(_ table: DocumentTable, lines range: Range<Int>, _ lines: [SourceLine]) -> (DocumentTable, Range<Int>) {
    guard let region = regions.first(where: { $0.header < range.upperBound && range.lowerBound < $0.end }) else {
      return (table, range)
    }
    var range = range
    if range.upperBound < region.end,
      (range.upperBound..<region.end).allSatisfy({ lines[$0].isBlank || Self.cut(lines[$0], at: region.start).isBlank })
    {
      range = range.lowerBound..<region.end
    }
    var table = table
    table.columns.append(region.title)
    // Each row's comment runs from its line to the line before the next row's.
    let rowStarts = table.rows.map { $0.line - 1 }
    for r in table.rows.indices {
      let from = max(rowStarts[r], region.header + 1)
      let to = max(from, r + 1 < rowStarts.count ? rowStarts[r + 1] : range.upperBound)
      let parts = (from..<to).compactMap { comments[$0] }
      let first = (from..<to).first { comments[$0] != nil }.map { lines[$0].number } ?? table.rows[r].line
      table.rows[r].cells.append(TableCell(parts.joined(separator: "\n"), line: first))
    }
    return (table, range)
  }
}
