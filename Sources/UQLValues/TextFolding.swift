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

  /// Replaces each run of white space (no-break space included) with one space and trims both
  /// ends.
  public static func collapseWhitespace(_ text: String) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    var changed = false
    var ascii = true
    for byte in text.utf8 {
      if byte >= 0x80 {
        ascii = false
        break
      }
      if byte == 0x20 || (0x09...0x0D).contains(byte) {
        if byte != 0x20 || pendingSpace || bytes.isEmpty { changed = true }
        pendingSpace = !bytes.isEmpty
      } else {
        if pendingSpace { bytes.append(0x20) }
        pendingSpace = false
        bytes.append(byte)
      }
    }
    if ascii {
      if !changed && !pendingSpace { return text }
      return String(decoding: bytes, as: UTF8.self)
    }
    var scalars = String.UnicodeScalarView()
    pendingSpace = false
    changed = false
    for scalar in text.unicodeScalars {
      if scalar.properties.isWhitespace {
        if scalar != " " || pendingSpace || scalars.isEmpty { changed = true }
        pendingSpace = !scalars.isEmpty
      } else {
        if pendingSpace { scalars.append(" ") }
        pendingSpace = false
        scalars.append(scalar)
      }
    }
    // Text that was already collapsed is returned as is, without a copy.
    if !changed && !pendingSpace { return text }
    return String(scalars)
  }
}
