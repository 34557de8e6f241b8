import Foundation
import Testing
import UQLFormats
import UQLValues

@Suite struct JSONWriterTests {
  @Test func writesOneObjectPerLine() {
    let expected = """
      [
      {"namn":"Åsa Öberg","belopp":-6.5,"antal":12,"datum":"2024-01-31","klar":true},
      {"namn":"日本語","belopp":1234.25,"antal":null,"datum":null,"klar":false},
      {"namn":"👍 ok","belopp":null,"antal":-3,"datum":"2024-12-01","klar":null},
      {"namn":"sa \\"hej\\", då\\nny rad","belopp":0,"antal":7,"datum":null,"klar":true},
      {"namn":"röd\\u001b[31m","belopp":-0.125,"antal":0,"datum":null,"klar":null}
      ]

      """
    #expect(ResultWriter.string(Fixture.table, as: .json) == expected)
  }

  @Test func writesNDJSON() {
    let text = ResultWriter.string(Fixture.table, as: .ndjson)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 6)
    #expect(lines[0] == #"{"namn":"Åsa Öberg","belopp":-6.5,"antal":12,"datum":"2024-01-31","klar":true}"#)
    #expect(lines[5] == "")
  }

  @Test func outputParsesWithFoundation() throws {
    let data = Data(ResultWriter.string(Fixture.table, as: .json).utf8)
    let rows = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    #expect(rows.count == 5)
    #expect(rows[4]["namn"] as? String == "röd\u{1B}[31m")
  }

  @Test func escapesControlsAndSeparators() {
    let table = Table(
      names: ["k\"ey"], types: [.text], rows: [[.text("\\ \u{0}\u{7F}\u{2028}\t\u{8}\u{C}é")]])
    #expect(
      ResultWriter.string(table, as: .ndjson)
        == #"{"k\"ey":"\\ \u0000\u007f\u2028\t\b\fé"}"# + "\n")
  }

  @Test func emptyTables() {
    #expect(ResultWriter.string(Fixture.empty, as: .json) == "[]\n")
    #expect(ResultWriter.string(Fixture.empty, as: .ndjson) == "")
    let rowsWithoutColumns = Table(columns: [], rowCount: 2)
    #expect(ResultWriter.string(rowsWithoutColumns, as: .json) == "[\n{},\n{}\n]\n")
  }

  @Test func nullTextDoesNotApply() {
    let table = Table(names: ["a"], types: [.integer], rows: [[.null]])
    let text = ResultWriter.string(table, as: .ndjson, options: FormatOptions(nullText: "x"))
    #expect(text == "{\"a\":null}\n")
  }
}
