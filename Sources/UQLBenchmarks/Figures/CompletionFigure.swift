import UQLLanguage
import UQLValues

/// Figure 4: what a Tab press costs on a large dataset. The completion API is not on main yet,
/// so this times what it will stand on: the dataset's ``Schema`` (column names, types and the
/// value sets of enum and dictionary-encoded columns), and checking a typical statement.
struct CompletionFigure {
  var table: Table
  var iterations: Int

  func measure() throws -> FigureTable {
    var figure = FigureTable(
      title: "4. REPL responsiveness on the \(table.rowCount)-row table (in process, \(iterations) runs)",
      headers: ["step", "time", "note"])
    var schemaTimes: [Double] = []
    var fields = 0
    for _ in 0..<iterations {
      let (schema, ms) = Clock.time { Schema(table: table) }
      schemaTimes.append(ms * 1000)
      fields = schema.fields.count
    }
    figure.rows.append([
      "`Schema(table:)`", Summary(schemaTimes).formatted("µs"),
      "\(fields) columns; stand-in for a Tab completion of a column name",
    ])
    let session = Session(datasets: [Dataset(name: "aktiviteter", table: table, origin: "bench")])
    guard let parsed = Parser.parse("aktiviteter where status = pausad | select delmål").first,
      case .success(.query(let query)) = parsed.result
    else { throw BenchError("the completion figure's query does not parse") }
    var planTimes: [Double] = []
    for _ in 0..<iterations {
      let (_, ms) = try Clock.time { () throws -> Void in
        do throws(Diagnostic) { _ = try session.plan(query) } catch { throw BenchError(error.message) }
      }
      planTimes.append(ms * 1000)
    }
    figure.rows.append([
      "`Session.plan` of a short query", Summary(planTimes).formatted("µs"),
      "parse excluded; schemas of every dataset, then check",
    ])
    figure.notes.append(
      "the completion API (`Sources/UQLLanguage/Completion/`) is not on main yet: these are stand-ins; "
        + "neither scans rows")
    return figure
  }
}
