import Foundation

/// The machine and tools a run measured, printed above the figures.
enum Environment {
  static func describe(uql: String, smoke: Bool) -> String {
    let cpu =
      (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
      .split(separator: "\n").first { $0.hasPrefix("model name") }
      .map { $0.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "" } ?? "?"
    let commit =
      (try? ChildProcess.run("git", ["rev-parse", "--short", "HEAD"], keepOutput: true, check: false))?
      .standardOutput.trimmingCharacters(in: .whitespacesAndNewlines) ?? "?"
    var text = "## uql-bench\(smoke ? " (smoke)" : "")\n\n"
    text += "- machine: \(cpu), \(ProcessInfo.processInfo.activeProcessorCount) cores, "
    text += "\(ProcessInfo.processInfo.physicalMemory / 1_000_000_000) GB\n"
    text += "- uql: \(uql) at commit \(commit), \(runtimeLinking(uql))\n"
    text += "- sqlite3: \(SQLiteShell.isInstalled ? SQLiteShell.version() : "not installed")\n"
    text += "- DuckDB: \(DuckDBScript.version() ?? "not installed")\n"
    return text
  }

  /// How the binary has the Swift runtime: start-up time depends on it (see README, Performance).
  static func runtimeLinking(_ uql: String) -> String {
    guard let ldd = try? ChildProcess.run("ldd", [uql], keepOutput: true, check: false) else { return "linking unknown" }
    return ldd.standardOutput.contains("libswiftCore")
      ? "Swift runtime linked dynamically (a release build links it in, as the README's start-up figures need)"
      : "Swift runtime linked statically"
  }
}
