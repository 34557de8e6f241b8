import Foundation
import UQLFormats
import UQLLanguage
import UQLValues

/// Runs statements in a session and prints their results: the shared core of one-shot
/// queries, scripts and (later) the shell. Owns the output settings meta-commands change.
struct Runner {
  var session: Session
  var format: OutputFormat
  var options: FormatOptions
  var output = OutputTarget.standardOutput
  /// Go on after a failed statement, and fail at the end (`--keep-going`).
  var keepGoing = false
  /// Draw charts with ASCII only (`--ascii`).
  var ascii = false
  /// Data files that could not be read; reported already, they make the run exit 1 at the end.
  let loadFailures: Int
  private(set) var failedStatements = 0
  /// Rows of the last result, for `--fail-empty`.
  private(set) var lastResultRows: Int?
  /// Results printed so far to the current output.
  var printed = 0
  /// The output `.once` set aside, with its count of results, until the one result is written.
  var outputAfterOnce: (target: OutputTarget, printed: Int)?
  /// Whether the statement now running wrote a result (for `.once`).
  var wroteResult = false
  /// Scripts being run, innermost last, to detect `.read` cycles.
  private var readStack: [String] = []
  private(set) var quitRequested = false
  /// The table `--format sql` names results after (`--table`); nil names each after its dataset.
  var sqlTable: String?
  private var sqlTableCounts: [String: Int] = [:]
  /// How long loading and each statement took (`--timing`).
  private(set) var timing = PhaseTiming()
  /// Print the elapsed time after each statement (`.timer on`).
  var timer = false
  /// The most rows a `table` on the terminal shows (`.maxrows`); nil shows all. The shell sets
  /// 40; one-shot runs and scripts show every row unless a script says otherwise.
  var maxRows: Int?
  /// The interactive shell's history, oldest first, for `.history`; nil outside the shell.
  var history: [String]?

  init(data: DataSettings, output: OutputSettings, parameters: [String] = []) throws {
    let start = DispatchTime.now()
    let loaded = try DataLoader.load(paths: data.paths)
    loadFailures = loaded.failures
    timing.load = PhaseTiming.milliseconds(from: start)
    if data.verbose { Runner.describe(loaded.datasets, since: start) }
    var values: [String: String] = [:]
    for (key, value) in ProcessInfo.processInfo.environment where key.hasPrefix("UQL_PARAM_") {
      values[String(key.dropFirst("UQL_PARAM_".count))] = value
    }
    for p in parameters {
      let parts = p.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      values[String(parts[0])] = parts.count > 1 ? String(parts[1]) : ""
    }
    session = Session(datasets: loaded.datasets, parameters: values)
    session.memory = MemoryGate { MemoryCheck.canAllocate($0) }
    let now = Calendar.current.dateComponents([.year, .month, .day], from: Date())
    session.today = Day(year: now.year ?? 1970, month: now.month ?? 1, day: now.day ?? 1)
    format = output.format ?? (Terminal.stdoutIsTerminal ? .table : .tsv)
    options = FormatOptions(header: !output.noHeader, nullText: output.null, tableName: output.table ?? "resultat")
    ascii = output.ascii
    sqlTable = output.table
  }

  /// An argument as a shell would need it typed: quoted where it holds more than letters,
  /// digits and `._/=-`, control characters escaped.
  static func shellWord(_ argument: String) -> String {
    let plain = !argument.isEmpty && argument.unicodeScalars.allSatisfy { s in
      s.properties.isAlphabetic || ("0"..."9").contains(s) || "._/=-".unicodeScalars.contains(s)
    }
    if plain { return argument }
    return "'" + ControlEscaping.escaped(argument).replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  /// Runs every statement of a script file.
  mutating func runFile(_ path: String) throws {
    let canonical = Runner.canonical(path)
    // A word that is no file (`uql --data x.csv datasets`) was meant as a query, not a script.
    // (One that names a command, `datasets`, was meant as that command, which comes first.)
    if !path.contains("/"), !path.contains("."), !FileManager.default.fileExists(atPath: path) {
      let hint: String
      if ["datasets", "schema", "check", "manual", "query"].contains(path) {
        let rest = CommandLine.arguments.dropFirst().filter { $0 != path }.map(Self.shellWord)
        hint = "a command comes before the options: uql \(([path] + rest).joined(separator: " "))"
      } else {
        hint = "to run a query, give it with -e: uql -e '\(ControlEscaping.escaped(path))'"
      }
      Terminal.standardError.write("uql: error: no script file \"\(ControlEscaping.escaped(path))\"\nhelp: \(hint)\n")
      throw Failure(status: .usage)
    }
    let data: [UInt8]
    switch InputFile.read(path) {
    case .success(let bytes): data = bytes
    case .failure(let failure):
      Terminal.standardError.write(
        "uql: error: cannot read script \"\(ControlEscaping.escaped(path))\": \(failure.reason)\n")
      throw Failure(status: .dataError)
    }
    readStack.append(canonical)
    defer { readStack.removeLast() }
    try runScript(TextDecoding.decode(Array(data)).text, name: path)
  }

  /// Parses and runs every statement of `source`, printing each result. Stops at the first
  /// error unless `keepGoing`.
  /// - Parameter name: how errors name the source: a file path, `<query>` or `<stdin>`.
  mutating func runScript(_ source: String, name: String) throws {
    for parsed in Parser.parse(source) where !quitRequested {
      let outcome: Result<Void, Diagnostic> = parsed.result.flatMap { statement in
        Result { () throws(Diagnostic) in
          try run(statement, in: name)
          try settleOnce(at: statement.range)
        }
      }
      if case .failure(let diagnostic) = outcome {
        abandonOnce()
        output.flush()
        Terminal.standardError.write(DiagnosticRenderer.render(diagnostic, name: name, source: source))
        failedStatements += 1
        if !keepGoing { throw Failure(status: .dataError) }
      }
    }
    output.flush()
  }

  mutating func run(_ statement: Statement, in name: String) throws(Diagnostic) {
    if case .meta(let command, let argument, let range) = statement {
      return try run(try MetaCommand.parse(name: command, argument: argument, at: range), at: range, in: name)
    }
    let start = DispatchTime.now()
    try present(try session.execute(statement), of: statement, startedAt: start)
    if timer { reportElapsed(since: start) }
  }

  /// Prints what a statement started at `start` produced and records its times (the shell
  /// runs statements itself, then calls this).
  mutating func present(_ outcome: Session.Outcome, of statement: Statement, startedAt start: DispatchTime)
    throws(Diagnostic)
  {
    switch outcome {
    case .table(let table):
      let printing = DispatchTime.now()
      if case .query(let query) = statement { options.tableName = sqlTableName(for: query.source) }
      print(table)
      lastResultRows = table.rowCount
      timing.statements.append(
        (PhaseTiming.milliseconds(from: start, to: printing), PhaseTiming.milliseconds(from: printing)))
    case .chart(let table, let style):
      let printing = DispatchTime.now()
      try printChart(table, style, at: statement.range)
      lastResultRows = table.rowCount
      timing.statements.append(
        (PhaseTiming.milliseconds(from: start, to: printing), PhaseTiming.milliseconds(from: printing)))
    case .bound:
      timing.statements.append((PhaseTiming.milliseconds(from: start), 0))
    }
  }

  /// Draws a chart; charts are for people at a terminal, so data formats refuse them.
  mutating func printChart(_ table: Table, _ style: ChartStyle, at range: SourceRange) throws(Diagnostic) {
    guard format == .table else {
      throw Diagnostic(
        .error, "charts are drawn only in the table format, not in \(format.rawValue)", at: range,
        help: "leave out \"| chart\" to get the data, or use --format table")
    }
    let kind: ChartKind = style == .bar ? .bar : .line
    let width = output.isTerminal ? (Terminal.width ?? 80) : 80
    switch ChartWriter.render(table, as: kind, options: ChartOptions(width: width, ascii: ascii || !Terminal.unicodeLocale)) {
    case .success(let text):
      if printed > 0 { output.write("\n") }
      output.write(text.hasSuffix("\n") ? text : text + "\n")
      printed += 1
      wroteResult = true
    case .failure(let error):
      throw Diagnostic(.error, error.message, at: range)
    }
  }

  mutating func run(_ command: MetaCommand, at range: SourceRange, in name: String) throws(Diagnostic) {
    switch command {
    case .datasets:
      print(Catalog.datasetList(session.datasets))
    case .schema(let dataset):
      guard let found = session.dataset(named: dataset) else {
        throw Diagnostic(
          .error, "unknown dataset \"\(dataset)\"", at: range,
          help: "datasets are: \(session.datasets.map(\.name).joined(separator: ", "))")
      }
      print(Catalog.schema(of: found))
    case .format(let format):
      self.format = format
    case .output(let path):
      abandonOnce()
      do {
        try output.close()
        output = try path.map(OutputTarget.file) ?? .standardOutput
      } catch {
        output = .standardOutput
        throw Diagnostic(.error, error.message, at: range)
      }
      printed = 0
    case .once(let path):
      try startOnce(path, at: range)
    case .read(let file):
      let base = (name.hasPrefix("<") ? "" : (name as NSString).deletingLastPathComponent)
      let path = file.hasPrefix("/") || base.isEmpty ? file : (base as NSString).appendingPathComponent(file)
      if readStack.contains(Runner.canonical(path)) {
        throw Diagnostic(.error, ".read cycle: \"\(file)\" is already being read", at: range)
      }
      guard FileManager.default.isReadableFile(atPath: path) else {
        throw Diagnostic(.error, "cannot read script \"\(file)\"", at: range)
      }
      do { try runFile(path) } catch {
        // The inner script reported its own error.
        throw Diagnostic(.error, "the script read here failed", at: range)
      }
    case .help(let topic):
      writeResult(try MetaCommand.helpText(for: topic, at: range))
    case .quit:
      quitRequested = true
    case .load(let path):
      try load(path, at: range, in: name)
    case .timer(let on):
      timer = on
    case .maxRows(let n):
      maxRows = n
    case .setParameter(let name, let value):
      session.parameters[name] = value
    case .headers(let on):
      options.header = on
    case .listParameters:
      writeResult(session.parameters.sorted { $0.key < $1.key }.map { "$\($0.key) = \($0.value)\n" }.joined())
    case .history:
      guard let history else {
        throw Diagnostic(.error, ".history is only kept in the interactive shell", at: range)
      }
      writeResult(Runner.listing(history))
    }
  }

  /// Progress for `--verbose`, on stderr only.
  static func describe(_ datasets: [Dataset], since start: DispatchTime) {
    let ms = (DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000
    let counts = datasets.map { "\($0.name) \($0.table.rowCount)" }.joined(separator: ", ")
    var text = "uql: loaded \(datasets.count) datasets in \(ms) ms: \(counts)\n"
    if let warnings = datasets.first(where: { $0.name == "varningar" }), warnings.table.rowCount > 0 {
      text += "uql: the reports have \(warnings.table.rowCount) warnings (query varningar, or run uql check)\n"
    }
    Terminal.standardError.write(text)
  }

  /// An absolute path without `.`, `..` or symbolic links, to recognise a file read twice.
  static func canonical(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
  }

  /// The table `--format sql` creates for a result from `source`: the `--table` name or else the
  /// dataset's, numbered from the second result with that name on, so a whole run loads into
  /// one database.
  mutating func sqlTableName(for source: String) -> String {
    let name = sqlTable ?? source
    sqlTableCounts[name, default: 0] += 1
    let n = sqlTableCounts[name]!
    return n == 1 ? name : "\(name)_\(n)"
  }

  /// Prints a result; readable formats get a blank line between results.
  mutating func print(_ table: Table) {
    if printed > 0 && (format == .table || format == .markdown) { output.write("\n") }
    var options = self.options
    options.maxWidth = format == .table && output.isTerminal ? Terminal.width : nil
    options.maxRows = format == .table && output.isTerminal ? maxRows : nil
    ResultWriter.write(table, as: format, options: options, to: &output)
    printed += 1
    wroteResult = true
  }

  /// Ends the run: closes the output, and fails when a data file could not be read or a
  /// statement failed under `--keep-going`; with `failEmpty`, an empty last result exits 3.
  mutating func finish(failEmpty: Bool = false) throws {
    do { try closeOutput() } catch {
      Terminal.standardError.write("uql: error: \(error.message)\n")
      throw Failure(status: .dataError)
    }
    if loadFailures > 0 || failedStatements > 0 { throw Failure(status: .dataError) }
    if failEmpty && lastResultRows == 0 { throw Failure(status: .emptyResult) }
  }
}
