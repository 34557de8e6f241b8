import Foundation
import UQLLanguage
import UQLSources
import UQLValues

/// Figure 3: a large `aktiviteter` table. uql is measured in process (the engine as the shell
/// would use it: load once, query many times), sqlite3 in memory and DuckDB likewise; then one
/// whole `uql` process for its peak memory.
struct TableFigure {
  var uql: UQLProcess
  var rows: Int
  var runs: Int
  var loads: Int
  var seed: UInt64
  var work: String
  var duckdbScript: String

  static let queries = [
    BenchQuery(
      name: "filter + count",
      uql: "aktiviteter where status = pausad and år >= 2020 | count",
      sql: "SELECT count(*) AS antal FROM aktiviteter WHERE status = 'pausad' AND \"år\" >= 2020"),
    BenchQuery(
      name: "group by + aggregates",
      uql: "aktiviteter | group by delmål aggregate n = count(), klara = count(status = klar), "
        + "summa = sum(belopp), snitt = avg(belopp)",
      sql: "SELECT \"delmål\", count(*) AS n, sum(CASE WHEN status = 'klar' THEN 1 ELSE 0 END) AS klara, "
        + "sum(belopp) AS summa, avg(belopp) AS snitt FROM aktiviteter GROUP BY \"delmål\" ORDER BY \"delmål\""),
    BenchQuery(
      name: "sort by 2 keys + limit 10",
      uql: "aktiviteter | sort by belopp desc, rapport | limit 10",
      sql: "SELECT * FROM aktiviteter ORDER BY belopp DESC NULLS LAST, rapport LIMIT 10"),
    BenchQuery(
      name: "distinct (rapport, delmål)",
      uql: "aktiviteter | select rapport, delmål | distinct",
      sql: "SELECT DISTINCT rapport, \"delmål\" FROM aktiviteter"),
  ]

  static let sqliteTable = SQLiteShell(
    createTable: "CREATE TABLE aktiviteter(rapport TEXT, \"år\" INTEGER, \"delmål\" TEXT, uppdrag TEXT, "
      + "aktivitet TEXT, status TEXT, kommentar TEXT, belopp REAL, rad INTEGER)",
    table: "aktiviteter", nullableColumns: ["kommentar", "belopp"])

  static let duckdbColumns = [
    ("rapport", "VARCHAR"), ("år", "INTEGER"), ("delmål", "VARCHAR"), ("uppdrag", "VARCHAR"),
    ("aktivitet", "VARCHAR"), ("status", "VARCHAR"), ("kommentar", "VARCHAR"), ("belopp", "DECIMAL(18,2)"),
    ("rad", "INTEGER"),
  ]

  /// The CSV, generated unless it is already there; and the loaded table, for figure 4.
  func measure() throws -> (FigureTable, Table) {
    let directory = "\(work)/table-\(rows)-\(seed)"
    let csv = "\(directory)/aktiviteter.csv"
    if !FileManager.default.fileExists(atPath: csv) {
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
      try ActivityTableGenerator(rows: rows, reports: max(1, rows / 1000), seed: seed).write(to: csv + ".tmp")
      try FileManager.default.moveItem(atPath: csv + ".tmp", toPath: csv)
    }
    let csvBytes = (try FileManager.default.attributesOfItem(atPath: csv)[.size] as? Int) ?? 0

    var figure = FigureTable(
      title:
        "3. \(rows) rows of `aktiviteter` (\(megabytes(csvBytes)) CSV): median (min–max) of \(runs) runs, loads \(loads)",
      headers: [
        "operation", "uql", "sqlite3 :memory:", "DuckDB", "uql / sqlite3", "uql / DuckDB",
        "result rows uql/sqlite/duckdb",
      ])
    let (mine, table) = try measureUQL(csv: csv)
    var sqlite: EngineTimes?
    if SQLiteShell.isInstalled {
      sqlite = try TableFigure.sqliteTable.measure(csv: csv, queries: TableFigure.queries, loads: loads, runs: runs)
    } else {
      figure.notes.append("sqlite3 is not installed: no comparison")
    }
    var duck: EngineTimes?
    if let version = DuckDBScript.version() {
      let (times, threads) = try DuckDBScript(
        script: duckdbScript, columns: TableFigure.duckdbColumns, table: "aktiviteter"
      )
      .measure(csv: csv, queries: TableFigure.queries, loads: loads, runs: runs)
      duck = times
      figure.notes.append("DuckDB \(version) through its Python wheel, \(threads) threads (its default here)")
    } else {
      figure.notes.append("DuckDB (python3 -m pip install duckdb) is not installed: no comparison")
    }
    func row(_ name: String, _ a: [Double], _ b: [Double]?, _ c: [Double]?, rows: (Int?, Int?, Int?)) -> [String] {
      let m = Summary(a)
      let s = b.flatMap { $0.isEmpty ? nil : Summary($0) }
      let d = c.flatMap { $0.isEmpty ? nil : Summary($0) }
      let counts = [rows.0, rows.1, rows.2].map { $0.map(String.init) ?? "–" }.joined(separator: "/")
      return [
        name, m.formatted(), s?.formatted() ?? "–", d?.formatted() ?? "–",
        s.map { ratio(m.median, $0.median) } ?? "–", d.map { ratio(m.median, $0.median) } ?? "–", counts,
      ]
    }
    figure.rows.append(row("load CSV", mine.load, sqlite?.load, duck?.load, rows: (table.rowCount, nil, nil)))
    for q in TableFigure.queries {
      figure.rows.append(
        row(
          q.name, mine.queries[q.name] ?? [], sqlite?.queries[q.name], duck?.queries[q.name],
          rows: (mine.rows[q.name], sqlite?.rows[q.name], duck?.rows[q.name])))
    }
    // One whole process for uql's memory; the engines' processes above give theirs.
    let whole = try uql.run(["--data", csv, "-e", "aktiviteter | count"], peakMemory: true)
    figure.rows.append([
      "peak memory (process)", megabytes(whole.peakBytes), sqlite?.peakBytes.map(megabytes) ?? "–",
      duck?.peakBytes.map(megabytes) ?? "–", "", "",
      "CSV \(megabytes(csvBytes)), uql \(ratio(Double(whole.peakBytes), Double(csvBytes))) of it",
    ])
    figure.notes.append(
      "uql in process: `TabularReader.read` for the load, `Session.execute` (check and evaluate) per query; "
        + "whole `uql --data aktiviteter.csv -e 'aktiviteter | count'`: \(Summary.format(whole.milliseconds)) ms, "
        + "of it load \(Summary.format(whole.load)) ms")
    figure.notes.append(
      "sqlite3: `.import` plus NULLing empty fields for the load, `.timer on` per query; belopp is REAL there, "
        + "DECIMAL(18,2) in DuckDB, scaled 64-bit integers in uql; uql sorts text in Swedish order, the others by code point")
    figure.notes.append("target: each query no slower than sqlite3 and within 3× of DuckDB; memory ≤ 3× the CSV")
    return (figure, table)
  }

  func measureUQL(csv: String) throws -> (EngineTimes, Table) {
    var times = EngineTimes()
    var table: Table?
    for _ in 0..<loads {
      let (loaded, ms) = try Clock.time { () throws -> Table in
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: csv)))
        return try TabularReader.read(bytes, format: .csv)
      }
      times.load.append(ms)
      table = loaded
    }
    var session = Session(datasets: [Dataset(name: "aktiviteter", table: table!, origin: csv)])
    for _ in 0..<runs {
      for q in TableFigure.queries {
        guard let parsed = Parser.parse(q.uql).first, case .success(let statement) = parsed.result else {
          throw BenchError("uql query does not parse: \(q.uql)")
        }
        let (outcome, ms) = try Clock.time { () throws -> Session.Outcome in
          do throws(Diagnostic) { return try session.execute(statement) } catch {
            throw BenchError("\(q.uql): \(error.message)")
          }
        }
        times.queries[q.name, default: []].append(ms)
        if case .table(let result) = outcome { times.rows[q.name] = result.rowCount }
      }
    }
    return (times, table!)
  }
}
