import UQLValues

/// Reads tables from page-layout text (pdftotext `-layout`): a run of lines whose numbers line
/// up in columns. Columns are found from the character positions of the numbers across the rows;
/// header words above are given to the column whose span holds their centre, so that a header
/// wrapped over several lines is joined per column.
enum AlignedTableForm {
  /// A piece of a line between runs of two or more spaces, with its character columns.
  struct Segment: Equatable {
    var start: Int
    var end: Int  // exclusive
    var text: String
  }

  /// A number row: the label left of the numbers, and the numbers with their positions.
  struct NumberRow {
    var label: String
    var labelStart: Int
    var values: [Segment]

    /// Whether every value is a year (1900–2100) printed as a column header (a last column of
    /// words, `Trend`, aside).
    var isYearRow: Bool {
      let numbers = values.last.map { AlignedTableForm.isWordCell($0.text) } == true ? values.dropLast() : values[...]
      return !numbers.isEmpty && numbers.allSatisfy { v in
        v.text.count == 4 && Int(v.text).map { (1900...2100).contains($0) } == true
      }
    }
  }

  /// The line split at runs of two or more spaces (a tab is such a run).
  static func segments(_ raw: String) -> [Segment] {
    words(raw, gap: 2)
  }

  /// The words of a line (split at single spaces) or its segments (`gap` 2), with positions.
  static func words(_ raw: String, gap: Int = 1) -> [Segment] {
    var raw = raw
    if let segments = raw.withUTF8({ scalarWords($0, gap: gap) }) { return segments }
    return characterWords(raw, gap: gap)
  }

  /// ``words(_:gap:)`` over UTF-8 bytes, a column per scalar, or nil when a scalar could join the
  /// character before it (a combining mark, a variation selector, a carriage return…): then
  /// columns must be counted by Character. Scalars below U+0300 (Latin, with å ä ö) and the
  /// dashes, quotes, bullets and private-use glyphs of reports each start a character.
  static func scalarWords(_ bytes: UnsafeBufferPointer<UInt8>, gap: Int) -> [Segment]? {
    var result: [Segment] = []
    var start = -1
    var startByte = 0
    var endByte = 0
    var unusualSpace = false
    var spaces = 0
    var column = 0
    var i = 0
    func emit() {
      let slice = UnsafeBufferPointer(rebasing: bytes[startByte..<endByte])
      var text = String(decoding: slice, as: UTF8.self)
      if unusualSpace {
        text = String(text.unicodeScalars.map { Self.isSpace($0) ? " " : Character($0) })
      }
      result.append(Segment(start: start, end: column - spaces, text: text))
    }
    while i < bytes.count {
      let b = bytes[i]
      var length = 1
      var scalar = UInt32(b)
      if b >= 0x80 {
        length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
        guard i + length <= bytes.count else { return nil }
        scalar = UInt32(b) & (0xFF >> (length + 1))
        for k in 1..<length { scalar = scalar << 6 | UInt32(bytes[i + k] & 0x3F) }
        guard scalar < 0x300 || (0x2010...0x2027).contains(scalar) || (0x2030...0x205E).contains(scalar)
          || (0x20A0...0x20BF).contains(scalar) || (0xE000...0xF8FF).contains(scalar)
        else { return nil }
      } else if b == 0x0D {
        return nil
      }
      if scalar == 0x20 || scalar == 0x09 || scalar == 0xA0 || scalar == 0x0C {
        spaces += scalar == 0x09 ? gap : 1
        if start >= 0 && scalar != 0x20 { unusualSpace = true }
      } else {
        if start >= 0, spaces >= gap {
          emit()
          start = -1
        }
        if start < 0 {
          start = column
          startByte = i
          unusualSpace = false
        }
        endByte = i + length
        spaces = 0
      }
      column += 1
      i += length
    }
    if start >= 0 { emit() }
    return result
  }

  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\t" || scalar == "\u{A0}" || scalar == "\u{0C}"
  }

  /// ``words(_:gap:)`` a column per Character, for lines that ``scalarWords(_:gap:)`` leaves.
  static func characterWords(_ raw: String, gap: Int) -> [Segment] {
    var result: [Segment] = []
    var start: Int?
    var text = ""
    var spaces = 0
    var column = 0
    var pending = ""
    for ch in raw {
      if ch == " " || ch == "\t" || ch == "\u{A0}" || ch == "\u{0C}" {
        spaces += ch == "\t" ? gap : 1
        if start != nil { pending.append(" ") }
      } else {
        if let s = start, spaces >= gap {
          result.append(Segment(start: s, end: column - spaces, text: text))
          start = nil
          text = ""
          pending = ""
        }
        if start == nil { start = column }
        text += pending
        pending = ""
        text.append(ch)
        spaces = 0
      }
      column += 1
    }
    if let s = start { result.append(Segment(start: s, end: column - spaces, text: text)) }
    return result
  }

  /// The numbers of a segment, each with its columns, or nil if the segment holds anything else.
  /// Thousands groups (`10 135`), a trailing `%` or unit and lone dashes (no value) stay whole.
  static func numbers(in segment: Segment) -> [Segment]? {
    // Every value starts with a digit, a sign or a dash: prose is ruled out at its first letter,
    // but for a word in a value's place (`Stängt`, a target `Öka`) or an approximate value
    // (`ung 116 000`).
    guard let first = segment.text.unicodeScalars.first else { return nil }
    if !("0"..."9").contains(first) && !"-–−+—(<>≤≥".unicodeScalars.contains(first) {
      guard segment.text.utf8.count <= 24 else { return nil }
      let lower = segment.text.lowercasedText()
      if FollowUpVocabulary.noValueWords.contains(lower) || FollowUpVocabulary.directionTargets.contains(lower) {
        return [segment]
      }
      let word = lower.prefix { $0 != " " }
      guard FollowUpVocabulary.approximateWords.contains(String(word)) || FollowUpVocabulary.boundWords.contains(String(word))
      else { return nil }
      let offset = word.count + 1
      let rest = Segment(start: segment.start + offset, end: segment.end, text: String(segment.text.dropFirst(offset)))
      guard var values = numbers(in: rest), let value = values.first, number(value.text) != nil else { return nil }
      values[0] = Segment(start: segment.start, end: value.end, text: segment.text.prefix(offset) + value.text)
      return values
    }
    let parts = words(segment.text).map {
      Segment(start: segment.start + $0.start, end: segment.start + $0.end, text: $0.text)
    }
    var tokens: [Segment] = []
    for part in parts {
      if var last = tokens.last, isFootnoteMark(part.text), last.end + 1 == part.start, number(last.text) != nil {
        // `941 (1)`, `(1 151,8) 1)`: a footnote's number after a value belongs to it; the value
        // ends where its digits do, as a right-aligned column aligns them.
        last.text += " " + part.text
        tokens[tokens.count - 1] = last
      } else if var last = tokens.last, last.text.hasPrefix("("), !last.text.hasSuffix(")") {
        // `(11 400)`: an amount in parentheses, its groups inside them.
        last.end = part.end
        last.text += " " + part.text
        tokens[tokens.count - 1] = last
      } else if var last = tokens.last, last.text == "-" || last.text == "–" || last.text == "−" || isComparison(last.text),
        SwedishNumber.parse(part.text) != nil, last.end + 1 == part.start
      {
        // `- 6 279`: a minus sign printed apart from its number; `< 8`, a target's bound.
        last.end = part.end
        last.text += " " + part.text
        tokens[tokens.count - 1] = last
      } else if var last = tokens.last, continues(last.text, with: part.text) {
        last.end = part.end
        last.text += " " + part.text
        tokens[tokens.count - 1] = last
      } else {
        tokens.append(part)
      }
    }
    guard !tokens.isEmpty, tokens.allSatisfy({ isValue($0.text) }) else { return nil }
    // A footnote star (`36*`) stands right of the column's digits.
    for t in tokens.indices where tokens[t].text.count > 1 && tokens[t].text.hasSuffix("*") && !tokens[t].text.hasPrefix("*") {
      tokens[t].end -= tokens[t].text.reversed().prefix { $0 == "*" }.count
    }
    return tokens
  }

  /// A footnote's number as printed after a value: `(1)`, `1)`, one or two digits.
  static func isFootnoteMark(_ text: String) -> Bool {
    var t = text.utf8[...]
    guard t.last == UInt8(ascii: ")") else { return false }
    t = t.dropLast()
    if t.first == UInt8(ascii: "(") { t = t.dropFirst() }
    return (1...2).contains(t.count) && t.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
  }

  /// A bound's sign printed apart from its number: `<`, `>`, `≤`, `≥`, `<=`, `>=`.
  static func isComparison(_ text: String) -> Bool {
    ["<", ">", "≤", "≥", "<=", ">="].contains(text)
  }

  /// Whether `next` continues the number `text`: a thousands group or a unit.
  /// (No unit starts with a digit: a thousands group, the usual `next`, is not lower-cased to
  /// be asked, and the last group is found without splitting the number into an array.)
  static func continues(_ text: String, with next: String) -> Bool {
    if next == "%" || !startsWithDigit(next) && SwedishNumber.units.contains(next.lowercasedText()) {
      return number(text) != nil
    }
    let digits = text.drop { $0.isAny(of: "-−–+") }
    let lastGroup = lastWord(digits)
    guard !digits.contains(where: { $0 == "," || $0 == "." }), (1...3).contains(lastGroup.count),
      lastGroup.allSatisfy(\.isASCII), lastGroup.allSatisfy(\.isNumber)
    else { return false }
    let head = next.prefix { $0.isNumber }
    guard head.count == 3, head.allSatisfy(\.isASCII) else { return false }
    let rest = next.dropFirst(3)
    return rest.isEmpty || rest.first == "," || rest == "%" || rest == "-" || rest == "–" || rest == "−"
  }

  /// Whether the text's first byte is an ASCII digit.
  static func startsWithDigit(_ text: String) -> Bool {
    text.utf8.first.map { $0 &- UInt8(ascii: "0") < 10 } == true
  }

  /// The last run of characters between spaces, as `split(separator: " ").last ?? ""` answers,
  /// without building the array of runs.
  static func lastWord(_ text: Substring) -> Substring {
    guard let last = text.lastIndex(where: { $0 != " " }) else { return text[text.endIndex...] }
    let body = text[...last]
    return body[(body.lastIndex(of: " ").map { body.index(after: $0) } ?? body.startIndex)...]
  }

  /// A printed value: a Swedish number (with unit) or a dash that stands for none (also one that
  /// markdown escaped, `\-`, and an escaped star, `\*`, for a figure not published), or a target
  /// printed as a direction (`Öka`).
  static func isValue(_ text: String) -> Bool {
    text == "-" || text == "–" || text == "—" || text == "\\-" || text == "\\*" || number(text) != nil
      || (3...12).contains(text.utf8.count) && text.utf8.first.map { $0 >= 0x41 } == true
        && FollowUpVocabulary.directionTargets.contains(text.lowercasedText())
  }

  /// The number a printed value holds: a Swedish number, a footnote star after it (`-400*`), a
  /// minus sign printed apart (`- 6 279`), a word saying it is approximate (`ung 116 000`) or a
  /// bound (`Minst 80`) allowed.
  static func number(_ text: String) -> SwedishNumber.Parsed? {
    var t = Substring(text)
    // Markdown emphasis around a cell (`**118 600**`, `__-540__`); a lone trailing `*` is a
    // footnote star, dropped below. Most cells start with a digit and skip this.
    if let first = t.utf8.first, first == UInt8(ascii: "*") || first == UInt8(ascii: "_") {
      for mark in ["**", "__", "_"] where t.count > 2 * mark.count && t.hasPrefix(mark) && t.hasSuffix(mark) {
        t = t.dropFirst(mark.count).dropLast(mark.count)
        break
      }
      if t.hasPrefix("*"), t.hasSuffix("*"), t.count > 2 { t = t.dropFirst() }
    }
    if let space = t.firstIndex(of: " "), t.first?.isLetter == true,
      FollowUpVocabulary.approximateWords.contains(t[..<space].lowercasedText())
        || FollowUpVocabulary.boundWords.contains(t[..<space].lowercasedText())
    {
      t = t[t.index(after: space)...]
    }
    // A target printed as a bound (`< 8`, `≥90 %`): the bound's number.
    if let sign = t.first, sign.isAny(of: "<>≤≥") {
      t = t.dropFirst()
      if t.first == "=" { t = t.dropFirst() }
      if t.first == " " { t = t.dropFirst() }
      guard let digit = t.first, digit.isASCII, digit.isNumber else { return nil }
    }
    while t.last == "*" { t = t.dropLast() }
    // A footnote's reference after the value, as converters print one (`24[[1]](#footnote-1)`,
    // markitdown; `76[^1]`, pandoc; `351¹`).
    if t.last == ")" || t.last == "]", let open = t.firstIndex(of: "["), open > t.startIndex, t[t.index(before: open)].isNumber {
      let reference = t[open...]
      if reference.hasPrefix("[^") || reference.hasPrefix("[[") && reference.contains("](#") { t = t[..<open] }
    }
    while let last = t.last, last.isAny(of: "¹²³⁴⁵⁶⁷⁸⁹⁰"), t.dropLast().last?.isNumber == true { t = t.dropLast() }
    if t.last == ")", let space = t.lastIndex(of: " "), isFootnoteMark(String(t[t.index(after: space)...])) {
      t = t[..<space]
    }
    if let sign = t.first, sign.isAny(of: "-–−"), t.dropFirst().first == " " {
      t = "-" + t.dropFirst(2)
    }
    // A minus sign after the amount, as economy systems (Raindance, Agresso) print it: `1 144-`
    // is −1 144. Only after a plain amount.
    if let sign = t.last, sign.isAny(of: "-–−"), t.count > 1, let digit = t.unicodeScalars.first, ("0"..."9").contains(digit),
      t.dropLast().last?.isNumber == true, var parsed = SwedishNumber.parse(String(t.dropLast()))
    {
      parsed.value.negate()
      return parsed
    }
    // An amount in parentheses is negative, as accounts print it: `(11 400)` is −11 400. Only
    // a plain amount: `(-5)` or `(ca 3)` is no such thing.
    if t.first == "(", t.last == ")", t.count > 2 {
      let inner = t.dropFirst().dropLast()
      guard let digit = inner.unicodeScalars.first, ("0"..."9").contains(digit),
        var parsed = SwedishNumber.parse(String(inner))
      else { return nil }
      parsed.value.negate()
      return parsed
    }
    return SwedishNumber.parse(String(t))
  }

  /// The line as a number row, or nil: one or more segments of numbers at the right, after a
  /// label or an indent.
  static func numberRow(_ line: SourceLine) -> NumberRow? {
    guard !line.isBlank, line.lastSegmentMayBeNumber else { return nil }
    var segs = segments(line.raw)
    // A value and an assessment one space apart on a tight page (`78,4 Delvis uppnått`): two cells.
    if segs.count >= 2, let (value, assessment) = valueAndAssessment(segs[segs.count - 1]) {
      segs.replaceSubrange((segs.count - 1)..., with: [value, assessment])
    }
    // Each segment's numbers, read once: the checks below ask for the last two more than once.
    var numbersRead = [[Segment]??](repeating: nil, count: segs.count)
    func readNumbers(_ k: Int) -> [Segment]? {
      if let read = numbersRead[k] { return read }
      let read = Self.numbers(in: segs[k])
      numbersRead[k] = .some(read)
      return read
    }
    var values: [Segment] = []
    var index = segs.count
    // A last column of words after the values: a trend (`Förbättrad`), an assessment (`Röd`),
    // a frequency (`Tertial`). Its word is a cell of the row, not a number.
    // (Or a time, `Klar mars 2024`, `2025 kv 4`, `2026–2027`: when a project moves in, after its
    // figures.)
    if segs.count >= 3, isTimeCell(segs[segs.count - 1].text) && segs.count >= 4 && readNumbers(segs.count - 3) != nil
      || readNumbers(segs.count - 1) == nil && isWordCell(segs[segs.count - 1].text),
      readNumbers(segs.count - 2) != nil
    {
      values.append(segs[segs.count - 1])
      index -= 1
    }
    while index > 0, let numbers = readNumbers(index - 1) {
      values.insert(contentsOf: numbers, at: 0)
      index -= 1
    }
    guard !values.isEmpty, values.count > (values.last.map { isWordCell($0.text) && numbers(in: $0) == nil } == true ? 1 : 0)
    else { return nil }
    let labelParts = segs[..<index]
    if labelParts.isEmpty {
      guard line.indent >= 8, values.count >= 1 else { return nil }
      return NumberRow(label: "", labelStart: values[0].start, values: values)
    }
    // Many cells apart before the numbers, most of them words of a header (`Nämnd   2024
    // jan–aug   jan–aug   helår   mot   %   T1 …   2023`): a header's line, not a row.
    if labelParts.count >= 4, labelParts.count(where: { CollapsedTableForm.isHeaderToken($0.text) }) * 2 >= labelParts.count {
      return nil
    }
    let label = labelParts.map(\.text).joined(separator: " ")
    // A sentence that happens to end in a number is prose, not a row.
    guard label.count <= 90, !label.hasSuffix("."), label.contains(where: \.isLetter) || label.contains("(")
    else { return nil }
    return NumberRow(label: label, labelStart: labelParts.first!.start, values: values)
  }

  /// A line of values alone at the margin, between a label left unfinished (in a comma or a
  /// joining word) and its end in lower case: a row whose label the converter wrapped around its
  /// values (`Ledtid planbesked till projektstart, anges i` / `5,35   24   24   31   32` /
  /// `månader`). Its label is the lines around it; nil for any other line.
  static func valuesInWrappedLabel(_ lines: [SourceLine], at i: Int) -> NumberRow? {
    guard i > 0, i + 1 < lines.count, !lines[i].isBlank, lines[i].indent < 8, lines[i].lastSegmentMayBeNumber,
      isLabelLine(lines[i - 1]), isLabelLine(lines[i + 1]), lines[i + 1].trimmed.first?.isLowercase == true
    else { return nil }
    let above = lines[i - 1].collapsed
    guard above.hasSuffix(",") || endsInJoiningWord(above) else { return nil }
    let segs = segments(lines[i].raw)
    var values: [Segment] = []
    for seg in segs {
      guard let numbers = numbers(in: seg) else { return nil }
      values += numbers
    }
    guard values.count >= 2 else { return nil }
    return NumberRow(label: "", labelStart: values[0].start, values: values)
  }

  /// The index of the band whose centre is nearest the segment's.
  static func nearestBand(_ segment: Segment, _ bands: [Segment]) -> Int? {
    let centre = segment.start + segment.end
    return bands.indices.min { abs(bands[$0].start + bands[$0].end - centre) < abs(bands[$1].start + bands[$1].end - centre) }
  }

  /// The label without its last `count` words that are values, and those values in order (`1,6 %`
  /// is one), or nil where the label does not end in exactly that many values after a word.
  static func gluedValues(_ label: String, count: Int) -> (label: String, values: [String])? {
    guard let last = label.last, last.isNumber || last == "%" else { return nil }
    let words = label.split(separator: " ")
    for cut in stride(from: words.count - 1, through: 1, by: -1) {
      let tail = words[cut...].joined(separator: " ")
      guard let values = numbers(in: Segment(start: 0, end: tail.utf8.count, text: tail)) else { continue }
      if values.count > count { return nil }
      guard values.count == count, words[cut - 1].last?.isLetter == true,
        values.allSatisfy({ number($0.text) != nil })
      else { continue }
      return (words[..<cut].joined(separator: " "), values.map(\.text))
    }
    return nil
  }

  /// Whether a label line is a group's label in capitals (`SKULDER OCH EGET`, not `(DM)`).
  static func isCapitalLabel(_ text: String) -> Bool {
    inCapitals(text) && text.first?.isLetter == true && text.count(where: \.isLetter) >= 4
  }

  /// Whether text has letters, all in capitals.
  static func inCapitals(_ text: String) -> Bool {
    text.contains(where: \.isLetter) && !text.contains(where: \.isLowercase)
  }

  /// Whether a number row is a header's line of years read as one (`2025   2025   e   augusti
  /// 2024`): two years or more in its label.
  static func isHeaderRow(_ row: NumberRow) -> Bool {
    row.label.split(separator: " ").count(where: { Int($0).map { (1900...2100).contains($0) } == true }) >= 2
  }

  /// A cell of words in a column after a row's values: one or two words of letters, at most 20
  /// characters, not a sentence's end or a label.
  static func isWordCell(_ text: String) -> Bool {
    // (Or a trend's arrow, `↑`, `↘`, `▲`.)
    if text.count <= 2, text.allSatisfy({ trendMarks.contains($0) }) { return true }
    guard let first = text.first, first.isLetter, text.count <= 20, !text.contains(where: \.isNumber) else { return false }
    guard let last = text.last, last != ".", last != ":" else { return false }
    return text.split(separator: " ").count <= 2
  }

  /// Whether a cell is a time after a row's figures (`Klar mars 2024`, `2025 kv 4`, `2026–2027`):
  /// one year or span of years and at most three words or a quarter's number, not a header's
  /// words (`Mål 2024`).
  static func isTimeCell(_ text: String) -> Bool {
    let tokens = text.split(separator: " ")
    guard (1...4).contains(tokens.count), !tokens.allSatisfy({ CollapsedTableForm.isHeaderToken(String($0)) }) else { return false }
    func isYears(_ t: Substring) -> Bool {
      let parts = t.split(whereSeparator: { "–—-".contains($0) })
      return (1...2).contains(parts.count) && parts.allSatisfy { CollapsedTableForm.year(String($0)) != nil }
    }
    guard tokens.count(where: isYears) == 1 else { return false }
    return tokens.indices.allSatisfy { k in
      isYears(tokens[k]) || tokens[k].allSatisfy(\.isLetter)
        || k > 0 && tokens[k].count == 1 && tokens[k].allSatisfy(\.isNumber) && Tidpunkt.isPartOfYearWord(tokens[k - 1].lowercased())
    }
  }

  /// A segment of one value (with its unit) and an assessment the vocabulary knows after one
  /// space (`78,4 Delvis uppnått`, `−270 tkr Uppnås inte`), as the two cells; nil for any other.
  static func valueAndAssessment(_ segment: Segment) -> (Segment, Segment)? {
    let text = segment.text
    guard text.utf8.count <= 48 else { return nil }
    for space in text.indices where text[space] == " " {
      let head = String(text[..<space])
      let tail = String(text[text.index(after: space)...])
      guard tail.first?.isUppercase == true, isWordCell(tail), CollapsedFollowUpBlocks.known(tail) else { continue }
      let value = Segment(start: segment.start, end: segment.start + head.count, text: head)
      guard numbers(in: value)?.count == 1 else { return nil }
      return (value, Segment(start: value.end + 1, end: segment.end, text: tail))
    }
    return nil
  }

  /// Arrows and triangles a trend column prints.
  static let trendMarks: Set<Character> = ["↑", "↓", "→", "←", "↗", "↘", "↔", "▲", "▼", "►", "⬆", "⬇", "➚", "➘", "➔"]

  /// Whether the last segment of `raw` starts with a byte a value can start with (a digit, a
  /// sign, a dash): prose, whose last segment starts with a letter, is ruled out here.
  static func lastSegmentMayBeNumber(_ raw: String) -> Bool {
    var raw = raw
    return raw.withUTF8 { bytes in
      var start = -1
      var spaces = 0
      var segmentCount = 0
      var i = 0
      while i < bytes.count {
        let b = bytes[i]
        if b == 0x20 || b == 0x0C || b == 0x09 {
          spaces += b == 0x09 ? 2 : 1
        } else if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 {
          spaces += 1
          i += 1
        } else {
          if start < 0 || spaces >= 2 {
            start = i
            segmentCount += 1
          }
          spaces = 0
        }
        i += 1
      }
      guard start >= 0 else { return false }
      let b = bytes[start]
      // `–` `—` (E2 80 93/94) and `−` (E2 88 92) start with E2.
      // (`≤` `≥` start with E2 too; `<` and `>` bound a target.)
      if (0x30...0x39).contains(b) || b == UInt8(ascii: "-") || b == UInt8(ascii: "+") || b == 0xE2
        || b == UInt8(ascii: "(") || b == UInt8(ascii: "<") || b == UInt8(ascii: ">")
      {
        return true
      }
      // A short last segment of letters may be a word in a value's place or an approximate value.
      var end = bytes.count
      while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 || bytes[end - 1] == 0x0C { end -= 1 }
      // Or a word in a column of words after the values (`Röd`, `Förbättrad`, `Tertial`).
      if segmentCount >= 3, end - start <= 24 { return true }
      // `Stängt`, `Saknas`, `Ej …`, `n/a`, `ung …`, `ca …`, `cirka …`, `Minst …`, `Högst …`, `Lägst
      // …`: their first letters.
      let letters: [UInt8] = [
        UInt8(ascii: "s"), UInt8(ascii: "e"), UInt8(ascii: "n"), UInt8(ascii: "u"), UInt8(ascii: "c"), UInt8(ascii: "m"),
        UInt8(ascii: "h"), UInt8(ascii: "l"),
      ]
      guard letters.contains(b | 0x20), end - start <= 24
      else { return false }
      let last = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
      return numbers(in: Segment(start: 0, end: last.count, text: last)) != nil
    }
  }

  /// A row of short words in columns (`Kultur- och   Ej aktuellt   Ej aktuellt`) inside a table:
  /// three or more segments of at most 15 characters, or five or more of at most 40.
  static func isTextRow(_ line: SourceLine) -> Bool {
    let segs = segments(line.raw)
    guard segs.count >= 3 else { return false }
    // Many cells, some glued by single spaces (`Ej aktuellt Ej aktuellt   Ej   Ej`).
    if segs.count >= 5 { return segs.dropFirst().allSatisfy { $0.text.count <= 40 } }
    return segs.dropFirst().allSatisfy { $0.text.count <= 15 }
  }

  /// A rule of dashes, `=` or box lines under a table's rows.
  static func isRule(_ line: SourceLine) -> Bool {
    let t = line.trimmed
    return t.utf8.count >= 10 && t.allSatisfy { $0 == "-" || $0 == "=" || $0 == "─" || $0 == " " }
  }

  /// A short line without gaps that can label a row: a group (`Pågående projekt`) or the end of
  /// a wrapped label (`projekt`, `(6014)`).
  static func isLabelLine(_ line: SourceLine) -> Bool {
    guard !line.isBlank, line.trimmed.count <= 60, segments(line.raw).count == 1 else { return false }
    return !line.trimmed.hasSuffix(".") && !line.trimmed.hasSuffix(":")
  }

  /// A label line naming a group of the rows below by a perspective or an area (`Perspektiv:
  /// Miljö och resurshushållning`, `Målområde: Trygghet`, `Målområde 1: Trygg och jämlik
  /// välfärd`): a row of its own, also right under the header or under a row.
  static func isGroupLabel(_ line: SourceLine) -> Bool {
    guard isLabelLine(line) else { return false }
    if FollowUpVocabulary.namesPerspective(line.collapsed) { return true }
    guard let colon = line.collapsed.firstIndex(of: ":") else { return false }
    var words = line.collapsed[..<colon].lowercasedText().split(separator: " ")
    if words.count == 2, words[1].first?.isNumber == true, words[1].allSatisfy({ $0.isNumber || $0 == "." }) { words.removeLast() }
    return words.count == 1 && ["målområde", "fokusområde", "område", "verksamhetsområde"].contains(String(words[0]))
  }

  /// Reads the table whose first number row is `lines[first]`, if a table starts there. The
  /// region is a run of number rows (at least two), the label lines between them, and the
  /// header lines directly above. `usable(i)` says whether line `i` is content still unread.
  /// - Returns: the table and the index range of its lines.
  static func read(
    _ lines: [SourceLine], rows: [Int: NumberRow], from first: Int, usable: (Int) -> Bool
  ) -> (table: DocumentTable, lines: Range<Int>)? {
    guard let firstRow = rows[first] else { return nil }
    // Down: number rows, label lines and single blank runs between them.
    var last = first
    var k = first + 1
    var count = 1
    // The text of the last line taken: a row's label, or a label line going on from it.
    var lastLabel = firstRow.label
    // A row of years below the first row heads another table (`Finansiella nyckeltal` over
    // `2021  2022  2023`, `Balansräkning (mnkr)  Not  2023  2022`).
    func startsTable(_ i: Int) -> Bool { rows[i]?.isYearRow == true }
    while k < lines.count, usable(k) {
      if rows[k] != nil {
        if startsTable(k) { break }
        last = k
        count += 1
        lastLabel = rows[k]?.label ?? ""
      } else if lines[k].isBlank || isRule(lines[k]) {
        // A blank line, or a rule of dashes before a total (`------` / `Summa nämnder`).
        var b = k
        while b < lines.count, usable(b), lines[b].isBlank || isRule(lines[b]), b - k < 3 { b += 1 }
        // (A total row may stand further down, `Summa` after four blank lines.)
        if b < lines.count, lines[b].isBlank {
          var t = b
          while t < lines.count, usable(t), lines[t].isBlank, t - k < 6 { t += 1 }
          if t < lines.count, usable(t), let row = rows[t], ["summa", "total"].contains(where: { row.label.lowercasedText().hasPrefix($0) }) {
            b = t
          }
        }
        // (Or a group's label, maybe wrapped: `Verksamhetens` / `kostnader` over its rows.)
        // (Also a blank line below it, `Omsättningstillgångar` / `` / `Kortfristiga fordringar   8   7 812`.)
        guard b < lines.count, usable(b),
          (rows[b] != nil && !startsTable(b))
            || (isLabelLine(lines[b]) && b + 1 < lines.count && rows[b + 1] != nil && !startsTable(b + 1))
            || (isLabelLine(lines[b]) && b + 2 < lines.count && usable(b + 1) && lines[b + 1].isBlank && rows[b + 2] != nil
              && !startsTable(b + 2))
            || (isLabelLine(lines[b]) && b + 2 < lines.count && usable(b + 1) && isLabelLine(lines[b + 1])
              && lines[b + 1].collapsed.first?.isLowercase == true && rows[b + 2] != nil && !startsTable(b + 2))
        else { break }
        k = b
        continue
      } else if k == last + 1, let valueStart = firstRow.values.first?.start,
        continuesTextCells(lines[k], starts: textCellStarts(lines, rows: rows, in: first...last), valueStart: valueStart)
      {
        // Two columns of text wrapped under a row (`god och jämlik   gott hälsotillstånd, %`).
        last = k
        lastLabel = lines[k].collapsed
      } else if isTextRow(lines[k]), k + 1 < lines.count, usable(k + 1), rows[k + 1] != nil || isTextRow(lines[k + 1]) {
        last = k
      } else if isGroupLabel(lines[k]), let next = (k + 1..<min(k + 3, lines.count)).first(where: { !lines[$0].isBlank }),
        (k + 1...next).allSatisfy(usable), rows[next] != nil, !startsTable(next)
      {
        // A group's label over its rows (`Perspektiv: Kund och samhälle`), right under a row too.
        last = k
        k = next - 1
      } else if isLabelLine(lines[k]) {
        // A label line belongs to the table if a number row follows, or if it ends the wrapped
        // label of the row just above (in lower case or a parenthesis: a capital there starts a
        // caption under the table).
        // (So does one under a label left unfinished, in a comma or a joining word:
        // `Digital infrastruktur,` / `Demokrati- och` / `Medborgarservice` / `(DM)`.)
        if k + 1 < lines.count, usable(k + 1), rows[k + 1] != nil, !startsTable(k + 1) {
          last = k
        } else if k > last + 1, k + 2 < lines.count, usable(k + 1), lines[k + 1].isBlank, usable(k + 2), rows[k + 2] != nil,
          !startsTable(k + 2)
        {
          // A group's label between blank lines (`Omsättningstillgångar`).
          last = k
          k += 1
        } else if k + 2 < lines.count, usable(k + 1), isLabelLine(lines[k + 1]), rows[k + 2] != nil, !startsTable(k + 2),
          lines[k].collapsed.first?.isUppercase == true,
          lines[k + 1].collapsed.first?.isLowercase == true && k > last + 1
            || isCapitalLabel(lines[k].collapsed) && lines[k + 1].collapsed.first?.isUppercase == true
        {
          // A group's label wrapped over two lines after a blank line (`Verksamhetens` / `kostnader`),
          // or in capitals (`SKULDER OCH EGET` / `KAPITAL`), or a group in capitals over the first of
          // its groups (`TILLGÅNGAR` / `Anläggningstillgångar`).
          last = k
        } else if isCapitalLabel(lines[k].collapsed), k + 3 < lines.count, usable(k + 1), usable(k + 2), usable(k + 3),
          isLabelLine(lines[k + 1]), isLabelLine(lines[k + 2]), rows[k + 3] != nil, !startsTable(k + 3),
          lines[k + 1].collapsed.first?.isUppercase == true, lines[k + 2].collapsed.first?.isUppercase == true
        {
          // (And over the first of that group's own: `TILLGÅNGAR` / `Anläggningstillgångar` /
          // `Materiella anläggningstillgångar`.)
          last = k + 2
          k += 2
        } else if k == last + 1, let first = lines[k].trimmed.first,
          first.isLowercase || first == "(" || (first.isNumber && endsInJoiningWord(lastLabel))
            || (first.isLetter && (lastLabel.hasSuffix(",") || endsInJoiningWord(lastLabel)))
        {
          // (`Anmälningar om kränkande behandling per` / `100 elever`.)
          last = k
          lastLabel = lines[k].collapsed
        } else {
          break
        }
      } else {
        break
      }
      k += 1
    }
    var bodyStart = first
    var headerLines: [Int] = []
    // Up: header lines (two or more segments, or indented words) and group labels below them.
    var up = first - 1
    var above: [Int] = []
    // (A numbered heading right above is the section's, not the table's, and so is its title's
    // end wrapped under it in lower case.)
    func endsHeading(_ i: Int) -> Bool {
      i > 0 && ProseForm.numberedHeading(lines[i - 1]) != nil && lines[i].collapsed.first?.isLowercase == true
        && abs(lines[i].indent - DocumentReader.Reader.titleStart(lines[i - 1])) <= 1
    }
    while up >= 0, usable(up), !lines[up].isBlank, above.count < 10, rows[up] == nil, ProseForm.numberedHeading(lines[up]) == nil,
      !endsHeading(up)
    {
      above.insert(up, at: 0)
      up -= 1
    }
    // A one-line header may stand a blank line above two rows or more (`Nyckeltal   Utfall 2022
    // …`).
    if above.isEmpty, count >= 2, up >= 1, lines[up].isBlank, usable(up - 1), rows[up - 1] == nil,
      segments(lines[up - 1].raw).count >= 2, let end = lines[up - 1].trimmed.last, !".,:".contains(end)
    {
      above = [up - 1]
      // Or up to four (`Års-    Budget    Utfall` over `Nämnd   budget   jan–jul`; `Budget  Utfall
      // …  Bokslut` over `Nämnd  2024  jan–aug …` over `2024  2023 …  budget`).
      // (The first may be of years, `Not   2024   2023   2023` over `jan–jun   jan–jun   helår`.)
      var h = up - 2
      while h >= 0, above.count < 4, usable(h), !lines[h].isBlank, rows[h].map(\.isYearRow) ?? true,
        segments(lines[h].raw).count >= 3
      {
        above.insert(h, at: 0)
        h -= 1
      }
    }
    // (Or a group's label a blank line above the rows, `Anläggningstillgångar` / `` / rows.)
    func groupAbove() -> Int? {
      guard above.isEmpty, first >= 3, lines[first - 1].isBlank, usable(first - 1), usable(first - 2), rows[first - 2] == nil,
        isLabelLine(lines[first - 2])
      else { return nil }
      return first - 2
    }
    // (A line of one segment heads columns where it stands right of the labels: indented, and
    // more than the labels are where the page has a margin.)
    let labelMargin = firstRow.label.isEmpty ? 0 : firstRow.labelStart
    func indented(_ i: Int) -> Bool { lines[i].indent >= max(10, labelMargin + 3) }
    if let top = above.firstIndex(where: { segments(lines[$0].raw).count >= 2 || indented($0) }) {
      let candidates = Array(above[top...])
      let lastHeader = candidates.lastIndex { segments(lines[$0].raw).count >= 2 || indented($0) }!
      headerLines = Array(candidates[...lastHeader])
      bodyStart = candidates.count > lastHeader + 1 ? candidates[lastHeader + 1] : first
    } else if let top = above.first ?? groupAbove(), count >= 2, top >= 2, lines[top - 1].isBlank || isGroupLabel(lines[top]),
      above.allSatisfy({ isLabelLine(lines[$0]) })
    {
      // A header a blank line above group labels (`Tkr   Not   2023-12-31` over `TILLGÅNGAR` /
      // `Anläggningstillgångar` over the rows): the labels head rows. It may be of lines
      // (`Utfall   Budget   Avvikels` / … / `2025   2025   e   augusti`, its years read as a row's
      // label; `Avdelning   Utfall 2025` / `oktober`), each of column words set apart or right of
      // the labels, one at least of three.
      var block: [Int] = []
      // (A group named by a perspective or an area may stand right under the header.)
      var h = lines[top - 1].isBlank ? top - 2 : top - 1
      // (A group in capitals over the first, a blank line apart: `TILLGÅNGAR` / `` /
      // `Anläggningstillgångar`.)
      if h >= 2, usable(h), isCapitalLabel(lines[h].collapsed), !lines[h - 1].isBlank, segments(lines[h - 1].raw).count >= 2 {
        h -= 1
      }
      while h >= 0, block.count < 5, usable(h), !lines[h].isBlank, rows[h].map(Self.isHeaderRow) ?? true,
        segments(lines[h].raw).count >= 2 || indented(h),
        ProseForm.numberedHeading(lines[h]) == nil, let end = lines[h].trimmed.last, !".,:".contains(end)
      {
        block.insert(h, at: 0)
        h -= 1
      }
      if block.contains(where: { segments(lines[$0].raw).count >= 3 })
        || block.count >= 2 && block.contains(where: { segments(lines[$0].raw).count >= 2 })
      {
        headerLines = block
        bodyStart = top
      }
    }
    if firstRow.isYearRow, count >= 2 {
      headerLines.append(first)
      count -= 1
      // The first column's header cell wrapped around the row of years goes on below it in lower
      // case (`Utfall perioden jämfört med samma` / `2025   2024` / `period föregående år`).
      if first + 1 < lines.count, rows[first + 1] == nil, isLabelLine(lines[first + 1]),
        lines[first + 1].collapsed.first?.isLowercase == true,
        let top = headerLines.first, abs(lines[first + 1].indent - lines[top].indent) <= 2
      {
        headerLines.append(first + 1)
      }
      // So do header cells over the values wrapped below it (`Aktuell` / `period (ack` / … /
      // `föregående   2026` / `årets` / `början)`): lines right of the first row's label, up to it.
      if last > first, let next = (first + 1...last).first(where: { rows[$0] != nil }), let row = rows[next], !row.label.isEmpty {
        let labelEnd = row.labelStart + row.label.count
        for k in (first + 1)..<next where !lines[k].isBlank && !headerLines.contains(k) {
          guard segments(lines[k].raw).allSatisfy({ $0.start > labelEnd + 1 }) else { break }
          headerLines.append(k)
        }
      }
    }
    guard count >= 2 || (count >= 1 && !headerLines.isEmpty) else { return nil }
    // A header line alone (its years read as a row's label and value) is no table.
    if count == 1, Self.isHeaderRow(firstRow) { return nil }
    // A caption printed left of the table over its header (`Effektmått och övriga
    // mått/nyckeltal` over `  Nyckeltal   2025   2024`): one segment starting left of every
    // label and header line below it is no header line.
    let labelStarts = (bodyStart...last).compactMap { rows[$0].flatMap { $0.label.isEmpty ? nil : $0.labelStart } }
    while headerLines.count >= 2, let top = headerLines.first, segments(lines[top].raw).count == 1,
      let minLabel = labelStarts.min(), lines[top].indent + 2 <= minLabel,
      headerLines.dropFirst().allSatisfy({ lines[$0].indent > lines[top].indent })
    {
      headerLines.removeFirst()
    }

    let bodyLines = (bodyStart...last).filter { !lines[$0].isBlank && !headerLines.contains($0) }
    let bands = columnBands(bodyLines.compactMap { rows[$0]?.values })
    guard !bands.isEmpty else { return nil }
    let labelEdge = bands[0].start - 2
    // Where the labels' text ends: a header set apart right of every label (`Bidrag, tkr
    // Bokslut`, with `Bokslut` left of its right-aligned numbers) heads the first value column.
    let labelEnd = bodyLines.map { i in
      let segs = segments(lines[i].raw)
      let valueStart = rows[i]?.values.first?.start ?? Int.max
      return segs.last { $0.start < valueStart }?.end ?? 0
    }.max() ?? 0

    // Values printed left-aligned under headers that start where they do (`Utfall T2 2023 Utfall
    // T2 2024` over `16             14`): a column runs from its start to the next one's, so
    // header words one space apart still fall in their columns.
    // (A word, not a year: right-aligned values may start where a right-aligned year does.)
    // (pdftotext may print a header a character or two off its values, `Målvärde 2025` at 73 over
    // `75` at 75, where a column's values show they are left-aligned: one start, several ends.)
    let headerStarts = Set(headerLines.flatMap { words(lines[$0].raw).filter { $0.text.first?.isLetter == true }.map(\.start) })
    let slack = valuesLeftAligned(bodyLines.compactMap { rows[$0]?.values }, bands: bands) ? 2 : 0
    let leftAligned = bands.count >= 2 && bands.allSatisfy { band in headerStarts.contains { abs($0 - band.start) <= slack } }
    func column(of word: Segment) -> Int {
      let centre = Double(word.start + word.end) / 2
      if leftAligned, let last = bands.lastIndex(where: { $0.start <= word.start + slack }) { return last + 1 }
      // A header right-aligned with its values, wider than they are, right of every label
      // (`Utfall 2023` over `82`, one space after the longest label).
      if word.start > labelEnd, let i = bands.firstIndex(where: { abs($0.end - word.end) <= 1 }) { return i + 1 }
      if Double(word.end) <= Double(labelEdge) || centre < Double(labelEdge) { return 0 }
      // A word starting where a column's values start heads it (values printed left-aligned
      // under their header); else the column its centre is in.
      if let i = bands.firstIndex(where: { $0.start == word.start }) { return i + 1 }
      for (i, band) in bands.enumerated() where centre <= Double(band.end) + 0.5 { return i + 1 }
      return bands.count
    }

    var headerParts = Array(repeating: [String](), count: bands.count + 1)
    for h in headerLines {
      var perColumn = Array(repeating: [String](), count: bands.count + 1)
      let units = headerUnits(words(lines[h].raw))
      if h != headerLines.last, let spans = spannedColumns(units.filter { column(of: $0) > 0 }, bands: bands) {
        // A group header over the columns below it (`Kvinnor  Män  Totalt` over year pairs):
        // each word heads every column of its group.
        for word in units where column(of: word) == 0 { perColumn[0].append(word.text) }
        for (word, columns) in spans { for c in columns { perColumn[c].append(word) } }
        for c in perColumn.indices where !perColumn[c].isEmpty {
          headerParts[c].append(perColumn[c].joined(separator: " "))
        }
        continue
      }
      let apart = segments(lines[h].raw).filter { $0.start > labelEnd + 1 }
      // Header cells of several words standing apart, as many as the columns, each nearest its
      // own column's values (`Målvärde   Utfall jan–aug 2024   Utfall jan–aug 2023`): each cell
      // heads its column whole, whatever its words' centres.
      if apart.count == bands.count, apart.contains(where: { $0.text.contains(" ") }),
        apart.indices.allSatisfy({ c in nearestBand(apart[c], bands) == c })
      {
        for word in units where word.end <= apart[0].start { perColumn[0].append(word.text) }
        for (c, cell) in apart.enumerated() { perColumn[c + 1].append(cell.text) }
        for c in perColumn.indices where !perColumn[c].isEmpty {
          headerParts[c].append(perColumn[c].joined(separator: " "))
        }
        continue
      }
      for word in units {
        var c = column(of: word)
        if c == 0, apart.contains(where: { $0.start <= word.start && word.end <= $0.end }) { c = 1 }
        perColumn[c].append(word.text)
      }
      for c in perColumn.indices where !perColumn[c].isEmpty {
        headerParts[c].append(perColumn[c].joined(separator: " "))
      }
    }
    var columns = headerParts.map { HeaderText.join($0) }
    // Two columns of text before the values (`Mål   Indikator`): the text split where the second
    // starts, its cells kept apart in `second` by row.
    let split = textColumnSplit(lines, headerLines: headerLines, bodyLines: bodyLines, rows: rows, labelEdge: labelEdge)
    var second: [Int: [String]] = [:]

    var body: [TableRow] = []
    // Whether the line above went on with the last row's label.
    var continued = false
    for i in bodyLines {
      let line = lines[i]
      let wasContinued = continued
      continued = false
      if var row = rows[i] {
        // A value printed one space from its label (`… utförts (%) 79`) where values are
        // left-aligned: the label's last word, starting where a column does, is that column's.
        if leftAligned, let glued = words(line.raw).last(where: { $0.end <= (row.values.first?.start ?? 0) }),
          bands.contains(where: { $0.start == glued.start }), number(glued.text) != nil,
          row.label.hasSuffix(" " + glued.text)
        {
          row.label = String(row.label.dropLast(glued.text.count + 1))
          row.values.insert(glued, at: 0)
        }
        // A row without a label under a label left unfinished (`…, anges i` over values alone):
        // the label's start, not a group's.
        if row.label.isEmpty, i > 0, let lastRow = body.last, lastRow.line == lines[i - 1].number,
          lastRow.cells.dropFirst().allSatisfy(\.isEmpty),
          lastRow.cells[0].text.hasSuffix(",") || endsInJoiningWord(lastRow.cells[0].text)
        {
          row.label = lastRow.cells[0].text
          body.removeLast()
        }
        // A row whose label starts in lower case right under a line of words without values
        // (`Av- och nedskrivningar av materiella och immateriella` / `anläggningstillgångar  5
        // -71880`): the label wrapped, no group over it (`varav …` is a part of the row above).
        if let first = row.label.first, first.isLowercase, i > 0, let lastRow = body.last, lastRow.line == lines[i - 1].number,
          lastRow.cells.count > 1, lastRow.cells.dropFirst().allSatisfy(\.isEmpty), !lastRow.cells[0].text.isEmpty,
          !["varav", "därav", "exkl", "inkl", "varje"].contains(row.label.prefix { $0.isLetter }.lowercasedText())
        {
          row.label = LineJoining.join([lastRow.cells[0].text, row.label])
          body.removeLast()
        }
        var cells = Array(repeating: [String](), count: bands.count + 1)
        for value in row.values { cells[column(of: value)].append(value.text) }
        // Values that ran into the label, one space after it, where the first columns are empty
        // (`Antal företagsärenden i tillståndslotsen 32 46     50     60`): those columns'.
        let empty = cells.dropFirst().prefix { $0.isEmpty }.count
        if empty >= 1, empty < bands.count, let (label, glued) = Self.gluedValues(row.label, count: empty) {
          row.label = label
          for (c, value) in glued.enumerated() { cells[c + 1] = [value] }
        }
        cells[0] = row.label.isEmpty ? [] : [row.label]
        if let split {
          var (text, secondText) = textCells(line, split: split, end: row.values.first?.start ?? Int.max)
          // A first cell going on in lower case beside a later row's second (a goal wrapped
          // further than its first indicator): the cell it goes on with.
          if text.first?.isLowercase == true, let r = body.lastIndex(where: { !$0.cells[0].isEmpty }) {
            body[r].cells[0].text = LineJoining.join([body[r].cells[0].text, text])
            text = ""
          }
          cells[0] = text.isEmpty ? [] : [text]
          second[body.count] = secondText.isEmpty ? [] : [secondText]
        }
        body.append(
          TableRow(cells: cells.map { TableCell($0.joined(separator: " "), line: line.number) }, line: line.number))
      } else if isGroupLabel(line) {
        // A group named by a perspective or an area: a row of its own without values.
        let cells = [TableCell(line.collapsed, line: line.number)]
          + Array(repeating: TableCell("", line: line.number), count: bands.count)
        body.append(TableRow(cells: cells, line: line.number))
      } else if let split, !body.isEmpty, segments(line.raw).allSatisfy({ $0.end <= labelEdge }) {
        // Text wrapped in the two columns: the first column's to the row its cell started on
        // (the goal spans the rows below it), the second's to the last row.
        let (text, secondText) = textCells(line, split: split, end: labelEdge + 1)
        if !text.isEmpty, let r = body.lastIndex(where: { !$0.cells[0].isEmpty }) {
          body[r].cells[0].text = LineJoining.join([body[r].cells[0].text, text])
        }
        if !secondText.isEmpty { second[body.count - 1, default: []].append(secondText) }
      } else if isTextRow(line) {
        var cells = Array(repeating: [String](), count: bands.count + 1)
        for segment in segments(line.raw) { cells[column(of: segment)].append(segment.text) }
        body.append(
          TableRow(cells: cells.map { TableCell($0.joined(separator: " "), line: line.number) }, line: line.number))
      } else if i > 0, rows[i - 1] != nil || wasContinued, var lastRow = body.last,
        let segment = segments(line.raw).first, segment.start > labelEdge, column(of: segment) > 0,
        lastRow.cells.indices.contains(column(of: segment)), !lastRow.cells[column(of: segment)].isEmpty
      {
        // Under a column of words (`Ökning med` / `ca 20–30` / `medarbetare`): that cell wrapped.
        for segment in segments(line.raw) where lastRow.cells.indices.contains(column(of: segment)) {
          let c = column(of: segment)
          lastRow.cells[c].text = lastRow.cells[c].text.isEmpty ? segment.text : lastRow.cells[c].text + "\n" + segment.text
        }
        body[body.count - 1] = lastRow
        continued = true
      } else if i > 0, rows[i - 1] != nil || wasContinued, var lastRow = body.last,
        !(Self.isCapitalLabel(line.collapsed) && !Self.inCapitals(lastRow.label)),
        continuesLabel(line, above: lastRow.label, next: i + 1 < lines.count ? rows[i + 1] : nil)
          || Self.wouldNotFit(line, under: lines[i - 1], rows[i - 1], edge: labelEdge)
      {
        // Directly under a number row (or a line going on from its label): the end of its
        // wrapped label.
        lastRow.cells[0].text = LineJoining.join([lastRow.cells[0].text, line.trimmed])
        body[body.count - 1] = lastRow
        continued = true
      } else if let lastRow = body.last, i > 0, !lines[i - 1].isBlank, rows[i - 1] == nil, Self.isCapitalLabel(line.collapsed),
        Self.inCapitals(lastRow.label), lastRow.cells.dropFirst().allSatisfy(\.isEmpty)
      {
        // A group label in capitals wrapped (`SKULDER OCH EGET` / `KAPITAL`).
        body[body.count - 1].cells[0].text = LineJoining.join([lastRow.cells[0].text, line.trimmed])
      } else {
        // A group label (`Pågående projekt`): a row of its own without values.
        let cells = [TableCell(line.collapsed, line: line.number)]
          + Array(repeating: TableCell("", line: line.number), count: bands.count)
        body.append(TableRow(cells: cells, line: line.number))
      }
    }
    if let split {
      func headerText(_ keep: (Segment) -> Bool) -> String {
        HeaderText.join(headerLines.map { h in segments(lines[h].raw).filter { $0.end <= labelEdge && keep($0) }.map(\.text).joined(separator: " ") }
          .filter { !$0.isEmpty })
      }
      columns[0] = headerText { $0.start < split - 2 }
      columns.insert(headerText { $0.start >= split - 2 }, at: 1)
      for r in body.indices {
        body[r].cells.insert(TableCell(LineJoining.join(second[r] ?? []), line: body[r].line), at: 1)
      }
    }
    let start = headerLines.first ?? bodyStart
    let table = DocumentTable(
      columns: columns, headerLine: headerLines.first.map { lines[$0].number }, rows: body)
    return (table, start..<(last + 1))
  }

  /// The columns each word of a group header heads, when the words are fewer than the columns
  /// and the columns an even multiple of them (`Kvinnor  Män  Totalt` over six year columns):
  /// each column goes to the word whose centre is nearest its own. Nil for an ordinary header
  /// line, and where the nearest words would not give every word the same number of columns.
  static func spannedColumns(_ words: [Segment], bands: [Segment]) -> [(String, [Int])]? {
    guard words.count >= 2, bands.count > words.count, bands.count % words.count == 0 else { return nil }
    var columns = Array(repeating: [Int](), count: words.count)
    for (i, band) in bands.enumerated() {
      let centre = band.start + band.end
      let nearest = words.indices.min { abs(words[$0].start + words[$0].end - centre) < abs(words[$1].start + words[$1].end - centre) }!
      columns[nearest].append(i + 1)
    }
    let each = bands.count / words.count
    guard columns.allSatisfy({ $0.count == each }) else { return nil }
    return zip(words.map(\.text), columns).map { ($0, $1) }
  }

  /// Whether a label line directly under a number row ends that row's label: it starts in lower
  /// case or a parenthesis (`bibliotek (6015, 6119)`, `(6014)`), ends in a code (`Korsavad
  /// (6154)`), the label above ends in a comma or a joining word, or no number row follows it.
  /// Otherwise it heads the rows below (`Antal bibliotekslån` over `Bibliotekslån 97 032`).
  static func continuesLabel(_ line: SourceLine, above: String, next: NumberRow?) -> Bool {
    guard next != nil, let first = line.trimmed.first, !first.isLowercase, first != "(" else { return true }
    if line.trimmed.hasSuffix(")") || above.hasSuffix(",") || above.hasSuffix("-") { return true }
    return endsInJoiningWord(above)
  }

  /// Whether a label line's first word would not have fitted after the label above it in the
  /// labels' column (`Antal incidenter lösta inom Service Level` / `Agreement snitt`): the label
  /// wrapped there.
  /// (Only where that label filled most of the column: a short one, `Kommunbidrag`, was no
  /// wrapped one.)
  static func wouldNotFit(_ line: SourceLine, under above: SourceLine, _ row: NumberRow?, edge: Int) -> Bool {
    guard let first = segments(line.raw).first, first.start < edge, first.text.first?.isLetter == true,
      let start = row?.labelStart ?? segments(above.raw).first?.start
    else { return false }
    let end = row.map { $0.labelStart + $0.label.count } ?? segments(above.raw).first?.end ?? 0
    let word = first.text.prefix { $0 != " " }.count
    return end + 1 + word > edge && 4 * (end - start) >= 3 * (edge - start)
  }

  /// Whether a label ends in a word that joins it to more (`… behandling per`, `… och`).
  static func endsInJoiningWord(_ label: String) -> Bool {
    let lastWord = label.split(separator: " ").last.map { $0.lowercasedText() } ?? ""
    return ["och", "av", "för", "i", "inom", "med", "på", "till", "samt", "eller", "per", "om", "vid", "mot", "från", "under"]
      .contains(lastWord)
  }

  /// Header words, a word and the year printed after it (`Bokslut 2025`) as one: where column
  /// headers run together (`Bokslut 2024 Bokslut 2025`), the pair is placed by its whole span.
  static func headerUnits(_ words: [Segment]) -> [Segment] {
    var units: [Segment] = []
    for word in words {
      if let last = units.last, last.end + 1 == word.start, last.text.last?.isLetter == true,
        word.text.count == 4, let year = Int(word.text), (1900...2100).contains(year)
      {
        units[units.count - 1] = Segment(start: last.start, end: word.end, text: last.text + " " + word.text)
      } else {
        units.append(word)
      }
    }
    return units
  }

  /// Whether some column's values are printed left-aligned: three or more whose digits start at
  /// one column (a sign may hang left of it) and that end at different ones (right-aligned values
  /// end at one column).
  static func valuesLeftAligned(_ rows: [[Segment]], bands: [Segment]) -> Bool {
    bands.contains { band in
      let values = rows.flatMap { $0 }.filter { $0.start < band.end && $0.end > band.start }
      let starts = values.map { $0.start + ($0.text.first.map { "-−–+".contains($0) } == true ? 1 : 0) }
      return values.count >= 3 && Set(starts).count == 1 && Set(values.map(\.end)).count > 1
    }
  }

  /// Column bands: the spans of numbers that overlap across rows, merged, left to right.
  static func columnBands(_ rows: [[Segment]]) -> [Segment] {
    let spans = rows.flatMap { $0 }.sorted { $0.start < $1.start }
    var bands: [Segment] = []
    for span in spans {
      // Numbers are printed right-aligned: spans that overlap or end within two characters of
      // each other are one column, whatever their widths.
      if var last = bands.last, span.start < last.end || abs(span.end - last.end) <= 2 {
        last.end = max(last.end, span.end)
        bands[bands.count - 1] = last
      } else {
        bands.append(Segment(start: span.start, end: span.end, text: ""))
      }
    }
    // Values not aligned at either edge (`-1 568` in 36–42 over `-718` in 42–46): bands that
    // touch and never both hold a value of one row are one column.
    var b = 0
    while b + 1 < bands.count {
      let (left, right) = (bands[b], bands[b + 1])
      let both = rows.contains { row in
        row.contains { $0.start < left.end && $0.end > left.start }
          && row.contains { $0.start < right.end && $0.end > right.start }
      }
      if right.start - left.end <= 1, !both {
        bands[b].end = right.end
        bands.remove(at: b + 1)
      } else {
        b += 1
      }
    }
    return bands
  }
}
