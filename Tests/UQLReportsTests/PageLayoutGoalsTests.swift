import Testing

@testable import UQLReports

/// Goals assessed in page layout: a heading bar ending in its icon, a table of the goals under it
/// by number, and the indicator tables between them.
extension RecogniserTests {
  /// A delårsrapport's goals as pdftotext's page layout prints them (a barn- och
  /// utbildningsnämnd): each fullmäktige goal a heading bar with its icon far right (on the line
  /// between, where the heading wraps), the nämnd's goals in a table `Nr   Nämndmål   Bedömning
  /// Kommentar`, a table of indicators a blank line below it, its years under its columns and
  /// one of them a school's term (`Utfall vt 2024`); a dash where the goal is not assessed.
  @Test func goalHeadingsWithIconsAndGoalTablesOverIndicators() {
    let e = extract(
      """
       Målområde 1. Utbildning och livslångt lärande
          Kommunfullmäktiges mål 1.1 Alla barn och elever ska ges förutsättningar att nå sin fulla potential                    ◐

       Resultaten i årskurs 9 har förbättrats jämfört med föregående år men behörigheten till gymnasiets
       yrkesprogram når ännu inte målvärdet. Barngruppernas storlek i förskolan ligger fortsatt över
       Skolverkets riktmärken.
          Nr       Nämndmål                                      Bedömning             Kommentar
          1.1.1    Andelen elever i åk 9 som är behöriga till          ◐               Ökning med 2,9 procentenheter,
                   gymnasiets yrkesprogram ska öka                                     målvärdet 86 % nås inte.
          1.1.2    Förskolans barngrupper ska vara i enlighet          ○               Fortsatt för stora grupper för barn 1–3 år
                   med Skolverkets riktmärken                                          på sju av tolv enheter.
          1.1.3    Elevernas läsförmåga i årskurs 3 ska                –               Bedöms vid helår när resultat från
                   förbättras                                                          nationella prov har sammanställts.

          Indikator                                                        Utfall              Utfall        Utfall vt    Målvärde
                                                                           2022                2023             2024          2024
          Behörighet till yrkesprogram, åk 9 (%)                            82,4                80,1             83,0           86,0
          Genomsnittligt meritvärde, åk 9 (17 ämnen)                       218,5               221,3            224,9          225,0
          Andel elever i åk 6 med lägst betyget E i matematik (%)           88,0                86,7                 ..         90,0
          Antal barn per grupp i förskolan, 1–3 år                          13,1                12,8             12,9           12,0
          Andel elever i åk 3 som klarat samtliga delprov i                        -              79                 ..             85
          svenska (%)
       ”..” = uppgift saknas ännu, ”-” = uppgift finns inte

          Kommunfullmäktiges mål 1.2 Gymnasie- och vuxenutbildningen ska möta arbetsmarknadens
                                                                                                                                ●
          kompetensbehov

       Fler elever tar examen inom fyra år och antalet platser inom yrkesvux har byggts ut i samverkan
       med regionen.
          Nr       Nämndmål                                      Bedömning             Kommentar
          1.2.1    Andelen gymnasieelever med examen                   ●               Utfallet 77,3 % överstiger målvärdet.
                   inom fyra år ska öka
          1.2.2    Antalet platser inom regionalt yrkesvux ska         ●               162 platser jämfört med 145 föregående
                   öka                                                                 år.

          Indikator                                                        Utfall              Utfall        Utfall vt    Målvärde
                                                                           2022                2023             2024          2024
          Gymnasieexamen inom 4 år (%)                                      74,2                75,9             77,3           76,0
          Antal platser regionalt yrkesvux                                   120                 145              162           150
      """)
    #expect(e.goals.map { "\($0.number) \($0.title) | \($0.assessment ?? "") | \($0.status.map(\.rawValue) ?? "")" } == [
      "1 Utbildning och livslångt lärande |  | ",
      "1.1 Alla barn och elever ska ges förutsättningar att nå sin fulla potential | ◐ | uppfylls_delvis",
      "1.1.1 Andelen elever i åk 9 som är behöriga till gymnasiets yrkesprogram ska öka | ◐ | uppfylls_delvis",
      "1.1.2 Förskolans barngrupper ska vara i enlighet med Skolverkets riktmärken | ○ | uppfylls_inte",
      "1.1.3 Elevernas läsförmåga i årskurs 3 ska förbättras | – | okänd",
      "1.2 Gymnasie- och vuxenutbildningen ska möta arbetsmarknadens kompetensbehov | ● | uppfylls",
      "1.2.1 Andelen gymnasieelever med examen inom fyra år ska öka | ● | uppfylls",
      "1.2.2 Antalet platser inom regionalt yrkesvux ska öka | ● | uppfylls",
    ])
    // (The dash is no assessment, not an unknown one.)
    #expect(e.warnings.isEmpty)
    #expect(e.indicators.count == 17 + 8)
    let behörighet = e.indicators.filter { $0.name.hasPrefix("Behörighet") }
    #expect(behörighet.map { "\($0.column ?? "") \($0.printed ?? "")" } == [
      "Utfall 2022 82,4", "Utfall 2023 80,1", "Utfall vt 2024 83,0", "Målvärde 2024 86,0",
    ])
  }

  /// A bostadsbolag's styrkort in page layout: a first column of perspectives (`Perspektiv`), each
  /// at the top of its first goal's row, goals at the top of their rows with their assessment
  /// beside them, each goal's measures with their values. The perspectives group the goals and
  /// are none; every measure's value is an indicator.
  @Test func aScorecardWithPerspectivesGoalsAtTopAndAssessmentsBeside() {
    let e = extract(
      """
      Perspektiv      Strategiskt mål          Mått                               Målvärde    Utfall        Utfall        Bedömning
                                                                                  2024        2024          2023
      Kund            Nöjda hyresgäster        Nöjd kund-index, NKI                     80             81            78   ✓ Vi har nått
                                                                                                                          målet
                      Trygga                   Andel hyresgäster som känner sig         85             82            83   ✗ Vi har inte nått
                      bostadsområden           trygga i sitt område (%)                                                   målet
      Ekonomi         Långsiktigt hållbar      Soliditet (%)                         ≥ 15,0       16,8          16,1      ◐ Vi har delvis
                      ekonomi                                                                                             nått målet
                                               Överskottsgrad (%)                    ≥ 30,0       28,4          31,2
      Medarbetare     Engagerade               Hållbart medarbetarengagemang,           80             79            77   ◐ Vi har delvis
                      medarbetare              HME                                                                        nått målet
                      Frisk arbetsplats        Sjukfrånvaro (%)                       ≤ 4,0        3,6           4,4      ✓ Vi har nått
                                                                                                                          målet
      Hållbarhet      Minskad                  Energianvändning (kWh/m²              120,0       118,6         124,1      ✓ Vi har nått
                      energianvändning         Atemp)                                                                     målet
                      Fler nya bostäder        Antal påbörjade lägenheter              150             96        210      ✗ Vi har inte nått
                                                                                                                          målet
                      Minskade                 CO₂-utsläpp från uppvärmning               –      1 240         1 310      Ej bedömt –
                      klimatutsläpp            (ton)                                                                      mätmetod tas
                                                                                                                          fram 2025
      ✓ = målet nått, ◐ = målet delvis nått, ✗ = målet inte nått
      """)
    #expect(e.goals.map { "\($0.title) | \($0.assessment ?? "") | \($0.status.map(\.rawValue) ?? "")" } == [
      "Nöjda hyresgäster | ✓ Vi har nått målet | uppfylls",
      "Trygga bostadsområden | ✗ Vi har inte nått målet | uppfylls_inte",
      "Långsiktigt hållbar ekonomi | ◐ Vi har delvis nått målet | uppfylls_delvis",
      "Engagerade medarbetare | ◐ Vi har delvis nått målet | uppfylls_delvis",
      "Frisk arbetsplats | ✓ Vi har nått målet | uppfylls",
      "Minskad energianvändning | ✓ Vi har nått målet | uppfylls",
      "Fler nya bostäder | ✗ Vi har inte nått målet | uppfylls_inte",
      "Minskade klimatutsläpp | Ej bedömt | okänd",
    ])
    // (9 measures by 3 columns, less the target printed `–`.)
    #expect(e.indicators.count == 26)
    #expect(valueCells(e).filter { $0.hasPrefix("Överskottsgrad") } == [
      "Överskottsgrad (%) | Målvärde 2024 | 30", "Överskottsgrad (%) | Utfall 2024 | 28.4", "Överskottsgrad (%) | Utfall 2023 | 31.2",
    ])
    #expect(e.economy.isEmpty)
  }

  /// An annual report's numbered list of the owner's directives under `Ägardirektiv`, each ending
  /// its sentence with `Status: …` and a comment, some giving the assignment as `ska` rather than
  /// `får i uppdrag att`: every item an assignment with its status.
  @Test func ownersDirectivesListedWithStatusesUnderTheirHeading() {
    let e = extract(
      """
      Ägardirektiv
      Kommunfullmäktige fastställde 2022-12-12 ägardirektiv för bolaget. Nedan redovisas de
      särskilda uppdrag som gäller för 2024 och hur de har genomförts.
       1. Bolaget ska bygga minst 150 nya hyreslägenheter per år under perioden 2023–2026. Status:
          pågår. 96 lägenheter påbörjades 2024.
       2. Bolaget får i uppdrag att installera solceller på samtliga lämpliga tak senast 2027. Status:
          pågår. Installation klar på 14 av 38 identifierade fastigheter.
       3. Bolaget ska erbjuda sommarjobb till minst 30 ungdomar i åldern 16–19 år. Status:
          genomfört. 34 ungdomar hade sommarjobb i bolaget.
      """)
    #expect(e.assignments.map { "\($0.text) | \($0.status?.rawValue ?? "-") | \($0.comment ?? "-")" } == [
      "Bolaget ska bygga minst 150 nya hyreslägenheter per år under perioden 2023–2026. | pågår | 96 lägenheter påbörjades 2024.",
      "Bolaget får i uppdrag att installera solceller på samtliga lämpliga tak senast 2027. | pågår | "
        + "Installation klar på 14 av 38 identifierade fastigheter.",
      "Bolaget ska erbjuda sommarjobb till minst 30 ungdomar i åldern 16–19 år. | uppfylls | 34 ungdomar hade sommarjobb i bolaget.",
    ])
  }

  /// A kultur- och fritidsnämnd's assignments as markitdown prints a Word document: the
  /// council's each an italic paragraph over its bold `Status:`, the nämnd's items finishing the
  /// sentence that gives them, each with its status in brackets in lower case.
  @Test func assignmentsInItalicsAndItemsWithStatusesInBracketsInLowerCase() {
    let e = extract(
      """
      ## Uppdrag från kommunfullmäktige

      *Kultur- och fritidsnämnden får i uppdrag att ta fram en ny biblioteksplan för perioden 2025–2028.*

      **Status: Pågår.** Remissversion skickas ut i oktober.

      ## Uppdrag från nämnden

      Nämnden har i verksamhetsplanen gett förvaltningen i uppdrag att

      * revidera riktlinjerna för föreningsbidrag (avslutat)
      * genomföra en lokalinventering för fritidsgårdsverksamheten (pågår)
      * utvärdera försöket med meröppet bibliotek i Östby (ej påbörjat)
      """)
    #expect(e.assignments.map { "\($0.text) | \($0.assessment ?? "-") | \($0.status?.rawValue ?? "-")" } == [
      "Kultur- och fritidsnämnden får i uppdrag att ta fram en ny biblioteksplan för perioden 2025–2028. | Pågår | pågår",
      "revidera riktlinjerna för föreningsbidrag | avslutat | uppfylls",
      "genomföra en lokalinventering för fritidsgårdsverksamheten | pågår | pågår",
      "utvärdera försöket med meröppet bibliotek i Östby | ej påbörjat | ej_startad",
    ])
  }

  /// A bostadsbolag's income statement as pdfplumber prints it, its positions lost: the unit
  /// `Belopp i tkr`, the notes' column and each year's period begun on the header's line and
  /// ended on the line below; a note run into a value's thousands (`Nettoomsättning 2 412 560
  /// 398 210`) is the note; the prose after the table, two sentences on its last line, is none.
  @Test func anIncomeStatementWithPeriodsOverTwoLinesAndNotesRunIntoValues() {
    let e = extract(
      """
      Resultaträkning
      Belopp i tkr Not 2024-01-01 – 2023-01-01 –
      2024-12-31 2023-12-31
      Rörelsens intäkter
      Nettoomsättning 2 412 560 398 210
      Övriga rörelseintäkter 3 140 2 870
      Summa rörelsens intäkter 415 700 401 080
      Rörelsens kostnader
      Driftkostnader 3 -168 430 -162 950
      Underhållskostnader -52 300 -49 870
      Fastighetsskatt -9 820 -9 540
      Avskrivningar 4 -74 610 -71 280
      Bruttoresultat 110 540 107 440
      Central administration 3 -21 450 -20 130
      Rörelseresultat 89 090 87 310
      Finansiella poster
      Ränteintäkter och liknande resultatposter 1 920 1 340
      Räntekostnader och liknande resultatposter 5 -58 740 -46 210
      Resultat efter finansiella poster 32 270 42 440
      Bokslutsdispositioner 6 -4 000 -3 000
      Skatt på årets resultat 7 -6 210 -8 330
      Årets resultat 22 060 31 110
      Förslag till vinstdisposition
      Till årsstämmans förfogande står balanserade vinstmedel om 214 602 318 kr och årets resultat
      om 22 060 417 kr. Styrelsen föreslår att vinstmedlen balanseras i ny räkning.
      Org.nr 556123-4567 7
      """)
    #expect(e.economy.count == 32)
    #expect(e.economy.prefix(4).map { "\($0.post) | \($0.measure) | \($0.printed)" } == [
      "Nettoomsättning | 2024-01-01 – 2024-12-31 | 412 560", "Nettoomsättning | 2023-01-01 – 2023-12-31 | 398 210",
      "Övriga rörelseintäkter | 2024-01-01 – 2024-12-31 | 3 140", "Övriga rörelseintäkter | 2023-01-01 – 2023-12-31 | 2 870",
    ])
    #expect(e.economy.last.map { "\($0.post) \($0.printed)" } == "Årets resultat 31 110")
    #expect(TotalRowCheck.check(e.economy).isEmpty)
    #expect(e.warnings.isEmpty)
  }

  /// Measures under a heading saying what they are for (`Åtgärder för en budget i balans`), a
  /// sentence between: each item an activity.
  @Test func activitiesUnderAHeadingSayingWhatTheyAreFor() {
    let e = extract(
      """
       Åtgärder för en budget i balans
       Prognosen visar ett underskott om 6 100 tkr. Nämnden beslutade 2024-06-18 om följande åtgärder:
        – Översyn av bemanningen på fritidshemmen inför läsåret 2024/25
        – Samordnad upphandling av läromedel och digitala lärresurser
      """)
    #expect(e.activities.map(\.text) == [
      "Översyn av bemanningen på fritidshemmen inför läsåret 2024/25", "Samordnad upphandling av läromedel och digitala lärresurser",
    ])
    #expect(FollowUpVocabulary.introducesActivities("Aktiviteter för ökad trygghet"))
    #expect(!FollowUpVocabulary.introducesActivities("Åtgärder för att minska kostnaderna har inte vidtagits i år"))
  }

  /// A table of building projects in page layout whose last column is when each moves in, a time
  /// after its figures (`Klar mars 2024`, `2025 kv 4`, `2026–2027`): every project a row, its
  /// total the sum, no warning. A header's year after its word (`Mål 2024`) is no such time.
  @Test func rowsEndingInATimeAfterTheirFigures() {
    let e = extract(
      """
          Nyproduktion
          Pågående och planerade nyproduktionsprojekt, mnkr.
      Projekt                                      Total budget         Upparbetat t.o.m.                Prognos          Avvikelse    Inflyttning
                                                                             2024-12-31              slutkostnad
      Kv. Sjöbris 2, 64 lgh                                    198,0                  187,4                    196,5             1,5   Klar mars 2024
      Kv. Tärnan 1, 48 lgh                                     162,5                   41,3                    168,0            -5,5   2025 kv 4
      Kv. Hägern, 120 lgh (tre etapper)                        410,0                   12,8                    415,2            -5,2   2026–2027
      Kv. Vipan, 36 lgh trygghetsboende                        121,0                   88,6                    119,4             1,6   2025 kv 2
      Kv. Rödhaken, 60 lgh                                     205,0                         –                 205,0             0,0   Ej fastställd
      Totalt                                                1 096,5                  330,1                 1 104,1              -7,6
      """)
    #expect(e.economy.count == 23)
    #expect(e.economy.filter { $0.post == "Kv. Hägern, 120 lgh (tre etapper)" }.map(\.printed) == ["410,0", "12,8", "415,2", "-5,2"])
    #expect(TotalRowCheck.check(e.economy).isEmpty)
    #expect(AlignedTableForm.isTimeCell("Klar mars 2024") && AlignedTableForm.isTimeCell("2025 kv 4") && AlignedTableForm.isTimeCell("2026–2027"))
    #expect(!AlignedTableForm.isTimeCell("Mål 2024") && !AlignedTableForm.isTimeCell("2024 2025") && !AlignedTableForm.isTimeCell("Ej fastställd"))
  }

  /// The same income statement one cell per line, as PyMuPDF and pypdf print it: `Belopp i tkr`
  /// alone under its title, each period's dates over two lines (`2024-01-01 –` / `2024-12-31`), a
  /// row's note only where it has one, a group's label (`Finansiella poster`) over a row without
  /// a note. The title is the caption, the unit the table's.
  @Test func anIncomeStatementOneCellPerLineUnderItsTitleAndUnit() {
    let e = extract(
      """
      6
      AB Sjöstadshem  ·  Årsredovisning 2024
      Resultaträkning
      Belopp i tkr
      Not
      2024-01-01 –
      2024-12-31
      2023-01-01 –
      2023-12-31
      Rörelsens intäkter
      Nettoomsättning
      2
      412 560
      398 210
      Övriga rörelseintäkter
      3 140
      2 870
      Summa rörelsens intäkter
      415 700
      401 080
      Rörelsens kostnader
      Driftkostnader
      3
      -168 430
      -162 950
      Underhållskostnader
      -52 300
      -49 870
      Fastighetsskatt
      -9 820
      -9 540
      Avskrivningar
      4
      -74 610
      -71 280
      Bruttoresultat
      110 540
      107 440
      Central administration
      3
      -21 450
      -20 130
      Rörelseresultat
      89 090
      87 310
      Finansiella poster
      Ränteintäkter och liknande resultatposter
      1 920
      1 340
      Räntekostnader och liknande resultatposter
      5
      -58 740
      -46 210
      Resultat efter finansiella poster
      32 270
      42 440
      Bokslutsdispositioner
      6
      -4 000
      -3 000
      Skatt på årets resultat
      7
      -6 210
      -8 330
      Årets resultat
      22 060
      31 110
      Förslag till vinstdisposition
      Till årsstämmans förfogande står balanserade vinstmedel om 214 602 318 kr och årets resultat
      om 22 060 417 kr. Styrelsen föreslår att vinstmedlen balanseras i ny räkning.
      """)
    #expect(e.economy.count == 32)
    #expect(Set(e.economy.map(\.table)) == ["T1 Resultaträkning"])
    #expect(Set(e.economy.map(\.unit)) == ["tkr"])
    #expect(e.economy.prefix(2).map { "\($0.post) | \($0.measure) | \($0.printed)" } == [
      "Nettoomsättning | 2024-01-01 – 2024-12-31 | 412 560", "Nettoomsättning | 2023-01-01 – 2023-12-31 | 398 210",
    ])
    #expect(e.economy.filter { $0.post.hasPrefix("Ränteintäkter") }.map(\.printed) == ["1 920", "1 340"])
    #expect(e.economy.last.map { "\($0.post) \($0.printed)" } == "Årets resultat 31 110")
    #expect(TotalRowCheck.check(e.economy).isEmpty)
    #expect(StackedTableForm.wrappedDateRange("2024-01-01 –", "2024-12-31") == "2024-01-01 – 2024-12-31")
    #expect(StackedTableForm.wrappedDateRange("Budget –", "2024-12-31") == nil)
    #expect(FollowUpVocabulary.namesOnlyUnit("Belopp i tkr") && FollowUpVocabulary.namesOnlyUnit("(mnkr)"))
    #expect(!FollowUpVocabulary.namesOnlyUnit("Resultaträkning (tkr)") && !FollowUpVocabulary.namesOnlyUnit("Andel i %"))
  }

  /// Its header as `pdftotext -raw` prints it, the cells in reading order: the first period
  /// begun on the header's line, its end and the next period on lines of their own.
  @Test func anIncomeStatementsPeriodsInReadingOrder() {
    let e = extract(
      """
      Resultaträkning
      Belopp i tkr Not 2024-01-01 –
      2024-12-31
      2023-01-01 –
      2023-12-31
      Rörelsens intäkter
      Nettoomsättning 2 412 560 398 210
      Övriga rörelseintäkter 3 140 2 870
      Summa rörelsens intäkter 415 700 401 080
      Förslag till vinstdisposition
      """)
    #expect(e.economy.map { "\($0.post) | \($0.measure) | \($0.printed)" } == [
      "Nettoomsättning | 2024-01-01 – 2024-12-31 | 412 560", "Nettoomsättning | 2023-01-01 – 2023-12-31 | 398 210",
      "Övriga rörelseintäkter | 2024-01-01 – 2024-12-31 | 3 140", "Övriga rörelseintäkter | 2023-01-01 – 2023-12-31 | 2 870",
      "Summa rörelsens intäkter | 2024-01-01 – 2024-12-31 | 415 700", "Summa rörelsens intäkter | 2023-01-01 – 2023-12-31 | 401 080",
    ])
    #expect(TotalRowCheck.check(e.economy).isEmpty)
  }

  /// A table of the nämnd's goals in page layout, each numbered in its first cell and wrapped
  /// under it, beside its assessment and an analysis of three lines: a goal numbered in its cell
  /// filling three columns is a row, not a numbered heading. The strategic goal's assessment
  /// after its label (`Sammantagen bedömning:`) is the icon and phrase.
  @Test func goalsNumberedInTheirCellsBesideAssessmentsAndAnalyses() {
    let e = extract(
      """
        Strategiskt mål 1: Fler invånare ska vara självförsörjande
        Sammantagen bedömning: ▲ Målet är delvis uppfyllt

       Nämndmål                                       Bedömning           Analys
       1.1 Andelen deltagare som går vidare till      ✓ Uppfyllt          46 procent av deltagarna gick vidare till arbete eller
       arbete eller studier ska öka                                       studier, vilket är högre än målvärdet och en ökning
                                                                          jämfört med 2023.
       1.2 Antalet hushåll med långvarigt             ✗ Ej uppfyllt       Antalet hushåll med bistånd i mer än tio månader ökade
       ekonomiskt bistånd ska minska                                      till 221.

        Strategiskt mål 2: Invånarna ska ha goda möjligheter till livslångt lärande
      """)
    #expect(e.goals.map { "\($0.number) | \($0.title) | \($0.assessment ?? "-") | \($0.status?.rawValue ?? "-")" } == [
      "1 | Fler invånare ska vara självförsörjande | ▲ Målet är delvis uppfyllt | uppfylls_delvis",
      "1.1 | Andelen deltagare som går vidare till arbete eller studier ska öka | ✓ Uppfyllt | uppfylls",
      "1.2 | Antalet hushåll med långvarigt ekonomiskt bistånd ska minska | ✗ Ej uppfyllt | uppfylls_inte",
      "2 | Invånarna ska ha goda möjligheter till livslångt lärande | - | -",
    ])
  }

  /// A region's income statement in page layout, its notes' column so narrow that its word
  /// breaks (`No` over `t`) and its other headers wrapped over three lines: the notes are no
  /// values, every other cell is one.
  @Test func anIncomeStatementWhoseNotesColumnBreaksItsWord() {
    let e = extract(
      """
         Tabell 5. Resultaträkning, mnkr

         Resultaträkning                      No          Utfall         Utfall        Budget        Prognos      Avvikelse
                                               t        jan–aug        jan–aug           helår          helår          mot
                                                           2024           2023           2024           2024        budget
         Verksamhetens intäkter               1          1 482,6        1 401,9        2 210,0        2 262,4            52,4
         Avskrivningar                                   −298,4         −287,1          −452,0         −447,9             4,1
         Periodens resultat                              −235,6          −58,1             0,0        −305,5         −305,5
      """)
    #expect(e.economy.count == 15)
    #expect(Set(e.economy.map(\.measure)) == [
      "Utfall jan–aug 2024", "Utfall jan–aug 2023", "Budget helår 2024", "Prognos helår 2024", "Avvikelse mot budget",
    ])
    #expect(HeaderText.join(["No", "t"]) == "Not" && HeaderText.join(["Nr", "t"]) == "Nr t")
  }

  /// An appendix of key figures per unit (a barn- och utbildningsnämnd's `Bilaga 1. Nyckeltal
  /// per enhet`, right over its prose without a blank line): the appendix's title is a heading
  /// and the table's caption; a first column of units beside columns naming measures (a count,
  /// a rate, a percentage) is indicators, each column's unit its own.
  @Test func keyFiguresPerUnitInAnAppendix() {
    let e = extract(
      """
      Åtgärder för en budget i balans
      – Vakansprövning av samtliga administrativa tjänster


       Bilaga 1. Nyckeltal per enhet
       Antal inskrivna barn/elever per 15 augusti 2024. Personaltäthet avser antal barn eller elever per
       årsarbetare.

          Enhet                                               Antal      Barn/elever per         Nöjdhet (%)
                                                        barn/elever         årsarbetare
          Almvägens förskola                                     68                  5,5                  82
          Björkhagens förskola                                  111                  4,6                  93
          Vuxenutbildningen                                     412                 18,2                   –
      """)
    #expect(e.economy.isEmpty)
    #expect(e.indicators.map { "\($0.name) | \($0.column ?? "") | \($0.printed ?? "") | \($0.unit ?? "-")" } == [
      "Almvägens förskola | Antal barn/elever | 68 | antal", "Almvägens förskola | Barn/elever per årsarbetare | 5,5 | -",
      "Almvägens förskola | Nöjdhet (%) | 82 | %",
      "Björkhagens förskola | Antal barn/elever | 111 | antal", "Björkhagens förskola | Barn/elever per årsarbetare | 4,6 | -",
      "Björkhagens förskola | Nöjdhet (%) | 93 | %",
      "Vuxenutbildningen | Antal barn/elever | 412 | antal", "Vuxenutbildningen | Barn/elever per årsarbetare | 18,2 | -",
    ])
    #expect(Set(e.indicators.map(\.group)) == ["Bilaga 1. Nyckeltal per enhet"])
    #expect(ProseForm.isAppendixHeading(SourceLine(number: 1, text: "Bilaga 2: Investeringar")))
    #expect(ProseForm.isAppendixHeading(SourceLine(number: 1, text: "Bilaga A – Uppdrag från fullmäktige")))
    #expect(!ProseForm.isAppendixHeading(SourceLine(number: 1, text: "Bilaga 3 redovisar nämndens uppdrag.")))
  }

  /// A tekniska nämnd's goal headings wrapped onto a short line in lower case, the assessment
  /// indented under them (`Nämndmål 1.1 Gator … tillgängliga` / `året runt` / `◐ Gul – Målet …`):
  /// the title goes on, the assessment is its own. An activity's first cell going on with a
  /// figure (`gång- och cykelvägar` / `2025–2028`) is that row's, whatever its width.
  @Test func goalTitlesWrappedOverTheirAssessmentsAndCellsGoingOnWithFigures() {
    let e = extract(
      """
       Fokusområde 1: Attraktiv och hållbar livsmiljö
       Nämndmål 1.1 Gator, gång- och cykelvägar ska vara trygga och tillgängliga
       året runt
         ◐ Gul – Målet bedöms delvis uppfyllas. Standarden har förbättrats, men vinterns kostnader har
         begränsat beläggningsprogrammet.
       Under perioden har 2,4 km gång- och cykelväg fått ny beläggning.

       3. Aktiviteter i verksamhetsplanen

        Åtgärd                           Ansvarig         Klar         Status     Kommentar
                                                          (datum)
        Ta fram beläggningsplan för      Gatuchef         2024-10-     Pågår      Inventering av ytskikt klar i juni. Plan
        gång- och cykelvägar                              31                      presenteras för nämnden i november.
        2025–2028
        Trygghetsvandringar i            Enhetschef       2024-05-     Klar       Tre vandringar genomförda. Åtgärdslista
        centrum och Åsen                 gata/park        31                      med 14 punkter är överlämnad till driften.
      """)
    #expect(e.goals.map { "\($0.number) | \($0.title) | \($0.assessment ?? "-") | \($0.status?.rawValue ?? "-")" } == [
      "1 | Attraktiv och hållbar livsmiljö | - | -",
      "1.1 | Gator, gång- och cykelvägar ska vara trygga och tillgängliga året runt | ◐ Gul – Målet bedöms delvis uppfyllas. | uppfylls_delvis",
    ])
    #expect(e.activities.map { "\($0.text) | \($0.status?.rawValue ?? "-")" } == [
      "Ta fram beläggningsplan för gång- och cykelvägar 2025–2028 | pågår",
      "Trygghetsvandringar i centrum och Åsen | klar",
    ])
    #expect(ProseForm.opensWithAssessment(SourceLine(number: 1, text: "  Delvis uppfyllt. Arbetet fortsätter under hösten.")))
    #expect(!ProseForm.opensWithAssessment(SourceLine(number: 1, text: "  Klar för beslut i november är planen.")))
  }

  /// A regional utvecklingsnämnd's report in a narrow column without blank lines (pdfplumber,
  /// pypdf): a goal's heading wrapped over lines in lower case down to its assessment; a list of
  /// activities whose last item, closed by its status in brackets, stands right over the heading
  /// of the assignments; each assignment a paragraph over `Status: …`, its comment going on after
  /// a word that joins it to the next line (`om` / `EU-finansiering …`).
  @Test func assignmentsUnderTheirHeadingInANarrowColumnWithoutBlankLines() {
    let e = extract(
      """
      Strategiskt mål 6. Regionala
      utvecklingsmedel används effektivt och ger
      långsiktiga effekter
      Måluppfyllelse: Delvis uppfyllt
      Andelen beviljade projektmedel som betalats ut ökade till 74 procent.
      Aktiviteter under året:
      • Ny modell för effektuppföljning av
      projektmedel (pågår)
      Uppdrag från regionfullmäktige
      Ta fram en ny regional utvecklingsstrategi
      (RUS) för 2025–2035
      Status: Genomfört. Strategin antogs av
      regionfullmäktige i november 2024.
      Etablera ett regionalt centrum för smart
      specialisering
      Status: Ej påbörjat. Avvaktar beslut om
      EU-finansiering inom den nya programperioden.
      """)
    #expect(e.goals.map { "\($0.number) | \($0.title) | \($0.assessment ?? "-")" } == [
      "6 | Regionala utvecklingsmedel används effektivt och ger långsiktiga effekter | Delvis uppfyllt"
    ])
    #expect(e.activities.map { "\($0.text) | \($0.status?.rawValue ?? "-")" } == ["Ny modell för effektuppföljning av projektmedel | pågår"])
    #expect(e.assignments.map { "\($0.text) | \($0.assessment ?? "-") | \($0.comment ?? "-")" } == [
      "Ta fram en ny regional utvecklingsstrategi (RUS) för 2025–2035 | Genomfört | Strategin antogs av regionfullmäktige i november 2024.",
      "Etablera ett regionalt centrum för smart specialisering | Ej påbörjat | Avvaktar beslut om EU-finansiering inom den nya programperioden.",
    ])
    #expect(ProseForm.endsInBracketedStatus("• Valideringsmodell för industrin (status: ej påbörjad)"))
    #expect(!ProseForm.endsInBracketedStatus("Regionbidraget (se not 4)"))
  }


  /// A tekniska nämnd's activity table as pdfplumber prints it, each row's cells interleaved
  /// line by line, with a column of dates between who is responsible and the status (`Klar` /
  /// `(datum)`, the date wrapped `2024-12-` / `31`) and a status wrapped in its narrow column
  /// (`Ej` / `påbörjad` among the line below's words): each row an activity with its status and
  /// who is responsible, the lines below kept in the comment after `…`, each row warned about.
  @Test func interleavedRowsWithADateColumnAndAWrappedStatus() {
    let e = extract(
      """
      Åtgärd Ansvarig Klar Status Kommentar
      (datum)
      Informationskampanj om Avfallschef 2024-04- Klar Kampanjen nådde cirka 4 200 hushåll.
      matavfallssortering i 30 Effekten följs upp i plockanalys under hösten.
      flerbostadshus
      Utreda fastighetsnära Avfallschef 2024-12- Ej Avvaktar nationellt beslut om
      insamling av förpackningar 31 påbörjad producentansvar. Resurser omfördelade till
      ÅVC-projektet.
      """)
    #expect(e.activities.map { "\($0.text) | \($0.assessment ?? "-") | \($0.responsible ?? "-")" } == [
      "Informationskampanj om | Klar | Avfallschef", "Utreda fastighetsnära | Ej påbörjad | Avfallschef",
    ])
    #expect(e.activities.last?.comment == "Avvaktar nationellt beslut om … insamling av förpackningar 31 producentansvar. Resurser omfördelade till ÅVC-projektet.")
    #expect(e.warnings.count == 2)
    #expect(CollapsedFollowUpBlocks.isDateOrPart("2024-10-") && CollapsedFollowUpBlocks.isDateOrPart("2024-10-31"))
    #expect(!CollapsedFollowUpBlocks.isDateOrPart("2025–2028") && !CollapsedFollowUpBlocks.isDateOrPart("VA-chef"))
  }


  /// A regional nämnd's operating statement as pdfplumber prints it without positions, its
  /// header's cells wrapped over two lines (`Nettokostnad Avvikelse mot Nettokostnad` over
  /// `Verksamhetsområde Intäkter 2024 Kostnader 2024 2024 Budget 2024 budget 2023`): a year alone
  /// or a word in lower case on the lower line ends a wrapped cell, whose first words are the
  /// upper line's in order; every row's six values in their columns.
  @Test func aHeaderWhoseCellsWrappedOverTwoLinesWithoutPositions() {
    let e = extract(
      """
      Ekonomi

      Nämnden redovisar ett resultat på 8,4 mnkr för 2024 (föregående år 4,3 mnkr).
      Tabell 3. Driftredovisning per verksamhetsområde (mnkr)
      Nettokostnad Avvikelse mot Nettokostnad
      Verksamhetsområde Intäkter 2024 Kostnader 2024 2024 Budget 2024 budget 2023
      Nämnd och ledning 1,2 -14,8 -13,6 -14,0 0,4 -12,9
      Kultur och kulturarv 12,1 -41,2 -29,1 -34,0 4,9 -28,5
      Summa 13,3 -56,0 -42,7 -48,0 5,3 -41,4
      """)
    #expect(e.economy.filter { $0.post == "Nämnd och ledning" }.map { "\($0.measure) \($0.printed)" } == [
      "Intäkter 2024 1,2", "Kostnader 2024 -14,8", "Nettokostnad 2024 -13,6", "Budget 2024 -14,0", "Avvikelse mot budget 0,4",
      "Nettokostnad 2023 -12,9",
    ])
    #expect(e.economy.count == 18 && e.warnings.isEmpty)
  }


  /// The heading of the assignments set apart by a blank line above only, its first assignment
  /// right under it (pdftotext's page layout of a justified column): a heading, not the first
  /// line of a goal.
  @Test func assignmentsHeadingOverItsFirstAssignment() {
    let e = extract(
      """
       Aktiviteter under året:
       • Ny modell för effektuppföljning av
         projektmedel (pågår)

       Uppdrag från regionfullmäktige
       Ta fram en ny regional utvecklingsstrategi
       (RUS) för 2025–2035
       Status:   Genomfört.    Strategin  antogs         av
       regionfullmäktige i november 2024.
      """)
    #expect(e.goals.isEmpty)
    #expect(e.assignments.map { "\($0.text) | \($0.assessment ?? "-") | \($0.comment ?? "-")" } == [
      "Ta fram en ny regional utvecklingsstrategi (RUS) för 2025–2035 | Genomfört | Strategin antogs av regionfullmäktige i november 2024."
    ])
  }


  /// The cells of one row of a regional nämnd's operating statement, however printed.
  static let cultureCells = [
    "Intäkter 2024 12,1", "Kostnader 2024 -41,2", "Nettokostnad 2024 -29,1", "Budget 2024 -34,0", "Avvikelse mot budget 4,9",
    "Nettokostnad 2023 -28,5",
  ]

  /// An operating statement one cell per line (pypdf, PyMuPDF) whose header cells wrapped, one
  /// after a word joining it to the rest (`Avvikelse mot` / `budget`), one before its year
  /// (`Nettokostnad` / `2024`): six columns, each row's six values placed, no warning.
  @Test func aHeaderCellWrappedAfterAJoiningWordOneCellPerLine() {
    let e = extract(
      """
      Tabell 3. Driftredovisning per verksamhetsområde (mnkr)
      Verksamhetsområde
      Intäkter 2024
      Kostnader 2024
      Nettokostnad
      2024
      Budget 2024
      Avvikelse mot
      budget
      Nettokostnad
      2023
      Nämnd och ledning
      1,2
      -14,8
      -13,6
      -14,0
      0,4
      -12,9
      Kultur och kulturarv
      12,1
      -41,2
      -29,1
      -34,0
      4,9
      -28,5
      """)
    #expect(e.economy.filter { $0.post == "Kultur och kulturarv" }.map { "\($0.measure) \($0.printed)" } == Self.cultureCells)
    #expect(e.economy.count == 12 && e.warnings.isEmpty)
  }


  /// The same operating statement as `pdftotext -raw` prints it: the header's first line with
  /// its first two columns, its wrapped cells on lines of their own below (`Nettokostnad` /
  /// `2024 Budget 2024` / `Avvikelse mot` / `budget` / `Nettokostnad` / `2023`), the rows
  /// without positions: six columns, each row's values placed.
  @Test func aHeaderWrappedOntoLinesOfItsOwnInReadingOrder() {
    let e = extract(
      """
      Ekonomi

      Nämnden redovisar ett resultat på 8,4 mnkr för 2024.
      Tabell 3. Driftredovisning per verksamhetsområde (mnkr)
      Verksamhetsområde Intäkter 2024 Kostnader 2024
      Nettokostnad
      2024 Budget 2024
      Avvikelse mot
      budget
      Nettokostnad
      2023
      Nämnd och ledning 1,2 -14,8 -13,6 -14,0 0,4 -12,9
      Kultur och kulturarv 12,1 -41,2 -29,1 -34,0 4,9 -28,5
      """)
    #expect(e.economy.filter { $0.post == "Kultur och kulturarv" }.map { "\($0.measure) \($0.printed)" } == Self.cultureCells)
    #expect(e.economy.count == 12 && e.warnings.isEmpty)
  }
}
