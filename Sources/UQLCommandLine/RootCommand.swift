import ArgumentParser

/// `uql`: queries over follow-up reports and tabular data.
struct RootCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "uql",
    abstract: "Query follow-up reports (uppföljningsrapporter, verksamhetsplaner, bilagor) and tables.",
    discussion: """
      Without --data, uql reads its bundled sample reports. Without -e or a
      script, on a terminal, it opens the interactive shell.

      QUERY OPTIONS (all of them: uql query --help)
        -e, --execute <query>  A query to run. Repeatable: runs in order.
        -f, --file <file>      A script of queries (or give it as the argument).
        --data <path>          A report (.txt, .md, .pdf), a table (.csv, .tsv,
                               .json, .ndjson) or a directory. Repeatable.
        --format <format>      table, line, csv, tsv, json, ndjson, markdown, sql.
        --param <name=value>   A value for $name in queries. Repeatable.
        --table <name>         The table --format sql creates (default: the
                               dataset's name); later results NAME_2, NAME_3.

      EXIT STATUS
        0  success (also when a query returns no rows)
        1  query, script or data error (message on stderr)
        2  usage error (unknown flag, bad option value, a --data path that does not exist)
        3  --fail-empty was given and the last result has no rows

      EXAMPLES
        uql -e 'aktiviteter where status = pausad'
        uql -f fragor.uql --param år=2019
        echo 'rapporter' | uql --format csv
        uql --data plan.csv -e 'plan | count by status' --format csv
        uql datasets
        uql schema aktiviteter
      """,
    version: "0.1.0",
    subcommands: [QueryCommand.self, DatasetsCommand.self, SchemaCommand.self, CheckCommand.self, ManualCommand.self],
    defaultSubcommand: QueryCommand.self
  )
}

/// Where data comes from.
struct DataOptions: ParsableArguments {
  @Option(
    name: .customLong("data"),
    help: ArgumentHelp(
      "A report (.txt, .pdf), a table (.csv, .tsv, .json, .ndjson) or a directory of them. Repeatable.",
      valueName: "path"))
  var paths: [String] = []

  @Flag(help: "Say on stderr what was loaded and how long it took, and how many report warnings there are.")
  var verbose = false

  var settings: DataSettings { DataSettings(paths: paths, verbose: verbose) }
}

/// How results are printed.
struct OutputOptions: ParsableArguments {
  @Option(help: "Output format: table, line, csv, tsv, json, ndjson, markdown, sql. Default: table on a terminal, tsv otherwise.")
  var format: OutputFormatArgument?

  @Flag(help: "Leave out the header row in csv and tsv.")
  var noHeader = false

  @Option(help: ArgumentHelp("How null prints (default: empty; \"null\" in table).", valueName: "text"))
  var null: String?

  @Flag(help: "Draw charts with plain ASCII (also when the locale is not UTF-8).")
  var ascii = false

  @Option(
    help: ArgumentHelp(
      "The table --format sql creates (default: the dataset's name); later results get NAME_2, NAME_3.",
      valueName: "name"))
  var table: String?

  func validate() throws {
    if let table, let problem = OutputSettings.problem(withTable: table) { throw ValidationError(problem) }
  }

  var settings: OutputSettings {
    OutputSettings(format: format?.format, noHeader: noHeader, null: null, ascii: ascii, table: table)
  }
}
