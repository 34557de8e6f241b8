/// Line-level rewrites that turn one real sample report into a different but equally readable
/// one: other years, varied wording, re-drawn and multiplied activities, shuffled sections.
/// Each keeps the structure the layout's extractor relies on (tabs, indentation, symbols).
enum ReportVariation {
  /// Every four-digit year from 2005 to 2035 moved by `delta`; digits glued to others stay.
  static func shiftYears(_ line: String, by delta: Int) -> String {
    guard delta != 0, line.utf8.contains(where: { $0 == UInt8(ascii: "2") }) else { return line }
    var out: [UInt8] = []
    let bytes = Array(line.utf8)
    out.reserveCapacity(bytes.count)
    var i = 0
    func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
    while i < bytes.count {
      if i + 4 <= bytes.count, bytes[i] == 50, bytes[i + 1] == 48,
        isDigit(bytes[i + 2]), isDigit(bytes[i + 3]),
        i == 0 || !isDigit(bytes[i - 1]), i + 4 == bytes.count || !isDigit(bytes[i + 4])
      {
        let year = 2000 + Int(bytes[i + 2] - 48) * 10 + Int(bytes[i + 3] - 48)
        if (2005...2035).contains(year) {
          out += Array(String(year + delta).utf8)
          i += 4
          continue
        }
      }
      out.append(bytes[i])
      i += 1
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Word pairs swapped in running text; none is a word an extractor looks for.
  static let synonyms: [(String, String)] = [
    ("utveckla", "stärka"), ("samverkan", "samarbete"), ("genomföra", "fullfölja"),
    ("arbetet", "insatsen"), ("kommunerna", "länets kommuner"), ("fortsatt", "alltjämt"),
    ("invånare", "medborgare"), ("under året", "under perioden"),
    ("tillsammans med", "i samverkan med"), ("hållbar", "långsiktigt hållbar"),
  ]

  /// `line` with some of its ``synonyms`` swapped. Lines aligned in columns with runs of spaces
  /// (pdftotext page layout) are left alone: changing a word's length would move the columns.
  static func varyWording<R: RandomNumberGenerator>(_ line: String, using rng: inout R) -> String {
    guard line.count > 40, !line.contains("  ") else { return line }
    var result = line
    for (a, b) in synonyms where Bool.random(using: &rng) {
      let (from, to) = Bool.random(using: &rng) ? (a, b) : (b, a)
      if result.contains(from) { result = result.replacingOccurrences(of: from, with: to) }
    }
    return result
  }

  /// Activity status symbols as the tab-separated layout prints them, most common first.
  static let activitySymbols: [Character] = ["▶", "▶", "▶", "✓", "✓", "⏸", "—", "●", "!"]

  /// Suffixes that make a copied activity a different one.
  static let activitySuffixes = [
    "– etapp 2", "i samverkan med kommunerna", "(fördjupning)", "för unga vuxna", "– uppföljning",
    "inom ramen för budgeten", "med fokus på landsbygden", "(pilot)",
  ]

  /// Whether `line` is an activity row of the tab-separated layout: two empty cells, a status
  /// symbol and the activity.
  static func isActivityRow(_ line: String) -> Bool {
    guard line.hasPrefix("\t\t"), let symbol = line.dropFirst(2).first else { return false }
    return activitySymbols.contains(symbol) && line.dropFirst(3).first == " "
  }

  /// The activity row with a new status, and up to `extra` more activities made from it.
  static func multiplyActivity<R: RandomNumberGenerator>(
    _ line: String, extra: Int, using rng: inout R
  ) -> [String] {
    let text = String(line.dropFirst(4))
    var rows = ["\t\t\(activitySymbols.randomElement(using: &rng)!) \(text)"]
    for _ in 0..<Int.random(in: 0...extra, using: &rng) {
      let suffix = activitySuffixes.randomElement(using: &rng)!
      let varied = varyWording("\(text) \(suffix)", using: &rng)
      rows.append("\t\t\(activitySymbols.randomElement(using: &rng)!) \(varied)")
    }
    return rows
  }

  /// Lines with the numbered top-level sections (`1.1 …`, `1.2 …`) in a shuffled order and
  /// numbered again from 1. Lines before the first section stay first.
  static func shuffleSections<R: RandomNumberGenerator>(_ lines: [String], using rng: inout R) -> [String] {
    let starts = lines.indices.filter { sectionNumber(lines[$0]) != nil }
    guard starts.count > 1 else { return lines }
    var blocks: [[String]] = []
    for (k, start) in starts.enumerated() {
      let end = k + 1 < starts.count ? starts[k + 1] : lines.count
      blocks.append(Array(lines[start..<end]))
    }
    blocks.shuffle(using: &rng)
    var result = Array(lines[..<starts[0]])
    for (k, var block) in blocks.enumerated() {
      let heading = block[0]
      let number = sectionNumber(heading)!
      block[0] = "\(number.major).\(k + 1)" + heading.dropFirst(number.text.count)
      result += block
    }
    return result
  }

  /// The number of a top-level section heading such as `1.3 Fler i arbete`.
  static func sectionNumber(_ line: String) -> (major: Int, text: String)? {
    let head = line.prefix { $0 != " " }
    let parts = head.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 2, let major = Int(parts[0]), Int(parts[1]) != nil,
      line.dropFirst(head.count + 1).first?.isUppercase == true
    else { return nil }
    return (major, String(head))
  }
}
