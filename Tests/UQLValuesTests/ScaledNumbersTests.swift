import Foundation
import Testing
import UQLValues

@Suite struct ScaledNumbersTests {
  static func decimal(_ text: String) -> Decimal { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))! }

  /// The bytes of a decimal: the scaled form must give the very same decimals, not just equal ones.
  static func bytes(_ d: Decimal) -> [UInt8] { withUnsafeBytes(of: d) { Array($0) } }

  @Test func mixedScalesShareTheLargest() throws {
    let decimals: [Decimal?] = [Self.decimal("1"), Self.decimal("2.5"), nil, Self.decimal("-0.125"), Self.decimal("0")]
    let scaled = try #require(ScaledNumbers(decimals))
    #expect(scaled.scale == 3)
    #expect(scaled.units == [1000, 2500, ScaledNumbers.null, -125, 0])
    for (row, d) in decimals.enumerated() {
      #expect(scaled[row] == d)
      #expect(scaled[row].map(Self.bytes) == d.map(Self.bytes))
      #expect(scaled[row]?.description == d?.description)
    }
  }

  @Test func parsedNumbersComeBackAsTheParserMadeThem() throws {
    for text in ["84964,30", "-6,0", "0,001", "-0,0", "1 234 567,25", "9223372036854775807", "-9223372036854775807"] {
      let parsed = try #require(SwedishNumber.parse(text))
      let scaled = try #require(ScaledNumbers([parsed.value]))
      #expect(Self.bytes(scaled[0]!) == Self.bytes(parsed.value), "\(text)")
    }
  }

  @Test(arguments: [
    "9223372036854775808",  // beyond Int64
    "-9223372036854775808",  // Int64.min is the null marker
    "0.0000000000000000001",  // 19 decimals
    "1e30",
    "123456789012345678901234567890",
  ])
  func numbersThatDoNotFitAreRefused(text: String) {
    #expect(ScaledNumbers([Self.decimal(text)]) == nil)
    guard case .numbers = ColumnStorage(numbers: [Self.decimal(text), 1]) else {
      Issue.record("\(text) did not stay a decimal")
      return
    }
  }

  @Test func nanIsRefused() {
    #expect(ScaledNumbers([Decimal.nan]) == nil)
  }

  @Test func rescalingThatOverflowsIsRefused() {
    // Fits at scale 0, not at scale 1 once 0.5 arrives.
    #expect(ScaledNumbers([Self.decimal("922337203685477581"), Self.decimal("0.5")]) == nil)
    let fits = ScaledNumbers([Self.decimal("92233720368547758"), Self.decimal("0.5")])
    #expect(fits?.units == [922_337_203_685_477_580, 5])
  }

  @Test func positiveExponentsBecomeUnits() throws {
    let scaled = try #require(ScaledNumbers([Self.decimal("1e5"), Self.decimal("-120")]))
    #expect(scaled.scale == 0)
    #expect(scaled.units == [100_000, -120])
  }

  @Test func appendRefusesWithoutChanging() {
    var scaled = ScaledNumbers()
    let first = scaled.append(significand: 15, negative: true, scale: 1)
    let beyondInt64 = scaled.append(significand: UInt64(Int64.max), negative: false, scale: 0)
    let tooManyDecimals = scaled.append(significand: 1, negative: false, scale: 19)
    #expect(first && !beyondInt64 && !tooManyDecimals)
    #expect(scaled.units == [-15])
    #expect(scaled.scale == 1)
  }

  @Test func unitsOfConstants() throws {
    let scaled = try #require(ScaledNumbers([Self.decimal("1.25")]))
    #expect(scaled.units(exactly: 3) == 300)
    #expect(scaled.units(exactly: Self.decimal("-0.5")) == -50)
    #expect(scaled.units(exactly: Self.decimal("1.005")) == nil)
    #expect(scaled.units(exactly: Self.decimal("1e40")) == nil)
  }

  @Test func gatheringKeepsTheScale() throws {
    let scaled = try #require(ScaledNumbers([Self.decimal("1.5"), nil, 3]))
    let gathered = scaled.gathering([2, 1, 0, 0])
    #expect(gathered.scale == 1)
    #expect(gathered.units == [30, ScaledNumbers.null, 15, 15])
  }
}

@Suite struct DecimalPartsTests {
  static let samples: [Decimal] = {
    var samples: [Decimal] = [
      0, 1, -1, Decimal.greatestFiniteMagnitude, -Decimal.greatestFiniteMagnitude, Decimal.leastNonzeroMagnitude,
      ScaledNumbersTests.decimal("22222.22222222222222222"), ScaledNumbersTests.decimal("1e120"),
      ScaledNumbersTests.decimal("-123456789012345678901234567890123456"),
      ScaledNumbersTests.decimal("0.1234567890123456789"), ScaledNumbersTests.decimal("1e-100"),
      ScaledNumbersTests.decimal("18446744073709551616"),
      ScaledNumbersTests.decimal("99999999999999999999999999999999999999"),
    ]
    // Results of arithmetic: long divisions, products and sums of them.
    var x = Decimal(1)
    for k in 1...60 {
      x = x * Decimal(k) / Decimal(7) + Decimal(sign: .minus, exponent: -k % 20, significand: Decimal(k * 37))
      samples.append(x)
      samples.append(Decimal(k) / Decimal(3))
    }
    return samples
  }()

  @Test func everyDecimalComesBackTheSame() throws {
    for d in Self.samples where !d.isNaN {
      let parts = try #require(DecimalParts(d), "\(d)")
      let back = try #require(parts.decimal, "\(d)")
      #expect(ScaledNumbersTests.bytes(back) == ScaledNumbersTests.bytes(d), "\(d)")
    }
  }

  @Test func trailingZerosGoToTheExponent() throws {
    #expect(
      DecimalParts(ScaledNumbersTests.decimal("1200")) == DecimalParts(negative: false, significand: 12, exponent: 2))
    #expect(
      DecimalParts(ScaledNumbersTests.decimal("-0.050")) == DecimalParts(negative: true, significand: 5, exponent: -2))
    #expect(DecimalParts(0) == DecimalParts(negative: false, significand: 0, exponent: 0))
    #expect(DecimalParts(Decimal.nan) == nil)
  }

  @Test func outOfRangePartsAreNil() {
    #expect(DecimalParts(negative: false, significand: 1, exponent: 200).decimal == nil)
    #expect(DecimalParts(negative: false, significand: 1, exponent: -200).decimal == nil)
    #expect(DecimalParts(negative: false, significand: 10, exponent: 127).decimal == nil)
  }
}
