import Foundation
import Testing

/// Runs every query script in Examples/ and compares its output with the golden file beside it.
///
/// `Examples/NAME.uql` runs as `uql -f NAME.uql ARGS` in Examples/, where ARGS come from a first
/// line `-- args: …`. Expected stdout is `NAME.out`; a script expected to fail has `NAME.err`
/// (stderr) and its first line `-- exit: N`. Re-record with `UQL_RECORD=1 swift test`.
@Suite struct ExamplesTests {
  static let directory = UQLProcess.root.appendingPathComponent("Examples")

  static var scripts: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
      .filter { $0.hasSuffix(".uql") }.sorted()
  }

  static func header(_ script: String, _ key: String) -> String? {
    let text = (try? String(contentsOf: directory.appendingPathComponent(script), encoding: .utf8)) ?? ""
    for line in text.split(separator: "\n").prefix(5) where line.hasPrefix("-- \(key):") {
      return line.dropFirst("-- \(key):".count).trimmingCharacters(in: .whitespaces)
    }
    return nil
  }

  @Test(arguments: scripts)
  func example(_ script: String) throws {
    let args = (Self.header(script, "args") ?? "").split(separator: " ").map(String.init)
    let expectedStatus = Int32(Self.header(script, "exit") ?? "0") ?? 0
    let result = try UQLProcess.run(["-f", script] + args, in: Self.directory)
    let stem = String(script.dropLast(4))
    let outURL = Self.directory.appendingPathComponent(stem + ".out")
    let errURL = Self.directory.appendingPathComponent(stem + ".err")
    if ProcessInfo.processInfo.environment["UQL_RECORD"] == "1" {
      try result.stdout.write(to: outURL, atomically: true, encoding: .utf8)
      if expectedStatus != 0 { try result.stderr.write(to: errURL, atomically: true, encoding: .utf8) }
    }
    #expect(result.status == expectedStatus, "stderr: \(result.stderr)")
    #expect(result.stdout == (try String(contentsOf: outURL, encoding: .utf8)))
    if expectedStatus != 0 {
      #expect(result.stderr == (try String(contentsOf: errURL, encoding: .utf8)))
    } else {
      #expect(result.stderr == "")
    }
  }

  @Test func thereAreExamples() {
    #expect(Self.scripts.count >= 5)
  }
}
