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

/// Mutates valid files byte by byte with a fixed seed and reads every variant in every format.
@Suite struct MutationTests {
  static let seeds = [
    "a,b,status\n\"x\n\"\"y\",3,4\n1,\"2,5\",pågår\r\n",
    "a\tb\n\\t\\N\t7\n",
    "[{\"a\": [1, {\"b\": \"\\u00e5\\ud83d\\udc4d\"}], \"c\": -1.5e3}, {\"d\": null}]",
    "{\"a\": 1}\n{\"b\": true}\n",
  ]

  @Test(arguments: seeds)
  func mutatedInputNeverTraps(seed: String) {
    var random = SplitMix(state: 42)
    let original = Array(seed.utf8)
    let interesting: [UInt8] = [0x22, 0x2C, 0x0A, 0x0D, 0x09, 0x5C, 0x5B, 0x7B, 0x5D, 0x7D, 0x00, 0xE5, 0xC3, 0x80]
    for _ in 0..<1500 {
      var bytes = original
      for _ in 0..<(1 + Int(random.next() % 3)) {
        let i = Int(random.next() % UInt64(bytes.count))
        switch random.next() % 3 {
        case 0: bytes[i] = interesting[Int(random.next() % UInt64(interesting.count))]
        case 1: bytes.remove(at: i)
        default: bytes.insert(UInt8(truncatingIfNeeded: random.next()), at: i)
        }
        if bytes.isEmpty { bytes = [0x22] }
      }
      for format in [TabularFormat.csv, .tsv, .json, .ndjson] {
        _ = try? TabularReader.read(bytes, format: format)
      }
    }
  }
}

/// A small deterministic random number generator for the mutation tests.
struct SplitMix {
  var state: UInt64

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
