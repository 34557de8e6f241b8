/// Recognises what a page adds around the text: page numbers (`15(39)`, `Sida 3 av 39`, a lone
/// number) and running headers or footers that repeat on many pages.
public enum PageFurniture {
  /// The page number a line ends with in the `15(39)` style, with the page count.
  public static func pageNumber(in line: String) -> (page: Int, of: Int)? {
    var t = Substring(line)
    while let last = t.last, last.isWhitespace { t = t.dropLast() }
    guard t.last == ")" else { return nil }
    t = t.dropLast()
    var total = ""
    while let last = t.last, last.isASCII, last.isNumber { total.insert(last, at: total.startIndex); t = t.dropLast() }
    guard t.last == "(", !total.isEmpty, total.count <= 4 else { return nil }
    t = t.dropLast()
    var page = ""
    while let last = t.last, last.isASCII, last.isNumber { page.insert(last, at: page.startIndex); t = t.dropLast() }
    guard !page.isEmpty, page.count <= 4, let p = Int(page), let n = Int(total) else { return nil }
    if let before = t.last, !before.isWhitespace { return nil }
    return (p, n)
  }

  /// Whether `line` is nothing but a page number: `15(39)`, `15`, `- 15 -`, `Sida 15 av 39`,
  /// `Sida 15 (39)`, `SID 15 (39)`, `S ID 15 (39)` (letter-spaced), `15 (39)`, `15/39`.
  /// A bare number has at most three digits, so a lone year is not taken for a page.
  public static func isPageNumberLine(_ line: String) -> Bool {
    // Every form has an ASCII digit: a byte test settles most lines.
    guard line.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return false }
    let t = HTMLText.collapse(line)
    guard !t.isEmpty, t.count <= 20 else { return false }
    if let _ = pageNumber(in: t), t.allSatisfy({ $0.isNumber || $0 == "(" || $0 == ")" || $0 == " " }) {
      return true
    }
    let bare = t.filter { $0 != "-" && $0 != "–" && $0 != " " }
    if !bare.isEmpty, bare.count <= 3, bare.allSatisfy({ $0.isASCII && $0.isNumber }) { return true }
    // `Sida 3 av 9`, `Sida 3 (9)`, `Sida 3`, `3 (9)`, `3/9`: a page no later than the count.
    var words = t.lowercasedText().split(separator: " ").map(String.init)
    // The word may be letter-spaced or short (`S ID 24 (36)`, `Sid 3`).
    let letters = words.prefix { $0.allSatisfy(\.isLetter) }
    let named = ["sida", "sid"].contains(letters.joined())
    if named { words.removeFirst(letters.count) }
    if words.count == 1, words[0].contains("/") { words = words[0].split(separator: "/").map { "\($0)" } }
    if words.count == 3, words[1] == "av" { words.remove(at: 1) }
    if words.count == 2, words[1].hasPrefix("("), words[1].hasSuffix(")") { words[1] = String(words[1].dropFirst().dropLast()) }
    let numbers = words.compactMap { w in w.utf8.count <= 4 && w.allSatisfy { $0.isASCII && $0.isNumber } ? Int(w) : nil }
    guard numbers.count == words.count else { return false }
    if numbers.count == 1 { return named }
    return numbers.count == 2 && numbers[0] >= 1 && numbers[0] <= numbers[1]
  }

  /// Lines that occur at least `minimum` times once digits are ignored: running page headers
  /// and footers. Returns the keys; test a line with ``key(_:)``.
  public static func repeatedLines(_ lines: [String], minimum: Int = 3) -> Set<String> {
    var counts: [String: Int] = [:]
    for line in lines {
      let k = key(line)
      guard k.count >= 8 else { continue }
      counts[k, default: 0] += 1
    }
    return Set(counts.filter { $0.value >= minimum }.keys)
  }

  /// A line with digits removed and white space collapsed, for comparing running headers.
  public static func key(_ line: String) -> String {
    HTMLText.collapse(String(line.filter { !($0.isASCII && $0.isNumber) }))
  }
}
