/// Pages printed in two columns of text, as `pdftotext -layout` prints them: each line holds the
/// left column's line, a gutter of spaces and the right column's line, so that read line by line
/// every sentence runs into the other column's.
///
///     3.1 Direktiv i budget                        3.2 Ekonomi i balans
///     Nämnden får i uppdrag att ta fram en plan    Nämnden får i uppdrag att redovisa
///     för lokalförsörjning som omfattar samtliga   åtgärder för en ekonomi i balans
///
/// Such a region is read column by column: its left halves, then its right halves, each line
/// read on the file line it stands on (``LineMap``). A region is a run of lines within one page
/// that all keep a gutter clear, two columns before the right column's left edge (no word
/// crosses it); at least six of its lines hold text on both sides; and both sides are prose: on
/// most of those lines each side is one run of words (no gap of three spaces, as between a
/// table's cells), mostly letters, of three words or more, and most of each side's lines end
/// near its column's right edge, as wrapped text does (a form's labels and values, a table's
/// cells do not). A full-width line (a heading over both columns, a footer) ends it, and a line
/// naming a table's columns (`Aktivitet   Kommentar`) at its top makes it a table.
enum ColumnPages {
  /// The least number of lines with text in both columns that makes a region.
  static let leastRows = 6

  /// The lines to read, each two-column region's left halves before its right halves, and the
  /// map back; nil where no page has two columns of text (the usual case).
  static func split(_ lines: [String]) -> (lines: [String], map: LineMap)? {
    var regions: [(lines: Range<Int>, gutter: Int)] = []
    var start = 0
    while start < lines.count {
      var end = start + 1
      while end < lines.count, lines[end].utf8.first != 0x0C { end += 1 }
      regions += self.regions(lines, page: start..<end)
      start = end
    }
    guard !regions.isEmpty else { return nil }
    var result: [String] = []
    var fileLine: [Int] = []
    var next = 0
    for region in regions {
      for k in next..<region.lines.lowerBound {
        result.append(lines[k])
        fileLine.append(k + 1)
      }
      let rows = region.lines.map { Row(lines[$0]) }
      let left = rows.enumerated().map { $0.offset == 0 ? $0.element.feeds + $0.element.text(to: region.gutter) : $0.element.text(to: region.gutter) }
      let right = rows.map { $0.text(from: region.gutter) }
      for (column, other) in [(left, right), (right, left)] {
        for k in column.indices where !isOffsetGap(column, k, other: other) {
          result.append(column[k])
          fileLine.append(region.lines.lowerBound + k + 1)
        }
      }
      next = region.lines.upperBound
    }
    for k in next..<lines.count {
      result.append(lines[k])
      fileLine.append(k + 1)
    }
    return (result, LineMap(fileLine: fileLine))
  }

  /// Whether line `k` of a column is blank only because the other column's line stands there, in
  /// the middle of a sentence (the columns' lines do not share baselines: `…i oktober. En` / `` /
  /// `åtgärdsplan har …`): no paragraph break, not read.
  static func isOffsetGap(_ column: [String], _ k: Int, other: [String]) -> Bool {
    guard column[k].isEmpty, !other[k].isEmpty, k > 0, k + 1 < column.count,
      let last = column[k - 1].last, !".:;!?".contains(last),
      let first = column[k + 1].first(where: { $0 != " " }), first.isLowercase
    else { return false }
    return true
  }

  /// One line by its columns: its scalars without the leading form feeds.
  struct Row {
    var feeds: String
    var scalars: [Unicode.Scalar]

    init(_ line: String) {
      let feeds = line.unicodeScalars.prefix { $0 == "\u{0C}" }
      self.feeds = String(String.UnicodeScalarView(feeds))
      scalars = Array(line.unicodeScalars.dropFirst(feeds.count))
    }

    var isBlank: Bool { scalars.allSatisfy { $0 == " " || $0 == "\t" } }

    var string: String { String(String.UnicodeScalarView(scalars)) }

    /// Whether columns `gutter - 2` and `gutter - 1` are clear, and text right of them, if any,
    /// starts within eight columns of `gutter` (a first line's indent).
    func keeps(_ gutter: Int) -> Bool {
      guard scalars.count > gutter - 2 else { return true }
      guard scalars[gutter - 2] == " ", scalars.count == gutter - 1 || scalars[gutter - 1] == " " else { return false }
      guard scalars.count > gutter, let right = scalars[gutter...].firstIndex(where: { $0 != " " }) else { return true }
      return right <= gutter + 8
    }

    /// The text left of the gutter, trailing spaces dropped.
    func text(to gutter: Int) -> String {
      Self.string(scalars.prefix(gutter - 2))
    }

    /// The text from the gutter on, its indent relative to the gutter kept.
    func text(from gutter: Int) -> String {
      scalars.count > gutter ? Self.string(scalars[gutter...]) : ""
    }

    static func string(_ scalars: some Collection<Unicode.Scalar>) -> String {
      var s = String.UnicodeScalarView(scalars)
      while s.last == " " { s.removeLast() }
      return String(s)
    }

    /// Whether one side's text is a run of words as wrapped prose prints it: three words or more,
    /// no gap of three spaces, at least seven in ten of its characters letters.
    static func isProse(_ side: some Collection<Unicode.Scalar>) -> Bool {
      let side = side.drop { $0 == " " }
      var words = 0
      var letters = 0
      var other = 0
      var spaces = 0
      for s in side {
        if s == " " {
          spaces += 1
          continue
        }
        if spaces >= 3 && words > 0 { return false }
        if spaces > 0 || words == 0 { words += 1 }
        spaces = 0
        if s.properties.isAlphabetic { letters += 1 } else { other += 1 }
      }
      return words >= 3 && letters * 10 >= (letters + other) * 7
    }

    /// The words of a side: its runs of characters other than spaces.
    static func words(_ side: some Collection<Unicode.Scalar>) -> Int {
      var count = 0
      var inWord = false
      for s in side {
        if s == " " { inWord = false } else if !inWord { count += 1; inWord = true }
      }
      return count
    }

    /// Where a side's text ends: its count without trailing spaces.
    static func end(_ side: some Collection<Unicode.Scalar>) -> Int {
      side.count - side.reversed().prefix { $0 == " " }.count
    }

    /// Whether one side's text is a justified line of prose: four words or more spread by gaps of
    /// at most eight spaces to the column's right edge (`särskild    vikt    vid
    /// kompetensförsörjning,`), at least seven in ten of its characters letters.
    static func isJustified(_ side: some Collection<Unicode.Scalar>, edge: Int) -> Bool {
      guard end(side) >= edge - 4 else { return false }
      var words = 0
      var letters = 0
      var other = 0
      var spaces = 0
      for s in side.drop(while: { $0 == " " }) {
        if s == " " {
          spaces += 1
          continue
        }
        if spaces > 8 && words > 0 { return false }
        if spaces > 0 || words == 0 { words += 1 }
        spaces = 0
        if s.properties.isAlphabetic { letters += 1 } else { other += 1 }
      }
      return words >= 4 && letters * 10 >= (letters + other) * 7
    }
  }

  /// A page's two-column regions, in order.
  static func regions(_ lines: [String], page: Range<Int>) -> [(lines: Range<Int>, gutter: Int)] {
    // (Most pages are ruled out by their bytes: fewer than six lines with words after a gap of
    // three spaces or more, 25 bytes in or further.)
    guard page.count >= leastRows, page.count(where: { hasFarGap(lines[$0]) }) >= leastRows else { return [] }
    let rows = page.map { Row(lines[$0]) }
    // The gutters tried: the columns where text starts after a gap most often, six times or more.
    var starts: [Int: Int] = [:]
    for row in rows {
      var spaces = 0
      var seen = false
      for (c, s) in row.scalars.enumerated() {
        if s == " " {
          spaces += 1
          continue
        }
        if seen, spaces >= 3, c >= 25 { starts[c, default: 0] += 1 }
        seen = true
        spaces = 0
      }
    }
    let gutters = starts.filter { $0.value >= leastRows }.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
    var found: [(lines: Range<Int>, gutter: Int)] = []
    for gutter in gutters.prefix(3).map(\.key) {
      var k = 0
      while k < rows.count {
        guard rows[k].keeps(gutter) else {
          k += 1
          continue
        }
        var end = k
        while end < rows.count, rows[end].keeps(gutter) { end += 1 }
        if let run = region(rows, k..<end, gutter: gutter) {
          let lines = (page.lowerBound + run.lowerBound)..<(page.lowerBound + run.upperBound)
          if !found.contains(where: { $0.lines.overlaps(lines) }) { found.append((lines, gutter)) }
        }
        k = end + 1
      }
    }
    return found.sorted { $0.lines.lowerBound < $1.lines.lowerBound }
  }

  /// The part of a run of lines keeping `gutter` clear that is two columns of prose, if it is.
  static func region(_ rows: [Row], _ run: Range<Int>, gutter: Int) -> Range<Int>? {
    let hasRight = { (k: Int) in rows[k].scalars.count > gutter && rows[k].scalars[gutter...].contains { $0 != " " } }
    let hasLeft = { (k: Int) in rows[k].scalars.prefix(gutter - 2).contains { $0 != " " } }
    // From the first line with text in the right column to the last, with the left column's
    // lines right above and below that run on (up to a blank line).
    guard var first = run.first(where: hasRight), var last = run.last(where: hasRight) else { return nil }
    while first > run.lowerBound, !rows[first - 1].isBlank, hasLeft(first - 1) { first -= 1 }
    while last + 1 < run.upperBound, !rows[last + 1].isBlank, hasLeft(last + 1) { last += 1 }
    let both = (first...last).filter { hasLeft($0) && hasRight($0) }
    guard both.count >= leastRows else { return nil }
    // (A table of two columns of text is headed by its columns' names, `Aktivitet   Kommentar`,
    // on its first line or right above it.)
    for k in max(0, first - 1)...min(first + 2, last) where TextColumnsForm.header(SourceLine(number: k + 1, text: rows[k].string)) != nil {
      return nil
    }
    let lefts = both.map { rows[$0].scalars.prefix(gutter - 2) }
    let rights = both.map { rows[$0].scalars[gutter...] }
    // (A justified line is prose too: its words spread to the column's right edge. A side of
    // one or two words, a heading or a paragraph's last line, says nothing either way.)
    func edge(_ sides: [some Collection<Unicode.Scalar>]) -> Int { sides.map { Row.end($0) }.max() ?? 0 }
    let (leftEdge, rightEdge) = (edge(lefts), edge(rights))
    let said = both.indices.filter { Row.words(lefts[$0]) >= 3 && Row.words(rights[$0]) >= 3 }
    let prose = said.count {
      (Row.isProse(lefts[$0]) || Row.isJustified(lefts[$0], edge: leftEdge))
        && (Row.isProse(rights[$0]) || Row.isJustified(rights[$0], edge: rightEdge))
    }
    guard said.count >= leastRows, prose * 10 >= said.count * 8, endsNearEdge(lefts), endsNearEdge(rights) else { return nil }
    return first..<(last + 1)
  }

  /// Whether most of a column's lines end within twelve columns of its longest, as wrapped text
  /// does.
  static func endsNearEdge(_ sides: [some Collection<Unicode.Scalar>]) -> Bool {
    let ends = sides.map { side in side.count - side.reversed().prefix { $0 == " " }.count }
    guard let edge = ends.max() else { return false }
    return ends.count { $0 >= edge - 12 } * 2 >= ends.count
  }

  /// Whether a line has words after a gap of three spaces or more, 25 bytes in or further: a
  /// letter, then two more words one space apart (a column of prose; a table's cells of figures
  /// are not).
  static func hasFarGap(_ line: String) -> Bool {
    var line = line
    return line.withUTF8 { hasFarGap($0) }
  }

  static func hasFarGap(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var spaces = 0
    var seen = false
    for (k, b) in bytes.enumerated() {
      if b == 0x20 {
        spaces += 1
        continue
      }
      if seen, spaces >= 3, k >= 25, b >= 0x41, !(0x5B...0x60).contains(b), !(0x7B...0x7F).contains(b) {
        // (Two single spaces before any double one.)
        var singles = 0
        var j = k
        while j + 1 < bytes.count, singles < 2 {
          if bytes[j] == 0x20 {
            if bytes[j + 1] == 0x20 { break }
            singles += 1
          }
          j += 1
        }
        if singles >= 2 { return true }
      }
      if b != 0x0C { seen = true }
      spaces = 0
    }
    return false
  }
}
