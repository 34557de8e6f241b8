import UQLLanguage
import UQLValues

/// A small activities table with the shapes the language must handle: enums, nulls, å ä ö.
enum Fixtures {
  static let aktiviteter: Dataset = {
    let rows: [[Value]] = [
      [.text("Hög attraktivitet"), .text("Cykelplan"), .text("pågår"), .integer(2019), .number(12.5), .text("Arbetet pågår")],
      [.text("Hög attraktivitet"), .text("Trafikplan"), .text("klar"), .integer(2019), .null, .text("Klar i maj, covid-19 försenade")],
      [.text("Fler i arbete"), .text("Kompetens"), .text("pausad"), .integer(2019), .number(-3), .text("Pausad p.g.a. COVID")],
      [.text("Fler i arbete"), .text("Ärende"), .text("okänd"), .integer(2020), .number(7), .null],
      [.text("Stark  konkurrenskraft"), .text("Öresund"), .text("pågår"), .integer(2020), .number(0), .text("Dialog med Danmark")],
    ]
    let table = Table(
      names: ["delmål", "aktivitet", "status", "år", "belopp", "kommentar"],
      types: [.text, .text, .enumeration(.activityStatus), .integer, .number, .text],
      rows: rows)
    return Dataset(name: "aktiviteter", table: table, origin: "test")
  }()

  static func session() -> Session { Session(datasets: [aktiviteter]) }

  /// Runs one statement and returns its rows as display text ("null" for null).
  static func rows(_ query: String, in session: Session = session()) throws -> [[String]] {
    var session = session
    guard let statement = try Parser.parseStatement(query) else { return [] }
    guard case .table(let table) = try session.execute(statement) else { return [] }
    return (0..<table.rowCount).map { r in table.columns.map { $0[r].displayText ?? "null" } }
  }

  /// The diagnostic a statement fails with.
  static func error(_ query: String, in session: Session = session()) -> Diagnostic? {
    var session = session
    do {
      guard let statement = try Parser.parseStatement(query) else { return nil }
      _ = try session.execute(statement)
      return nil
    } catch {
      return error
    }
  }
}
