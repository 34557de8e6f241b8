import FuzzDriver
import UQLLanguage
import UQLValues

/// libFuzzer entry point: query text through the lexer, parser and checker. Any input must end
/// in statements or diagnostics, never a trap.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuery(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let session = FuzzData.session
  for parsed in Parser.parse(text) {
    guard case .success(let statement) = parsed.result else { continue }
    checkRoundTrip(statement)
    switch statement {
    case .query(let query), .let(_, let query, _), .explain(let query, _):
      _ = try? session.plan(query)
    case .meta:
      break
    }
  }
  return 0
}

/// The printer's text parses back to a statement that prints the same: a finding traps, which
/// is how a fuzz target reports one.
func checkRoundTrip(_ statement: Statement) {
  let printed = QueryPrinter.print(statement)
  let again = Parser.parse(printed)
  guard again.count == 1, case .success(let reparsed) = again[0].result else {
    if case .failure(let error) = again.first?.result,
      error.message.hasPrefix("expression nested deeper") || error.message.hasPrefix("statement is")
    {
      return
    }
    fatalError("printed statement does not parse: \(printed)")
  }
  let reprinted = QueryPrinter.print(reparsed)
  if reprinted != printed { fatalError("print(parse(print(s))) != print(s): \(printed) vs \(reprinted)") }
}

/// A small dataset whose schema the checker binds against.
enum FuzzData {
  static let session: Session = {
    let table = Table(
      names: ["delmål", "aktivitet", "status", "år", "belopp", "klar", "datum"],
      types: [.text, .text, .enumeration(.activityStatus), .integer, .number, .boolean, .date],
      rows: [
        [
          .text("Hög attraktivitet"), .text("Cykelplan"), .text("pågår"), .integer(2019), .number(12.5),
          .boolean(false), .date(Day(year: 2019, month: 3, day: 1)!),
        ],
        [.null, .text("Ärende"), .text("okänd"), .integer(Int.max), .null, .null, .null],
      ])
    return Session(datasets: [Dataset(name: "aktiviteter", table: table, origin: "fuzz")])
  }()
}

/// SwiftPM links executables with `main` renamed to `FuzzQuery_main`; hand control to
/// libFuzzer's driver from there.
@_cdecl("FuzzQuery_main")
func fuzzQueryMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  runFuzzDriver(argc, argv) { data, size in
    guard let data else { return 0 }
    return fuzzQuery(data, size)
  }
}
