import Testing

@testable import UQLReports

/// The form readers on small hand-written snippets of each text form.
@Suite("Document reader")
struct DocumentReaderTests {
  func read(_ text: String) -> Document {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    return DocumentReader.read(ReportText(file: "t.txt", lines: lines)).document
  }

  /// A page's footer that markitdown printed as a table of its own (`| Dnr BUN 2024/0413 | … |
  /// Sida 6 av 8 |` over its delimiter, a blank line below) is the page's number, not a table;
  /// the running header on the next page's first line is furniture too.
  @Test func aPageFooterPrintedAsAPipeTableIsFurniture() throws {
    let footer = "| Dnr BUN 2024/0413 |     |     | Sida %d av 3 |\n| ----------------- | --- | --- | ----------- |\n"
    let header = "NORRVIKA KOMMUN | Barn- och utbildningsnämnden Delårsrapport 2024\n"
    let texts = ["Inledningen om året som gått.", "Ekonomin i korthet för nämnden.", "Personalen och dess arbetsmiljö."]
    let text = (1...3).map { header + texts[$0 - 1] + "\n" + String(format: footer, $0) + "\n" }.joined()
    let document = read(text)
    #expect(document.tables.isEmpty)
    #expect(document.blocks.filter { $0.kind == .furniture(.pageNumber) }.map(\.text) == [
      "Dnr BUN 2024/0413 Sida 1 av 3", "Dnr BUN 2024/0413 Sida 2 av 3", "Dnr BUN 2024/0413 Sida 3 av 3",
    ])
    #expect(document.blocks.filter { $0.kind == .furniture(.runningHeader) }.count == 3)
    #expect(PipeRowsInText.isPageFooter(["Dnr 12", "", "Sida 2 av 8"]) && !PipeRowsInText.isPageFooter(["Summa", "12", "8"]))
  }

  @Test func pipeTableWithLineBreaksAndValuesInItsHeader() throws {
    let document = read(
      """
      Drift (belopp mnkr)

      | Nämnd | Helårspr<br>ognos<br>2024<br>-1,3 | Budget-<br>avvikelse<br>0,0 | Utfall Jan-<br>Apr 2024<br>-0,4 |
      | --- | --- | --- | --- |
      | Förvaltningsledning | -15,3 | 0,2 | -5,0 |
      |  |  |  |  |
      | Investeringar i avgiftsfinansierad<br>verksamhet | 1 234 |  | 2 |
      """)
    let table = try #require(document.tables.first)
    #expect(table.id == "T1")
    #expect(table.caption == "Drift (belopp mnkr)")
    #expect(table.unit == "mnkr")
    #expect(table.columns == ["", "Helårsprognos 2024", "Budgetavvikelse", "Utfall Jan-Apr 2024"])
    #expect(table.rows.map(\.label) == ["Nämnd", "Förvaltningsledning", "", "Investeringar i avgiftsfinansierad\nverksamhet"])
    #expect(table.rows[0].cells.map(\.text) == ["Nämnd", "-1,3", "0,0", "-0,4"])
    #expect(table.rows[0].line == 3)
    #expect(table.rows[3].cells[2].isEmpty)
    #expect(table.rows[3].cells[1] == TableCell("1 234", line: 7))
  }

  /// A label left unfinished in a comma or a joining word goes on over lines without values, a
  /// capital there or not (`Digital infrastruktur,` / `Demokrati- och` / `Medborgarservice` /
  /// `(DM)`), and the table goes on below them.
  /// A page-layout header whose cells wrapped onto lines of their periods and years under its
  /// words (`Utfall` / `jan–aug` / `2025` beside `Målvärde` / `2025`), no blank line before the
  /// rows: those lines are the header's, not rows of years.
  @Test func pageLayoutHeaderCellsWrappedOntoLinesOfPeriodsAndYears() throws {
    let document = read(
      """
       Indikator                                     Utfall 2023    Utfall 2024           Utfall       Målvärde
                                                                                       jan–aug            2025
                                                                                          2025
       Andel elever i åk 9 som är behöriga till              84,1           85,6               86,3           90
       yrkesprogram (%)
       Genomsnittligt meritvärde åk 9 (17 ämnen)            221,4          224,0           226,8             230
      """)
    let table = try #require(document.tables.first)
    #expect(table.columns == ["Indikator", "Utfall 2023", "Utfall 2024", "Utfall jan–aug 2025", "Målvärde 2025"])
    #expect(table.rows.map(\.label) == ["Andel elever i åk 9 som är behöriga till yrkesprogram (%)", "Genomsnittligt meritvärde åk 9 (17 ämnen)"])
    #expect(table.rows[1].cells.dropFirst().map(\.text) == ["221,4", "224,0", "226,8", "230"])
  }

  @Test func pageLayoutLabelGoingOnFromAComma() throws {
    let document = read(
      """
      Tjänster                 intäkter   kostnader
      E-tjänstekort                 2,6        -2,9
      Digital infrastruktur,        7,7        -7,5
      Demokrati- och
      Medborgarservice
      (DM)
      Tilläggstjänster              7,6        -6,9

      Totalt                       17,9       -17,3
      """)
    let table = try #require(document.tables.first)
    #expect(document.tables.count == 1)
    #expect(table.rows.map(\.label) == [
      "E-tjänstekort", "Digital infrastruktur, Demokrati- och Medborgarservice (DM)", "Tilläggstjänster", "Totalt",
    ])
  }

  /// Above a page-layout table: a numbered heading (wrapped at a hyphen under its title) is the
  /// section's, a caption printed left of the table its caption, and a first column's header
  /// cell wrapped around the row of years the header's.
  @Test func pageLayoutTableUnderAHeadingACaptionAndAWrappedHeaderCell() throws {
    let document = read(
      """
      2.3.1     Mått/nyckeltal ur ett HR-
                perspektiv (nämnder)
                                                             2025           2024

                  Total sjukfrånvaro (%)                      5,0            5,7
                  Antal årsarbetare                         733,8          691,4

                Volymutveckling och nettokostnadsutveckling i procent
                  Utfall perioden jämfört med samma
                                                             2025           2024
                  period föregående år

                  Intäkter                                   5,7%           4,0%
                  Personalkostnader                          4,5%           3,5%
      """)
    #expect(document.blocks.first?.text == "Mått/nyckeltal ur ett HR-perspektiv (nämnder)")
    let tables = document.tables
    #expect(tables.count == 2)
    #expect(tables[0].columns == ["", "2025", "2024"])
    #expect(tables[0].rows.map(\.label) == ["Total sjukfrånvaro (%)", "Antal årsarbetare"])
    #expect(tables[1].caption == "Volymutveckling och nettokostnadsutveckling i procent")
    #expect(tables[1].columns == ["Utfall perioden jämfört med samma period föregående år", "2025", "2024"])
    #expect(tables[1].rows.map(\.label) == ["Intäkter", "Personalkostnader"])
  }

  /// A header of lines a blank line above a group's label, its last a word alone right of the
  /// labels (`Prognos` / `Avdelning   Utfall 2025` / `oktober`); a group's label in capitals
  /// wrapped over two lines directly under a row (`SKULDER OCH EGET` / `KAPITAL`) keeps the table.
  @Test func pageLayoutHeaderOfLinesAndGroupLabelsInCapitals() throws {
    let document = read(
      """
                                                                    Prognos
            Avdelning                                      Utfall 2025
                                                                    oktober

            TILLGÅNGAR
            Kundfordringar                                        34,5          35,5
            Summa tillgångar                                      34,5          35,5
            SKULDER OCH EGET
            KAPITAL
            Leverantörsskulder                                    34,5          35,5
            Summa skulder och eget                                34,5          35,5
            kapital
      """)
    #expect(document.tables.count == 1)
    let table = try #require(document.tables.first)
    #expect(table.columns == ["Avdelning", "Utfall 2025", "Prognos oktober"])
    #expect(table.rows.map(\.label) == [
      "TILLGÅNGAR", "Kundfordringar", "Summa tillgångar", "SKULDER OCH EGET KAPITAL", "Leverantörsskulder",
      "Summa skulder och eget kapital",
    ])
  }

  /// Header cells over the values wrapped on both sides of a line of years (`Prognos` /
  /// `föregående   2026` / `årets`), up to the first row, are the header's.
  @Test func pageLayoutHeaderCellsWrappedAroundALineOfYears() throws {
    let document = read(
      """
      2.2.1 Personalvolym
                                                     Aktuell
                                                                        Motsvaran
                                                   period (ack
                                                                        de period           Prognos
                                                     sedan                                                    Utfall 2025
                                                                       föregående             2026
                                                      årets
                                                                            år
                                                     början)
              Antal årsarbetare                             197,7              188,7                 750              733,8
              Antal chefer                                   17,0               16,0                  18               17,0
      """)
    let table = try #require(document.tables.first)
    #expect(table.rows.map(\.label) == ["Antal årsarbetare", "Antal chefer"])
    #expect(table.columns.dropFirst().allSatisfy { !$0.isEmpty })
    #expect(table.columns.contains("Prognos 2026"))
  }

  /// A column of comments right of the values (`Kommentar`, `Orsak till förändring`), wrapped
  /// over lines of its own: the rows keep their values and each its comment; a table of text
  /// after it with a comment column of its own is read whole.
  @Test func pageLayoutTableWithACommentColumn() throws {
    let document = read(
      """
      Driftredovisning

         Verksamhet (tkr)        Budget 2024   Utfall 2024   Avvikelse   Kommentar
         Kultur                       12 500        12 100         400   Lägre kostnader för
                                                                         lokaler.
         Fritid                        8 000         8 600        -600   Ökade kostnader för
                                                                         bad och ishall under
                                                                         hösten.
         Summa                        20 500        20 700        -200

         Aktivitet            Ansvar     Status     Kommentar
         Införa e-tjänst      IT         Pågår      Pilot i mars 2024

      Text efter.
      """)
    #expect(document.tables.count == 2)
    let table = try #require(document.tables.first)
    #expect(table.columns == ["Verksamhet (tkr)", "Budget 2024", "Utfall 2024", "Avvikelse", "Kommentar"])
    #expect(table.rows.map(\.label) == ["Kultur", "Fritid", "Summa"])
    #expect(table.rows[1].cells.map(\.text) == ["Fritid", "8 000", "8 600", "-600", "Ökade kostnader för\nbad och ishall under\nhösten."])
    #expect(table.rows[1].cells[4].line == 6)
    #expect(table.rows[2].cells[4].isEmpty)
    #expect(document.tables[1].columns == ["Aktivitet", "Ansvar", "Status", "Kommentar"])
    #expect(document.blocks.last?.text == "Text efter.")
    // A comment of something heads such a column too.
    #expect(CommentColumns.namesComments("Kommentar till avvikelse"))
    #expect(CommentColumns.namesComments("Analys av utfall"))
    #expect(!CommentColumns.namesComments("Kommentarer och slutsatser om året"))
  }

  /// A label line whose first word would not have fitted after the label above in the labels'
  /// column goes on with it, a capital or not (`… Service Level` / `Agreement snitt`); under a
  /// short label it heads the rows below.
  @Test func pageLayoutLabelWrappedAtTheColumnsEdge() throws {
    let document = read(
      """
        Nyckeltal                                     2025          2024
        Antal incidenter lösta inom Service Level      87%           85%
        Agreement snitt
        Antal Major Incidents                            55            34
        Antal ärenden                                    12            10
        Handläggning
        Bygglov                                          10             8
      """)
    let table = try #require(document.tables.first)
    #expect(table.rows.map(\.label) == [
      "Antal incidenter lösta inom Service Level Agreement snitt", "Antal Major Incidents", "Antal ärenden", "Handläggning",
      "Bygglov",
    ])
  }

  /// A list item's last line, short, in capitals, over a blank line and prose, is the next
  /// section's title the text lost its blank line above, not the item's.
  @Test func aListItemDoesNotSwallowTheNextTitle() {
    let document = read(
      """
      •  Vidareutveckling av huvudmannens kvalitetsdialoger
      •  Former och struktur för genomförande av utvecklingssamtal ses över
      Upphandling – vuxenutbildning

      Under våren har upphandling av den kommunala vuxenutbildningen skett gällande svenska för invandrare.
      """)
    #expect(document.blocks.map(\.text) == [
      "Vidareutveckling av huvudmannens kvalitetsdialoger", "Former och struktur för genomförande av utvecklingssamtal ses över",
      "Upphandling – vuxenutbildning",
      "Under våren har upphandling av den kommunala vuxenutbildningen skett gällande svenska för invandrare.",
    ])
  }

  /// A two-column table of entries and their comments (`Centrala uppdrag   Kommentar`): a row's
  /// first line may stand a few characters right of its column (a lost icon's room), a capital
  /// in the first column beside a comment going on in lower case is no new row, and on the next
  /// page (numbered `N (M)`, no form feeds) the header printed again and a row's end are the
  /// row's.
  @Test func tableOfEntriesAndCommentsOverAPage() throws {
    let document = read(
      """
          1 (3)
      Uppdrag

        Centrala uppdrag                        Kommentar

            Alla nämnder får i uppdrag att      Halvår 1 2026
        genomföra åtgärder för att få fler
        att välja cykel.                        Uppdraget togs upp med fackliga
        Återrapporteringen ska ske till         representanter i februari.
        respektive nämnd.


           Nämnden får i uppdrag att utreda     Halvår 1 2026
        alternativ till leverantörer av         Uppdraget genomförs

          2 (3)
        Centrala uppdrag                        Kommentar
        digitala tjänster.                      via förvaltningens projekt.

           Förvaltningen får i uppdrag att      Halvår 1 2026
        ta fram en arbetsordning.               Arbetet pågår.

          3 (3)
      """)
    // (One table printed in two parts.)
    #expect(document.blocks.filter(\.isTable).count == 2)
    let tables = document.tables
    #expect(tables.count == 1)
    let table = try #require(tables.first)
    #expect(table.columns == ["Centrala uppdrag", "Kommentar"])
    #expect(table.rows.map(\.label) == [
      "Alla nämnder får i uppdrag att\ngenomföra åtgärder för att få fler\natt välja cykel.\nÅterrapporteringen ska ske till\nrespektive nämnd.",
      "Nämnden får i uppdrag att utreda\nalternativ till leverantörer av\ndigitala tjänster.",
      "Förvaltningen får i uppdrag att\nta fram en arbetsordning.",
    ])
    #expect(table.rows[1].cells[1].text == "Halvår 1 2026\nUppdraget genomförs\nvia förvaltningens projekt.")
    #expect(document.blocks.filter { $0.kind == .furniture(.pageNumber) }.map(\.lines.lowerBound) == [1, 16, 23])
  }

  /// Page numbers without form feeds (`2 (4)`, pymupdf): the running header right above each
  /// is the page's header.
  @Test func numberedPagesWithoutPageBreaks() {
    let document = read(
      """
      Vallby kommun
      Delårsbokslut 2024
      1 (3)
      Mål 1 Trygghet
      Text om målet.
      Vallby kommun
      Delårsbokslut 2024
      2 (3)
      Mer text om målet.
      Vallby kommun
      Delårsbokslut 2024
      3 (3)
      Slut.
      """)
    let furniture = document.blocks.filter { if case .furniture = $0.kind { true } else { false } }
    #expect(furniture.map(\.lines.lowerBound) == [1, 2, 3, 6, 7, 8, 10, 11, 12])
  }

  @Test func pageLayoutTableWithWrappedHeaderAndLabels() throws {
    let document = read(
      """
      Ekonomi (tkr)                                         2024           2025
      Intäkter                                            10 135         11 251
      Kostnader                                          -69 731        -73 300


      Nettoinvesteringar                                   2 329          5 403
      Kultur och fritidsnämnden        Total      Ack.   Avvikelse
                               projektbudget    Utfall
      Färdigställda projekt
      Ny inredning, biblioteket        4,823     4,812       0,015
      (6014)
      Summa                           - 6 279    4,812     0,015*
      """)
    let tables = document.tables
    #expect(tables.count == 2)
    #expect(tables[0].columns == ["Ekonomi (tkr)", "2024", "2025"])
    #expect(tables[0].unit == "tkr")
    #expect(tables[0].rows.map(\.label) == ["Intäkter", "Kostnader", "Nettoinvesteringar"])
    #expect(tables[0].rows[2].cells.map(\.text) == ["Nettoinvesteringar", "2 329", "5 403"])
    #expect(tables[1].columns == ["Kultur och fritidsnämnden", "Total projektbudget", "Ack. Utfall", "Avvikelse"])
    #expect(tables[1].rows.map(\.label) == ["Färdigställda projekt", "Ny inredning, biblioteket (6014)", "Summa"])
    #expect(tables[1].rows[2].cells.map(\.text) == ["Summa", "- 6 279", "4,812", "0,015*"])
    #expect(AlignedTableForm.number("- 6 279")?.value == -6279)
    #expect(AlignedTableForm.number("0,015*")?.value == 0.015)
  }

  /// Values printed neither left- nor right-aligned (`-1 568` ends where `-718` starts) are one
  /// column; a header word set apart right of every label heads the first value column, not the
  /// label column; a row of text cells some of which are glued by single spaces stays in the table.
  @Test func pageLayoutColumnsOfUnalignedValuesAndHeadersApartFromTheLabels() throws {
    let document = read(
      """
      Bidrag, tkr                       Bokslut        Bokslut   Bokslut      Antal
                                          2023           2024      2025       2025
      Arrangörsbidrag för                       -718      -718      -718         23
      kulturföreningar
      Studieförbundsbidrag                      -400      -391      -397         11
      Kultur- och                    Ej aktuellt Ej aktuellt Ej aktuellt        Ej      Ej    Ej
      arrangörsbidrag                                                     aktuellt  aktuellt
      Totalt                              -1 118        -1 109    -1 115         34
      """)
    let table = try #require(document.tables.first)
    #expect(document.tables.count == 1)
    #expect(table.columns == ["Bidrag, tkr", "Bokslut 2023", "Bokslut 2024", "Bokslut 2025", "Antal 2025"])
    #expect(table.rows.first?.cells.map(\.text) == ["Arrangörsbidrag för kulturföreningar", "-718", "-718", "-718", "23"])
    #expect(table.rows.last?.cells.map(\.text) == ["Totalt", "-1 118", "-1 109", "-1 115", "34"])
    let projects = read(
      """
      Verksamhet        Utgifter sedan         Budget
                        start
      Bibliotek                  4,823          0,709
      Museum                     2,575          0,388
      """)
    #expect(projects.tables.first?.columns == ["Verksamhet", "Utgifter sedan start", "Budget"])
  }

  /// Columns counted over bytes agree with columns counted by Character, and lines where a
  /// scalar joins the one before it (combining marks, variation selectors) take the slow path.
  @Test(arguments: [
    "Nettokostnad   -1 234,5   2 000   ", "Å ä ö\u{A0}\u{A0}x\ty", "\u{F0B7} Punkt  –  5 %", "",
    "  e\u{301}tt  två", "▶\u{FE0F}  Pågår", "a\r\nb  c", "Summa\u{0C}\u{0C}  12",
  ])
  func wordsCountColumnsAsCharacters(line: String) {
    for gap in [1, 2] {
      #expect(AlignedTableForm.words(line, gap: gap) == AlignedTableForm.characterWords(line, gap: gap))
    }
  }

  @Test func onlyALineEndingInAValueSegmentIsANumberRow() {
    #expect(AlignedTableForm.lastSegmentMayBeNumber("Summa   – 5"))
    #expect(AlignedTableForm.lastSegmentMayBeNumber("Kostnader\t-12"))
    #expect(AlignedTableForm.lastSegmentMayBeNumber("x\u{A0}\u{A0}12"))
    #expect(!AlignedTableForm.lastSegmentMayBeNumber("Vi har 12 nya medarbetare"))
    #expect(!AlignedTableForm.lastSegmentMayBeNumber("Utfall   Prognos"))
    // A short word after values may be a column of words (`Trend`): the row decides.
    #expect(AlignedTableForm.lastSegmentMayBeNumber("Sjukfrånvaro  6,1   Förbättrad"))
    #expect(AlignedTableForm.numberRow(SourceLine(number: 1, text: "Sjukfrånvaro  6,1   Förbättrad"))?.values.count == 2)
    #expect(AlignedTableForm.numberRow(SourceLine(number: 1, text: "Indikator   2023   2024   Trend"))?.isYearRow == true)
    #expect(!AlignedTableForm.lastSegmentMayBeNumber("   "))
  }

  /// A line's fact, computed once, answers as the reader asked of its text each time, a page's
  /// form feed before it or not.
  @Test(arguments: [
    "Summa   – 5", "Kostnader\t-12", "x\u{A0}\u{A0}12", "Vi har 12 nya medarbetare", "Utfall   Prognos",
    "Sjukfrånvaro  6,1   Förbättrad", "   ", "", "\u{0C}Summa   12", "\u{0C}\u{0C}Rubrik", "Andel   ca 80", "  (1 200)",
  ])
  func lineKnowsWhetherItsLastSegmentMayBeANumber(text: String) {
    let line = SourceLine(number: 1, text: text)
    #expect(line.lastSegmentMayBeNumber == AlignedTableForm.lastSegmentMayBeNumber(line.raw))
  }

  /// A value and the assessment the vocabulary knows one space after it are two cells; a value
  /// and any other words one cell (no row).
  @Test func aValueAndItsAssessmentOneSpaceApartAreTwoCells() {
    func values(_ text: String) -> [String]? { AlignedTableForm.numberRow(SourceLine(number: 1, text: text))?.values.map(\.text) }
    #expect(values("Sjukfrånvaro, %          < 6,0         6,4 Delvis uppnått") == ["< 6,0", "6,4", "Delvis uppnått"])
    #expect(values("Positivt resultat      > 0 tkr          −270 tkr Uppnås inte") == ["> 0 tkr", "−270 tkr", "Uppnås inte"])
    #expect(AlignedTableForm.numberRow(SourceLine(number: 1, text: "Sjukfrånvaro, %          < 6,0         6,4 Delvis uppnått"))?
      .values.last?.start == 43)
    #expect(values("Antal ärenden          12         14 nya ärenden") == nil)
  }

  @Test func chaptersNumberedLikeListItemsAreHeadingsWhereNoListIsBeside() {
    let d = read(
      """
      1. Sammanfattning
      Nämnden redovisar ett underskott.

      Förslag till beslut
      1. Nämnden godkänner rapporten.
      2. Nämnden överlämnar rapporten.

      Målen följer Agenda 2030.
      3. GOD HÄLSA OCH VÄLBEFINNANDE

      Text om hälsa.
      """)
    let headings = d.headings.map { "\($0.headingNumber ?? "-") \($0.text)" }
    #expect(headings.contains("1 Sammanfattning") && headings.contains("3 GOD HÄLSA OCH VÄLBEFINNANDE"))
    #expect(!headings.contains { $0.contains("godkänner") })
    let items = d.blocks.filter { if case .listItem = $0.kind { return true } else { return false } }
    #expect(items.map(\.text) == ["Nämnden godkänner rapporten.", "Nämnden överlämnar rapporten."])
  }

  @Test func unitsAreNamedInAnyCase() {
    #expect(FollowUpVocabulary.unit(in: "Belopp i miljoner kronor") == "mnkr")
    #expect(FollowUpVocabulary.unit(in: "Drift (TKR)") == "tkr")
    #expect(FollowUpVocabulary.unit(in: "Andel i Procent") == "%")
    #expect(FollowUpVocabulary.unit(in: "Antal besök") == "antal")
    #expect(FollowUpVocabulary.unit(in: "Utfall 2024") == nil)
    #expect(FollowUpVocabulary.unit(in: "Kronoberg") == nil)
  }

  /// Pandoc's grid tables: the rows above the `=` border are the header, a row's cells wrap
  /// over the lines between two borders.
  @Test func gridTableWithWrappedCells() throws {
    let document = read(
      """
      +------------------------------+-------------------+-------------+
      | Aktivitet                    | Ansvarig          | Status      |
      +==============================+===================+=============+
      | Revidera planer mot          | Rektorer          | Avslutad    |
      | kränkande behandling         |                   |             |
      +------------------------------+-------------------+-------------+
      | Införa trygghetsvandringar   | Fritidsledare     | Ej          |
      | med elevråden                |                   | genomförd   |
      +------------------------------+-------------------+-------------+

      Efter tabellen.
      """)
    let table = try #require(document.tables.first)
    #expect(table.columns == ["Aktivitet", "Ansvarig", "Status"])
    #expect(table.rows.map { $0.cells.map { LineJoining.join([$0.text]) } } == [
      ["Revidera planer mot kränkande behandling", "Rektorer", "Avslutad"],
      ["Införa trygghetsvandringar med elevråden", "Fritidsledare", "Ej genomförd"],
    ])
    #expect(table.rows.map(\.line) == [4, 7])
    #expect(document.blocks.map(\.lines) == [1...9, 11...11])
  }

  /// Pipe rows without a delimiter row (antiword): a first row of words is the header, and a row
  /// whose filled cells start in lower case goes on with the cells above.
  @Test func pipeRowsWithoutADelimiterRow() throws {
    let document = read(
      """
      |Indikator                         |Utfall 2023   |Målvärde 2025 |
      |Andel av gatunätet med            |62            |70            |
      |beläggningsstandard god eller     |              |              |
      |mycket god (%)                    |              |              |
      |Nöjd medborgarindex gator         |51            |55            |
      """)
    let table = try #require(document.tables.first)
    #expect(table.columns == ["Indikator", "Utfall 2023", "Målvärde 2025"])
    #expect(table.rows.map { LineJoining.join([$0.label]) } == [
      "Andel av gatunätet med beläggningsstandard god eller mycket god (%)", "Nöjd medborgarindex gator",
    ])
    // Years wrapped under the header's words; a row's cells wrapped line by line, a row starting
    // where a first cell ended a sentence or a line fills the cells a row's first line does.
    let wrapped = read(
      """
      |Uppdrag                       |Beslut     |Status    |Kommentar          |
      |Socialnämnden får i uppdrag   |KF         |Avslutad  |Utredningen        |
      |att utreda förutsättningarna  |2022-11-28 |          |redovisades för KF |
      |för ett trygghetsboende i     |§ 141      |          |i september.       |
      |Västerby.                     |           |          |                   |
      |Socialnämnden får i uppdrag   |KF         |Försenad  |Planen tas fram    |
      |att ta fram en boendeplan för |2023-06-19 |          |under våren        |
      |LSS 2024–2030.                |§ 77       |          |                   |
      |                              |           |          |2024.              |

      |Mätetal                           |Utfall  |Målvärde |
      |                                  |2022    |2023     |
      |Antal barn i öppenvårdsinsats     |48      |-        |
      |Stödet                            |        |         |
      |Andel placerade barn i familjehem |61      |65       |
      """)
    #expect(wrapped.tables.count == 2)
    #expect(wrapped.tables[0].rows.map { LineJoining.join([$0.label]) } == [
      "Socialnämnden får i uppdrag att utreda förutsättningarna för ett trygghetsboende i Västerby.",
      "Socialnämnden får i uppdrag att ta fram en boendeplan för LSS 2024–2030.",
    ])
    #expect(wrapped.tables[0].rows[1].cells[3].text == "Planen tas fram\nunder våren\n2024.")
    #expect(wrapped.tables[1].columns == ["Mätetal", "Utfall 2022", "Målvärde 2023"])
    #expect(wrapped.tables[1].rows.map { LineJoining.join([$0.label]) } == [
      "Antal barn i öppenvårdsinsats Stödet", "Andel placerade barn i familjehem",
    ])
  }

  @Test func tabSeparatedTable() throws {
    let document = read("Indikator\tUtfall\tMål\nSjukfrånvaro\t5,1 %\t4 %\nPersonalomsättning\t9\t8")
    let table = try #require(document.tables.first)
    #expect(table.columns == ["Indikator", "Utfall", "Mål"])
    #expect(table.rows.map(\.label) == ["Sjukfrånvaro", "Personalomsättning"])
    #expect(table.rows[0].cells[1] == TableCell("5,1 %", line: 2))
  }

  @Test func headingsListsAndParagraphs() {
    let document = read(
      """
      1 Inledning

      Sammanfattning av året som
      gått i nämnden.
      • Kulturskolan i samhället
      - Besöks- och publikutveckling som
      fortsätter
      1. Att verka för det demokratiska samhällets utveckling.

      2.2.1 Antalet personal som en hemtjänstmottagare möter under 14 dagar ska årligen
      minska och 2025 uppgå till maximalt 14 medarbetare

      Beslutats av
      Nämnd

      Viktiga händelser

      # Bilaga
      """)
    let kinds = document.blocks.map(\.kind)
    #expect(kinds == [
      .heading(number: "1", level: 1), .paragraph, .listItem(marker: "•"), .listItem(marker: "-"),
      .listItem(marker: "1."), .heading(number: "2.2.1", level: 3), .label(.decidedBy), .paragraph,
      .heading(number: nil, level: 4), .heading(number: nil, level: 1),
    ])
    #expect(document.blocks[1].text == "Sammanfattning av året som gått i nämnden.")
    #expect(document.blocks[1].lines == 3...4)
    #expect(document.blocks[3].text == "Besöks- och publikutveckling som fortsätter")
    #expect(
      document.blocks[5].text
        == "Antalet personal som en hemtjänstmottagare möter under 14 dagar ska årligen minska och 2025 uppgå till maximalt 14 medarbetare")
    #expect(document.blocks[5].lines == 10...11)
    // A field label is a block of its own; its value is the block after it.
    #expect(document.blocks[6].text == "Beslutats av")
    #expect(document.blocks[7].text == "Nämnd")
  }

  /// Page text prints a heading directly over its paragraph; a short first line of a paragraph
  /// that ends in a joining word, names a number or stands over a short line is no heading.
  @Test func aShortLineDirectlyOverProseIsAHeading() {
    let document = read(
      """
      Investeringar
      Investeringsprognosen uppgår till 81,6 mnkr av budgeterade 84,0 mnkr. Gång- och cykelvägen
      senareläggs delvis till 2025.

      Nämnden har under året arbetat med
      Investeringsprognosen uppgår till 81,6 mnkr av budgeterade 84,0 mnkr. Gång- och cykelvägen

      Kommunstyrelsen
      Ekonomiavdelningen, 2024-11-14
      """)
    #expect(document.blocks.map(\.kind) == [.heading(number: nil, level: 1), .paragraph, .paragraph, .paragraph])
    #expect(document.blocks[0].text == "Investeringar")
  }

  /// A caption naming a unit above an unnumbered sub-heading still names the table that a
  /// converter printed after the page's text; a plain line there does not.
  @Test func aUnitCaptionAboveASubHeadingNamesTheTableBelow() throws {
    let document = read(
      """
      2.2 Apriluppföljning investeringar

      Investeringar (belopp mnkr)

      Kommentarer investeringar
      Nämnden prognostiserar att ha en budget i balans när det gäller investeringarna. De flesta
      investeringar planeras att ske till hösten.

      | Projekt | Bokslut 2023 | Årsbudget 2024 |
      | --- | --- | --- |
      | Löpande årliga investeringar | -6,3 | -4,6 |
      """)
    let table = try #require(document.tables.first)
    #expect(table.caption == "Investeringar (belopp mnkr)" && table.unit == "mnkr")
  }

  /// A cover page of short lines up to its page number has no sections; the same lines on a page
  /// with prose are headings.
  @Test func aCoverPageOfShortLinesHasNoHeadings() {
    let cover = read(
      """

         Malmö stad


         Grundskolenämnden

         Delårsrapport 2 2024

                                                                        1 (4)
      \u{0C}1 Inledning

      Grundskolenämnden ansvarar för förskoleklass, grundskola och fritidshem i hela staden.
      """)
    #expect(cover.headings.map(\.text) == ["Inledning"])
    #expect(cover.blocks.first?.kind == .paragraph && cover.blocks.first?.text == "Malmö stad")
  }

  /// A markdown file's YAML front matter is furniture, its title the document's first heading.
  @Test func yamlFrontMatterGivesItsTitleOnly() {
    let document = read(
      """
      ---
      title: "Verksamhetsplan 2024 – uppföljning T2"
      author: Förvaltningen
      ---

      # Inledning
      """)
    #expect(document.blocks.map(\.kind) == [
      .furniture(.frontMatter), .heading(number: nil, level: 1), .furniture(.frontMatter), .furniture(.frontMatter),
      .heading(number: nil, level: 1),
    ])
    #expect(document.headings.map(\.text) == ["Verksamhetsplan 2024 – uppföljning T2", "Inledning"])
    // Without a closing line it is no front matter.
    let unclosed = ["---", "title: X", "", "Text."].enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) }
    #expect(PageFurnitureFinder.frontMatter(unclosed) == nil)
  }

  @Test func pageFurnitureIsSetApart() {
    var text = ""
    for page in 1...4 {
      text += "<!-- sida \(page) -->\n\nNämnden för Kultur & Fritid          Kungsbacka kommun\n"
      text += "Uppföljning och prognos april 2024\n\nText på sidan \(page).\n\n\(page)\n\n"
      text += "[Tabell \(page)-1](handlingar.tabeller/\(page)-1.csv)\n\n"
    }
    text += "\u{0C}Innehållsförteckning\n1 Inledning ........................ 3\n"
    let document = read(text)
    let furniture = document.blocks.compactMap { block -> Furniture? in
      if case .furniture(let kind) = block.kind { return kind } else { return nil }
    }
    #expect(furniture.filter { $0 == .pageMarker }.count == 4)
    #expect(furniture.filter { $0 == .runningHeader }.count == 8)
    #expect(furniture.filter { $0 == .pageNumber }.count == 4)
    #expect(furniture.filter { $0 == .tableLink }.count == 4)
    #expect(furniture.filter { $0 == .tableOfContents }.count == 2)
    #expect(document.blocks.filter(\.isContent).map(\.text) == (1...4).map { "Text på sidan \($0)." })
  }

  /// A running footer of few letters (`Org.nr 556812-4403   5`) is found by its digits but the
  /// page number; a table on the next page under a header of dates is a table of its own, not
  /// the one before continued.
  @Test func aFooterOfFewLettersAndATableOfItsOwnOnTheNextPage() {
    var text = ""
    for page in 1...4 {
      text += "\u{0C}Hamnen AB                                Delårsrapport januari–juni 2024\n\n"
      if page == 2 {
        text += "Resultaträkning (tkr)\n\n"
        text += "                         Not        2024        2023\n"
        text += "                                 jan–jun     jan–jun\n\n"
        text += "Nettoomsättning            2     118 412     109 705\n"
        text += "Periodens resultat                 6 357       9 112\n\n"
      } else if page == 3 {
        text += "Balansräkning (tkr)\n\n"
        text += "                         Not  2024-06-30  2023-06-30\n\n"
        text += "Anläggningstillgångar      8     471 800     452 100\n"
        text += "Summa tillgångar                 530 100     515 300\n\n"
      } else {
        text += "Text om verksamheten under perioden.\n\n"
      }
      text += "Org.nr 556812-4403                                          \(page)\n"
    }
    let document = read(text)
    let footers = document.blocks.filter { $0.kind == .furniture(.runningHeader) && $0.text.hasPrefix("Org.nr") }
    #expect(footers.count == 4)
    #expect(document.tables.count == 2)
    #expect(document.tables.map { $0.rows.count } == [2, 2])
  }

  @Test func runningHeaderWithChangingNumbersAndSpacing() {
    var text = ""
    for page in 1...5 {
      let spacing = page % 2 == 0 ? "2026 -01 -29" : "202 6 -01-29"
      text += "\u{0C}   20 25 ÅRSBOKSL UT \(spacing)                  S ID \(page) (36)\n\(["Ett", "Två", "Tre", "Fyra", "Fem"][page - 1]) stycke.\n\n"
    }
    let document = read(text)
    #expect(document.blocks.filter { $0.kind == .furniture(.runningHeader) }.count == 5)
    #expect(document.blocks.filter(\.isContent).count == 5)
  }

  /// A running footer on two lines at the foot of each page, the page number under the
  /// header's words and letter-spaced (`20 25 ÅRSBOKSL UT 202 6 -01-29` / `S ID 3 (36)`, as
  /// `pdftotext` without `-layout` prints it): both lines are furniture.
  @Test func runningFooterAboveALetterSpacedPageNumber() {
    var text = ""
    for page in 1...5 {
      text += "\(["Ett", "Två", "Tre", "Fyra", "Fem"][page - 1]) stycke.\n\n20 25 ÅRSBOKSL UT 202 6 -01-29\n\nS ID \(page) (36)\n\n\u{0C}"
    }
    let document = read(text)
    #expect(document.blocks.filter { $0.kind == .furniture(.runningHeader) }.count == 5)
    #expect(document.blocks.filter { $0.kind == .furniture(.pageNumber) }.count == 5)
    #expect(document.blocks.filter(\.isContent).map(\.text) == ["Ett stycke.", "Två stycke.", "Tre stycke.", "Fyra stycke.", "Fem stycke."])
  }

  /// Without form feeds, a running header that ends in the page number (`2025 ÅRSBOKSLUT
  /// 2026-01-29 SID 24 (36)`, as pdfplumber prints a page) numbers the pages: furniture, and
  /// no table of a column of such lines.
  @Test func runningHeaderEndingInThePageNumberWithoutFormFeeds() {
    var lines: [String] = []
    for page in 1...4 {
      lines += ["2025 ÅRSBOKSLUT 2026-01-29 SID \(page + 20) (36)", "Aktivitet Status", "Rad \(page) på sidan."]
    }
    let document = read(lines.joined(separator: "\n"))
    let furniture = document.blocks.filter { $0.kind == .furniture(.pageNumber) }.map(\.lines.lowerBound)
    #expect(furniture == [1, 4, 7, 10])
    #expect(PageFurniture.isPageNumberLine("S ID 24 (36)"))
    #expect(PageFurniture.isPageNumberLine("SID 3 (9)"))
    #expect(!PageFurniture.isPageNumberLine("ID 3 (9)"))
  }

  /// Without form feeds, `Sida 2 av 4` under the running header's lines numbers the pages too:
  /// the number and the header lines above it are furniture.
  @Test func pagesNumberedSidaNAvMWithoutFormFeeds() {
    let texts = ["Inledningen.", "Målen följs upp.", "Ekonomin är i balans.", "Bilagorna följer."]
    var lines: [String] = []
    for (page, text) in texts.enumerated() {
      lines += [text, "Åsbergs kommun", "Delårsrapport augusti 2025", "Sida \(page + 1) av 4"]
    }
    let document = read(lines.joined(separator: "\n"))
    #expect(document.blocks.filter(\.isContent).map(\.text) == texts)
    // Numbered at their feet, the pages end at their numbers: a figure ending a page's text (a
    // table's last value, `47`) is no page number.
    let figures = ["Väntetid", "54", "47", "Åsbergs kommun", "Sida 1 av 3", "Mer text.", "Åsbergs kommun", "Sida 2 av 3", "Slut.",
      "Åsbergs kommun", "Sida 3 av 3"]
    let footed = read(figures.joined(separator: "\n"))
    #expect(!footed.blocks.contains { $0.kind == .furniture(.pageNumber) && $0.text == "47" })
    #expect(PageFurnitureFinder.trailingPageNumber("Sida 3 av 4")?.page == 3)
  }

  @Test func noiseIsNotUnderstood() {
    let lines = ["1 Inledning", "", "Text.", "@@@@ #### 12345 ~~~~ qwerty zxcv", "Mer text."]
    let (document, noise) = DocumentReader.read(ReportText(file: "t.txt", lines: lines))
    #expect(noise == [4])
    #expect(!document.blocks.contains { $0.lines.contains(4) })
  }

  /// Any text gives blocks whose line spans cover each line at most once, in order.
  @Test(arguments: 0..<200) func blocksNeverOverlap(seed: Int) {
    let fragments = [
      "", "", "1 Inledning", "2.1 Ekonomi", "| a | b |", "| --- | --- |", "| x | 1,5 |", "a\tb\tc",
      "Intäkter                  10 135      11 251", "                 2024        2025", "• punkt",
      "- punkt", "Vanlig text som fortsätter.", "fortsättning", "<!-- sida 3 -->", "\u{0C}Sidhuvud 3 (9)",
      "3", "Innehåll", "Ekonomi ........ 4", "[Tabell 1-1](x.csv)", "@@@ ### ~~~", "Kort rubrik", "(6014)",
      "Summa     - 6 279   0,5*", "| c<br>d | |", "# Rubrik",
    ]
    var state = UInt64(seed &+ 1) &* 0x9E37_79B9_7F4A_7C15
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(truncatingIfNeeded: state >> 33)
    }
    let lines = (0..<(next() % 60)).map { _ in fragments[next() % fragments.count] }
    let (document, noise) = DocumentReader.read(ReportText(file: "t.txt", lines: lines))
    var covered = Set<Int>()
    var previous = 0
    for block in document.blocks {
      #expect(block.lines.lowerBound > previous)
      #expect(block.lines.upperBound <= lines.count)
      previous = block.lines.upperBound
      for n in block.lines { #expect(covered.insert(n).inserted) }
    }
    for n in noise { #expect(!covered.contains(n)) }
  }

  /// markitdown and mammoth print a Word heading whose style they do not map as a paragraph
  /// wholly in bold: a heading, numbered or one below the last numbered one; bold inside a line
  /// or a bold label is no heading.
  @Test func paragraphsWhollyInBoldAreHeadings() {
    let document = read(
      """
      **3 Mål och måluppfyllelse**

      **Inriktningsmål 1: Holmsjö ska vara en attraktiv kommun**

      **Resultatmål 1.1: Handläggningstiden för bygglov ska minska**

      Bedömning: Målet är uppnått.

      * Införa e-tjänst för bygglovsansökan. **Status:** Genomförd

      **Status:**

      **2023**
      """)
    let headings = document.blocks.compactMap { block -> String? in
      guard case .heading(let number, let level) = block.kind else { return nil }
      return "\(number ?? "-") \(level) \(block.text)"
    }
    #expect(headings == [
      "3 1 Mål och måluppfyllelse", "- 2 Inriktningsmål 1: Holmsjö ska vara en attraktiv kommun",
      "- 2 Resultatmål 1.1: Handläggningstiden för bygglov ska minska",
    ])
  }

  @Test func collapsedTableWithLabelsAroundItsValues() throws {
    let document = read(
      """
      Indikatorer                    Utfall Utfall  Målvärde
      Utfall 2023
      2021    2022 2023
      Andel aktuella genomförandeplaner inom
      -     89,5 %  98,3 % 95 %
      vård- och omsorgsboende, egenregi
      Antal timmar hemtjänst 580 297 582 438 537 632 545 404
      Kostnad, kr/invånare
      414     376
      (Kolada)
      Resultat för 2024 redovisas på helårsbasis; Årsredovisning 2024
      """)
    let table = try #require(document.tables.first)
    #expect(table.columns == ["Indikatorer", "Utfall 2021", "Utfall 2022", "Utfall 2023", "Målvärde 2023"])
    #expect(table.rows.map(\.label) == [
      "Andel aktuella genomförandeplaner inom vård- och omsorgsboende, egenregi", "Antal timmar hemtjänst",
      "Kostnad, kr/invånare (Kolada)",
    ])
    #expect(table.rows[0].cells.map(\.text) == [table.rows[0].label, "-", "89,5 %", "98,3 %", "95 %"])
    #expect(table.rows[0].cells[2].line == 5 && table.rows[0].line == 4)
    // Thousands groups joined to fit the columns.
    #expect(table.rows[1].cells.dropFirst().map(\.text) == ["580 297", "582 438", "537 632", "545 404"])
    // Two values for four columns: kept in order and marked, never placed by guess.
    #expect(table.rows[2].cells.dropFirst().map(\.text) == ["414", "376", "", ""])
    #expect(table.rows.map(\.valuesInOrder) == [false, false, true])
    // The note under the table is not a row of it.
    #expect(document.blocks.last?.kind == .paragraph)
  }

  /// pdfplumber's text of a nyckeltal table by month: a header cell of two lines centred beside
  /// one-line cells (its words alone above and below the header, its position lost) is the
  /// column where the header leaves the widest gap; each month alone a column; a label's
  /// specification after a dash, a number going on from a label line and units after values
  /// (`kr/kvm`, `kw`) are the row's.
  @Test func collapsedMonthsWithAWrappedHeaderCell() throws {
    let document = read(
      """
      5.2 Ekonomi

      Ackumulerat
      Nyckeltal     April     Augusti   December            Målvärde
      utfall
      Städning, R12
      - Personalkostnad
      12 kr/kvm 12,5 kr/kvm 12,9 kr/kvm       11,5
      per kvadratmeter
      Solceller
      2 754 kw  2 781 kw  2 831 kw  2 785 kw  3 054 kw
      - Installerad effekt
      Genomsnittligt
      meritvärde i årskurs
      9. Meritvärdet är
      summan av betygen
      231       235       236       234       240
      Sjukfrånvaro bland
      medarbetare de
      6,2 %     6 %       5,4 %     5,9 %     5 %
      senaste 12
      månaderna.
      Om fokusområdet Ekonomi
      Förvaltningen arbetar för att hålla kostnaderna nere och att fortsätta effektivisera verksamheten.
      """)
    let table = try #require(document.tables.first)
    #expect(table.columns == ["Nyckeltal", "April", "Augusti", "December", "Ackumulerat utfall", "Målvärde"])
    #expect(table.rows.map(\.label) == [
      "Städning, R12 - Personalkostnad per kvadratmeter", "Solceller - Installerad effekt",
      "Genomsnittligt meritvärde i årskurs 9. Meritvärdet är summan av betygen",
      "Sjukfrånvaro bland medarbetare de senaste 12 månaderna.",
    ])
    // Four values for five columns, the last set apart: the target's.
    #expect(table.rows[0].cells.dropFirst().map(\.text) == ["12 kr/kvm", "12,5 kr/kvm", "12,9 kr/kvm", "", "11,5"])
    #expect(table.rows[1].cells.dropFirst().map(\.text) == ["2 754 kw", "2 781 kw", "2 831 kw", "2 785 kw", "3 054 kw"])
    #expect(table.rows[2].cells.dropFirst().map(\.text) == ["231", "235", "236", "234", "240"])
    #expect(table.rows[3].cells.dropFirst().map(\.text) == ["6,2 %", "6 %", "5,4 %", "5,9 %", "5 %"])
    #expect(table.rows.map(\.valuesInOrder) == [false, false, false, false])
    #expect(document.blocks.contains { $0.kind == .heading(number: nil, level: 3) && $0.text == "Om fokusområdet Ekonomi" })
    // A header without a gap to hold the wrapped cell is not read so.
    #expect(CollapsedTableForm.labelsInOrder(["Mars", "Juli", "December", "Målvärde"]) == ["Mars", "Juli", "December", "Målvärde"])
    #expect(CollapsedTableForm.labelsInOrder(["Utfall", "jan-jun", "2020"]) == nil)
  }

  /// A label wrapped narrow over four lines or more under a spaced header of fifty characters or
  /// more, with no line of values alone, still shows that the values lost their positions.
  @Test func collapsedNarrowLabelsUnderASpacedHeader() throws {
    let document = read(
      """
      Indikatorer      Utfall 2021  Utfall 2022 Utfall 2023  Utfall 2024
      Nöjd-kund-index,
      SKR:s
      servicemätning av
      myndighetsutövning
      för företag, skala 0–100 68            71           69
      för hur företag
      bedömer kommunen.
      """)
    let table = try #require(document.tables.first)
    #expect(table.columns == ["Indikatorer", "Utfall 2021", "Utfall 2022", "Utfall 2023", "Utfall 2024"])
    #expect(table.rows.map(\.label) == [
      "Nöjd-kund-index, SKR:s servicemätning av myndighetsutövning för företag, skala 0–100 för hur företag bedömer kommunen."
    ])
    #expect(table.rows[0].cells.dropFirst().map(\.text) == ["68", "71", "69", ""])
    #expect(table.rows[0].valuesInOrder)
  }

  /// A dash that markdown escaped at the start of a line (`\-   78,3 %`, pdfplumber's markdown)
  /// holds its column's place as a dash does, and is no list item.
  @Test func collapsedEscapedDashIsAValue() throws {
    let document = read(
      """
      Indikatorer      Utfall 2021  Utfall 2022 Utfall 2023  Utfall 2024
      Andel aktuella
      genomförandeplaner
      \\-           78,3 %       96,7 %         95 %
      inom hemtjänsten,
      egenregi
      """)
    let table = try #require(document.tables.first)
    #expect(table.rows.map(\.label) == ["Andel aktuella genomförandeplaner inom hemtjänsten, egenregi"])
    #expect(table.rows[0].cells.dropFirst().map(\.text) == ["-", "78,3 %", "96,7 %", "95 %"])
    // An escaped star for a figure not published yet holds its place too.
    #expect(CollapsedTableForm.values("Antal arbetsställen 11 384 11 603 11 808 11 948   \\*", columns: 5)?.values == [
      "11 384", "11 603", "11 808", "11 948", "*",
    ])
  }

  /// pdfplumber's text: a header of column words over a year each, a comparison among them
  /// (`Riket`), paired in order; a month range stays with its column (`Utfall jan–aug` over
  /// `2024`); a footnote star after a value is no part of it.
  @Test func collapsedHeaderPairedWithItsYears() throws {
    let document = read(
      """
      Resultatindikator Utfall Utfall Utfall jan–aug Målvärde Riket
      2022 2023 2024 2024 2023
      Andel elever i åk 9 som uppnått 72,4 70,9 73,8 76,0 73,2
      kunskapskraven i alla ämnen, %
      Genomsnittligt meritvärde åk 9 (17 221,5 219,8 226,3* 230,0 228,9
      ämnen)
      """)
    let table = try #require(document.tables.first)
    #expect(table.columns == ["Resultatindikator", "Utfall 2022", "Utfall 2023", "Utfall jan–aug 2024", "Målvärde 2024", "Riket 2023"])
    #expect(table.rows.map(\.label) == ["Andel elever i åk 9 som uppnått kunskapskraven i alla ämnen, %", "Genomsnittligt meritvärde åk 9 (17 ämnen)"])
    #expect(table.rows[1].cells.dropFirst().map(\.text) == ["221,5", "219,8", "226,3*", "230,0", "228,9"])
  }

  /// A line of a year per column under the header, a blank line and a converter's fence between
  /// (pdfplumber's `osaker-tabell`), completes the header: no row of years.
  @Test func collapsedHeaderCompletedByYearsAfterAFence() throws {
    let document = read(
      """
      Bokslut  Bokslut  Bokslut Bokslut  Bokslut
      Namn

      ```osaker-tabell
                                  2020     2021     2022    2023     2024
      Personalomsättning          12,9 %   7,4 %     11,7 %   8,3 %    4,8 %
      Sjukfrånvaro Totalt         2,8 %    2 %       2,5 %    2,6 %    1,9 %
      ```
      """)
    let table = try #require(document.tables.first)
    #expect(table.columns == ["Namn", "Bokslut 2020", "Bokslut 2021", "Bokslut 2022", "Bokslut 2023", "Bokslut 2024"])
    #expect(table.rows.map(\.label) == ["Personalomsättning", "Sjukfrånvaro Totalt"])
  }

  /// A one-line header after a caption word, wrapped onto a line of column words only (lynx):
  /// the columns follow, a percent sign the column word's before it.
  @Test func collapsedCaptionedHeaderWrappedOntoColumnWords() throws {
    let document = read(
      """
      Verksamhet Budget 2024 Utfall jan–aug 2024 Prognos 2024
      Avvikelse Avvikelse %
      Vuxenutbildning -36 900 -23 870 -36 200 700 1,9
      Totalt -222 000 -144 750 -222 100 -100 0,0
      """)
    let table = try #require(document.tables.first)
    #expect(table.columns == ["Verksamhet", "Budget 2024", "Utfall jan–aug 2024", "Prognos 2024", "Avvikelse", "Avvikelse %"])
    #expect(table.rows[0].cells.dropFirst().map(\.text) == ["-36 900", "-23 870", "-36 200", "700", "1,9"])
    #expect(table.rows[1].cells.dropFirst().map(\.text) == ["-222 000", "-144 750", "-222 100", "-100", "0,0"])
  }

  /// Values glued to the next label (`13,0%Medarbetare`) lost their row: no table starts there.
  @Test func collapsedValuesGluedToALabelAreNoTable() {
    #expect(CollapsedTableForm.isGluedToLabel("13,0%Medarbetare"))
    #expect(!CollapsedTableForm.isGluedToLabel("0,0Mnkr"))
    #expect(!CollapsedTableForm.isGluedToLabel("CO2"))
  }

  /// Where a collapsed row still shows gaps of two or more spaces, no number spans a gap and the
  /// thousands groups are joined so that the values are of like size; a target printed apart
  /// by a wide gap is the last column's.
  /// Text without column positions (`pdftotext -raw`, pdfminer): a one-line header of years of
  /// their own and a target, each row's values split to fit; a footer ending in a year is no row.
  /// Text that lost its positions, a header whose first cell names the unit (`Ekonomi (tkr)`,
  /// `Verksamheter (tkr)`, `Bidrag, tkr`) over years or column words: a table of one line's
  /// header; the next table's unit-named cell, its years wrapped below it, ends it. A dash one
  /// space before a number is its sign where that spreads the values evenly (`- 6 279 -6 827
  /// 548`); a dash for an empty cell stays one.
  @Test func collapsedHeaderWhoseFirstCellNamesTheUnit() throws {
    let document = read(
      """
      Ekonomi (tkr) 2024 2025
      Intäkter 10 135 11 251
      Kostnader -69 731 -73 300

      Verksamheter (tkr) Utfall 2025 Budget 2025 Återstår
      Bibliotek -13 123 -13 152 29
      Fritidsverksamhet - 6 279 -6 827 548
      Museum - 8 417 8 417
      Tillstånd 1 1
      Summa totalt -19 401 -28 396 8 994
      Per verksamhet
      Bidrag, tkr Bokslut
      2023
      Bokslut
      2024
      Lokalt aktivitetsstöd -602 -598
      """)
    #expect(document.tables.count == 2)
    let economy = try #require(document.tables.first)
    #expect(economy.columns == ["Ekonomi (tkr)", "2024", "2025"])
    #expect(economy.rows.map { $0.cells.map(\.text) } == [["Intäkter", "10 135", "11 251"], ["Kostnader", "-69 731", "-73 300"]])
    let drift = try #require(document.tables.last)
    #expect(drift.columns == ["Verksamheter (tkr)", "Utfall 2025", "Budget 2025", "Återstår"])
    #expect(drift.rows.map(\.label) == ["Bibliotek", "Fritidsverksamhet", "Museum", "Tillstånd", "Summa totalt"])
    #expect(drift.rows[1].cells.dropFirst().map(\.text) == ["-6 279", "-6 827", "548"])
    #expect(drift.rows[2].cells.dropFirst().map(\.text) == ["-", "8 417", "8 417"])
    // Two values for three columns: kept in order, marked.
    #expect(drift.rows[3].valuesInOrder && !drift.rows[2].valuesInOrder)
    // A line that happens to start with a capitalised word and a unit is no header without values.
    #expect(CollapsedTableForm.unitCell("Bidrag, tkr Bokslut") == 2)
    #expect(CollapsedTableForm.unitCell("Ekonomi (tkr) 2024 2025") == 2)
    #expect(CollapsedTableForm.unitCell("Budgeten är 5 (tkr)") == nil)
  }

  /// The byte filter before a first cell's unit rules out no line ``CollapsedTableForm/unitCell(_:)``
  /// reads a unit in (any case, the Kelvin sign's `K` too), and rules out lines without `kr` at a
  /// word's end.
  @Test func unitFilterKeepsEveryUnit() {
    let units = ["(tkr)", "(MNKR)", "(Mkr)", "(kr)", "tkr", "Mnkr", "MKR", "(t\u{212A}r)", "\u{212A}R"]
    let cells = ["Ekonomi", "Bidrag,", "Verksamheter i", "Drift, netto", "Kostnader per"]
    var read = 0
    for unit in units {
      for cell in cells {
        for text in ["\(cell) \(unit)", "\(cell) \(unit) 2024 2025", "\(cell), \(unit) Utfall"] {
          guard CollapsedTableForm.unitCell(text) != nil else { continue }
          read += 1
          #expect(CollapsedTableForm.mayNameUnit(text), "\(text)")
        }
      }
    }
    #expect(read >= 40)
    #expect(!CollapsedTableForm.mayNameUnit("Kravet (krav) på kraften, krona"))
    #expect(!CollapsedTableForm.mayNameUnit(""))
  }

  /// Statistics in text that lost its positions (`pdftotext -raw`): a header whose cells wrapped
  /// each onto lines of their own (`Statistik Bokslut` / `2022` / `Bokslut` / …), group lines in
  /// capitals over rows whose labels are whole on their values line (`Antal besökare` over
  /// `Bibliotek och buss …`), a value said to be about so much (`ung 116 000`) and a word for a
  /// value not there (`Stängt`) in its column.
  @Test func collapsedStatisticsWithGroupsAndWrappedHeaderCells() throws {
    let document = read(
      """
      Statistik Bokslut
      2023
      Bokslut
      2024
      Bokslut 2025
      Antal besökare
      Bibliotek och buss 117 271 ung 116 000 ung 116 000
      Antal bibliotekslån
      Bibliotekslån 97 032 95 414 93 666
      Antal badgäster
      Korsavads simhall Stängt Stängt Stängt
      Tobisviksbadet Stängt 22 898 23 902
      Biblioteket har haft stabila besöks- och utlåningsnivåer, med fler än 2 200 besökare i veckan. I
      """)
    let table = try #require(document.tables.first)
    #expect(table.columns == ["Statistik", "Bokslut 2023", "Bokslut 2024", "Bokslut 2025"])
    #expect(table.rows.map { $0.cells.map(\.text) } == [
      ["Antal besökare", "", "", ""], ["Bibliotek och buss", "117 271", "ung 116 000", "ung 116 000"],
      ["Antal bibliotekslån", "", "", ""], ["Bibliotekslån", "97 032", "95 414", "93 666"],
      ["Antal badgäster", "", "", ""], ["Korsavads simhall", "Stängt", "Stängt", "Stängt"],
      ["Tobisviksbadet", "Stängt", "22 898", "23 902"],
    ])
  }

  /// A financial statement under its caption, `Not` and years or dates as its header, in each
  /// text form: collapsed (pdfplumber), one cell per line (PyMuPDF) and page layout, where a
  /// one-digit note stands right of the column that two-digit ones and the header start (a
  /// column split in two, put together again). A row without a note has its values in the years.
  @Test(arguments: ["collapsed", "stacked", "layout"]) func financialStatementWithANotesColumn(form: String) throws {
    let rows = [
      ["Verksamhetens intäkter", "2", "48,6", "45,1"], ["Verksamhetens nettokostnad", "", "–162,5", "–156,8"],
      ["Avsättningar för pensioner", "10", "38,9", "36,4"], ["Årets resultat", "", "1,6", "0,9"],
    ]
    var text = "Resultaträkning (mnkr)\n"
    switch form {
    case "collapsed":
      text += "Not 2024-12-31 2023-12-31\n" + rows.map { $0.filter { !$0.isEmpty }.joined(separator: " ") }.joined(separator: "\n")
    case "stacked":
      text += (["Not", "2024-12-31", "2023-12-31"] + rows.flatMap { $0.filter { !$0.isEmpty } }).joined(separator: "\n")
    default:
      text += "                                      Not      2024-12-31        2023-12-31\n\n"
      text += " Verksamhetens intäkter                     2         48,6              45,1\n"
      text += " Verksamhetens nettokostnad                        –162,5            –156,8\n"
      text += " Avsättningar för pensioner              10           38,9              36,4\n"
      text += " Årets resultat                                       1,6               0,9\n"
    }
    let table = try #require(read(text + "\n\n5.2 Balansräkning\nText.").tables.first)
    #expect(table.columns.dropFirst() == ["Not", "2024-12-31", "2023-12-31"])
    #expect(table.rows.map { $0.cells.map(\.text) } == rows)
    #expect(table.rows.allSatisfy { !$0.valuesInOrder })
  }

  /// A table of two header rows one cell per paragraph (docx2txt), the first's `Utfall` merged
  /// over the years of the second, whose other cells are empty paragraphs: `Utfall` is a column
  /// per year.
  @Test func docxHeaderOfTwoRowsWithAMergedCell() throws {
    let cells = [
      "Tabell 2. Verksamhetsmått", "Mått", "Utfall", "Mål 2024", nil, "2022", "2023", "2024", nil,
      "Antal lägenheter (st)", "4 262", "4 281", "4 327", "–", "Uthyrningsgrad (%)", "98,7", "98,9", "99,1", "98,5",
      "Omflyttningsgrad (%)", "14,2", "13,6", "12,9", "13,0",
    ]
    let text = cells.map { $0 ?? "" }.joined(separator: "\n\n") + "\n\nAntalet lägenheter ökade med 46 under året."
    let table = try #require(read(text).tables.first)
    #expect(table.columns == ["Mått", "Utfall 2022", "Utfall 2023", "Utfall 2024", "Mål 2024"])
    #expect(table.rows.map { $0.cells.map(\.text) } == [
      ["Antal lägenheter (st)", "4 262", "4 281", "4 327", "–"], ["Uthyrningsgrad (%)", "98,7", "98,9", "99,1", "98,5"],
      ["Omflyttningsgrad (%)", "14,2", "13,6", "12,9", "13,0"],
    ])
  }

  /// A collapsed financial statement whose header names its unit first, then `Not`, then column
  /// words with their periods over a line of years (pdfplumber): the years go with the words in
  /// order; a note is a later number than the notes above it, so `1 369` after note 3 is a value.
  @Test func collapsedStatementWithUnitNotesAndColumnWords() throws {
    let document = read(
      """
      Resultaträkning (tkr)
      tkr Not Utfall jan–jun Utfall jan–jun Budget helår Prognos helår
      2025 2024 2025 2025
      Verksamhetens intäkter 1 71 842 68 215 142 600 144 100
      varav avfallstaxor 63 510 60 874 126 400 127 300
      Verksamhetens kostnader 2 −66 913 −64 120 −134 900 −137 200
      Avskrivningar 3 −3 184 −2 946 −6 500 −6 400
      Verksamhetens resultat 1 745 1 149 1 200 500
      Finansiella kostnader −418 −392 −900 −860
      Resultat efter finansiella poster 1 369 788 380 −270
      Balansräkning (tkr)
      tkr Not 2025-06-30 2024-12-31
      Materiella anläggningstillgångar 3 48 216 46 930
      Avsättning för sluttäckning av deponi 4 12 480 12 910
      Kassa och bank 9 612 8 147
      """)
    let tables = document.tables
    #expect(tables.count == 2)
    #expect(tables[0].columns == ["tkr", "Not", "Utfall jan–jun 2025", "Utfall jan–jun 2024", "Budget helår 2025", "Prognos helår 2025"])
    #expect(tables[0].rows.map { $0.cells.map(\.text) } == [
      ["Verksamhetens intäkter", "1", "71 842", "68 215", "142 600", "144 100"],
      ["varav avfallstaxor", "", "63 510", "60 874", "126 400", "127 300"],
      ["Verksamhetens kostnader", "2", "−66 913", "−64 120", "−134 900", "−137 200"],
      ["Avskrivningar", "3", "−3 184", "−2 946", "−6 500", "−6 400"],
      ["Verksamhetens resultat", "", "1 745", "1 149", "1 200", "500"],
      ["Finansiella kostnader", "", "−418", "−392", "−900", "−860"],
      ["Resultat efter finansiella poster", "", "1 369", "788", "380", "−270"],
    ])
    #expect(tables[1].columns == ["tkr", "Not", "2025-06-30", "2024-12-31"])
    #expect(tables[1].rows.map { $0.cells.map(\.text) } == [
      ["Materiella anläggningstillgångar", "3", "48 216", "46 930"], ["Avsättning för sluttäckning av deponi", "4", "12 480", "12 910"],
      ["Kassa och bank", "", "9 612", "8 147"],
    ])
    #expect(tables.map(\.unit) == ["tkr", "tkr"])
  }

  /// A collapsed balance sheet under `(tkr) Not …` whose row without a note reads as one value
  /// too many with a note (`Kassa och bank 9 467 10 231`): its figures of like size are the
  /// years'; a note's own table names the unit and the years alone (`tkr 2024 2023`).
  @Test func collapsedBalanceSheetAndANotesTable() throws {
    let document = read(
      """
      Balansräkning (tkr)
      (tkr) Not 2024-12-31 2023-12-31
      Kortfristiga fordringar 8 7 812 6 954
      Kassa och bank 9 467 10 231
      Summa omsättningstillgångar 17 279 17 185
      Eget kapital 9 21 240 19 056
      Långfristiga skulder 11 18 000 16 000
      2.4 Noter
      Not 4 Medlemsbidrag
      tkr 2024 2023
      Åsby kommun 46 030 43 836
      Norrvik kommun 26 556 25 290
      Summa 72 586 69 126
      """)
    let tables = document.tables
    #expect(tables.count == 2)
    #expect(tables[0].columns == ["(tkr)", "Not", "2024-12-31", "2023-12-31"])
    #expect(tables[0].rows.map { $0.cells.map(\.text) } == [
      ["Kortfristiga fordringar", "8", "7 812", "6 954"], ["Kassa och bank", "", "9 467", "10 231"],
      ["Summa omsättningstillgångar", "", "17 279", "17 185"], ["Eget kapital", "9", "21 240", "19 056"],
      ["Långfristiga skulder", "11", "18 000", "16 000"],
    ])
    #expect(tables[0].rows.allSatisfy { !$0.valuesInOrder })
    #expect(tables[1].columns == ["tkr", "2024", "2023"])
    #expect(tables[1].caption == "Not 4 Medlemsbidrag")
    #expect(tables[1].rows.map { $0.cells.map(\.text) } == [
      ["Åsby kommun", "46 030", "43 836"], ["Norrvik kommun", "26 556", "25 290"], ["Summa", "72 586", "69 126"],
    ])
  }

  /// A driftredovisning that lost its positions: economy column words (`Intäkter Kostnader Netto
  /// Budget Avvikelse`) after a first cell wrapped onto the next line with the unit (`Driftredovisning
  /// per` / `verksamhet (tkr)`); a dash between values an empty cell, not a sign, where a sign would
  /// not even them; a zero never a thousands group's head (`250 0 250` three values).
  @Test func collapsedDriftredovisningWithAWrappedFirstCell() throws {
    let document = read(
      """
      Driftredovisning per Intäkter Kostnader Netto Budget Avvikelse
      verksamhet (tkr)
      Förbundsledning och 1 250 -14 830 -13 580 -13 900 320
      administration
      Utbildning 4 120 -3 870 250 0 250
      Medlemsbidrag 86 400 – 86 400 86 400 0
      Summa 91 770 -18 700 73 070 72 500 570
      """)
    let table = try #require(document.tables.first)
    #expect(table.columns == ["Driftredovisning per verksamhet (tkr)", "Intäkter", "Kostnader", "Netto", "Budget", "Avvikelse"])
    #expect(table.rows.map(\.label) == ["Förbundsledning och administration", "Utbildning", "Medlemsbidrag", "Summa"])
    #expect(table.rows[1].cells.dropFirst().map(\.text) == ["4 120", "-3 870", "250", "0", "250"])
    #expect(table.rows[2].cells.dropFirst().map(\.text) == ["86 400", "–", "86 400", "86 400", "0"])
    #expect(table.rows.allSatisfy { !$0.valuesInOrder })
  }

  @Test func collapsedOneLineHeaderOfYears() throws {
    let document = read(
      """
      Indikator 2020 2021 2022 2023 2024 Mål 2025
      Utsläpp av växthusgaser per invånare (ton CO2e) 2,6 2,5 2,4 2,3 2,2 1,8
      Energianvändning i kommunens lokaler (kWh/m2) 168 162 159 151 147 145
      Alingsås kommun Årsredovisning 2023
      """)
    let table = try #require(document.tables.first)
    #expect(table.columns == ["Indikator", "2020", "2021", "2022", "2023", "2024", "Mål 2025"])
    #expect(table.rows.map(\.label) == [
      "Utsläpp av växthusgaser per invånare (ton CO2e)", "Energianvändning i kommunens lokaler (kWh/m2)",
    ])
    #expect(table.rows[1].cells.dropFirst().map(\.text) == ["168", "162", "159", "151", "147", "145"])
    #expect(CollapsedTableForm.labelsInOrder(["Utfall", "2022", "2023", "Mål", "2025"]) == ["Utfall 2022", "2023", "Mål 2025"])
    // A row of the header's own years heads the rows below it.
    let grouped = try #require(
      read(
        """
        Verksamhetsmått 2021 2022 2023
        Antal barn i förskola 2 412 2 388 2 351
        Personal 2021 2022 2023
        Antal årsarbetare 1 287 1 301 1 312
        """
      ).tables.first)
    #expect(grouped.rows.map { $0.cells.map(\.text) } == [
      ["Antal barn i förskola", "2 412", "2 388", "2 351"], ["Personal", "", "", ""],
      ["Antal årsarbetare", "1 287", "1 301", "1 312"],
    ])
    #expect(CollapsedTableForm.labelsInOrder(["Utfall", "2022", "Utfall", "2023"]) == nil)
  }

  /// PyMuPDF prints each cell on a line of its own and wraps header cells (`Jan–aug` / `2024`,
  /// `Bedöm-` / `ning`, `Utfall` / `jan–aug` / `2023` under a caption) and labels (a lower-case
  /// line that is no value goes on with the label).
  @Test func stackedCellsWithWrappedHeadersAndLabels() throws {
    let indicators = try #require(
      read(
        """
        Indikator
        2023
        Jan–aug
        2024
        Målvärde
        2024
        Trend
        Bedöm-
        ning
        Personalkontinuitet i hemtjänsten, antal personal
        under 14 dagar (median)
        16
        18
        12
        ↑
        Röd
        Anmälda brott per 1 000 invånare
        74,8
        46,5
        70,0
        ↓
        Grön
        """
      ).tables.first)
    #expect(indicators.columns == ["Indikator", "2023", "Jan–aug 2024", "Målvärde 2024", "Trend", "Bedömning"])
    #expect(indicators.rows.map(\.label) == [
      "Personalkontinuitet i hemtjänsten, antal personal under 14 dagar (median)", "Anmälda brott per 1 000 invånare",
    ])
    #expect(indicators.rows[1].cells.dropFirst().map(\.text) == ["74,8", "46,5", "70,0", "↓", "Grön"])
    let economy = try #require(
      read(
        """
        Resultaträkning, mnkr
        Utfall
        jan–aug
        2023
        Budget
        2024
        Verksamhetens intäkter
        196,4
        301,0
        """
      ).tables.first)
    #expect(economy.columns == ["", "Utfall jan–aug 2023", "Budget 2024"])
    #expect(economy.rows.first?.cells.map(\.text) == ["Verksamhetens intäkter", "196,4", "301,0"])
  }

  /// docx2txt prints each cell on a line of its own with a blank line after it: read as if the
  /// blank lines were not there, the line above the header its caption; `Ack utfall jan–jun`,
  /// `Helårsbudget`, `Kv 2 2024` and `Aktivitet/projekt` name columns.
  /// One cell per line, a blank line after each (`pdftotext` without `-layout`), under a first
  /// cell naming the unit, over column words (`Verksamheter (tkr)`, its caption) or bare years
  /// (`Ekonomi (tkr)`, its first column's header); a row
  /// one value short (`Tillstånd` / `1` / `1`, the next label after it) keeps its values in
  /// order, marked, and the table goes on.
  @Test func stackedCellsUnderAFirstCellNamingTheUnit() throws {
    let cells = [
      "Verksamheter (tkr)", "Utfall 2025", "Budget 2025", "Återstår", "Bibliotek", "-13 123", "-13 152", "29", "Tillstånd", "1",
      "1", "Museum", "-8 417", "-8 603", "186", "Summa totalt", "-21 539", "-21 755", "216",
    ]
    let document = read(cells.joined(separator: "\n\n") + "\n\nText efter tabellen.")
    let table = try #require(document.tables.first)
    // (Over column words the cell is the caption, as `Resultaträkning, mnkr` is.)
    #expect(table.columns == ["", "Utfall 2025", "Budget 2025", "Återstår"])
    #expect(table.caption == "Verksamheter (tkr)")
    #expect(table.rows.map(\.label) == ["Bibliotek", "Tillstånd", "Museum", "Summa totalt"])
    #expect(table.rows[1].cells.map(\.text) == ["Tillstånd", "1", "1", ""])
    #expect(table.rows.map(\.valuesInOrder) == [false, true, false, false])
    #expect(table.rows[2].cells.map(\.text) == ["Museum", "-8 417", "-8 603", "186"])
    let years = try #require(
      read(["Ekonomi (tkr)", "2024", "2025", "Intäkter", "10 135", "11 251", "Kostnader", "-69 731", "-73 300", "Slut."].joined(separator: "\n\n"))
        .tables.first)
    #expect(years.columns == ["Ekonomi (tkr)", "2024", "2025"])
    #expect(years.rows.map(\.label) == ["Intäkter", "Kostnader"])
  }

  /// One cell per line (PyMuPDF): a group's label over its rows (`Antal besökare` over
  /// `Bibliotek och buss` and its values) is a row of its own without values, and two header
  /// cells put on one line (`Bokslut 2024 Bokslut 2025`) are two columns.
  @Test func stackedCellsWithGroupRowsAndTwoHeaderCellsOnALine() throws {
    let lines = [
      "Statistik", "Bokslut 2023", "Bokslut 2024 Bokslut 2025", "Budget 2025", "Antal besökare", "Bibliotek och buss", "117 271",
      "ung 116 000", "ung 116 000", "110 000", "Antal bibliotekslån", "Bibliotekslån", "97 032", "95 414", "93 666", "90 000",
      "Biblioteket har haft stabila besöks- och utlåningsnivåer, med fler än 2 200 besökare i veckan.",
    ]
    let table = try #require(read(lines.joined(separator: "\n")).tables.first)
    #expect(table.columns == ["Statistik", "Bokslut 2023", "Bokslut 2024", "Bokslut 2025", "Budget 2025"])
    #expect(table.rows.map { $0.cells.map(\.text) } == [
      ["Antal besökare", "", "", "", ""], ["Bibliotek och buss", "117 271", "ung 116 000", "ung 116 000", "110 000"],
      ["Antal bibliotekslån", "", "", "", ""], ["Bibliotekslån", "97 032", "95 414", "93 666", "90 000"],
    ])
  }

  /// `pdftotext` without `-layout` prints each cell a blank line apart, a cell wrapped onto
  /// lines of its own (`Utfall` / `jan–aug` / `2025`, a label over two lines): each run between
  /// blank lines is one cell; values out of order where a label would be (`–` before the label
  /// it belongs to) end the table.
  @Test func stackedCellsWrappedBetweenBlankLines() throws {
    let cells = [
      "Indikator", "Utfall 2023", "Utfall\njan–aug\n2025", "Målvärde\n2025", "Andel elever i åk 9 som är behöriga till\nyrkesprogram (%)",
      "84,1", "86,3", "90", "Genomsnittligt meritvärde åk 9 (17 ämnen)", "221,4", "226,8", "230", "–", "68", "75",
      "Andel barn med godkänd\nspråkscreening (%)",
    ]
    let table = try #require(read(cells.joined(separator: "\n\n")).tables.first)
    #expect(table.columns == ["Indikator", "Utfall 2023", "Utfall jan–aug 2025", "Målvärde 2025"])
    #expect(table.rows.map { $0.cells.map(\.text) } == [
      ["Andel elever i åk 9 som är behöriga till yrkesprogram (%)", "84,1", "86,3", "90"],
      ["Genomsnittligt meritvärde åk 9 (17 ämnen)", "221,4", "226,8", "230"],
    ])
    // A caption right above the header, no blank line between, names the table and its unit.
    let economy = try #require(
      read(
        "Förvaltningen redovisar ett överskott.\nTabell 5. Ekonomisk översikt (mnkr)\n"
          + ["Resultatposter", "Budget 2024", "Utfall 2024", "Verksamhetens intäkter", "1 245,0", "1 312,4", "Verksamhetens kostnader",
            "-9 870,5", "-10 041,8"].joined(separator: "\n\n")
      ).tables.first)
    #expect(economy.caption == "Tabell 5. Ekonomisk översikt (mnkr)")
    #expect(economy.columns == ["Resultatposter", "Budget 2024", "Utfall 2024"])
    #expect(economy.rows.map(\.label) == ["Verksamhetens intäkter", "Verksamhetens kostnader"])
  }

  @Test func stackedCellsEachFollowedByABlankLine() throws {
    let document = read(
      """
      Resultaträkning i sammandrag, mnkr

      Post

      Ack utfall jan–jun

      Helårsbudget

      Nettoomsättning

      498,2

      1 020,0

      Rörelseresultat

      38,4

      61,0



      Nyckeltal

      Kv 2 2024

      Jan–jun 2024

      Såld el, GWh

      96

      241

      Försäljningen minskade under det varma kvartalet.
      """)
    #expect(document.tables.count == 2)
    let economy = try #require(document.tables.first)
    #expect(economy.columns == ["Post", "Ack utfall jan–jun", "Helårsbudget"])
    #expect(economy.caption == "Resultaträkning i sammandrag, mnkr")
    #expect(economy.rows.map { $0.cells.map(\.text) } == [["Nettoomsättning", "498,2", "1 020,0"], ["Rörelseresultat", "38,4", "61,0"]])
    #expect(document.tables.last?.columns == ["Nyckeltal", "Kv 2 2024", "Jan–jun 2024"])
    #expect(StackedTableForm.isPeriodHeader("Kv 2 2024") && !StackedTableForm.isPeriodHeader("Såld el"))
  }

  @Test func collapsedRowsReadByTheirGaps() throws {
    let document = read(
      """
      Indikatorer                    Utfall Utfall  Utfall Utfall Målvärde
      2020    2021   2022   2023   2023
      Anmälda brott per invånare (antal/100 000
      5 321  5 691   6 475
      invånare)
      Insamlat kommunalt avfall, kg/person 515 504   500              433
      Jag känner mig trygg i skolan (åk 5) 88 % 84 % 85 %     84 %
      Antal påbörjade bostäder       216     848     165
      """)
    let table = try #require(document.tables.first)
    let values = table.rows.map { Array($0.cells.dropFirst().map(\.text)) }
    #expect(values[0] == ["5 321", "5 691", "6 475", "", ""])
    #expect(values[1] == ["515", "504", "500", "", "433"])
    #expect(values[2] == ["88 %", "84 %", "85 %", "", "84 %"])
    #expect(values[3] == ["216", "848", "165", "", ""])
    #expect(table.rows.map(\.valuesInOrder) == [true, false, false, true])
  }

  /// Thousands groups without gaps: joined so that the values fill the columns and are of like
  /// size, never split to fit.
  @Test func collapsedThousandsGroupsWithoutGaps() {
    let values = { (text: String) in CollapsedTableForm.values(text, columns: 5)?.values ?? [] }
    #expect(values("Kostnad 135 349 136 691 127 000 131 824") == ["135 349", "136 691", "127 000", "131 824"])
    #expect(values("Antal 88 120 135") == ["88", "120", "135"])
    #expect(values("Anmälda brott 5 321 5 691 6 475") == ["5 321", "5 691", "6 475"])
    #expect(values("Andel 17,3 17,9 19") == ["17,3", "17,9", "19"])
    #expect(values("Andel bräddat 0,5% 0,8% 1.1% 3,3%") == ["0,5%", "0,8%", "1.1%", "3,3%"])
    #expect(values("Kod 1.234") == [])
  }

  /// A label ending in a number (`etapp 1`, `2 st`) keeps it where the values of like size fill
  /// the columns without it; a value seven digits long among four is no way to fill them.
  @Test func collapsedLabelsEndingInANumber() {
    func read(_ text: String) -> String? {
      CollapsedTableForm.values(text, columns: 3).map { "\($0.label) | \($0.values.joined(separator: " | "))" }
    }
    #expect(read("Ombyggnad Lerviks ÅVC, etapp 1 2 500 310 1 800") == "Ombyggnad Lerviks ÅVC, etapp 1 | 2 500 | 310 | 1 800")
    #expect(read("Eldrivna insamlingsfordon, 2 st 9 800 2 950 9 800") == "Eldrivna insamlingsfordon, 2 st | 9 800 | 2 950 | 9 800")
    #expect(read("Summa investeringar 15 500 4 470 15 000") == "Summa investeringar | 15 500 | 4 470 | 15 000")
    #expect(read("Anmälda brott 2 5 321 5 691 6 475") == "Anmälda brott 2 | 5 321 | 5 691 | 6 475")
  }

  /// Yes/no answers are values of their own row (they do not glue its label to the next row's),
  /// and a footnote under the table is not a label.
  @Test func collapsedYesNoRowsAndFootnotes() throws {
    let document = read(
      """
      Indikatorer                    Utfall Utfall  Utfall Utfall Målvärde
      2020    2021   2022   2023   2023
      Utsläppen från reningsverken
      ligger med god marginal Ja Ja  Nej               Ja
      under gränsvärdena.
      Kadmium i avloppsslam 1      989     709              939

      \\* Värden är inte klara
      """)
    let table = try #require(document.tables.first)
    #expect(table.rows.map(\.label) == [
      "Utsläppen från reningsverken ligger med god marginal under gränsvärdena.", "Kadmium i avloppsslam",
    ])
    #expect(table.rows[0].cells.dropFirst().map(\.text) == ["Ja", "Ja", "Nej", "", "Ja"])
    #expect(table.rows[1].cells.dropFirst().map(\.text) == ["1", "989", "709", "", "939"])
  }

  /// A narrow label column breaks a word longer than itself without a hyphen: the parts are
  /// glued where a line as wide as the column is one word and a short lower-case part follows;
  /// words that merely wrapped keep their space. A lower-case line ending in a number is label.
  @Test func collapsedLabelsGlueWordsBrokenAtTheColumnEdge() throws {
    let document = read(
      """
      Namn            Utfall Utfall Utfall
      2021   2022   2023
      Korttidssjukfrån
      4,9 %  5,9 %   4,9 %
      varo Kvinnor
      Sjukfrånvaro,
      andel av
      36,4 %  33,9 %  36,8 %
      sjukfrånvaro 60
      dagar eller mer
      Anställda
      genomsnittlig
      91,1 %  92,3 %  92,6 %
      sysselsättnings
      grad
      Sjukfrånvaroda
      gar i snitt per 16,5  18,5    16,8
      anställd
      """)
    let table = try #require(document.tables.first)
    #expect(table.rows.map(\.label) == [
      "Korttidssjukfrånvaro Kvinnor", "Sjukfrånvaro, andel av sjukfrånvaro 60 dagar eller mer",
      "Anställda genomsnittlig sysselsättningsgrad", "Sjukfrånvarodagar i snitt per anställd",
    ])
    #expect(LineJoining.join(["Antal", "medarbetare", "per chef"], columnWidth: 11) == "Antal medarbetare per chef")
    #expect(LineJoining.join(["pedagogisk", "omsorg"], columnWidth: 16) == "pedagogisk omsorg")
  }

  /// A converter put a whole table in one column: the header cell and each row's cell are text
  /// that lost its column positions, read as such.
  /// A landscape page's two tables side by side, each with its caption, are two tables on the
  /// same lines; a wide table whose values stand far from their labels is one.
  @Test func tablesSideBySideAreReadApart() throws {
    let document = read(
      """
      Planen följs upp per mål.

        Nyckeltal till mål 1.1                                                                Ekonomi i sammandrag (mnkr)
        Nyckeltal                                 Utfall 2023 Utfall aug 2024 Mål 2024                                   Budget 2024 Prognos 2024
        Antal påbörjade bostäder                          164           58       150          Intäkter                        112,4        118,9
        Antal färdigställda bostäder                      131           77       140          Kostnader                      -298,6       -301,7
        Planberedskap, antal bostäder                     610        1 030       800

      Verksamhet                                       Budget 2024        Utfall 2024
      Kommunledning och politik                             18 400              11 987
      Ekonomienheten                                        14 850               9 702
      """)
    let tables = document.tables
    #expect(tables.count == 3)
    #expect(tables.map(\.caption) == ["Nyckeltal till mål 1.1", "Ekonomi i sammandrag (mnkr)", nil])
    #expect(tables[0].columns == ["Nyckeltal", "Utfall 2023", "Utfall aug 2024", "Mål 2024"])
    #expect(tables[0].rows.map(\.label) == ["Antal påbörjade bostäder", "Antal färdigställda bostäder", "Planberedskap, antal bostäder"])
    #expect(tables[0].rows[2].cells.map(\.text) == ["Planberedskap, antal bostäder", "610", "1 030", "800"])
    #expect(tables[1].columns == ["", "Budget 2024", "Prognos 2024"])
    #expect(tables[1].rows.map(\.label) == ["Intäkter", "Kostnader"])
    #expect(tables[1].rows.map(\.line) == [5, 6])
    #expect(tables[2].rows.map(\.label) == ["Kommunledning och politik", "Ekonomienheten"])
  }

  /// Notes side by side whose rows are staggered (a row on one side, a line of the other's
  /// below it): the right table's caption starts a line below the left one's, alone on its
  /// line, and each table takes its caption over a line the other side's text stands on.
  @Test func notesSideBySideWithStaggeredRows() throws {
    let document = read(
      """
       Noter

        Not 1 Verksamhetens intäkter (tkr)
                                                                           Not 3 Materiella anläggningstillgångar (tkr)
                                             jan–jun        jan–jun
                                               2025           2024                                          jan–jun     helår 2024
                                                                                                              2025
         Avfallstaxor                         63 510         60 874
                                                                           Ingående redovisat värde           46 930         44 610
                                                                           Investeringar                       4 470          8 370
         Verksamhetsavfall                      4 118          3 902       Avskrivningar                     −3 184         −6 050
         Övriga intäkter                        1 008            828       Utgående redovisat värde          48 216         46 930
         Summa                                68 636         64 776
      """)
    let tables = document.tables
    #expect(tables.map(\.caption) == ["Not 1 Verksamhetens intäkter (tkr)", "Not 3 Materiella anläggningstillgångar (tkr)"])
    #expect(tables.map(\.unit) == ["tkr", "tkr"])
    #expect(tables[0].columns == ["", "jan–jun 2025", "jan–jun 2024"])
    #expect(tables[0].rows.map(\.label) == ["Avfallstaxor", "Verksamhetsavfall", "Övriga intäkter", "Summa"])
    #expect(tables[0].rows[2].cells.map(\.text) == ["Övriga intäkter", "1 008", "828"])
    #expect(tables[1].columns == ["", "jan–jun 2025", "helår 2024"])
    #expect(tables[1].rows.map(\.label) == ["Ingående redovisat värde", "Investeringar", "Avskrivningar", "Utgående redovisat värde"])
    #expect(tables[1].rows.map(\.line) == [9, 10, 11, 12])
  }

  /// A note under a table that it goes on over the page does not end it: the header printed
  /// again on the next page continues the same table.
  @Test func aTableSaidToGoOnContinuesOverThePage() throws {
    let document = read(
      """
      Driftredovisning per verksamhet (tkr)

      Verksamhet                                       Budget 2024        Utfall 2024
      Kommunledning och politik                             18 400              11 987
      Ekonomienheten                                        14 850               9 702

      Tabellen fortsätter på nästa sida.

                                                                          Sida 1 av 2
      \u{0C}Driftredovisning per verksamhet (tkr), forts.

      Verksamhet                                       Budget 2024        Utfall 2024
      Kollektivtrafik                                        9 050               6 021
      Summa                                                 42 300              27 710

                                                                          Sida 2 av 2
      """)
    let tables = document.tables
    #expect(tables.map(\.id) == ["T1"])
    #expect(tables.first?.rows.map(\.label) == ["Kommunledning och politik", "Ekonomienheten", "Kollektivtrafik", "Summa"])
    #expect(TableCaptions.saysContinued("Tabellen fortsätter på nästa sida."))
  }

  /// pdfplumber merges rows into one (`Olycksfall<br>Total` over `127<br>556`) and prints the
  /// first row into the header cells: each is a row of its own; a wrapped label is not split.
  @Test func pipeRowsMergedByTheConverterAreSplit() throws {
    let document = read(
      """
      | Namn<br>Riskobservation | 2022<br>50 | 2023<br>34 |
      | --- | --- | --- |
      | Tillbud | 379 | 462 |
      | Olycksfall<br>Total | 127<br>556 | 151<br>647 |
      | Myndighet, stöd och<br>behandling | 12 | 14 |
      """)
    let table = try #require(document.tables.first)
    #expect(table.columns == ["Namn", "2022", "2023"])
    #expect(table.rows.map(\.label) == ["Riskobservation", "Tillbud", "Olycksfall", "Total", "Myndighet, stöd och\nbehandling"])
    #expect(table.rows.map { $0.cells[1].text } == ["50", "379", "127", "556", "12"])
    #expect(table.rows.map(\.line) == [1, 3, 4, 4, 5])
    #expect(IndicatorRecogniser.isIndicatorTable(table))
  }

  @Test func pipeTableInOneColumnIsReadAsCollapsedText() throws {
    let document = read(
      """
      |  | Namn Utfall 2020 Utfall 2021 Utfall 2022 |
      | --- | --- |
      | Kostnad per<br>inskrivet barn i<br>135 349 136 691 127 000<br>pedagogisk<br>omsorg |  |
      | Kostnad per<br>elev, 582 800 550 300 547 700<br>grundsärskola |  |
      """)
    let table = try #require(document.tables.first)
    #expect(table.columns == ["Namn", "Utfall 2020", "Utfall 2021", "Utfall 2022"])
    #expect(table.rows.map(\.label) == ["Kostnad per inskrivet barn i pedagogisk omsorg", "Kostnad per elev, grundsärskola"])
    #expect(table.rows[0].cells.dropFirst().map(\.text) == ["135 349", "136 691", "127 000"])
    #expect(table.rows[1].cells.dropFirst().map(\.text) == ["582 800", "550 300", "547 700"])
    #expect(table.rows.map(\.line) == [3, 4])
    // A header over three `<br>` lines (column words, the first column's name with months and
    // years, years), each row's label and values in its first cell.
    let personnel = read(
      """
      |  | Utfall jan Utfall jan Utfall jan<br>Namn 2022-jun 2023-jun 2024-jun<br>2022 2023 2024 |
      | --- | --- |
      | Andel deltid 7,5 % 6,9 % 7,2 % |  |
      | Andel kvinnor som har<br>8,5 % 6,9 % 7,3 %<br>deltid |  |
      """)
    let rows = try #require(personnel.tables.first)
    #expect(rows.columns == ["Namn", "Utfall jan-jun 2022", "Utfall jan-jun 2023", "Utfall jan-jun 2024"])
    #expect(rows.rows.map(\.label) == ["Andel deltid", "Andel kvinnor som har deltid"])
    #expect(IndicatorRecogniser.isIndicatorTable(rows))
  }

  @Test func pipeTableContinuedOverAPageBreakIsOneTable() throws {
    let document = read(
      """
      Drift (belopp mnkr)

      | Verksamhet | Budget | Prognos |
      | --- | --- | --- |
      | Bibliotek | -10,0 | -9,5 |

      <!-- sida 7 -->

      |  | -4,0 | -4,2 |
      | --- | --- | --- |
      | Summa | -14,0 | -13,7 |

      <!-- sida 8 -->

      | Verksamhet | Budget | Prognos |
      | --- | --- | --- |
      | Musikskola | -2,0 | -2,0 |

      Investeringar (mnkr)

      | Projekt | Budget | Prognos |
      | --- | --- | --- |
      | Bad | 1,0 | 1,0 |
      """)
    let tables = document.tables
    #expect(tables.map(\.id) == ["T1", "T2"])
    #expect(tables[0].caption == "Drift (belopp mnkr)")
    #expect(tables[0].columns == ["Verksamhet", "Budget", "Prognos"])
    // The continued part's first line, read as a header, is a row; the header printed again is not.
    #expect(tables[0].rows.map(\.label) == ["Bibliotek", "", "Summa", "Musikskola"])
    #expect(tables[0].rows[1].cells.map(\.text) == ["", "-4,0", "-4,2"] && tables[0].rows[1].line == 9)
    #expect(tables[1].caption == "Investeringar (mnkr)")
    // Three blocks of the first table, none of them overlapping.
    #expect(document.blocks.filter { $0.table?.id == "T1" }.count == 3)
  }

  /// Converters that print a page's tables after its text: the next page's text before its
  /// first table does not end a table continued there; text after a table on its page does,
  /// and so does a heading. An unnumbered heading with prose under it names no table.
  /// A pipe table after an image marker whose header is a row of the table before (docling
  /// splits tables so): one table, its header row a row.
  @Test func aTableWhoseHeaderIsARowOfTheTableBeforeContinuesIt() throws {
    let document = read(
      """
      | Aktivitet | Ansvarig | Status | Kommentar |
      |---|---|---|---|
      | Gemensam rekryteringskampanj | HR-chef | Pågående | Nio anställningar. |

      <!-- image -->

      | Utöka antalet ST-tjänster | Utbildningsansvarig | Genomförd | Samtliga tillsatta. |
      |---|---|---|---|
      | Avveckla hyrläkare | Primärvårdsdirektör | Avbruten | Rekryteringen lyckades inte. |
      """)
    #expect(document.tables.map(\.id) == ["T1"])
    #expect(document.tables[0].rows.map(\.label) == [
      "Gemensam rekryteringskampanj", "Utöka antalet ST-tjänster", "Avveckla hyrläkare",
    ])
    #expect(!TableCaptions.readsAsRow(["Projekt", "Budget", "Utfall"], under: ["Aktivitet", "Ansvarig", "Status"]))
  }

  @Test func tablesAfterThePageTextAndTheirCaptions() throws {
    let document = read(
      """
      5.4 Investeringar

      Specifikation projekt

      Projekten löper i stort enligt plan, med några undantag som förklaras nedan i texten under
      tabellen, där varje projekt har ett stycke.

      | Projnr | Text | Budget |
      | --- | --- | --- |
      | 3510 | Gång- och cykelbro | -6,8 |

      <!-- sida 27 -->

      3510 Gång- och cykelbro. Nämnden beslutade att ändra inriktning på projektet under våren.

      | Projnr | Text | Budget |
      | --- | --- | --- |
      | 5066 | Framtidens reningsverk | -40,0 |
      | Summa | | -46,8 |

      Ett stycke efter tabellen.

      <!-- sida 28 -->

      | Projnr | Text | Budget |
      | --- | --- | --- |
      | 7516 | Ölmanäs reningsverk | -3,0 |
      """)
    let tables = document.tables
    #expect(tables.map(\.id) == ["T1", "T2"])
    #expect(tables[0].rows.map(\.label) == ["3510", "5066", "Summa"])
    #expect(tables[0].caption == "Investeringar")
    #expect(tables[1].rows.map(\.label) == ["7516"])
  }

  /// pymupdf4llm's page rule (`-----` between blank lines) ends a page: the running header under
  /// it is furniture, and a table on the next page whose header is a row of the one before
  /// continues it. docling's `<!-- image -->` is a picture, no page break.
  @Test func pageRulesEndPagesAndPicturesDoNot() throws {
    var pages: [String] = []
    for page in 1...3 {
      pages.append(
        """
        Tallnäs kommun

        Barn- och utbildningsnämnden | Uppföljning tertial 2 2024

        \(page == 2 ? "|Verksamhet|Budget|Utfall|\n|---|---|---|\n|Förskola|-198 600|-128 410|" : "Text på sida \(page).")

        <!-- image -->

        Sida \(page) av 3

        -----

        """)
    }
    pages.append(
      """
      Tallnäs kommun

      Barn- och utbildningsnämnden | Uppföljning tertial 2 2024

      |Fritidshem|-52 700|-33 845|
      |---|---|---|
      |Kulturskola|-9 300|-5 875|
      """)
    let document = read(pages.joined(separator: "\n"))
    let furniture = document.blocks.compactMap { block -> Furniture? in
      if case .furniture(let kind) = block.kind { return kind } else { return nil }
    }
    #expect(furniture.filter { $0 == .pageMarker }.count == 3)
    #expect(furniture.filter { $0 == .picture }.count == 3)
    #expect(furniture.filter { $0 == .runningHeader }.count == 8)
    let table = try #require(document.tables.first)
    #expect(document.tables.count == 1)
    #expect(table.rows.map(\.label) == ["Förskola", "Fritidshem", "Kulturskola"])
  }

  /// Page-layout tables with footnote marks after values (`941 (1)`, `36*`), a header whose
  /// words run together one space apart (`Utfall Utfall jan–` / `2022  2023  aug 2024`), and a
  /// lone header word above the header line (`Målvärde` over `… Totalt   2024`): read by their
  /// positions, the months' range joined.
  @Test func pageLayoutTablesWithFootnoteMarksAndRunTogetherHeaders() throws {
    let document = read(
      """
                                                            Utfall      Utfall Utfall jan–    Målvärde
         Indikator                                            2022        2023    aug 2024        2024
         Andel hushåll med ekonomiskt bistånd, %               4,1         3,9         3,8         3,5
         Antal hushåll med långvarigt ekonomiskt             1 012         968     941 (1)         900
         bistånd (10–12 månader)
         Andel deltagare i arbetsmarknadsinsats som             38          41         36*          45
         gått till arbete eller studier, %

      Text mellan tabellerna som är en mening.

                                                                                              Målvärde
         Indikator                                         Kvinnor         Män      Totalt        2024
         Andel brukare med förbättrad situation efter           62          55          58          55
         avslutad insats, %
      """)
    #expect(document.tables.count == 2)
    let first = try #require(document.tables.first)
    #expect(first.columns == ["Indikator", "Utfall 2022", "Utfall 2023", "Utfall jan–aug 2024", "Målvärde 2024"])
    #expect(first.rows.map(\.label) == [
      "Andel hushåll med ekonomiskt bistånd, %", "Antal hushåll med långvarigt ekonomiskt bistånd (10–12 månader)",
      "Andel deltagare i arbetsmarknadsinsats som gått till arbete eller studier, %",
    ])
    #expect(first.rows[1].cells.map(\.text).dropFirst() == ["1 012", "968", "941 (1)", "900"])
    #expect(AlignedTableForm.number("941 (1)")?.value == 941)
    #expect(AlignedTableForm.number("(1 151,8) 1)")?.value == -1151.8)
    #expect(AlignedTableForm.number("(1)")?.value == -1)
    let second = try #require(document.tables.last)
    #expect(second.columns == ["Indikator", "Kvinnor", "Män", "Totalt", "Målvärde 2024"])
    #expect(second.rows[0].cells.map(\.text).dropFirst() == ["62", "55", "58", "55"])
  }

  /// pdfplumber prints a page's tables after its text, headings too: a table that ended its page
  /// goes on after the next page's headings when its header is a row (a label alone, or
  /// amounts); a table under a heading whose header is a header is a table of its own.
  @Test func aTableGoesOnAfterTheNextPagesHeadingsOnlyWithARowForAHeader() throws {
    let document = read(
      """
      | (Belopp i mkr) | Bokslut 2023 | Budget 2024 | Bokslut 2024 |
      | --- | --- | --- | --- |
      | Löpande investeringar | -34,1 | -27,5 | -18,5 |

      <!-- sida 51 -->

      Kommentarer Service

      Service har många olika verksamheter som kräver investeringar för att kunna leverera tjänster.

      Resultatområde Fastighet

      | Medfinansiering |  |  |  |
      | --- | --- | --- | --- |
      | Summa investeringsutgifter | -34,1 | -29,5 | -18,5 |

      | (Belopp i mnkr) | Bokslut 2023 | Budget 2024 | Bokslut 2024 |
      | --- | --- | --- | --- |
      | Lokaler - Utgifter | -195,1 | -317,4 | -146,6 |

      <!-- sida 52 -->

      Lokaler

      | (Belopp i mnkr) | Bokslut 2023 | Budget 2024 | Bokslut 2024 |
      | --- | --- | --- | --- |
      | Inventarier | -1,0 | -2,0 | -3,0 |
      """)
    #expect(document.tables.map(\.id) == ["T1", "T2", "T3"])
    #expect(document.tables[0].rows.map(\.label) == ["Löpande investeringar", "Medfinansiering", "Summa investeringsutgifter"])
    #expect(document.tables[1].caption == "Resultatområde Fastighet")
    #expect(document.tables[2].caption == "Lokaler")
  }

  /// Statistics' mark for a figure not yet there (`..`) holds a column's place as a dash does.
  @Test func aMissingFigureMarkHoldsItsColumnsPlace() throws {
    let document = read(
      """
                                                            Utfall        Utfall      Målvärde    Jämförelse
        Resultatindikator                                  T2 2023       T2 2024          2024         riket
        Andel vårdtillfällen med vårdskada                   8,4 %            ..         7,0 %         8,9 %
        (markörbaserad journalgranskning)
        Antal trycksår kategori 2–4                            212           188           150             –
      """)
    let table = try #require(document.tables.first)
    #expect(document.tables.count == 1)
    #expect(table.columns == ["Resultatindikator", "Utfall T2 2023", "Utfall T2 2024", "Målvärde 2024", "Jämförelse riket"])
    #expect(table.rows[0].cells.map(\.text).dropFirst() == ["8,4 %", "..", "7,0 %", "8,9 %"])
  }

  /// A converter's code fence around a table whose header it left outside (```` ```osaker-tabell
  /// ````): furniture, and the table is read as if the fences were not there, its header with it.
  /// A table one cell per paragraph (mammoth's markdown of a Word table) ends at a markdown
  /// heading: the heading and the paragraphs under it are no cells.
  @Test func aTableOfParagraphsEndsAtAMarkdownHeading() throws {
    let document = read(
      """
      __Bedömning av målen i målområde 1__

      __Mål__

      __Bedömning__

      1\\.1 Invånarna ska ha god tillgång till hälso\\- och sjukvård

      __Gul__

      1\\.2 Patienterna ska vara delaktiga i sin vård

      __Grön__

      ## Mål 1\\.1 Invånarna ska ha god tillgång till hälso\\- och sjukvård

      __Målet bedöms delvis uppfyllt\\.__

      ## Mål 1\\.2 Patienterna ska vara delaktiga i sin vård

      Resultaten ligger över riksgenomsnittet\\. Målet bedöms uppfyllt\\.
      """)
    let table = try #require(document.tables.first)
    #expect(table.columns == ["Mål", "Bedömning"])
    #expect(table.rows.map { $0.cells.map(\.text) } == [
      ["1.1 Invånarna ska ha god tillgång till hälso- och sjukvård", "Gul"],
      ["1.2 Patienterna ska vara delaktiga i sin vård", "Grön"],
    ])
    #expect(document.headings.map(\.text).filter { $0.hasPrefix("Mål ") } == [
      "Mål 1.1 Invånarna ska ha god tillgång till hälso- och sjukvård", "Mål 1.2 Patienterna ska vara delaktiga i sin vård",
    ])
  }

  /// A statement's label wrapped over a line of words (`Av- och nedskrivningar av materiella och
  /// immateriella` / `anläggningstillgångar  5  -71880`): the row's label, not a group over it; a
  /// group label over rows in capitals stays one.
  @Test func aLabelWrappedAboveItsValuesIsNoGroup() throws {
    let document = read(
      """
       Resultaträkning
        tkr                                                           Not     2024         2023
        Rörelsens kostnader
        Råvaror och förnödenheter                                            -198441      -192605
        Personalkostnader                                              4     -72615       -68102
        Av- och nedskrivningar av materiella och immateriella
        anläggningstillgångar                                          5     -71880       -67315
        Summa rörelsens kostnader                                            -342936      -328022
      """)
    let table = try #require(document.tables.first)
    #expect(table.rows.map(\.label) == [
      "Rörelsens kostnader", "Råvaror och förnödenheter", "Personalkostnader",
      "Av- och nedskrivningar av materiella och immateriella anläggningstillgångar", "Summa rörelsens kostnader",
    ])
    #expect(table.rows[3].cells.suffix(2).map(\.text) == ["-71880", "-67315"])
  }

  /// A row whose label wraps around a line of values alone at the margin (`…, anges i` / values /
  /// `månader`) is one row, its values in the columns of the row above.
  @Test func codeFencesAreMarkupAndAValuesLineInsideAWrappedLabelIsARow() throws {
    let document = read(
      """
      5.3 Prestationsmått

      Namn                           Utfall  Utfall Utfall  Utfall  Utfall

      ```osaker-tabell
                                      2020    2021  2022    2023    2024
      Upprättade detaljplaner            10      11      12       9      10
      Planlagda bostäder                336     662     381     386     248
      ```

      Ledtid planbesked till projektstart, anges i
      5,35     24      24      31      32
      månader
      5.4 Effektmått

      ```
      Nyckeltalen mäts varje år.
      ```
      """)
    let table = try #require(document.tables.first)
    #expect(document.tables.count == 1)
    #expect(table.columns == ["Namn", "Utfall 2020", "Utfall 2021", "Utfall 2022", "Utfall 2023", "Utfall 2024"])
    #expect(table.rows.map { $0.cells.map(\.text) } == [
      ["Upprättade detaljplaner", "10", "11", "12", "9", "10"],
      ["Planlagda bostäder", "336", "662", "381", "386", "248"],
      ["Ledtid planbesked till projektstart, anges i månader", "5,35", "24", "24", "31", "32"],
    ])
    #expect(table.rows[2].cells[1].line == 12, "the values' line")
    let fences = document.blocks.filter { $0.kind == .furniture(.codeFence) }.map(\.lines.lowerBound)
    #expect(fences == [16, 18], "fences inside a table's lines are the table's")
    #expect(document.blocks.contains { $0.kind == .paragraph && $0.text == "Nyckeltalen mäts varje år." })
    #expect(SourceLine(number: 1, text: "```osaker-tabell").isCodeFence)
    #expect(SourceLine(number: 1, text: "~~~").isCodeFence)
    #expect(!SourceLine(number: 1, text: "``` kod här ```").isCodeFence)
    #expect(!SourceLine(number: 1, text: "`kod`").isCodeFence)
  }

  /// A line's column gap is a run of two or more spaces between text, not its indent nor the
  /// spaces after it (the header readers' first question, computed once per line).
  @Test(arguments: [
    ("Mål   Status", true), ("    Mål  Status  ", true), ("    Mål Status", false), ("Mål Status    ", false),
    ("Mål\u{A0}\u{A0}Status", false), ("", false), ("   ", false), ("a  b  c", true),
  ])
  func gapIsTwoSpacesBetweenText(text: String, gap: Bool) {
    #expect(SourceLine(number: 1, text: text).hasGap == gap)
  }

  /// A table a converter printed partly as text, some of its rows in pipe tables of one row
  /// each (markitdown on a PDF): those rows are read as the text around them, their delimiter
  /// rows as markup, and the whole is one table of figures.
  @Test func pipeRowsStandingInTextAreText() throws {
    let document = read(
      """
      5. Nyckeltal
      | Nyckeltal |     | 2023 | 2024 | Mål 2025 |
      | --------- | --- | ---- | ---- | -------- |
      Antal invånare (31/12) 24 312 24 508 24 700
      | Antal färdigställda bostäder |     | 118 | 96  | 150 |
      | ---------------------------- | --- | --- | --- | --- |
      Andel fossilfria fordon (%) 58 71 80
      Källa: kommunens egna mätningar.
      | Dnr KS 2025/0412 |     | 3 (4) |
      | ---------------- | --- | ----- |
      Kommunstyrelsen bedömer att målen i huvudsak nås.
      """)
    let table = try #require(document.tables.first)
    #expect(document.tables.count == 1)
    #expect(table.columns == ["Nyckeltal", "2023", "2024", "Mål 2025"])
    #expect(table.rows.map { $0.cells.map(\.text) } == [
      ["Antal invånare (31/12)", "24 312", "24 508", "24 700"],
      ["Antal färdigställda bostäder", "118", "96", "150"],
      ["Andel fossilfria fordon (%)", "58", "71", "80"],
    ])
    #expect(table.rows[1].line == 5, "the pipe row's line")
    let rules = document.blocks.filter { $0.kind == .furniture(.tableRule) }.map(\.lines.lowerBound)
    #expect(rules.isEmpty, "rules inside a table's or paragraph's lines are theirs")
    #expect(document.blocks.contains {
      $0.kind == .paragraph && $0.text == "Källa: kommunens egna mätningar. Dnr KS 2025/0412 3 (4) Kommunstyrelsen bedömer att målen i huvudsak nås."
    })
  }

  /// A table whose header a converter printed as text over the rest in one pipe table, its first
  /// row of figures in the header's place: read as text under that header.
  @Test func pipeTableWithFiguresForItsHeaderUnderAHeaderInText() throws {
    let document = read(
      """
      Investeringar (mnkr) Budget 2025 Utfall jan–aug Prognos 2025
      | Exploatering Ängsudden, etapp 1 | 22,0 | 6,4 |     | 9,5  |
      | ------------------------------- | ---- | --- | --- | ---- |
      | Gång- och cykelväg Sjövägen     | 7,5  | 5,9 |     | 7,8  |
      | Summa investeringar             | 29,5 | 12,3 |    | 17,3 |
      """)
    let table = try #require(document.tables.first)
    #expect(table.columns.dropFirst() == ["Budget 2025", "Utfall jan–aug", "Prognos 2025"])
    #expect(table.rows.map { $0.cells.map(\.text) } == [
      ["Exploatering Ängsudden, etapp 1", "22,0", "6,4", "9,5"],
      ["Gång- och cykelväg Sjövägen", "7,5", "5,9", "7,8"],
      ["Summa investeringar", "29,5", "12,3", "17,3"],
    ])
  }

  /// A pipe table going on in a row of text under its last row (`| Nettoomsättning, tkr | … |`
  /// over `Resultat efter finansiella poster, tkr 16 497 15 137`) is text, all of it; a pipe
  /// table standing on its own, between blank lines, stays one.
  @Test func pipeTableGoingOnInTextIsText() throws {
    let document = read(
      """
      Flerårsöversikt
      | Flerårsöversikt      | 2024    | 2023    |
      | -------------------- | ------- | ------- |
      | Nettoomsättning, tkr | 248 615 | 236 904 |
      Resultat efter finansiella poster, tkr 16 497 15 137
      | Soliditet, %         | 17,3    | 17,7    |
      | -------------------- | ------- | ------- |
      | Antal lägenheter     | 3 412   | 3 366   |

      | Mått | 2024 |
      | ---- | ---- |
      | Antal | 12 |
      """)
    #expect(document.tables.count == 2)
    let table = try #require(document.tables.first)
    #expect(table.columns == ["Flerårsöversikt", "2024", "2023"])
    #expect(table.rows.map(\.label) == [
      "Nettoomsättning, tkr", "Resultat efter finansiella poster, tkr", "Soliditet, %", "Antal lägenheter",
    ])
    #expect(table.rows[1].cells.map(\.text) == ["Resultat efter finansiella poster, tkr", "16 497", "15 137"])
    #expect(document.tables[1].columns == ["Mått", "2024"])
  }

  /// A value column a converter split in two, its header over one half and its figures in the
  /// other (`| Budget 2025 |  |` over `|  | 14,2 |`), is one column again; a column of text
  /// beside an unnamed one is left as printed.
  @Test func pipeTableValueColumnsSplitInTwoAreJoined() throws {
    let document = read(
      """
      | Driftredovisning (mnkr) | Budget 2025 |      | Prognos 2025 |      | Avvikelse |
      | ----------------------- | ----------- | ---- | ------------ | ---- | --------- |
      | Politisk verksamhet     |             | 14,2 |              | 14,0 | 0,2       |
      | Samhällsbyggnad         | 46,8        |      |              | 44,1 | 2,7       |

      | Uppdrag | Status |      |
      | ------- | ------ | ---- |
      | Ta fram en plan | | Pågår |
      """)
    let table = try #require(document.tables.first)
    #expect(table.columns == ["Driftredovisning (mnkr)", "Budget 2025", "Prognos 2025", "Avvikelse"])
    #expect(table.rows.map { $0.cells.map(\.text) } == [
      ["Politisk verksamhet", "14,2", "14,0", "0,2"],
      ["Samhällsbyggnad", "46,8", "44,1", "2,7"],
    ])
    #expect(document.tables[1].columns == ["Uppdrag", "Status", ""])
  }

  /// A header whose first word is a compound of a measure word (`Personalnyckeltal`) over rows
  /// whose positions were lost heads a table of figures as `Nyckeltal` does.
  @Test func compoundMeasureWordHeadsCollapsedTable() throws {
    let document = read(
      """
      Personalnyckeltal 2022 2023 2024 jan–apr 2025 Mål 2025
      Sjukfrånvaro totalt (%) 8,1 8,6 8,4 8,9 ≤ 7,5
      Personalomsättning (%) 13,6 12,1 11,4 3,8 < 10
      Långtidssjukfrånvarons andel redovisas endast för helår.
      """)
    let table = try #require(document.tables.first)
    #expect(table.columns == ["Personalnyckeltal", "2022", "2023", "2024", "jan–apr 2025", "Mål 2025"])
    #expect(table.rows.map { $0.cells.map(\.text) } == [
      ["Sjukfrånvaro totalt (%)", "8,1", "8,6", "8,4", "8,9", "≤ 7,5"],
      ["Personalomsättning (%)", "13,6", "12,1", "11,4", "3,8", "< 10"],
    ])
  }

  /// A header of column words over a line of years a blank line below them (`Utfall jan- …` /
  /// `Namn` / blank / `jun 2021  2022 …`), over rows whose first value ran into the label one
  /// space after it: read by the words, each row's values in order.
  @Test func collapsedHeaderOverYearsABlankLineBelowAndValuesRunIntoLabels() throws {
    let document = read(
      """
      Utfall jan- Utfall jan-jun Utfall jan-jun Utfall jan-jun Utfall jan-jun
      Namn

                      jun 2021    2022       2023       2024        2025
      Personalomsättning 1,6 %   5,8 %       4,2 %      4 %        5,6 %
      Sjukfrånvaro Kvinnor 2,3 % 3,1 %       3,6 %      2,2 %       3 %

      Sjukfrånvaro, andel
      av sjukfrånvaro 60 32,3 %  31,5 %     27,8 %     19,5 %      17,6 %
      dagar eller mer
      """)
    let table = try #require(document.tables.first)
    #expect(table.columns == [
      "Namn", "Utfall jan-jun 2021", "Utfall jan-jun 2022", "Utfall jan-jun 2023", "Utfall jan-jun 2024",
      "Utfall jan-jun 2025",
    ])
    #expect(table.rows.map { $0.cells.map(\.text) } == [
      ["Personalomsättning", "1,6 %", "5,8 %", "4,2 %", "4 %", "5,6 %"],
      ["Sjukfrånvaro Kvinnor", "2,3 %", "3,1 %", "3,6 %", "2,2 %", "3 %"],
      ["Sjukfrånvaro, andel av sjukfrånvaro 60 dagar eller mer", "32,3 %", "31,5 %", "27,8 %", "19,5 %", "17,6 %"],
    ])
  }

  /// In a table that kept its columns, values run into the label one space after it where the
  /// row's first columns are empty are those columns' (`… tillståndslotsen 32 46     50`); a
  /// label ending in a word, or in more numbers than the empty columns, keeps them.
  @Test func alignedValuesRunIntoTheLabelFillTheEmptyFirstColumns() throws {
    let document = read(
      """
      Namn                              2020    2021  2022    2023    2024
      Upprättade detaljplaner             10      11    12       9      10
      Antal företagsärenden i tillståndslotsen 32 46  50      60      46
      Planlagda bostäder                 336     662   381     386     248
      """)
    let table = try #require(document.tables.first)
    #expect(table.rows[1].cells.map(\.text) == ["Antal företagsärenden i tillståndslotsen", "32", "46", "50", "60", "46"])
    #expect(AlignedTableForm.gluedValues("Sjukfrånvaro Kvinnor 2,3 % 3,1 %", count: 2)?.values == ["2,3 %", "3,1 %"])
    #expect(AlignedTableForm.gluedValues("Elever i årskurs 9", count: 2) == nil)
    #expect(AlignedTableForm.gluedValues("Barn 1 2 3", count: 2) == nil)
    #expect(AlignedTableForm.gluedValues("Andel (%)", count: 1) == nil)
  }

  /// Header cells of several words standing apart over values centred under them, as many as
  /// the columns: each cell heads its column whole (its words' centres would spread `Utfall` and
  /// `jan–aug 2023` over two). A target printed as a bound (`< 8`) is a value.
  @Test func headerCellsApartHeadTheirColumnsWholeAndBoundsAreValues() throws {
    let document = read(
      """
      Indikator                                   Målvärde   Utfall jan–aug 2024   Utfall jan–aug 2023   Bedömning
      Antal vårdskador per 1000 vårdtillfällen       < 8             7,6                   8,2            Uppfyllt
      Sjukfrånvaro (%)                                6,0             5,8                   6,3           Ej uppfyllt
      """)
    let table = try #require(document.tables.first)
    #expect(table.columns == ["Indikator", "Målvärde", "Utfall jan–aug 2024", "Utfall jan–aug 2023", "Bedömning"])
    #expect(table.rows.map { $0.cells.map(\.text) } == [
      ["Antal vårdskador per 1000 vårdtillfällen", "< 8", "7,6", "8,2", "Uppfyllt"],
      ["Sjukfrånvaro (%)", "6,0", "5,8", "6,3", "Ej uppfyllt"],
    ])
    #expect(AlignedTableForm.number("≥90 %")?.value == 90)
    #expect(AlignedTableForm.number("<= 8,5")?.value == AlignedTableForm.number("8,5")?.value)
    #expect(AlignedTableForm.number("< åtta") == nil)
  }

  /// A pipe table whose header is one cell merged over the columns (markitdown) over a row of
  /// column words: the cell is the caption, the row the header. A footnote's reference after a
  /// value (`24[[1]](#footnote-1)`, `76[^1]`, `351¹`) is no part of it.
  @Test func aMergedCaptionCellOverAPipeTablesHeaderIsItsCaption() throws {
    let document = read(
      """
      | Nyckeltal för resultatmål 1.1 |
      | --- |
      | Nyckeltal | Utfall 2022 | Utfall 2023 | Målvärde 2023 |
      | Handläggningstid bygglov, median dagar | 31 | 24[[1]](#footnote-1) | 28 |
      | Antal inkomna bygglovsansökningar | 366 | 341 |  |
      """)
    let table = try #require(document.tables.first)
    #expect(table.caption == "Nyckeltal för resultatmål 1.1")
    #expect(table.columns == ["Nyckeltal", "Utfall 2022", "Utfall 2023", "Målvärde 2023"])
    #expect(table.rows.map(\.label) == ["Handläggningstid bygglov, median dagar", "Antal inkomna bygglovsansökningar"])
    #expect(AlignedTableForm.number("24[[1]](#footnote-1)")?.value == 24)
    #expect(AlignedTableForm.number("76[^1]")?.value == 76)
    #expect(AlignedTableForm.number("351¹")?.value == 351)
    #expect(AlignedTableForm.number("[Tabell 1](t.csv)") == nil)
  }

  /// Without form feeds or counted page numbers, lone numbers rising one by one at least ten
  /// lines apart (`2`, `3`, `4` as pdfplumber ends each page) are page numbers: furniture, and
  /// the pages break after them.
  @Test func lonePageNumbersRisingOneByOneBreakPages() {
    let page = (1...10).map { "Rad \($0) av löptexten på sidan, som är lång nog att vara prosa." }
    let text = (page + ["2"] + page + ["3"] + page + ["4"]).joined(separator: "\n")
    let document = read(text)
    let numbers = document.blocks.filter { $0.kind == .furniture(.pageNumber) }.map(\.lines.lowerBound)
    #expect(numbers == [11, 22, 33])
    let close = read(["Antal", "2", "Rad", "3", "Rad", "4", "Slut."].joined(separator: "\n"))
    #expect(!close.blocks.contains { $0.kind == .furniture(.pageNumber) }, "numbers closer than ten lines are no pages")
  }

  /// A header of three lines a blank line above the rows, its middle line of header words ending
  /// in a year (`Nämnd   2024   jan–aug … 2023`), is the header: that line is no row.
  @Test func aThreeLineHeaderABlankLineAboveTheRows() throws {
    let document = read(
      """
      Driftredovisning per nämnd, mnkr

                                    Budget        Utfall       Prognos     Avvikelse       Bokslut
      Nämnd                           2024       jan–aug         helår           mot          2023
                                                    2024          2024        budget

      Kommunstyrelsen               -212,6        -136,9        -214,1         (1,5)        -205,4
      Socialnämnden                 -412,3        -289,6        -431,0        (18,7)        -404,8
      """)
    let table = try #require(document.tables.first)
    #expect(document.tables.count == 1)
    #expect(table.columns == ["Nämnd", "Budget 2024", "Utfall jan–aug 2024", "Prognos helår 2024", "Avvikelse mot budget", "Bokslut 2023"])
    #expect(table.rows.map(\.label) == ["Kommunstyrelsen", "Socialnämnden"])
  }

  /// Text that lost its positions (pdfplumber): under a caption naming the unit, a header of
  /// column words with no word for the first column, its years on the line below, is the header
  /// of the rows under it.
  @Test func collapsedHeaderWithoutAFirstColumnWordUnderACaptionNamingTheUnit() throws {
    let document = read(
      """
      Prognosen för helåret är ett underskott.
      Ekonomiskt utfall i sammandrag (mnkr)
      Utfall jan–aug Utfall jan–aug Budget Prognos
      2023 2024 2024 2024
      Intäkter 92,4 98,6 142,0 149,5
      Kostnader -869,9 -913,7 -1 366,4 -1 383,3
      """)
    let table = try #require(document.tables.first)
    #expect(table.columns == ["", "Utfall jan–aug 2023", "Utfall jan–aug 2024", "Budget 2024", "Prognos 2024"])
    #expect(table.rows.map { $0.cells.map(\.text) } == [
      ["Intäkter", "92,4", "98,6", "142,0", "149,5"], ["Kostnader", "-869,9", "-913,7", "-1 366,4", "-1 383,3"],
    ])
  }

  /// A table whose title is printed again on the next page saying it goes on (`Driftredovisning,
  /// forts.`), its header repeated, is the same printed table: one id, the rows of both parts.
  @Test func aTableGoesOnUnderAHeadingSayingForts() throws {
    let document = read(
      """
      3.1 Driftredovisning

      Verksamhet (tkr)              Budget 2024     Prognos 2024
      Förskola                         -298 400         -302 100
      Fritidshem                        -61 200          -60 500
      Tabellen fortsätter på nästa sida.

      <!-- sida 7 -->

      3.1 Driftredovisning, forts.

      Verksamhet (tkr)              Budget 2024     Prognos 2024
      Grundskola                       -512 300         -521 800
      Summa                            -872 000         -884 400
      """)
    #expect(Set(document.tables.map(\.id)) == ["T1"])
    #expect(document.tables.flatMap(\.rows).map(\.label) == ["Förskola", "Fritidshem", "Grundskola", "Summa"])
    #expect(TableCaptions.namesContinuation("Investeringar (forts.)"))
    #expect(!TableCaptions.namesContinuation("Fortsatt arbete med lokalerna"))
  }

  /// Text that lost its gaps: a one-line header after a caption word (`Verksamhet Budget Utfall
  /// …`) wrapped onto lines of the cells' years and what the column words go on with (`(tkr)
  /// 2024 jan–aug 2024 mot budget %` / `2024`): those lines are the header's, no rows.
  @Test func collapsedHeaderWrappedOntoLinesOfYearsAndUnits() throws {
    let document = read(
      """
      3.1 Driftredovisning
      Verksamhet Budget Utfall Prognos Avvikelse Avvikelse
      (tkr) 2024 jan–aug 2024 mot budget %
      2024
      Nämnd och förvaltning -24 600 -15 210 -23 900 700 2,8
      Fritidshem -61 200 -38 940 -60 500 700 1,1
      """)
    let table = try #require(document.tables.first)
    #expect(table.rows.map(\.label) == ["Nämnd och förvaltning", "Fritidshem"])
    #expect(table.rows[0].cells.dropFirst().map(\.text) == ["-24 600", "-15 210", "-23 900", "700", "2,8"])
  }

  /// A line naming the next goal after a blank line (`Strategiskt mål 2`, its title on the next
  /// line) ends a table whose text lost its positions: its number is no value.
  @Test func aGoalLineEndsACollapsedTable() throws {
    let document = read(
      """
      Mått Utfall T2 2023 Utfall T2 2024 Målvärde 2024
      Andel fossilfritt drivmedel i busstrafiken, % 91 96 95
      Andel elbussar i stadstrafiken, % 34 52 50

      Strategiskt mål 2
      Alla invånare ska ha god tillgänglighet till service och arbete
      """)
    let table = try #require(document.tables.first)
    #expect(table.rows.map(\.label) == ["Andel fossilfritt drivmedel i busstrafiken, %", "Andel elbussar i stadstrafiken, %"])
    #expect(FollowUpVocabulary.namesGoalLine("Nämndens mål 2.1"))
    #expect(!FollowUpVocabulary.namesGoalLine("Målvärde 2024"))
    #expect(!FollowUpVocabulary.namesGoalLine("Mål och resultat"))
  }

  /// A book's mirrored running headers, one on the left pages and another on the right (a
  /// region's report: its name and the case number on odd pages, the report's title on even
  /// ones), each on half the pages: both are furniture, and a paragraph running over a page break
  /// reads on without them.
  @Test func mirroredRunningHeadersOnAlternatePages() {
    let odd = "Region Västerlanda                                  Dnr HSN 2024/0418"
    let even = "Delårsrapport januari–augusti      Tertialrapport 2 2024 · Hälso- och sjukvårdsnämnden"
    let topics = ["Inledning", "Vårdens tillgänglighet", "Patientsäkerhet", "Personal", "Ekonomi", "Investeringar", "Uppdrag"]
    let text = (1...7).map { page in
      (page % 2 == 1 ? odd : even) + "\n\n\(topics[page - 1]) beskrivs här i en text som fortsätter\npå nästa rad.\n\nSida \(page) av 7\n"
    }.joined(separator: "\u{0C}")
    let document = read(text)
    #expect(document.blocks.filter { $0.kind == .furniture(.runningHeader) }.count == 7)
    #expect(!document.blocks.contains { $0.kind == .paragraph && $0.text.contains("Dnr HSN") })
  }

  /// A short line over a caption naming a unit over a table (`Nyproduktion` / `Pågående och
  /// planerade nyproduktionsprojekt, mnkr.`) is the table's title: a heading, its caption.
  @Test func aTitleOverACaptionNamingAUnitOverATable() {
    let document = read(
      """
          Underhåll och energieffektivisering
          Bolaget har genomfört underhåll enligt plan.


          Nyproduktion
          Pågående och planerade nyproduktionsprojekt, mnkr.
      Projekt                        Total budget       Prognos       Avvikelse
      Kv. Sjöbris 2, 64 lgh                 198,0         196,5             1,5
      Kv. Tärnan 1, 48 lgh                  162,5         168,0            -5,5
      """)
    #expect(document.tables.map(\.caption) == ["Nyproduktion"])
    #expect(document.tables.map(\.unit) == ["mnkr"])
  }
}
