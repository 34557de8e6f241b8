import Testing
import UQLFormats
import UQLValues

@Suite struct BoxTableWriterTests {
  @Test func drawsTheFixture() {
    let expected = """
      ┌──────────────────────┬─────────┬───────┬────────────┬───────┐
      │ namn                 │  belopp │ antal │ datum      │ klar  │
      ├──────────────────────┼─────────┼───────┼────────────┼───────┤
      │ Åsa Öberg            │    -6.5 │    12 │ 2024-01-31 │ true  │
      │ 日本語               │ 1234.25 │  null │ null       │ false │
      │ 👍 ok                │    null │    -3 │ 2024-12-01 │ null  │
      │ sa "hej", då\\nny rad │       0 │     7 │ null       │ true  │
      │ röd\\e[31m            │  -0.125 │     0 │ null       │ null  │
      └──────────────────────┴─────────┴───────┴────────────┴───────┘

      """
    #expect(ResultWriter.string(Fixture.table, as: .table) == expected)
  }

  @Test func maxRowsShowsTheFirstAndLastRowsAroundAGap() {
    let table = Table(names: ["n"], types: [.integer], rows: (1...10).map { [.integer($0)] })
    let expected = """
      ┌────┐
      │  n │
      ├────┤
      │  1 │
      │  2 │
      │  ⋮ │
      │  9 │
      │ 10 │
      └────┘

      """
    #expect(ResultWriter.string(table, as: .table, options: FormatOptions(maxRows: 4)) == expected)
    // An odd number shows one more at the top; enough rows, or none, shows every one.
    #expect(FormatOptions(maxRows: 3).shownRows(of: 10) == ([0, 1, 9], 2))
    #expect(FormatOptions(maxRows: 10).shownRows(of: 10) == (Array(0..<10), nil))
    #expect(FormatOptions(maxRows: 0).shownRows(of: 2) == ([], 0))
    #expect(FormatOptions().shownRows(of: 3) == ([0, 1, 2], nil))
  }

  @Test func usesNullText() {
    let text = ResultWriter.string(Fixture.table, as: .table, options: FormatOptions(nullText: "∅"))
    #expect(text.contains("│ 日本語               │ 1234.25 │     ∅ │ ∅          │ false │"))
  }

  @Test func emptyTableKeepsHeaderAndFrame() {
    let expected = """
      ┌──────┬───────┐
      │ namn │ antal │
      ├──────┼───────┤
      └──────┴───────┘

      """
    #expect(ResultWriter.string(Fixture.empty, as: .table) == expected)
  }

  @Test func tableWithoutColumnsIsAnEmptyFrame() {
    #expect(ResultWriter.string(Fixture.noColumns, as: .table) == "┌┐\n││\n├┤\n└┘\n")
  }

  @Test func shrinksTextColumnsToFit() {
    let expected = """
      ┌─────────┬─────────┬───────┬────────────┬───────┐
      │ namn    │  belopp │ antal │ datum      │ klar  │
      ├─────────┼─────────┼───────┼────────────┼───────┤
      │ Åsa Öb… │    -6.5 │    12 │ 2024-01-31 │ true  │
      │ 日本語  │ 1234.25 │  null │ null       │ false │
      │ 👍 ok   │    null │    -3 │ 2024-12-01 │ null  │
      │ sa "he… │       0 │     7 │ null       │ true  │
      │ röd\\e[… │  -0.125 │     0 │ null       │ null  │
      └─────────┴─────────┴───────┴────────────┴───────┘

      """
    let text = ResultWriter.string(Fixture.table, as: .table, options: FormatOptions(maxWidth: 50))
    #expect(text == expected)
    #expect(text.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 50 })
  }

  @Test(arguments: [50, 60, 80])
  func everyLineFits(width: Int) {
    let text = ResultWriter.string(Fixture.table, as: .table, options: FormatOptions(maxWidth: width))
    #expect(text.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= width })
  }

  /// Too narrow for the numbers and dates: they are shown whole and the table is wider.
  @Test(arguments: [20, 30, 40])
  func numbersAndDatesAreNeverCut(width: Int) {
    let text = ResultWriter.string(Fixture.table, as: .table, options: FormatOptions(maxWidth: width))
    for value in ["1234.25", "-0.125", "2024-12-01", "false"] { #expect(text.contains(value), "\(value)") }
  }

  /// Text columns give up room in proportion to their widths: a column of 80 and one of 63
  /// keep about their ratio, not the same width.
  @Test func textColumnsAreCutInProportion() {
    let line = { (n: Int) in String(repeating: "ord ", count: n / 4) + String(repeating: "x", count: n % 4) }
    let table = Table(names: ["kort", "lång"], types: [.text, .text], rows: [[.text(line(63)), .text(line(80))]])
    let text = ResultWriter.string(table, as: .table, options: FormatOptions(maxWidth: 100))
    let widths = text.split(separator: "\n")[0].split(separator: "┬").map { $0.count(where: { $0 == "─" }) - 2 }
    #expect(widths == [42, 51])
    #expect(text.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 100 })
  }

  @Test func textIsCutBeforeAnythingElseAndIdentifiersNever() {
    let table = Table(
      names: ["rapport", "text", "tal"], types: [.text, .text, .integer],
      rows: [[.text("001_ad0398bc00775623"), .text("abcd efgh ijkl mnop"), .integer(1_234_567_890)]])
    let text = ResultWriter.string(table, as: .table, options: FormatOptions(maxWidth: 45))
    #expect(text.contains("│ 001_ad0398bc00775623 │ abcd… │ 1234567890 │"))
    let narrow = ResultWriter.string(table, as: .table, options: FormatOptions(maxWidth: 20))
    #expect(narrow.contains("│ 001_ad0398bc00775623 │ … │ 1234567890 │"))
  }

  @Test func cutsWideCharactersWithoutSplittingThem() {
    let table = Table(names: ["t"], types: [.text], rows: [[.text("日本語日本語日本語")]])
    let text = ResultWriter.string(table, as: .table, options: FormatOptions(maxWidth: 10))
    #expect(text.contains("│ 日本…  │"))
  }
}
