import Foundation

/// The ways uql compares text: equality ignores case and runs of white space; contains (`~`),
/// identifiers and enum words also ignore diacritics, so `delmal` finds `delmål`.
public enum TextFolding {
  /// Lower-cased, white space collapsed to single spaces and trimmed: the key of text `=`.
  public static func equalityKey(_ text: String) -> String {
    collapseWhitespace(text).lowercased()
  }

  /// Like ``equalityKey(_:)`` but also without diacritics (å → a, é → e).
  public static func looseKey(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in equalityKey(text).decomposedStringWithCanonicalMapping.unicodeScalars
    where !scalar.properties.isDiacritic || scalar.isASCII {
      scalars.append(scalar)
    }
    return String(scalars)
  }

  /// Replaces each run of white space with one space and trims both ends.
  public static func collapseWhitespace(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    for ch in text {
      if ch.isWhitespace {
        pendingSpace = !result.isEmpty
      } else {
        if pendingSpace { result.append(" ") }
        pendingSpace = false
        result.append(ch)
      }
    }
    return result
  }
}
