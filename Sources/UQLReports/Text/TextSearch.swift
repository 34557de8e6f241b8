/// Substring search over UTF-8 bytes, for the literal words extractors look for in every line
/// (`Kommentar`, `Uppföljningsrapport`, `utfall`).
///
/// `String.contains` compares characters (grapheme clusters) and bridges through `NSString`
/// when Foundation is imported; on NFC text, as ``ReportText`` holds, a byte match is a
/// character match unless a cluster straddles one of its ends. Those rare cases, a combining
/// mark after the match or an unusual scalar before it, are left to `String.contains`, so the
/// answer is always the one it gives.
enum TextSearch {
  /// Whether `text` contains `word`, as `text.contains(word)` answers for NFC text.
  static func contains(_ text: String, _ word: String) -> Bool {
    var text = text
    var word = word
    let answer: Bool? = text.withUTF8 { haystack in
      word.withUTF8 { needle in search(haystack, needle) }
    }
    // The generic search compares characters; the concrete one above would be this function.
    return answer ?? text[...].contains(word[...])
  }

  /// true or false when the bytes decide, nil when a grapheme cluster straddles a match's end.
  static func search(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool? {
    guard let first = needle.first, let last = needle.last else { return nil }
    // A word starting or ending with a combining mark or a line break is not one of ours.
    guard isPlainStart(needle), isPlainEnd(needle), first != 0x0A, last != 0x0D else { return nil }
    let n = needle.count
    guard haystack.count >= n else { return false }
    // Scan for the needle's first byte that is not a space (spaces are the commonest byte).
    var anchor = 0
    while anchor < n - 1, needle[anchor] == 0x20 { anchor += 1 }
    let key = needle[anchor]
    var i = anchor
    let limit = haystack.count - n + anchor
    while i <= limit {
      if haystack[i] == key {
        let start = i - anchor
        var j = 0
        while j < n, haystack[start + j] == needle[j] { j += 1 }
        if j == n {
          guard isBoundary(haystack, before: start), isBoundary(haystack, after: start + n) else { return nil }
          return true
        }
      }
      i += 1
    }
    return false
  }

  /// Whether the needle's first scalar is below U+0300 or general punctuation (U+2000–U+203F
  /// but the joiners U+200C and U+200D), so that it starts a cluster after any plain scalar.
  static func isPlainStart(_ needle: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = needle.first else { return false }
    if first < 0xCC { return true }
    return needle.count >= 3 && first == 0xE2 && needle[1] == 0x80 && needle[2] != 0x8C && needle[2] != 0x8D
  }

  /// Whether the needle's last scalar is below U+0300 or general punctuation (U+2000–U+203F but
  /// the joiners), so that only a scalar from U+0300 up can join its cluster.
  static func isPlainEnd(_ needle: UnsafeBufferPointer<UInt8>) -> Bool {
    let n = needle.count
    guard let last = needle.last else { return false }
    if last < 0x80 { return true }
    // A two-byte scalar below U+0300 ends in a continuation byte after a lead byte C2–CB.
    if n >= 2, (0xC2...0xCB).contains(needle[n - 2]) { return true }
    return n >= 3 && needle[n - 3] == 0xE2 && needle[n - 2] == 0x80 && last != 0x8C && last != 0x8D
  }

  /// Whether a cluster boundary surely lies before byte `i`: at the start, or after a scalar
  /// below U+0600 (the Prepend scalars, Hangul and regional indicators all lie above).
  static func isBoundary(_ bytes: UnsafeBufferPointer<UInt8>, before i: Int) -> Bool {
    guard i > 0, i <= bytes.count else { return i == 0 }
    let previous = bytes[i - 1]
    if previous < 0x80 { return previous != 0x0D }
    // Two-byte scalars (lead byte C2–DF) are U+0080–U+07FF; below U+0600 means lead ≤ D7.
    return i >= 2 && (0xC2...0xD7).contains(bytes[i - 2])
  }

  /// Whether a cluster boundary surely lies at byte `i`: at the end, or before a scalar below
  /// U+0300 (combining marks, joiners and spacing marks all lie above).
  static func isBoundary(_ bytes: UnsafeBufferPointer<UInt8>, after i: Int) -> Bool {
    guard i < bytes.count else { return true }
    let next = bytes[i]
    return next < 0x80 || (0xC2...0xCB).contains(next)
  }

  /// Whether `text` holds `word` directly followed by one of `continuations`, comparing scalars
  /// as the literal parts of a regular expression do (no grapheme clusters, no normalisation):
  /// `utfall (januari|februari|…)` is `hasLiteral(text, "utfall ", followedBy: months)`.
  static func hasLiteral(_ text: String, _ word: String, followedBy continuations: [String] = [""]) -> Bool {
    !literalContinuations(text, word, followedBy: continuations, all: false).isEmpty
  }

  /// The indices of the `continuations` that follow `word` somewhere in `text`, compared as
  /// ``hasLiteral(_:_:followedBy:)`` compares; with `all` false, only the first one found.
  static func literalContinuations(
    _ text: String, _ word: String, followedBy continuations: [String], all: Bool = true
  ) -> Set<Int> {
    var found = Set<Int>()
    var text = text
    var word = word
    text.withUTF8 { haystack in
      word.withUTF8 { needle in
        guard !needle.isEmpty, haystack.count >= needle.count else { return }
        // Scan for the needle's first byte that is not a lower-case ASCII letter or a space, if
        // any ("/" in "uppdrag / deluppdrag"): such bytes are rarer in prose.
        let anchor = needle.firstIndex { !((0x61...0x7A).contains($0) || $0 == 0x20) } ?? 0
        let key = needle[anchor]
        var i = anchor
        while i - anchor + needle.count <= haystack.count {
          if haystack[i] == key, equal(haystack, at: i - anchor, needle) {
            let after = i - anchor + needle.count
            for (k, tail) in continuations.enumerated() where !found.contains(k) {
              var tail = tail
              if tail.withUTF8({ equal(haystack, at: after, $0) }) {
                found.insert(k)
                if !all { return }
              }
            }
          }
          i += 1
        }
      }
    }
    return found
  }

  /// Whether `text`, lower-cased, may contain `word` (lower-case ASCII letters): false only
  /// when it surely does not. Besides the ASCII letters themselves, only U+0130 (İ, to i̇) and
  /// U+212A (Kelvin, to k) lower-case to ASCII letters; text holding either is a maybe.
  static func mayContainLowercased(_ text: String, _ word: StaticString) -> Bool {
    // The `| 0x20` folding is right for ASCII letters only (`"mål"` would never be found).
    assert(word.isASCII, "mayContainLowercased takes ASCII words")
    var text = text
    return text.withUTF8 { haystack in
      let needle = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
      guard let first = needle.first else { return true }
      var i = 0
      while i < haystack.count {
        let b = haystack[i]
        if b == 0xC4 || b == 0xE2, i + 1 < haystack.count {
          // İ is C4 B0, Kelvin E2 84 AA.
          if b == 0xC4 && haystack[i + 1] == 0xB0 { return true }
          if b == 0xE2 && haystack[i + 1] == 0x84 && i + 2 < haystack.count && haystack[i + 2] == 0xAA {
            return true
          }
        }
        if b | 0x20 == first, i + needle.count <= haystack.count {
          var j = 1
          while j < needle.count, haystack[i + j] | 0x20 == needle[j] { j += 1 }
          if j == needle.count { return true }
        }
        i += 1
      }
      return false
    }
  }

  /// Whether `bytes` hold `word` at offset `i`.
  @inline(__always)
  static func equal(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
    guard i >= 0, i + word.count <= bytes.count else { return false }
    var k = 0
    while k < word.count {
      if bytes[i + k] != word[k] { return false }
      k += 1
    }
    return true
  }

  /// Whether `text`, lower-cased, may contain any of `words` (each as for
  /// ``mayContainLowercased(_:_:)``), in one scan of its bytes.
  static func mayContainAnyLowercased(_ text: String, _ words: [StaticString]) -> Bool {
    assert(words.allSatisfy(\.isASCII), "mayContainAnyLowercased takes ASCII words")
    // The words' first letters as bits: most bytes are ruled out by one test.
    var starts: UInt32 = 0
    var lettersOnly = true  // a word starting with anything but a letter turns the test off
    for word in words where word.utf8CodeUnitCount > 0 {
      let f = word.utf8Start[0]
      if (0x61...0x7A).contains(f) { starts |= 1 << UInt32(f - 0x61) } else { lettersOnly = false }
    }
    var text = text
    return text.withUTF8 { haystack in
      let n = haystack.count
      for i in 0..<n {
        let b = haystack[i]
        if b >= 0x80 {
          // İ (C4 B0) and the Kelvin sign (E2 84 AA) lower-case to ASCII letters.
          if b == 0xC4, i + 1 < n, haystack[i + 1] == 0xB0 { return true }
          if b == 0xE2, i + 2 < n, haystack[i + 1] == 0x84, haystack[i + 2] == 0xAA { return true }
          continue
        }
        let lower = b | 0x20
        if lettersOnly, !(0x61...0x7A).contains(lower) || starts & (1 << UInt32(lower - 0x61)) == 0 { continue }
        for word in words where word.utf8Start[0] == lower && i + word.utf8CodeUnitCount <= n {
          var j = 1
          while j < word.utf8CodeUnitCount, haystack[i + j] | 0x20 == word.utf8Start[j] { j += 1 }
          if j == word.utf8CodeUnitCount { return true }
        }
      }
      return false
    }
  }

  /// Whether `text` holds any of the bytes `a`, `b`, `c` and `d` (which defaults to `a`).
  static func containsAnyByte(_ text: String, _ a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8? = nil) -> Bool {
    let d = d ?? a
    var text = text
    return text.withUTF8 { bytes in bytes.contains { $0 == a || $0 == b || $0 == c || $0 == d } }
  }

  /// Whether `text` holds a tab. A tab is a character of its own (grapheme clusters break on
  /// both sides of a control), so this is what `text.contains("\t")` answers.
  static func containsTab(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { $0.contains(0x09) }
  }
}

extension String {
  /// Whether the text contains `other`, as the standard library and Foundation answer, found
  /// over the UTF-8 bytes (``TextSearch/contains(_:_:)``): every reader asks this of most lines,
  /// and Foundation's `contains` goes through `NSString` for each. Being concrete, this overload
  /// is chosen over their generic ones throughout the readers.
  func contains(_ other: String) -> Bool {
    TextSearch.contains(self, other)
  }
}
