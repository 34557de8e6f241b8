/// Runs the `uql` binary with the hidden `--timing` flag and reads its phase times.
struct UQLProcess {
  var executable: String
  /// Set for every run: the harness gives uql a report cache of its own.
  var environment: [String: String] = [:]

  struct Run {
    var milliseconds: Double
    var peakBytes: Int
    var load: Double
    /// Check and evaluation time of each statement.
    var statements: [Double]
    var printing: [Double]
    var output: String
  }

  /// - Parameter peakMemory: also measure peak memory (through GNU `time`, about 1 ms more).
  /// - Parameters:
  ///   - environment: more variables for this run, over ``environment``.
  ///   - oneCore: run on one core only (through `taskset`), for figures whose target is per core.
  func run(
    _ arguments: [String], keepOutput: Bool = false, peakMemory: Bool = false, environment: [String: String] = [:],
    oneCore: Bool = false
  ) throws -> Run {
    let (program, prefix) = oneCore && UQLProcess.canPin ? ("taskset", ["-c", "0", executable]) : (executable, [])
    let outcome = try ChildProcess.run(
      program, prefix + arguments + ["--timing"], keepOutput: keepOutput, peakMemory: peakMemory,
      environment: self.environment.merging(environment) { $1 })
    var run = Run(
      milliseconds: outcome.milliseconds, peakBytes: outcome.peakBytes, load: 0, statements: [],
      printing: [], output: outcome.standardOutput)
    for line in outcome.standardError.split(separator: "\n") where line.hasPrefix("uql: timing: ") {
      let words = line.split(separator: " ")
      if words.count >= 4, words[2] == "load" {
        run.load = Double(words[3]) ?? 0
      } else if words.count >= 9, words[2] == "statement" {
        run.statements.append(Double(words[5]) ?? 0)
        run.printing.append(Double(words[8]) ?? 0)
      }
    }
    return run
  }

  /// Whether runs can be pinned to one core (util-linux `taskset`).
  static let canPin = ChildProcess.which("taskset") != nil
}
