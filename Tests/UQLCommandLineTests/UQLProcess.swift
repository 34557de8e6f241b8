import Foundation

/// Runs the real `uql` binary as a subprocess, the way shell scripts use it.
struct UQLProcess {
  struct Output: Equatable {
    var stdout: String
    var stderr: String
    var status: Int32
  }

  /// The repository root, for paths to Examples and fixtures.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The `uql` built beside the test bundle.
  static let binary: URL = {
    let bundle = URL(fileURLWithPath: CommandLine.arguments[0])
    var dir = bundle.deletingLastPathComponent()
    // The test runner may be inside the .xctest bundle directory on some platforms.
    for _ in 0..<3 {
      let candidate = dir.appendingPathComponent("uql")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      dir = dir.deletingLastPathComponent()
    }
    return root.appendingPathComponent(".build/debug/uql")
  }()

  /// A report cache private to this test process.
  static let cacheDirectory = TestDirectories.root.appendingPathComponent("test-cache")

  /// Runs `uql arguments…` with `stdin` as input, in `directory`.
  static func run(
    _ arguments: [String], stdin: String = "", environment: [String: String] = [:], in directory: URL = root
  ) throws -> Output {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var env = ProcessInfo.processInfo.environment
    env["COLUMNS"] = nil
    // A UTF-8 locale, so charts draw with Unicode unless a test says otherwise.
    env["LANG"] = "C.UTF-8"
    env["LC_ALL"] = nil
    env["LC_CTYPE"] = nil
    // The report cache of this test run, not the developer's.
    env["UQL_CACHE"] = cacheDirectory.path
    for (k, v) in environment { env[k] = v }
    process.environment = env
    let input = Pipe()
    let output = Pipe()
    let error = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = error
    try process.run()
    input.fileHandleForWriting.write(Data(stdin.utf8))
    try input.fileHandleForWriting.close()
    // Read both pipes concurrently so a large stderr cannot block the process.
    let group = DispatchGroup()
    nonisolated(unsafe) var errData = Data()
    group.enter()
    DispatchQueue.global().async {
      errData = error.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return Output(
      stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self),
      status: process.terminationStatus)
  }
}
