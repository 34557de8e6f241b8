/// The names a title page, running header or labelled field gives: the organisation (`Exempels
/// kommun`, `Region Exempel`) and the nämnd, styrelse or förvaltning (`Barn- och
/// utbildningsnämnden`, `Kommunstyrelsen`).
extension DocumentMetadata {
  /// The parts of a line that may each be one name: the line, its segments between wide gaps, and
  /// their pieces between commas, bullets, bars and dashes, white space collapsed.
  static func nameParts(_ line: String) -> [String] {
    var parts: [String] = []
    func add(_ part: String) {
      let t = HTMLText.collapse(part).trimmingCharacters(in: [" ", ".", ":", ";", "*", "_", "#"])
      if !t.isEmpty, !parts.contains(t) { parts.append(t) }
    }
    add(line)
    let segments = AlignedTableForm.segments(line).map(\.text)
    for segment in segments where segments.count > 1 { add(segment) }
    for segment in segments {
      var pieces = [HTMLText.collapse(segment)]
      for separator in [",", "•", "|", " – ", " — ", " - "] {
        pieces = pieces.flatMap { $0.components(separatedBy: separator) }
      }
      for piece in pieces where pieces.count > 1 { add(piece) }
    }
    // A name for whom or where (`Delårsrapport för Region Exempel`, `Socialnämnden i Exempels
    // kommun`): the organisation, and what comes before it.
    for part in parts {
      for word in [" för ", " i "] {
        guard let r = part.range(of: word, options: .backwards), organisationName(String(part[r.upperBound...])) != nil
        else { continue }
        add(String(part[r.upperBound...]))
        add(String(part[..<r.lowerBound]))
      }
    }
    return parts
  }

  /// The organisation `text` names, when one of its parts is nothing but the name, or ends with
  /// `för` or `i` and the name: `Kungsbacka kommun`, `Region Halland`, `Stockholms läns landsting`,
  /// `Göteborgs stad`, `Delårsrapport för Region Exempel`; never a name inside a sentence.
  static func organisation(in text: String) -> String? {
    nameParts(text).lazy.compactMap(organisationName).first
  }

  /// Words that start a line before `kommun` without naming a place (`Varje kommun`).
  static let determiners: Set<String> = ["Varje", "Vår", "Er", "Denna", "Den", "En", "Ingen", "Annan", "Vilken", "Samma"]

  /// `part` if it is an organisation's name and nothing else.
  static func organisationName(_ part: String) -> String? {
    let words = part.split(separator: " ").map(String.init)
    func capitalised(_ w: ArraySlice<String>) -> Bool {
      (1...3).contains(w.count) && !determiners.contains(w.first ?? "")
        && w.allSatisfy { $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || $0 == "-" } }
    }
    guard let first = words.first, let last = words.last, words.count >= 2 else {
      // One word: `Västra Götalandsregionen` is two, `Regionen` alone names none.
      return nil
    }
    let lastLower = last.lowercasedText()
    if first == "Region" || first == "Landstinget" {
      let place = words.dropFirst()
      let placeOnly = place.last == "län" ? place.dropLast() : place
      return capitalised(placeOnly) ? part : nil
    }
    if lastLower == "landsting", words.count >= 3, words[words.count - 2] == "läns" {
      return capitalised(words.dropLast(2)) ? part : nil
    }
    if FollowUpVocabulary.organisationWords.contains(lastLower) {
      return capitalised(words.dropLast()) ? part : nil
    }
    if lastLower.hasSuffix("regionen"), lastLower != "regionen", capitalised(words[...]) {
      return part
    }
    return nil
  }

  /// The nämnd, styrelse or förvaltning `text` names: `Nämnden för Kultur & Fritid`, or a part
  /// ending in one of ``FollowUpVocabulary/administrationEndings`` (`Kultur- och fritidsnämnden`,
  /// `Kommunstyrelsen`), from the capitalised word its name begins with.
  static func administration(in text: String) -> String? {
    let t = HTMLText.collapse(text)
    let lower = t.lowercasedText()
    if let range = lower.range(of: "nämnden för ") {
      let start = t.index(t.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: range.lowerBound))
      let rest = t[start...]
      let stop = rest.range(of: "  ")?.lowerBound ?? rest.endIndex
      return String(rest[..<stop]).trimmingCharacters(in: [" "])
    }
    return nameParts(text).lazy.compactMap(administrationName).first
  }

  /// The name a part ends with, if it ends with a nämnd, styrelse or förvaltning: back from the
  /// last word over coordinated compounds (`Bygg-, miljö- och hälsoskyddsnämnden`) and an
  /// adjective (`Tekniska nämnden`). The word alone (`Nämnden`) names none.
  static func administrationName(_ part: String) -> String? {
    guard part.count <= 60 else { return nil }
    let words = part.split(separator: " ").map(String.init)
    guard let last = words.last,
      FollowUpVocabulary.administrationEndings.contains(where: { last.lowercasedText().hasSuffix($0) })
    else { return nil }
    var start = words.count - 1
    while start > 0 {
      let before = words[start - 1]
      if before.hasSuffix("-") || before.hasSuffix("-,") {
        start -= 1
      } else if before == "och" || before == "samt", start >= 2, words[start - 2].hasSuffix("-") {
        start -= 1
      } else if before.first?.isUppercase == true, before.hasSuffix("a"), words[start].first?.isLowercase == true {
        start -= 1
      } else {
        break
      }
    }
    let name = words[start...].joined(separator: " ")
    guard name.first?.isUppercase == true,
      !FollowUpVocabulary.administrationEndings.contains(name.lowercasedText())
    else { return nil }
    return name
  }
}
