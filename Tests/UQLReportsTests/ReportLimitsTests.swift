import Foundation
import Testing
import UQLValues

@testable import UQLReports

/// The report reader's documented caps, and damaged text that must not become a wrong dataset.
@Suite struct ReportLimitsTests {
  @Test func fileLargerThanTheCapIsAnError() {
    let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: ReportReader.maximumFileSize + 1)
    let result = ReportReader.read(bytes: bytes, file: "stor.txt")
    #expect(throws: ReportError.tooLarge(file: "stor.txt", bytes: bytes.count, limit: ReportReader.maximumFileSize)) {
      try result.get()
    }
  }

  @Test func lineLongerThanTheCapIsAnError() {
    let bytes = Array("Rapport\n".utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: 1_000_001) + [10]
    let result = ReportReader.read(bytes: bytes, file: "rad.txt")
    #expect(throws: ReportError.lineTooLong(file: "rad.txt", line: 2, length: 1_000_001, limit: 1_000_000)) {
      try result.get()
    }
  }

  @Test func mostlyUTF8WithADamagedByteStaysUTF8() {
    let bytes = Array("Aktivitet pågår, målet nås ".utf8) + [0xFF] + Array(" – klar".utf8)
    let (text, encoding) = TextDecoding.decode(bytes)
    #expect(encoding == .utf8)
    #expect(text == "Aktivitet pågår, målet nås \u{FFFD} – klar")
  }

  @Test func windows1252StaysWindows1252() {
    let bytes: [UInt8] = Array("Aktivitet p".utf8) + [0xE5] + Array("g".utf8) + [0xE5] + Array("r".utf8)
    let (text, encoding) = TextDecoding.decode(bytes)
    #expect(encoding == .windows1252)
    #expect(text == "Aktivitet pågår")
  }

  @Test func damagedBytesAreAWarning() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Examples/reports/003_715690af77561aa4.txt")
    var bytes = try Array(Data(contentsOf: url))
    bytes.insert(contentsOf: [0xFF, 0xFE], at: bytes[(bytes.count / 3)...].firstIndex(of: 10)!)
    let reading = try ReportReader.read(bytes: bytes, file: "003.txt").get()
    #expect(reading.encoding == .utf8)
    #expect(
      reading.diagnostics.contains { $0.level == .warning && $0.message.hasPrefix("2 characters could not be decoded") }
    )
  }
}
