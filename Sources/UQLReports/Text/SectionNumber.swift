/// Section numbers at the start of headings: `2`, `2.1`, `2.1.1`, optionally followed by a dot.
public enum SectionNumber {
  /// Splits `line` into its leading section number and the rest, nil if it has none. The number
  /// must be followed by white space and text; components are 1–3 digits.
  public static func split(_ line: String) -> (number: String, rest: String)? {
    // A number starts with a digit: a line whose first byte after ASCII blanks is another ASCII
    // byte is ruled out without collapsing it (other white space is left to the full test).
    if let first = line.utf8.first(where: { $0 != 0x20 && $0 != 0x09 }), first < 0x80, !(0x30...0x39).contains(first) {
      return nil
    }
    let t = Substring(HTMLText.collapse(line))
    var number = ""
    var component = 0
    var index = t.startIndex
    while index < t.endIndex {
      let ch = t[index]
      if ch.isASCII, ch.isNumber {
        component += 1
        guard component <= 3 else { return nil }
        number.append(ch)
      } else if ch == ".", component > 0 {
        number.append(ch)
        component = 0
      } else {
        break
      }
      index = t.index(after: index)
    }
    while number.hasSuffix(".") { number.removeLast() }
    guard !number.isEmpty, index < t.endIndex, t[index].isWhitespace else { return nil }
    let rest = t[index...].trimmingPrefix(while: \.isWhitespace)
    guard let first = rest.first, first.isLetter else { return nil }
    return (number, String(rest))
  }

  /// The numbers above `number`, nearest first: `2.2.1` → `2.2`, `2`.
  public static func ancestors(of number: String) -> [String] {
    var parts = number.split(separator: ".")
    var result: [String] = []
    while parts.count > 1 {
      parts.removeLast()
      result.append(parts.joined(separator: "."))
    }
    return result
  }

  /// The depth of a number: `2` → 1, `2.1` → 2, `2.1.1` → 3.
  public static func depth(_ number: String) -> Int {
    number.split(separator: ".").count
  }
}

extension Substring {
  func trimmingPrefix(while predicate: (Character) -> Bool) -> Substring {
    var s = self
    while let first = s.first, predicate(first) { s = s.dropFirst() }
    return s
  }
}
