/// A report's own legend of its assessment icons (teckenförklaring), as a line of icons each
/// with the status it stands for:
///
///     ● Klar   ◐ Pågår   ○ Ej påbörjad   ▲ Försenad
///     ✓ = målet nått, ◐ = målet delvis nått, ✗ = målet inte nått
///     Måluppfyllnaden av aktiviteter: ⏸ pausad · ✓ klar · ▶ pågår
///
/// The same icon means different things in different organisations' reports (`●` is `klar` in
/// one, `följer delvis plan` in another), so the vocabulary does not guess what an icon means for
/// an activity; a report that says it does. A legend is a line of two or more icons, each followed
/// by a status the vocabulary knows (maybe after `=` or `:`), with at most a label ending in a colon
/// before the first. Each icon goes into the phrases of the kind its status is: a goal's
/// (`målet delvis nått`) or an activity's (`Pågår`); one a report's legends give two meanings of
/// one kind means neither. An organisation's own phrases (`uql-manifest.json`) win over it.
enum StatusLegend {
  /// `legend`'s phrases with `own` over them: the organisation's word wins.
  static func merged(_ legend: StatusPhrases, under own: StatusPhrases) -> StatusPhrases {
    StatusPhrases(
      goals: legend.goals.merging(own.goals) { $1 }, activities: legend.activities.merging(own.activities) { $1 })
  }

  /// The phrases the legends among `lines` give, each icon as a phrase of its status.
  static func phrases(_ lines: [SourceLine]) -> StatusPhrases {
    var goals: [String: AssignmentStatus?] = [:]
    var activities: [String: ActivityStatus?] = [:]
    for line in lines where line.collapsed.utf8.count <= 240 && mayHoldIcons(line.collapsed) {
      guard let pairs = pairs(line.collapsed) else { continue }
      for (icon, phrase) in pairs {
        if let status = StatusVocabulary.knownGoalStatus(phrase) {
          goals[icon] = goals[icon].map { $0 == status ? status : nil } ?? status
        }
        let progress = StatusVocabulary.activityStatus(phrase)
        if progress != .okänd {
          activities[icon] = activities[icon].map { $0 == progress ? progress : nil } ?? progress
        }
      }
    }
    return StatusPhrases(goals: goals.compactMapValues { $0 }, activities: activities.compactMapValues { $0 })
  }

  /// Whether a line's bytes hold two characters that may be icons: from U+2300 on (`⏸`, `●`,
  /// `✓`), past the dashes and quotes of general punctuation.
  static func mayHoldIcons(_ text: String) -> Bool {
    var count = 0
    var lead: UInt8 = 0
    for b in text.utf8 {
      if lead == 0xE2 && b >= 0x8C || lead == 0xF0 { count += 1 }
      if count >= 2 { return true }
      lead = b
    }
    return false
  }

  /// Whether a character is an icon: a symbol (`●`, `◐`, `✓`, `▲`, `⏸`), not a letter, digit or
  /// punctuation.
  static func isIcon(_ c: Character) -> Bool {
    guard c.unicodeScalars.count == 1, let s = c.unicodeScalars.first else { return false }
    return s.properties.generalCategory == .otherSymbol
  }

  /// The legend's icons, each with the status after it, where the line is a legend: two or more,
  /// each status one the vocabulary knows; nil otherwise.
  static func pairs(_ text: String) -> [(icon: String, phrase: String)]? {
    var pairs: [(icon: String, phrase: String)] = []
    var icon: Character?
    var phrase = ""
    var label = ""
    func close() {
      guard let icon else { return }
      pairs.append((String(icon), phrase.trimmingCharacters(in: [" ", "=", ":", ",", ";", "·", "|", "."])))
    }
    var previous: Character = " "
    for (n, c) in zip(text.indices, text) {
      defer { previous = c }
      // (Within a legend, a dash set apart by spaces stands for no assessment: `– Bedöms ej`.)
      let next = text.index(after: n) < text.endIndex ? text[text.index(after: n)] : " "
      if isIcon(c) || icon != nil && (c == "–" || c == "—") && previous == " " && next == " " {
        close()
        icon = c
        phrase = ""
      } else if icon == nil {
        label.append(c)
      } else {
        phrase.append(c)
      }
    }
    close()
    // (Before the first icon, nothing or a label: `Teckenförklaring:`, `Måluppfyllnaden av aktiviteter:`.)
    let before = label.trimmingCharacters(in: [" "])
    guard pairs.count >= 2, before.isEmpty || before.hasSuffix(":") && before.split(separator: " ").count <= 6 else { return nil }
    guard pairs.allSatisfy({ pair in
      !pair.phrase.isEmpty && pair.phrase.split(separator: " ").count <= 5
        && (StatusVocabulary.knownGoalStatus(pair.phrase) != nil || StatusVocabulary.activityStatus(pair.phrase) != .okänd)
    }) else { return nil }
    return pairs
  }
}
