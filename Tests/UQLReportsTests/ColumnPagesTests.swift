import Testing
@testable import UQLReports

@Suite("Pages in two columns")
struct ColumnPagesTests {
  /// A page of two columns of prose under a full-width heading, as `pdftotext -layout` prints it.
  static let page = """
    3 Uppdrag från kommunfullmäktige
    Kommunfullmäktige har under året gett nämnderna flera uppdrag. Här redovisas hur arbetet med dem har
    gått under perioden.

    3.1 Direktiv i budget                                 3.2 Ekonomi i balans
    Nämnden får i uppdrag att ta fram en plan för         Nämnden får i uppdrag att redovisa åtgärder för
    lokalförsörjning som omfattar samtliga                en ekonomi i balans senast i oktober. En
    verksamheter och som sträcker sig över tio år.        åtgärdsplan har beslutats och följs upp
    Arbetet har påbörjats och beräknas vara klart         månadsvis i nämnden.
    under våren.
                                                          Kommunstyrelsen får i uppdrag att i samverkan
    Samtliga nämnder får i uppdrag att minska             med nämnderna utveckla uppföljningen av
    sjukfrånvaron genom förebyggande insatser             investeringar så att avvikelser fångas tidigt.
    riktade till chefer och medarbetare.


                                                                                             Sida 1
    """

  @Test func twoColumnsOfProseAreReadColumnByColumn() throws {
    let lines = Self.page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let (read, map) = try #require(ColumnPages.split(lines))
    #expect(Array(read[4...]) == [
      "3.1 Direktiv i budget",
      "Nämnden får i uppdrag att ta fram en plan för",
      "lokalförsörjning som omfattar samtliga",
      "verksamheter och som sträcker sig över tio år.",
      "Arbetet har påbörjats och beräknas vara klart",
      "under våren.",
      "",
      "Samtliga nämnder får i uppdrag att minska",
      "sjukfrånvaron genom förebyggande insatser",
      "riktade till chefer och medarbetare.",
      "3.2 Ekonomi i balans",
      "Nämnden får i uppdrag att redovisa åtgärder för",
      "en ekonomi i balans senast i oktober. En",
      "åtgärdsplan har beslutats och följs upp",
      "månadsvis i nämnden.",
      "",
      "Kommunstyrelsen får i uppdrag att i samverkan",
      "med nämnderna utveckla uppföljningen av",
      "investeringar så att avvikelser fångas tidigt.",
      "",
      "",
      "",
      "                                                                                         Sida 1",
    ])
    #expect(map.fileLine == [1, 2, 3, 4] + Array(5...14) + Array(5...14) + [15, 16, 17])
  }

  /// A column's line left blank where the other column's line stands, in mid-sentence, is no
  /// paragraph break; one after a full stop is.
  @Test func aBlankBesideTheOtherColumnsLineInMidSentenceIsNoBreak() throws {
    let lines = """
      Nämnden får i uppdrag att redovisa åtgärder för       Sjukfrånvaron har minskat något under
      en ekonomi i balans senast i oktober. En              våren jämfört med samma period
                                                            förra året och ligger nu på sex
      åtgärdsplan har beslutats och följs upp               procent, vilket är under målet.
      månadsvis i nämnden och av kommunstyrelsen.           Nämnden följer utvecklingen noga
                                                            och rapporterar den varje månad.
      Samtliga nämnder får i uppdrag att minska             Arbetet med rekrytering av chefer
      sjukfrånvaron genom förebyggande insatser             har gått bättre än väntat i år.
      """.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let (read, _) = try #require(ColumnPages.split(lines))
    #expect(Array(read.prefix(8)) == [
      "Nämnden får i uppdrag att redovisa åtgärder för",
      "en ekonomi i balans senast i oktober. En",
      "åtgärdsplan har beslutats och följs upp",
      "månadsvis i nämnden och av kommunstyrelsen.",
      "",
      "Samtliga nämnder får i uppdrag att minska",
      "sjukfrånvaron genom förebyggande insatser",
      "Sjukfrånvaron har minskat något under",
    ])
  }

  /// Two tables of figures side by side, a form of labels and values, a table of text cells: no
  /// columns of prose.
  @Test func tablesAndFormsAreNotColumnsOfProse() {
    let tables = """
      Nyckeltal till mål 1.1                        Nyckeltal till mål 1.2
      Nyckeltal        Utfall 2023  Mål 2024        Nyckeltal          Utfall 2023  Mål 2024
      Antal bostäder        164      150            Antal företag          96       100
      Antal lägenheter      120      130            Antal nya jobb         40        50
      Antal villor           44       20            Antal konkurser        12        10
      Antal tomter           31       30            Antal etableringar      5         8
      Antal planer            4        5            Antal besök            900      1000
      Antal bygglov          88       90            Antal ärenden          70        80
      """
    let form = """
      Ansvarig nämnd                    Kultur- och fritidsnämnden
      Ansvarig förvaltning              Kultur- och fritidsförvaltningen
      Beslutad av                       Kultur- och fritidsnämnden
      Diarienummer                      KFN 2024/112
      Datum för beslut                  Den 24 september 2024
      Giltig till                       Tills vidare
      Dokumentansvarig                  Förvaltningschefen
      """
    let cells = """
      Uppdrag                                        Status       Kommentar
      Ta fram en plan för lokalförsörjning           Pågår        Planen tas fram under hösten och
      som omfattar samtliga verksamheter                          beslutas i nämnden i december.
      Införa digitala ansökningar för                Genomfört    Ansökningarna tas sedan februari
      föreningsbidrag i den nya e-tjänsten                        emot i den nya e-tjänsten.
      Utreda en ny simhall i centrala                Pågår        Utredningen redovisas i nämnden
      delar av kommunen till år 2030                              under våren efter samråd.
      """
    let comments = """
      Aktivitet                                            Kommentar
      Vi ska ta fram en plan för lokalförsörjning som      Planen tas fram under hösten och beslutas
      omfattar samtliga verksamheter inom nämnden.         i nämnden i december efter samråd.
      Vi ska införa digitala ansökningar för alla          Ansökningarna tas sedan februari emot i
      föreningsbidrag i den nya e-tjänsten i år.           den nya e-tjänsten och fungerar väl.
      Vi ska utreda en ny simhall i de centrala            Utredningen redovisas i nämnden under
      delarna av kommunen till år 2030 eller före.         våren efter samråd med föreningarna.
      """
    for text in [tables, form, cells, comments] {
      #expect(ColumnPages.split(text.split(separator: "\n").map(String.init)) == nil)
    }
  }

  /// A report of two columns reads as one of one: its sections' text column by column, each fact
  /// on the file's line.
  @Test func aReportInTwoColumnsIsReadColumnByColumn() throws {
    let report = "Kultur- och fritidsnämnden\nDelårsrapport januari–augusti 2024\n\n" + Self.page
    let reading = try ReportReader.read(bytes: Array(report.utf8), file: "kfn.txt").get()
    let sections = reading.extraction.sections.map { "\($0.line) \($0.number) \($0.heading): \($0.text)" }
    #expect(sections == [
      "4 3 Uppdrag från kommunfullmäktige: Kommunfullmäktige har under året gett nämnderna flera uppdrag. Här "
        + "redovisas hur arbetet med dem har gått under perioden.",
      "8 3.1 Direktiv i budget: Nämnden får i uppdrag att ta fram en plan för lokalförsörjning som omfattar "
        + "samtliga verksamheter och som sträcker sig över tio år. Arbetet har påbörjats och beräknas vara klart "
        + "under våren.\nSamtliga nämnder får i uppdrag att minska sjukfrånvaron genom förebyggande insatser "
        + "riktade till chefer och medarbetare.",
      "8 3.2 Ekonomi i balans: Nämnden får i uppdrag att redovisa åtgärder för en ekonomi i balans senast i "
        + "oktober. En åtgärdsplan har beslutats och följs upp månadsvis i nämnden.\nKommunstyrelsen får i "
        + "uppdrag att i samverkan med nämnderna utveckla uppföljningen av investeringar så att avvikelser "
        + "fångas tidigt.",
    ])
    #expect(reading.text.lines.count == report.split(separator: "\n", omittingEmptySubsequences: false).count)
    #expect(reading.document.blocks.allSatisfy { $0.lines.upperBound <= reading.text.lines.count })
  }


  /// A verksamhetsberättelse's page of two justified columns (`särskild    vikt    vid
  /// kompetensförsörjning,`), headings and paragraphs' last lines of a word or two beside the
  /// other column's prose: justified lines are prose, a side of one or two words says nothing
  /// either way, and the page is read column by column; the right column's `Måluppfyllelse` over
  /// `Perspektiv: Medborgare` titles a section, labelling nothing.
  @Test func twoJustifiedColumnsWithHeadingsAreReadColumnByColumn() throws {
    let page = """
          Ordföranden har ordet                                 Måluppfyllelse
          2024 blev ett år då regionens utvecklingsarbete
                                                                Perspektiv: Medborgare
          tog flera viktiga steg framåt. Den nya regionala
          utvecklingsstrategin, som pekar ut riktningen         Strategiskt mål 1. Ett konkurrenskraftigt och
          fram till 2035, antogs av regionfullmäktige efter     innovativt näringsliv i hela regionen
          en bred dialog med kommuner, näringsliv,              Måluppfyllelse: Delvis uppfyllt
          akademi och civilsamhälle. Strategin lägger           Antalet nystartade företag ökade något jämfört
          särskild    vikt    vid    kompetensförsörjning,      med 2023 men ligger fortfarande under
          klimatomställning och tillgänglighet i hela länet.    målnivån. Nämnden har under året beviljat
          Kollektivtrafiken fortsatte att återhämta sig efter   innovationscheckar      och   företagsstöd till
          pandemiåren och resandet nådde en ny                  sammanlagt 46 små och medelstora företag,
          rekordnivå.     Samtidigt     har    konjunkturen     varav en tredjedel i glesbygdskommunerna.
          påverkat företagen i regionen och antalet             Aktiviteter under året:
          konkurser ökade under året.
                                                                • Innovationscheckar till små och medelstora
                                                                  företag (genomförd)
      """
    let lines = page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let (read, _) = try #require(ColumnPages.split(lines))
    #expect(read.firstIndex(of: "Måluppfyllelse") ?? 0 > read.firstIndex(of: "    konkurser ökade under året.") ?? 0)
    let e = RecogniserTests().extract(read.joined(separator: "\n"))
    #expect(e.goals.map { "\($0.number) | \($0.title) | \($0.assessment ?? "-")" } == [
      "1 | Ett konkurrenskraftigt och innovativt näringsliv i hela regionen | Delvis uppfyllt"
    ])
    #expect(e.activities.map(\.text) == ["Innovationscheckar till små och medelstora företag"])
  }
}
