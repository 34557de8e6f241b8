import Foundation

/// Numbers as Swedish documents print them: `-6,0`, `14,9%`, `82 700 tkr`, `− 3,0 mnkr`, `+50`.
public enum SwedishNumber {
  /// A parsed number with the unit that followed it, if any.
  public struct Parsed: Sendable, Equatable {
    public var value: Decimal
    public var unit: String?
    public var isInteger: Bool

    public init(value: Decimal, unit: String?, isInteger: Bool) {
      self.value = value
      self.unit = unit
      self.isInteger = isInteger
    }
  }

  /// Units recognised after a number, longest first so `mnkr` is not read as `kr`; besides
  /// these, a price per something after a space (`kr/kvm`, `kr/ärende`).
  public static let units = [
    "timmar", "dagar", "mnkr", "mdkr", "tkr", "kr", "st", "%", "kwh", "mwh", "gwh", "kw", "co2", "ton", "kg", "g",
  ]
  private static let unitBytes: [(String, [UInt8])] = units.map { ($0, Array($0.utf8)) }

  /// Parses a whole cell as a number with an optional unit; nil if it is anything else.
  ///
  /// Accepts a leading `+`, `-`, `−` (U+2212) or `–` with optional space after it, space or
  /// no-break space as thousands separators (only in groups of three), `,` or `.` as the
  /// decimal mark, and a trailing unit (case-insensitive, not glued to a word).
  public static func parse(_ text: String) -> Parsed? {
    if let result = text.utf8.withContiguousStorageIfAvailable({ parse(bytes: $0) }) { return result }
    return Array(text.utf8).withUnsafeBufferPointer { parse(bytes: $0) }
  }

  /// A number as read, before it becomes a `Decimal`: ±`significand` × 10^−`scale`.
  public struct Digits: Sendable, Equatable {
    public var negative: Bool
    /// The digits as an integer; nil when there are more than fit in 64 bits.
    public var significand: UInt64?
    /// The number of digits after the decimal mark.
    public var scale: Int
    public var unit: String?
    public var isInteger: Bool { !hasDecimalMark }
    var hasDecimalMark: Bool
    /// Where the digits (and separators) are, for numbers too long for `significand`.
    var digitRange: Range<Int>
  }

  /// Parses UTF-8 bytes as a number with an optional unit, the way ``parse(_:)`` does.
  public static func parse(bytes b: UnsafeBufferPointer<UInt8>) -> Parsed? {
    guard let digits = digits(bytes: b) else { return nil }
    var value: Decimal
    if let significand = digits.significand {
      value = Decimal(sign: .plus, exponent: -digits.scale, significand: Decimal(significand))
    } else {
      // More than 19 digits, at most 38: 128 bits hold them (and no text parsing, no locale).
      var significand: UInt128 = 0
      for k in digits.digitRange where b[k] >= 0x30 && b[k] <= 0x39 {
        significand = significand * 10 + UInt128(b[k] - 0x30)
      }
      guard let big = DecimalParts(negative: false, significand: significand, exponent: -digits.scale).decimal else {
        return nil
      }
      value = big
    }
    if digits.negative { value.negate() }
    return Parsed(value: value, unit: digits.unit, isInteger: digits.isInteger)
  }

  /// The scanner proper, over UTF-8 bytes: this runs on every cell of every table.
  public static func digits(bytes b: UnsafeBufferPointer<UInt8>) -> Digits? {
    var lower = 0
    var upper = b.count
    skipSpace(b, &lower, upper, forward: true)
    skipSpace(b, &upper, lower, forward: false)
    guard lower < upper else { return nil }
    // A unit at the end.
    var unit: String?
    for (name, u) in unitBytes where upper - lower > u.count {
      let start = upper - u.count
      var matches = true
      for k in 0..<u.count where lowerASCII(b[start + k]) != u[k] {
        matches = false
        break
      }
      guard matches else { continue }
      // A unit must not be glued to a letter ("3procent" is not "3 %"; "12kr" is fine).
      if name != "%", isASCIILetter(b[start - 1]) { continue }
      unit = name
      upper = start
      skipSpace(b, &upper, lower, forward: false)
      break
    }
    // A price per something after a space (`11,4 kr/kvm`, `87 kr/ärende`).
    if unit == nil, let rate = rateUnit(b, lower, upper) {
      unit = String(decoding: UnsafeBufferPointer(rebasing: b[rate..<upper]), as: UTF8.self)
      upper = rate
      skipSpace(b, &upper, lower, forward: false)
    }
    // The sign.
    var negative = false
    if b[lower] == UInt8(ascii: "+") || b[lower] == UInt8(ascii: "-") {
      negative = b[lower] == UInt8(ascii: "-")
      lower += 1
    } else if upper - lower >= 3, b[lower] == 0xE2, b[lower + 1] == 0x88, b[lower + 2] == 0x92 {
      negative = true  // U+2212 minus sign
      lower += 3
    } else if upper - lower >= 3, b[lower] == 0xE2, b[lower + 1] == 0x80, b[lower + 2] == 0x93 {
      negative = true  // U+2013 en dash, as documents print a minus
      lower += 3
    }
    skipSpace(b, &lower, upper, forward: true)
    guard lower < upper else { return nil }
    // Digits, thousands groups, decimal part.
    var mantissa: UInt64 = 0
    var digitCount = 0
    var scale = 0
    var sawDecimal = false
    var groupLength = 0
    var sawSeparator = false
    var i = lower
    var overflow = false
    while i < upper {
      let c = b[i]
      if c >= 0x30 && c <= 0x39 {
        let (m1, o1) = mantissa.multipliedReportingOverflow(by: 10)
        let (m2, o2) = m1.addingReportingOverflow(UInt64(c - 0x30))
        overflow = overflow || o1 || o2
        mantissa = m2
        digitCount += 1
        groupLength += 1
        if sawDecimal { scale += 1 }
        i += 1
      } else if (c == UInt8(ascii: ",") || c == UInt8(ascii: ".")) && !sawDecimal && groupLength > 0 {
        if sawSeparator && groupLength != 3 { return nil }
        sawDecimal = true
        groupLength = 0
        i += 1
        guard i < upper, b[i] >= 0x30 && b[i] <= 0x39 else { return nil }
      } else if c != 0x0A && c != 0x0D, let width = spaceWidth(b, i, upper), !sawDecimal, groupLength > 0 {
        if sawSeparator ? groupLength != 3 : groupLength > 3 { return nil }
        sawSeparator = true
        groupLength = 0
        i += width
        guard i < upper, b[i] >= 0x30 && b[i] <= 0x39 else { return nil }
      } else {
        return nil
      }
    }
    guard digitCount > 0 else { return nil }
    if sawSeparator && !sawDecimal && groupLength != 3 { return nil }
    guard digitCount <= 38 else { return nil }
    return Digits(
      negative: negative, significand: overflow ? nil : mantissa, scale: scale, unit: unit,
      hasDecimalMark: sawDecimal, digitRange: lower..<upper)
  }

  /// Where a rate unit starts at the end of `lower..<upper`: `kr/` and letters after a space.
  private static func rateUnit(_ b: UnsafeBufferPointer<UInt8>, _ lower: Int, _ upper: Int) -> Int? {
    var start = upper
    while start > lower, isASCIILetter(b[start - 1]) || b[start - 1] >= 0x80 { start -= 1 }
    guard start < upper, start - 3 > lower, b[start - 1] == UInt8(ascii: "/"), lowerASCII(b[start - 2]) == UInt8(ascii: "r"),
      lowerASCII(b[start - 3]) == UInt8(ascii: "k"), b[start - 4] == 0x20
    else { return nil }
    return start - 3
  }

  /// Moves `i` over white space (space, tab, no-break space U+00A0, narrow no-break U+202F).
  private static func skipSpace(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ limit: Int, forward: Bool) {
    if forward {
      while i < limit, let w = spaceWidth(b, i, limit) { i += w }
    } else {
      while i > limit {
        if b[i - 1] == 0x20 || b[i - 1] == 0x09 || b[i - 1] == 0x0A || b[i - 1] == 0x0D {
          i -= 1
        } else if i - 2 >= limit, b[i - 2] == 0xC2, b[i - 1] == 0xA0 {
          i -= 2
        } else if i - 3 >= limit, b[i - 3] == 0xE2, b[i - 2] == 0x80, b[i - 1] == 0xAF {
          i -= 3
        } else {
          return
        }
      }
    }
  }

  /// The byte length of the space character at `i`, or nil when there is none.
  private static func spaceWidth(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ limit: Int) -> Int? {
    let c = b[i]
    if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { return 1 }
    if c == 0xC2, i + 1 < limit, b[i + 1] == 0xA0 { return 2 }
    if c == 0xE2, i + 2 < limit, b[i + 1] == 0x80, b[i + 2] == 0xAF { return 3 }
    return nil
  }

  private static func lowerASCII(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c + 32 : c }

  private static func isASCIILetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
}
