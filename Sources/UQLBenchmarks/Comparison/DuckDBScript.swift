import Foundation

/// Times DuckDB through its Python wheel with `.ci/bench_duckdb.py`, which loads the CSV into
/// an in-memory table and runs each query, reporting milliseconds as JSON.
struct DuckDBScript {
  var script: String
  /// `CREATE TABLE … AS SELECT * FROM read_csv(…)` column types, as `name: TYPE` pairs.
  var columns: [(String, String)]
  var table: String

  /// The DuckDB version, or nil when Python or the wheel is missing.
  static func version() -> String? {
    guard
      let outcome = try? ChildProcess.run(
        "python3", ["-c", "import duckdb; print(duckdb.__version__)"], keepOutput: true, check: false),
      outcome.status == 0
    else { return nil }
    return outcome.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  struct Report: Decodable {
    var load: [Double]
    var queries: [String: [Double]]
    var rows: [String: Int]
    var threads: Int
  }

  func measure(csv: String, queries: [BenchQuery], loads: Int, runs: Int) throws -> (EngineTimes, threads: Int) {
    let spec: [String: Any] = [
      "csv": csv, "table": table, "loads": loads, "runs": runs,
      "columns": columns.map { [$0.0, $0.1] },
      "queries": queries.map { ["name": $0.name, "sql": $0.sql] },
    ]
    let path = FileManager.default.temporaryDirectory.path + "/uql-bench-duckdb-\(getpid()).json"
    try JSONSerialization.data(withJSONObject: spec).write(to: URL(fileURLWithPath: path))
    defer { unlink(path) }
    let outcome = try ChildProcess.run("python3", [script, path], keepOutput: true, peakMemory: true)
    let report = try JSONDecoder().decode(Report.self, from: Data(outcome.standardOutput.utf8))
    let times = EngineTimes(load: report.load, queries: report.queries, rows: report.rows, peakBytes: outcome.peakBytes)
    return (times, report.threads)
  }
}
