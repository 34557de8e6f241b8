import Foundation
import Testing

@testable import UQLCommandLine

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

  /// The check maps the address space (a system call no optimiser removes): a size no process
  /// can have is refused, a small one granted.
  @Test func theCheckAsksTheSystem() {
    #expect(!MemoryCheck.canAllocate(1 << 60))
    #expect(MemoryCheck.canAllocate(1 << 20))
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

  /// A join within the row limit whose result would not fit is an error naming its rows and
  /// memory, exit status 1, before any row is made.
  @Test func aJoinTooLargeForTheMemoryIsAnErrorNotACrash() throws {
    let dir = try ScriptTests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("j.csv").path
    try ("nyckel,n,t\n" + (0..<4000).map { "a,\($0),x\($0)\n" }.joined()).write(toFile: file, atomically: true, encoding: .utf8)
    let result = try Self.run(["--data", file, "-e", "j | join j on nyckel | count"])
    #expect(result.status == 1)
    #expect(result.stdout == "")
    #expect(result.stderr.hasPrefix("<query>:1:5: error: join would give 16000000 rows, about "))
    #expect(result.stderr.contains(" MB of memory, more than uql can have\n"))
    let fits = try Self.run(["--data", file, "-e", "j | where n < 10 | join j on nyckel | count"])
    #expect(fits == .init(stdout: "antal\n40000\n", stderr: "", status: 0))
  }

  @Test func aControlGroupsLimitIsTheRoomLeftUnderItsUsageTheLeastOnThePathWinning() {
    // v1: the process's group and the one above it both have limits; the page cache it may give
    // back counts as room. The hierarchy's root has none.
    let v1: [String: String] = [
      "/sys/fs/cgroup/memory/docker/abc/memory.limit_in_bytes": "209715200\n",
      "/sys/fs/cgroup/memory/docker/abc/memory.usage_in_bytes": "104857600\n",
      "/sys/fs/cgroup/memory/docker/abc/memory.stat": "cache 0\ntotal_inactive_file 4857600\n",
      "/sys/fs/cgroup/memory/docker/memory.limit_in_bytes": "1073741824\n",
      "/sys/fs/cgroup/memory/docker/memory.usage_in_bytes": "1000000000\n",
      "/sys/fs/cgroup/memory/memory.limit_in_bytes": "9223372036854771712\n",
      "/sys/fs/cgroup/memory/memory.usage_in_bytes": "5000000000\n",
    ]
    let membership = "5:cpuset:/\n4:memory:/docker/abc\n0::/\n"
    #expect(ControlGroupMemory.room(membership: membership) { v1[$0] } == 73_741_824)
    // v2: `max` is no limit; a container's namespace shows its own group as the root.
    let v2: [String: String] = [
      "/sys/fs/cgroup/memory.max": "536870912\n", "/sys/fs/cgroup/memory.current": "36870912\n",
      "/sys/fs/cgroup/user.slice/memory.max": "max\n", "/sys/fs/cgroup/user.slice/memory.current": "1\n",
    ]
    #expect(ControlGroupMemory.room(membership: "0::/user.slice\n") { v2[$0] } == 500_000_000)
    #expect(ControlGroupMemory.room(membership: "0::/\n") { _ in "max\n" } == nil)
    #expect(ControlGroupMemory.room(membership: "garbage") { _ in nil } == nil)
    // Over the limit already: no room, never a negative one.
    #expect(ControlGroupMemory.room(limit: "100", usage: "150", stat: nil, inactive: "inactive_file") == 0)
  }

  /// A control group of our own with a memory limit, where this machine lets us make one (root,
  /// cgroup v1's memory hierarchy writable), else nil.
  static func limitedGroup(bytes: Int) -> String? {
    let group = "/sys/fs/cgroup/memory/uql-test-\(getpid())"
    guard mkdir(group, 0o755) == 0 || errno == EEXIST else { return nil }
    guard (try? "\(bytes)".write(toFile: group + "/memory.limit_in_bytes", atomically: false, encoding: .utf8)) != nil
    else {
      rmdir(group)
      return nil
    }
    return group
  }

  /// Without the check, the kernel kills uql (status 137, no message) while it reads the table.
  @Test func aTableTooLargeForTheControlGroupsLimitIsAnErrorNotAKill() throws {
    guard let group = Self.limitedGroup(bytes: 120 << 20) else {
      print("skipped: no control group with a memory limit can be made here (needs root and cgroup v1 memory)")
      return
    }
    defer { rmdir(group) }
    let dir = try ScriptTests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let line = Data("rapport,aktivitet,status,år\nr1,Aktivitet med en text av något slag,pågår,2019\n".utf8)
    let big = dir.appendingPathComponent("stor.csv").path
    var data = Data(capacity: 64_000_000)
    while data.count + line.count <= 64_000_000 { data.append(line) }
    try data.write(to: URL(fileURLWithPath: big))
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = [
      "-c", "echo $$ > \(group)/cgroup.procs && exec \"$0\" \"$@\"", UQLProcess.binary.path, "--data", big, "-e",
      "stor | count",
    ]
    process.environment = ProcessInfo.processInfo.environment.merging(["UQL_CACHE": "off"]) { $1 }
    let errors = Pipe()
    process.standardOutput = FileHandle.nullDevice
    process.standardError = errors
    try process.run()
    let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationReason == .exit && process.terminationStatus == 1)
    #expect(
      stderr.hasPrefix(
        "uql: error: \(big): file is \(data.count) bytes; reading it needs about \(4 * data.count) bytes of memory, "
          + "more than uql can have\n"))
  }
}
