import Foundation

/// Numbers as Swedish documents print them: `-6,0`, `14,9%`, `82 700 tkr`, `− 3,0 mnkr`, `+50`.
public enum SwedishNumber {
  /// A parsed number with the unit that followed it, if any.
  public struct Parsed: Sendable, Equatable {
    public var value: Decimal
    public var unit: String?
    public var isInteger: Bool
  }

  /// Units recognised after a number.
  public static let units = ["%", "tkr", "mnkr", "mdkr", "kr", "st", "dagar", "timmar"]

  /// Parses a whole cell as a number with an optional unit; nil if it is anything else.
  ///
  /// Accepts a leading `+`, `-` or `−` (U+2212) with optional space after it, space or
  /// no-break space as thousands separators (only in groups of three), `,` or `.` as the
  /// decimal mark, and a trailing unit.
  public static func parse(_ text: String) -> Parsed? {
    var s = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
    var unit: String?
    for u in units.sorted(by: { $0.count > $1.count }) where s.lowercased().hasSuffix(u) {
      let before = s.dropLast(u.count)
      // A unit must not be glued to letters ("procent" is not "%").
      if u != "%", let last = before.last, last.isLetter { continue }
      unit = u
      s = before
      break
    }
    s = s.drop(while: isSpace)
    while let last = s.last, isSpace(last) { s = s.dropLast() }
    var negative = false
    if let first = s.first, first == "-" || first == "−" || first == "–" || first == "+" {
      negative = first != "+"
      s = s.dropFirst().drop(while: isSpace)
    }
    guard !s.isEmpty else { return nil }
    var digits = ""
    var sawDecimal = false
    var groupLength = 0
    var sawSeparator = false
    var previousWasSpace = false
    for ch in s {
      if ch.isASCII, ch.isNumber {
        digits.append(ch)
        groupLength += 1
        previousWasSpace = false
      } else if (ch == "," || ch == ".") && !sawDecimal && !previousWasSpace && !digits.isEmpty {
        if sawSeparator && groupLength != 3 { return nil }
        sawDecimal = true
        digits.append(".")
        groupLength = 0
      } else if isSpace(ch) && !sawDecimal && !previousWasSpace && !digits.isEmpty {
        if sawSeparator && groupLength != 3 { return nil }
        if !sawSeparator && groupLength > 3 { return nil }
        sawSeparator = true
        previousWasSpace = true
        groupLength = 0
      } else {
        return nil
      }
    }
    if previousWasSpace || digits.last == "." { return nil }
    if sawSeparator && !sawDecimal && groupLength != 3 { return nil }
    if sawSeparator && sawDecimal {
      // The group before the decimal mark was checked when the mark was seen.
    }
    guard digits.count <= 38, let value = Decimal(string: digits, locale: Locale(identifier: "en_US_POSIX"))
    else { return nil }
    return Parsed(value: negative ? -value : value, unit: unit, isInteger: !sawDecimal)
  }

  static func isSpace(_ ch: Character) -> Bool {
    ch == " " || ch == "\u{00A0}" || ch == "\u{202F}" || ch == "\t"
  }
}
