/// Two columns of text before the values (`Mål   Indikator   Utfall 2024   Målvärde   Bedömning`):
/// a goal cell spanning the rows of its indicators, each cell wrapped over lines of its own. The
/// page-layout text keeps the columns' left edges, so the text is split where the header's second
/// text cell starts, and a line of text in both columns under a row goes on with that row's cells.
extension AlignedTableForm {
  /// The left edges of the text cells of the number rows among `lines[range]`: their label's
  /// segments, and in a label of one segment its words after the first that start in a capital
  /// (a second cell run into the first, one space apart, on a tight page: `1. Mängden mat- och
  /// restavfall Mat- och restavfall, kg`).
  static func textCellStarts(_ lines: [SourceLine], rows: [Int: NumberRow], in range: ClosedRange<Int>) -> Set<Int> {
    var starts = Set<Int>()
    for i in range {
      guard let row = rows[i], !row.label.isEmpty, let valueStart = row.values.first?.start else { continue }
      let label = segments(lines[i].raw).filter { $0.end < valueStart }
      for segment in label { starts.insert(segment.start) }
      if label.count == 1 {
        for word in words(label[0].text).dropFirst() where word.text.first?.isUppercase == true {
          starts.insert(label[0].start + word.start)
        }
      }
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
    // (A group's label, `Perspektiv: Kund och samhälle`, spans both.)
    for i in bodyLines where !isGroupLabel(lines[i]) {
      let end = rows[i]?.values.first?.start ?? labelEdge + 1
      for segment in textSegments(lines[i], split: split) where segment.start < end {
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
    for segment in textSegments(line, split: split) where segment.start < end {
      if segment.start < split - 2 { first.append(segment.text) } else { second.append(segment.text) }
    }
    return (first.joined(separator: " "), second.joined(separator: " "))
  }

  /// The line's segments, one that runs across `split` cut where a word starts at it (within two
  /// characters): the first column's text ran into the second's, one space apart, on a tight page
  /// (`1. Mängden mat- och restavfall Mat- och restavfall, kg per invånare`).
  static func textSegments(_ line: SourceLine, split: Int) -> [Segment] {
    var result: [Segment] = []
    for segment in segments(line.raw) {
      guard segment.start < split - 2, segment.end > split,
        let word = words(segment.text).filter({ $0.start > 0 && abs(segment.start + $0.start - split) <= 2 })
          .min(by: { abs(segment.start + $0.start - split) < abs(segment.start + $1.start - split) })
      else {
        result.append(segment)
        continue
      }
      result.append(Segment(start: segment.start, end: segment.start + word.start - 1, text: String(segment.text.prefix(word.start - 1))))
      result.append(Segment(start: segment.start + word.start, end: segment.end, text: String(segment.text.dropFirst(word.start))))
    }
    return result
  }
}
