import ArgumentParser

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
    if data.paths.contains("-"), queries.isEmpty, script == nil, scriptArgument == nil {
      throw ValidationError("--data - reads a table from stdin, so the queries must come with -e or -f")
    }
    if data.paths.filter({ $0 == "-" }).count > 1 {
      throw ValidationError("--data - can be given once: stdin is read once")
    }
    for p in parameters where !p.contains("=") {
      throw ValidationError("--param needs name=value, found \"\(p)\"")
    }
  }

  var invocation: QueryInvocation {
    QueryInvocation(
      data: data.settings, output: output.settings, queries: queries, script: script ?? scriptArgument,
      parameters: parameters, keepGoing: keepGoing, failEmpty: failEmpty, timing: timing, noInit: noInit)
  }

  func run() throws { try invocation.run() }
}
