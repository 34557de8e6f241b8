import Testing
import UQLSources
import UQLValues

/// Hostile input must end in a table or a ``SourceError``, never a trap.
@Suite struct RobustnessTests {
  static let inputs: [[UInt8]] = [
    [0xFF, 0xFE, 0x00], [0xFE, 0xFF, 0xD8, 0x00], [0x00], [0x00, 0x0A, 0x00, 0x0A],
    Array("a,b\n\u{0},\"\u{0}\"\n".utf8), Array("\"".utf8), Array("[".utf8), Array("{".utf8),
    Array("[{\"a\":\"\\ud800\\u0041\"}]".utf8), Array("[{\"a\":\"\\udc00\"}]".utf8),
    Array(String(repeating: "[", count: 10_000).utf8),
    Array(String(repeating: "{\"a\":", count: 10_000).utf8),
    (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 7) },
    Array("a\n-\n+\n−\n9999999999999999999999999999999999999999999999\n".utf8),
  ]

  @Test(arguments: inputs)
  func neverTraps(bytes: [UInt8]) {
    for format in [TabularFormat.csv, .tsv, .json, .ndjson] {
      _ = try? TabularReader.read(bytes, format: format)
    }
  }

  @Test func readsATenMegabyteLine() throws {
    let field = String(repeating: "x", count: 10_000_000)
    let csv = try TabularReader.read(Array("a\n\(field)\n".utf8), format: .csv)
    #expect(csv.rowCount == 1)
    let json = try TabularReader.read(Array("[{\"a\":\"\(field)\"}]".utf8), format: .json)
    #expect(json.values("a").first?.displayText?.utf8.count == 10_000_000)
    let unclosed = error(reading: "a\n\"" + field)
    #expect(unclosed == SourceError(line: 2, column: 1, message: "quote never closed (opened here)"))
  }

  @Test func unpairedSurrogatesBecomeReplacementCharacters() throws {
    let table = try read(#"[{"a":"\ud800\u0041"}]"#, .json)
    #expect(table.values("a") == [.text("\u{FFFD}A")])
  }

  @Test(arguments: ["csv", "CSV", "tsv", "tab", "json", "ndjson", "jsonl", "txt"])
  func formatsByExtension(ext: String) {
    let expected: [String: TabularFormat] = [
      "csv": .csv, "tsv": .tsv, "tab": .tsv, "json": .json, "ndjson": .ndjson, "jsonl": .ndjson,
    ]
    #expect(TabularFormat(fileExtension: ext) == expected[ext.lowercased()])
  }
}
