import FuzzDriver
import UQLLanguage
import UQLValues

/// libFuzzer entry point: queries run over a small dataset with nulls, enums, extremes and
/// Swedish text. Inputs starting with byte 0xFF are a decision stream for ``QueryGenerator``,
/// which builds mostly valid queries; others are query text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEvaluator(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let text: String
  if bytes.first == 0xFF {
    var generator = QueryGenerator(bytes: bytes.dropFirst())
    text = generator.query()
  } else {
    text = String(decoding: bytes, as: UTF8.self)
  }
  var session = FuzzData.session
  for parsed in Parser.parse(text) {
    guard case .success(let statement) = parsed.result else { continue }
    _ = try? session.execute(statement)
  }
  return 0
}

enum FuzzData {
  static let session: Session = {
    func day(_ y: Int, _ m: Int, _ d: Int) -> Value { .date(Day(year: y, month: m, day: d)!) }
    let table = Table(
      names: ["delmål", "aktivitet", "status", "år", "belopp", "klar", "datum"],
      types: [.text, .text, .enumeration(.activityStatus), .integer, .number, .boolean, .date],
      rows: [
        [
          .text("Hög attraktivitet"), .text("Cykelplan"), .text("pågår"), .integer(2019), .number(12.5),
          .boolean(false), day(2019, 3, 1),
        ],
        [
          .text("Hög attraktivitet"), .text("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab"), .text("klar"),
          .integer(Int.max), .number(-3), .boolean(true), day(1900, 1, 1),
        ],
        [.null, .text("Ärende"), .text("okänd"), .integer(Int.min), .null, .null, .null],
        [.text("Fler  i arbete"), .text(""), .null, .integer(0), .number(0), .boolean(true), day(2024, 2, 29)],
      ])
    return Session(datasets: [Dataset(name: "aktiviteter", table: table, origin: "fuzz")])
  }()
}

/// Builds query text from a stream of decisions, so mutations of bytes become mutations of
/// well-formed queries.
struct QueryGenerator {
  var bytes: ArraySlice<UInt8>

  mutating func choose(_ n: Int) -> Int {
    guard let b = bytes.popFirst() else { return 0 }
    return Int(b) % n
  }

  static let columns = ["delmål", "aktivitet", "status", "år", "belopp", "klar", "datum"]
  static let literals = [
    "1", "0", "-1", "9223372036854775807", "2,5", "\"Cykelplan\"", "\"\"", "null", "true", "false",
    "pågår", "pausad", "\"(a+)+$\"", "\"a*\"", "\"^.*$\"", "\"[å-ö]\"",
  ]

  mutating func query() -> String {
    var text = "aktiviteter"
    for _ in 0..<choose(5) { text += " | " + clause() }
    return text
  }

  mutating func clause() -> String {
    switch choose(7) {
    case 0: return "where " + expression(depth: 0)
    case 1: return "select " + items()
    case 2: return "sort by " + expression(depth: 0) + (choose(2) == 0 ? " desc" : "")
    case 3: return "limit \(choose(256))"
    case 4: return "distinct"
    case 5: return "count by " + items()
    default:
      let aggregate = [
        "count()", "sum(belopp)", "avg(år)", "min(aktivitet)", "max(datum)", "median(belopp)",
        "count(klar)",
      ][choose(7)]
      return "group by " + items() + " aggregate a = " + aggregate
    }
  }

  mutating func items() -> String {
    var names: [String] = []
    for i in 0...choose(3) { names.append("c\(i) = " + expression(depth: 1)) }
    return names.joined(separator: ", ")
  }

  mutating func expression(depth: Int) -> String {
    if depth > 4 || choose(3) == 0 { return leaf() }
    let a = expression(depth: depth + 1)
    let b = expression(depth: depth + 1)
    switch choose(14) {
    case 0: return "(\(a) and \(b))"
    case 1: return "(\(a) or \(b))"
    case 2: return "not (\(a))"
    case 3: return "(\(a) \(["=", "!=", "<", "<=", ">", ">=", "~"][choose(7)]) \(b))"
    case 4: return "(\(a) \(["+", "-", "*", "/"][choose(4)]) \(b))"
    case 5: return "\(a) is \(choose(2) == 0 ? "" : "not ")null"
    case 6: return "\(a) like \(b)"
    case 7: return "\(a) matches \(b)"
    case 8: return "\(a) in (\(b), \(leaf()))"
    case 9: return "\(a) between \(b) and \(leaf())"
    case 10: return "-(\(a))"
    case 11: return "\(["lower", "upper", "length", "year", "round", "coalesce"][choose(6)])(\(a))"
    case 12: return "round(\(a), \(b))"
    default: return "coalesce(\(a), \(b))"
    }
  }

  mutating func leaf() -> String {
    choose(2) == 0
      ? QueryGenerator.columns[choose(QueryGenerator.columns.count)]
      : QueryGenerator.literals[choose(QueryGenerator.literals.count)]
  }
}

/// SwiftPM links executables with `main` renamed to `FuzzEvaluator_main`; hand control to
/// libFuzzer's driver from there.
@_cdecl("FuzzEvaluator_main")
func fuzzEvaluatorMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  runFuzzDriver(argc, argv) { data, size in
    guard let data else { return 0 }
    return fuzzEvaluator(data, size)
  }
}
