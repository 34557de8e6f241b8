import Testing
import UQLFormats
import UQLValues

@Suite struct MarkdownWriterTests {
  @Test func writesAPipeTable() {
    let expected = """
      | namn                   |  belopp | antal | datum      | klar  |
      | ---------------------- | ------: | ----: | ---------- | ----- |
      | Åsa Öberg              |    -6.5 |    12 | 2024-01-31 | true  |
      | 日本語                 | 1234.25 |       |            | false |
      | 👍 ok                  |         |    -3 | 2024-12-01 |       |
      | sa "hej", då<br>ny rad |       0 |     7 |            | true  |
      | röd\\e[31m              |  -0.125 |     0 |            |       |

      """
    #expect(ResultWriter.string(Fixture.table, as: .markdown) == expected)
  }

  @Test func escapesPipesAndLineBreaks() {
    let table = Table(names: ["a|b"], types: [.text], rows: [[.text("x|y\r\nz\rw\u{7}")]])
    let expected = """
      | a\\|b               |
      | ------------------ |
      | x\\|y<br>z<br>w\\x07 |

      """
    #expect(ResultWriter.string(table, as: .markdown) == expected)
  }

  @Test func emptyTables() {
    #expect(ResultWriter.string(Fixture.empty, as: .markdown) == "| namn | antal |\n| ---- | ----: |\n")
    #expect(ResultWriter.string(Fixture.noColumns, as: .markdown) == "")
  }
}
