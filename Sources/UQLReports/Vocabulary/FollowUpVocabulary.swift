/// The Swedish vocabulary of public-sector follow-up that the readers and recognisers use, in
/// one place: column words of economy and indicator tables, units, kinds of report.
public enum FollowUpVocabulary {
  /// Words that head the columns of economy and indicator tables, lower-case. A header that a
  /// narrow column broke inside one of them is joined without a space (`Helårspr` + `ognos`).
  public static let columnWords: [String] = [
    "prognos", "helårsprognos", "årsprognos", "budget", "årsbudget", "budgetavvikelse",
    "avvikelse", "prognosavvikelse", "bokslut", "utfall", "målvärde", "resultat", "intäkter",
    "kostnader", "nettokostnad", "nettokostnader", "investeringar", "projektbudget", "förbrukning",
    "ackumulerat", "period", "helår", "jämförelse", "förändring",
  ]

  /// What follow-up calls goals, lower-case, as a header or column names them.
  public static let goalWords: [String] = [
    "kommunövergripande mål", "kommunfullmäktiges mål", "regionfullmäktiges mål", "strategiskt mål", "strategiska mål",
    "kf-mål", "rf-mål", "nämndmål", "nämndens mål", "verksamhetsmål", "förvaltningsmål", "enhetsmål", "effektmål", "delmål",
    "inriktningsmål", "resultatmål", "kvalitetsmål", "övergripande mål", "prioriterat mål", "prioriterade mål",
    "långsiktigt mål", "långsiktiga mål", "fokusområde", "fokusområden", "målområde", "målområden",
    "framgångsfaktor", "framgångsfaktorer", "kommunstyrelsens mål", "regionstyrelsens mål", "styrelsens mål",
    "förbundsmål", "direktionens mål", "bolagets mål", "ägarens mål", "ägarens övergripande mål", "prestationsmål",
    "finansiellt mål", "finansiella mål", "budgetmål", "kommunfullmäktiges budgetmål", "mål",
  ]
  /// Goal words of the level that the council or board sets, over the goals that nämnder and
  /// verksamheter set under them (`Nämndmål`, `Framgångsfaktor`, `Verksamhetsmål`).
  static let upperGoalWords: Set<String> = [
    "kommunövergripande mål", "kommunfullmäktiges mål", "regionfullmäktiges mål", "strategiskt mål", "strategiska mål",
    "kf-mål", "rf-mål", "kommunfullmäktiges budgetmål",
    "inriktningsmål", "övergripande mål", "långsiktigt mål", "långsiktiga mål", "målområde", "målområden",
    "fokusområde", "fokusområden", "ägarens mål", "ägarens övergripande mål",
  ]
  /// A plain `Mål` is lower too: under a `Fokusområde` or an `Inriktningsmål` printed at its level.
  static let lowerGoalWords: Set<String> = [
    "nämndmål", "nämndens mål", "verksamhetsmål", "förvaltningsmål", "enhetsmål", "effektmål", "resultatmål",
    "framgångsfaktor", "framgångsfaktorer", "delmål", "kommunstyrelsens mål", "regionstyrelsens mål", "styrelsens mål",
    "prestationsmål", "mål",
  ]

  /// Whether a goal of kind `upper` (as printed) is set above one of kind `lower`.
  public static func ranksAbove(_ upper: String?, _ lower: String?) -> Bool {
    guard let upper = upper?.lowercasedText(), let lower = lower?.lowercasedText() else { return false }
    // An area of goals (`Målområde`, `Fokusområde`) is above every goal set in it, the
    // council's too (`Strategiskt mål` under `Målområde: Arbete och egen försörjning`).
    if areaGoalWords.contains(upper) { return !areaGoalWords.contains(lower) && (upperGoalWords.contains(lower) || lowerGoalWords.contains(lower)) }
    return upperGoalWords.contains(upper) && lowerGoalWords.contains(lower)
  }
  static let areaGoalWords: Set<String> = ["målområde", "målområden", "fokusområde", "fokusområden"]
  static let headingSeparators: Set<Character> = [":", "–", "—", "-"]

  /// The kind and title of a heading that names a goal (`3.1 Mål: God tillgänglighet`, `Delmål
  /// 1.2 Ökad tillgänglighet`), or nil: a goal word, its own number or a separator, and a title
  /// starting in a capital (`Mål och aktiviteter` and `Mål – uppföljning` name none).
  public static func goalHeading(_ heading: String) -> (kind: String, title: String)? {
    guard let named = namedHeading(heading, words: goalWordsLongestFirst) else { return nil }
    // A goal's assessment after its number (`Mål 1 – Ej uppfyllt. Antalet bränder ökade …`)
    // names no goal.
    if let stop = named.title.range(of: ". "), StatusVocabulary.isStatusAlone(String(named.title[..<stop.lowerBound])) { return nil }
    // One of the UN's global goals as a sustainability report numbers it (`Mål 13 Bekämpa
    // klimatförändringarna`) is the world's goal, not one the organisation follows up.
    let rest = heading.dropFirst(named.kind.count).drop { $0 == " " || headingSeparators.contains($0) }
    if let n = Int(rest.prefix { $0.isNumber }), (1...globalGoals.count).contains(n) {
      let title = named.title.lowercasedText()
      let global = globalGoals[n - 1]
      if global.hasPrefix(title) { return nil }
    }
    return named
  }

  /// The kind and number of a goal's label alone on its line, its title on the next (`Nämndens
  /// mål 1.1`, `Strategiskt mål 1`), or nil.
  public static func goalLabel(_ text: String) -> (kind: String, number: String)? {
    guard text.utf8.count <= 40, let last = text.last, last.isNumber else { return nil }
    let lower = text.lowercasedText()
    for word in goalWordsLongestFirst where lower.hasPrefix(word + " ") {
      let number = text.dropFirst(word.count + 1)
      guard number.allSatisfy({ $0.isNumber || $0 == "." }), number.first?.isNumber == true else { return nil }
      return (String(text.prefix(word.count)), String(number))
    }
    return nil
  }

  /// An assessment printed after its label with no colon, as text that lost its lines' breaks
  /// joins them (`Prognos helår Bedöms delvis uppfyllas`): the assessment, or nil.
  public static func labelledAssessment(_ text: String) -> String? {
    guard text.utf8.count <= 90 else { return nil }
    let words = text.split(separator: " ")
    for n in [3, 2, 1] where words.count > n && namesAssessment(words.prefix(n).joined(separator: " ")) {
      let rest = words.dropFirst(n).joined(separator: " ")
      if rest.first?.isUppercase == true, StatusVocabulary.knownGoalStatus(rest) != nil { return rest }
    }
    return nil
  }

  /// The titles of the UN's 17 global goals for sustainable development (Agenda 2030), in
  /// Swedish, in their order.
  static let globalGoals = [
    "ingen fattigdom", "ingen hunger", "god hälsa och välbefinnande", "god utbildning för alla", "jämställdhet",
    "rent vatten och sanitet för alla", "hållbar energi för alla", "anständiga arbetsvillkor och ekonomisk tillväxt",
    "hållbar industri, innovationer och infrastruktur", "minskad ojämlikhet", "hållbara städer och samhällen",
    "hållbar konsumtion och produktion", "bekämpa klimatförändringarna", "hav och marina resurser",
    "ekosystem och biologisk mångfald", "fredliga och inkluderande samhällen", "genomförande och globalt partnerskap",
  ]

  /// The kind and title of a heading that names an assignment (`Uppdrag: Utreda …`, `Uppdrag 2:
  /// Ta fram …`, `KF-uppdrag – …`), or nil, as ``goalHeading(_:)``.
  public static func assignmentHeading(_ heading: String) -> (kind: String, title: String)? {
    namedHeading(heading, words: assignmentWordsLongestFirst)
  }

  /// Whether a line names a goal as a heading would: a goal heading (`Mål 3: Trygg kommun`), or
  /// a goal word and its number alone, the title on the next line (`Strategiskt mål 2`,
  /// `Nämndens mål 2.1`).
  public static func namesGoalLine(_ text: String) -> Bool {
    guard text.utf8.count <= 160, let b0 = text.utf8.first, (0x41...0x5A).contains(b0) || b0 >= 0xC3 else { return false }
    if goalHeading(text) != nil { return true }
    let lower = text.lowercasedText()
    guard let word = goalWordsLongestFirst.first(where: { lower.hasPrefix($0) }) else { return false }
    let rest = lower.dropFirst(word.count).trimmingCharacters(in: [" ", ":"])
    return !rest.isEmpty && rest.count <= 6 && rest.allSatisfy { $0.isNumber || $0 == "." }
  }

  /// The number a goal heading prints after its goal word (`Mål 1.1: …`, `Inriktningsmål: 1. …`
  /// → `1.1`, `1`), or nil.
  public static func ownNumber(_ heading: String) -> String? {
    guard let (kind, _) = goalHeading(heading) else { return nil }
    let rest = heading.dropFirst(kind.count).drop { $0 == " " || headingSeparators.contains($0) }
    var number = String(leadingNumber(rest))
    while number.hasSuffix(".") { number.removeLast() }
    return number.first?.isNumber == true ? number : nil
  }

  /// The digits and dots `text` starts with, and a capital after them that marks one of that
  /// number's goals (`1A` of `1A: …`, `2B` of `2B – …`).
  static func leadingNumber(_ text: Substring) -> Substring {
    let number = text.prefix { $0.isNumber || $0 == "." }
    guard number.first?.isNumber == true, let letter = text.dropFirst(number.count).first, letter.isUppercase, letter.isASCII,
      let after = text.dropFirst(number.count + 1).first, after == " " || headingSeparators.contains(after)
    else { return number }
    return text.prefix(number.count + 1)
  }

  static let goalWordsLongestFirst = goalWords.sorted { $0.count > $1.count }
  static let assignmentWordsLongestFirst = assignmentWords.sorted { $0.count > $1.count }

  /// The first of `words` (lower case, each scalar a character of its own) that `text` starts
  /// with, as `words.first { text.hasPrefix($0) }` finds it.
  ///
  /// `hasPrefix` walks grapheme clusters, word by word, and every heading and line is asked about
  /// forty words. Where every scalar of the text is a character of its own too, characters are
  /// equal exactly when their bytes are: of such scalars only the Kelvin and ångström signs are
  /// canonically equivalent to a letter, an upper-case one (`K`, `Å`), and the words have none.
  static func firstPrefix(of text: String, in words: [String]) -> String? {
    guard CharacterArray.isScalarPerCharacter(text) else { return words.first { text.hasPrefix($0) } }
    return words.first { text.utf8.starts(with: $0.utf8) }
  }

  static func namedHeading(_ heading: String, words: [String]) -> (kind: String, title: String)? {
    var heading = heading
    // A label in bold (`**Kommunfullmäktiges mål:** Alla barn …`): the emphasis is markup.
    if heading.hasPrefix("**"), let close = heading.dropFirst(2).range(of: "**"), heading.distance(from: heading.startIndex, to: close.lowerBound) <= 44 {
      heading = String(heading[heading.index(heading.startIndex, offsetBy: 2)..<close.lowerBound] + heading[close.upperBound...])
    }
    let lower = heading.prefix(40).lowercasedText()
    guard let word = firstPrefix(of: lower, in: words) else { return nil }
    var rest = heading.dropFirst(word.count)
    // The word ends there (`Målområde` is no `Mål`).
    guard let next = rest.first, next == " " || headingSeparators.contains(next) else { return nil }
    rest = rest.drop { $0 == " " }
    // Who set the goal, in parentheses (`Inriktningsmål (KF): Ekeryd ska …`).
    if rest.first == "(", let close = rest.firstIndex(of: ")"), rest.distance(from: rest.startIndex, to: close) <= 24,
      let after = rest[rest.index(after: close)...].first, headingSeparators.contains(after)
    {
      rest = rest[rest.index(after: close)...]
    }
    let number = leadingNumber(rest)
    let numbered = number.first?.isNumber == true
    if numbered { rest = rest.dropFirst(number.count).drop { $0 == " " } }
    let separated = rest.first.map { headingSeparators.contains($0) } ?? false
    if separated { rest = rest.dropFirst().drop { $0 == " " } }
    // The number after the separator (`Inriktningsmål: 1. En Stockholm som håller samman`).
    if separated, !numbered {
      let after = rest.prefix { $0.isNumber || $0 == "." }
      if after.first?.isNumber == true, rest.dropFirst(after.count).first == " " {
        rest = rest.dropFirst(after.count).drop { $0 == " " }
      }
    }
    let title = HTMLText.collapse(String(rest))
    guard numbered || separated, let first = title.first, first.isUppercase else { return nil }
    return (String(heading.prefix(word.count)), title)
  }

  /// Whether a heading or line introduces a list of activities (`Aktiviteter`, `Åtgärder:`,
  /// `Aktiviteter 2025`, `Planerade aktiviteter`).
  public static func introducesActivities(_ text: String) -> Bool {
    // Ruled out by length or first letter before any string is built.
    guard text.utf8.count <= 60, let f = text.unicodeScalars.first, "AÅIPGaåipg*#".unicodeScalars.contains(f) else {
      return false
    }
    let t = text.filter { $0 != "*" && $0 != "#" }
    let head = t.prefix { $0 != " " && $0 != ":" }.lowercasedText()
    guard activityWords.contains(head) || ["planerade", "genomförda", "pågående"].contains(head) else { return false }
    var words = t.lowercasedText().trimmingCharacters(in: [":", " "]).split(separator: " ")
    // What they are linked to (`Aktiviteter kopplade till målet`).
    if let k = words.firstIndex(where: { linkWords.contains(String($0)) }), k >= 1, k + 1 < words.count, words[k + 1] == "till",
      words.count - k <= 3
    {
      words = Array(words[..<k])
    }
    // Where they come from (`Aktiviteter i kulturplanens handlingsplan`, `Aktiviteter enligt
    // verksamhetsplanen`).
    if words.count >= 3, words.count <= 5, activityWords.contains(String(words[0])), originWords.contains(String(words[1])) {
      words = [words[0]]
    }
    // What they are for (`Åtgärder för en budget i balans`, `Aktiviteter för ökad trygghet`).
    if words.count >= 3, words.count <= 7, activityWords.contains(String(words[0])), words[1] == "för" {
      words = [words[0]]
    }
    guard (1...3).contains(words.count), let word = words.first(where: { !$0.allSatisfy(\.isNumber) }) else { return false }
    let named = words.contains { activityWords.contains(String($0)) }
    return named && (activityWords.contains(String(word)) || ["planerade", "genomförda", "pågående"].contains(word))
  }

  /// Labels of an inline assessment (`Bedömning: Delvis uppfyllt`), lower-case.
  public static let assessmentLabels: Set<String> = [
    "bedömning", "samlad bedömning", "nämndens bedömning", "måluppfyllelse", "status", "målstatus",
    "bedömning av måluppfyllelse", "nämndens bedömning av måluppfyllelse", "samlad bedömning av måluppfyllelse",
    "sammantagen bedömning", "sammanvägd bedömning", "sammanfattande bedömning", "helhetsbedömning",
  ]

  /// Whether the text under an assessment label can be its value: a phrase the vocabulary knows,
  /// or a short one. Prose of several sentences that knows none (`Helårsprognosen visar ett
  /// underskott om 10 752 tkr. …` under a `Bedömning:` whose icon was an image) is a comment.
  public static func mayBeAssessment(_ text: String) -> Bool {
    text.count <= 80 || StatusVocabulary.knownGoalStatus(text) != nil
  }

  /// The assessment an inline label gives (`Bedömning: Målet är delvis uppfyllt`, in markdown
  /// `**Bedömning:** …`, → the phrase), or nil.
  public static func inlineAssessment(_ text: String) -> String? {
    guard let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 40 else { return nil }
    let plain = text.filter { $0 != "*" && $0 != "_" }
    guard let colon = plain.firstIndex(of: ":") else { return nil }
    let label = HTMLText.collapse(String(plain[..<colon])).lowercasedText()
    guard assessmentLabels.contains(label) else { return nil }
    let value = HTMLText.collapse(withoutImages(String(plain[plain.index(after: colon)...])))
    return value.isEmpty ? nil : value
  }

  /// A heading's text and the assessment printed at its end after a label (`Sjukfrånvaron ska
  /// minska   Status: Grön`, as a landscape page prints the assessment column beside the goal; `…
  /// ska minska. Prognos helår: Målet nås inte.`):
  /// the value, empty where the icon was lost (`Status:`). Nil where the heading ends in none.
  public static func trailingAssessment(_ heading: String) -> (title: String, printed: String)? {
    guard let colon = heading.lastIndex(of: ":"), heading.distance(from: colon, to: heading.endIndex) <= 41 else { return nil }
    let before = heading[..<colon]
    for label in assessmentLabelsLongestFirst where before.lowercasedText().hasSuffix(" " + label) {
      let title = HTMLText.collapse(String(before.dropLast(label.count)))
      let value = HTMLText.collapse(withoutImages(String(heading[heading.index(after: colon)...])))
      guard !title.isEmpty else { return nil }
      return (title, value)
    }
    // (Or after the title's sentence, a label naming an assessment by its period: `… ska minska.
    // Prognos helår: Målet nås inte.`)
    if let stop = before.range(of: ". ", options: .backwards), namesAssessment(String(before[stop.upperBound...])) {
      let title = HTMLText.collapse(String(before[..<stop.lowerBound]))
      var value = HTMLText.collapse(withoutImages(String(heading[heading.index(after: colon)...])))
      if value.hasSuffix(".") { value.removeLast() }
      guard !title.isEmpty, !value.isEmpty else { return nil }
      return (title, value)
    }
    return nil
  }

  static let assessmentLabelsLongestFirst = assessmentLabels.sorted { $0.count > $1.count }

  /// Text with markdown images (`![alt](media/image5.png){width="0.18in"}`, an icon a converter
  /// kept as a file) replaced by their alt text, which is empty where the icon had none, and
  /// pymupdf4llm's picture placeholders removed.
  static func withoutImages(_ text: String) -> String {
    // pymupdf4llm's placeholder for a picture (`**==> picture [14 x 14] intentionally omitted <==**`).
    if text.contains("==> picture"), let start = text.range(of: "==> picture"),
      let end = text.range(of: "omitted <==", range: start.upperBound..<text.endIndex)
    {
      var before = text[..<start.lowerBound]
      var after = text[end.upperBound...]
      if before.hasSuffix("**"), after.hasPrefix("**") {
        before = before.dropLast(2)
        after = after.dropFirst(2)
      }
      return withoutImages(String(before + after))
    }
    guard text.contains("![") else { return text }
    var result = ""
    var rest = Substring(text)
    while let start = rest.range(of: "![") {
      result += rest[..<start.lowerBound]
      let after = rest[start.upperBound...]
      guard let close = after.range(of: "]("), let end = after[close.upperBound...].firstIndex(of: ")") else {
        result += rest[start.lowerBound...]
        return result
      }
      result += after[..<close.lowerBound]
      rest = after[after.index(after: end)...]
      // Pandoc's attributes after the image.
      if rest.first == "{", let brace = rest.firstIndex(of: "}") { rest = rest[rest.index(after: brace)...] }
    }
    return result + rest
  }

  /// Whether a heading names a perspective of a balanced scorecard, which groups goals and is
  /// none: `Perspektiv: Invånare`, `Perspektiv – Ekonomi`, `Medarbetarperspektiv`,
  /// `Verksamhetsperspektivet`.
  public static func namesPerspective(_ heading: String) -> Bool {
    let words = heading.lowercasedText().split { !$0.isLetterFast }
    guard let first = words.first, words.count <= 6 else { return false }
    return first == "perspektiv" || words.last.map { $0.hasSuffix("perspektiv") || $0.hasSuffix("perspektivet") } == true
  }

  /// What follow-up calls activities.
  public static let activityWords: [String] = ["aktivitet", "aktiviteter", "åtgärd", "åtgärder", "insats", "insatser"]
  /// Whether a header is one word ending in an activity word (`Förbättringsåtgärd`,
  /// `Utvecklingsaktiviteter`).
  public static func namesActivityCompound(_ header: String) -> Bool {
    namesCompound(header, of: activityWords)
  }

  /// Whether a header is one word ending in an assignment word, given by whom or how
  /// (`Nämndsuppdrag`, `Budgetuppdrag`, `Ägaruppdrag`, `Ägardirektiv`); a standing mission
  /// (`Grunduppdrag`, `Huvuduppdrag`) is none.
  public static func namesAssignmentCompound(_ header: String) -> Bool {
    namesAssignmentCompound(key: headerKey(header))
  }

  static func namesAssignmentCompound(key: String) -> Bool {
    namesCompound(key: key, of: ["uppdrag", "direktiv"]) && !["grund", "huvud", "bas"].contains { key.hasPrefix($0) }
  }

  /// Whether a header is one word of at most 30 letters ending in one of `words` after a stem of
  /// four or more.
  static func namesCompound(_ header: String, of words: [String]) -> Bool {
    namesCompound(key: headerKey(header), of: words)
  }

  static func namesCompound(key t: String, of words: [String]) -> Bool {
    guard !t.contains(" "), t.count <= 30 else { return false }
    return words.contains { t.hasSuffix($0) && t.count >= $0.count + 4 }
  }
  /// What follow-up calls assignments.
  public static let assignmentWords: [String] = ["uppdrag", "direktiv", "nämndens uppdrag", "kf-uppdrag"]
  /// Columns that say who carries out an activity.
  /// Headers of a column of the dates an entry is to be done by or was begun (`Klart`, `Klart
  /// senast`, `Slutdatum`).
  public static let dateColumnWords: [String] = [
    "startdatum", "slutdatum", "klart", "klart senast", "klar senast", "klardatum", "klart datum", "deadline", "tidplan",
    "tidsplan",
  ]
  public static let responsibleWords: [String] = [
    "ansvar", "ansvarig", "ansvariga", "huvudansvarig", "huvudansvar", "ansvarig enhet", "ansvarig förvaltning",
    "ansvarig nämnd", "ansvarig chef", "ansvarig funktion", "ansvarig avdelning", "ansvarig verksamhet",
    "primära aktörer", "aktörer", "utförare",
    // (Beside an entry, the nämnd or förvaltning that carries it out: `Åtgärd   Nämnd   Status`.)
    "nämnd", "förvaltning",
  ]
  /// Columns that hold an assessment or status of the entry beside them.
  public static let assessmentWords: [String] = [
    "bedömning", "status", "måluppfyllelse", "färdiggrad", "trend", "prognos", "uppfyllelse",
  ]
  /// Columns of figures to compare an indicator with (`Riket 2023`, `Länet`).
  public static let comparisonWords: [String] = ["riket", "länet", "regionen", "kommungruppen"]
  /// First-column headers of indicator tables.
  public static let measureWords: [String] = [
    "indikator", "indikatorer", "nyckeltal", "mått", "resultatmått", "verksamhetsmått", "personalmått",
    "resursmått", "prestationsmått", "effektmått", "kvalitetsmått", "målindikator", "målindikatorer", "mätetal",
    "kvalitetsfaktor", "kvalitetsfaktorer", "resultatindikator", "resultatindikatorer", "kvalitetsindikator",
    "kvalitetsindikatorer",
  ]
  static let measureWordSet = Set(measureWords)
  /// An annual report's overview of key figures over the years.
  static let overviewWords: Set<String> = ["flerårsöversikt", "femårsöversikt", "fem år i sammandrag", "femårsjämförelse"]

  /// ``namesMeasures(_:)`` of one word in lower case without white space (a line's first word, as
  /// the table forms ask of every line), its own key: without building one.
  static func namesMeasuresAsWord(_ word: String) -> Bool {
    // (A no-break space is white space the key would collapse.)
    guard !word.utf8.contains(0xA0) else { return namesMeasures(word) }
    // (Most words have no colon or space at either end to trim: they are their own key.)
    let first = word.utf8.first
    let last = word.utf8.last
    let trimmed = first == 0x3A || first == 0x20 || last == 0x3A || last == 0x20
    let t = trimmed ? word.trimmingCharacters(in: [":"]) : word
    if measureWordSet.contains(t) || overviewWords.contains(t) { return true }
    guard t.count <= 30 else { return false }
    return ["indikator", "indikatorer", "nyckeltal", "mått"].contains { t.hasSuffix($0) && t.count > $0.count + 2 }
  }

  /// Groups an indicator is reported for, printed after its name (`Sjukfrånvaro Kvinnor`,
  /// `… ÅK 4 i % - Pojkar.`).
  public static let qualifierWords: Set<String> = ["Kvinnor", "Män", "Flickor", "Pojkar", "Totalt", "Samtliga"]

  /// Measures of the staff that head a table of their own (`Sjukfrånvaro (%)` over `Kvinnor` /
  /// `Män` / `Totalt` by year): indicators, lower case.
  public static let staffMeasures = [
    "sjukfrånvaro", "korttidssjukfrånvaro", "långtidssjukfrånvaro", "frisknärvaro", "sjuktal", "personalomsättning",
    "medarbetarengagemang", "hållbart medarbetarengagemang", "hme", "medelålder", "antal anställda", "antal årsarbetare",
    "årsarbetare", "andel heltidsanställda", "heltidsanställda", "övertid",
  ]

  /// Whether a header names a measure of the staff: one of ``staffMeasures``, then at most a
  /// unit or qualifier (`Sjukfrånvaro (%)`, `Sjukfrånvaro, %`, `Personalomsättning totalt`).
  public static func namesStaffMeasure(_ header: String) -> Bool {
    let t = HTMLText.collapse(header).lowercasedText()
    return staffMeasures.contains { measure in
      guard t.hasPrefix(measure) else { return false }
      let rest = t.dropFirst(measure.count)
      return rest.isEmpty || rest.first == " " || rest.first == ","
    } && t.split(separator: " ").count <= 4
  }
  /// Whether a first-column header names measures: a word of ``measureWords``, or one ending in
  /// them (`Resultatindikatorer`, `Kvalitetsnyckeltal`, `Målindikator`), what they are of in
  /// figures (`Verksamheten i siffror`) or an overview over the years (`Flerårsöversikt`).
  public static func namesMeasures(_ header: String) -> Bool {
    if names(header, measureWords) { return true }
    var t = HTMLText.collapse(header).lowercasedText().trimmingCharacters(in: [":"])
    // The year the measures are of (`Personalnyckeltal 2023`, `Nyckeltal 2024`).
    if let space = t.lastIndex(of: " "), CollapsedTableForm.year(String(t[t.index(after: space)...])) != nil {
      t = String(t[..<space])
      if measureWords.contains(t) { return true }
    }
    // A measure word and what the measures are of (`Nyckeltal medarbetare`, `Mått, ekonomi`).
    let words = t.split(separator: " ")
    // What the figures are of, told in figures (`Verksamheten i siffror`, `Året i siffror`).
    if (3...4).contains(words.count), words.suffix(2) == ["i", "siffror"] { return true }
    // An annual report's overview of key figures over the years (`Flerårsöversikt`).
    if overviewWords.contains(t) { return true }
    if words.count == 2, let first = words.first,
      measureWords.contains(String(first.hasSuffix(",") ? first.dropLast() : first))
    {
      return true
    }
    guard !t.contains(" "), t.count <= 30 else { return false }
    return ["indikator", "indikatorer", "nyckeltal", "mått"].contains { t.hasSuffix($0) && t.count > $0.count + 2 }
  }

  /// Words a table prints in a value's place when there is none (`Stängt` for a closed bath).
  /// A target printed as the direction a figure should take (`Öka`, `Minska`), in a column of
  /// figures: a value in the table, though no number.
  public static let directionTargets: Set<String> = [
    "öka", "minska", "bibehålla", "behålla", "oförändrat", "oförändrad", "ökning", "minskning", "höja", "sänka",
  ]
  public static let noValueWords: Set<String> = [
    "stängt", "saknas", "uppgift saknas", "ej aktuellt", "ej aktuell", "ej tillämpligt", "ej mätt", "n/a",
    // Statistics' marks for a figure missing or not yet there.
    "..", "…",
  ]
  /// Whether a row's label names a part of the row above it, as tables print it in lower case
  /// (`varav långtidssjukfrånvaro (%)`, `därav lokalkostnader`).
  static func isPartLabel(_ label: String) -> Bool {
    let word = label.prefix { $0 != " " }.lowercasedText().trimmingCharacters(in: [":"])
    return ["varav", "därav", "varibland"].contains(word) && label.contains(" ")
  }

  /// Words before a value that say it is approximate (`ung 116 000`, `ca 120`).
  public static let approximateWords: Set<String> = ["ca", "ca.", "cirka", "ung", "ung.", "ungefär"]
  /// Words before a target that make it a bound (`Minst 80`, `Högst 3 000`), as a report whose
  /// font has no `≥` prints one: the bound's number is the value, as for `≥ 80`.
  public static let boundWords: Set<String> = ["minst", "högst", "lägst", "max", "max.", "maximalt", "minimum", "maximum"]

  /// What a field label on a line of its own names: goal-management systems (Stratsys,
  /// Hypergene) print a goal or directive as its heading and then label / value pairs.
  public enum Field: Sendable, Equatable {
    /// `Beslutats av` — the value (`Kommunfullmäktige`, `Nämnd`) says whose goal it is.
    case decidedBy
    /// `Nämndens bedömning`, `Kommunövergripande bedömning`, `Status direktiv` …
    case assessment
    /// `Kommentar`, `Kommentar på nämndmål`, `Sammanfattning av nämndens arbete med målet` …
    case comment
    /// `Nämndens formulering`, `Fokusområde(n)`, `Beskrivning`: what the goal says, not its report.
    case description
  }

  /// Field labels, lower-case, as printed alone on a line (a trailing colon allowed).
  public static let fieldLabels: [String: Field] = {
    var labels: [String: Field] = ["beslutats av": .decidedBy, "beslutat av": .decidedBy]
    for owner in ["", "nämndens ", "kommunövergripande ", "samlad ", "förvaltningens ", "styrelsens "] {
      labels[owner + "bedömning"] = .assessment
    }
    for word in [
      "bedömning av måluppfyllelse", "måluppfyllelse", "status direktiv", "status uppdrag", "status på uppdraget",
      "status mål", "bedömning mål",
    ] {
      labels[word] = .assessment
    }
    for word in [
      "kommentar", "kommentarer", "kommentar på nämndmål", "kommentar på målet", "kommentar på mål",
      "kommentar till bedömning", "kommentar till bedömningen", "analys", "analys och kommentar",
      "sammanfattning av nämndens arbete med målet", "sammanfattning av nämndens arbete med direktivet",
      "sammanfattning av nämndens arbete med uppdraget", "sammanfattning av arbetet med målet",
    ] {
      labels[word] = .comment
    }
    for word in ["nämndens formulering", "målformulering", "fokusområde", "fokusområden", "beskrivning"] {
      labels[word] = .description
    }
    return labels
  }()

  /// The field a line labels, if the line is nothing but a field label.
  public static func field(_ line: String) -> Field? {
    guard line.utf8.count <= 60 else { return nil }
    var t = HTMLText.collapse(line).lowercasedText()
    while let last = t.last, last == ":" || last == "*" || last == " " { t.removeLast() }
    while let first = t.first, first == "*" || first == "_" { t.removeFirst() }
    return fieldLabels[t]
  }

  /// Words after an entry word that say where the entries come from (`Uppdrag från …`, `Mål i
  /// handlingsprogrammet`, `Åtgärder enligt …`).
  static let originWords: Set<String> = ["från", "enligt", "i", "inom", "för"]
  /// Words after an entry word that say what the entries are linked to (`Aktiviteter kopplade
  /// till målet`).
  static let linkWords: Set<String> = ["kopplade", "kopplad", "knutna", "knuten"]
  /// Words before an entry word that say which entries these are (`Centrala uppdrag`,
  /// `Pågående åtgärder`).
  static let entryQualifiers: Set<String> = [
    "centrala", "särskilda", "nya", "pågående", "planerade", "genomförda", "övriga", "politiska", "kommunövergripande",
    "gemensamma", "egna", "prioriterade", "beslutade", "pågående/planerade",
  ]

  /// A header's head word where the header says where its entries come from (`Uppdrag från
  /// kommunstyrelsen`, `Åtgärder enligt handlingsplan`, `Aktiviteter kopplade till målet`:
  /// `uppdrag`, `åtgärder`, `aktiviteter`); the header itself
  /// (collapsed, lower case, without a closing colon) otherwise.
  public static func headWord(_ header: String) -> String {
    var t = HTMLText.collapse(header).lowercasedText().trimmingCharacters(in: [":"])
    // Whose they are in parentheses after the word: `Övergripande mål (KF)`, `Uppdrag (nämnd)`.
    if t.hasSuffix(")"), let open = t.lastIndex(of: "("), open > t.startIndex, t.distance(from: open, to: t.endIndex) <= 14,
      t[t.index(before: open)] == " "
    {
      t = String(t[..<t.index(before: open)])
    }
    var words = t.split(separator: " ")
    // The year they are for: `Styrelsens mål för 2024`.
    if words.count >= 3, words[words.count - 2] == "för", words.last.map({ $0.count == 4 && Int($0) != nil }) == true {
      words.removeLast(2)
      t = words.joined(separator: " ")
    }
    if words.count == 2, entryQualifiers.contains(String(words[0])) { return String(words[1]) }
    guard words.count >= 3, words.count <= 7,
      originWords.contains(String(words[1])) || linkWords.contains(String(words[1]))
    else { return t }
    return String(words[0])
  }

  /// Whether `text` (any case, white space collapsed) is one of `words` whole.
  public static func names(_ text: String, _ words: [String]) -> Bool {
    words.contains(headerKey(text))
  }

  /// A header as the vocabulary's header questions compare it: white space collapsed, in lower
  /// case, without colons at its ends (`Status:` → `status`). Ask several questions of one
  /// header through its key, computed once.
  static func headerKey(_ text: String) -> String {
    HTMLText.collapse(text).lowercasedText().trimmingCharacters(in: [":"])
  }

  /// Whether a header cell names an assessment, for a period or not (`Bedömning`, `Bedömning
  /// helår`, `Prognos helår 2024`, `Status T2`).
  public static func namesAssessment(_ text: String) -> Bool {
    namesAssessment(key: headerKey(text))
  }

  static func namesAssessment(key: String) -> Bool {
    let words = key.split(separator: " ")
    guard let first = words.first, assessmentWords.contains(String(first)), words.count <= 3 else { return false }
    return words.dropFirst().allSatisfy { w in
      Tidpunkt.isPartOfYearWord(w) || w == "helåret" || w == "prognos" || Tidpunkt.month(named: String(w)) != nil
        || w.count == 4 && Int(w).map { (1900...2200).contains($0) } == true
    }
  }

  /// Verbs a goal stated as a task starts with (`Förbättra kundernas upplevelse …`).
  static let goalVerbs: Set<String> = [
    "öka", "minska", "förbättra", "utveckla", "stärka", "säkerställa", "skapa", "främja", "effektivisera",
    "systematisera", "attrahera", "behålla", "erbjuda", "bidra", "verka", "driva", "leverera", "nå", "höja", "sänka",
    "bibehålla", "förenkla", "digitalisera", "underlätta", "förebygga", "motverka", "minimera", "tillgodose",
  ]

  /// Whether a heading states a goal: a sentence with `ska` (`Göteborg ska vara en jämlik …`), or
  /// a task starting with a verb of goals (`Förbättra kundernas …`), of three words or more.
  public static func statesGoal(_ text: String) -> Bool {
    let words = HTMLText.collapse(text).lowercasedText().split(separator: " ").map(String.init)
    guard words.count >= 3 else { return false }
    return words.dropFirst().contains("ska") || goalVerbs.contains(words[0])
  }

  /// Whether a header cell names an assessment and a comment together (`Status och kommentar`,
  /// `Uppdragets status och kommentar`, `Bedömning/kommentar`): a cell under it starts with the
  /// status, the comment below.
  public static func namesAssessmentAndComment(_ text: String) -> Bool {
    namesAssessmentAndComment(key: headerKey(text))
  }

  static func namesAssessmentAndComment(key: String) -> Bool {
    let words = key.split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "," }).map(String.init)
    guard words.count <= 6 else { return false }
    return words.contains(where: { ["status", "bedömning"].contains($0) })
      && words.contains(where: { ["kommentar", "kommentarer", "analys"].contains($0) })
  }

  /// Units a caption or header names for a table, with the words that name them, longest first.
  public static let units: [(unit: String, words: [String])] = [
    ("mnkr", ["mnkr", "mkr", "miljoner kronor", "mnkr."]),
    ("mdkr", ["mdkr", "miljarder kronor"]),
    ("tkr", ["tkr", "tusen kronor", "tusentals kronor"]),
    ("kr", ["kr", "kronor"]),
    ("%", ["%", "procent"]),
    ("antal", ["antal"]),
  ]

  /// Kinds of report, as their titles name them, longest phrases first.
  public static let kinds: [(kind: ReportMetadata.Kind, words: [String])] = [
    (.uppföljningOchPrognos, ["uppföljning och prognos"]),
    (.verksamhetsredovisning, ["verksamhetsredovisning"]),
    (.verksamhetsberättelse, ["verksamhetsberättelse"]),
    (.verksamhetsplan, ["verksamhetsplan"]),
    (.delårsrapport, ["delårsrapport", "delårsbokslut"]),
    (.årsredovisning, ["årsredovisning"]),
    (.årsbokslut, ["årsbokslut"]),
    // A year's report on one subject (the environment, the staff, quality) is the year's report.
    (.årsrapport, [
      "årsrapport", "miljöbokslut", "miljöredovisning", "hållbarhetsredovisning", "hållbarhetsrapport",
      "personalbokslut", "personalredovisning", "kvalitetsberättelse", "patientsäkerhetsberättelse",
    ]),
    (.uppföljningsrapport, ["uppföljningsrapport", "månadsrapport", "tertialrapport", "kvartalsrapport", "uppföljning"]),
    (.bilaga, ["bilaga"]),
  ]

  /// How the names of nämnder, styrelser and förvaltningar end, lower-case: `Kultur- och
  /// fritidsnämnden`, `Kommunstyrelsen`, `Socialförvaltningen`, `Regionkontoret`.
  public static let administrationEndings: [String] = [
    "nämnden", "nämnd", "förvaltningen", "förvaltning", "styrelsen", "kontoret",
  ]

  /// Words after a place name that name its organisation, lower-case: `Exempels kommun`,
  /// `Göteborgs stad`, `Stockholms läns landsting`.
  public static let organisationWords: Set<String> = ["kommun", "stad", "landsting"]

  /// Parts of the year that follow-up reports on, with the words that name them (the short form
  /// printed with its number, `T2`, `Q1`, and the stem of the long one, `tertial 2`,
  /// `kvartalsrapport 1`) and the month (1–12) each part's report runs to.
  public static let yearParts: [(short: String, stem: String, throughMonth: [Int])] = [
    ("t", "tertial", [4, 8, 12]),
    ("q", "kvartal", [3, 6, 9, 12]),
  ]

  /// Ordinals as they name a part of the year (`andra tertialet`).
  public static let ordinals: [String] = ["första", "andra", "tredje", "fjärde"]

  /// The unit a caption or header text names, if any: words are matched whole, ignoring case.
  public static func unit(in text: String) -> String? {
    guard mayNameUnit(text) else { return nil }
    let lower = text.lowercasedText()
    let words = lower.split { !($0.isLetterFast || $0 == "%") }.map(String.init)
    for (unit, names) in units {
      for name in names {
        if name.contains(" ") {
          if lower.contains(name) { return unit }
        } else if words.contains(name) || (name == "%" && lower.contains("%")) {
          return unit
        }
      }
    }
    return nil
  }

  /// Whether a line names a currency unit and nothing else (`Belopp i tkr`, `(mnkr)`, `Tusentals
  /// kronor`): a statement of the unit, which names no table.
  static func namesOnlyUnit(_ text: String) -> Bool {
    guard text.utf8.count <= 30, let unit = unit(in: text), unit.hasSuffix("kr") else { return false }
    let words = text.lowercasedText().split { !$0.isLetter && $0 != "." }
    let allowed: Set<Substring> = ["belopp", "i", "alla", "anges", "tkr", "mnkr", "mkr", "mnkr.", "mdkr", "kr", "tusen", "tusental",
      "tusentals", "miljoner", "miljarder", "kronor"]
    return !words.isEmpty && words.allSatisfy(allowed.contains)
  }

  /// Whether `text` holds `kr`, `%`, `procent` or `antal` in any case, which every unit's name
  /// does: a byte test that rules out most text before it is lower-cased and split.
  static func mayNameUnit(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { mayNameUnit($0) }
  }

  static func mayNameUnit(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    func lower(_ b: UInt8) -> UInt8 { (0x41...0x5A).contains(b) ? b | 0x20 : b }
    func matches(_ word: StaticString, at i: Int) -> Bool {
      guard i + word.utf8CodeUnitCount <= bytes.count else { return false }
      return (0..<word.utf8CodeUnitCount).allSatisfy { lower(bytes[i + $0]) == word.utf8Start[$0] }
    }
    for i in bytes.indices {
      switch lower(bytes[i]) {
      case UInt8(ascii: "%"): return true
      case UInt8(ascii: "k"): if matches("kr", at: i) { return true }
      case UInt8(ascii: "p"): if matches("procent", at: i) { return true }
      case UInt8(ascii: "a"): if matches("antal", at: i) { return true }
      default: continue
      }
    }
    return false
  }
}
