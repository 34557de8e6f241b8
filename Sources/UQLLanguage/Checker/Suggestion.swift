import UQLValues

/// Finds the valid name nearest to a misspelt one, by edit distance over loose keys.
public enum Suggestion {
  /// The candidate nearest to `word`, if any is near enough to be a likely misspelling.
  public static func nearest(to word: String, in candidates: [String]) -> String? {
    let key = Array(TextFolding.looseKey(word))
    let bound = max(2, key.count / 3)
    var best: (String, Int)?
    for candidate in candidates {
      let other = Array(TextFolding.looseKey(candidate))
      // The lengths alone rule most candidates out: long free text never costs a full distance.
      guard abs(other.count - key.count) <= bound else { continue }
      let distance = editDistance(key, other)
      if distance <= bound, distance < (best?.1 ?? Int.max) {
        best = (candidate, distance)
      }
    }
    return best?.0
  }

  /// "did you mean "x"?", or nil when nothing is near.
  static func help(for word: String, in candidates: [String]) -> String? {
    nearest(to: word, in: candidates).map { "did you mean \"\($0)\"?" }
  }

  static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
