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
