import Foundation

/// Times the `sqlite3` command-line shell on an in-memory copy of a CSV table: `.import` for the
/// load (bracketed by clock reads inside the shell), `.timer on` for each query.
struct SQLiteShell {
  /// `CREATE TABLE` for the table, with the same column types uql infers.
  var createTable: String
  var table: String
  /// Text and number columns whose empty CSV fields must become NULL, as in uql.
  var nullableColumns: [String]

  static var isInstalled: Bool { ChildProcess.which("sqlite3") != nil }

  static func version() -> String {
    (try? ChildProcess.run("sqlite3", ["--version"], keepOutput: true).standardOutput)
      .map { String($0.split(separator: " ").first ?? "") } ?? "?"
  }

  /// Loads `csv` in `loads` separate processes; each then runs every query `runs` times.
  func measure(csv: String, queries: [BenchQuery], loads: Int, runs: Int) throws -> EngineTimes {
    var times = EngineTimes()
    let script = FileManager.default.temporaryDirectory.path + "/uql-bench-sqlite-\(getpid()).sql"
    try self.script(csv: csv, queries: queries, runs: runs).write(toFile: script, atomically: true, encoding: .utf8)
    defer { unlink(script) }
    for _ in 0..<loads {
      let outcome = try ChildProcess.run("sqlite3", [":memory:"], input: script, keepOutput: true, peakMemory: true)
      times.peakBytes = max(times.peakBytes ?? 0, outcome.peakBytes)
      try parse(outcome.standardOutput, into: &times)
    }
    return times
  }

  func script(csv: String, queries: [BenchQuery], runs: Int) -> String {
    let clock = "SELECT printf('@clock %.3f', julianday('now') * 86400000.0);"
    var s = "\(createTable);\n\(clock)\n.import --csv --skip 1 '\(csv)' \(table)\n"
    for column in nullableColumns {
      s += "UPDATE \(table) SET \(column) = NULL WHERE \(column) = '';\n"
    }
    s += "\(clock)\n.timer on\n"
    for _ in 0..<runs {
      for q in queries { s += ".print @query \(q.name)\n\(q.sql);\n" }
    }
    return s
  }

  /// Reads the clock marks, the query marks, result rows and `Run Time:` lines.
  func parse(_ output: String, into times: inout EngineTimes) throws {
    var clocks: [Double] = []
    var current: String?
    var rows = 0
    for line in output.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("@clock ") {
        clocks.append(Double(line.dropFirst(7)) ?? 0)
      } else if line.hasPrefix("@query ") {
        current = String(line.dropFirst(7))
        rows = 0
      } else if line.hasPrefix("Run Time: real "), let name = current {
        let seconds = Double(line.dropFirst(15).prefix { $0 != " " }) ?? 0
        times.queries[name, default: []].append(seconds * 1000)
        times.rows[name] = rows
        current = nil
      } else if current != nil {
        rows += 1
      }
    }
    guard clocks.count == 2 else { throw BenchError("sqlite3 printed no load clock marks:\n\(output.prefix(400))") }
    times.load.append(clocks[1] - clocks[0])
  }
}
