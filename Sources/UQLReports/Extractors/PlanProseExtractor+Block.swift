/// A run of non-blank lines of a plan, split into an optional heading and its body. Runs that a
/// page break interrupted mid-sentence are joined back together.
struct PlanProseBlock {
  /// 1-based line numbers and trimmed text.
  var lines: [(number: Int, text: String)]
  /// How many leading lines are the heading; 0 when the block is all body.
  var headingCount: Int

  var heading: String? {
    headingCount == 0 ? nil : LineJoining.join(lines.prefix(headingCount).map(\.text))
  }
  var body: [String] { lines.dropFirst(headingCount).map(\.text) }
  var firstLine: Int { lines.first?.number ?? 0 }
  var lastLine: Int { lines.last?.number ?? 0 }
  var isStandaloneHeading: Bool { headingCount > 0 && headingCount == lines.count }
  var isFocusIntroduction: Bool { heading?.lowercasedText().contains("fokusområde") ?? false }

  /// The blocks of `lines`, headings recognised.
  static func blocks(_ lines: [String]) -> [PlanProseBlock] {
    var runs: [[(Int, String, Bool)]] = []
    var current: [(Int, String, Bool)] = []
    var gap = 0
    // Each line collapsed once, for the runs and for the names below.
    let collapsed = lines.map { HTMLText.collapse($0) }
    for (i, raw) in lines.enumerated() {
      let text = collapsed[i]
      if text.isEmpty {
        gap += 1
        continue
      }
      if gap > 0, !current.isEmpty {
        // A page break (several blank lines) inside a sentence: the text continues.
        let previous = current.last?.1 ?? ""
        let continues = gap >= 2 && !endsSentence(previous) && (text.first?.isLowercase ?? false)
        if !continues {
          runs.append(current)
          current = []
        }
      }
      gap = 0
      current.append((i + 1, text, raw.first?.isWhitespace ?? false))
    }
    if !current.isEmpty { runs.append(current) }
    let singleLines = Set(collapsed)
    let oneLineText = singleLines.joined(separator: "\n")
    let isName: (String) -> Bool = { TextSearch.contains(oneLineText, $0) }
    return runs.map { run in
      // Several indented lines are a list whose bullet characters were lost: no heading there.
      let indented = run.filter(\.2).count
      return PlanProseBlock(
        lines: run.map { (number: $0.0, text: $0.1) },
        headingCount: indented >= 2 ? 0 : headingCount(run.map(\.1), isName: isName))
    }
  }

  static func endsSentence(_ text: String) -> Bool {
    guard let last = text.last else { return false }
    return ".!?:;".contains(last)
  }

  /// Whether a line holds a sentence break (". " followed by a capital) inside it.
  static func hasSentenceBreak(_ text: String) -> Bool {
    let chars = CharacterArray.of(text)
    var i = 0
    while i + 2 < chars.count {
      if chars[i] == "." || chars[i] == "!" || chars[i] == "?", chars[i + 1] == " " {
        var j = i + 1
        while j < chars.count, chars[j] == " " { j += 1 }
        if j < chars.count, chars[j].isUppercase { return true }
      }
      i += 1
    }
    return false
  }

  /// How many leading lines of a block are a heading.
  ///
  /// A heading starts with a capital, has no sentence end, and is at most three lines. It is
  /// the whole block when the block is one or two such lines; otherwise it ends at the first
  /// line after which the body starts with a capital on a full-width line. A long line ending in
  /// a capitalised word before another one is a wrapped name ("… vad Region" / "Halland …") when
  /// `isName` finds the two words together elsewhere in the text.
  static func headingCount(_ lines: [String], isName: (String) -> Bool = { _ in false }) -> Int {
    guard let first = lines.first, let initial = first.first, initial.isUppercase else { return 0 }
    if lines.count <= 2,
      lines.allSatisfy({ !endsSentenceOrClause($0) || $0 == lines.last && $0.hasSuffix(":") }),
      !lines.contains(where: hasSentenceBreak), lines.map(\.count).reduce(0, +) <= 200
    {
      return lines.count
    }
    for k in 0..<min(3, lines.count - 1) {
      let line = lines[k]
      if endsSentenceOrClause(line) || hasSentenceBreak(line) { return 0 }
      let next = lines[k + 1]
      guard let nextInitial = next.first, nextInitial.isUppercase else { continue }
      let bodyLike = next.count >= 50 || (k + 2 == lines.count && endsSentence(next))
      guard bodyLike else { continue }
      if line.count >= 75, let lastWord = line.split(separator: " ").last,
        let c = lastWord.first, c.isUppercase,
        let nextWord = next.split(separator: " ").first, isName("\(lastWord) \(nextWord)")
      {
        continue
      }
      return k + 1
    }
    return 0
  }

  static func endsSentenceOrClause(_ text: String) -> Bool {
    guard let last = text.last else { return false }
    return ".!?;,".contains(last)
  }
}
