import Foundation

/// `uql` running in a real terminal: a private tmux server (its own socket), a temporary home
/// directory, keys sent with `send-keys` and the screen read with `capture-pane`.
final class TerminalSession {
  static let tmux: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }
  static var isAvailable: Bool { tmux != nil }

  struct Timeout: Error, CustomStringConvertible {
    var waitingFor: String
    var screen: String
    var description: String { "timed out waiting for \(waitingFor); the screen:\n\(screen)" }
  }

  let socket: String
  /// The home directory of the session (history and start-up file live under it).
  let home: URL
  private let ownsHome: Bool

  /// Starts `uql arguments…` in a 100×40 terminal. When it exits the pane shows `[exit N]`.
  /// - Parameters:
  ///   - home: reuse another session's home (to see its history); a new one by default.
  ///   - interactiveShell: start bash with job control instead, to type commands into.
  init(
    _ arguments: [String], home: URL? = nil, environment: [String: String] = [:], interactiveShell: Bool = false
  ) throws {
    socket = "uql-test-\(getpid())-\(UUID().uuidString.prefix(8))"
    if let home {
      self.home = home
      ownsHome = false
    } else {
      self.home = TestDirectories.unique("shell")
      try FileManager.default.createDirectory(at: self.home, withIntermediateDirectories: true)
      ownsHome = true
    }
    var env = ProcessInfo.processInfo.environment
    for key in ["TMUX", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "UQL_HISTORY", "NO_COLOR", "COLUMNS", "LINES"] {
      env[key] = nil
    }
    env["HOME"] = self.home.path
    env["LANG"] = "C.UTF-8"
    env["LC_ALL"] = "C.UTF-8"
    env["TERM"] = "xterm-256color"
    env["PS1"] = "$ "
    for (k, v) in environment { env[k] = v }
    let command =
      interactiveShell
      ? ["bash", "--norc", "--noprofile", "-i"]
      : [
        "sh", "-c", "cd \"$0\" && \"$@\"; echo \"[exit $?]\"; sleep 600", UQLProcess.root.path, UQLProcess.binary.path,
      ]
        + arguments
    try tmux(
      ["-f", "/dev/null", "new-session", "-d", "-x", "100", "-y", "40", "-s", "uql"] + command, environment: env)
  }

  deinit {
    _ = try? tmux(["kill-server"])
    if ownsHome { try? FileManager.default.removeItem(at: home) }
  }

  /// Types text literally.
  func type(_ text: String) throws { try tmux(["send-keys", "-t", "uql", "-l", text]) }

  /// Presses keys by tmux name: "Enter", "Tab", "Up", "C-c", "C-d".
  func press(_ keys: String...) throws { try tmux(["send-keys", "-t", "uql"] + keys) }

  /// Pastes text as a terminal does: all at once, each line break sent as Enter.
  func paste(_ text: String) throws {
    try tmux(["set-buffer", "-b", "paste", "--", text])
    try tmux(["paste-buffer", "-b", "paste", "-t", "uql"])
  }

  /// Resizes the terminal, as dragging a window's edge does.
  func resize(columns: Int, rows: Int = 40) throws {
    try tmux(["resize-window", "-t", "uql", "-x", String(columns), "-y", String(rows)])
  }

  /// The visible screen, trailing blank lines removed.
  func screen() throws -> String {
    var text = try tmux(["capture-pane", "-p", "-J", "-t", "uql"])
    while text.hasSuffix("\n") { text.removeLast() }
    return text
  }

  /// The visible screen with colours as escape sequences.
  func screenWithEscapes() throws -> String {
    try tmux(["capture-pane", "-p", "-e", "-J", "-t", "uql"])
  }

  /// The last non-blank line of the screen (usually the prompt line).
  func lastLine() throws -> String {
    try screen().split(separator: "\n").last.map(String.init) ?? ""
  }

  /// Polls the screen until `condition` holds.
  /// - Throws: ``Timeout`` with the screen after `seconds`.
  @discardableResult
  func wait(for what: String, seconds: Double = 15, _ condition: (String) -> Bool) throws -> String {
    let deadline = Date(timeIntervalSinceNow: seconds)
    while true {
      let text = try screen()
      if condition(text) { return text }
      if Date() > deadline {
        let all = try tmux(["capture-pane", "-p", "-J", "-S", "-200", "-t", "uql"])
        throw Timeout(waitingFor: what, screen: all)
      }
      usleep(30_000)
    }
  }

  /// Waits until the screen contains `text`.
  @discardableResult
  func wait(forText text: String, seconds: Double = 15) throws -> String {
    try wait(for: "\"\(text)\"", seconds: seconds) { $0.contains(text) }
  }

  /// Waits until the last line is `line` exactly (ignoring trailing blanks).
  func wait(forLastLine line: String, seconds: Double = 15) throws {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    try wait(for: "the last line \"\(line)\"", seconds: seconds) {
      ($0.split(separator: "\n").last.map(String.init) ?? "").trimmingCharacters(in: .whitespaces) == trimmed
    }
  }

  /// Lines that start with the prompt.
  func promptCount() throws -> Int {
    try screen().split(separator: "\n").filter { $0.hasPrefix("uql>") }.count
  }

  /// Runs a tmux client on this session's socket. Spawned directly, not with `Process`: the
  /// server that `new-session` forks keeps inherited descriptors, which `Process` waits on.
  @discardableResult
  private func tmux(_ arguments: [String], environment: [String: String]? = nil) throws -> String {
    let argv = [TerminalSession.tmux ?? "tmux", "-L", socket] + arguments
    let env = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
    let capture = arguments.first == "capture-pane"
    var fds: [Int32] = [-1, -1]
    if capture { guard pipe(&fds) == 0 else { throw SpawnError() } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    if capture {
      posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
      posix_spawn_file_actions_addclose(&actions, fds[0])
      posix_spawn_file_actions_addclose(&actions, fds[1])
    } else {
      posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    }
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    // Worker threads block most signals and a spawned process inherits the mask: a tmux
    // server started that way never sees its panes exit and ignores kill-server.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t()
    sigemptyset(&none)
    posix_spawnattr_setsigmask(&attributes, &none)
    var all = sigset_t()
    sigfillset(&all)
    sigdelset(&all, SIGKILL)
    sigdelset(&all, SIGSTOP)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var pid: pid_t = 0
    let cArgs = argv.map { strdup($0) } + [nil]
    let cEnv = env.map { strdup($0) } + [nil]
    defer { for p in cArgs + cEnv { free(p) } }
    let status = posix_spawn(&pid, argv[0], &actions, &attributes, cArgs, cEnv)
    guard status == 0 else { throw SpawnError() }
    var data: [UInt8] = []
    if capture {
      close(fds[1])
      var chunk = [UInt8](repeating: 0, count: 65536)
      while true {
        let n = read(fds[0], &chunk, chunk.count)
        if n <= 0 { break }
        data += chunk[0..<n]
      }
      close(fds[0])
    }
    var exitStatus: Int32 = 0
    while waitpid(pid, &exitStatus, 0) == -1 && errno == EINTR {}
    return String(decoding: data, as: UTF8.self)
  }

  struct SpawnError: Error {}
}
