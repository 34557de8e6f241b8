import Testing
import UQLValues
@testable import UQLReports

/// Metadata of `dokument` reports from any organisation: names, periods and the opening that
/// stands in for the title page of a text without page breaks.
@Suite("Document metadata")
struct DocumentMetadataTests {
  static func metadata(_ text: String, file: String = "x.txt") -> ReportMetadata {
    let report = ReportText(file: file, lines: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    return DocumentMetadata.infer(DocumentReader.read(report).document, text: report).0
  }

  @Test(arguments: [
    ("Region Exempel", "Region Exempel"),
    ("Barn- och utbildningsnämnden, Exempels kommun", "Exempels kommun"),
    ("Stockholms läns landsting", "Stockholms läns landsting"),
    ("Region Västra Götaland", "Region Västra Götaland"),
    ("Region Jönköpings län", "Region Jönköpings län"),
    ("Lilla Edets kommun", "Lilla Edets kommun"),
    ("Socialförvaltningen, Göteborgs Stad", "Göteborgs Stad"),
    ("Delårsrapport för Region Exempel", "Region Exempel"),
    ("Kultur- och fritidsnämnden i Exempels kommun", "Exempels kommun"),
    ("Kungsbacka kommun • 0300-83 40 00 • kungsbacka.se", "Kungsbacka kommun"),
    ("Nämnden för Teknik                               Kungsbacka kommun", "Kungsbacka kommun"),
  ])
  func organisationIsANameOnItsOwn(line: String, name: String) {
    #expect(DocumentMetadata.organisation(in: line) == name)
  }

  /// A name inside a sentence or a heading is a mention, not the report's organisation.
  @Test(arguments: [
    "Under året har vi samarbetat med Region Skåne om vården.",
    "Samarbete med Region Skåne",
    "Exempels kommun har fler invånare än Grannby kommun",
    "Varje kommun",
    "Regionen",
  ])
  func organisationIsNotAMention(line: String) {
    #expect(DocumentMetadata.organisation(in: line) == nil)
  }

  @Test(arguments: [
    ("Hälso- och sjukvårdsnämnden", "Hälso- och sjukvårdsnämnden"),
    ("Barn- och utbildningsnämnden, Exempels kommun", "Barn- och utbildningsnämnden"),
    ("Bygg-, miljö- och hälsoskyddsnämnden", "Bygg-, miljö- och hälsoskyddsnämnden"),
    ("Verksamhetsplan för Kommunstyrelsen", "Kommunstyrelsen"),
    ("Tekniska nämnden", "Tekniska nämnden"),
    ("Regionkontoret", "Regionkontoret"),
    ("Socialnämnden i Exempels kommun", "Socialnämnden"),
    ("Nämnden     för Gymnasium      & Arbetsmarknad", "Nämnden för Gymnasium & Arbetsmarknad"),
  ])
  func administrationEndsTheLineOrAPart(line: String, name: String) {
    #expect(DocumentMetadata.administration(in: line) == name)
  }

  @Test(arguments: ["Nämnden", "Beslut i nämnd", "Uppföljning av arbetet i förvaltningen"])
  func administrationIsAName(line: String) {
    #expect(DocumentMetadata.administration(in: line) == nil)
  }
}

extension DocumentMetadataTests {
  @Test(arguments: [
    ("Verksamhetsplan 2025 – uppföljning T2", "jan-aug"),
    ("Tertialrapport 1 2025", "jan-apr"),
    ("Uppföljning T3 2025", "helår"),
    ("Uppföljning andra tertialet 2025", "jan-aug"),
    ("Uppföljning 2:a tertialet 2025", "jan-aug"),
    ("Kvartalsrapport Q3 2024", "jan-sep"),
    ("Uppföljning arbetsmarknadsprocess, kvartal 1 2024", "jan-mar"),
    ("Delårsrapport januari–augusti 2024", "jan-aug"),
    ("Uppföljningsrapport augusti 2025", "jan-aug"),
    ("Uppföljning helår 2024", "helår"),
  ])
  func periodFromTheTitle(title: String, period: String) {
    #expect(DocumentMetadata.period(in: title) == period)
  }

  /// Text without blank lines (`pdftotext -raw`): the cover's short lines are read one by one,
  /// not as one paragraph.
  @Test func aCoverOfShortLinesWithoutBlankLines() {
    let m = Self.metadata(
      """
      Delårsrapport
      januari–augusti 2024
      Barn- och utbildningsnämnden
      Storåsens kommun
      Dnr BUN 2024/0412
      \u{0C}Storåsens kommun Delårsrapport januari–augusti 2024
      1 Sammanfattning
      Nämnden redovisar ett underskott.
      """)
    #expect(m.title == "Delårsrapport januari–augusti 2024")
    #expect(m.organisation == "Storåsens kommun")
    #expect(m.administration == "Barn- och utbildningsnämnden")
    #expect(m.period == "jan-aug")
  }

  @Test func aTitleWithoutAPeriodHasNone() {
    #expect(DocumentMetadata.period(in: "Årsredovisning 2024") == nil)
    #expect(DocumentMetadata.period(in: "Kvartalsrapport 2024") == nil)
    #expect(DocumentMetadata.period(in: "Uppföljning T5 2025") == nil)
  }

  /// A cover line gives a period only when it says nothing else: a decision date is no period.
  @Test func aCoverLineOfAPeriod() {
    #expect(DocumentMetadata.periodLine("Augusti 2024") == "jan-aug")
    #expect(DocumentMetadata.periodLine("Tertial 2") == "jan-aug")
    #expect(DocumentMetadata.periodLine("Beslutad 12 april 2025") == nil)
  }

  /// The period on its own cover line, below the title.
  @Test func periodFromACoverLineBelowTheTitle() {
    let m = Self.metadata(
      """
      <!-- sida 1 -->

      Delårsrapport

      Augusti 2024

      Socialnämnden

      <!-- sida 2 -->

      1 Inledning

      Text om perioden.
      """)
    #expect(m.kind == .delårsrapport && m.title == "Delårsrapport")
    #expect(m.period == "jan-aug" && m.year == 2024)
    #expect(m.administration == "Socialnämnden")
  }
}

extension DocumentMetadataTests {
  /// A year's report on one subject is an årsrapport, and its title wins over a subtitle that
  /// names a span of years.
  @Test func aYearsReportOnOneSubjectIsAnÅrsrapport() {
    let m = Self.metadata(
      """
      Miljöbokslut 2024

      Växjö kommun

      Uppföljning av Miljöprogrammet 2021–2025

      Rapporten beskriver hur miljötillståndet i kommunen har utvecklats under 2024 och hur kommunen
      ligger till i förhållande till målen i Miljöprogrammet.
      """)
    #expect(m.kind == .årsrapport && m.title == "Miljöbokslut 2024" && m.year == 2024)
    #expect(m.organisation == "Växjö kommun")
  }
}

/// A text without page breaks: its opening lines, before the first numbered heading or prose,
/// are its title page.
extension DocumentMetadataTests {
  @Test func theOpeningOfAPlainTextIsItsTitlePage() {
    let m = Self.metadata(
      """
      Region Exempel
      Hälso- och sjukvårdsnämnden
      Uppföljningsrapport augusti 2025


      3 Mål och aktiviteter

      Text om målen här, en längre mening som är brödtext.
      """)
    #expect(m.title == "Uppföljningsrapport augusti 2025")
    #expect(m.kind == .uppföljningsrapport)
    #expect(m.organisation == "Region Exempel")
    #expect(m.administration == "Hälso- och sjukvårdsnämnden")
    #expect(m.year == 2025 && m.period == "jan-aug")
  }

  @Test func aMarkdownHeadingAtTheStartIsTheTitle() {
    let m = Self.metadata(
      """
      # Verksamhetsplan 2025 – uppföljning T2

      Barn- och utbildningsnämnden, Exempels kommun

      ## 2. Mål

      Text.
      """, file: "x.md")
    #expect(m.title == "Verksamhetsplan 2025 – uppföljning T2")
    // The plan is what is followed up: the report is the follow-up of its second tertial.
    #expect(m.kind == .uppföljningsrapport)
    #expect(m.organisation == "Exempels kommun")
    #expect(m.administration == "Barn- och utbildningsnämnden")
    #expect(m.year == 2025 && m.period == "jan-aug")
  }

  @Test func emphasisedCoverLinesOfMarkdown() {
    let m = Self.metadata(
      """
      **Region Exempel**

      **Kommunstyrelsen**

      **Delårsrapport januari–augusti 2024**

      ## Sammanfattning

      Text.
      """, file: "x.md")
    #expect(m.title == "Delårsrapport januari–augusti 2024" && m.kind == .delårsrapport)
    #expect(m.organisation == "Region Exempel" && m.administration == "Kommunstyrelsen")
    #expect(m.year == 2024 && m.period == "jan-aug")
  }

  /// A kind on one line and its number on the next is one title.
  @Test func aTitleContinuedByItsNumber() {
    let m = Self.metadata(
      """
      Uppföljningsrapport
      2 januari-augusti
      Region Exempel

      1 Inledning

      Text.
      """)
    #expect(m.title == "Uppföljningsrapport 2 januari-augusti")
    #expect(m.organisation == "Region Exempel" && m.period == "jan-aug")
  }

  /// Names in the body, after the first sentence, are mentions.
  @Test func aBodySentenceNamingAnotherOrganisationSetsNothing() {
    let m = Self.metadata(
      """
      Uppföljningsrapport augusti 2025

      Under perioden har vi samarbetat med Region Skåne och Malmö stad om vården.

      Region Skåne

      1 Mål

      Text.
      """)
    #expect(m.title == "Uppföljningsrapport augusti 2025")
    #expect(m.organisation == nil && m.administration == nil)
  }

  /// Prose first, or a numbered heading first (an excerpt): there is no title page.
  @Test(arguments: [
    "Under perioden har vi samarbetat med Region Skåne i Hälso- och sjukvårdsnämnden.\n\nUppföljningsrapport augusti 2025\n\n1 Mål\n\nText.",
    "3 Mål och aktiviteter\n\nRegion Exempel arbetar med målen.\n\nUppföljningsrapport augusti 2025",
    "Nämnden har under perioden arbetat vidare med uppföljning av\nverksamhetens mål och de aktiviteter som beslutades.\n\n1 Inledning\n\nText.",
  ])
  func noOpeningNoMetadata(text: String) {
    let m = Self.metadata(text)
    #expect(m.kind == .okänd && m.title == nil)
    #expect(m.organisation == nil && m.administration == nil && m.period == nil)
  }

  /// A plan named alone is a plan, and a date on its cover is no period: it covers the year.
  @Test func aDecisionDateIsNoPeriod() {
    let m = Self.metadata("Verksamhetsplan 2025\nBeslutad 12 april 2025\n\n1 Inledning\n\nText.")
    #expect(m.kind == .verksamhetsplan && m.year == 2025 && m.period == "helår")
  }

  /// docling prints a cover's title as `#` and its subtitle naming the kind of report as `##`.
  @Test func aSubtitleNamingTheKindUnderTheTitle() {
    let m = Self.metadata(
      """
      <!-- image -->

      # Ekholms Energi och Vatten AB

      ## Delårsrapport januari–augusti 2024

      Org.nr 556702-3318. Bolaget ägs till 100 procent av Ekholms kommun.

      ## Viktiga händelser under perioden
      """)
    #expect(m.title == "Delårsrapport januari–augusti 2024")
    #expect(m.year == 2024)
  }
}
