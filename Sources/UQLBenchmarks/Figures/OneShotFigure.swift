import Foundation

/// Figure 1: one-shot `uql -e QUERY` over the bundled reports, whole-process wall time, against
/// `sqlite3` answering the same question from a database prepared from the same rows.
struct OneShotFigure {
  var uql: UQLProcess
  var runs: Int
  var work: String

  static let queries = [
    BenchQuery(
      name: "count by status",
      uql: "aktiviteter | count by status",
      sql: "SELECT status, count(*) AS antal FROM aktiviteter GROUP BY status ORDER BY status"),
    BenchQuery(
      name: "filter + select",
      uql: "aktiviteter where status = pausad and delmål = \"Fler i arbete\" | select rapport, rad, aktivitet, status",
      sql:
        "SELECT rapport, rad, aktivitet, status FROM aktiviteter WHERE status = 'pausad' AND \"delmål\" = 'Fler i arbete'"
    ),
  ]

  func measure() throws -> FigureTable {
    var figure = FigureTable(
      title: "1. One-shot query over the five bundled reports (whole process, \(runs) runs)",
      headers: ["query", "uql", "sqlite3", "uql / sqlite3", "uql load", "uql query", "uql peak memory"])
    let sqlite = SQLiteShell.isInstalled
    let database = "\(work)/bundled.sqlite"
    if sqlite {
      // The database holds exactly the rows uql reads, exported by uql itself.
      let export = try uql.run(["-e", "aktiviteter", "--format", "sql"], keepOutput: true)
      let sql = "\(work)/bundled.sql"
      try export.output.write(toFile: sql, atomically: true, encoding: .utf8)
      unlink(database)
      _ = try ChildProcess.run("sqlite3", [database, ".read \(sql)"])
    } else {
      figure.notes.append("sqlite3 is not installed: no comparison")
    }
    for query in OneShotFigure.queries {
      var mine: [Double] = []
      var theirs: [Double] = []
      var load: [Double] = []
      var run: [Double] = []
      let peak = try uql.run(["-e", query.uql], peakMemory: true).peakBytes
      for _ in 0..<runs {
        let r = try uql.run(["-e", query.uql])
        mine.append(r.milliseconds)
        load.append(r.load)
        run.append(r.statements.first ?? 0)
        if sqlite { theirs.append(try ChildProcess.run("sqlite3", [database, query.sql]).milliseconds) }
      }
      let m = Summary(mine)
      let t = theirs.isEmpty ? nil : Summary(theirs)
      figure.rows.append([
        query.name, m.formatted(), t?.formatted() ?? "–", t.map { ratio(m.median, $0.median) } ?? "–",
        Summary(load).formatted(), Summary(run).formatted(), megabytes(peak),
      ])
    }
    figure.notes.append("uql load and query are the process's own phase times (hidden `--timing` flag)")
    figure.notes.append("target: ≤ 25 ms median, ≤ 5× sqlite3")
    return figure
  }
}
