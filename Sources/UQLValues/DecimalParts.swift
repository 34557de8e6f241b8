import Foundation

/// A decimal as sign, integer significand and power of ten: ±`significand` × 10^`exponent`.
/// Lets a decimal be stored as numbers and made again without text, so reading it back never
/// goes through Foundation's string parsing (and its locale machinery).
public struct DecimalParts: Sendable, Equatable {
  public var negative: Bool
  /// At most 39 digits (Decimal's mantissa is 128 bits).
  public var significand: UInt128
  public var exponent: Int

  public init(negative: Bool, significand: UInt128, exponent: Int) {
    self.negative = negative
    self.significand = significand
    self.exponent = exponent
  }

  /// The parts of a decimal, trailing zeros moved into the exponent; nil for NaN.
  public init?(_ d: Decimal) {
    guard !d.isNaN else { return nil }
    // `description` prints every digit with no exponent ("-0.00015", "1230000"); only done
    // when writing a cache, never when reading one.
    var digits: [UInt8] = []
    var fractionDigits = 0
    var sawPoint = false
    var negative = false
    for c in d.description.utf8 {
      switch c {
      case UInt8(ascii: "-"): negative = true
      case UInt8(ascii: "."): sawPoint = true
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        digits.append(c - UInt8(ascii: "0"))
        if sawPoint { fractionDigits += 1 }
      default: return nil
      }
    }
    guard let last = digits.lastIndex(where: { $0 != 0 }) else {
      self.init(negative: false, significand: 0, exponent: 0)
      return
    }
    let first = digits.firstIndex { $0 != 0 }!
    var significand: UInt128 = 0
    for digit in digits[first...last] {
      let (m, o1) = significand.multipliedReportingOverflow(by: 10)
      let (s, o2) = m.addingReportingOverflow(UInt128(digit))
      guard !o1, !o2 else { return nil }
      significand = s
    }
    self.init(negative: negative, significand: significand, exponent: digits.count - 1 - last - fractionDigits)
  }

  /// The decimal, or nil when it is out of Decimal's range.
  public var decimal: Decimal? {
    // Decimal's exponent is 8 bits.
    guard (-128...127).contains(exponent) else { return nil }
    // Three pieces of at most 19 digits, each exact as a Decimal, added exactly.
    let split = UInt128(10_000_000_000_000_000_000)
    let pieces = [significand / split / split, significand / split % split, significand % split]
    var whole = Decimal(0)
    for (k, piece) in pieces.enumerated() where piece > 0 {
      whole += Decimal(sign: .plus, exponent: 19 * (2 - k), significand: Decimal(UInt64(piece)))
    }
    let d = Decimal(sign: negative ? .minus : .plus, exponent: exponent, significand: whole)
    return d.isNaN ? nil : d
  }
}
