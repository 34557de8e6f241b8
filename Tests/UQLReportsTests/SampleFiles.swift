import Foundation

/// The bundled sample reports and gold files, found relative to this source file.
enum SampleFiles {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static let names = [
    "000_2fb47e370365774c.txt", "001_ad0398bc00775623.txt", "002_c4a8162e49eb91a7.txt",
    "003_715690af77561aa4.txt", "004_613fd07682d45335.txt",
  ]

  static func bytes(_ name: String) throws -> [UInt8] {
    Array(try Data(contentsOf: root.appendingPathComponent("Examples/reports/\(name)")))
  }

  static func report(_ prefix: String) throws -> (name: String, bytes: [UInt8]) {
    let name = names.first { $0.hasPrefix(prefix) } ?? prefix
    return (name, try bytes(name))
  }

  static func gold(_ name: String) throws -> [[String]] {
    let text = try String(
      contentsOf: root.appendingPathComponent("Tests/UQLReportsTests/Fixtures/gold/\(name)"), encoding: .utf8)
    return text.split(separator: "\n", omittingEmptySubsequences: true)
      .dropFirst()
      .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
  }
}
