/// Orders text the Swedish way: case-insensitive, digits before letters, å ä ö after z,
/// other accented letters with their base letter (é with e, ü with y).
public enum SwedishCollation {
  /// A key whose lexicographic order is the Swedish order of the text.
  public static func key(_ text: String) -> [UInt32] {
    var key: [UInt32] = []
    key.reserveCapacity(text.unicodeScalars.count + 1)
    for scalar in text.lowercased().unicodeScalars {
      key.append(weight(scalar))
    }
    return key
  }

  /// Whether `a` sorts before `b`; ties are broken by the exact text so the order is total.
  public static func precedes(_ a: String, _ b: String) -> Bool {
    let ka = key(a)
    let kb = key(b)
    if ka != kb { return ka.lexicographicallyPrecedes(kb) }
    return a < b
  }

  static func weight(_ s: Unicode.Scalar) -> UInt32 {
    switch s {
    case "å": return 0x1_0000 + 27
    case "ä", "æ": return 0x1_0000 + 28
    case "ö", "ø": return 0x1_0000 + 29
    case "ü": return 0x1_0000 + 25  // y
    default: break
    }
    if s.isASCII {
      let v = s.value
      if (0x61...0x7a).contains(v) { return 0x1_0000 + (v - 0x61) + 1 }
      if (0x30...0x39).contains(v) { return 0x8000 + v }
      return v
    }
    // Other letters with diacritics sort with their base letter.
    let base = String(s).decomposedStringWithCanonicalMapping.unicodeScalars.first ?? s
    if base != s, base.isASCII { return weight(base) }
    return 0x2_0000 + s.value
  }
}
