import UQLLanguage
import UQLValues

/// Figure 4: what a Tab press costs on a large dataset — the shell's own ``Completer`` on
/// partial statements, from the schema (never the rows), plus building that schema.
struct CompletionFigure {
  var table: Table
  var iterations: Int

  func measure() throws -> FigureTable {
    var figure = FigureTable(
      title: "4. REPL responsiveness on the \(table.rowCount)-row table (in process, \(iterations) runs)",
      headers: ["step", "time", "note"])
    var schemaTimes: [Double] = []
    var schema = Schema(fields: [])
    for _ in 0..<iterations {
      let (built, ms) = Clock.time { Schema(table: table) }
      schemaTimes.append(ms * 1000)
      schema = built
    }
    figure.rows.append([
      "`Schema(table:)`", Summary(schemaTimes).formatted("µs"), "\(schema.fields.count) columns and their value sets",
    ])
    let completer = Completer(datasets: [(name: "aktiviteter", schema: schema)])
    let cases = [
      ("a dataset name", "akt"), ("a column after where", "aktiviteter where del"),
      ("a status value", "aktiviteter where status = pa"), ("a text value in a string", "aktiviteter where delmål = \"H"),
      ("a column the pipeline made", "aktiviteter | count by status | sort by an"),
    ]
    for (what, text) in cases {
      var times: [Double] = []
      var candidates = 0
      for _ in 0..<iterations {
        let (completion, ms) = Clock.time { completer.complete(text) }
        times.append(ms * 1000)
        candidates = completion.candidates.count
      }
      figure.rows.append(["Tab after `\(text)`", Summary(times).formatted("µs"), "\(what); \(candidates) candidates"])
    }
    figure.notes.append("the shell builds the schema once per statement and completes from it; no row is read")
    return figure
  }
}
