/// Finds regions of page-layout text where two tables stand side by side, as a landscape page
/// (a styrkort) prints them, and splits each line of such a region into its left and right half,
/// so that each table is read on its own:
///
///     Nyckeltal till mål 1.1                        Nyckeltal till mål 1.2
///     Nyckeltal        Utfall 2023  Mål 2024        Nyckeltal          Utfall 2023  Mål 2024
///     Antal påbörjade bostäder  164      150        Antal nystartade företag   96       100
///
/// A region starts after a blank line, and on its first line or one of the two below it the right
/// part starts with a capital at column 30 or further, six spaces or more after the left part or
/// alone on its line below the first (the left table's caption a line above the right one's);
/// every line of the run
/// below it keeps that column and the two before it clear (no word crosses the gutter), and two
/// or more of its lines are rows of numbers on both sides. Each half keeps its columns'
/// positions relative to its own left edge.
enum SideBySideTables {
  struct Region: Equatable {
    /// Indices of the region's lines.
    var lines: Range<Int>
    /// The column where the right half starts.
    var gutter: Int
  }

  /// The side-by-side regions of `lines`, in order.
  static func find(_ lines: [SourceLine], usable: (Int) -> Bool) -> [Region] {
    var regions: [Region] = []
    var i = 0
    while i < lines.count {
      defer { i += 1 }
      // A run of content lines after a blank line (or the start), wide among its first lines.
      guard usable(i), !lines[i].isBlank, i == 0 || lines[i - 1].isBlank || !usable(i - 1) else { continue }
      var end = i
      while end < lines.count, usable(end), !lines[end].isBlank { end += 1 }
      guard end - i >= 3, (i..<min(i + 3, end)).contains(where: { lines[$0].raw.utf8.count >= 40 }) else { continue }
      // Two tables of text (`Nr   Uppdrag …   Status   Åtgärder …   Nämnd   Status`): the header
      // names entries twice, each with an assessment column after it.
      if hasWideGap(lines[i].raw), let region = textRegion(lines, i..<end) {
        regions.append(region)
        i = region.lines.upperBound - 1
        continue
      }
      // (Most runs are ruled out by their first lines' bytes: no gap of six spaces, no text alone
      // far right.)
      guard (i..<min(i + 3, end)).contains(where: { hasWideGap(lines[$0].raw) || lines[$0].indent >= 30 }) else { continue }
      // The right table's first words: on the run's first line, or on one of the two below it
      // (the left table's caption a line above the right one's, `Not 1 …` over `…   Not 3 …`),
      // after six spaces or more, or alone on its line at column 30 or further.
      let starts = (i..<min(i + 3, end)).flatMap { k in
        let parts = AlignedTableForm.words(lines[k].raw, gap: 6)
        return parts.indices.filter { p in
          parts[p].start >= 30 && parts[p].text.first?.isUppercase == true && (p > 0 || k > i)
        }.map { parts[$0].start }
      }
      for gutter in starts {
        guard let region = region(lines, i..<end, gutter: gutter) else { continue }
        regions.append(region)
        i = region.lines.upperBound - 1
        break
      }
    }
    return regions
  }

  /// The region of two tables of text side by side whose header is the run's first line: it
  /// names entries twice, at column 30 or further the second time, each followed by a column of
  /// assessments (`Uppdrag från kommunfullmäktige   Status   Åtgärder för en ekonomi i balans
  /// Nämnd   Status`); the lines below keep the second's column clear. Nil for any other run.
  static func textRegion(_ lines: [SourceLine], _ run: Range<Int>) -> Region? {
    guard let header = TextColumnsForm.header(lines[run.lowerBound]) else { return nil }
    let entries = header.indices.filter { TextColumnsForm.namesEntries(header[$0].text) }
    guard entries.count == 2, header[entries[1]].start >= 30,
      header[entries[0]..<entries[1]].contains(where: { FollowUpVocabulary.namesAssessment($0.text) }),
      header[entries[1]...].contains(where: { FollowUpVocabulary.namesAssessment($0.text) })
    else { return nil }
    let gutter = header[entries[1]].start
    var end = run.lowerBound + 1
    for k in run.dropFirst() {
      guard !AlignedTableForm.words(lines[k].raw).contains(where: { $0.start < gutter && $0.end > gutter - 2 }) else { break }
      end = k + 1
    }
    return end - run.lowerBound >= 3 ? Region(lines: run.lowerBound..<end, gutter: gutter) : nil
  }

  /// Whether a line has a run of six spaces after text.
  static func hasWideGap(_ raw: String) -> Bool {
    var spaces = 0
    var seenText = false
    for byte in raw.utf8 {
      if byte == 0x20 {
        spaces += 1
        if spaces >= 6, seenText { return true }
      } else {
        seenText = true
        spaces = 0
      }
    }
    return false
  }

  /// The region of the run `run` split at `gutter`, if its lines keep the gutter clear (up to
  /// the first that does not, three lines at least) and two of them are rows on both sides.
  static func region(_ lines: [SourceLine], _ run: Range<Int>, gutter: Int) -> Region? {
    var end = run.lowerBound
    var both = 0
    for k in run {
      let words = AlignedTableForm.words(lines[k].raw)
      guard !words.contains(where: { $0.start < gutter && $0.end > gutter - 2 }) else { break }
      end = k + 1
      // (A row on the right ends in a value: other lines are not split to be asked.)
      guard both < 2, lines[k].lastSegmentMayBeNumber else { continue }
      let (left, right) = split(lines[k], at: gutter)
      if AlignedTableForm.numberRow(left) != nil, let row = AlignedTableForm.numberRow(right), !row.label.isEmpty { both += 1 }
    }
    guard end - run.lowerBound >= 3, both >= 2 else { return nil }
    return Region(lines: run.lowerBound..<end, gutter: gutter)
  }

  /// A line's left half (its text before the gutter) and right half (its text from the gutter
  /// on, its columns counted from there), both under the line's own number.
  /// (Cut at the gutter's index in the text: a string built of characters one by one is slow,
  /// and every gutter a run might have is tried on its lines.)
  static func split(_ line: SourceLine, at gutter: Int) -> (left: SourceLine, right: SourceLine) {
    let raw = line.raw
    let cut = raw.index(raw.startIndex, offsetBy: gutter, limitedBy: raw.endIndex) ?? raw.endIndex
    var left = String(raw[..<cut])
    while left.last == " " { left.removeLast() }
    let right = String(raw[cut...])
    return (SourceLine(number: line.number, text: left), SourceLine(number: line.number, text: right))
  }

  /// The lines of `region`'s left and right halves.
  static func halves(_ lines: [SourceLine], _ region: Region) -> (left: [SourceLine], right: [SourceLine]) {
    let split = lines[region.lines].map { self.split($0, at: region.gutter) }
    return (split.map(\.left), split.map(\.right))
  }
}
