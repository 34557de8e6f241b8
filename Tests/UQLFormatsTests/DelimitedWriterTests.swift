import Testing
import UQLFormats
import UQLValues

@Suite struct DelimitedWriterTests {
  @Test func writesCSV() {
    let expected = """
      namn,belopp,antal,datum,klar
      Åsa Öberg,-6.5,12,2024-01-31,true
      日本語,1234.25,,,false
      👍 ok,,-3,2024-12-01,
      "sa ""hej"", då
      ny rad",0,7,,true
      röd\u{1B}[31m,-0.125,0,,

      """
    #expect(ResultWriter.string(Fixture.table, as: .csv) == expected)
  }

  @Test func quotesSpacesAndEmptyText() {
    let table = Table(
      names: ["a", "b", "c"], types: [.text, .text, .text],
      rows: [[.text(" x"), .text(""), .null], [.text("y "), .text("a\rb"), .text("ok")]])
    #expect(ResultWriter.string(table, as: .csv) == "a,b,c\n\" x\",\"\",\n\"y \",\"a\rb\",ok\n")
  }

  @Test func omitsHeaderAndUsesNullText() {
    let table = Table(names: ["a", "b"], types: [.integer, .text], rows: [[.integer(1), .null]])
    let options = FormatOptions(header: false, nullText: "NULL")
    #expect(ResultWriter.string(table, as: .csv, options: options) == "1,NULL\n")
    #expect(ResultWriter.string(table, as: .tsv, options: options) == "1\tNULL\n")
  }

  @Test func writesTSV() {
    let expected = """
      namn\tbelopp\tantal\tdatum\tklar
      Åsa Öberg\t-6.5\t12\t2024-01-31\ttrue
      日本語\t1234.25\t\t\tfalse
      👍 ok\t\t-3\t2024-12-01\t
      sa "hej", då\\nny rad\t0\t7\t\ttrue
      röd\u{1B}[31m\t-0.125\t0\t\t

      """
    #expect(ResultWriter.string(Fixture.table, as: .tsv) == expected)
  }

  @Test func escapesTSVLikePostgreSQL() {
    let table = Table(names: ["a"], types: [.text], rows: [[.text("c:\\dir\tx\r\n")]])
    #expect(ResultWriter.string(table, as: .tsv) == "a\nc:\\\\dir\\tx\\r\\n\n")
  }

  @Test func emptyTablesWriteOnlyTheHeader() {
    #expect(ResultWriter.string(Fixture.empty, as: .csv) == "namn,antal\n")
    #expect(ResultWriter.string(Fixture.empty, as: .tsv) == "namn\tantal\n")
    #expect(ResultWriter.string(Fixture.noColumns, as: .csv) == "")
  }
}
