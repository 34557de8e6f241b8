import Foundation
import Testing
import UQLValues

@Suite struct SwedishNumberTests {
  @Test(arguments: [
    ("-6,0", "-6", nil, false),
    ("14,9%", "14.9", "%", false),
    ("82 700 tkr", "82700", "tkr", true),
    ("− 3,0 mnkr", "-3", "mnkr", false),
    ("+50", "50", nil, true),
    ("1 234 567,25", "1234567.25", nil, false),
    ("12.32%", "12.32", "%", false),
    ("  1 234\u{00A0}567 ", "1234567", nil, true),
    ("–12,5 tkr", "-12.5", "tkr", false),
    ("12345678901234567890,5", "12345678901234567890.5", nil, false),
    ("0,001", "0.001", nil, false),
  ] as [(String, String, String?, Bool)])
  func parses(text: String, value: String, unit: String?, isInteger: Bool) throws {
    let parsed = try #require(SwedishNumber.parse(text))
    #expect(parsed.value == Decimal(string: value))
    #expect(parsed.unit == unit)
    #expect(parsed.isInteger == isInteger)
  }

  /// Numbers of 20 to 38 digits are read into 128 bits, not through Foundation's string
  /// parsing; they must be the very decimals it gives.
  @Test func longNumbersAreTheDecimalsFoundationReads() throws {
    let pool = String(repeating: "9876543210123456789", count: 2)
    for n in 20...38 {
      let digits = String(pool.prefix(n))
      for scale in [0, 1, 5, n - 1] {
        var text = digits
        if scale > 0 { text.insert(",", at: text.index(text.endIndex, offsetBy: -scale)) }
        let parsed = try #require(SwedishNumber.parse("-" + text))
        let pointed = "-" + text.replacingOccurrences(of: ",", with: ".")
        let expected = try #require(Decimal(string: pointed, locale: Locale(identifier: "en_US_POSIX")))
        let same = withUnsafeBytes(of: parsed.value) { Array($0) } == withUnsafeBytes(of: expected) { Array($0) }
        #expect(same, "\(text)")
      }
    }
  }

  @Test(arguments: ["", "abc", "12 34", "1,2,3", "-", "3 procent", "12,", "2018-2029", "1\n234", "12 345,5 6", ",5", "5,", "1.234.567", "99999999999999999999999999999999999999999"])
  func rejects(text: String) {
    #expect(SwedishNumber.parse(text) == nil)
  }
}

@Suite struct TextFoldingTests {
  @Test func equalityIgnoresCaseAndWhiteSpaceButNotDiacritics() {
    #expect(TextFolding.equalityKey("  Hög   Attraktivitet ") == "hög attraktivitet")
    #expect(TextFolding.equalityKey("hog attraktivitet") != TextFolding.equalityKey("Hög attraktivitet"))
  }

  @Test func looseKeyDropsDiacritics() {
    #expect(TextFolding.looseKey("Delmål") == "delmal")
    #expect(TextFolding.looseKey("pågår") == TextFolding.looseKey("PAGAR"))
    #expect(TextFolding.looseKey("Ärende ÖVER") == "arende over")
  }
}

@Suite struct SwedishCollationTests {
  @Test func åäöComeAfterZ() {
    let words = ["ö", "å", "z", "ä", "a", "Ål", "éa", "eb", "10", "2"]
    #expect(words.sorted(by: SwedishCollation.precedes) == ["10", "2", "a", "éa", "eb", "z", "å", "Ål", "ä", "ö"])
  }
}

@Suite struct DayTests {
  @Test func roundTrips() throws {
    for text in ["1970-01-01", "2020-02-29", "2019-12-31", "0001-01-01", "9999-12-31"] {
      let day = try #require(Day(iso: Substring(text)))
      #expect(day.description == text)
    }
    #expect(Day(iso: "2019-02-29") == nil)
    #expect(Day(iso: "2019-13-01") == nil)
    #expect(Day(iso: "20-01-01") == nil)
    #expect(Day(year: 2018, month: 8, day: 31)!.year == 2018)
  }
}

@Suite struct TextDecodingTests {
  let text = "Delmål: Hög attraktivitet\r\nÅrsprognos −3,0\rslut"

  @Test func everyEncodingGivesTheSameLines() {
    let expected = ["Delmål: Hög attraktivitet", "Årsprognos −3,0", "slut"]
    let utf8 = Array(text.utf8)
    #expect(TextDecoding.lines(TextDecoding.decode(utf8).text) == expected)
    #expect(TextDecoding.lines(TextDecoding.decode([0xEF, 0xBB, 0xBF] + utf8).text) == expected)
    let le: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    #expect(TextDecoding.decode(le).encoding == .utf16LittleEndian)
    #expect(TextDecoding.lines(TextDecoding.decode(le).text) == expected)
    let be: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    #expect(TextDecoding.lines(TextDecoding.decode(be).text) == expected)
    let nfd = Array(text.decomposedStringWithCanonicalMapping.utf8)
    #expect(TextDecoding.lines(TextDecoding.decode(nfd).text) == expected)
  }

  @Test func windows1252WhenNotUTF8() {
    let bytes: [UInt8] = [0x44, 0x65, 0x6C, 0x6D, 0xE5, 0x6C, 0x20, 0x96, 0x20, 0x80]
    let decoded = TextDecoding.decode(bytes)
    #expect(decoded.encoding == .windows1252)
    #expect(decoded.text == "Delmål – €")
  }
}

@Suite struct ColumnTests {
  @Test func repeatedTextIsDictionaryEncoded() {
    let values: [Value] = (0..<100).map { .text($0 % 3 == 0 ? "pågår" : "klar") } + [.null]
    let column = Column(name: "status", type: .text, values: values)
    guard case .dictionary(let codes, let dictionary) = column.storage else {
      Issue.record("expected dictionary encoding")
      return
    }
    #expect(dictionary == ["pågår", "klar"])
    #expect(codes.last == -1)
    #expect(column[100] == .null)
    #expect(column[1] == .text("klar"))
  }

  @Test func gatheringKeepsTypes() {
    let table = Table(names: ["n"], types: [.integer], rows: [[.integer(1)], [.null], [.integer(3)]])
    let picked = table.gathering([2, 0])
    #expect(picked.rowCount == 2)
    #expect(picked.columns[0][0] == .integer(3))
  }
}

@Suite struct TextNormalisationTests {
  /// Decoding gives NFC, byte for byte, whatever the scalar: combining marks, Hangul jamo, and
  /// singletons NFC replaces on their own (U+212B ANGSTROM SIGN becomes Å, U+0374 becomes ʹ).
  @Test func decodingGivesNFC() {
    var values = Array(UInt32(0x20)...0x3400) + [0xAC00, 0xFB1D, 0x1D15E, 0x2F800, 0x212B, 0x212A, 0xFFFD]
    values.removeAll { Unicode.Scalar($0) == nil }
    for value in values {
      let scalar = Unicode.Scalar(value)!
      for text in ["a\(scalar)", "\(scalar)\u{301}", "å\(scalar)x", "\u{1100}\(scalar)"] {
        // Bytes, not strings: strings compare equal when canonically equivalent.
        let nfc = Array(text.precomposedStringWithCanonicalMapping.utf8)
        #expect(Array(TextDecoding.decode(Array(text.utf8)).text.utf8) == nfc, "\(value)")
        #expect(TextDecoding.utf8(Array(text.utf8)) == nfc, "\(value)")
      }
    }
  }
}
