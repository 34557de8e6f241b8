import Foundation
import Testing
import UQLSources
import UQLValues

@Suite struct JSONReadingTests {
  @Test func infersColumnTypes() throws {
    let table = try read(
      """
      [
        {"id": 1, "belopp": 3.50, "klar": true, "datum": "2024-01-31", "status": "Pågår", "namn": "Åsa"},
        {"id": -2, "belopp": -6, "klar": false, "datum": null, "status": "uppfylls", "extra": [1, {"a": "x"}]},
        {"belopp": 1e2, "namn": "\\u00e5\\ud83d\\udc4d\\n"}
      ]
      """, .json)
    #expect(table.columnNames == ["id", "belopp", "klar", "datum", "status", "namn", "extra"])
    #expect(
      table.columns.map(\.type)
        == [.integer, .number, .boolean, .date, .enumeration(.status), .text, .text])
    #expect(table.values("id") == [.integer(1), .integer(-2), .null])
    #expect(table.values("belopp") == ["3.50", "-6", "100"].map { .number(Decimal(string: $0)!) })
    #expect(table.values("status") == [.text("pågår"), .text("uppfylls"), .null])
    #expect(table.values("namn") == [.text("Åsa"), .null, .text("å👍\n")])
    #expect(table.values("extra") == [.null, .text(#"[1,{"a":"x"}]"#), .null])
  }

  @Test func mixedColumnsAreTextSpelledAsInTheSource() throws {
    let table = try read(#"[{"v": 1.50}, {"v": "x"}, {"v": true}, {"v": {"k": [] }}, {"v": null}]"#, .json)
    #expect(table.columns[0].type == .text)
    #expect(table.values("v") == [.text("1.50"), .text("x"), .text("true"), .text(#"{"k":[]}"#), .null])
  }

  @Test func stringsStayTextUnlessDatesOrStatuses() throws {
    let table = try read(#"[{"a": "42", "b": "true", "c": "2024-05-01"}]"#, .json)
    #expect(table.columns.map(\.type) == [.text, .text, .date])
  }

  @Test func keepsNumbersExact() throws {
    let table = try read(#"[{"v": 0.1}, {"v": 12345678901234567890.123}]"#, .json)
    #expect(
      table.values("v") == [.number(Decimal(string: "0.1")!), .number(Decimal(string: "12345678901234567890.123")!)])
    let huge = try read(#"[{"v": 1e400}, {"v": 2}]"#, .json)
    #expect(huge.values("v") == [.text("1e400"), .text("2")])
    let big = try read(#"[{"v": 99999999999999999999}]"#, .json)
    #expect(big.columns[0].type == .number)
  }

  /// Number literals are mostly read without Foundation's string parsing; they must be the
  /// very decimals it gives (same bytes), zeros and far exponents included.
  @Test func numbersAreTheDecimalsFoundationReads() throws {
    var literals = [
      "1.50", "-12.5e3", "1E+3", "0.001", "123456789012345678901234567890123456.78", "5e-80", "5e80", "-0.0",
      "0", "0.0e5", "1e81", "1e-81", "9999999999999999999999999999999999999e80", "100e-130", "10e127",
      "1.0000000000000000000000000000000000000000", "-3.14159", "2.5E-3", "7",
    ]
    // Many digits, points anywhere, exponents up to and past the direct reading's ±80.
    for k in 1...200 {
      var literal = String(UInt64(k) &* 0x9E37_79B9_7F4A_7C15)
      let point = k % literal.count
      if point > 0 { literal.insert(".", at: literal.index(literal.startIndex, offsetBy: point)) }
      literals.append((k % 2 == 0 ? "-" : "") + literal + "e\((k * 37) % 181 - 90)")
    }
    for literal in literals {
      // A literal Decimal cannot hold makes the column text.
      let table = try read(#"[{"v": \#(literal)}, {"v": 0.5}]"#, .json)
      let expected = Decimal(string: literal, locale: Locale(identifier: "en_US_POSIX")).flatMap { $0.isNaN ? nil : $0 }
      guard let expected, case .number(let d) = table.columns[0][0] else {
        #expect(table.columns[0].type == .text && expected == nil, "\(literal)")
        continue
      }
      if expected.isZero {
        // Foundation keeps an exponent on zero (0.0e5 is 0 × 10^4), which nothing can observe.
        #expect(d.isZero, "\(literal)")
      } else {
        #expect(withUnsafeBytes(of: d) { Array($0) } == withUnsafeBytes(of: expected) { Array($0) }, "\(literal)")
      }
    }
  }

  @Test func emptyArrayIsAnEmptyTable() throws {
    let table = try read(" [ ] ", .json)
    #expect(table.columns.isEmpty && table.rowCount == 0)
  }

  @Test func readsNDJSON() throws {
    let table = try read("{\"a\": 1}\r\n\n  \n{\"b\": \"x\", \"a\": 2}\n", .ndjson)
    #expect(table.columnNames == ["a", "b"])
    #expect(table.values("a") == [.integer(1), .integer(2)])
    #expect(table.values("b") == [.null, .text("x")])
  }

  @Test func repeatedKeyKeepsTheLastValue() throws {
    #expect(try read(#"[{"a": 1, "a": 2}]"#, .json).values("a") == [.integer(2)])
  }
}

@Suite struct JSONErrorTests {
  @Test(arguments: [
    ("", 1, 1, "file is empty"),
    ("  \n ", 1, 1, "file is empty"),
    ("{\"a\": 1}", 1, 1, "expected an array of objects at the top level"),
    ("[{\"a\":1},\n {\"a\":2},\n 3]", 3, 2, "element 3 is not an object"),
    ("[{\"a\": 1} {\"a\": 2}]", 1, 11, "expected \",\" or \"]\""),
    ("[{\"a\" 1}]", 1, 7, "expected \":\" after the key"),
    ("[{\"a\": 1,}]", 1, 10, "expected a string key"),
    ("[{\"a\": \"x]", 1, 8, "string never closed (opened here)"),
    ("[{\"a\": \"x\ty\"}]", 1, 10, "control character in string"),
    ("[{\"a\": \"\\q\"}]", 1, 9, "invalid escape \"\\q\""),
    ("[{\"a\": \"\\u12\"}]", 1, 9, "invalid unicode escape"),
    ("[{\"a\": 01}]", 1, 8, "invalid number"),
    ("[{\"a\": -}]", 1, 8, "invalid number"),
    ("[{\"a\": tru}]", 1, 8, "invalid literal, expected \"true\""),
    ("[{\"a\": @}]", 1, 8, "unexpected character \"@\""),
    ("[{\"a\": \u{0}}]", 1, 8, "unexpected character U+0000"),
    ("[{\"a\": [1, 2", 1, 13, "unexpected end of input"),
    ("[{\"a\": 1}] x", 1, 12, "unexpected text after the array"),
    ("[{\"år\": 1}, {\"Ar\": 2}]", 1, 14, "duplicate column name \"Ar\""),
    ("[{\"\": 1}]", 1, 3, "empty key"),
  ])
  func reportsErrors(text: String, line: Int, column: Int, message: String) {
    #expect(error(reading: text, .json) == SourceError(line: line, column: column, message: message))
  }

  @Test func ndjsonErrorsNameTheLine() {
    #expect(
      error(reading: "{\"a\": 1}\n\n[1]\n", .ndjson)
        == SourceError(line: 3, column: 1, message: "expected an object on each line"))
    #expect(
      error(reading: "{\"a\": 1}\r\n{\"a\": 2} {\n", .ndjson)
        == SourceError(line: 2, column: 10, message: "unexpected text after the object"))
    #expect(
      error(reading: "{\"a\": 1}\n{\"a\": \n2}\n", .ndjson)
        == SourceError(line: 2, column: 7, message: "unexpected end of input"))
    #expect(error(reading: "\n\n", .ndjson) == SourceError(line: 1, column: 1, message: "file is empty"))
  }

  @Test func limitsNesting() {
    let deep = "[{\"a\":" + String(repeating: "[", count: 10_000) + "]}]"
    #expect(
      error(reading: deep, .json)
        == SourceError(line: 1, column: 261, message: "nesting deeper than 256 levels"))
    let fine = "[{\"a\":" + String(repeating: "[", count: 254) + String(repeating: "]", count: 254) + "}]"
    #expect(error(reading: fine, .json) == nil)
    let ndjson = "{\"a\":" + String(repeating: "{\"b\":", count: 300)
    #expect(error(reading: ndjson, .ndjson)?.message == "nesting deeper than 256 levels")
  }
}
