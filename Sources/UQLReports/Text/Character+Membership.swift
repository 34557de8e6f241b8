extension Character {
  /// Whether the character is one of the characters of `set`, each a single scalar with no
  /// canonical equivalent but itself (ASCII, dashes, signs, superscript digits): as
  /// `set.contains(self)` answers, but compared by scalar. (`String.contains` walks the set's
  /// grapheme clusters and compares each by canonical equivalence, which is slow for any
  /// character not ASCII; the number reader asks it of every cell.)
  func isAny(of set: String) -> Bool {
    let scalars = unicodeScalars
    guard let scalar = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return false }
    return set.unicodeScalars.contains(scalar)
  }
}
