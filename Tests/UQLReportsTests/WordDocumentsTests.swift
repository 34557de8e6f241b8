import Testing

@testable import UQLReports

/// Word documents as converters print them: a cell merged down over rows printed in its first
/// row only, a header cell merged over the columns of the row under it, paragraphs of entries
/// whose names lost their bold.
extension RecogniserTests {
  /// markitdown prints a cell merged down over rows in its first row only: the rows below are a
  /// cell short, the goals' group left out (`Fokusområde` of `Nämndmål`). The assessment tells
  /// where the cell is missing: each goal keeps its own assessment, under its group.
  @Test func goalRowsShortOfTheirGroupsMergedCell() {
    let e = extract(
      """
      | **Fokusområde** | **Nämndmål** | **Bedömning** | **Kommentar** |
      | --- | --- | --- | --- |
      | **1. Attraktiv och hållbar livsmiljö** | Planberedskapen ska motsvara minst 300 bostäder | Målet bedöms vara uppfyllt | 340 bostäder i planer med laga kraft. |
      | Andelen resor med kollektivtrafik, gång och cykel ska öka | Målet bedöms vara delvis uppfyllt | Påstigande i stadstrafiken ökar. |
      | **2. Trygg och tillgänglig kommun** | Handläggningstiden för bygglov ska vara högst 10 veckor | Målet bedöms inte vara uppfyllt | Genomsnittlig handläggningstid 12,1 veckor. |
      | Belysningen i offentliga miljöer ska upplevas som trygg | Målet bedöms vara uppfyllt | LED-utbytet i Västra stadsdelen är klart. |
      """)
    #expect(e.goals.filter { $0.level == 2 }.map { "\($0.title) | \($0.parent ?? "-") | \($0.status?.rawValue ?? "-")" } == [
      "Planberedskapen ska motsvara minst 300 bostäder | 1. Attraktiv och hållbar livsmiljö | uppfylls",
      "Andelen resor med kollektivtrafik, gång och cykel ska öka | 1. Attraktiv och hållbar livsmiljö | uppfylls_delvis",
      "Handläggningstiden för bygglov ska vara högst 10 veckor | 2. Trygg och tillgänglig kommun | uppfylls_inte",
      "Belysningen i offentliga miljöer ska upplevas som trygg | 2. Trygg och tillgänglig kommun | uppfylls",
    ])
    #expect(e.warnings.isEmpty)
  }

  /// An activity's person responsible merged down over the activities after it: their rows are
  /// a cell short right after the activity, and the merged cell's text is theirs too.
  @Test func activityRowsShortOfAMergedCellAfterTheActivity() {
    let e = extract(
      """
      | **Aktivitet** | **Ansvarig** | **Tidplan** | **Status** | **Kommentar** |
      | --- | --- | --- | --- | --- |
      | Utökade öppettider på huvudbiblioteket | Bibliotekschef | Jan–dec 2024 | Genomfört | Söndagsöppet sedan mars. |
      | Meröppet bibliotek i Östby | Mars 2024 – feb 2025 | Pågår | Försöksperiod ett år. |
      | Kulturskolan erbjuder gruppundervisning | Kulturskolechef | Ht 2024 | Pågår | Syftar till att korta kön. |
      """)
    #expect(e.activities.map { "\($0.text) | \($0.responsible ?? "-") | \($0.status?.rawValue ?? "-")" } == [
      "Utökade öppettider på huvudbiblioteket | Bibliotekschef | klar",
      "Meröppet bibliotek i Östby | Bibliotekschef | pågår",
      "Kulturskolan erbjuder gruppundervisning | Kulturskolechef | pågår",
    ])
    #expect(e.warnings.isEmpty)
    #expect(PipeTableForm.mergedDown(["Fokusområde", "Nämndmål", "Bedömning", "Kommentar"])! == (0, 2))
    #expect(PipeTableForm.mergedDown(["Aktivitet", "Ansvarig", "Tidplan", "Status"])! == (1, 3))
    #expect(PipeTableForm.mergedDown(["Indikator", "Utfall 2023", "Utfall 2024"]) == nil)
  }

  /// A header cell merged over a year and a part of the next (`Utfall` over `2023` and `jan–aug
  /// 2024`, the row under the header printed with its empty cells left out), a column of each
  /// row's unit (`Enhet`: `st`, `%`, `kWh/m²`), no value itself, and a caption in italics.
  @Test func indicatorsUnderAMergedHeaderCellWithAColumnOfUnits() {
    let e = extract(
      """
      *Tabell 2. Mått för fokusområde 1*

      | **Mått** | **Enhet** | **Utfall** | | **Målvärde 2024** |
      | --- | --- | --- | --- | --- |
      | **2023** | **jan–aug 2024** |
      | Antal antagna detaljplaner | st | 6 | 4 | 8 |
      | Andel resor med kollektivtrafik, gång och cykel | % | 41 | .. | 45 |
      | Energianvändning i kommunala lokaler | kWh/m² | 142 | 96 | 135 |
      | Andel nöjda invånare | % | - | - | - |
      """)
    #expect(valueCells(e) == [
      "Antal antagna detaljplaner | Utfall 2023 | 6", "Antal antagna detaljplaner | Utfall jan–aug 2024 | 4",
      "Antal antagna detaljplaner | Målvärde 2024 | 8",
      "Andel resor med kollektivtrafik, gång och cykel | Utfall 2023 | 41",
      "Andel resor med kollektivtrafik, gång och cykel | Målvärde 2024 | 45",
      "Energianvändning i kommunala lokaler | Utfall 2023 | 142", "Energianvändning i kommunala lokaler | Utfall jan–aug 2024 | 96",
      "Energianvändning i kommunala lokaler | Målvärde 2024 | 135",
    ])
    #expect(e.indicators.map { $0.unit ?? "-" } == ["antal", "antal", "antal", "%", "%", "kWh/m²", "kWh/m²", "kWh/m²"])
    #expect(Set(e.indicators.map(\.group)) == ["Tabell 2. Mått för fokusområde 1"])
    #expect(e.warnings.isEmpty)
    #expect(IndicatorRecogniser.unit(printed: "Förskola Norr") == nil && IndicatorRecogniser.unit(printed: "dagar") == "dagar")
  }

  /// Activities as paragraphs under their heading, each its name run in (in bold, or, where the
  /// converter dropped the bold, its first short sentence), a description, and its status after
  /// `Status:` (a tekniska nämnd's plan in Word): the name the activity, the description its
  /// comment. A sentence introducing them comes between.
  @Test func activitiesAsParagraphsWithTheirNamesRunIn() {
    for (bold, close) in [("**", "**"), ("", "")] {
      let e = extract(
        """
        # 5 Aktiviteter

        I verksamhetsplanen har nämnden beslutat om aktiviteter som ska bidra till måluppfyllelsen. Aktiviteterna följs upp med en status per den 31 augusti.

        \(bold)Digitalisering av detaljplaneprocessen.\(close) Arbetet med att införa en digital planprocess fortgår. Tre planer har tagits fram. *Status: Pågår.*

        \(bold)Införande av e-tjänst för nybyggnadskarta.\(close) E-tjänsten har förskjutits. *Status: Försenad.*

        # 6 Ekonomi
        """)
      #expect(e.activities.map { "\($0.text) | \($0.status?.rawValue ?? "-") | \($0.comment ?? "-")" } == [
        "Digitalisering av detaljplaneprocessen | pågår | Arbetet med att införa en digital planprocess fortgår. Tre planer har tagits fram.",
        "Införande av e-tjänst för nybyggnadskarta | ej_enligt_plan | E-tjänsten har förskjutits.",
      ])
    }
    #expect(ActivityLists.runInName("Utbildningsinsats i basala hygienrutiner för nyanställda.") == ("Utbildningsinsats i basala hygienrutiner för nyanställda.", nil))
    #expect(ActivityLists.runInName("Plan för bl.a. Norrleden tas fram") == ("Plan för bl.a. Norrleden tas fram", nil))
  }

  /// A Word table of measures with a column of units and a header of two rows, `Utfall` merged
  /// over `2023` and `jan–aug 2024`, as docx2txt prints it (each cell a paragraph, a merged
  /// cell's empty places as empty paragraphs) and as mammoth does (the empty places left out):
  /// the unit is no value and no part of the measure's name; each year is a column of its own.
  @Test func measuresWithUnitsUnderAMergedHeaderOnePerParagraph() {
    let rows = [["Antal antagna detaljplaner", "st", "6", "4", "8"], ["Andel resor med kollektivtrafik", "%", "41", "..", "45"],
      ["Energianvändning i kommunala lokaler", "kWh/m²", "142", "96", "135"]]
    let body = rows.flatMap { $0 }
    let docx2txt = ["Mått", "Enhet", "Utfall", "Målvärde 2024", "", "", "2023", "jan–aug 2024", ""] + body
    let mammoth = ["Mått", "Enhet", "Utfall", "Målvärde 2024", "2023", "jan–aug 2024"] + body
    for cells in [docx2txt, mammoth] {
      let e = extract("Tabell 2. Mått för fokusområde 1\n\n" + cells.joined(separator: "\n\n") + "\n\nPlanberedskapen har ökat under året.\n")
      #expect(valueCells(e) == [
        "Antal antagna detaljplaner | Utfall 2023 | 6", "Antal antagna detaljplaner | Utfall jan–aug 2024 | 4",
        "Antal antagna detaljplaner | Målvärde 2024 | 8", "Andel resor med kollektivtrafik | Utfall 2023 | 41",
        "Andel resor med kollektivtrafik | Målvärde 2024 | 45", "Energianvändning i kommunala lokaler | Utfall 2023 | 142",
        "Energianvändning i kommunala lokaler | Utfall jan–aug 2024 | 96", "Energianvändning i kommunala lokaler | Målvärde 2024 | 135",
      ])
      #expect(e.indicators.map { $0.unit ?? "-" } == ["antal", "antal", "antal", "%", "%", "kWh/m²", "kWh/m²", "kWh/m²"])
    }
  }

  /// An operating statement and an investment table one cell per paragraph (docx2txt), with a
  /// deviation naming what it compares (`Avvikelse prognos mot budget`) and a share of the budget
  /// spent after a comma (`Förbrukat, %`): every column is read.
  @Test func economyColumnsNamingWhatTheyCompareOnePerParagraph() {
    let cells = [
      "Driftredovisning per verksamhet, tkr", "Verksamhet, tkr", "Budget 2024", "Utfall jan–aug 2024", "Prognos 2024",
      "Avvikelse prognos mot budget", "Gata och park", "-48 200", "-34 987", "-51 360", "-3 160", "Kart och mät", "-3 420", "-2 140",
      "-3 420", "0", "Summa", "-51 620", "-37 127", "-54 780", "-3 160", "", "Investeringsredovisning, mnkr", "Projekt", "Budget 2024",
      "Utfall jan–aug 2024", "Prognos 2024", "Förbrukat, %", "Ny bro över Kvarnån", "24,0", "3,1", "8,5", "13 %", "Lekplatser", "4,5",
      "2,2", "4,5", "49 %",
    ]
    let e = extract(cells.joined(separator: "\n\n") + "\n\nNämnden redovisar ett underskott.\n")
    #expect(e.economy.count == 20)
    #expect(Set(e.economy.map(\.measure)) == [
      "Budget 2024", "Utfall jan–aug 2024", "Prognos 2024", "Avvikelse prognos mot budget", "Förbrukat, %",
    ])
    #expect(TotalRowCheck.check(e.economy).isEmpty)
    #expect(StackedTableForm.isColumnHeader("Avvikelse budget/utfall") && !StackedTableForm.isColumnHeader("Avvikelse i verksamheten"))
  }

  /// Goals in groups in a Word table, the group's cell merged down its goals' rows: docx2txt
  /// prints the merged cell's other places as empty paragraphs, mammoth leaves them out. The
  /// group is a goal of the level above, and each goal is read with its own assessment under it,
  /// either way.
  @Test func goalsUnderAGroupMergedDownTheirRowsOnePerParagraph() {
    let header = ["Fokusområde", "Nämndmål", "Bedömning", "Kommentar"]
    let first = ["1. Attraktiv och hållbar livsmiljö", "Planberedskapen ska motsvara minst 300 bostäder", "Målet bedöms vara uppfyllt",
      "340 bostäder i planer med laga kraft."]
    let second = ["Andelen resor med kollektivtrafik ska öka", "Målet bedöms vara delvis uppfyllt", "Resandet ökar."]
    let third = ["Belysningen i offentliga miljöer ska upplevas som trygg", "Målet bedöms vara uppfyllt", "LED-utbytet är klart."]
    for empty in [[""], []] {
      let cells = header + first + empty + second + empty + third
      let e = extract(cells.joined(separator: "\n\n") + "\n\n\n\nNämnden följer upp målen varje tertial.\n")
      #expect(e.goals.map { "\($0.title) | \($0.parent ?? "-") | \($0.status?.rawValue ?? "-")" } == [
        "Attraktiv och hållbar livsmiljö | - | -",
        "Planberedskapen ska motsvara minst 300 bostäder | 1. Attraktiv och hållbar livsmiljö | uppfylls",
        "Andelen resor med kollektivtrafik ska öka | 1. Attraktiv och hållbar livsmiljö | uppfylls_delvis",
        "Belysningen i offentliga miljöer ska upplevas som trygg | 1. Attraktiv och hållbar livsmiljö | uppfylls",
      ], "\(empty)")
    }
  }


  /// The figures of the tables of goals with their measures below, however printed.
  static let goalMeasureValues = [
    "Budgetavvikelse, prognos helår (tkr) | Utfall T2 2024 | -2350", "Budgetavvikelse, prognos helår (tkr) | Målvärde 2024 | 0",
    "Nettokostnad per elev i gymnasieskolan (kr) | Utfall T2 2024 | 128400",
    "Nettokostnad per elev i gymnasieskolan (kr) | Målvärde 2024 | 126000",
    "Sjukfrånvaro (%) | Utfall T2 2024 | 5.1", "Sjukfrånvaro (%) | Målvärde 2024 | 5",
    "Andel lärare med lärarlegitimation (%) | Målvärde 2024 | 85",
  ]

  /// A Word table of goals with their indicators (`Nämndens mål | Indikator | Utfall T2 2024 |
  /// Målvärde 2024 | Bedömning`), each goal's cell and its assessment's merged down its rows, as
  /// markitdown prints it: a goal's further rows three cells wide, one value maybe a note
  /// (`Redovisas T3`). Each goal once, with its assessment; every indicator's values in their
  /// columns.
  @Test func goalsWithIndicatorsTheirCellsMergedDownOnBothSides() {
    let e = extract(
      """
      # Kommunfullmäktiges mål 3: Kommunens verksamheter ska bedrivas kostnadseffektivt

      | **Nämndens mål** | **Indikator** | **Utfall T2 2024** | **Målvärde 2024** | **Bedömning** |
      | --- | --- | --- | --- | --- |
      | 3.1 Nämnden ska bedriva verksamheten inom tilldelad budgetram | Budgetavvikelse, prognos helår (tkr) | -2 350 | 0 | **Ej uppfyllt** |
      | Nettokostnad per elev i gymnasieskolan (kr) | 128 400 | 126 000 |
      | 3.2 Medarbetarna ska ha en god och hälsosam arbetsmiljö | Sjukfrånvaro (%) | 5,1 | 5,0 | **Delvis uppfyllt** |
      | Andel lärare med lärarlegitimation (%) | Redovisas T3 | 85 |
      """)
    #expect(e.goals.map { "\($0.number) | \($0.title) | \($0.assessment ?? "-")" } == [
      "3 | Kommunens verksamheter ska bedrivas kostnadseffektivt | -",
      "3.1 | Nämnden ska bedriva verksamheten inom tilldelad budgetram | Ej uppfyllt",
      "3.2 | Medarbetarna ska ha en god och hälsosam arbetsmiljö | Delvis uppfyllt",
    ])
    #expect(valueCells(e) == Self.goalMeasureValues)
    #expect(PipeTableForm.mergedAround(["Nämndens mål", "Indikator", "Utfall 2024", "Bedömning"], ["Sjukfrånvaro", "5,1"]) == 1)
    #expect(PipeTableForm.mergedAround(["Aktivitet", "Ansvarig", "Status"], ["Utbildning", "Pågår"]) == nil)
  }


  /// A table of assignments whose first column names whose they are (`Uppdrag från KF` /
  /// `Status` / `Kommentar`), one cell per paragraph as docx2txt prints a Word table: each row an
  /// assignment with its status and comment.
  @Test func assignmentsUnderAColumnNamingWhoseTheyAre() {
    let e = extract(
      """
      Uppdrag från KF

      Status

      Kommentar

      Utreda förutsättningarna för ett gemensamt antagningsområde för gymnasieskolan

      Pågår

      Dialog förs med tre kommuner.

      Redovisa en handlingsplan för ökad skolnärvaro

      Genomfört

      Handlingsplanen redovisades för nämnden i april 2024.

      """)
    #expect(e.assignments.map { "\($0.text) | \($0.assessment ?? "-") | \($0.comment ?? "-")" } == [
      "Utreda förutsättningarna för ett gemensamt antagningsområde för gymnasieskolan | Pågår | Dialog förs med tre kommuner.",
      "Redovisa en handlingsplan för ökad skolnärvaro | Genomfört | Handlingsplanen redovisades för nämnden i april 2024.",
    ])
    #expect(StackedTableForm.entryKey("Uppdrag från KF") == "uppdrag")
    #expect(StackedTableForm.entryKey("Nämndens mål") == "nämndens mål")
    #expect(StackedTableForm.entryKey("Verksamhet") == "verksamhet")
  }


  /// The same table of goals with their measures one cell per paragraph: docx2txt prints the
  /// merged cells' places empty, mammoth leaves them out (a row of a measure and its figures
  /// alone, one figure a note, `Redovisas T3`). Either way each goal once with its assessment,
  /// each measure's figures in their columns.
  @Test(arguments: [true, false]) func goalsWithMeasuresOneCellPerParagraph(emptiesPrinted: Bool) {
    let empty = emptiesPrinted ? "\n\n" : ""
    let e = extract(
      """
      Nämndens mål

      Indikator

      Utfall T2 2024

      Målvärde 2024

      Bedömning

      3.1 Nämnden ska bedriva verksamheten inom tilldelad budgetram

      Budgetavvikelse, prognos helår (tkr)

      -2 350

      0

      Ej uppfyllt

      \(empty)Nettokostnad per elev i gymnasieskolan (kr)

      128 400

      126 000

      \(empty)3.2 Medarbetarna ska ha en god och hälsosam arbetsmiljö

      Sjukfrånvaro (%)

      5,1

      5,0

      Delvis uppfyllt

      \(empty)Andel lärare med lärarlegitimation (%)

      Redovisas T3

      85

      \(empty)Aktiviteter

      Åtgärdsplan för budget i balans 2025 (status: pågår)
      """)
    #expect(e.goals.map { "\($0.number) | \($0.title) | \($0.assessment ?? "-")" } == [
      "3.1 | Nämnden ska bedriva verksamheten inom tilldelad budgetram | Ej uppfyllt",
      "3.2 | Medarbetarna ska ha en god och hälsosam arbetsmiljö | Delvis uppfyllt",
    ])
    #expect(valueCells(e) == Self.goalMeasureValues)
    #expect(e.activities.map(\.text) == ["Åtgärdsplan för budget i balans 2025"])
  }
}
