import ArgumentParser
import Foundation
import UQLFormats
import UQLValues

/// Where data comes from: `--data` and `--verbose` as plain values.
struct DataSettings: Equatable {
  var paths: [String] = []
  var verbose = false
}

/// How results are printed: `--format`, `--no-header`, `--null`, `--ascii` and `--table` as
/// plain values.
struct OutputSettings: Equatable {
  var format: OutputFormat?
  var noHeader = false
  var null: String?
  var ascii = false
  /// The table `--format sql` creates; nil names it after the dataset.
  var table: String?

  /// Why `name` cannot be the table `--format sql` creates, or nil when it can.
  static func problem(withTable name: String) -> String? {
    if name.isEmpty { return "--table needs a name, such as --table resultat" }
    if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
      return "--table cannot name a table with control characters"
    }
    return nil
  }
}

/// A query run as the command line asked for it, in plain values: what `QueryCommand` parses
/// with ArgumentParser and `QuickArguments` reads directly for the common one-shot shapes. Both
/// run through here, so the two ways in cannot behave differently once parsed.
struct QueryInvocation: Equatable {
  var data = DataSettings()
  var output = OutputSettings()
  var queries: [String] = []
  var script: String?
  var parameters: [String] = []
  var keepGoing = false
  var failEmpty = false
  var timing = false
  var noInit = false

  func run() throws {
    var runner = try Runner(data: data, output: output, parameters: parameters)
    runner.keepGoing = keepGoing
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
