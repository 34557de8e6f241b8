import Foundation
import Testing

@testable import UQLCommandLine

/// Temporary files never outlive their run: a signal removes them, and what `kill -9` left is
/// pruned by the next run; SIGQUIT ends uql; a pipe planted in the cache cannot hang it.
@Suite struct TemporaryFileTests {
  /// The id of a process that has ended.
  static func deadProcessID() throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/true")
    try process.run()
    process.waitUntilExit()
    return process.processIdentifier
  }

  static func plant(_ names: [String], in dir: URL, age: TimeInterval = 0) throws {
    for name in names {
      let path = dir.appendingPathComponent(name).path
      #expect(FileManager.default.createFile(atPath: path, contents: Data("x".utf8)))
      try FileManager.default.setAttributes([.modificationDate: Date() - age], ofItemAtPath: path)
    }
  }

  static func names(in dir: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
  }

  @Test func pruningRemovesWhatDeadProcessesLeftAndNothingElse() throws {
    let dir = try ScriptTests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let dead = try Self.deadProcessID()
    let alive = getppid()
    let stale = [
      "rapporter-ab.uqldata.uql-\(dead)-AbC123.tmp", "rapporter-ab.uqldata.\(dead).tmp",
      ".dat.nosync\(String(dead, radix: 16, uppercase: true)).x1Y2z3",
    ]
    let kept = [
      "rapporter-ab.uqldata.uql-\(alive)-AbC123.tmp", "rapporter-ab.uqldata.uql-\(getpid())-AbC123.tmp",
      ".dat.nosync\(String(alive, radix: 16, uppercase: true)).x1Y2z3", "rapporter-ab.uqldata", "notes.\(dead).tmp",
      "rapporter-ab.uqldata.uql-x-AbC123.tmp",
    ]
    try Self.plant(stale + kept, in: dir)
    // A directory of a temporary's name is no file of ours.
    try FileManager.default.createDirectory(
      at: dir.appendingPathComponent("rapporter-cd.uqldata.\(dead).tmp"), withIntermediateDirectories: false)
    let removed = TemporaryFile.pruneStale(in: dir.path, prefix: "rapporter-", legacy: [.processID, .foundation])
    #expect(removed.sorted() == stale.sorted())
    #expect(try Self.names(in: dir) == (kept + ["rapporter-cd.uqldata.\(dead).tmp"]).sorted())
  }

  @Test func aTemporaryWithoutAProcessIdIsStaleAfterAnHour() throws {
    let dir = try ScriptTests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    // mkstemps's six characters, an hour old: stale; younger, or another name: kept.
    try Self.plant(["history.Old123.tmp", "history.toolong1.tmp", "other.Old123.tmp"], in: dir, age: 2 * 3600)
    try Self.plant(["history.New123.tmp"], in: dir, age: 60)
    #expect(TemporaryFile.pruneStale(in: dir.path, prefix: "history.", legacy: [.random]) == ["history.Old123.tmp"])
    #expect(try Self.names(in: dir) == ["history.New123.tmp", "history.toolong1.tmp", "other.Old123.tmp"])
  }

  @Test func theNextRunPrunesTheCacheOutputAndHistoryTemporaries() throws {
    let dir = try ScriptTests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let cache = dir.appendingPathComponent("cache")
    try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: false)
    let dead = try Self.deadProcessID()
    try Self.plant(
      ["rapporter-0.uqldata.\(dead).tmp", ".dat.nosync\(String(dead, radix: 16)).abcdef"], in: cache)
    try Self.plant([".ut.csv.uql-\(dead).tmp", ".ut.csv.uql-\(dead)-q1w2e3.tmp"], in: dir)
    let r = try UQLProcess.run(
      ["--format", "csv", "-e", ".output ut.csv\naktiviteter | count"], environment: ["UQL_CACHE": cache.path],
      in: dir)
    #expect(r == .init(stdout: "", stderr: "", status: 0))
    #expect(try Self.names(in: dir) == ["cache", "ut.csv"])
    #expect(try Self.names(in: cache).count == 1 && Self.names(in: cache)[0].hasSuffix(".uqldata"))
    // The history: pruned under its lock when the shell next saves an entry.
    let history = dir.appendingPathComponent("history").path
    // (`history.PID.tmp` as versions before wrote it too.)
    try Self.plant(["history.uql-\(dead)-a1b2c3.tmp", "history.a1b2c3.tmp", "history.\(dead).tmp"], in: dir, age: 2 * 3600)
    try HistoryFile(path: history).append("aktiviteter")
    #expect(try Self.names(in: dir) == ["cache", "history", "history.lock", "ut.csv"])
  }

  /// Runs uql with a `.output` file open and stdin held open, so it waits with the temporary in
  /// place; sends `signal` and returns how it ended, stderr, and what is left in the directory.
  static func interrupted(by signal: Int32) throws -> (
    status: Int32, reason: Process.TerminationReason, stderr: String, left: [String]
  ) {
    let dir = try ScriptTests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let process = Process()
    process.executableURL = UQLProcess.binary
    process.arguments = [
      "--data", UQLProcess.root.appendingPathComponent("Examples/data").path, "-e",
      ".output ut.csv\naktiviteter | count\n.read /dev/stdin",
    ]
    process.currentDirectoryURL = dir
    process.environment = ProcessInfo.processInfo.environment.merging(["UQL_CACHE": "off"]) { $1 }
    let input = Pipe()
    let errors = Pipe()
    process.standardInput = input
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let deadline = Date() + 20
    while try Self.names(in: dir).isEmpty, Date() < deadline { usleep(20_000) }
    #expect(try Self.names(in: dir).first?.hasPrefix(".ut.csv.uql-\(process.processIdentifier)-") == true)
    kill(process.processIdentifier, signal)
    let ending = Date() + 20
    while process.isRunning, Date() < ending { usleep(20_000) }
    if process.isRunning {
      Issue.record("uql went on after signal \(signal)")
      kill(process.processIdentifier, SIGKILL)
    }
    let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    try input.fileHandleForWriting.close()
    return (process.terminationStatus, process.terminationReason, stderr, try Self.names(in: dir))
  }

  @Test(arguments: [SIGINT, SIGTERM, SIGHUP, SIGQUIT])
  func aSignalRemovesTheTemporaryAndEndsUql(signal: Int32) throws {
    let ended = try Self.interrupted(by: signal)
    #expect(ended.reason == .uncaughtSignal)
    #expect(ended.status == signal)
    // No crash report (SIGQUIT ran the Swift runtime's, and uql went on), nothing left behind.
    #expect(ended.stderr == "")
    #expect(ended.left == [])
  }

  @Test func aPipeAsTheCacheEntryIsPassedOverAndReplaced() throws {
    let cache = try ScriptTests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: cache) }
    let query = ["-e", "aktiviteter | count"]
    let first = try UQLProcess.run(query, environment: ["UQL_CACHE": cache.path])
    let entry = try #require(try Self.names(in: cache).first { $0.hasSuffix(".uqldata") })
    let path = cache.appendingPathComponent(entry).path
    try FileManager.default.removeItem(atPath: path)
    #expect(mkfifo(path, 0o600) == 0)
    let second = try UQLProcess.run(query, environment: ["UQL_CACHE": cache.path])
    #expect(second.stdout == first.stdout && second.status == 0)
    #expect(second.stderr == "uql: note: the cache entry \"\(path)\" is not a regular file; reading the reports\n")
    let type = try FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType
    #expect(type == .typeRegular)
    #expect(try UQLProcess.run(query, environment: ["UQL_CACHE": cache.path]) == first)
  }
}
