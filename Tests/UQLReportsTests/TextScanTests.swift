import Foundation
import Testing
import UQLValues
@testable import UQLReports

/// The byte-level text helpers answer exactly as the Foundation and standard-library calls they
/// replace, for every scalar and for mixed text.
/// Whether two strings hold the same bytes (`==` also accepts canonically equivalent ones).
func same(_ a: String, _ b: String) -> Bool { Array(a.utf8) == Array(b.utf8) }

@Suite("Byte-level text helpers")
struct TextScanTests {
  /// Every scalar up to U+3100 (all white space lies below) and a few above, in runs of 64.
  static let scalarRuns: [String] = {
    var values = Array(UInt32(0)...0x3100) + [0xFEFF, 0xFFFD, 0x1F600, 0x10FFFF, 0xE000]
    values.removeAll { Unicode.Scalar($0) == nil }
    return stride(from: 0, to: values.count, by: 64).map { start in
      var view = String.UnicodeScalarView()
      for v in values[start..<min(start + 64, values.count)] { view.append(Unicode.Scalar(v)!) }
      return String(view)
    }
  }()

  /// Text mixing ASCII, Swedish letters, every kind of white space, combining marks, symbols
  /// and line ends, from a fixed seed.
  static let mixed: [String] = {
    let pieces = [
      "a", "Å", "ö", "é", " ", "  ", "\t", "\u{A0}", "\u{2003}", "\u{200B}", "\u{3000}", "\u{85}", "\u{2028}",
      "\u{301}", "\u{308}", "\u{600}", "\u{FE0F}", "\u{200D}", "–", "…", "●", "▶", "K", "\u{212A}", "\u{130}",
      "Kommentar", " Kommentar ", "utfall", "\r", "\n", "\r\n", "1", "2019", "-", ".", "*", "<", "&", "ß", "İ",
    ]
    var state: UInt64 = 42
    func next(_ n: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(n))
    }
    return (0..<3000).map { _ in (0..<next(12)).map { _ in pieces[next(pieces.count)] }.joined() }
  }()

  @Test func trimmingMatchesFoundation() {
    for run in Self.scalarRuns {
      for scalar in run.unicodeScalars {
        for text in ["\(scalar)", "\(scalar)x\(scalar)", " \(scalar) ", "x\(scalar)"] {
          #expect(same(Whitespace.trimmed(text), text.trimmingCharacters(in: .whitespaces)), "\(scalar.value)")
          #expect(Whitespace.isBlank(text) == text.trimmingCharacters(in: .whitespaces).isEmpty)
        }
      }
    }
    for text in Self.mixed {
      #expect(same(Whitespace.trimmed(text), text.trimmingCharacters(in: .whitespaces)))
    }
  }

  @Test func whitespacePropertyMatchesTheStandardLibrary() {
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      #expect(Whitespace.isUnicodeWhitespace(scalar) == scalar.properties.isWhitespace)
    }
  }

  /// The scalar-by-scalar collapse that ``TextFolding/collapseWhitespace(_:)`` replaced.
  static func referenceCollapse(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      if scalar.properties.isWhitespace {
        pendingSpace = !scalars.isEmpty
      } else {
        if pendingSpace { scalars.append(" ") }
        pendingSpace = false
        scalars.append(scalar)
      }
    }
    return String(scalars)
  }

  @Test func collapsingMatchesTheScalarDefinition() {
    for run in Self.scalarRuns {
      #expect(same(TextFolding.collapseWhitespace(run), Self.referenceCollapse(run)))
      for scalar in run.unicodeScalars {
        let text = " a\(scalar)\(scalar)b \(scalar)"
        #expect(same(TextFolding.collapseWhitespace(text), Self.referenceCollapse(text)), "\(scalar.value)")
      }
    }
    for text in Self.mixed {
      #expect(same(TextFolding.collapseWhitespace(text), Self.referenceCollapse(text)))
    }
  }

  @Test func lowercasingMatchesTheStandardLibrary() {
    var all = String.UnicodeScalarView()
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      all.append(scalar)
      if all.count == 256 {
        let text = String(all)
        #expect(same(TextFolding.lowercased(text), text.lowercased()), "near \(value)")
        all = String.UnicodeScalarView()
      }
    }
    for text in Self.mixed + Self.scalarRuns {
      #expect(same(TextFolding.lowercased(text), text.lowercased()))
      #expect(same(TextFolding.equalityKey(text), Self.referenceCollapse(text).lowercased()))
    }
  }

  @Test func searchMatchesStringContains() {
    let words = [
      "Kommentar", " Kommentar ", "Uppföljningsrapport", "\t", "*", "](", "<", "_", "....", "…", "utfall",
      "årsprognos", "fokusområde", "a", "é", "Å", "–",
    ]
    // Report text is NFC (``TextDecoding`` normalises it), and the search relies on that.
    for text in (Self.mixed + Self.scalarRuns).map(\.precomposedStringWithCanonicalMapping) {
      for word in words {
        #expect(TextSearch.contains(text, word) == text.contains(word), "\(text.debugDescription) \(word)")
      }
    }
    #expect(!TextSearch.contains("x Kommentar \u{301}y", " Kommentar "))
    #expect(TextSearch.contains("x Kommentar y", " Kommentar "))
    #expect(!TextSearch.contains("Uppföljningsrapporte\u{301}", "Uppföljningsrapporté"))
  }

  @Test func literalSearchComparesScalars() {
    #expect(TextSearch.hasLiteral("se utfall oktober 2020", "utfall ", followedBy: ["september", "oktober"]))
    #expect(!TextSearch.hasLiteral("utfall okt", "utfall ", followedBy: ["oktober"]))
    #expect(TextSearch.hasLiteral("uppföljningsrapport 3", "uppföljningsrapport ", followedBy: ["3"]))
    #expect(TextSearch.hasLiteral("Regionkontoret", "kontoret"))
    #expect(!TextSearch.hasLiteral("", "kontoret"))
  }

  /// The scalar loop that ``TextDecoding/lines(_:)`` replaced.
  static func referenceLines(_ text: String) -> [String] {
    var lines: [String] = []
    var current = String.UnicodeScalarView()
    var previousWasCR = false
    for scalar in text.unicodeScalars {
      if scalar == "\n" {
        if !previousWasCR { lines.append(String(current)); current = .init() }
        previousWasCR = false
      } else if scalar == "\r" {
        lines.append(String(current))
        current = .init()
        previousWasCR = true
      } else {
        current.append(scalar)
        previousWasCR = false
      }
    }
    if !current.isEmpty { lines.append(String(current)) }
    return lines
  }

  @Test func linesSplitAsBefore() {
    for text in Self.mixed + ["", "\n", "\r\n", "\r\r\n\n", "a\rb\nc\r\nd", "x\n\n"] {
      #expect(TextDecoding.lines(text).map { Array($0.utf8) } == Self.referenceLines(text).map { Array($0.utf8) }, "\(text.debugDescription)")
    }
  }

  @Test func yearsAreFoundAsThePatternFindsThem() {
    #expect(MetadataInference.years(in: "2019 och 1995, inte 12019 eller 2019-2020 men –2018") == [2019, 1995, 2018])
    #expect(MetadataInference.years(in: "1989 2100 2099x 20") == [2099])
  }
}

@Suite("Character arrays")
struct CharacterArrayTests {
  @Test func plainScalarsAreCharactersOfTheirOwn() {
    let probes: [Unicode.Scalar] = ["a", " ", "\n", "\u{2014}", "\u{25B6}", "\u{2713}", "\u{E000}", "\u{FFFD}", "\u{A0}"]
    for value in UInt32(0)...0xFFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let alone = String(scalar)
      guard CharacterArray.isScalarPerCharacter(alone) else { continue }
      for probe in probes where CharacterArray.isScalarPerCharacter(String(probe)) {
        #expect("\(probe)\(scalar)".count == 2, "\(value) after \(probe.value)")
        #expect("\(scalar)\(probe)".count == 2, "\(value) before \(probe.value)")
        #expect("\(scalar)\(scalar)".count == 2, "\(value) twice")
      }
    }
  }

  @Test func arraysEqualTheStandardOnes() {
    for text in TextScanTests.mixed + TextScanTests.scalarRuns {
      #expect(CharacterArray.of(text) == Array(text))
    }
  }

  /// A heading's goal or assignment word is found at its start as `hasPrefix` finds it, in plain
  /// text and in text with combining marks, decomposed letters or the ångström sign.
  @Test func headingWordPrefixEqualsHasPrefix() {
    for words in [FollowUpVocabulary.goalWordsLongestFirst, FollowUpVocabulary.assignmentWordsLongestFirst] {
      #expect(words.allSatisfy { CharacterArray.isScalarPerCharacter($0) && same($0, $0.lowercased()) })
      let variants: [String] = words.flatMap { (w: String) -> [String] in
        let decomposed = [w.replacingOccurrences(of: "å", with: "a\u{30A}"), w.replacingOccurrences(of: "ä", with: "a\u{308}")]
        return [w, w + " 1: Text", w + ":", w + "\u{301}", "x" + w, String(w.dropLast()), "\u{212B}" + w] + decomposed
      }
      for text in Array(TextScanTests.mixed.prefix(1000)) + variants {
        let expected: String? = words.first { (word: String) in text.hasPrefix(word) }
        #expect(FollowUpVocabulary.firstPrefix(of: text, in: words) == expected, "\(text.debugDescription)")
      }
    }
  }

  /// Two side-by-side tables' halves are cut where the line's characters reach the gutter, as
  /// cutting its array of characters there does.
  @Test func gutterSplitEqualsCharacterArrays() {
    let lines = TextScanTests.mixed.prefix(400) + ["Nyckeltal   2024      Not 3   Utfall  ", "kort", ""]
    for text in lines {
      let line = SourceLine(number: 1, text: text)
      let characters = Array(line.raw)
      for gutter in [0, 1, 3, 7, 12, 30, 200] {
        let (left, right) = SideBySideTables.split(line, at: gutter)
        let cut = min(gutter, characters.count)
        var expectedLeft = String(characters[..<cut])
        while expectedLeft.last == " " { expectedLeft.removeLast() }
        let expectedRight = String(characters[cut...])
        #expect(same(left.raw, expectedLeft) && same(right.raw, expectedRight), "\(text.debugDescription) at \(gutter)")
      }
    }
  }

  /// The sets the number reader asks about, compared by scalar, answer as `String.contains`
  /// does, for every character of the mixed text and the scalar runs and for each set's own
  /// members with a combining mark after them.
  @Test(arguments: ["-−–+", "<>≤≥", "¹²³⁴⁵⁶⁷⁸⁹⁰", "-–−"])
  func membershipEqualsStringContains(set: String) {
    let marked = set.map { Character("\($0)\u{301}") } + set.map { Character("\($0)\u{338}") }
    let characters = Set((TextScanTests.mixed + TextScanTests.scalarRuns).flatMap(Array.init) + marked)
    let wrong = characters.filter { $0.isAny(of: set) != set.contains($0) }
    #expect(wrong.isEmpty, "\(wrong.map { $0.unicodeScalars.map(\.value) })")
  }

  /// The letter and number tests that answer ASCII by its byte answer as `isLetter` and
  /// `isNumber` do, for every character of the mixed text and the scalar runs, for ASCII with a
  /// combining mark after it and for a CR-LF pair.
  @Test func asciiClassesEqualStandardLibrary() {
    let marked = (0x20..<0x7F).map { Character("\(Unicode.Scalar(UInt8($0)))\u{301}") }
    let characters = Set((TextScanTests.mixed + TextScanTests.scalarRuns).flatMap(Array.init) + marked + ["\r\n"])
    let wrongLetters = characters.filter { $0.isLetterFast != $0.isLetter }
    let wrongNumbers = characters.filter { $0.isNumberFast != $0.isNumber }
    #expect(wrongLetters.isEmpty, "\(wrongLetters.map { $0.unicodeScalars.map(\.value) })")
    #expect(wrongNumbers.isEmpty, "\(wrongNumbers.map { $0.unicodeScalars.map(\.value) })")
  }

  /// A bullet or a list number alone on its line is one, a line of more than three scalars is
  /// none however few its bytes or many (the byte count rules long lines out before scalars are
  /// counted).
  @Test func loneBulletIsShortLineOfItsMarks() {
    func bullet(_ text: String, indent: String = "  ") -> String? { ProseForm.loneBullet(SourceLine(number: 1, text: indent + text)) }
    #expect(bullet("•") == "•" && bullet("\u{F0B7}") == "\u{F0B7}" && bullet("1.") == "1." && bullet("12)") == "12)")
    #expect(bullet("123.") == nil && bullet("• a") == nil && bullet("a") == nil && bullet("•", indent: String(repeating: " ", count: 40)) == nil)
    #expect(bullet("•\u{301}") == nil && bullet(String(repeating: "•", count: 4)) == nil && bullet("1." + String(repeating: " ", count: 20) + "x") == nil)
  }

  /// A line the cheap check rules out (three digits first, or figures alone) is no numbered
  /// heading, as the regular expression answers without that check; the others still may be.
  @Test(arguments: [
    "2024 Budget", "  123 Mål för året", "100 %", "1234", "2", "  12", "1.2.", "", "   ", "12 345 kr", "12 Mål", "1.2 Analys",
    "  5.1.2 Analys av prognosen", "3 Ekonomi", "2.", "１２３ Mål", "2\u{301}34 Mål", "4\u{A0}", "7 ",
  ])
  func cheapCheckRulesOutNoNumberedHeading(line: String) {
    let mayBe = ["12 345 kr", "12 Mål", "1.2 Analys", "  5.1.2 Analys av prognosen", "3 Ekonomi", "１２３ Mål", "2\u{301}34 Mål", "4\u{A0}", "7 "]
    #expect(MarkdownTablesHeading.mayBeNumbered(line) == mayBe.contains(line))
    if !MarkdownTablesHeading.mayBeNumbered(line) {
      #expect(line.wholeMatch(of: MarkdownTablesHeading.numberedLine) == nil)
    }
  }

  /// A number's last group, found without splitting, is the last run between spaces as
  /// `split(separator: " ").last ?? ""` answers, with spaces anywhere or none at all.
  @Test(arguments: ["", " ", "   ", "1", "10 135", "-1 234 567", " 12 ", "12  345  ", "1 ", " 1", "å ö", "x\u{301} y"])
  func lastWordEqualsSplitLast(text: String) {
    let expected = text[...].split(separator: " ").last ?? ""
    #expect(same(String(AlignedTableForm.lastWord(text[...])), String(expected)))
  }

  /// No unit of a number starts with a digit, so a token that does is no unit and is not
  /// lower-cased to be asked; the digit test looks at the first byte only.
  @Test func unitsStartWithNoDigit() {
    #expect(SwedishNumber.units.allSatisfy { !AlignedTableForm.startsWithDigit($0) && $0.first?.isNumber != true })
    #expect(AlignedTableForm.startsWithDigit("135") && AlignedTableForm.startsWithDigit("0,5"))
    #expect(!AlignedTableForm.startsWithDigit("") && !AlignedTableForm.startsWithDigit("tkr") && !AlignedTableForm.startsWithDigit("²3"))
    #expect(AlignedTableForm.continues("10", with: "135") && AlignedTableForm.continues("1 234", with: "567"))
    #expect(AlignedTableForm.continues("135", with: "TKR") && !AlignedTableForm.continues("1 234", with: "56"))
  }
}

@Suite("Period candidates")
struct PeriodCandidatesTests {
  static let texts = [
    "Uppföljning jan-aug 2020 och mer", "x\u{301}jan-aug 2020", "åjan - aug 2019", "Jan  –  AUGUSTI  2019 slut",
    "HELÅR 2020", "helår2020", "Helår  2021x", "se utfall oktober 2020.", "UTFALL SEPTEMBER   2019",
    "januari\u{AD}-mars 2020", "a\u{200B}jan-mar 2020", "jan-augustinus 2020", "jan –  dec", "januari—december",
    "ja n-aug", "", "jan", "jan-", "helår", "utfall ", "\u{301}jan-aug 2018", "Period: jan - okt 2021, helår 2022",
    "text utan period 2020", "juni–augusti jan-apr 2017 utfall maj 2016",
  ]

  /// The scan of `periodSpan` finds what the pattern it replaced finds.
  @Test func periodSpanScanEqualsThePattern() throws {
    let pattern = "\\b(jan|januari)\\s*[-–—]\\s*(feb|februari|mar|mars|apr|april|maj|jun|juni|jul|juli|aug|augusti|sep|sept|september|okt|oktober|nov|november|dec|december)\\b"
    func byPattern(_ text: String) -> String? {
      guard let r = text.range(of: pattern, options: [.regularExpression, .caseInsensitive]) else { return nil }
      let month = text[r].lowercasedText().split { "-–—".contains($0) }.last!.trimmingCharacters(in: .whitespaces)
      return "jan-" + String(month.prefix(3))
    }
    var texts = Self.texts + TextScanTests.mixed + [
      "JANUARI-MARS", "jan-feb_x", "jan-febr", "januari - sept.", "Jan\u{A0}–\u{2003}okt", "x jan-dec", "jan-dec2",
      "ljan-aug jan-apr", "jan\u{301}-aug jan-maj", "jan-\u{200D}aug", "jan—juni", "jan-jul\u{200C}", "jan-augé", "januarijan-feb",
      "jan-aug\u{301}", "jan-aug\u{200B}x", "jan\u{85}-aug", "jan\u{B}-aug", "jan\u{2028}-\u{3000}maj", "_jan-aug", "1jan-aug",
      "jan-sep\u{200B}t", "\u{200B}jan-aug", "januari–sept",
    ]
    for name in SampleFiles.names {
      let text = TextDecoding.decode(try SampleFiles.bytes(name)).text
      texts.append(TextDecoding.lines(text).map(HTMLText.collapse).joined(separator: " "))
    }
    for text in texts {
      #expect(MetadataInference.periodSpan(in: text) == byPattern(text), "\(text)")
    }
  }

  @Test func patternsFindTheSameMatchInTheCandidates() throws {
    var texts = Self.texts
    for name in SampleFiles.names {
      let text = TextDecoding.decode(try SampleFiles.bytes(name)).text
      texts.append(TextDecoding.lines(text).map(HTMLText.collapse).joined(separator: " "))
    }
    for whole in texts + TextScanTests.mixed {
      let reduced = PeriodCandidates.text(whole)
      #expect(MetadataInference.periodSpan(in: reduced) == MetadataInference.periodSpan(in: whole), "\(whole)")
      #expect(MetadataInference.yearAfterPeriod(in: reduced) == MetadataInference.yearAfterPeriod(in: whole), "\(whole)")
    }
  }
}

@Suite("Markup walk by scalars")
struct MarkupWalkTests {
  @Test func scalarWalkEqualsCharacterWalk() {
    let pieces = [
      "<p>", "</p>", "<ul>", "<li>", "</ul>", "<br/>", "<i>", "</i>", "<span class=\"x\">", "<", ">", "&", ";",
      "&amp;", "&nbsp;", "&#228;", "&#xE5;", "&#99999999;", "&bogus;", "&aring;", "&#160;", "a", "Å", " ", "  ",
      "\t", "▶", "●", "✓", "—", "!", "x", "1", "#", "/", "\u{A0}", "é", "\u{301}", "<\u{301}p>", "&\u{301}amp;",
    ]
    var state: UInt64 = 7
    func next(_ n: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(n))
    }
    for _ in 0..<4000 {
      let html = (0..<next(16)).map { _ in pieces[next(pieces.count)] }.joined()
      #expect(HTMLText.blocks(html).map { Array($0.utf8) } == HTMLText.blocks(of: Array(html)).map { Array($0.utf8) }, "\(html.debugDescription)")
    }
  }
}

@Suite("Star emphasis by hand")
struct EmphasisTests {
  @Test func handWrittenRemovalEqualsTheExpressions() {
    let pieces = [
      "*", "**", "***", "a", "bc", " ", "  ", "\t", "\u{A0}", "\u{2003}", "\u{85}", "\u{2028}", "\u{200B}", "\u{3000}",
      "å", "–", "▶", "x y", ".", "1",
    ]
    #expect(MarkdownTablesEmphasis.removingStars("a **b c** d ** e**", double: true) == "a b c d ** e**")
    #expect(MarkdownTablesEmphasis.removingStars("*x* och *y *z*", double: false) == "x och *y z")
    var state: UInt64 = 11
    func next(_ n: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(n))
    }
    for _ in 0..<6000 {
      let text = (0..<next(14)).map { _ in pieces[next(pieces.count)] }.joined()
      guard CharacterArray.isScalarPerCharacter(text) else { continue }
      let strong = text.replacing(MarkdownTablesMarkup.strongStars) { String($0.output.1) }
      #expect(same(MarkdownTablesEmphasis.removingStars(text, double: true), strong), "\(text.debugDescription)")
      let single = strong.replacing(MarkdownTablesMarkup.stars) { String($0.output.1) }
      #expect(same(MarkdownTablesEmphasis.removingStars(strong, double: false), single), "\(strong.debugDescription)")
    }
  }
}

@Suite("Bracket trimming")
struct BracketTrimmingTests {
  @Test func trimmingEqualsFoundation() {
    let brackets = CharacterSet(charactersIn: "()[]")
    for word in ["(tkr)", "[%]", "((x", "x))", "()", "", "(å)", "(\u{301}x)", "a(b)c", "[(mnkr)]", "(", "x"] {
      #expect(MarkdownTablesTable.trimmingBrackets(Substring(word)) == word.trimmingCharacters(in: brackets))
    }
    for text in TextScanTests.mixed {
      #expect(same(MarkdownTablesTable.trimmingBrackets(Substring(text)), text.trimmingCharacters(in: brackets)))
    }
  }
}

@Suite("Name matching by hand")
struct NameMatchingTests {
  static let administration = "\\b(Region|Landstings)kontoret\\b|\\b[A-ZÅÄÖ][a-zåäö]+förvaltningen\\b"
  static let organisation = "\\b(Region|Landstinget) [A-ZÅÄÖ][a-zåäö]+\\b"

  @Test func handMatchesEqualTheExpressions() throws {
    var lines = [
      "Regionkontoret, Region Halland", "Regionkontorets Region Hallands", "xRegion Halland", "Region Halland2",
      "Region Hallandé", "Region Halland\u{301} x", "Region Halland\u{AD}s", "\u{301}Region Öland", "Kulturförvaltningen.",
      "Regionkontoretsförvaltningen", "Aförvaltningen", "Abförvaltningen", "Landstingskontoret_", "Landstinget Västra",
      "Region  Halland", "Region halland", "Region ÅÄÖåäö", "Region Halland_x", "Region Hallandß", "Region Halland–2020",
      "LandstingetRegion Halland", "Region Region Halland", "Byggförvaltningen\u{200B}x", "Region Halland\u{200D}",
    ]
    for name in SampleFiles.names {
      lines += TextDecoding.lines(TextDecoding.decode(try SampleFiles.bytes(name)).text).map(HTMLText.collapse)
    }
    let pieces = ["Region ", "Landstinget ", "kontoret", "förvaltningen", "Hall", "and", "Å", "å", " ", "x", "1", "_", "\u{301}", "\u{AD}", "-", "s"]
    var state: UInt64 = 5
    func next(_ n: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(n))
    }
    for _ in 0..<3000 { lines.append((0..<next(8)).map { _ in pieces[next(pieces.count)] }.joined()) }
    for line in lines {
      #expect(NameMatching.administrations(in: line).map { Array($0.utf8) } == MetadataInference.matches(of: Self.administration, in: line).map { Array($0.utf8) }, "\(line.debugDescription)")
      #expect(NameMatching.organisations(in: line).map { Array($0.utf8) } == MetadataInference.matches(of: Self.organisation, in: line).map { Array($0.utf8) }, "\(line.debugDescription)")
    }
  }
}

@Suite("Collapsed and joined")
struct CollapsedJoinedTests {
  @Test func joinedEqualsCollapsingEachLine() {
    let texts = TextScanTests.mixed
    for start in stride(from: 0, to: texts.count, by: 7) {
      let lines = Array(texts[start..<min(start + 9, texts.count)])
      #expect(same(TextFolding.collapsedJoined(lines), lines.map(TextFolding.collapseWhitespace).joined(separator: " ")))
    }
    #expect(same(TextFolding.collapsedJoined([]), ""))
    #expect(same(TextFolding.collapsedJoined(["", " a  b ", "", "\u{A0}"]), " a b  "))
  }
}

@Suite("Blank lines")
struct BlankLineTests {
  @Test func allWhitespaceMeansCollapsedEmpty() {
    for text in TextScanTests.mixed + TextScanTests.scalarRuns + ["", " ", "\u{A0}\u{3000}\t", "\u{200B}"] {
      #expect(Whitespace.isAllUnicodeWhitespace(text) == TextFolding.collapseWhitespace(text).isEmpty)
    }
  }
}

@Suite("Collapsing long text")
struct LongCollapseTests {
  @Test func longLinesCollapseAsTheScalarDefinition() {
    let pieces = ["word", "ord", " ", "  ", "\t", "å", "\u{A0}", "x", "ab", "abc", "–", "\u{2003}", "1,5", "  "]
    var state: UInt64 = 99
    func next(_ n: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(n))
    }
    for _ in 0..<3000 {
      var text = (0..<next(60)).map { _ in next(4) == 0 ? pieces[next(pieces.count)] : ["word ", "text ", "ab ", "a "][next(4)] }.joined()
      if next(3) == 0 { text = " " + text }
      #expect(same(TextFolding.collapseWhitespace(text), TextScanTests.referenceCollapse(text)), "\(text.debugDescription)")
    }
  }
}
