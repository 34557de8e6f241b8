/// Two columns of text before the values (`Mål   Indikator   Utfall 2024   Målvärde   Bedömning`):
/// a goal cell spanning the rows of its indicators, each cell wrapped over lines of its own. The
/// page-layout text keeps the columns' left edges, so the text is split where the header's second
/// text cell starts, and a line of text in both columns under a row goes on with that row's cells.
extension AlignedTableForm {
  /// The left edges of the text cells of the number rows among `lines[range]`: their label's
  /// segments.
  static func textCellStarts(_ lines: [SourceLine], rows: [Int: NumberRow], in range: ClosedRange<Int>) -> Set<Int> {
    var starts = Set<Int>()
    for i in range {
      guard let row = rows[i], !row.label.isEmpty, let valueStart = row.values.first?.start else { continue }
      for segment in segments(lines[i].raw) where segment.end < valueStart { starts.insert(segment.start) }
    }
    return starts
  }

  /// Whether a line without values goes on with the text cells of the rows above: two or three
  /// segments, each starting where a row's text cell starts (within two characters), all left of
  /// the values (`god och jämlik      gott hälsotillstånd, %` under `Invånarna har en   Andel
  /// invånare som uppger   71   70`).
  static func continuesTextCells(_ line: SourceLine, starts: Set<Int>, valueStart: Int) -> Bool {
    guard starts.count >= 2 else { return false }
    let segs = segments(line.raw)
    guard (2...3).contains(segs.count) else { return false }
    var used = Set<Int>()
    for segment in segs {
      guard segment.end < valueStart - 1, let start = starts.first(where: { abs($0 - segment.start) <= 2 }) else { return false }
      used.insert(start)
    }
    return used.count == segs.count
  }

  /// Where a table's second column of text starts, or nil where it has one: a header line with
  /// exactly two cells left of the values (`Mål   Indikator`), and the body's text split there
  /// (no segment running across it; two lines at least with text starting there and one with text
  /// left of it).
  static func textColumnSplit(_ lines: [SourceLine], headerLines: [Int], bodyLines: [Int], rows: [Int: NumberRow], labelEdge: Int)
    -> Int?
  {
    guard let split = headerLines.lazy.compactMap({ h -> Int? in
      let left = segments(lines[h].raw).filter { $0.end <= labelEdge }
      guard left.count == 2, left[1].start >= left[0].end + 3, left.allSatisfy({ $0.text.first?.isLetter == true }) else { return nil }
      return left[1].start
    }).first
    else { return nil }
    var atSplit = 0
    var leftOfSplit = 0
    for i in bodyLines {
      let end = rows[i]?.values.first?.start ?? labelEdge + 1
      for segment in segments(lines[i].raw) where segment.start < end {
        if abs(segment.start - split) <= 2 {
          atSplit += 1
        } else if segment.start < split {
          guard segment.end < split - 1 else { return nil }
          leftOfSplit += 1
        } else if segment.end > labelEdge {
          return nil
        }
      }
    }
    return atSplit >= 2 && leftOfSplit >= 1 ? split : nil
  }

  /// A line's text left of `end` split at `split`: the first column's and the second's.
  static func textCells(_ line: SourceLine, split: Int, end: Int) -> (first: String, second: String) {
    var first: [String] = []
    var second: [String] = []
    for segment in segments(line.raw) where segment.start < end {
      if segment.start < split - 2 { first.append(segment.text) } else { second.append(segment.text) }
    }
    return (first.joined(separator: " "), second.joined(separator: " "))
  }
}
