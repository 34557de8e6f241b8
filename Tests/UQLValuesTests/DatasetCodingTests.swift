import Foundation
import Testing
import UQLValues

@Suite struct DatasetCodingTests {
  static let datasets: [Dataset] = {
    let table = Table(
      names: ["namn", "status", "n", "belopp", "datum", "ok", "unik"],
      types: [.text, .enumeration(.activityStatus), .integer, .number, .date, .boolean, .text],
      rows: (0..<40).map { i in
        [
          .text(["Hög attraktivitet", "Fler i arbete"][i % 2]), .text(["pågår", "klar", "okänd"][i % 3]),
          i % 5 == 0 ? .null : .integer(i - 20), i % 7 == 0 ? .null : .number(Decimal(i) / 8 - 2),
          .date(Day(year: 2018 + i % 3, month: 1 + i % 12, day: 1 + i % 28)!),
          i % 4 == 0 ? .null : .boolean(i % 2 == 0),
          .text("rad \(i) \u{1B}[31m"),
        ]
      })
    return [
      Dataset(name: "aktiviteter", table: table, origin: "test"),
      Dataset(name: "tom", table: Table(columns: [], rowCount: 0), origin: ""),
    ]
  }()

  func rows(_ d: Dataset) -> [[Value]] { (0..<d.table.rowCount).map { d.table.row($0) } }

  @Test func roundTripKeepsEveryValueTypeAndStorage() throws {
    let decoded = try DatasetCoding.decode(DatasetCoding.encode(Self.datasets))
    #expect(decoded.map(\.name) == ["aktiviteter", "tom"])
    #expect(decoded[0].table.columns.map(\.type) == Self.datasets[0].table.columns.map(\.type))
    #expect(rows(decoded[0]) == rows(Self.datasets[0]))
    #expect(decoded[0].origin == "test")
  }

  /// Found by the cache fuzz target: numbers went through the 12-decimal display format, so a
  /// cached run saw 22222.222222222222 where an uncached one saw 22222.22222222222222222.
  @Test(arguments: [
    "22222.22222222222222222", "0.1234567890123456789", "-3.00000000000001", "1e120",
    "123456789012345678901234567890123456",
  ])
  func numbersKeepEveryDigit(text: String) throws {
    let d = try #require(Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")))
    let table = Table(names: ["x"], types: [.number], rows: [[.number(d)]])
    let decoded = try DatasetCoding.decode(DatasetCoding.encode([Dataset(name: "t", table: table, origin: "")]))
    #expect(decoded[0].table.row(0) == [.number(d)])
  }

  /// Scaled numbers stay scaled and decimals stay decimals, with every value (NaN included).
  @Test func numberStoragesRoundTrip() throws {
    let scaled = try #require(
      ScaledNumbers([1, nil, Decimal(string: "-2.75"), Decimal(string: "-92233720368547758.07"), 0, 0.5]))
    let decimals: [Decimal?] = [
      Decimal.nan, nil, Decimal(string: "1e120"), Decimal(1) / Decimal(3), -Decimal.greatestFiniteMagnitude, 0,
    ]
    let table = Table(
      columns: [
        Column(name: "s", type: .number, storage: .scaledNumbers(scaled)),
        Column(name: "d", type: .number, storage: .numbers(decimals)),
      ], rowCount: 6)
    let decoded = try DatasetCoding.decode(DatasetCoding.encode([Dataset(name: "t", table: table, origin: "")]))[0]
    guard case .scaledNumbers(let s) = decoded.table.columns[0].storage,
      case .numbers(let d) = decoded.table.columns[1].storage
    else {
      Issue.record("number storage changed")
      return
    }
    #expect(s.units == scaled.units)
    #expect(s.scale == scaled.scale)
    #expect(d[0]?.isNaN == true)
    #expect(Array(d[1...]) == Array(decimals[1...]))
  }

  @Test func filesOfAnotherVersionAreRejected() {
    var bytes = DatasetCoding.encode(Self.datasets)
    bytes.replaceSubrange(0..<8, with: Array("UQLDATA2".utf8))
    bytes.removeLast(8)
    let sum = DatasetCoding.checksum(bytes)
    for k in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: sum >> (8 * UInt64(k)))) }
    let error = #expect(throws: DatasetCoding.DecodingError.self) { try DatasetCoding.decode(bytes) }
    #expect(error?.message == "not a uql dataset file")
  }

  @Test func everyTruncationAndManyFlipsAreErrorsNotTraps() {
    let bytes = DatasetCoding.encode(Self.datasets)
    for cut in stride(from: 0, to: bytes.count, by: 7) {
      #expect(throws: DatasetCoding.DecodingError.self) { try DatasetCoding.decode(Array(bytes.prefix(cut))) }
    }
    for position in stride(from: 0, to: bytes.count, by: 11) {
      var damaged = bytes
      damaged[position] ^= 0x5A
      #expect(throws: DatasetCoding.DecodingError.self) { try DatasetCoding.decode(damaged) }
    }
  }
}
