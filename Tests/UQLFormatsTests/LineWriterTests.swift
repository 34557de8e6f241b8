import Testing
import UQLValues

@testable import UQLFormats

/// The `line` format: one `column = value` line per column, as sqlite3's `.mode line`.
@Suite struct LineWriterTests {
  @Test func rowsAsAlignedNameValueLines() {
    let table = Table(
      names: ["rapport", "rad", "kommentar"], types: [.text, .integer, .text],
      rows: [
        [.text("001_ad0398bc00775623"), .integer(43), .text("Två rader\nhär \u{1B}[31m")],
        [.text("002"), .integer(7), .null],
      ])
    let text = ResultWriter.string(table, as: .line)
    #expect(text == """
        rapport = 001_ad0398bc00775623
            rad = 43
      kommentar = Två rader\\nhär \\e[31m

        rapport = 002
            rad = 7
      kommentar = null

      """)
  }

  @Test func anEmptyResultPrintsNothing() {
    #expect(ResultWriter.string(Fixture.empty, as: .line) == "")
  }
}
