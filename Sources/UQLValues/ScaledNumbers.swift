import Foundation

/// The numbers of a column as integers of one decimal scale: 243,8, 12 and −0,25 with scale 2
/// are 24380, 1200 and −25. Sums, comparisons and grouping work on the integers, which is
/// exact and many times faster than `Decimal`. A column whose numbers do not all fit (more
/// than ``maximumScale`` decimals, or more than ±9.2·10¹⁸ units) keeps `Decimal` storage.
public struct ScaledNumbers: Sendable {
  /// The units of a null row; never a number (``append(significand:negative:scale:)`` refuses it).
  public static let null = Int64.min
  /// The most decimals a scaled column keeps.
  public static let maximumScale = 18

  /// Each row's number times 10^``scale``, or ``null``.
  public private(set) var units: [Int64]
  /// The number of decimals: the most any number of the column has.
  public private(set) var scale: Int

  public init() {
    units = []
    scale = 0
  }

  /// Numbers already scaled, such as a cache's.
  /// - Returns: nil when `scale` is out of range.
  public init?(units: [Int64], scale: Int) {
    guard (0...ScaledNumbers.maximumScale).contains(scale) else { return nil }
    self.units = units
    self.scale = scale
  }

  /// The decimals as a scaled column, or nil when one does not fit.
  public init?(_ decimals: [Decimal?]) {
    self.init()
    units.reserveCapacity(decimals.count)
    for d in decimals {
      if let d {
        guard append(d) else { return nil }
      } else {
        appendNull()
      }
    }
  }

  public var count: Int { units.count }

  public mutating func reserveCapacity(_ n: Int) { units.reserveCapacity(n) }

  /// The number of a row, nil for null.
  public subscript(row: Int) -> Decimal? {
    let u = units[row]
    return u == ScaledNumbers.null ? nil : ScaledNumbers.decimal(units: u, scale: scale)
  }

  /// `units` × 10^−`scale` as a decimal (the same value and form the parser gives).
  public static func decimal(units: Int64, scale: Int) -> Decimal {
    Decimal(sign: units < 0 ? .minus : .plus, exponent: -scale, significand: Decimal(units.magnitude))
  }

  public mutating func appendNull() { units.append(ScaledNumbers.null) }

  /// Appends ±`significand` × 10^−`scale`, raising the column's scale if needed.
  /// - Returns: false, appending nothing, when the number or the rescaled column does not fit.
  public mutating func append(significand: UInt64, negative: Bool, scale: Int) -> Bool {
    guard scale >= 0, scale <= ScaledNumbers.maximumScale else { return false }
    if scale > self.scale, !rescale(to: scale) { return false }
    let (magnitude, overflow) = significand.multipliedReportingOverflow(by: ScaledNumbers.powers[self.scale - scale])
    // Int64.min is the null marker, so magnitudes stop at Int64.max either way.
    guard !overflow, magnitude <= UInt64(Int64.max) else { return false }
    units.append(negative ? -Int64(magnitude) : Int64(magnitude))
    return true
  }

  /// Appends a decimal.
  /// - Returns: false, appending nothing, when it does not fit.
  public mutating func append(_ d: Decimal) -> Bool {
    guard !d.isNaN else { return false }
    let significand = d.significand
    guard significand <= ScaledNumbers.largestSignificand else { return false }
    // Exact below 2^64 (and checked against the bound above); no text, no locale.
    var magnitude = NSDecimalNumber(decimal: significand).uint64Value
    var exponent = d.exponent
    if exponent > 0 {
      guard exponent <= ScaledNumbers.maximumScale else { return false }
      let (m, overflow) = magnitude.multipliedReportingOverflow(by: ScaledNumbers.powers[exponent])
      guard !overflow else { return false }
      magnitude = m
      exponent = 0
    }
    return append(significand: magnitude, negative: d.sign == .minus && !d.isZero, scale: -exponent)
  }

  /// The units of `d` at this column's scale, or nil when it has more decimals or does not fit.
  public func units(exactly d: Decimal) -> Int64? {
    var probe = ScaledNumbers()
    probe.scale = scale
    guard probe.append(d), probe.scale == scale else { return nil }
    return probe.units[0]
  }

  /// The rows at `indices`, in that order.
  public func gathering(_ indices: [Int]) -> ScaledNumbers {
    var result = self
    result.units = indices.map { units[$0] }
    return result
  }

  /// Multiplies every unit by 10^(`newScale` − `scale`).
  /// - Returns: false, changing nothing, when a number would overflow.
  private mutating func rescale(to newScale: Int) -> Bool {
    let factor = Int64(ScaledNumbers.powers[newScale - scale])
    var rescaled = units
    for i in rescaled.indices where rescaled[i] != ScaledNumbers.null {
      let (u, overflow) = rescaled[i].multipliedReportingOverflow(by: factor)
      guard !overflow, u != ScaledNumbers.null else { return false }
      rescaled[i] = u
    }
    units = rescaled
    scale = newScale
    return true
  }

  /// 10^0 … 10^18.
  static let powers: [UInt64] = (0...maximumScale).map { (0..<$0).reduce(UInt64(1)) { p, _ in p * 10 } }

  private static let largestSignificand = Decimal(UInt64(Int64.max))
}
