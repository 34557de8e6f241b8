import Foundation
import Testing

/// Results are never lost silently: a failed write is an error, a partial `.output` file never
/// replaces the old one, and devices, links and permissions survive `.output`.
@Suite struct OutputSafetyTests {
  static let hasDevFull = FileManager.default.fileExists(atPath: "/dev/full")

  func temporaryDirectory() throws -> URL {
    let dir = TestDirectories.unique("output")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
  }

  @Test(.enabled(if: hasDevFull)) func fullDiskOnStandardOutputIsAnError() throws {
    let process = Process()
    process.executableURL = UQLProcess.binary
    process.arguments = ["--data", "Examples/reports", "-e", "aktiviteter", "--format", "csv"]
    process.currentDirectoryURL = UQLProcess.root
    process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 1)
    #expect(message == "uql: error: cannot write the results: no space left on device\n")
  }

  @Test(.enabled(if: hasDevFull)) func outputToADeviceWritesInPlace() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try ".output /dev/full\naktiviteter\n".write(
      to: dir.appendingPathComponent("s.uql"), atomically: true, encoding: .utf8)
    let output = try UQLProcess.run(["-f", dir.appendingPathComponent("s.uql").path])
    #expect(output.status == 1)
    #expect(output.stderr.contains("no space left on device"))
    let type = try FileManager.default.attributesOfItem(atPath: "/dev/full")[.type] as? FileAttributeType
    #expect(type == .typeCharacterSpecial)
  }

  @Test func outputThroughALinkKeepsTheLinkAndThePermissions() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let target = dir.appendingPathComponent("resultat.csv")
    try "gammalt\n".write(to: target, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: target.path)
    try FileManager.default.createSymbolicLink(
      atPath: dir.appendingPathComponent("länk.csv").path, withDestinationPath: "resultat.csv")
    let output = try UQLProcess.run(
      ["--format", "csv", "-e", ".output länk.csv\naktiviteter | count"], in: dir)
    #expect(output.status == 0, "\(output.stderr)")
    let link = try FileManager.default.destinationOfSymbolicLink(atPath: dir.appendingPathComponent("länk.csv").path)
    #expect(link == "resultat.csv")
    #expect(try String(contentsOf: target, encoding: .utf8) == "antal\n224\n")
    let mode = try FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions] as? NSNumber
    #expect(mode?.intValue == 0o600)
  }
}
