import Foundation
import Testing
import UQLSources
import UQLValues

@Suite struct DelimitedReadingTests {
  @Test func infersEveryType() throws {
    let table = try read(
      """
      id,belopp,datum,klar,namn,status,tom
      1,3.5,2024-01-31,true,Åsa,pågår,
      -2,-6,2024-02-29,FALSE,Öberg,Klar,
      +3,,,,,,

      """)
    #expect(table.rowCount == 3)
    #expect(table.columns.map(\.type) == [.integer, .number, .date, .boolean, .text, .enumeration(.status), .text])
    #expect(table.values("id") == [.integer(1), .integer(-2), .integer(3)])
    #expect(table.values("belopp") == [.number(Decimal(string: "3.5")!), .number(-6), .null])
    #expect(
      table.values("datum") == [
        .date(Day(year: 2024, month: 1, day: 31)!), .date(Day(year: 2024, month: 2, day: 29)!), .null,
      ])
    #expect(table.values("klar") == [.boolean(true), .boolean(false), .null])
    #expect(table.values("status") == [.text("pågår"), .text("klar"), .null])
    #expect(table.values("tom") == [.null, .null, .null])
  }

  @Test func readsSwedishDecimals() throws {
    let table = try read("v\n\"3,5\"\n\"-6,0\"\n\"1 234,5\"\n\"− 3,0\"\n")
    #expect(table.columns[0].type == .number)
    let expected = ["3.5", "-6", "1234.5", "-3"].map { Value.number(Decimal(string: $0)!) }
    #expect(table.values("v") == expected)
  }

  @Test(arguments: [
    ("9223372036854775808", ValueType.number), ("12a", .text), ("2024-02-30", .text),
    ("1 234", .number), ("82 700 tkr", .text), ("yes", .text), ("0012", .integer), ("1e5", .text),
  ])
  func fallsBack(value: String, type: ValueType) throws {
    #expect(try read("v\n\(value)\n").columns[0].type == type)
  }

  @Test func statusNeedsTheNameAndOnlyStatusValues() throws {
    #expect(try read("Status\nej startad\nUPPFYLLS_DELVIS\n").columns[0].type == .enumeration(.status))
    #expect(try read("Status\nej startad\n").values("Status") == [.text("ej_startad")])
    #expect(try read("status\npågår\nkanske\n").columns[0].type == .text)
    #expect(try read("läge\npågår\n").columns[0].type == .text)
  }

  @Test func readsQuotedNewlinesCommasAndQuotes() throws {
    let table = try read("a,b\n\"rad 1\nrad 2\",\"x, \"\"y\"\"\"\n")
    #expect(table.values("a") == [.text("rad 1\nrad 2")])
    #expect(table.values("b") == [.text("x, \"y\"")])
  }

  @Test(arguments: ["\r\n", "\n", "\r"])
  func acceptsEveryLineEnd(end: String) throws {
    let table = try read("a,b" + end + "1,x" + end + "2,y" + end)
    #expect(table.rowCount == 2)
    #expect(table.values("b") == [.text("x"), .text("y")])
  }

  @Test func skipsEmptyLinesAndKeepsALastLineWithoutEnd() throws {
    let table = try read("a,b\n\n1,x\n\n\n2,y")
    #expect(table.values("a") == [.integer(1), .integer(2)])
  }

  @Test func decodesByteOrderMarksAndWindows1252() throws {
    let bom = try TabularReader.read([0xEF, 0xBB, 0xBF] + Array("år\n1\n".utf8), format: .csv)
    #expect(bom.columnNames == ["år"])
    let latin = try TabularReader.read([0x22, 0xE5, 0x72, 0x22, 0x0A, 0x31, 0x0A], format: .csv)
    #expect(latin.columnNames == ["år"])
    var utf16: [UInt8] = [0xFF, 0xFE]
    for unit in "år\n2\n".utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    #expect(try TabularReader.read(utf16, format: .csv).values("år") == [.integer(2)])
  }

  @Test func headerOnlyGivesNoRows() throws {
    let table = try read("a,b\n")
    #expect(table.rowCount == 0)
    #expect(table.columns.map(\.type) == [.text, .text])
  }

  @Test func trimsHeaderNames() throws {
    #expect(try read("a, b\n1,2\n").columnNames == ["a", "b"])
  }

  @Test func readsTSVWithEscapes() throws {
    let table = try read("namn\tantal\na\\tb\\nc\\\\d\\re\t7\n\\N\t\n", .tsv)
    #expect(table.columnNames == ["namn", "antal"])
    #expect(table.values("namn") == [.text("a\tb\nc\\d\re"), .null])
    #expect(table.values("antal") == [.integer(7), .null])
    #expect(try read("a\n\"x\"\n", .tsv).values("a") == [.text("\"x\"")])
  }
}

@Suite struct DelimitedErrorTests {
  @Test func fileIsEmpty() {
    #expect(error(reading: "") == SourceError(line: 1, column: 1, message: "file is empty"))
    #expect(error(reading: "\n\r\n") == SourceError(line: 1, column: 1, message: "file is empty"))
    #expect(error(reading: [0xEF, 0xBB, 0xBF]) == SourceError(line: 1, column: 1, message: "file is empty"))
    #expect(error(reading: "", .tsv)?.message == "file is empty")
  }

  @Test func raggedRows() {
    #expect(
      error(reading: "a,b,c,d\n1,2,3,4\n1,2,3\n")
        == SourceError(line: 3, column: 6, message: "row has 3 fields, the header has 4"))
    #expect(
      error(reading: "a,b\n1,2\nå,2,3\n")
        == SourceError(line: 3, column: 5, message: "row has 3 fields, the header has 2"))
    #expect(
      error(reading: "a\tb\nx\n", .tsv)
        == SourceError(line: 2, column: 2, message: "row has 1 field, the header has 2"))
  }

  @Test func quoteNeverClosed() {
    #expect(
      error(reading: "a,b\n1,\"två\n3,4\n")
        == SourceError(line: 2, column: 3, message: "quote never closed (opened here)"))
    #expect(
      error(reading: "a\n\"")
        == SourceError(line: 2, column: 1, message: "quote never closed (opened here)"))
  }

  @Test func strayQuote() {
    #expect(
      error(reading: "a,b\nåå,x\"y\n")
        == SourceError(line: 2, column: 5, message: "stray quote in unquoted field"))
  }

  @Test func textAfterClosingQuote() {
    #expect(
      error(reading: "a,b\n\"x\"y,1\n")
        == SourceError(
          line: 2, column: 4, message: "expected a comma or the end of the line after the closing quote"))
  }

  /// Positions count lines across CRLF, also inside a quoted field, and columns in scalars.
  @Test func positionsAfterAQuotedLineBreak() {
    #expect(
      error(reading: "a,b\r\n\"x\r\ny\",ö\r\nåå,\"q\"z\n")
        == SourceError(
          line: 4, column: 7, message: "expected a comma or the end of the line after the closing quote"))
    #expect(
      error(reading: "a,b\r\n\"x\ry\",ö,\"\"\n")
        == SourceError(line: 3, column: 6, message: "row has 3 fields, the header has 2"))
  }

  @Test func emptyHeaderName() {
    #expect(
      error(reading: "a,b,,d\n1,2,3,4\n")
        == SourceError(line: 1, column: 5, message: "empty header name in column 3"))
    #expect(error(reading: "a,  \n")?.message == "empty header name in column 2")
  }

  @Test func duplicateColumnName() {
    #expect(
      error(reading: "år,namn,Ar\n")
        == SourceError(line: 1, column: 9, message: "duplicate column name \"Ar\""))
  }
}
