/// How Swedish follow-up reports print an assessment, and the status each means: icons, words
/// and whole phrases, for goals and assignments (uppfyllt, delvis uppfyllt, ej uppfyllt) and for
/// activities (pågår, klar, pausad, ej påbörjad, försenad). Text the vocabulary does not know is
/// `okänd`, never a guess; the printed text is kept beside the status by the recognisers.
public enum StatusVocabulary {
  /// Goal and assignment phrases, most specific first: a phrase matches when the normalised
  /// assessment contains it.
  public static let goalPhrases: [(phrase: String, status: AssignmentStatus)] = [
    // A scale of five (helt / till stor del / delvis / i liten grad / inte uppfyllt): the steps
    // between whole and none are partly met.
    ("till stor del", .uppfyllsDelvis),
    ("i hög grad", .uppfyllsDelvis),
    ("i liten grad", .uppfyllsDelvis),
    ("i låg grad", .uppfyllsDelvis),
    ("vi har inte nått målet men är på rätt väg", .uppfyllsDelvis),
    ("vi har inte nått målet", .uppfyllsInte),
    ("vi har nått målet", .uppfylls),
    // (As a legend words them: `✓ = målet nått, ◐ = målet delvis nått, ✗ = målet inte nått`.)
    ("målet inte nått", .uppfyllsInte),
    ("målet ej nått", .uppfyllsInte),
    ("målet delvis nått", .uppfyllsDelvis),
    ("målet nått", .uppfylls),
    // A nämnd's part in a fullmäktige goal: `Nämnden bidrar delvis till att KF-målet uppfylls`.
    ("bidrar delvis", .uppfyllsDelvis),
    ("delvis bidrar", .uppfyllsDelvis),
    // On the way, not there: `På god väg`, `Är på rätt väg`.
    ("på god väg", .uppfyllsDelvis),
    ("på rätt väg", .uppfyllsDelvis),
    ("målet är delvis uppfyllt", .uppfyllsDelvis),
    ("målet är delvis uppnått", .uppfyllsDelvis),
    ("målet är inte uppfyllt", .uppfyllsInte),
    ("målet är ej uppfyllt", .uppfyllsInte),
    ("målet är uppfyllt", .uppfylls),
    ("målet är uppnått", .uppfylls),
    // A delårsrapport's forecast: `Målet bedöms (delvis / inte) uppfyllas`, `… uppnås`, `… nås`.
    // `Målet kommer inte att nås`: the words between are the forecast's.
    ("inte att uppfyllas", .uppfyllsInte),
    ("inte att uppnås", .uppfyllsInte),
    ("inte att nås", .uppfyllsInte),
    ("delvis att uppfyllas", .uppfyllsDelvis),
    ("delvis att uppnås", .uppfyllsDelvis),
    ("delvis att nås", .uppfyllsDelvis),
    ("delvis uppfyllas", .uppfyllsDelvis),
    ("uppfyllas delvis", .uppfyllsDelvis),
    ("inte uppfyllas", .uppfyllsInte),
    ("ej uppfyllas", .uppfyllsInte),
    ("uppfyllas ej", .uppfyllsInte),
    ("uppfyllas", .uppfylls),
    ("delvis uppnås", .uppfyllsDelvis),
    ("uppnås delvis", .uppfyllsDelvis),
    ("inte uppnås", .uppfyllsInte),
    ("ej uppnås", .uppfyllsInte),
    ("uppnås inte", .uppfyllsInte),
    ("uppnås ej", .uppfyllsInte),
    ("uppfylls ej", .uppfyllsInte),
    ("nås ej", .uppfyllsInte),
    ("uppnås", .uppfylls),
    ("delvis nås", .uppfyllsDelvis),
    ("nås delvis", .uppfyllsDelvis),
    ("inte nås", .uppfyllsInte),
    ("ej nås", .uppfyllsInte),
    ("nås inte", .uppfyllsInte),
    ("målet nås", .uppfylls),
    ("kommer att nås", .uppfylls),
    ("bedöms nås", .uppfylls),
    // Four-step scales: only `helt` is fully met.
    ("i hög grad", .uppfyllsDelvis),
    ("i låg grad", .uppfyllsDelvis),
    ("uppdraget uppfylls delvis", .uppfyllsDelvis),
    ("uppdraget uppfylls inte", .uppfyllsInte),
    ("uppdraget uppfylls", .uppfylls),
    ("delvis genomfört", .uppfyllsDelvis),
    ("delvis genomförd", .uppfyllsDelvis),
    ("ej genomfört", .uppfyllsInte),
    ("ej genomförd", .uppfyllsInte),
    ("inte genomfört", .uppfyllsInte),
    ("inte genomförd", .uppfyllsInte),
    ("genomfört", .uppfylls),
    ("genomförd", .uppfylls),
    ("slutfört", .uppfylls),
    ("slutförd", .uppfylls),
    // An assignment reported back in full is done: `Slutredovisat`, `Återrapporterad`.
    ("slutredovisat", .uppfylls),
    ("slutredovisad", .uppfylls),
    ("återrapporterat", .uppfylls),
    ("återrapporterad", .uppfylls),
    // Not finished says neither met nor failed: unknown, so that `avslutat` does not match.
    ("ej avslutat", .okänd),
    ("ej avslutad", .okänd),
    ("inte avslutat", .okänd),
    ("inte avslutad", .okänd),
    ("avslutat", .uppfylls),
    ("avslutad", .uppfylls),
    ("delvis klart", .uppfyllsDelvis),
    ("delvis klar", .uppfyllsDelvis),
    ("ej klart", .okänd),
    ("ej klar", .okänd),
    ("inte klart", .okänd),
    ("inte klar", .okänd),
    ("klart", .uppfylls),
    ("klar", .uppfylls),
    // `Målet bedöms inte vara uppfyllt`: the word between is the forecast's.
    ("inte vara uppfyllt", .uppfyllsInte),
    ("ej vara uppfyllt", .uppfyllsInte),
    ("inte vara uppnått", .uppfyllsInte),
    ("ej vara uppnått", .uppfyllsInte),
    ("inte bli uppfyllt", .uppfyllsInte),
    ("inte bli uppnått", .uppfyllsInte),
    // Past participles: `Målet har (inte / delvis) uppnåtts`.
    ("inte har uppnåtts", .uppfyllsInte),
    ("inte uppnåtts", .uppfyllsInte),
    ("ej uppnåtts", .uppfyllsInte),
    ("delvis uppnåtts", .uppfyllsDelvis),
    ("uppnåtts", .uppfylls),
    ("inte har uppfyllts", .uppfyllsInte),
    ("inte uppfyllts", .uppfyllsInte),
    ("ej uppfyllts", .uppfyllsInte),
    ("delvis uppfyllts", .uppfyllsDelvis),
    ("uppfyllts", .uppfylls),
    ("inte har nåtts", .uppfyllsInte),
    ("inte nåtts", .uppfyllsInte),
    ("ej nåtts", .uppfyllsInte),
    ("delvis nåtts", .uppfyllsDelvis),
    ("nåtts", .uppfylls),
    // `Målet uppfylls inte helt`: met in part.
    ("uppfylls inte helt", .uppfyllsDelvis),
    ("inte helt uppfyllt", .uppfyllsDelvis),
    ("ej helt uppfyllt", .uppfyllsDelvis),
    ("inte helt uppnått", .uppfyllsDelvis),
    ("delvis uppfyllt", .uppfyllsDelvis),
    // (The common gender, as `Måluppfyllelse: Delvis uppfylld` prints it.)
    ("delvis uppfylld", .uppfyllsDelvis),
    ("delvis uppnådd", .uppfyllsDelvis),
    ("delvis uppnått", .uppfyllsDelvis),
    ("uppfylls delvis", .uppfyllsDelvis),
    ("delvis uppfylls", .uppfyllsDelvis),
    // `Nämnden bedömer att målet inte uppfylls` (a clause's word order).
    ("inte uppfylls", .uppfyllsInte),
    ("ej uppfylls", .uppfyllsInte),
    ("ej uppfyllt", .uppfyllsInte),
    ("ej uppfylld", .uppfyllsInte),
    ("inte uppfylld", .uppfyllsInte),
    ("ej uppnådd", .uppfyllsInte),
    ("inte uppnådd", .uppfyllsInte),
    ("inte uppfyllt", .uppfyllsInte),
    ("ej uppnått", .uppfyllsInte),
    ("inte uppnått", .uppfyllsInte),
    ("uppfylls inte", .uppfyllsInte),
    ("uppfyllt", .uppfylls),
    ("uppfylld", .uppfylls),
    ("uppnådd", .uppfylls),
    ("uppnått", .uppfylls),
    ("uppfylls", .uppfylls),
    ("grön", .uppfylls),
    ("grönt", .uppfylls),
    ("gul", .uppfyllsDelvis),
    ("gult", .uppfyllsDelvis),
    ("röd", .uppfyllsInte),
    ("rött", .uppfyllsInte),
    ("●", .uppfylls),
    ("◆", .uppfyllsDelvis),
    // Harvey balls: a half-filled circle is partly met, an empty one not met.
    ("◐", .uppfyllsDelvis),
    ("◑", .uppfyllsDelvis),
    ("○", .uppfyllsInte),
    // Said not to be assessable: known, and unknown as a status. Last, so that `bedöms inte
    // uppfyllas` is not met.
    ("går inte att bedöma", .okänd),
    ("går ej att bedöma", .okänd),
    ("kan inte bedömas", .okänd),
    ("kan ej bedömas", .okänd),
    ("inte kunnat bedömas", .okänd),
    ("ej kunnat bedömas", .okänd),
    ("kunde inte bedömas", .okänd),
    ("bedöms ej", .okänd),
    ("bedöms inte", .okänd),
    ("ej bedömd", .okänd),
    ("ej bedömt", .okänd),
    ("inte bedömd", .okänd),
    ("inte bedömt", .okänd),
    ("ingen bedömning", .okänd),
  ]

  /// Activity words and phrases, most specific first.
  /// Swedish prints the same status in common and neuter gender and in the plural (`påbörjad`,
  /// `påbörjat`, `påbörjade`), so each word comes in its forms.
  public static let activityPhrases: [(phrase: String, status: ActivityStatus)] = [
    ("ej påbörjad", .ejStartad),
    ("ej påbörjat", .ejStartad),
    ("ej påbörjade", .ejStartad),
    ("inte påbörjad", .ejStartad),
    ("inte påbörjat", .ejStartad),
    ("inte påbörjade", .ejStartad),
    ("ej startad", .ejStartad),
    ("ej startat", .ejStartad),
    ("inte startad", .ejStartad),
    ("inte startat", .ejStartad),
    ("ej enligt plan", .ejEnligtPlan),
    ("inte enligt plan", .ejEnligtPlan),
    ("ej enligt tidplan", .ejEnligtPlan),
    ("inte enligt tidplan", .ejEnligtPlan),
    ("försenad", .ejEnligtPlan),
    ("försenat", .ejEnligtPlan),
    ("försenade", .ejEnligtPlan),
    // Put off: not as planned (`Framflyttad`, `Senarelagd`, `Ej i fas`).
    ("framflyttad", .ejEnligtPlan),
    ("framflyttat", .ejEnligtPlan),
    ("senarelagd", .ejEnligtPlan),
    ("senarelagt", .ejEnligtPlan),
    ("uppskjuten", .ejEnligtPlan),
    ("uppskjutet", .ejEnligtPlan),
    ("omprioriterad", .ejEnligtPlan),
    ("omprioriterat", .ejEnligtPlan),
    ("ej i fas", .ejEnligtPlan),
    ("inte i fas", .ejEnligtPlan),
    ("i fas", .pågår),
    // Waiting: paused (`Avvaktar beslut`).
    ("avvaktar", .pausad),
    ("avvaktande", .pausad),
    // Not carried out: the activity did not go as planned (neither started nor done is known).
    ("ej genomförd", .ejEnligtPlan),
    ("ej genomfört", .ejEnligtPlan),
    ("ej genomförda", .ejEnligtPlan),
    ("inte genomförd", .ejEnligtPlan),
    ("inte genomfört", .ejEnligtPlan),
    ("inte genomförda", .ejEnligtPlan),
    // Stopped or dropped: not carried out as planned either.
    ("avbruten", .ejEnligtPlan),
    ("avbrutet", .ejEnligtPlan),
    ("avbrutna", .ejEnligtPlan),
    ("utgår", .ejEnligtPlan),
    ("utgått", .ejEnligtPlan),
    ("stoppad", .ejEnligtPlan),
    ("stoppat", .ejEnligtPlan),
    ("struken", .ejEnligtPlan),
    ("struket", .ejEnligtPlan),
    ("ej avslutad", .pågår),
    ("ej avslutat", .pågår),
    ("inte avslutad", .pågår),
    ("inte avslutat", .pågår),
    ("delvis genomförd", .delvis),
    ("delvis genomfört", .delvis),
    ("delvis genomförda", .delvis),
    ("delvis klar", .delvis),
    ("delvis klart", .delvis),
    // Passive perfect: `Arbetet har påbörjats`, `… har genomförts`.
    ("inte påbörjats", .ejStartad),
    ("ej påbörjats", .ejStartad),
    ("inte avslutats", .pågår),
    ("ej avslutats", .pågår),
    ("inte genomförts", .okänd),
    ("ej genomförts", .okänd),
    ("påbörjats", .pågår),
    ("avslutats", .klar),
    ("slutförts", .klar),
    ("genomförts", .klar),
    ("pågår", .pågår),
    ("pågående", .pågår),
    // Carried on as a matter of course: `Löpande`, `Genomförs löpande`.
    ("löpande", .pågår),
    ("fortlöpande", .pågår),
    ("påbörjad", .pågår),
    ("påbörjat", .pågår),
    ("påbörjade", .pågår),
    ("avslutad", .klar),
    ("avslutat", .klar),
    ("avslutade", .klar),
    ("genomförd", .klar),
    ("genomfört", .klar),
    ("genomförda", .klar),
    ("slutförd", .klar),
    ("slutfört", .klar),
    ("slutförda", .klar),
    ("färdig", .klar),
    ("färdigt", .klar),
    ("klar", .klar),
    ("klart", .klar),
    ("klara", .klar),
    // An assignment reported back is done.
    ("återrapporterad", .klar),
    ("återrapporterat", .klar),
    ("slutredovisad", .klar),
    ("slutredovisat", .klar),
    ("pausad", .pausad),
    ("pausat", .pausad),
    ("pausade", .pausad),
    ("vilande", .pausad),
    // Weaker words last: `Klar enligt plan` is done, `Genomförd som planerad` is done.
    ("enligt plan", .pågår),
    ("enligt tidplan", .pågår),
    ("planerad", .ejStartad),
    ("planerat", .ejStartad),
    ("▶", .pågår),
    ("✓", .klar),
    ("⏸", .pausad),
    ("—", .ejStartad),
    ("!", .ejEnligtPlan),
  ]

  /// The status a goal or assignment assessment means; `okänd` for text the vocabulary does not
  /// know. `extra` are an organisation's own phrases (from its manifest), tried first.
  public static func goalStatus(_ printed: String, extra: [String: AssignmentStatus] = [:]) -> AssignmentStatus {
    knownGoalStatus(printed, extra: extra) ?? .okänd
  }

  /// The status a printed goal assessment means where the vocabulary or the organisation's
  /// phrases know it (`okänd` for `Kan inte bedömas`), nil where no one does.
  /// Whether `text` is a status alone, as a column prints one (`Avslutad`, `Pågående`, `Ej
  /// påbörjad`), not a sentence that mentions one (`Ett förbättringsarbete pågår.`).
  public static func isStatusAlone(_ text: String) -> Bool {
    let t = HTMLText.collapse(text)
    guard !t.isEmpty, t.split(separator: " ").count <= 3, t.last != ".", t.last != ":" else { return false }
    return knownGoalStatus(t) != nil || activityStatus(t) != .okänd
  }

  /// A status printed with its comment after it in one field (`Pågår. Utredningen redovisas i
  /// november.`, `Grön – antalet besök har ökat …`, `Målet är delvis uppfyllt. Under året …`): the
  /// first sentence, or the words before a dash, a comma or a bracket (`Pågår, 8 av 14 …`, `Ej
  /// startad (planeras …)`), where it is a short phrase of the vocabulary
  /// (at most six words, no figures), and the rest; the whole and nil otherwise.
  static func statusAndComment(_ printed: String) -> (status: String, comment: String?) {
    func isStatus(_ part: String) -> Bool { isStatusAlone(part) || isStatusPhrase(part) }
    // (`Pågår, 8 av 14 avdelningar är klara`, `Ej startad (planeras till vecka 47)`.)
    for separator in [". ", " – ", " — ", " - ", ", ", " ("] {
      guard let stop = printed.range(of: separator), isStatus(String(printed[..<stop.lowerBound])) else { continue }
      let rest = (separator == " (" ? "(" : "") + String(printed[stop.upperBound...])
      return (String(printed[..<stop.lowerBound]), rest.isEmpty ? nil : rest)
    }
    return (printed, nil)
  }

  /// Whether `text` is a short phrase of the vocabulary (`Målet bedöms vara delvis uppfyllt`,
  /// `Ej påbörjad`): at most six words, no figures; not a sentence that mentions a status among
  /// others (`Minskning med 3,1 procent …`).
  static func isStatusPhrase(_ text: String) -> Bool {
    !text.isEmpty && text.utf8.count <= 60 && text.split(separator: " ").count <= 6 && !text.contains(where: \.isNumber)
      && (knownGoalStatus(text) != nil || activityStatus(text) != .okänd)
  }

  public static func knownGoalStatus(_ printed: String, extra: [String: AssignmentStatus] = [:]) -> AssignmentStatus? {
    let text = normalised(printed)
    if let own = extra.first(where: { text.contains(normalised($0.key)) }) { return own.value }
    return match(text, goalPhrases)
  }

  /// Whether a character alone is an assessment's icon the vocabulary knows (`●`, `◐`), or the dash
  /// printed where there is none (`–`).
  static func isAssessmentIcon(_ c: Character) -> Bool {
    !c.isLetter && !c.isNumber && (c == "–" || c == "—" || knownGoalStatus(String(c)) != nil)
  }

  /// The status an activity's printed status means; `okänd` for text the vocabulary does not know.
  public static func activityStatus(_ printed: String, extra: [String: ActivityStatus] = [:]) -> ActivityStatus {
    let text = normalised(printed)
    if let own = extra.first(where: { text.contains(normalised($0.key)) }) { return own.value }
    return match(text, activityPhrases) ?? .okänd
  }

  /// The first phrase found in `text` as whole words (`gul` is not found in `gula`).
  static func match<S>(_ text: String, _ phrases: [(phrase: String, status: S)]) -> S? {
    let padded = " " + text + " "
    for (phrase, status) in phrases {
      let isWord = phrase.first?.isLetter == true
      if isWord ? padded.contains(" " + phrase + " ") : text.contains(phrase) { return status }
    }
    return nil
  }

  /// Lower case, punctuation to spaces, white space collapsed.
  static func normalised(_ s: String) -> String {
    let mapped = s.lowercasedText().map { ch -> Character in
      ch.isLetter || ch.isNumber || !".,;:()[]\"'".contains(ch) ? ch : " "
    }
    return String(mapped).split(separator: " ").joined(separator: " ")
  }
}

/// An organisation's own assessment phrases (from `"bedömningar"` in `uql-manifest.json`), tried
/// before the vocabulary: a phrase maps to a goal or assignment status (`uppfylls`,
/// `uppfylls_delvis`, `uppfylls_inte`) or to an activity status (`pågår`, `klar`, …).
public struct StatusPhrases: Sendable, Equatable {
  public var goals: [String: AssignmentStatus] = [:]
  public var activities: [String: ActivityStatus] = [:]

  public init(goals: [String: AssignmentStatus] = [:], activities: [String: ActivityStatus] = [:]) {
    self.goals = goals
    self.activities = activities
  }
}

/// Maps the assessments a recogniser finds to statuses, and notes each printed one that neither
/// the organisation's phrases nor the vocabulary know: its status is `okänd`, its text kept, and
/// `uql check` lists it.
struct AssessmentReader {
  var phrases: StatusPhrases
  var unknown: [ReportWarning] = []

  init(_ phrases: StatusPhrases = StatusPhrases()) { self.phrases = phrases }

  /// A goal's or assignment's status: nil without an assessment column, `okänd` where the column
  /// holds nothing (a lost icon) or text no one knows.
  mutating func goal(_ printed: String?, line: Int, hasColumn: Bool) -> AssignmentStatus? {
    guard let printed, !printed.isEmpty else { return hasColumn ? .okänd : nil }
    // (A dash alone, as a table prints no value, is no assessment: `–   Bedöms ej i delår`.)
    if ["–", "—", "-"].contains(printed) { return .okänd }
    guard let status = StatusVocabulary.knownGoalStatus(printed, extra: phrases.goals) else {
      let progress = StatusVocabulary.activityStatus(printed, extra: phrases.activities)
      // `Pågår`, `Ej påbörjad`: under way or not begun, as assignments are most often reported.
      if progress == .pågår { return .pågår }
      if progress == .ejStartad { return .ejStartad }
      if progress == .okänd {
        note(printed, line)
      } else {
        // `Försenad`, `Pausad`: how far the work has come, which a goal's or assignment's
        // status (met, partly met, not met, under way, not begun) has no step for.
        unknown.append(
          ReportWarning(
            message: "the assessment '\(printed)' says how far the work has come (\(progress.rawValue)), not whether "
              + "it is fulfilled: status okänd, the text kept in bedömning",
            line: line))
      }
      return .okänd
    }
    return status
  }

  mutating func activity(_ printed: String?, line: Int, hasColumn: Bool) -> ActivityStatus? {
    guard let printed, !printed.isEmpty else { return hasColumn ? .okänd : nil }
    let status = StatusVocabulary.activityStatus(printed, extra: phrases.activities)
    if status == .okänd { note(printed, line) }
    return status
  }

  mutating func note(_ printed: String, _ line: Int) {
    unknown.append(
      ReportWarning(
        message: "the assessment '\(printed)' is not in the status vocabulary: status okänd "
          + "(an organisation's own phrases go under \"bedömningar\" in uql-manifest.json)",
        line: line))
  }
}
