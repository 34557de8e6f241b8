import Foundation
import Testing

@testable import UQLCommandLine

/// The reports compiled into the binary are exactly the files in Examples/reports.
///
/// After changing a file there, regenerate with `UQL_RECORD=1 swift test --filter BundledReports`.
@Suite struct BundledReportsTests {
  static let directory = UQLProcess.root.appendingPathComponent("Examples/reports")
  static let source = UQLProcess.root.appendingPathComponent("Sources/UQLCommandLine/BundledReports.swift")

  static func files() throws -> [(name: String, data: Data)] {
    try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".txt") }.sorted()
      .map { ($0, try Data(contentsOf: directory.appendingPathComponent($0))) }
  }

  @Test func embeddedCopiesMatchExamplesReports() throws {
    let files = try Self.files()
    if ProcessInfo.processInfo.environment["UQL_RECORD"] == "1" {
      var text = """
        // Generated from Examples/reports by BundledReportsTests (UQL_RECORD=1 swift test). Do not edit.

        /// The sample reports bundled into the binary: what `uql` reads when no `--data` is given.
        enum BundledReports {
          /// File name and base64 of the bytes, in file-name order.
          static let files: [(name: String, base64: String)] = [

        """
      for file in files { text += "    (\"\(file.name)\", \"\(file.data.base64EncodedString())\"),\n" }
      text += "  ]\n}\n"
      try text.write(to: Self.source, atomically: true, encoding: .utf8)
    }
    #expect(BundledReports.files.map(\.name) == files.map(\.name))
    for (embedded, file) in zip(BundledReports.files, files) {
      #expect(Data(base64Encoded: embedded.base64) == file.data, "\(file.name) differs; re-record")
    }
  }
}
