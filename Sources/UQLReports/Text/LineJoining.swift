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
    return result
  }

  /// Whether `before` ends in a hyphen inside a word that `after` completes.
  static func gluesHyphen(before: String, after: String) -> Bool {
    guard before.hasSuffix("-") else { return false }
    let stem = before.dropLast()
    guard let last = stem.last, last.isLetter else { return false }
    guard let first = after.first, first.isLetter, first.isLowercase else { return false }
    let nextWord = after.prefix { $0.isLetter }.lowercased()
    return !conjunctions.contains(nextWord)
  }
}
