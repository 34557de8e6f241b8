import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a program as a child process and measures it from the outside: whole-process wall time
/// and peak resident memory (from `wait4`'s resource usage), the way a user would feel it.
enum ChildProcess {
  struct Outcome {
    var status: Int32
    var milliseconds: Double
    /// Peak resident set size of the child in bytes (0 unless measured with `peakMemory`).
    var peakBytes: Int
    var standardOutput: String
    var standardError: String
  }

  enum Failure: Error, CustomStringConvertible {
    case notFound(String)
    case spawn(String, Int32)
    case failed(String, Int32, String)

    var description: String {
      switch self {
      case .notFound(let p): return "\(p): program not found"
      case .spawn(let p, let e): return "\(p): cannot start (errno \(e))"
      case .failed(let p, let s, let err): return "\(p) exited with status \(s): \(err.prefix(400))"
      }
    }
  }

  /// The full path of `program`, looked up in `PATH` unless it already holds a slash.
  static func which(_ program: String) -> String? {
    if program.contains("/") { return FileManager.default.isExecutableFile(atPath: program) ? program : nil }
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/\(program)" }
      .first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// Runs `program` with `arguments`, stdin from `input` (a file) or /dev/null.
  /// - Parameters:
  ///   - keepOutput: capture stdout (else it goes to /dev/null, so printing costs stay small).
  ///   - check: throw when the exit status is not 0.
  ///   - peakMemory: measure peak memory through GNU `time`. Our own `wait4` cannot: a child
  ///     spawned with vfork semantics starts its `ru_maxrss` at this process's size.
  static func run(
    _ program: String, _ arguments: [String], input: String? = nil, keepOutput: Bool = false,
    check: Bool = true, peakMemory: Bool = false, environment: [String: String] = [:]
  ) throws -> Outcome {
    if peakMemory, let time = which("/usr/bin/time") {
      let report = FileManager.default.temporaryDirectory.path + "/uql-bench-\(getpid())-\(Clock.now()).time"
      defer { unlink(report) }
      guard let executable = which(program) else { throw Failure.notFound(program) }
      var outcome = try run(
        time, ["-f", "%M", "-o", report, executable] + arguments, input: input, keepOutput: keepOutput,
        check: check, environment: environment)
      let kilobytes =
        (try? String(contentsOfFile: report, encoding: .utf8))?
        .split(separator: "\n").last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? 0
      outcome.peakBytes = kilobytes * 1024
      return outcome
    }
    guard let executable = which(program) else { throw Failure.notFound(program) }
    let directory = FileManager.default.temporaryDirectory.path
    let token = "\(getpid())-\(Clock.now())"
    let outPath = keepOutput ? "\(directory)/uql-bench-\(token).out" : "/dev/null"
    let errPath = "\(directory)/uql-bench-\(token).err"
    defer {
      if keepOutput { unlink(outPath) }
      unlink(errPath)
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, input ?? "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

    var env = ProcessInfo.processInfo.environment
    for (k, v) in environment { env[k] = v }
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    var pid: pid_t = 0
    let start = Clock.now()
    let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
    guard spawned == 0 else { throw Failure.spawn(program, spawned) }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    let ms = Clock.milliseconds(since: start)
    let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    let out = keepOutput ? (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "" : ""
    let err = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
    if check && exit != 0 { throw Failure.failed(program, exit, err) }
    return Outcome(
      status: exit, milliseconds: ms, peakBytes: 0, standardOutput: out,
      standardError: err)
  }
}
