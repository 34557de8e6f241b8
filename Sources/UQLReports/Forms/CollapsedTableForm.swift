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
  static let columnWords: Set<String> = [
    "utfall", "målvärde", "mål", "budget", "prognos", "resultat", "bokslut", "värde", "avvikelse", "målnivå",
  ]
  static let firstColumnWords = Set(FollowUpVocabulary.measureWords + ["namn"])

  struct Header {
    var first: String
    var labels: [String]
    /// The index after the header's last line.
    var end: Int
  }

  /// The header starting at line `i`, if one does.
  static func header(_ lines: [SourceLine], at i: Int, usable: (Int) -> Bool) -> Header? {
    // The first word is a first-column or column word: most lines are ruled out there.
    let firstWord = lines[i].collapsed.prefix { $0 != " " }.lowercased()
    guard firstColumnWords.contains(firstWord) || columnWords.contains(firstWord) else { return nil }
    var first: String?
    var words: [String] = []
    var tokens: [String] = []
    var end = i
    while end < lines.count, end < i + 4, usable(end), !lines[end].isBlank {
      let parts = lines[end].collapsed.split(separator: " ").map(String.init)
      var rest = parts[...]
      if first == nil, let w = rest.first, firstColumnWords.contains(w.lowercased()) {
        first = w
        rest = rest.dropFirst()
      }
      guard rest.allSatisfy({ isHeaderToken($0) }) else { break }
      if end == i, rest.filter({ columnWords.contains($0.lowercased()) }).isEmpty { return nil }
      words += rest.filter { columnWords.contains($0.lowercased()) }
      tokens += rest
      end += 1
    }
    guard let first, words.count >= 1, end > i else { return nil }
    return Header(first: first, labels: labels(words: words, tokens: tokens), end: end)
  }

  /// A column word, a year, a month or a period's dash (`-jun`, `2022-jun`).
  static func isHeaderToken(_ token: String) -> Bool {
    let t = token.lowercased()
    if columnWords.contains(t) { return true }
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
      for part in token.lowercased().split(separator: "-") {
        if let y = Int(part), (1900...2200).contains(y) { years.append(y) }
        if Tidpunkt.month(named: String(part)) != nil, !months.contains(String(part.prefix(3))) {
          months.append(String(part.prefix(3)))
        }
      }
    }
    let distinct = years.reduce(into: [Int]()) { if !$0.contains($1) { $0.append($1) } }
    let chosen = years.count == words.count ? years.sorted() : distinct.count == words.count ? distinct.sorted() : nil
    let period = months.count == 2 ? " " + months.joined(separator: "-") : ""
    // Outcomes by year, then targets (`Målvärde 2024`), as such tables print them; a header
    // wrapped over lines lists its words in another order.
    let words = chosen == nil ? words : words.filter { !$0.lowercased().hasPrefix("mål") } + words.filter { $0.lowercased().hasPrefix("mål") }
    return words.enumerated().map { k, word in
      guard let chosen else { return Set(words).count == words.count ? word : "\(word) (kolumn \(k + 2))" }
      return "\(word)\(period) \(chosen[k])"
    }
  }

  /// The trailing values of a line: the label before them and the value texts.
  static func values(_ text: String, columns: Int) -> (label: String, values: [String])? {
    var tokens = text.split(separator: " ").map(String.init)
    var taken: [String] = []
    while let last = tokens.last {
      if last == "%" , tokens.count >= 2, isNumber(tokens[tokens.count - 2]) {
        taken.insert(tokens[tokens.count - 2] + " %", at: 0)
        tokens.removeLast(2)
      } else if isNumber(last) || last == "-" || last == "–" || (last.hasSuffix("%") && isNumber(String(last.dropLast()))) {
        taken.insert(last, at: 0)
        tokens.removeLast()
      } else {
        break
      }
    }
    guard taken.contains(where: { $0 != "-" && $0 != "–" }) else { return nil }
    let grouped = group(taken, into: columns)
    var label = tokens
    var values = grouped
    // More values than columns: the first ones belong to the label (`ÅK 4 i % - Flickor`).
    if values.count > columns {
      label += values.prefix(values.count - columns)
      values = Array(values.suffix(columns))
    }
    return (label.joined(separator: " "), values)
  }

  static func isNumber(_ token: String) -> Bool {
    var t = Substring(token)
    if let f = t.first, "-−–+".contains(f) { t = t.dropFirst() }
    let parts = t.split(separator: ",", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty, whole.count <= 3 || parts.count == 1 && whole.count <= 7
    else { return false }
    return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
  }

  /// Value tokens joined into numbers: a bare group of exactly three digits may continue the
  /// number before it (a thousands group). Joined so that there are `columns` numbers where
  /// that is possible, with groups spread evenly.
  static func group(_ tokens: [String], into columns: Int) -> [String] {
    let canContinue = tokens.indices.map { k in
      k > 0 && tokens[k].count == 3 && tokens[k].allSatisfy(\.isNumber)
        && !tokens[k - 1].contains(",") && !tokens[k - 1].contains("%") && tokens[k - 1] != "-"
        && tokens[k - 1].first.map { $0.isNumber } == true
    }
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

  /// The table whose header starts at line `i`, and the range of line indices it covers.
  static func read(_ lines: [SourceLine], at i: Int, usable: (Int) -> Bool) -> (DocumentTable, Range<Int>)? {
    guard let header = header(lines, at: i, usable: usable) else { return nil }
    let columns = header.labels.count
    // The body: lines up to a heading, page furniture, another header, or a run of lines
    // without values.
    var body: [(index: Int, parsed: (label: String, values: [String])?)] = []
    var k = header.end
    var sinceValues = 0
    while k < lines.count, usable(k) {
      let line = lines[k]
      if line.isBlank {
        k += 1
        continue
      }
      if ProseForm.numberedHeading(line) != nil || self.header(lines, at: k, usable: usable) != nil { break }
      if line.collapsed.count > 110 { break }
      var parsed = values(line.collapsed, columns: columns)
      // A note that ends in a year is not a row (`Resultat för 2024 redovisas …; Årsredovisning 2024`).
      if let p = parsed, p.values.count == 1, let y = Int(p.values[0]), (1900...2200).contains(y),
        p.label.split(separator: " ").count >= 4
      {
        parsed = nil
        if !body.isEmpty { break }
      }
      sinceValues = parsed == nil ? sinceValues + 1 : 0
      if sinceValues > 6 { break }
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
    let valueAt = body.indices.filter { body[$0].parsed != nil }
    guard !valueAt.isEmpty else { return nil }
    var rows: [TableRow] = []
    var above = Array(body[..<valueAt[0]].map(\.index))
    var lastIndex = body[valueAt[0]].index
    for (n, v) in valueAt.enumerated() {
      let (label, values) = body[v].parsed!
      let nextV = n + 1 < valueAt.count ? valueAt[n + 1] : body.count
      var gap = Array(body[(v + 1)..<nextV].map(\.index))
      if n + 1 == valueAt.count {
        // Below the last row: as many label lines as above it, never a line in capitals.
        gap = Array(gap.prefix(while: { lines[$0].collapsed.first?.isUppercase != true || above.count > 0 }))
      }
      var belowCount = min(above.count, gap.count)
      while belowCount < gap.count, lines[gap[belowCount]].collapsed.first?.isLowercase == true { belowCount += 1 }
      if n + 1 == valueAt.count { belowCount = min(belowCount, gap.count) }
      let below = Array(gap.prefix(belowCount))
      let labelText = LineJoining.join(above.map { lines[$0].collapsed } + [label] + below.map { lines[$0].collapsed })
      let valueLine = lines[body[v].index].number
      let firstLine = lines[above.first ?? body[v].index].number
      var cells = [TableCell(labelText, line: firstLine)]
      cells += values.map { TableCell($0, line: valueLine) }
      let placed = values.count == columns
      while cells.count < columns + 1 { cells.append(TableCell("", line: valueLine)) }
      var row = TableRow(cells: cells, line: firstLine)
      row.valuesInOrder = !placed
      rows.append(row)
      lastIndex = below.last ?? body[v].index
      above = Array(gap.dropFirst(belowCount))
      if n + 1 == valueAt.count { break }
    }
    let table = DocumentTable(columns: [header.first] + header.labels, headerLine: lines[i].number, rows: rows)
    return (table, i..<(lastIndex + 1))
  }
}
