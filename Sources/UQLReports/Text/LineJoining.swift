/// Joins text that a narrow column or a page break wrapped over several lines, following the
/// gold samples' conventions: single spaces between parts, and a line-end hyphen inside a word
/// kept with the parts glued (`Trafikförsörjnings-` + `program` → `Trafikförsörjnings-program`).
public enum LineJoining {
  /// Words after which a line-end hyphen is a suspended compound (`hälso- och sjukvård`), so the
  /// space stays.
  static let conjunctions: Set<String> = ["och", "eller", "samt", "resp", "respektive", "till", "som"]

  /// The parts joined with single spaces, white space collapsed, hyphenated words glued.
  public static func join(_ parts: [String]) -> String {
    var result = ""
    for part in parts {
      let piece = HTMLText.collapse(part)
      guard !piece.isEmpty else { continue }
      if result.isEmpty {
        result = piece
      } else if gluesHyphen(before: result, after: piece) {
        result += piece
      } else {
        result += " " + piece
      }
    }
    // A soft hyphen (U+00AD) is where a word may break, not a character of it.
    if result.unicodeScalars.contains("\u{AD}") { result.unicodeScalars.removeAll { $0 == "\u{AD}" } }
    return result
  }

  /// Joins the lines of a cell in a narrow column, where a word longer than the column is broken
  /// without a hyphen (`Korttidssjukfrån` + `varo`, `sysselsättnings` + `grad`): a line that is
  /// one word as wide as the column's widest line (`width`, in characters; within 3) and is
  /// followed by a line starting in a short lower-case word part that does not begin a word of
  /// its own (`Sjukfrånvaro,` + `andel av` and `Anställda` + `andel` keep their space).
  public static func join(_ parts: [String], columnWidth width: Int) -> String {
    var glued: [String] = []
    for part in parts {
      let piece = HTMLText.collapse(part)
      guard !piece.isEmpty else { continue }
      if let before = glued.last, breaksWord(before: before, after: piece, width: width) {
        glued[glued.count - 1] = before + piece
      } else {
        glued.append(piece)
      }
    }
    return join(glued)
  }

  /// Words that begin a line of their own after a full line (`Sjukfrånvaro` + `av …`).
  static let wordStarts: Set<String> = [
    "av", "och", "eller", "i", "inom", "per", "på", "för", "med", "som", "till", "från", "om", "vid", "mot", "än",
    "samt", "under", "efter", "utan", "hos", "enligt", "andel", "antal", "år", "dagar", "kr",
  ]

  static func breaksWord(before: String, after: String, width: Int) -> Bool {
    guard before.count >= 8, before.count >= width - 3, before.allSatisfy(\.isLetter) else { return false }
    guard let first = after.first, first.isLetter, first.isLowercase else { return false }
    // The rest of a word broken at the column's edge is short (`varo`, `ning`, `grad`); a long
    // word (`genomsnittlig` + `sysselsättnings`) is a word of its own.
    let word = after.prefix { $0.isLetter }
    guard word.count <= 8 else { return false }
    return !wordStarts.contains(String(word)) && !conjunctions.contains(String(word))
  }

  /// Whether `before` ends in a hyphen inside a word that `after` completes.
  static func gluesHyphen(before: String, after: String) -> Bool {
    guard before.hasSuffix("-") else { return false }
    let stem = before.dropLast()
    guard let last = stem.last, last.isLetter else { return false }
    guard let first = after.first, first.isLetter, first.isLowercase else { return false }
    let nextWord = after.prefix { $0.isLetter }.lowercasedText()
    return !conjunctions.contains(nextWord)
  }
}
