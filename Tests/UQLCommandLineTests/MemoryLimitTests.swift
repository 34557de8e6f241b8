import Foundation
import Testing

/// Under a limit on the address space (`ulimit -v`, `prlimit --as`), a table too large for it is
/// an error naming the file and its size, exit status 1, not an abort.
@Suite struct MemoryLimitTests {
  /// The limit, in KiB: room for uql itself and a small table, not for reading 64 MB.
  static let limit = 256 * 1024

  /// Runs uql under the limit, with stdin from `input` (a file) when given.
  static func run(_ arguments: [String], input: String? = nil) throws -> UQLProcess.Output {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", "ulimit -v \(limit) && exec \"$0\" \"$@\"", UQLProcess.binary.path] + arguments
    process.environment = ProcessInfo.processInfo.environment.merging(["UQL_CACHE": "off"]) { $1 }
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = input.flatMap { FileHandle(forReadingAtPath: $0) } ?? FileHandle.nullDevice
    try process.run()
    let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let stdout = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return .init(stdout: stdout, stderr: stderr, status: process.terminationStatus)
  }

  @Test func aTableTooLargeForTheMemoryIsAnErrorNotACrash() throws {
    let dir = try ScriptTests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let small = dir.appendingPathComponent("liten.csv").path
    try "a,b\n1,2\n".write(toFile: small, atomically: true, encoding: .utf8)
    // The limit leaves room for uql and a small table.
    let fits = try Self.run(["--data", small, "-e", "liten | count"])
    #expect(fits == .init(stdout: "antal\n1\n", stderr: "", status: 0))
    let line = Data("rapport,aktivitet,status,år\nr1,Aktivitet med en text av något slag,pågår,2019\n".utf8)
    let big = dir.appendingPathComponent("stor.csv").path
    var data = Data(capacity: 64_000_000)
    while data.count + line.count <= 64_000_000 { data.append(line) }
    try data.write(to: URL(fileURLWithPath: big))
    let size = data.count
    let file = try Self.run(["--data", big, "-e", "stor | count"])
    #expect(file.status == 1)
    #expect(
      file.stderr.hasPrefix(
        "uql: error: \(big): file is \(size) bytes; reading it needs about \(4 * size) bytes of memory, "
          + "more than uql can have\n"))
    // Many one-digit cells take far more memory than their file: counted and asked for first.
    let numbers = dir.appendingPathComponent("siffror.csv").path
    let row = Data("1,2,3,4,5,6,7,8\n".utf8)
    var digits = Data(capacity: 24_000_000)
    while digits.count + row.count <= 24_000_000 { digits.append(row) }
    try digits.write(to: URL(fileURLWithPath: numbers))
    let cells = digits.count / row.count * 8
    let short = try Self.run(["--data", numbers, "-e", "siffror | count"])
    #expect(short.status == 1)
    #expect(
      short.stderr.hasPrefix(
        "uql: error: \(numbers): file is \(digits.count) bytes; reading it needs about \(digits.count + 32 * cells) "
          + "bytes of memory, more than uql can have\n"))
    let stdin = try Self.run(["--data", "-", "-e", "stdin | count"], input: big)
    #expect(stdin.status == 1)
    #expect(
      stdin.stderr
        == "uql: error: /dev/stdin: file is \(size) bytes; reading it needs about \(5 * size) bytes of memory, "
        + "more than uql can have\n")
  }
}
