import UQLValues

/// Reads tables whose text lost its column positions, as PDF converters that collapse white
/// space print them: a header naming the first column (`Indikatorer`, `Namn`, `Nyckeltal`) and
/// column words (`Utfall Utfall Målvärde`) with their years on a line below (`2021 2022 2024`),
/// then rows whose label wraps around a line of values (the values vertically centred on the
/// label, so a row's label lines above and below its values are as many):
///
///     Indikatorer                    Utfall Utfall  Målvärde
///     2022    2023   2024
///     Andel aktuella genomförandeplaner inom
///     -     89,5 %  98,3 %
///     vård- och omsorgsboende, egenregi
///
/// Values are matched to columns only when there are as many as columns (a number's thousands
/// groups are joined to fit: `580 297 582 438` in two columns is 580 297 and 582 438); a row with
/// fewer keeps its values in order from the first column and is marked, never silently placed.
enum CollapsedTableForm {
  /// (With the columns of figures to compare with, `Riket 2023`.)
  static let columnWords = Set([
    "utfall", "målvärde", "mål", "budget", "prognos", "resultat", "bokslut", "värde", "avvikelse", "målnivå", "återstår",
    "intäkter", "kostnader", "netto",
  ] + FollowUpVocabulary.comparisonWords)
  static let firstColumnWords = Set(FollowUpVocabulary.measureWords + ["namn", "statistik"])
  /// The first bytes (lower case) and the longest length in bytes of the words a header can
  /// start with: most lines are ruled out by these before their first word is lower-cased.
  static let headerWordStarts = Set((firstColumnWords.union(columnWords)).compactMap(\.utf8.first))
  static let longestHeaderWord = firstColumnWords.union(columnWords).map(\.utf8.count).max() ?? 0

  struct Header {
    var first: String
    var labels: [String]
    /// The index after the header's last line.
    var end: Int
    /// The index of the line with the first column's word: the header's first line, but for a
    /// cell wrapped above it.
    var main: Int
    /// Whether the header's years stand on a line of their own a blank line below its words.
    var yearsBelowBlank = false
    /// Whether the first column after the label holds note numbers (`Not`), printed only in
    /// some rows: a row one value short has no note.
    var notes = false
    /// Whether the last column is the goals' assessment (`Bedömning`): each row ends in a status
    /// the vocabulary knows, after its values.
    var assessed = false
    /// The header of a column of indicators after the goals' (`Mål Indikator Målvärde Utfall
    /// Bedömning`), not among `labels`: each row's label is a goal's text run into its indicator's.
    var indicators: String?

    init(first: String, labels: [String], end: Int, main: Int) {
      self.first = first
      self.labels = labels
      self.end = end
      self.main = main
    }
  }

  /// The header starting at line `i`, if one does.
  static func header(_ lines: [SourceLine], at i: Int, usable: (Int) -> Bool) -> Header? {
    wordHeader(lines, at: i, usable: usable) ?? wrappedCellHeader(lines, at: i, usable: usable)
      ?? captionedHeader(lines, at: i, usable: usable) ?? notesHeader(lines, at: i, usable: usable)
      ?? assessedGoalsHeader(lines, at: i, usable: usable) ?? yearsHeader(lines, at: i, usable: usable)
      ?? wrappedCellsHeader(lines, at: i, usable: usable)
  }

  /// A one-line header of a caption or the first column's name and then only years (`Verksamheten
  /// i siffror 2022 2023 2024`, `Personal 2023 2024`), as text without positions prints a table of
  /// figures by year: a header only right over a row of as many values after a label.
  static func yearsHeader(_ lines: [SourceLine], at i: Int, usable: (Int) -> Bool) -> Header? {
    let text = lines[i].collapsed
    // (Most lines are ruled out by their length and their last four bytes, a year's digits.)
    let tail = text.utf8.suffix(5)
    guard text.utf8.count <= 80, tail.count == 5, tail.first == 0x20, tail.dropFirst().allSatisfy({ (0x30...0x39).contains($0) }),
      text.first?.isUppercase == true, i + 1 < lines.count, usable(i + 1)
    else { return nil }
    let tokens = text.split(separator: " ").map(String.init)
    let years = Array(tokens.reversed().prefix { year($0) != nil }.reversed())
    let caption = tokens.dropLast(years.count)
    // (A note's table names its note first: `Not 2 Nettoomsättning per verksamhetsgren, tkr`.)
    let noted = caption.count >= 3 && caption.first?.lowercasedText() == "not" && caption.dropFirst().first?.allSatisfy(\.isNumber) == true
    let words = noted ? caption.dropFirst(2) : caption
    guard (2...5).contains(years.count), Set(years).count == years.count, (1...(noted ? 6 : 5)).contains(words.count),
      !words.contains(where: { $0.contains(where: \.isNumber) }),
      let row = values(lines[i + 1].trimmed, columns: years.count), row.values.count == years.count,
      row.label.first?.isLetter == true
    else { return nil }
    return Header(first: caption.joined(separator: " "), labels: years, end: i + 1, main: i)
  }

  /// The header of goals assessed beside their figures, its positions lost (`Finansiellt mål
  /// Målvärde Utfall 2024 Bedömning`): words naming the goals, column words, an assessment word
  /// last. A line of a year alone below it is the last column's without one (`Prognos helår` /
  /// `2025`).
  static func assessedGoalsHeader(_ lines: [SourceLine], at i: Int, usable: (Int) -> Bool) -> Header? {
    let text = lines[i].collapsed
    // (Most lines are ruled out by their last word's length and first byte.)
    guard text.utf8.count <= 100, let space = text.utf8.lastIndex(of: 0x20) else { return nil }
    let last = text.utf8[text.utf8.index(after: space)...]
    guard [6, 10, 15].contains(last.count), let b = last.first, [0x62, 0x42, 0x6D, 0x4D, 0x73, 0x53].contains(b),
      ["bedömning", "måluppfyllelse", "status"].contains(String(Substring(last)).lowercasedText()),
      text.utf8.count == lines[i].trimmed.utf8.count
    else { return nil }
    let tokens = text.split(separator: " ").map(String.init)
    guard let n = (1...3).first(where: { n in
      n < tokens.count - 1 && FollowUpVocabulary.goalWords.contains(tokens[..<n].joined(separator: " ").lowercasedText())
    }) else { return nil }
    // (A column of indicators after the goals': `Mål Indikator Målvärde Utfall Bedömning`.)
    let indicators = FollowUpVocabulary.namesMeasures(tokens[n])
    guard var labels = labelsInOrder(Array(tokens[(n + (indicators ? 1 : 0))..<(tokens.count - 1)]), yearsAlone: false),
      !labels.isEmpty,
      labels.allSatisfy({ columnWords.contains($0.prefix { $0 != " " }.lowercasedText()) })
    else { return nil }
    var end = i + 1
    if end < lines.count, usable(end), year(lines[end].collapsed) != nil,
      let k = labels.lastIndex(where: { !$0.contains(where: \.isNumber) })
    {
      labels[k] += " " + lines[end].collapsed
      end += 1
    }
    var header = Header(first: tokens[..<n].joined(separator: " "), labels: labels + [tokens[tokens.count - 1]], end: end, main: i)
    header.assessed = true
    header.indicators = indicators ? tokens[n] : nil
    return header
  }

  /// A financial statement's header under its caption naming the unit (`Resultaträkning (mnkr)`
  /// over `Not 2024 2023`, `Balansräkning (mnkr)` over `Not 2024-12-31 2023-12-31`), or naming the
  /// unit itself first (`tkr Not 2025-06-30 2024-12-31`, `(tkr) Not 2024 2023`): a column of note
  /// numbers, then two to five years or dates, or column words with their periods over a line of
  /// their years (`tkr Not Utfall jan–jun Utfall jan–jun Budget helår Prognos helår` / `2025 2024
  /// 2025 2025`). The first column has no header but the unit. A note's own table names the unit
  /// and the years alone (`Not 1 Verksamhetens intäkter` over `tkr 2024 2023`).
  static func notesHeader(_ lines: [SourceLine], at i: Int, usable: (Int) -> Bool) -> Header? {
    let text = lines[i].collapsed
    // (Most lines are ruled out by their first word's bytes: `Not`, or a unit, `tkr`, `(mnkr)`.)
    let firstWord = text.utf8.prefix { $0 != 0x20 }
    guard text.utf8.count <= 120, (2...7).contains(firstWord.count),
      ["not", "tkr", "mnkr", "mkr", "kr", "(tkr)", "(mnkr)", "(mkr)", "(kr)", "belopp", "(belopp"].contains(
        String(decoding: firstWord.map { $0 | 0x20 }, as: UTF8.self))
    else { return nil }
    var tokens = text.split(separator: " ").map(String.init)
    let units = ["tkr", "mnkr", "mkr", "kr"]
    var unit = tokens.first.flatMap { units.contains($0.lowercasedText().trimmingCharacters(in: ["(", ")"])) ? $0 : nil }
    if unit != nil {
      tokens.removeFirst()
    } else if tokens.count > 3, tokens[0].lowercasedText().trimmingCharacters(in: ["("]) == "belopp", tokens[1] == "i",
      units.contains(tokens[2].lowercasedText().trimmingCharacters(in: [")"]))
    {
      // (`Belopp i tkr`, as an annual report's statements name their unit.)
      unit = tokens[0..<3].joined(separator: " ")
      tokens.removeFirst(3)
    }
    if let unit, (2...5).contains(tokens.count), tokens.allSatisfy({ year($0) != nil || isDate($0) }) {
      return Header(first: unit, labels: tokens, end: i + 1, main: i)
    }
    // Periods whose first dates stand on the line and last dates on the line below, as a header
    // cell of two lines prints once its positions are lost (`Belopp i tkr Not 2024-01-01 –
    // 2023-01-01 –` over `2024-12-31 2023-12-31`).
    // (Or each period's dates in turn over lines of their own, as `pdftotext -raw` prints the
    // cells in reading order: `Belopp i tkr Not 2024-01-01 –` / `2024-12-31` / `2023-01-01 –` /
    // `2023-12-31`.)
    if unit != nil, tokens.first.map(EconomyRecogniser.isNoteColumn) == true, i + 1 < lines.count, usable(i + 1) {
      let opened = Array(tokens.dropFirst())
      let dashes = ["–", "—", "-"]
      let below = lines[i + 1].collapsed.split(separator: " ").map(String.init)
      let starts = stride(from: 0, to: opened.count, by: 2).map { opened[$0] }
      if opened.count % 2 == 0, (2...5).contains(starts.count), below.count == starts.count,
        starts.allSatisfy(isDate), below.allSatisfy(isDate),
        stride(from: 1, to: opened.count, by: 2).allSatisfy({ dashes.contains(opened[$0]) })
      {
        var header = Header(first: unit ?? "", labels: [tokens[0]] + zip(starts, below).map { "\($0) – \($1)" }, end: i + 2, main: i)
        header.notes = true
        return header
      }
      var dates = opened
      var end = i + 1
      while end < lines.count, end - i <= 8, usable(end), lines[end].collapsed.utf8.count <= 24 {
        let words = lines[end].collapsed.split(separator: " ").map(String.init)
        guard words.allSatisfy({ isDate($0) || dashes.contains($0) }) else { break }
        dates += words
        end += 1
      }
      if dates.count % 3 == 0, (2...5).contains(dates.count / 3),
        stride(from: 0, to: dates.count, by: 3).allSatisfy({ isDate(dates[$0]) && dashes.contains(dates[$0 + 1]) && isDate(dates[$0 + 2]) })
      {
        let periods = stride(from: 0, to: dates.count, by: 3).map { "\(dates[$0]) – \(dates[$0 + 2])" }
        var header = Header(first: unit ?? "", labels: [tokens[0]] + periods, end: end, main: i)
        header.notes = true
        return header
      }
    }
    guard let first = tokens.first, EconomyRecogniser.isNoteColumn(first),
      unit != nil || i > 0 && usable(i - 1) && FollowUpVocabulary.mayNameUnit(lines[i - 1].collapsed)
        && FollowUpVocabulary.unit(in: lines[i - 1].collapsed) != nil
    else { return nil }
    let rest = Array(tokens.dropFirst())
    var header: Header
    if (2...5).contains(rest.count), rest.allSatisfy({ year($0) != nil || isDate($0) }) {
      header = Header(first: unit ?? "", labels: tokens, end: i + 1, main: i)
    } else if rest.count(where: { columnWords.contains($0.lowercasedText()) }) >= 2, rest.allSatisfy(isHeaderToken),
      i + 1 < lines.count, usable(i + 1), let paired = pairedWithYears(rest, lines[i + 1].collapsed.split(separator: " ").map(String.init))
    {
      header = Header(first: unit ?? "", labels: [first] + paired, end: i + 2, main: i)
    } else {
      return nil
    }
    header.notes = true
    return header
  }

  /// Whether a token is a date (`2024-12-31`).
  static func isDate(_ token: String) -> Bool {
    let parts = token.split(separator: "-")
    return parts.count == 3 && year(String(parts[0])) != nil && parts.dropFirst().allSatisfy { $0.count == 2 && $0.allSatisfy(\.isNumber) }
  }

  /// A one-line header with a cell wrapped around it, a word of it alone on the line above and
  /// on the line below, as pdfplumber prints a header cell of two lines centred beside cells of
  /// one (the cell's position lost):
  ///
  ///     Ackumulerat
  ///     Nyckeltal     Mars      Juli      December            Målvärde
  ///     utfall
  ///
  /// The wrapped cell is the column where the header's columns leave a gap wider than the others
  /// by half again, so its column is known only where the one-line header kept its positions.
  static func wrappedCellHeader(_ lines: [SourceLine], at i: Int, usable: (Int) -> Bool) -> Header? {
    let above = lines[i].collapsed
    guard i + 2 < lines.count, usable(i + 1), usable(i + 2), !above.contains(" "), above.utf8.count <= 20,
      above.first?.isUppercase == true, above.allSatisfy(\.isLetter),
      let below = Optional(lines[i + 2].collapsed), !below.contains(" "), below.utf8.count <= 20,
      below.first?.isLowercase == true, below.allSatisfy(\.isLetter),
      var header = wordHeader(lines, at: i + 1, usable: usable, lineLimit: 1)
    else { return nil }
    let starts = AlignedTableForm.segments(lines[i + 1].raw).dropFirst().map(\.start)
    guard starts.count == header.labels.count, starts.count >= 2 else { return nil }
    let gaps = zip(starts.dropFirst(), starts).map { $0 - $1 }
    guard let widest = gaps.indices.max(by: { gaps[$0] < gaps[$1] }),
      2 * gaps[widest] >= 3 * (gaps.indices.filter { $0 != widest }.map { gaps[$0] }.max() ?? 0)
    else { return nil }
    header.labels.insert(above + " " + below, at: widest + 1)
    header.end = i + 3
    header.main = i + 1
    return header
  }

  /// A header that starts with a first-column or column word.
  static func wordHeader(_ lines: [SourceLine], at i: Int, usable: (Int) -> Bool, lineLimit: Int = 4) -> Header? {
    // The first word is a first-column or column word: most lines are ruled out there.
    // (A compound ending in a measure word, `Personalnyckeltal`, by its last bytes.)
    let firstBytes = lines[i].collapsed.utf8.prefix { $0 != 0x20 }
    guard let b0 = firstBytes.first,
      headerWordStarts.contains((0x41...0x5A).contains(b0) ? b0 | 0x20 : b0) && firstBytes.count <= longestHeaderWord
        || firstBytes.count <= 30 && endsInMeasureWord(firstBytes)
    else {
      return unitCell(lines[i].collapsed) == nil ? nil : wordHeader(lines, at: i, usable: usable, lineLimit: lineLimit, unitNamed: true)
    }
    let firstWord = lines[i].collapsed.prefix { $0 != " " }.lowercasedText()
    guard isFirstColumnWord(firstWord) || columnWords.contains(firstWord) else {
      return unitCell(lines[i].collapsed) == nil ? nil : wordHeader(lines, at: i, usable: usable, lineLimit: lineLimit, unitNamed: true)
    }
    return wordHeader(lines, at: i, usable: usable, lineLimit: lineLimit, unitNamed: false)
  }

  /// Whether a word's bytes end as a measure word does (`…tal`, `…tor`, `…rer`, `…ått`): the
  /// only words asked whether they are a compound of one.
  static func endsInMeasureWord(_ bytes: Substring.UTF8View.SubSequence) -> Bool {
    let tail = Array(bytes.suffix(3))
    guard tail.count == 3 else { return false }
    // (`ått`: the second byte of `å`, then `tt`.)
    return tail == Array("tal".utf8) || tail == Array("tor".utf8) || tail == Array("rer".utf8) || tail == [0xA5, 0x74, 0x74]
  }

  /// Whether a word (in lower case) names a table's first column: a measure word or a compound
  /// ending in one (`Personalnyckeltal`, `Kvalitetsindikatorer`), `Namn`, `Statistik`.
  static func isFirstColumnWord(_ word: String) -> Bool {
    firstColumnWords.contains(word) || !word.contains(" ") && FollowUpVocabulary.namesMeasuresAsWord(word)
  }

  /// The number of words of a header's first cell that names the table's unit after its words
  /// (`Ekonomi (tkr)`, `Verksamheter (tkr)`, `Bidrag, tkr`), a capitalised word first, at most
  /// four words in all, no number before the unit; nil for any other line.
  static func unitCell(_ text: String) -> Int? {
    // (Most lines hold no word ending in `kr`, nor a unit in brackets or after a comma: ruled out
    // by their bytes.)
    guard mayNameUnit(text), text.utf8.contains(UInt8(ascii: "(")) || text.utf8.contains(UInt8(ascii: ",")),
      text.first?.isUppercase == true
    else { return nil }
    let words = text.split(separator: " ", maxSplits: 4)
    for k in words.indices.dropFirst().prefix(3) {
      guard !words[k - 1].contains(where: \.isNumber) else { return nil }
      let word = words[k].lowercasedText()
      if ["(tkr)", "(mnkr)", "(mkr)", "(kr)"].contains(word) { return k + 1 }
      if words[k - 1].hasSuffix(","), ["tkr", "mnkr", "mkr"].contains(word) { return k + 1 }
    }
    return nil
  }

  /// Whether the text holds `kr` in any case (the Kelvin sign's `K` too) before a space, a
  /// closing bracket or its end, as every unit ``unitCell(_:)`` knows ends (`tkr`, `(mnkr)`)
  /// once lower-cased: asked of every line whose first word heads no table, before its words
  /// are split and lower-cased.
  static func mayNameUnit(_ text: String) -> Bool {
    var before: UInt8 = 0
    var last: UInt8 = 0
    // (`r` or `R` after `k`, `K` or the Kelvin sign's last byte, 0xAA.)
    func endsInKr() -> Bool { last | 0x20 == 0x72 && (before | 0x20 == 0x6B || before == 0xAA) }
    for byte in text.utf8 {
      if byte == 0x20 || byte == 0x29, endsInKr() { return true }
      before = last
      last = byte
    }
    return endsInKr()
  }

  static func wordHeader(_ lines: [SourceLine], at i: Int, usable: (Int) -> Bool, lineLimit: Int, unitNamed: Bool) -> Header? {
    var first: String?
    var words: [String] = []
    var tokens: [String] = []
    var lineTokens: [[String]] = []
    var end = i
    var limit = i + lineLimit
    var yearsBelowBlank = false
    // (Cells wrapped each onto lines of their own, as `pdftotext -raw` prints a header of narrow
    // columns, `Statistik Bokslut` / `2022` / `Bokslut` / `2023` / …, go on past the limit: a
    // line of one or two header tokens.)
    func wrappedCell(_ k: Int) -> Bool {
      guard lineLimit > 1, k > i, k < i + 16, !lines[k].isBlank, lines[k].collapsed.first?.isLowercase != true else { return false }
      let parts = lines[k].collapsed.split(separator: " ")
      return parts.count <= 2 && parts.allSatisfy { isHeaderToken(String($0)) }
    }
    while end < lines.count, end < limit || wrappedCell(end), usable(end) {
      // The line of years a blank line below the column words (`Utfall jan-jun … / Namn` over
      // `jun 2021  2022  2023`), once, while the header has no year.
      if lines[end].isBlank {
        guard end > i, end + 1 < lines.count, usable(end + 1), !tokens.contains(where: { year($0) != nil }) else { break }
        let below = lines[end + 1].collapsed.split(separator: " ").map(String.init)
        guard below.count(where: { year($0) != nil }) >= 2, below.allSatisfy({ isHeaderToken($0) }) else { break }
        end += 1
        limit += 1
        yearsBelowBlank = true
        continue
      }
      let parts = lines[end].collapsed.split(separator: " ").map(String.init)
      var rest = parts[...]
      var named = first
      if named == nil, let w = rest.first, isFirstColumnWord(w.lowercasedText()) {
        named = w
        rest = rest.dropFirst()
      } else if end == i, unitNamed, let n = unitCell(lines[end].collapsed) {
        named = rest.prefix(n).joined(separator: " ")
        rest = rest.dropFirst(n)
      }
      // (The first column's word counts only on a line of the header.)
      // (A last column `Trend`, its arrows in a value's place, where the positions were lost: a
      // header kept in its columns is the page layout's to read.)
      // (The column words one space apart, maybe after a first cell set apart: `Indikator
      // Utfall 2023 Utfall 2024 … Trend`.)
      let trend = rest.last.map { $0.lowercasedText() == "trend" } == true
        && AlignedTableForm.segments(lines[end].raw).count <= 2
      guard rest.dropLast(trend ? 1 : 0).allSatisfy({ isHeaderToken($0) }) else { break }
      first = named
      if end == i, rest.filter({ columnWords.contains($0.lowercasedText()) }).isEmpty,
        first == nil || rest.filter({ year($0) != nil }).count < 2
      {
        return nil
      }
      words += rest.filter { columnWords.contains($0.lowercasedText()) } + (trend ? [rest[rest.endIndex - 1]] : [])
      tokens += rest
      lineTokens.append(Array(rest))
      end += 1
    }
    // (Under a caption naming the table's unit, the first column may have no word of its own:
    // `Ekonomiskt utfall i sammandrag (mnkr)` over `Utfall jan–aug Utfall jan–aug Budget …`.)
    // (Only where the positions were lost: the header and the row below it one space apart.)
    if first == nil, end > i + 1, i > 0, usable(i - 1), end < lines.count,
      lineTokens[0].count(where: { columnWords.contains($0.lowercasedText()) }) >= 2,
      (i..<min(end + 1, lines.count)).allSatisfy({ lines[$0].collapsed.utf8.count == lines[$0].trimmed.utf8.count }),
      FollowUpVocabulary.mayNameUnit(lines[i - 1].collapsed), FollowUpVocabulary.unit(in: lines[i - 1].collapsed) != nil
    {
      first = ""
    }
    guard let first, end > i else { return nil }
    // A cell naming the unit heads a table of one line of at least two columns.
    if unitNamed {
      guard end == i + 1, let ordered = labelsInOrder(tokens, yearsAlone: words.isEmpty), ordered.count >= 2,
        ordered.allSatisfy({ year($0) != nil || columnWords.contains($0.prefix { $0 != " " }.lowercasedText()) })
      else { return nil }
      return Header(first: first, labels: ordered, end: end, main: i)
    }
    // A one-line header with years of their own (`Indikator 2020 2021 2022 Mål 2025`): its
    // columns in the order printed, each year a column unless it is a column word's.
    if end == i + 1, let ordered = labelsInOrder(tokens) {
      return Header(first: first, labels: ordered, end: end, main: i)
    }
    guard words.count >= 1 else { return nil }
    // On one line each column word's period and year follow it (`Utfall T1 2024`).
    if end == i + 1, let ordered = labelsInOrder(tokens, yearsAlone: false), ordered.count == words.count,
      ordered.allSatisfy({ columnWords.contains($0.prefix { $0 != " " }.lowercasedText()) })
    {
      return Header(first: first, labels: ordered, end: end, main: i)
    }
    // Two lines, the column words (each with its months) over a year each: paired in order
    // (`Utfall Utfall Utfall jan–aug Målvärde Riket` over `2022 2023 2024 2024 2023`).
    if end == i + 2, let paired = pairedWithYears(lineTokens[0], lineTokens[1]) {
      return Header(first: first, labels: paired, end: end, main: i)
    }
    var header = Header(first: first, labels: labels(words: words, tokens: tokens), end: end, main: i)
    header.yearsBelowBlank = yearsBelowBlank
    return header
  }

  /// Column words, each with the tokens after it up to the next, paired in order with the years
  /// of the line below where there is one year for each; nil otherwise.
  static func pairedWithYears(_ top: [String], _ below: [String]) -> [String]? {
    var groups: [[String]] = []
    for token in top {
      if columnWords.contains(token.lowercasedText()) {
        groups.append([token])
      } else if year(token) == nil, !groups.isEmpty {
        groups[groups.count - 1].append(token)
      } else {
        return nil
      }
    }
    guard groups.count >= 2, groups.count == below.count, below.allSatisfy({ year($0) != nil }) else { return nil }
    return zip(groups, below).map { ($0 + [$1]).joined(separator: " ") }
  }

  /// The words of a header's cells wrapped onto lines of their own below its first line, as
  /// `pdftotext -raw` prints a wide header (`Nettokostnad` / `2024 Budget 2024` / `Avvikelse
  /// mot` / `budget` / `Nettokostnad` / `2023`): lines of column words, years and words in lower
  /// case without figures, two lines at least; and the index after them.
  static func wrappedHeaderLines(_ lines: [SourceLine], after i: Int, usable: (Int) -> Bool) -> (words: [String], end: Int)? {
    var words: [String] = []
    var k = i + 1
    while k < lines.count, k <= i + 8, usable(k), !lines[k].isBlank {
      let parts = lines[k].collapsed.split(separator: " ").map(String.init)
      guard parts.count <= 6, parts.allSatisfy({ part in
        isHeaderToken(part) || isAnyColumnWord(part)
          || part.first?.isLowercase == true && part.utf8.count <= 12 && !part.contains(where: \.isNumber)
      })
      else { break }
      words += parts
      k += 1
    }
    return k - i - 1 >= 2 ? (words, k) : nil
  }

  /// A one-line header without gaps that starts with a caption or the first column's name
  /// (`Driftredovisning, tkr Budget 2023 Utfall 2023 Avvikelse`, a page-layout header as
  /// `pdftotext -raw` prints it): up to four words, then only column words, years and months,
  /// two column words at least. Each year is the column word's before it.
  static func captionedHeader(_ lines: [SourceLine], at i: Int, usable: (Int) -> Bool) -> Header? {
    let line = lines[i]
    let text = line.collapsed
    // Two column words, so one of those spelt in ASCII (`värde` by its end, `Intäkter` beside
    // `Kostnader`): most lines are ruled out by one scan of their bytes.
    guard text.utf8.count == line.trimmed.utf8.count, text.utf8.count <= 100,
      TextSearch.mayContainAnyLowercased(text, ["utfall", "budget", "prognos", "resultat", "bokslut", "avvikelse", "rde", "kostnad"]),
      let space = text.utf8.lastIndex(of: 0x20), isHeaderToken(String(text[text.index(after: space)...]))
    else { return nil }
    let tokens = text.split(separator: " ").map(String.init)
    guard tokens.count >= 2, let start = (1...min(4, tokens.count - 1)).first(where: { j in tokens[j...].allSatisfy(isHeaderToken) }),
      tokens[0].first?.isUppercase == true,
      tokens[start...].count(where: { columnWords.contains($0.lowercasedText()) }) >= 2
    else { return nil }
    var labels = labelsInOrder(Array(tokens[start...]), yearsAlone: false) ?? []
    guard labels.count >= 2, labels.allSatisfy({ columnWords.contains($0.prefix { $0 != " " }.lowercasedText()) }) else { return nil }
    // A header wrapped onto a line of column words only (`Avvikelse Avvikelse %`, as lynx wraps
    // a wide header): its columns follow; a percent sign is the column word's before it.
    if i + 1 < lines.count, usable(i + 1), !lines[i + 1].isBlank {
      let more = lines[i + 1].collapsed.split(separator: " ").map(String.init)
      if more.count <= 8, more.first.map({ columnWords.contains($0.lowercasedText()) }) == true,
        more.allSatisfy({ isHeaderToken($0) || $0 == "%" })
      {
        for token in more {
          if token == "%" || year(token) != nil, let last = labels.popLast() {
            labels.append(last + " " + token)
          } else {
            labels.append(token)
          }
        }
        return Header(first: tokens[..<start].joined(separator: " "), labels: labels, end: i + 2, main: i)
      }
      if let (more, end) = wrappedHeaderLines(lines, after: i, usable: usable), let last = labels.popLast() {
        let wrapped = labels + (labelsInOrder(last.split(separator: " ").map(String.init) + more, yearsAlone: false, anyColumnWord: true) ?? [])
        if end < lines.count, usable(end), let row = values(lines[end].trimmed, columns: wrapped.count), row.values.count == wrapped.count,
          row.label.first?.isLetter == true
        {
          return Header(first: tokens[..<start].joined(separator: " "), labels: wrapped, end: end, main: i)
        }
      }
    }
    // The first cell wrapped onto the next line, ending in the table's unit (`Driftredovisning
    // per` / `verksamhet (tkr)`): the header's.
    var first = tokens[..<start].joined(separator: " ")
    if i + 1 < lines.count, usable(i + 1), let next = Optional(lines[i + 1].collapsed), next.first?.isLowercase == true,
      next.utf8.count <= 40, !next.contains(where: \.isNumber), next.hasSuffix(")"), FollowUpVocabulary.unit(in: next) != nil
    {
      first += " " + next
      return Header(first: first, labels: labels, end: i + 2, main: i)
    }
    // Lines of the cells' years and what the column words go on with (`(tkr)  2024  jan–aug  2024
    // mot budget  %` / `2024`), as a wrapped header prints them: the header's, no rows.
    var end = i + 1
    while end < lines.count, end < i + 3, usable(end), !lines[end].isBlank {
      let more = lines[end].collapsed.split(separator: " ").map(String.init)
      guard more.contains(where: { year($0) != nil }), more.allSatisfy({ isHeaderToken($0) || continuesHeader($0) }) else { break }
      end += 1
    }
    return Header(first: first, labels: labels, end: end, main: i)
  }

  /// The year a header token is (`2024`), or nil.
  static func year(_ token: String) -> Int? {
    guard token.count == 4, let y = Int(token), (1900...2200).contains(y) else { return nil }
    return y
  }

  /// A header's labels in the order printed where some year stands alone (not after a column
  /// word): `2020 2021 Mål 2025` is `2020`, `2021`, `Mål 2025`. Nil where every year is a word's.
  /// - Parameter anyColumnWord: Whether a column word of the follow-up vocabulary too starts a
  ///   label (`Nettokostnad`).
  static func labelsInOrder(_ tokens: [String], yearsAlone: Bool = true, anyColumnWord: Bool = false) -> [String]? {
    var labels: [String] = []
    var open = false  // whether the last label is a column word or a month still without its year
    var alone = false
    var monthsAlone = 0
    for token in tokens {
      if token.first?.isLowercase == true, let last = labels.last, AlignedTableForm.endsInJoiningWord(last),
        columnWords.contains(token)
      {
        // A column word in lower case after a word joining it to the label before is that
        // label's end (`Avvikelse mot` / `budget`).
        labels[labels.count - 1] = last + " " + token
        open = true
      } else if columnWords.contains(token.lowercasedText()) || anyColumnWord && token.first?.isUppercase == true && isAnyColumnWord(token) {
        labels.append(token)
        open = true
      } else if year(token) != nil {
        if open, let last = labels.popLast() {
          labels.append(last + " " + token)
        } else {
          labels.append(token)
          alone = true
        }
        open = false
      } else if !open, Tidpunkt.isPartOfYearWord(token.lowercasedText()) {
        // A part of the year after a complete label starts one of its own (`2024 Delår 2025`:
        // `2024`, `Delår 2025`).
        labels.append(token)
        open = true
      } else if !open || labels.last.map({ Tidpunkt.month(named: $0.lowercasedText()) != nil }) == true,
        Tidpunkt.month(named: token.lowercasedText()) != nil
      {
        // A month of its own, not a column word's (`Mars Juli December Målvärde`: outcomes so
        // far at each month of the year).
        labels.append(token)
        monthsAlone += 1
        open = true
      } else if let last = labels.popLast() {
        labels.append(last + " " + token)  // a month or a period's dash
      }
    }
    return alone || monthsAlone >= 2 || !yearsAlone ? labels : nil
  }

  /// A column word, a year, a month or a period's dash (`-jun`, `2022-jun`).
  /// Words a header's lower line goes on with beside years and column words: a unit, a percent
  /// sign, a word joining a column word to what it is of (`Avvikelse` / `mot budget`).
  static func continuesHeader(_ token: String) -> Bool {
    let t = token.lowercasedText().trimmingCharacters(in: ["(", ")"])
    return ["%", "tkr", "mnkr", "mkr", "mot", "av", "per", "jämfört", "med"].contains(t)
  }

  /// Whether a label's last word is a value (`Personalomsättning 1,6 %`, `… tillståndslotsen 32`).
  static func endsInValue(_ label: String) -> Bool {
    var words = label.split(separator: " ")
    if words.last == "%" { words.removeLast() }
    guard words.count >= 2, let last = words.last, last.first?.isNumber == true else { return false }
    return AlignedTableForm.number(String(last)) != nil
  }

  static func isHeaderToken(_ token: String) -> Bool {
    let t = token.lowercasedText()
    if columnWords.contains(t) { return true }
    // A part of the year (`Utfall T1 2024`, `Q3`, `tertial`, `helår`).
    if Tidpunkt.isPartOfYearWord(t) { return true }
    return t.split(separator: "-").allSatisfy { part in
      part.allSatisfy(\.isNumber) && part.count == 4 || Tidpunkt.month(named: String(part)) != nil && part.count <= 9
    }
  }

  /// Column labels: each column word with its year (years in ascending order, as such tables
  /// print them), and the months the header names (`Utfall jan-jun 2020`).
  static func labels(words: [String], tokens: [String]) -> [String] {
    var years: [Int] = []
    var months: [String] = []
    for token in tokens {
      for part in token.lowercasedText().split(separator: "-") {
        if let y = Int(part), (1900...2200).contains(y) { years.append(y) }
        if Tidpunkt.month(named: String(part)) != nil, !months.contains(String(part.prefix(3))) {
          months.append(String(part.prefix(3)))
        }
      }
    }
    // A part of the year after a column word is the column's (`Utfall T2` over `2025`).
    var parts: [String] = []
    for (k, token) in tokens.enumerated() where columnWords.contains(token.lowercasedText()) || token.lowercasedText() == "trend" {
      parts.append(k + 1 < tokens.count && Tidpunkt.isPartOfYearWord(tokens[k + 1].lowercasedText()) ? " " + tokens[k + 1] : "")
    }
    let words = parts.count == words.count ? zip(words, parts).map { $0 + $1 } : words
    // (A trend's column takes no year: it compares the years.)
    let undated = words.filter { $0.lowercasedText() == "trend" }
    let dated = words.filter { $0.lowercasedText() != "trend" }
    let distinct = years.reduce(into: [Int]()) { if !$0.contains($1) { $0.append($1) } }
    let chosen = years.count == dated.count ? years.sorted() : distinct.count == dated.count ? distinct.sorted() : nil
    let period = months.count == 2 ? " " + months.joined(separator: "-") : ""
    // Outcomes by year, then targets (`Målvärde 2024`), as such tables print them; a header
    // wrapped over lines lists its words in another order.
    guard let chosen else {
      return words.enumerated().map { k, word in Set(words).count == words.count ? word : "\(word) (kolumn \(k + 2))" }
    }
    let ordered = dated.filter { !$0.lowercasedText().hasPrefix("mål") } + dated.filter { $0.lowercasedText().hasPrefix("mål") }
    return ordered.enumerated().map { k, word in "\(word)\(period) \(chosen[k])" } + undated
  }

  /// The trailing values of a line: the label before them and the value texts, and, where the
  /// line shows it, the column of each value. Converters that collapse white space still leave
  /// two or more spaces between some values (`5 321  5 691   6 475`): no number spans such a gap.
  /// Thousands groups are joined so that the values fill the columns and are of like size
  /// (`515 504   500` is three values, `5 321  5 691` two). With one value fewer than columns
  /// and a gap before the last value at least twice as wide as any other, the last value is the
  /// last column's (a target
  /// printed apart from outcomes whose latest year is not out yet) and the others fill the
  /// columns from the left.
  /// - Parameter spaced: Whether the table sets its values two or more spaces apart (its header
  ///   did its columns): then a single space is always within a number (`28 485`).
  static func values(_ raw: String, columns: Int, spaced: Bool = false) -> (label: String, values: [String], placed: [Int]?)? {
    let words = AlignedTableForm.words(raw)
    var tokens = words.map(\.text)
    var taken: [(text: String, gap: Int)] = []
    func gap(_ k: Int) -> Int { k > 0 ? words[k].start - words[k - 1].end : 0 }
    while let last = tokens.last {
      let k = tokens.count - 1
      if last == "%" || isUnit(last), tokens.count >= 2, isNumber(tokens[k - 1]) {
        taken.insert((tokens[k - 1] + " " + last, gap(k - 1)), at: 0)
        tokens.removeLast(2)
      } else if isNumber(last) || last == "-" || last == "–" || (last.hasSuffix("%") && isNumber(String(last.dropLast())))
        // (A target's comparison glued to it, `<5,0`, `>0`, as a font without `≥` prints it.)
        || (last.count > 1 && "<>≤≥".contains(last.first!) && isNumber(String(last.drop { "<>≤≥=".contains($0) })))
        || (last.hasSuffix("*") && last.count > 1 && isNumber(String(last.dropLast())))
        || last == "Ja" || last == "Nej"
        // A word for a value not there (`Stängt`, `Saknas`) or a target as a direction (`Öka`),
        // capitalised as a cell is; a trend's arrow (`↑`).
        // (Statistics' `..` for a figure missing has no letter to capitalise.)
        || (last.first?.isUppercase == true || !last.contains(where: \.isLetter))
          && FollowUpVocabulary.noValueWords.contains(last.lowercasedText())
        || last.first?.isUppercase == true && FollowUpVocabulary.directionTargets.contains(last.lowercasedText())
        || last.count == 1 && last.allSatisfy({ AlignedTableForm.trendMarks.contains($0) })
      {
        taken.insert((last, gap(k)), at: 0)
        tokens.removeLast()
      } else if FollowUpVocabulary.approximateWords.contains(last.lowercasedText())
        || FollowUpVocabulary.boundWords.contains(last.lowercasedText()) || ["<", ">", "≤", "≥"].contains(last),
        let value = taken.first, value.text.first?.isNumber == true
      {
        // A value said to be about so much (`ung 116 000`, `ca 40`): the word is the value's, and
        // so is a target's comparison (`> 0 tkr`, `≤ 0,65`, `Minst 80`).
        taken[0] = (last + " " + value.text, gap(k))
        tokens.removeLast()
      } else if last == "\\-" || last == "\\*" {
        // A dash that markdown escaped at the start of a line (pdfplumber's `\-   92 %`), or a
        // star for a figure not published yet (`10,3   \*`): the column's place, no value.
        taken.insert((String(last.dropFirst()), gap(k)), at: 0)
        tokens.removeLast()
      } else {
        break
      }
    }
    // A yes/no indicator (`Ja Ja Nej Ja`) has at least two answers; one `Ja` ends a sentence.
    let answers = taken.filter { $0.text == "Ja" || $0.text == "Nej" }.count
    guard taken.contains(where: { $0.text != "-" && $0.text != "–" }), answers == 0 || answers >= 2 else { return nil }
    var grouped = groupEvenly(taken, columns: columns, joinAll: spaced)
      ?? group(taken.map(\.text), into: columns).map { (text: $0, gap: 1) }
    // A label holding a decimal or a percentage is values that lost their row (`Personalomsättning
    // 12,3% 13,0%Medarbetare Sjukfrånvaro 2,8%`), not a row.
    if holdsLostValues(tokens) { return nil }
    var label = tokens
    // More values than columns: the first ones belong to the label (`ÅK 4 i % - Flickor`).
    if grouped.count > columns {
      label += grouped.prefix(grouped.count - columns).map(\.text)
      grouped = Array(grouped.suffix(columns))
    }
    let values = grouped.map(\.text)
    var placed: [Int]?
    if values.count == columns {
      placed = Array(0..<columns)
    } else if values.count == columns - 1, values.count >= 2 {
      let last = grouped[grouped.count - 1].gap
      let others = grouped.dropFirst().dropLast().map(\.gap).max() ?? 1
      if last >= 4, last >= 2 * others { placed = Array(0..<(values.count - 1)) + [columns - 1] }
    }
    return (label.joined(separator: " "), values, placed)
  }

  /// Whether words of a label hold a decimal or a percentage: values that lost their row.
  static func holdsLostValues<Words: Sequence<String>>(_ tokens: Words) -> Bool {
    tokens.contains { t in isNumber(t) && t.contains(",") || t.contains("%") && t.first?.isNumber == true }
  }

  /// Whether a token is a value glued to the word after it (`13,0%Medarbetare`): a digit or
  /// percent sign, then a capital and a small letter, and no number with a unit (`0,0Mnkr`).
  static func isGluedToLabel(_ token: String) -> Bool {
    let chars = Array(token)
    guard let k = chars.indices.dropLast(2).first(where: { k in
      (chars[k].isNumber || chars[k] == "%") && chars[k + 1].isUppercase && chars[k + 2].isLowercase
    }) else { return false }
    return chars[..<k].contains(where: \.isNumber) && SwedishNumber.parse(token) == nil
  }

  /// Whether a token is a unit printed apart after a number (`kr`, `tkr`, `kr/kvm`).
  static func isUnit(_ token: String) -> Bool {
    guard let first = token.utf8.first, first == UInt8(ascii: "%") || (first | 0x20) >= 0x61 && (first | 0x20) <= 0x7A, token.utf8.count <= 16
    else { return false }
    return SwedishNumber.parse("1 " + token)?.unit != nil
  }

  /// Value tokens joined where single spaces separate a number from a three-digit group, never
  /// across a gap of two or more spaces: of the ways to join them, the one that leaves the fewest
  /// columns empty, gives the fewest values beyond the columns to the label (three each: `…,
  /// etapp 1   2 500   310   1 800`, not `1   2 500 310   1 800`) and has the smallest spread of
  /// the columns' values' orders of magnitude, then the fewest joins. So `135 349 136 691 127 000
  /// 131 824` under five columns is four values of six digits, not five of six and three, and `88
  /// 120 135` three values, not one; a group with a leading zero (`000`) is always joined, and so
  /// is every group under `joinAll`. Nil when there are too many ways to try.
  ///
  /// A dash one space before a number may be its sign, set apart (`- 6 279 -6 827 548` in three
  /// columns is -6 279, -6 827 and 548): it is where that spreads the values more evenly than a
  /// dash for an empty cell would.
  static func groupEvenly(_ tokens: [(text: String, gap: Int)], columns: Int, joinAll: Bool = false) -> [(text: String, gap: Int)]? {
    func signs(_ k: Int) -> Bool {
      ["-", "−", "–"].contains(tokens[k - 1].text) && (1...3).contains(tokens[k].text.count) && tokens[k].text.allSatisfy(\.isNumber)
    }
    let joinable = tokens.indices.filter { k in
      k > 0 && tokens[k].gap == 1 && (canContinue(tokens[k].text, after: tokens[k - 1].text) || signs(k))
    }
    guard joinable.count <= 8 else { return nil }
    // A group with a leading zero (`000` of `1 000`) never stands alone.
    let forced = Set(
      joinable.filter { !signs($0) && (joinAll || tokens[$0].text.first == "0" && tokens[$0].text.prefix { $0 != "," }.count == 3) })
    var best: (score: (Int, Int), result: [(text: String, gap: Int)])?
    for mask in 0..<(1 << joinable.count) {
      let joins = Set(joinable.indices.filter { mask & (1 << $0) != 0 }.map { joinable[$0] })
      guard joins.isSuperset(of: forced) else { continue }
      // (A number's first group never is a zero: `250 0 250` is three values, not `0 250`.)
      if joins.contains(where: { $0 > 0 && tokens[$0 - 1].text.drop { "-−–+".contains($0) } == "0" && !joins.contains($0 - 1) }) {
        continue
      }
      var result: [(text: String, gap: Int)] = []
      for (k, token) in tokens.enumerated() {
        if joins.contains(k) {
          result[result.count - 1].text += (signs(k) ? "" : " ") + token.text
        } else {
          result.append(token)
        }
      }
      // (Values beyond the columns are the label's last words, `Ombyggnad …, etapp 1`, `… 2 st`:
      // each costs three, and the spread is the columns' values'.)
      let excess = max(result.count - columns, 0)
      let magnitudes = result.suffix(columns).compactMap { digits(of: $0.text) }
      let spread = (magnitudes.max() ?? 0) - (magnitudes.min() ?? 0)
      // (A sign joined must make the values more even than a dash for an empty cell, not as even.)
      let signed = joins.filter(signs).count
      let score = (max(columns - result.count, 0) + 3 * excess + spread + signed, joins.count)
      if best == nil || score < best!.score { best = (score, result) }
    }
    return best?.result
  }

  /// The number of digits before the decimal comma, leading zeros aside: a value's order of
  /// magnitude; nil for a text without digits (a dash).
  static func digits(of text: String) -> Int? {
    let whole = text.prefix { $0 != "," }.filter(\.isNumber).drop { $0 == "0" }
    return text.contains(where: \.isNumber) ? max(whole.count, 1) : nil
  }

  /// Whether `token` can be a thousands group of the number `before` it.
  static func canContinue(_ token: String, after before: String) -> Bool {
    // A group of three digits, or the last group with its decimals (`1 288,4`), its unit after
    // it (`754 kw` of `3 754 kw`).
    let number = token.prefix { $0 != " " }
    guard number.count == token.count || isUnit(String(token.dropFirst(number.count + 1))) else { return false }
    let group = number.prefix { $0 != "," }
    let decimals = number.dropFirst(group.count)
    guard group.count == 3, group.allSatisfy(\.isNumber), decimals.isEmpty || decimals.dropFirst().allSatisfy(\.isNumber) && decimals.count >= 2
    else { return false }
    // (After a word saying the value is about so much, `ung 116`, the number's first group.)
    let previous = before.split(separator: " ").last.map(String.init) ?? before
    return !before.contains(",") && !before.contains("%")
      && previous.drop { "-−–+".contains($0) }.first.map { $0.isNumber } == true
  }

  /// A number token: digits with a decimal comma, or a decimal point with one or two decimals
  /// (`1.1%` among `0,5% 0,8%`; never `1.234`, which could be a thousands group).
  static func isNumber(_ token: String) -> Bool {
    var t = Substring(token)
    if let f = t.first, "-−–+".contains(f) { t = t.dropFirst() }
    let parts = t.split(omittingEmptySubsequences: false) { $0 == "," || $0 == "." }
    guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty, whole.count <= 3 || parts.count == 1 && whole.count <= 7
    else { return false }
    if t.contains("."), parts[1].count > 2 { return false }
    return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
  }

  /// Value tokens joined into numbers: a bare group of exactly three digits may continue the
  /// number before it (a thousands group). Joined so that there are `columns` numbers where
  /// that is possible, with groups spread evenly.
  static func group(_ tokens: [String], into columns: Int) -> [String] {
    let canContinue = tokens.indices.map { k in k > 0 && Self.canContinue(tokens[k], after: tokens[k - 1]) }
    let forced = canContinue.filter { !$0 }.count
    guard forced <= columns, forced < tokens.count else { return tokens }
    // Join the continuable tokens so that `columns` numbers remain, joining evenly: repeatedly
    // join where the resulting number is shortest.
    var numbers = tokens.map { [$0] }
    var joinable = canContinue
    while numbers.count > columns {
      let candidates = numbers.indices.filter { $0 > 0 && joinable[$0] }
      guard let best = candidates.min(by: { numbers[$0 - 1].count + numbers[$0].count < numbers[$1 - 1].count + numbers[$1].count })
      else { break }
      numbers[best - 1] += numbers[best]
      numbers.remove(at: best)
      joinable.remove(at: best)
    }
    return numbers.map { $0.joined(separator: " ") }
  }

  /// Whether line `k` goes on from a label line above it: one in lower case that ends without a
  /// full stop, colon or value.
  static func continuesLabel(_ lines: [SourceLine], _ k: Int) -> Bool {
    guard k > 0, !lines[k - 1].isBlank, let last = lines[k - 1].collapsed.last, last.isLetter,
      lines[k - 1].collapsed.first?.isLowercase == true
    else { return false }
    return true
  }

  /// Whether line `k` or one of the three lines after it, before a blank line, ends in values.
  static func valuesFollow(_ lines: [SourceLine], from k: Int, columns: Int, usable: (Int) -> Bool) -> Bool {
    var n = k
    while n < min(k + 4, lines.count), usable(n), !lines[n].isBlank {
      if values(lines[n].trimmed, columns: columns) != nil { return true }
      n += 1
    }
    return false
  }

  /// Whether within the thirty lines below a header at line `i` (up to a blank line) a line holding only values starts
  /// under the header's first segment, where labels are (`216     848     165` under
  /// `Indikatorer`): the values lost their columns' positions.
  /// So did a label wrapped narrow over four lines or more before the first values, each line
  /// without digits and no wider than 24 characters or the header's first segment and eight more
  /// (`Insikt, SKR:s` / `servicemätning av` / … under `Indikatorer`, a header of fifty characters
  /// or more).
  static func valuesUnderLabels(_ lines: [SourceLine], header i: Int, usable: (Int) -> Bool) -> Bool {
    guard let first = AlignedTableForm.segments(lines[i].raw).first else { return false }
    let wide = lines[i].collapsed.utf8.count >= 50
    var narrow = 0
    for k in (i + 1)..<min(i + 31, lines.count) where usable(k) {
      if lines[k].isBlank {
        if k == i + 1 { continue }
        break
      }
      if narrow >= 0, lines[k].collapsed.count <= max(first.end + 8, 24), !lines[k].collapsed.contains(where: \.isNumber) {
        narrow += 1
        if wide, narrow >= 4 { return true }
      } else {
        narrow = -1
      }
      let words = AlignedTableForm.words(lines[k].raw, gap: 2)
      // (One value alone, a decimal or a percentage: a page number is neither.)
      guard words.count >= 2 || words.count == 1 && words[0].text.contains(where: { $0 == "," || $0 == "%" }),
        let start = words.first?.start, start < first.end,
        words.allSatisfy({ AlignedTableForm.isValue($0.text) })
      else { continue }
      return true
    }
    return false
  }

  /// The table whose header starts at line `i`, and the range of line indices it covers.
  static func read(_ lines: [SourceLine], at i: Int, usable: (Int) -> Bool) -> (DocumentTable, Range<Int>)? {
    guard let header = header(lines, at: i, usable: usable) else { return nil }
    let columns = header.labels.count
    // A one-line header whose columns stand apart (`Nyckeltal   2021   2022   Mål 2023`) kept its
    // positions: a page-layout table, read by its positions.
    let apart = AlignedTableForm.segments(lines[header.main].raw).dropFirst().map { $0.text.split(separator: " ") }
    // So did one whose column labels stand in two or more groups apart (`Nyckeltal   Utfall 2022
    // Utfall 2023 Utfall jan–aug 2024   Målvärde 2024`).
    // (Unless its rows show the positions lost: a line of values alone that starts under the
    // first column's header, its label wrapped around it, as pdfplumber prints narrow labels.)
    let spaced = header.end == i + 1 && apart.count >= 2
    if spaced, !valuesUnderLabels(lines, header: header.main, usable: usable) {
      return nil
    }
    // So did a header over lines whose first line has one column word a column (`Utfall 2023
    // Utfall aug  Målvärde 2024` over a wrapped `2024`), unlike `Utfall Utfall  Målvärde`.
    if header.end > header.main + 1, apart.count >= 2,
      apart.allSatisfy({ $0.count(where: { columnWords.contains($0.lowercasedText()) }) == 1 })
    {
      return nil
    }
    // So did a header of two lines or more over rows whose values stand apart, each on its own
    // (`… bistånd, %   4,1   3,9   3,8   3,5`): their positions are kept.
    // (A one-line header's words run together, `Utfall 2023 Utfall aug 2024 Mål 2024`: read by
    // its words.)
    // (A header whose years stand a blank line below its words is read by its words: the
    // years' positions are not the words'.)
    if header.end > header.main + 1, !header.yearsBelowBlank,
      let row = lines[header.end...].prefix(3).first(where: { !$0.isBlank })
    {
      let segments = AlignedTableForm.segments(row.raw)
      let values = segments.dropFirst()
      // (Unless the first value ran into the label, one space after it: `Personalomsättning 1,6 %
      // 5,8 %  4,2 %`, one value short.)
      if values.count >= 2, values.count >= columns - 1, let label = segments.first?.text, label.first?.isLetter == true,
        values.allSatisfy({ AlignedTableForm.numbers(in: $0)?.count == 1 }), !valuesUnderLabels(lines, header: header.main, usable: usable),
        values.count >= columns || !endsInValue(label)
      {
        return nil
      }
    }
    // The body: lines up to a heading, page furniture, another header, or a run of lines
    // without values.
    var body: [(index: Int, parsed: (label: String, values: [String], placed: [Int]?)?)] = []
    var k = header.end
    var sinceValues = 0
    var lastNote = 0  // the highest note number read so far
    while k < lines.count, usable(k) {
      let line = lines[k]
      if line.isBlank {
        k += 1
        continue
      }
      // (A number that goes on from a label line without a full stop is the label's: `meritvärde i
      // årskurs` / `9. Meritvärdet` / `utgörs av summan`.)
      // (Not a goal's row under a header of assessed goals: `1.1 Antalet bränder … 5,6 Ej uppnått`.)
      if ProseForm.numberedHeading(line) != nil, !continuesLabel(lines, k),
        !(header.assessed && CollapsedFollowUpBlocks.trailingStatus(line.collapsed, longest: 3) != nil)
      {
        break
      }
      // (Not a line of the table's own years naming a group of the rows below: `Personal 2021
      // 2022 2023` in a table headed `Verksamhetsmått 2021 2022 2023`.)
      if let next = self.header(lines, at: k, usable: usable),
        next.labels != header.labels || yearsHeader(lines, at: k, usable: usable) == nil
      {
        break
      }
      // So does the first cell of the next table's header naming its unit (`Bidrag, tkr Bokslut`,
      // its years wrapped onto lines below).
      if unitCell(line.collapsed) != nil, !line.collapsed.contains(where: \.isNumber) { break }
      // So does a line naming a goal (`Strategiskt mål 2`, `Nämndens mål 2.1`, `Mål 3: …`) after a
      // blank line: the next goal's heading, as text without headings prints it.
      if k > 0, lines[k - 1].isBlank, FollowUpVocabulary.namesGoalLine(line.collapsed) { break }
      // So does a goal's heading (`Fokusområde: Attraktiv arbetsgivare`, `Strategiskt mål 2.1 –
      // …`), also where no blank line sets it apart.
      if ProseForm.namesGoalOrAssignment(line) { break }
      // So does a line introducing activities (`Aktiviteter`) or a list item (not a label's
      // tail `- flickor.`).
      // (`- Flickor.(Elevhälsan …)`, a qualifier after a dash, is a label's tail too.)
      // (A dash on a line of a label whose values follow within three lines or stand just above
      // is the label's: a measure's name and its specification, `Partnerskapsgrad` / `- Antal
      // idéer eller` / … / `1`; so is a number going on from a label line, `meritvärde i årskurs` / `9. Meritvärdet`.)
      if FollowUpVocabulary.introducesActivities(line.collapsed)
        || ProseForm.listItem(line).map({ item in
          item.text.first?.isLowercase != true
            && !FollowUpVocabulary.qualifierWords.contains(String(item.text.prefix { $0.isLetter }))
            && !(["-", "–"].contains(item.marker)
              && (body.last?.parsed != nil || valuesFollow(lines, from: k, columns: columns, usable: usable)))
            && !(item.marker.first?.isNumber == true && continuesLabel(lines, k))
        }) == true
      {
        break
      }
      // A footnote (`* Värden är inte klara`) ends the table.
      if line.trimmed.hasPrefix("*") || line.trimmed.hasPrefix("\\*") { break }
      if line.collapsed.count > 110 { break }
      var parsed = values(line.trimmed, columns: columns, spaced: spaced)
      // Goals assessed beside their figures: the status that ends the line is the last column's.
      if header.assessed {
        parsed = CollapsedFollowUpBlocks.trailingStatus(line.collapsed, longest: 3).flatMap { rest, status in
          guard !rest.isEmpty else { return nil }
          return values(rest, columns: columns - 1).map { p in
            (p.label, p.values + [status], p.placed.map { $0 + [columns - 1] })
          }
        }
        // (Beside a column of indicators, a goal's further indicator has no assessment of its own:
        // `Antal bostadsbränder totalt < 45 49`.)
        if parsed == nil, header.indicators != nil, let p = values(line.trimmed, columns: columns - 1), p.values.count == columns - 1,
          p.label.first?.isUppercase == true
        {
          parsed = (p.label, p.values + [""], Array(0..<columns))
        }
      }
      // Prose after the rows ends the table: a line without values that ends one sentence and
      // holds another, of eight words or more (`… om 22 060 417 kr. Styrelsen föreslår att
      // vinstmedlen balanseras i ny räkning.`), and the lines above it since the last row are its.
      if parsed == nil, line.collapsed.last == ".", line.collapsed.split(separator: " ").count >= 8,
        let stop = line.collapsed.range(of: ". "), line.collapsed[stop.upperBound...].first?.isUppercase == true,
        let lastRow = body.lastIndex(where: { $0.parsed != nil })
      {
        body.removeSubrange((lastRow + 1)...)
        break
      }
      func spread(_ values: some Collection<String>) -> Int {
        let d = values.compactMap { digits(of: $0) }
        return (d.max() ?? 0) - (d.min() ?? 0)
      }
      if header.notes, let p = parsed {
        // A row without a note number: its values are the years'. One with a note: the first
        // value must be one (a small whole number), and a later one than the notes above it, as
        // notes are numbered in the order they are first referred to (`Resultat efter finansiella
        // poster 1 369 788 380 −270` after note 3 is 1 369 without a note).
        if p.values.count == columns - 1 {
          parsed?.placed = Array(1..<columns)
          // (Or a note run into the first value's thousands, as text without positions prints
          // `Nettoomsättning 2 412 560 398 210`: where the note is a later one and the values
          // without it are more alike in size.)
          let parts = p.values.first?.split(separator: " ") ?? []
          if parts.count >= 3, parts[0].count <= 2, let note = Int(parts[0]), note > lastNote {
            let split = [parts.dropFirst().joined(separator: " ")] + p.values.dropFirst()
            if spread(split) < spread(p.values) {
              parsed = (p.label, [String(parts[0])] + split, Array(0..<columns))
              lastNote = note
            }
          }
        } else if p.values.count == columns, !(p.values[0].count <= 2 && p.values[0].allSatisfy(\.isNumber)) {
          // (Its figures may read as one value fewer, no note, `9 467 10 231`: then they are the years'.)
          if var q = values(line.trimmed, columns: columns - 1, spaced: spaced), q.values.count == columns - 1, q.label == p.label {
            q.placed = Array(1..<columns)
            parsed = q
          } else {
            parsed?.placed = nil
          }
        } else if p.values.count == columns, let note = Int(p.values[0]) {
          // (Or where its first figures read as one value of like size with the others, `Kassa och
          // bank 9 467 10 231`.)
          if var q = values(line.trimmed, columns: columns - 1, spaced: spaced), q.values.count == columns - 1, q.label == p.label,
            note <= lastNote || spread(q.values) < spread(p.values.dropFirst())
          {
            q.placed = Array(1..<columns)
            parsed = q
          } else {
            lastNote = max(lastNote, note)
          }
        }
      }
      // Values glued to the next row's label (`13,0%Medarbetare`) are no row's label: the table
      // ends before them, and one that starts with them is no table this form can read.
      if parsed == nil, line.collapsed.split(separator: " ").contains(where: { isGluedToLabel(String($0)) }) {
        if body.contains(where: { $0.parsed != nil }) { break }
        return nil
      }
      // A note that ends in a year is not a row (`Resultat för 2024 redovisas …; Årsredovisning 2024`).
      // Nor is a running footer (`Alingsås kommun Årsredovisning 2023`) in a table of more columns.
      if let p = parsed, p.values.count == 1, let y = Int(p.values[0]), (1900...2200).contains(y),
        p.label.split(separator: " ").count >= 4 || (columns >= 2 && p.label.split(separator: " ").count >= 2)
      {
        parsed = nil
        if !body.isEmpty { break }
      }
      sinceValues = parsed == nil ? sinceValues + 1 : 0
      // Labels wrap around their values: up to six lines, or sixteen of a narrow label column
      // (`Andelen elever som` / `skattat sin egen` / … over and under `88 %   88 %   85 %`).
      if sinceValues > 6, sinceValues > 16 || body.suffix(sinceValues - 1).contains(where: { lines[$0.index].collapsed.count > 30 })
        || line.collapsed.count > 30
      {
        break
      }
      body.append((k, parsed))
      k += 1
    }
    // A label line that happens to end in a number (`… summan av de 17`) just above a row of
    // more values is label, not a row of its own.
    for n in body.indices.dropLast() {
      if let p = body[n].parsed, p.values.count == 1, !p.label.isEmpty, let q = body[n + 1].parsed, q.values.count > 1 {
        body[n].parsed = nil
      }
    }
    // A lower-case line ending in one number just under a row's values, in a table of three or
    // more columns, continues that row's label (`sjukfrånvaro 60` / `dagar eller mer` under the
    // values of `Sjukfrånvaro, andel av`); so does one under label lines that end in no full stop
    // below such a row (`kommunen de` / `senaste 12` / `månaderna.`), where the number has no unit.
    for n in body.indices.dropFirst() where columns >= 3 {
      guard let p = body[n].parsed, p.values.count == 1, p.label.first?.isLowercase == true else { continue }
      if let above = body[n - 1].parsed, above.values.count > 1 {
        body[n].parsed = nil
        continue
      }
      guard let row = body[..<n].lastIndex(where: { $0.parsed != nil }), body[row].parsed!.values.count > 1,
        let last = lines[body[n - 1].index].collapsed.last, last != ".", last != ":",
        p.values[0].allSatisfy({ $0.isNumber || $0 == "-" || $0 == "−" })
      else { continue }
      body[n].parsed = nil
    }
    // A line of a year for each column before any row, a blank line between (`Bokslut  Bokslut`
    // / `Namn` / blank / `2020  2021`, a converter's fence read as nothing), completes the
    // header: its years are the columns', and the lines up to it are no rows.
    var headerLabels = header.labels
    if let v = body.firstIndex(where: { $0.parsed != nil }), let p = body[v].parsed, p.values.count == columns,
      p.values.allSatisfy({ year($0) != nil }),
      headerLabels.allSatisfy({ (label: String) in !label.contains(where: \.isNumber) || label.contains("(kolumn") }),
      p.label.split(separator: " ").allSatisfy({ Tidpunkt.month(named: $0.lowercasedText()) != nil })
    {
      headerLabels = zip(headerLabels, p.values).map { (label: String, year: String) -> String in
        let base = label.range(of: " (kolumn").map { String(label[..<$0.lowerBound]) } ?? label
        return base + " " + year
      }
      body.removeSubrange(...v)
    }
    let valueAt = body.indices.filter { body[$0].parsed != nil }
    guard !valueAt.isEmpty else { return nil }
    // The label column's width: its widest line, so that a word broken at it can be glued.
    let width = body.map { b in b.parsed.map { $0.label.count } ?? lines[b.index].collapsed.count }.max() ?? 0
    var rows: [TableRow] = []
    var above = Array(body[..<valueAt[0]].map(\.index))
    var lastIndex = body[valueAt[0]].index
    for (n, v) in valueAt.enumerated() {
      let (label, values, placed) = body[v].parsed!
      let nextV = n + 1 < valueAt.count ? valueAt[n + 1] : body.count
      var gap = Array(body[(v + 1)..<nextV].map(\.index))
      if n + 1 == valueAt.count {
        // Below the last row: as many label lines as above it, never a line in capitals.
        gap = Array(gap.prefix(while: { lines[$0].collapsed.first?.isUppercase != true || above.count > 0 }))
      }
      var belowCount = min(above.count, gap.count)
      while belowCount < gap.count, lines[gap[belowCount]].collapsed.first?.isLowercase == true { belowCount += 1 }
      if n + 1 == valueAt.count { belowCount = min(belowCount, gap.count) }
      // Every row has a label: where the next row's values stand alone, it keeps the gap's
      // lines from the last one in capitals (`per kvadratmeter` / `Solceller` over `2 754 kw …`).
      if n + 1 < valueAt.count, belowCount == gap.count, body[nextV].parsed?.label.isEmpty == true,
        let start = gap.indices.last(where: { k in
          (k > 0 || !above.isEmpty || !label.isEmpty) && lines[gap[k]].collapsed.first?.isUppercase == true
        })
      {
        belowCount = start
      }
      // A row whose values line starts its own label in capitals (`Bibliotek och buss 117 271 …`)
      // between lines in capitals (`Antal besökare` / … / `Antal bibliotekslån`) is whole there:
      // the line below is the next row's or group's, not this label's.
      let whole = label.first?.isUppercase == true && !above.isEmpty
        && above.allSatisfy({ lines[$0].collapsed.first?.isUppercase == true })
        && !AlignedTableForm.endsInJoiningWord(lines[above.last!].collapsed)
        && gap.first.map({ lines[$0].collapsed.first?.isUppercase == true }) != false
      if whole { belowCount = 0 }
      let below = Array(gap.prefix(belowCount))
      // A group's label above a row of one of its groups (`Sjukfrånvaro, % av ordinarie arbetstid`
      // over `Kvinnor 8,6 8,9 8,2`, `Antal besökare` over `Bibliotek och buss 117 271 …`) is a row
      // of its own, without values.
      if !above.isEmpty, FollowUpVocabulary.qualifierWords.contains(label) || whole, below.isEmpty {
        let groupLine = lines[above[0]].number
        let group = LineJoining.join(above.map { lines[$0].collapsed }, columnWidth: width)
        let empty = (0..<(columns + (header.indicators == nil ? 0 : 1))).map { _ in TableCell("", line: groupLine) }
        rows.append(TableRow(cells: [TableCell(group, line: groupLine)] + empty, line: groupLine))
        above = []
      }
      let labelText = LineJoining.join(
        above.map { lines[$0].collapsed } + [label] + below.map { lines[$0].collapsed }, columnWidth: width)
      let valueLine = lines[body[v].index].number
      let firstLine = lines[above.first ?? body[v].index].number
      var cells = [TableCell(labelText, line: firstLine)] + (0..<columns).map { _ in TableCell("", line: valueLine) }
      if header.indicators != nil {
        // A goal's text run into its indicator's on the values' line: the lines wrapped around it
        // go on with the goal where there is one, else with the indicator.
        let (goal, indicator) = goalAndIndicator(label)
        let around = { (middle: String) in
          LineJoining.join(above.map { lines[$0].collapsed } + [middle] + below.map { lines[$0].collapsed }, columnWidth: width)
        }
        cells[0].text = goal.isEmpty ? "" : around(goal)
        cells.insert(TableCell(goal.isEmpty ? around(label) : indicator, line: valueLine), at: 1)
      }
      let shift = header.indicators == nil ? 1 : 2
      // A row of the header's own years (`Personal 2021 2022 2023` under `Verksamhetsmått 2021
      // 2022 2023`) heads the rows below it: a group row, without values.
      let repeatsHeader = values.count >= 2 && values.allSatisfy { year($0) != nil }
        && values.allSatisfy { v in headerLabels.contains { $0.hasSuffix(v) } }
      if !repeatsHeader {
        for (k, value) in values.enumerated() { cells[shift + (placed?[k] ?? k)].text = value }
      }
      var row = TableRow(cells: cells, line: firstLine)
      row.valuesInOrder = placed == nil && !repeatsHeader
      rows.append(row)
      lastIndex = below.last ?? body[v].index
      above = Array(gap.dropFirst(belowCount))
      if n + 1 == valueAt.count { break }
    }
    let indicatorColumn = header.indicators.map { [$0] } ?? []
    let table = DocumentTable(columns: [header.first] + indicatorColumn + headerLabels, headerLine: lines[i].number, rows: rows)
    return (table, i..<(lastIndex + 1))
  }

  /// A goal's text run into its indicator's (`1.1 Antalet bränder i bostäder ska Antal bränder i
  /// bostad …`): the goal's, with its number, up to the first word after two that starts in a
  /// capital and goes on in small letters (not `LSO`), and the indicator's; a label without a
  /// goal's number is the indicator's alone.
  static func goalAndIndicator(_ label: String) -> (goal: String, indicator: String) {
    let words = label.split(separator: " ").map(String.init)
    guard let first = words.first, SectionNumber.split(label) != nil || GoalTables.letteredNumber(label) != nil
      || first.first?.isNumber == true
    else { return ("", label) }
    for k in words.indices.dropFirst(3) {
      let w = Array(words[k])
      if w.count >= 2, w[0].isUppercase, w[1].isLowercase {
        return (words[..<k].joined(separator: " "), words[k...].joined(separator: " "))
      }
    }
    return (label, "")
  }
}
