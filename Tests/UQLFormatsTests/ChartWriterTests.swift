import Foundation
import Testing
import UQLFormats
import UQLValues

/// Small results to chart: positive counts, mixed signs with a null, a zero, a wide label and an
/// escape character, a trend over twelve months and two series with a gap.
enum ChartFixture {
  static func number(_ text: String) -> Value { .number(Decimal(string: text)!) }

  static let counts = Table(
    names: ["kommun", "antal"], types: [.text, .integer],
    rows: [[.text("Stockholm"), .integer(120)], [.text("Malmö"), .integer(45)], [.text("Göteborg"), .integer(7)]])

  static let mixed = Table(
    names: ["post", "belopp"], types: [.text, .number],
    rows: [
      [.text("intäkter"), number("12.5")], [.text("kostnader"), number("-8.25")], [.text("saknas"), .null],
      [.text("noll"), number("0")], [.text("日本語"), number("3")], [.text("röd\u{1B}[31m"), number("-0.5")],
    ])

  static let trend = Table(
    names: ["tidpunkt", "värde"], types: [.text, .number],
    rows: (0..<12).map { [.text("2018-\($0 + 1)"), number(String(Double(($0 * 7) % 11) / 2))] })

  static let series = Table(
    names: ["indikator", "tidpunkt", "värde"], types: [.text, .text, .integer],
    rows: [
      [.text("Sjukfrånvaro"), .text("2018"), .integer(5)], [.text("Sjukfrånvaro"), .text("2019"), .integer(7)],
      [.text("Sjukfrånvaro"), .text("2020"), .integer(4)], [.text("Kö"), .text("2019"), .integer(10)],
      [.text("Kö"), .text("2020"), .null], [.text("Kö"), .text("2021"), .integer(30)],
    ])

  static let all = [(counts, ChartKind.bar), (mixed, .bar), (trend, .line), (series, .line)]
}

@Suite struct ChartWriterTests {
  /// The chart's text, or `error: ` and the message.
  static func chart(_ table: Table, _ kind: ChartKind, width: Int = 40, ascii: Bool = false) -> String {
    switch ChartWriter.render(table, as: kind, options: ChartOptions(width: width, ascii: ascii)) {
    case .success(let text): return text
    case .failure(let error): return "error: " + error.message
    }
  }

  // MARK: Bars

  @Test func barsScaleToTheWidth() {
    let expected = """
      Stockholm ██████████████████████████ 120
      Malmö     █████████▊ 45
      Göteborg  █▌ 7

      """
    #expect(Self.chart(ChartFixture.counts, .bar) == expected)
  }

  @Test func barsInASCII() {
    let expected = """
      Stockholm ########################## 120
      Malmö     ########## 45
      Göteborg  ## 7

      """
    #expect(Self.chart(ChartFixture.counts, .bar, ascii: true) == expected)
  }

  @Test func negativeBarsGrowLeftFromAnAxis() {
    let expected = """
      intäkter           │██████████████ 12.5
      kostnader █████████│ -8.25
      saknas             │ null
      noll               │ 0
      日本語             │███▍ 3
      röd\\e[31m         ▐│ -0.5

      """
    #expect(Self.chart(ChartFixture.mixed, .bar) == expected)
  }

  @Test func negativeBarsInASCII() {
    let expected = """
      intäkter           |############## 12.5
      kostnader =========| -8.25
      saknas             | null
      noll               | 0
      日本語             |### 3
      röd\\e[31m         =| -0.5

      """
    #expect(Self.chart(ChartFixture.mixed, .bar, ascii: true) == expected)
  }

  @Test func onlyNegativeBarsTakeTheWholeWidth() {
    let table = Table(
      names: ["a", "b"], types: [.text, .integer], rows: [[.text("x"), .integer(-10)], [.text("y"), .integer(-5)]])
    let expected = """
      x ██████████│ -10
      y      █████│ -5

      """
    #expect(Self.chart(table, .bar, width: 17) == expected)
  }

  @Test func barsUseEighthsAndNeverHideASmallValue() {
    let table = Table(
      names: ["a", "b"], types: [.text, .number],
      rows: [
        [.text("a"), ChartFixture.number("80")], [.text("b"), ChartFixture.number("1")],
        [.text("c"), ChartFixture.number("0.001")], [.text("d"), ChartFixture.number("43")],
      ])
    let expected = """
      a ██████████ 80
      b ▏ 1
      c ▏ 0.001
      d █████▍ 43

      """
    #expect(Self.chart(table, .bar, width: 18) == expected)
  }

  @Test func longLabelsAreCutSoBarsKeepTheirRoom() {
    let table = Table(
      names: ["a", "b"], types: [.text, .integer],
      rows: [[.text("Regionstyrelsens förvaltning"), .integer(5)], [.text("Kö"), .integer(1)]])
    let expected = """
      Regionstyrelsens… ██████████ 5
      Kö                ██ 1

      """
    #expect(Self.chart(table, .bar, width: 30) == expected)
    // Cut before a space, the label keeps no space before its `…`.
    #expect(Self.chart(table, .bar, width: 31).hasPrefix("Regionstyrelsens…  ██████████ 5\n"))
  }

  @Test func anyLabelTypeAndAllNullValues() {
    let table = Table(
      names: ["datum", "inget"], types: [.date, .null],
      rows: [[.date(Day(year: 2024, month: 1, day: 31)!), .null], [.null, .null]])
    #expect(Self.chart(table, .bar) == "2024-01-31  null\nnull        null\n")
  }

  @Test(arguments: Array(stride(from: 20, through: 200, by: 3)))
  func largestBarFillsTheWidthExactly(width: Int) throws {
    for ascii in [false, true] {
      let lines = Self.chart(ChartFixture.counts, .bar, width: width, ascii: ascii).split(separator: "\n")
      try #require(lines.count == 3)
      #expect(DisplayWidth.of(String(lines[0])) == width)
      let full: Character = ascii ? "#" : "█"
      // Below 24 columns the label is cut to leave the bar its ten columns.
      let label = DisplayWidth.of(String(lines[0].prefix { $0 != full }))
      #expect(label == (width < 24 ? max(5, width - 15) + 1 : "Stockholm ".count))
      #expect(lines[0].filter { $0 == full }.count == width - label - " 120".count)
    }
  }

  // MARK: Lines

  @Test func sparklineWithEnds() {
    let unicode = Self.chart(ChartFixture.trend, .line, width: 60)
    let ascii = Self.chart(ChartFixture.trend, .line, width: 60, ascii: true)
    #expect(unicode == "2018-1 ▁▆▃█▅▂▇▅▂▇▄▁ 2018-12  min 0  max 5\n")
    #expect(ascii == "2018-1 _=.^-.^-_=-_ 2018-12  min 0  max 5\n")
  }

  @Test func sparklineSharesCellsWhenNarrow() {
    // 12 points in 11 cells: the last cell shows the mean of 2 and 0.
    #expect(Self.chart(ChartFixture.trend, .line) == "2018-1 ▁▆▃█▅▂▇▅▂▇▂ 2018-12  min 0  max 5\n")
  }

  @Test func oneSparklinePerSeries() {
    let expected = """
      Sjukfrånvaro  2018 ▃█▁ 2020  min 4  max 7
      Kö            2019 ▁ █ 2021  min 10  max 30

      """
    #expect(Self.chart(ChartFixture.series, .line, width: 60) == expected)
  }

  @Test func oneSparklinePerSeriesInASCII() {
    let expected = """
      Sjukfrånvaro  2018 .^_ 2020  min 4  max 7
      Kö            2019 _ ^ 2021  min 10  max 30

      """
    #expect(Self.chart(ChartFixture.series, .line, width: 60, ascii: true) == expected)
  }

  @Test func seriesLabelsAreCutWhenNarrow() {
    let expected = """
      Sjukfrån…  2018 ▃█▁ 2020  min 4  max 7
      Kö         2019 ▁ █ 2021  min 10  max 30

      """
    #expect(Self.chart(ChartFixture.series, .line) == expected)
  }

  @Test func flatAndEmptySeries() {
    let table = Table(
      names: ["s", "x", "y"], types: [.text, .integer, .number],
      rows: [
        [.text("platt"), .integer(1), ChartFixture.number("2.5")],
        [.text("platt"), .integer(2), ChartFixture.number("2.5")],
        [.text("tom\n"), .integer(1), .null],
      ])
    let expected = """
      platt  1 ▄▄ 2  min 2.5  max 2.5
      tom\\n  1    1  no values

      """
    #expect(Self.chart(table, .line) == expected)
  }

  @Test func seriesOfUnequalLengthStayAligned() {
    let table = Table(
      names: ["s", "år", "y"], types: [.text, .integer, .integer],
      rows: [1, 2, 3, 4, 5].map { [.text("lång"), .integer(2015 + $0), .integer($0)] }
        + [[.text("kort"), .integer(2019), .integer(9)], [.text("kort"), .integer(2020), .integer(-9)]])
    let expected = """
      lång  2016 ▁▃▅▆█ 2020  min 1  max 5
      kort  2019 █▁    2020  min -9  max 9

      """
    #expect(Self.chart(table, .line) == expected)
  }

  // MARK: Limits and errors

  @Test(arguments: Array(20...200))
  func linesNeverExceedTheWidth(width: Int) {
    for (table, kind) in ChartFixture.all {
      for ascii in [false, true] {
        let text = Self.chart(table, kind, width: width, ascii: ascii)
        if text.hasPrefix("error: ") {
          #expect(text.contains("too small"), "\(kind) at \(width): \(text)")
          continue
        }
        #expect(text.hasSuffix("\n"))
        for line in text.split(separator: "\n") {
          #expect(DisplayWidth.of(String(line)) <= width, "\(kind) at \(width): \(line)")
        }
      }
    }
  }

  @Test func everyFixtureFitsFromFortyColumns() {
    for (table, kind) in ChartFixture.all {
      #expect(!Self.chart(table, kind).hasPrefix("error: "))
    }
  }

  @Test func manyPointsFitAnyWidth() {
    let table = Table(
      names: ["x", "y"], types: [.integer, .integer], rows: (0..<1000).map { [.integer($0), .integer($0 % 37)] })
    for width in [31, 80, 200] {
      let line = Self.chart(table, .line, width: width)
      #expect(DisplayWidth.of(String(line.dropLast())) == width)
    }
  }

  @Test(arguments: [ChartKind.bar, .line])
  func noRows(kind: ChartKind) {
    let table = Table(names: ["namn", "antal"], types: [.text, .integer], rows: [])
    #expect(Self.chart(table, kind) == "no rows to chart\n")
  }

  @Test func errorMessages() {
    let three = ChartFixture.series
    let one = Table(names: ["antal"], types: [.integer], rows: [[.integer(1)]])
    let four = Table(
      names: ["a", "b", "c", "d"], types: [.text, .text, .text, .integer],
      rows: [[.text("a"), .text("b"), .text("c"), .integer(1)]])
    let texts = Table(names: ["namn", "status\u{1B}"], types: [.text, .text], rows: [[.text("a"), .text("b")]])
    let dates = Table(names: ["namn", "datum"], types: [.text, .date], rows: [])
    let cases: [(String, String)] = [
      (Self.chart(three, .bar), "bar charts need two columns, a label and a number; this result has 3"),
      (Self.chart(one, .bar), "bar charts need two columns, a label and a number; this result has 1"),
      (
        Self.chart(one, .line),
        "line charts need two columns, an x label and a number, or three, a series, an x label and a number; "
          + "this result has 1"
      ),
      (
        Self.chart(four, .line),
        "line charts need two columns, an x label and a number, or three, a series, an x label and a number; "
          + "this result has 4"
      ),
      (Self.chart(texts, .bar), "bar charts need numbers in the last column; \"status\\e\" is text"),
      (Self.chart(dates, .line), "line charts need numbers in the last column; \"datum\" is date"),
      (
        Self.chart(ChartFixture.counts, .bar, width: 19),
        "a width of 19 columns is too small for this bar chart; it needs at least 20"
      ),
      (
        Self.chart(ChartFixture.mixed, .bar, width: 0),
        "a width of 0 columns is too small for this bar chart; it needs at least 23"
      ),
      (
        Self.chart(ChartFixture.trend, .line, width: 35),
        "a width of 35 columns is too small for this line chart; it needs at least 36"
      ),
    ]
    for (actual, expected) in cases { #expect(actual == "error: " + expected) }
  }

  @Test func errorsComeAsValues() {
    let result = ChartWriter.render(ChartFixture.counts, as: .bar, options: ChartOptions(width: 5))
    #expect(throws: ChartError.self) { try result.get() }
  }

  @Test func defaultOptions() {
    #expect(ChartOptions() == ChartOptions(width: 80, ascii: false))
    #expect(ChartKind.allCases.map(\.rawValue) == ["bar", "line"])
  }
}
