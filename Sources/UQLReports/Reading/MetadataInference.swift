import Foundation
import UQLValues

/// Infers a report's metadata (title, kind, organisation, förvaltning, year, period) from its
/// text alone, the same way for every layout, and says what it could not infer.
public enum MetadataInference {
  static let months = [
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
    "oktober", "november", "december",
  ]
  static let digits = (0...9).map(String.init)
  static let titleWords: [(String, ReportMetadata.Kind)] = [
    ("uppföljningsrapport", .uppföljningsrapport), ("delårsrapport", .uppföljningsrapport),
    ("månadsrapport", .uppföljningsrapport), ("bilaga", .bilaga),
    ("verksamhetsplan", .verksamhetsplan),
  ]

  /// The metadata of `text`, with notes for whatever had to be guessed or could not be found.
  /// - Parameters:
  ///   - text: The report's lines.
  ///   - extracted: Metadata an extractor already found; its non-nil fields win.
  public static func infer(
    _ text: ReportText, extracted: ReportMetadata = ReportMetadata()
  ) -> (ReportMetadata, [ReportDiagnostic]) {
    var m = ReportMetadata()
    var notes: [ReportDiagnostic] = []
    // Lines are collapsed as the rules need them: the title looks at the first 60 (and 8 after
    // its line), the names at lines holding their words, the whole text only if needed.
    let head = text.lines.prefix(70).map { HTMLText.collapse($0) }
    lazy var whole = TextFolding.collapsedJoined(text.lines)
    lazy var lower = TextFolding.lowercased(whole)
    lazy var periodText = PeriodCandidates.text(whole)

    // Title: a line near the start that names the kind of report, plus a following line that
    // continues it with a number ("Uppföljningsrapport" / "2 januari-augusti").
    var titleLine: Int?
    var titleBlock: [String] = []
    for (i, line) in head.prefix(60).enumerated() where !line.isEmpty {
      if TableOfContents.isEntry(line) || PageFurniture.pageNumber(in: line) != nil { continue }
      let l = line.lowercasedText()
      guard titleWords.contains(where: { l.hasPrefix($0.0) }) else { continue }
      var title = line
      var block = [line]
      if let next = head[(i + 1)...].prefix(4).first(where: { !$0.isEmpty }),
        let first = next.first, first.isNumber, next.count < 40
      {
        title += " " + next
        block.append(next)
      }
      if let after = head[(i + 1)...].prefix(8).first(where: { line in
        yearIn(line) != nil && line.count < 40
      }) {
        block.append(after)
      }
      titleLine = i + 1
      titleBlock = block
      m.title = title
      break
    }

    // Kind: from the title, else from what the text says of itself.
    if let title = m.title?.lowercasedText(), let kind = titleWords.first(where: { title.hasPrefix($0.0) })?.1 {
      m.kind = kind
    } else if TextSearch.contains(lower, "sedan föregående rapport")
      || TextSearch.hasLiteral(lower, "uppföljningsrapport ", followedBy: Self.digits)
      || TextSearch.hasLiteral(lower, "utfall ", followedBy: months)
    {
      m.kind = .uppföljningsrapport
      notes.append(.inferredMetadata("typ", "inferred from the report's references to outcome and earlier reports"))
    } else if TextSearch.contains(lower, "verksamhetsplan") || TextSearch.contains(lower, "fokusområden") {
      m.kind = .verksamhetsplan
      notes.append(.inferredMetadata("typ", "inferred from the text's mention of a plan and its focus areas"))
    } else {
      notes.append(.missingMetadata("typ"))
    }

    // Period: an explicit span, a full year, or the month an outcome column is for.
    let titleText = titleBlock.joined(separator: " ")
    // The period and year patterns run over the parts of the text where they can match.
    if let span = periodSpan(in: titleText) ?? periodSpan(in: periodText) {
      m.period = span
    } else if TextSearch.contains(lower, "helår") {
      m.period = "helår"
    } else if let month = outcomeMonth(in: lower) {
      m.period = "jan-" + String(month.prefix(3))
      notes.append(.inferredMetadata("period", "inferred from the outcome column 'Utfall \(month)'"))
    } else if m.kind == .verksamhetsplan {
      m.period = "helår"
      notes.append(.inferredMetadata("period", "taken as 'helår' because a plan covers the whole year"))
    } else {
      notes.append(.missingMetadata("period"))
    }

    // Year: from the title block, then next to a period, then the year the text names most.
    if let y = yearIn(titleText) {
      m.year = y
    } else if let y = yearAfterPeriod(in: periodText) {
      m.year = y
    } else if let y = mostFrequentYear(in: whole) {
      m.year = y
      notes.append(.inferredMetadata("år", "taken as \(y), the year the text mentions most"))
    } else {
      notes.append(.missingMetadata("år"))
    }

    // Only lines holding a pattern's literal part can match it; the others are left out of the
    // search, which then sees the same matches in the same order.
    var administrationLines: [String] = []
    var organisationLines: [String] = []
    // A collapsed line holds a word only if the line as printed does (collapsing changes white
    // space only), so most lines are ruled out before collapsing.
    for raw in text.lines where mayHoldNames(raw) {
      let line = HTMLText.collapse(raw)
      let (administration, organisation) = nameLiterals(line)
      if administration { administrationLines.append(line) }
      if organisation { organisationLines.append(line) }
    }
    m.administration = mostFrequent(administrationLines.flatMap(NameMatching.administrations))
    if m.administration == nil { notes.append(.missingMetadata("förvaltning")) }
    m.organisation = mostFrequent(organisationLines.flatMap(NameMatching.organisations), genitive: true)
    if m.organisation == nil { notes.append(.missingMetadata("organisation")) }

    if m.title == nil {
      if m.kind != .okänd, let year = m.year {
        var composed = m.kind.rawValue.prefix(1).uppercased() + m.kind.rawValue.dropFirst()
        if m.kind == .uppföljningsrapport, let period = m.period { composed += " \(period)" }
        composed += " \(year)"
        m.title = composed
        notes.append(.inferredMetadata("titel", "not printed in the report; composed from kind and year"))
      } else {
        notes.append(.missingMetadata("titel"))
      }
    }
    _ = titleLine

    // What the extractor found itself is more specific than these generic rules.
    if let t = extracted.title { m.title = t }
    if extracted.kind != .okänd { m.kind = extracted.kind }
    if let o = extracted.organisation { m.organisation = o }
    if let a = extracted.administration { m.administration = a }
    if let y = extracted.year { m.year = y }
    if let p = extracted.period { m.period = p }
    return (m, notes)
  }

  /// Whether `line` holds "kontoret" or "förvaltningen" (the literal parts of the förvaltning
  /// pattern) and whether it holds "Region " or "Landstinget " (those of the organisation
  /// pattern), in one scan of its bytes.
  static func nameLiterals(_ line: String) -> (administration: Bool, organisation: Bool) {
    var line = line
    return line.withUTF8 { bytes in
      var administration = false
      var organisation = false
      for i in 0..<bytes.count {
        switch bytes[i] {
        case UInt8(ascii: "k"): administration = administration || TextSearch.equal(bytes, at: i, kontoret)
        case UInt8(ascii: "f"): administration = administration || TextSearch.equal(bytes, at: i, förvaltningen)
        case UInt8(ascii: "R"): organisation = organisation || TextSearch.equal(bytes, at: i, region)
        case UInt8(ascii: "L"): organisation = organisation || TextSearch.equal(bytes, at: i, landstinget)
        default: continue
        }
        if administration && organisation { break }
      }
      return (administration, organisation)
    }
  }

  /// Whether `line` holds "kontoret", "förvaltningen", "Region" or "Landstinget".
  static func mayHoldNames(_ line: String) -> Bool {
    var line = line
    return line.withUTF8 { bytes in
      for i in 0..<bytes.count {
        switch bytes[i] {
        case UInt8(ascii: "k"): if TextSearch.equal(bytes, at: i, kontoret) { return true }
        case UInt8(ascii: "f"): if TextSearch.equal(bytes, at: i, förvaltningen) { return true }
        case UInt8(ascii: "R"): if TextSearch.equal(bytes, at: i, literal("Region")) { return true }
        case UInt8(ascii: "L"): if TextSearch.equal(bytes, at: i, literal("Landstinget")) { return true }
        default: continue
        }
      }
      return false
    }
  }

  static var kontoret: UnsafeBufferPointer<UInt8> { literal("kontoret") }
  static var förvaltningen: UnsafeBufferPointer<UInt8> { literal("förvaltningen") }
  static var region: UnsafeBufferPointer<UInt8> { literal("Region ") }
  static var landstinget: UnsafeBufferPointer<UInt8> { literal("Landstinget ") }

  /// The bytes of a literal, kept for the life of the program.
  static func literal(_ text: StaticString) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
  }

  /// A `jan-aug` style period in `text`: `jan-aug`, `januari–augusti`, `jan - okt`: `jan` or
  /// `januari` starting a word, a dash between optional white space, a month ending a word; the
  /// first such. (A scan of scalars with the pattern's word boundaries and white space, ICU's:
  /// `\b(jan|januari)\s*[-–—]\s*(feb|februari|…|december)\b` compiled afresh cost a report two
  /// milliseconds.)
  static func periodSpan(in text: String) -> String? {
    let scalars = Array(text.unicodeScalars)
    func lower(_ s: Unicode.Scalar) -> Unicode.Scalar {
      (0x41...0x5A).contains(s.value) ? Unicode.Scalar(s.value | 0x20)! : s
    }
    func starts(_ word: String, at p: Int) -> Bool {
      var q = p
      for w in word.unicodeScalars {
        guard q < scalars.count, lower(scalars[q]) == w else { return false }
        q += 1
      }
      return true
    }
    // A word boundary as ICU's `\b` sees one: never before a combining or format character, and
    // the character before is the last one that is neither.
    func isBoundary(_ p: Int) -> Bool {
      var atWord = false
      if p < scalars.count {
        if NameMatching.isExtendOrFormat(scalars[p]) { return false }
        atWord = NameMatching.isWord(scalars[p])
      }
      var q = p
      while q > 0 {
        q -= 1
        if !NameMatching.isExtendOrFormat(scalars[q]) { return atWord != NameMatching.isWord(scalars[q]) }
      }
      return atWord
    }
    func skipSpace(_ q: inout Int) {
      while q < scalars.count, isPatternSpace(scalars[q]) { q += 1 }
    }
    for p in scalars.indices where lower(scalars[p]) == "j" && starts("jan", at: p) && isBoundary(p) {
      for afterJan in starts("uari", at: p + 3) ? [p + 3, p + 7] : [p + 3] {
        var q = afterJan
        skipSpace(&q)
        guard q < scalars.count, ["-", "–", "—"].contains(scalars[q]) else { continue }
        q += 1
        skipSpace(&q)
        if let month = spanMonths.first(where: { starts($0, at: q) && isBoundary(q + $0.unicodeScalars.count) }) {
          return "jan-" + String(month.prefix(3))
        }
      }
    }
    return nil
  }

  /// The months that end a `jan-aug` span as printed: names and their short forms.
  static let spanMonths = [
    "feb", "februari", "mar", "mars", "apr", "april", "maj", "jun", "juni", "jul", "juli", "aug", "augusti", "sep",
    "sept", "september", "okt", "oktober", "nov", "november", "dec", "december",
  ]

  /// White space as a regular expression's `\s` matches it (ICU's: Unicode's White_Space).
  static func isPatternSpace(_ s: Unicode.Scalar) -> Bool {
    s.value == 0x20 || s.properties.isWhitespace
  }

  /// The month of an `Utfall oktober` column, joined across a line wrap.
  static func outcomeMonth(in lower: String) -> String? {
    // One scan for all months; the first month in calendar order wins, as before.
    let found = TextSearch.literalContinuations(lower, "utfall ", followedBy: months)
    for (k, month) in months.enumerated() where found.contains(k) {
      return month
    }
    return nil
  }

  /// A year 1990–2099 in `text`, the first one.
  static func yearIn(_ text: String) -> Int? {
    guard let r = text.range(of: "\\b(19[9][0-9]|20[0-9][0-9])\\b", options: .regularExpression) else { return nil }
    return Int(text[r])
  }

  /// The year after an explicit period: `jan-okt 2020`, `Helår 2019`, `Augusti 2020`.
  static func yearAfterPeriod(in text: String) -> Int? {
    let monthNames = months.joined(separator: "|")
    let pattern = "\\b(helår|(jan|januari)\\s*[-–]\\s*[a-zåäö]+)\\s+(20[0-9][0-9])\\b"
    if let r = text.range(of: pattern, options: [.regularExpression, .caseInsensitive]) {
      return yearIn(String(text[r]))
    }
    if let r = text.range(of: "\\butfall (\(monthNames))\\s+(20[0-9][0-9])\\b", options: [.regularExpression, .caseInsensitive]) {
      return yearIn(String(text[r]))
    }
    return nil
  }

  /// The year 1990–2099 that `text` names most often, counting numbers of exactly four digits
  /// not joined to a digit or hyphen (`(?<![0-9-])(19[9][0-9]|20[0-9][0-9])(?![0-9-])`).
  static func mostFrequentYear(in text: String) -> Int? {
    var counts: [Int: Int] = [:]
    var order: [Int] = []
    for y in years(in: text) {
      if counts[y] == nil { order.append(y) }
      counts[y, default: 0] += 1
    }
    return order.max { (counts[$0] ?? 0, -$0) < (counts[$1] ?? 0, -$1) }
  }

  /// The years of ``mostFrequentYear(in:)`` in order, read from the bytes: every part of the
  /// pattern is ASCII, and a byte of a longer UTF-8 sequence is neither a digit nor a hyphen.
  static func years(in text: String) -> [Int] {
    let bytes = Array(text.utf8)
    func isDigit(_ i: Int) -> Bool { i >= 0 && i < bytes.count && (0x30...0x39).contains(bytes[i]) }
    func isJoin(_ i: Int) -> Bool { isDigit(i) || (i >= 0 && i < bytes.count && bytes[i] == 0x2D) }
    var years: [Int] = []
    var i = 0
    while i + 4 <= bytes.count {
      let century = bytes[i] == 0x31 && bytes[i + 1] == 0x39 && bytes[i + 2] == 0x39
        || bytes[i] == 0x32 && bytes[i + 1] == 0x30 && isDigit(i + 2)
      if century, isDigit(i + 3), !isJoin(i - 1), !isJoin(i + 4) {
        years.append((0..<4).reduce(0) { $0 * 10 + Int(bytes[i + $1] - 0x30) })
        i += 4
      } else {
        i += 1
      }
    }
    return years
  }

  /// Every match of `pattern` in `text`, compiling the pattern once (not once per search).
  static func matches(of pattern: String, in text: String) -> [Substring] {
    guard let regex = compiled(pattern) else { return [] }
    return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
      Range($0.range, in: text).map { text[$0] }
    }
  }

  /// The two name patterns, compiled once; any other pattern is compiled when asked for.
  static let administrationPattern = try? NSRegularExpression(
    pattern: "\\b(Region|Landstings)kontoret\\b|\\b[A-ZÅÄÖ][a-zåäö]+förvaltningen\\b")
  static let organisationPattern = try? NSRegularExpression(
    pattern: "\\b(Region|Landstinget) [A-ZÅÄÖ][a-zåäö]+\\b")

  static func compiled(_ pattern: String) -> NSRegularExpression? {
    for regex in [administrationPattern, organisationPattern] where regex?.pattern == pattern { return regex }
    return try? NSRegularExpression(pattern: pattern)
  }

  /// The most frequent match of `pattern`; with `genitive`, "Region Hallands" counts as
  /// "Region Halland" when the text also has the plain form.
  static func mostFrequent(in lines: [String], matching pattern: String, genitive: Bool = false) -> String? {
    // One search over the whole text; a match never spans a line break because the lines are
    // joined with one and patterns do not match it.
    mostFrequent(matches(of: pattern, in: lines.joined(separator: "\n")).map(String.init), genitive: genitive)
  }

  /// The most frequent of `matches`, the first of equals; with `genitive` as above.
  static func mostFrequent(_ matches: [String], genitive: Bool = false) -> String? {
    var counts: [String: Int] = [:]
    var order: [String] = []
    for s in matches {
      if counts[s] == nil { order.append(s) }
      counts[s, default: 0] += 1
    }
    if genitive {
      for name in order where name.hasSuffix("s") {
        let plain = String(name.dropLast())
        if let n = counts[name], counts[plain] != nil {
          counts[plain, default: 0] += n
          counts[name] = 0
        }
      }
    }
    return order.max { (counts[$0] ?? 0) < (counts[$1] ?? 0) }
  }
}
