import ArgumentParser
import Foundation
import UQLLanguage
import UQLValues

/// Runs queries given with `-e` or in a script file.
struct QueryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "query",
    abstract: "Run queries (the default command).")

  @OptionGroup var data: DataOptions
  @OptionGroup var output: OutputOptions

  @Option(name: [.customShort("e"), .customLong("execute")], help: ArgumentHelp("A query to run. Repeatable: runs in order.", valueName: "query"))
  var queries: [String] = []

  @Option(name: [.customShort("f"), .customLong("file")], help: ArgumentHelp("A script of queries to run.", valueName: "file"))
  var script: String?

  @Option(name: .customLong("param"), help: ArgumentHelp("A value for $name in queries. Repeatable.", valueName: "name=value"))
  var parameters: [String] = []

  @Argument(help: ArgumentHelp("A script to run, like -f.", valueName: "script.uql"))
  var scriptArgument: String?

  @Flag(help: "Run every statement of a script even after one fails; exit 1 at the end if any failed.")
  var keepGoing = false

  @Flag(help: "Exit 3 when the last result has no rows.")
  var failEmpty = false

  /// Phase times on stderr, for uql-bench; not part of the documented interface.
  @Flag(help: .hidden)
  var timing = false

  @Flag(name: .customLong("no-init"), help: "In the interactive shell, skip the start-up file (~/.config/uql/uqlrc).")
  var noInit = false

  func validate() throws {
    if script != nil && scriptArgument != nil {
      throw ValidationError("give the script either with -f or as an argument, not both")
    }
    for p in parameters where !p.contains("=") {
      throw ValidationError("--param needs name=value, found \"\(p)\"")
    }
  }

  func run() throws {
    var runner = try Runner(data: data, output: output, parameters: parameters)
    runner.keepGoing = keepGoing
    let script = self.script ?? scriptArgument
    if queries.isEmpty && script == nil && Terminal.stdinIsTerminal {
      if Terminal.stdoutIsTerminal { return try Shell.start(runner: runner, runStartupFile: !noInit) }
      throw ValidationError(
        "give a query with -e QUERY or a script with -f FILE (the interactive shell needs a terminal on stdout)")
    }
    do {
      if queries.isEmpty && script == nil {
        // Read with the same cap as script files, so `uql < /dev/zero` is an error, not all memory.
        let input: [UInt8]
        switch InputFile.read("/dev/stdin") {
        case .success(let bytes): input = bytes
        case .failure(let failure):
          Terminal.standardError.write("uql: error: \(failure.message("<stdin>"))\n")
          throw Failure(status: .dataError)
        }
        try runner.runScript(TextDecoding.decode(input).text, name: "<stdin>")
      }
      if let script { try runner.runFile(script) }
      for (i, query) in queries.enumerated() {
        try runner.runScript(query, name: queries.count > 1 ? "<query \(i + 1)>" : "<query>")
      }
    } catch {
      // Results written before the error are kept: an .output file is still moved into place.
      try? runner.finish()
      throw error
    }
    if timing {
      runner.output.flush()
      Terminal.standardError.write(runner.timing.report())
    }
    try runner.finish(failEmpty: failEmpty)
  }
}
