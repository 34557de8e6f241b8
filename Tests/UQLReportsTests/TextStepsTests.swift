import Testing
import UQLValues
@testable import UQLReports

@Suite("Shared text steps")
struct TextStepsTests {
  @Test func htmlTagsAndEntitiesAreRemoved() {
    #expect(HTMLText.plain("<p>Arbetet med <i>Jämt ska vara jämt</i> &amp; mer</p> <p>Nästa&nbsp;stycke</p>")
      == "Arbetet med Jämt ska vara jämt & mer Nästa stycke")
    #expect(HTMLText.plain("a &#228; &#xE5; &lt;b&gt; &quot;c&quot;") == "a ä å <b> \"c\"")
    #expect(HTMLText.plain("x < 5 och y > 3 & z") == "x < 5 och y > 3 & z")
    #expect(HTMLText.plain("&#99999999; &#xD800; &bogus; &") == "&#99999999; &#xD800; &bogus; &")
    #expect(HTMLText.plain("<ul style=\"list-style-type: none\">  A  B") == "A B")
  }

  @Test func blocksSplitAtBlockTagsOnly() {
    #expect(HTMLText.blocks("<p>▶ Ett</p> <p>! Två med <i>kursiv</i> text</p>") == ["▶ Ett", "! Två med kursiv text"])
    #expect(HTMLText.blocks("<ul><li>a</li><li>b</li></ul>") == ["a", "b"])
    #expect(HTMLText.blocks("rad ett<br/>rad två") == ["rad ett", "rad två"])
    #expect(HTMLText.blocks("") == [])
    #expect(HTMLText.hasMarkup("<p>x</p>"))
    #expect(!HTMLText.hasMarkup("3 < 4"))
  }

  @Test func wrappedLinesAreJoined() {
    #expect(LineJoining.join(["Ta fram Trafikförsörjnings-", "program 2020-2023"]) == "Ta fram Trafikförsörjnings-program 2020-2023")
    #expect(LineJoining.join(["ekologisk-", "och social hållbarhet"]) == "ekologisk- och social hållbarhet")
    #expect(LineJoining.join(["slut på rad ", "  nästa   rad"]) == "slut på rad nästa rad")
    #expect(LineJoining.join(["2016-", "2020"]) == "2016- 2020")
    #expect(LineJoining.join(["", " ", "ensam"]) == "ensam")
  }

  @Test func tableOfContentsLines() {
    #expect(TableOfContents.isEntry("2.1 Delmål: Hög attraktivitet ............................................................................................4"))
    #expect(TableOfContents.isEntry("sjukvård av hög kvalitet för en god och jämlik hälsa............................................20"))
    #expect(TableOfContents.isEntry("2.1\tHög attraktivitet.....\t5"))
    #expect(!TableOfContents.isEntry("Summa 14 548 25 000 46 750 21 750"))
    #expect(!TableOfContents.isEntry("Se sidan 4."))
    #expect(TableOfContents.isHeading("Innehållsförteckning"))
  }

  @Test func pageFurniture() {
    let header = "Regionkontoret, Uppföljningsrapport 2 jan-aug 2018 Kvartal 2 2018  15(39)"
    #expect(PageFurniture.pageNumber(in: header)! == (15, 39))
    #expect(PageFurniture.pageNumber(in: "Indikator (R12)") == nil)
    #expect(PageFurniture.isPageNumberLine("15(39)"))
    #expect(PageFurniture.isPageNumberLine(" 7 "))
    #expect(PageFurniture.isPageNumberLine("Sida 3 av 39"))
    #expect(!PageFurniture.isPageNumberLine("2018"))
    // Other organisations' forms: a page no later than the page count.
    #expect(PageFurniture.isPageNumberLine("Sida 2 (5)"))
    #expect(PageFurniture.isPageNumberLine("3 (9)"))
    #expect(PageFurniture.isPageNumberLine("Sida 12"))
    #expect(PageFurniture.isPageNumberLine("4/24"))
    #expect(!PageFurniture.isPageNumberLine("9 (3)"))
    #expect(!PageFurniture.isPageNumberLine("2023 (2022)"))
    #expect(!PageFurniture.isPageNumberLine("Sida"))
    let lines = [header, "text", header.replacingOccurrences(of: "15(39)", with: "16(39)"),
      header.replacingOccurrences(of: "15(39)", with: "17(39)")]
    let repeated = PageFurniture.repeatedLines(lines)
    #expect(repeated.contains(PageFurniture.key(lines[2])))
    #expect(repeated.count == 1)
  }

  @Test func sectionNumbers() {
    #expect(SectionNumber.split("2.1.1 Hög attraktivitet")! == ("2.1.1", "Hög attraktivitet"))
    #expect(SectionNumber.split("1. Sammanfattning")! == ("1", "Sammanfattning"))
    #expect(SectionNumber.split("2018 års resultat")?.number == nil)
    #expect(SectionNumber.split("12,3 procent") == nil)
    #expect(SectionNumber.split("2.1") == nil)
    #expect(SectionNumber.depth("2.1.1") == 3)
  }
}

@Suite("Total rows")
struct TotalRowCheckTests {
  static func cell(_ post: String, _ printed: String, measure: String = "Årsprognos", line: Int) -> EconomyRecord {
    let parsed = SwedishNumber.parse(printed)
    return EconomyRecord(table: "Investering (tkr)", post: post, measure: measure, value: parsed?.value,
      printed: printed, unit: parsed?.unit, line: line)
  }

  @Test func matchingTotalGivesNoWarning() {
    let rows = [
      Self.cell("Möbler", "1 400", line: 1), Self.cell("Laddstolpar", "150", line: 2),
      Self.cell("FVIS", "14 500", line: 3), Self.cell("Summa", "16 050", line: 4),
    ]
    #expect(TotalRowCheck.check(rows).isEmpty)
  }

  @Test func mismatchNamesBothNumbers() {
    let rows = [
      Self.cell("A", "-6,0", line: 1), Self.cell("B", "14,9", line: 2), Self.cell("Totalt", "9,5", line: 3),
      Self.cell("A", "1", measure: "Budget", line: 1), Self.cell("Totalt", "1", measure: "Budget", line: 3),
    ]
    let warnings = TotalRowCheck.check(rows)
    #expect(warnings.count == 1)
    #expect(warnings.first?.line == 3)
    #expect(warnings.first?.message.contains("printed as 9,5") == true)
    #expect(warnings.first?.message.contains("add up to 8.9") == true)
  }

  /// A total of every row above (`Total förvaltning och förändringsinitiativ`, after the subtotal
  /// `Total förvaltning`) and the rows below it make the grand total: no warning.
  @Test func grandTotalOfATotalAndTheRowsBelowIt() {
    let rows = [
      Self.cell("Ekonomi", "20,5", line: 1), Self.cell("Digital infrastruktur", "210,1", line: 2),
      Self.cell("Total förvaltning", "230,6", line: 3), Self.cell("Förändringsinitiativ", "9,1", line: 4),
      Self.cell("Total förvaltning och förändringsinitiativ", "239,7", line: 5),
      Self.cell("E-tjänstekort", "2,6", line: 6), Self.cell("Kommunbidrag", "10,6", line: 7),
      Self.cell("Totalt", "252,9", line: 8),
    ]
    #expect(TotalRowCheck.check(rows).isEmpty)
    var wrong = rows
    wrong[7] = Self.cell("Totalt", "-252,9", line: 8)
    #expect(TotalRowCheck.check(wrong).map(\.line) == [8])
  }

  /// A total of costs under the income above them (`Summa kostnader` after `Intäkter`, an
  /// income statement): in the columns of amounts it is the rows of its own sign, and those rows
  /// are its rows in the deviation's column too, whose figures have both signs. A wrong total
  /// still warns.
  @Test func aTotalOfCostsUnderTheIncomeAboveThem() {
    func rows(_ deviationTotal: String) -> [EconomyRecord] {
      [("Intäkter", "58 400", "5 512"), ("Personalkostnader", "−96 300", "−1 545"), ("Lokalkostnader", "−14 200", "−188"),
        ("Köp av verksamhet", "−38 600", "1 626"), ("Övriga kostnader", "−9 800", "−417"), ("Summa kostnader", "−158 900", deviationTotal)]
        .enumerated().flatMap { n, row in
          [Self.cell(row.0, row.1, measure: "Budget 2024", line: n + 1), Self.cell(row.0, row.2, measure: "Avvikelse", line: n + 1)]
        }
    }
    #expect(TotalRowCheck.check(rows("−524")).isEmpty)
    #expect(TotalRowCheck.check(rows("−600")).map(\.message) == [
      "the total 'Summa kostnader' of 'Investering (tkr)', 'Avvikelse', is printed as −600 but its 5 rows add up to 4988"
    ])
  }

  /// Where a column's rows add up to the total printed beside it, the values look one column
  /// off, and the warning says so; a plain mismatch says nothing of the kind.
  @Test func valuesOneColumnOffAreNamed() {
    let rows = [
      Self.cell("A", "10", measure: "Budget 2024", line: 1), Self.cell("B", "20", measure: "Budget 2024", line: 2),
      Self.cell("Summa", "33", measure: "Budget 2024", line: 3),
      Self.cell("A", "12", measure: "Utfall 2024", line: 1), Self.cell("B", "21", measure: "Utfall 2024", line: 2),
      Self.cell("Summa", "30", measure: "Utfall 2024", line: 3),
    ]
    let warnings = TotalRowCheck.check(rows).map(\.message)
    #expect(warnings == [
      "the total 'Summa' of 'Investering (tkr)', 'Budget 2024', is printed as 33 but its 2 rows add up to 30; "
        + "that is the total printed under 'Utfall 2024': the values look one column off",
      "the total 'Summa' of 'Investering (tkr)', 'Utfall 2024', is printed as 30 but its 2 rows add up to 33; "
        + "that is the total printed under 'Budget 2024': the values look one column off",
    ])
    #expect(TotalRowCheck.check(Array(rows.prefix(3))).first?.message.contains("column off") == false)
    // pdfplumber: the first row's value under its header, the other rows' in the column beside it
    // that has no header, the total under the header again.
    let shifted = [
      Self.cell("Nämnd", "-1,9", measure: "Bokslut 2023", line: 1),
      Self.cell("Stöd", "-64,8", measure: "kolumn 2", line: 2), Self.cell("Stöd", "-70", measure: "Budget 2024", line: 2),
      Self.cell("Boende", "-245,5", measure: "kolumn 2", line: 3), Self.cell("Boende", "-248,3", measure: "Budget 2024", line: 3),
      Self.cell("Summa", "-312,2", measure: "Bokslut 2023", line: 4), Self.cell("Summa", "-318,3", measure: "Budget 2024", line: 4),
    ]
    #expect(TotalRowCheck.check(shifted).map(\.message) == [
      "the total 'Summa' of 'Investering (tkr)', 'Bokslut 2023', is printed as -312,2 but its 1 rows add up to -1.9; "
        + "with the 2 values printed under 'kolumn 2', a column without a header, they add up to it: those values look one column off"
    ])
  }

  /// A grand total under a subtotal adds up every row above it, or the subtotal and the rows
  /// after it: either is right; a wrong one is still named, with the rows since the subtotal.
  @Test func aGrandTotalUnderASubtotalAddsUpEveryRowAbove() {
    let rows = [
      Self.cell("Barn och unga", "68 400", line: 1), Self.cell("Vuxna", "31 200", line: 2),
      Self.cell("Summa individ- och familjeomsorg", "99 600", line: 3), Self.cell("Äldreomsorg", "398 700", line: 4),
      Self.cell("Summa Socialnämnden", "498 300", line: 5),
      // An independent part of the table after the grand total starts a whole of its own.
      Self.cell("Projekt A", "100", line: 6), Self.cell("Summa projekt", "100", line: 7),
    ]
    #expect(TotalRowCheck.check(rows).isEmpty)
    var wrong = rows
    wrong[4] = Self.cell("Summa Socialnämnden", "498 400", line: 5)
    #expect(TotalRowCheck.check(wrong).map(\.message) == [
      "the total 'Summa Socialnämnden' of 'Investering (tkr)', 'Årsprognos', is printed as 498 400 but its 1 rows add up to 398700"
    ])
  }

  @Test func percentagesAndRatiosAreNotSummed() {
    let rows = [
      Self.cell("A", "10,5%", line: 1), Self.cell("B", "52,2%", line: 2), Self.cell("Total", "16,7%", line: 3),
      Self.cell("A", "1", measure: "Avvikelsen i % av årsbudget", line: 1),
      Self.cell("Total", "7", measure: "Avvikelsen i % av årsbudget", line: 3),
      Self.cell("A", "3", measure: "Andel heltid", line: 1), Self.cell("Summa", "9", measure: "Andel heltid", line: 3),
    ]
    #expect(TotalRowCheck.check(rows).isEmpty)
  }

  @Test func roundingIsAllowed() {
    let rows = [Self.cell("A", "0,3", line: 1), Self.cell("B", "0,3", line: 2), Self.cell("Summa", "0,7", line: 3)]
    #expect(TotalRowCheck.check(rows).isEmpty)
    #expect(TotalRowCheck.isTotal("Totalt"))
    #expect(!TotalRowCheck.isTotal("Totalförsvar"))
  }
}
