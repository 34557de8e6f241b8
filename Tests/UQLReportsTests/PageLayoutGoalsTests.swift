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
}
