import ArgumentParser
import Foundation

/// `uql-bench`: the benchmark harness. Measures uql against sqlite3 and DuckDB and prints
/// figures as Markdown tables; `--smoke` runs a tiny size of everything and judges nothing.
struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "uql-bench",
    abstract: "Benchmark uql against sqlite3 and DuckDB (figures as Markdown tables on stdout).",
    subcommands: [RunCommand.self, CorpusCommand.self, TableCommand.self],
    defaultSubcommand: RunCommand.self)
}

/// Runs the figures.
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "run", abstract: "Measure and print the figures.")

  @Flag(help: "A tiny size of everything, one run each: checks the harness works, not the times.")
  var smoke = false

  @Option(help: "The uql binary to measure.")
  var uql = ".build/release/uql"

  @Option(help: "The sample reports the corpus is made from.")
  var samples = "Examples/reports"

  @Option(help: "Where generated data goes (kept between runs).")
  var work = ".build/uql-bench"

  @Option(help: "The DuckDB script.")
  var duckdbScript = ".ci/bench_duckdb.py"

  @Option(help: "Seed of the synthetic data.")
  var seed: UInt64 = 7

  @Option(help: "Runs per measurement (median, min, max).")
  var runs: Int?

  @Option(help: "Loads of the large table per engine.")
  var loads: Int?

  @Option(help: "Rows of the large table.")
  var rows: Int?

  @Option(help: "Corpus sizes in reports, comma-separated.")
  var reports: String?

  @Option(help: "Figures to run, comma-separated: oneshot, ingest, table, completion (table runs with completion).")
  var figures = "oneshot,ingest,table,completion"

  func run() throws {
    let runs = self.runs ?? (smoke ? 1 : 5)
    let loads = self.loads ?? (smoke ? 1 : 3)
    let rows = self.rows ?? (smoke ? 2_000 : 1_000_000)
    let sizes = try (reports ?? (smoke ? "5,10" : "250,500,1000")).split(separator: ",").map { part in
      guard let n = Int(part.trimmingCharacters(in: .whitespaces)), n > 0 else {
        throw ValidationError("--reports needs positive numbers, found \"\(part)\"")
      }
      return n
    }
    let wanted = Set(figures.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
    guard FileManager.default.isExecutableFile(atPath: uql) else {
      throw ValidationError("no uql binary at \(uql): build it with swift build -c release")
    }
    let work = smoke ? self.work + "/smoke" : self.work
    try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
    // A report cache of the harness's own: the one-shot figure reads the bundled reports from
    // it (as every run after the first does), the ingest figure turns it off.
    let process = UQLProcess(executable: uql, environment: ["UQL_CACHE": work + "/cache"])
    let say = { (text: String) in FileHandle.standardOutput.write(Data((text + "\n").utf8)) }
    say(Environment.describe(uql: uql, smoke: smoke))
    if wanted.contains("oneshot") {
      say(try OneShotFigure(uql: process, runs: smoke ? 1 : max(runs, 10), work: work).measure().render())
    }
    if wanted.contains("ingest") {
      let generator = try CorpusGenerator(samplesDirectory: samples, seed: seed)
      // Whole corpora are slow to read today: fewer runs unless asked.
      let ingestRuns = self.runs ?? (smoke ? 1 : 3)
      let figure = IngestFigure(uql: process, generator: generator, sizes: sizes, runs: ingestRuns, work: work)
      for table in try figure.measure() { say(table.render()) }
    }
    if wanted.contains("table") || wanted.contains("completion") {
      let (figure, table) = try TableFigure(
        uql: process, rows: rows, runs: runs, loads: loads, seed: seed, work: work, duckdbScript: duckdbScript
      ).measure()
      say(figure.render())
      say(try CompletionFigure(table: table, iterations: smoke ? 3 : 100).measure().render())
    }
    if smoke { say("smoke run: the harness works; the times above are not judged") }
  }
}

/// Writes a synthetic report corpus.
struct CorpusCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "corpus", abstract: "Write N synthetic reports, varied from the samples, into a directory.")

  @Argument(help: "The directory to write.") var directory: String
  @Option(help: "How many reports.") var count = 1000
  @Option(help: "Seed.") var seed: UInt64 = 7
  @Option(help: "The sample reports.") var samples = "Examples/reports"

  func run() throws {
    let (paths, bytes) = try CorpusGenerator(samplesDirectory: samples, seed: seed).write(count: count, to: directory)
    print("wrote \(paths.count) reports, \(megabytes(bytes)), to \(directory)")
  }
}

/// Writes the synthetic `aktiviteter` table.
struct TableCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "table", abstract: "Write a synthetic aktiviteter table as CSV.")

  @Argument(help: "The CSV file to write.") var file: String
  @Option(help: "How many rows.") var rows = 1_000_000
  @Option(help: "Seed.") var seed: UInt64 = 7

  func run() throws {
    let bytes = try ActivityTableGenerator(rows: rows, reports: max(1, rows / 1000), seed: seed).write(to: file)
    print("wrote \(rows) rows, \(megabytes(bytes)), to \(file)")
  }
}
