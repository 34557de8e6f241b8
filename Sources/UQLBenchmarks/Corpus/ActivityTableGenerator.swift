import Foundation

/// Writes a synthetic `aktiviteter`-shaped table as CSV, deterministic from a seed: rows in
/// blocks per report, as a folder of reports would give them.
///
/// Columns: rapport, år, delmål, uppdrag, aktivitet, status, kommentar, belopp, rad. Low
/// cardinality: år, delmål, status; medium: rapport, uppdrag; high: aktivitet, kommentar,
/// belopp. Empty kommentar and belopp fields are nulls.
struct ActivityTableGenerator {
  static let header = "rapport,år,delmål,uppdrag,aktivitet,status,kommentar,belopp,rad"

  static let goals = [
    "Hög attraktivitet", "Stark konkurrenskraft", "Fler i arbete", "God och jämlik hälsa",
    "Trygg och sammanhållen vård", "Ständig förbättring", "Eget ansvar utifrån egen förmåga",
    "Hållbar samhällsplanering", "Digitalisering", "Kompetensförsörjning", "Klimat och miljö",
    "Kultur och fritid",
  ]
  static let verbs = [
    "Utveckla", "Genomföra", "Samordna", "Ta fram", "Följa upp", "Stärka", "Leda", "Implementera",
    "Revidera", "Delta i", "Driva", "Analysera",
  ]
  static let objects = [
    "regional cykelplan", "trafikförsörjningsprogrammet", "samverkan med kommunerna",
    "kompetensplattformen", "bredbandsstrategin", "miljöarbetet", "hälsofrämjande insatser",
    "näringslivsstrategin", "kollektivtrafiken", "det systematiska kvalitetsarbetet",
    "besöksnäringen", "den regionala utvecklingsstrategin", "integrationsarbetet",
    "innovationsstödet", "kulturplanen", "arbetsmarknadsinsatser", "forskningssamverkan",
    "digitala tjänster", "jämställdhetsarbetet", "infrastrukturplanen",
  ]
  static let qualifiers = [
    "för unga vuxna", "i hela länet", "med fokus på landsbygden", "tillsammans med Hallandstrafiken",
    "inom ramen för budgeten", "(pilot)", "– etapp 2", "i norra Halland", "med civilsamhället",
    "för nyanlända",
  ]
  static let comments = [
    "Arbetet pågår enligt plan.", "Försenat, på grund av resursbrist.",
    "Klart under våren, utvärdering återstår.", "Pausat i väntan på beslut.",
    "Delvis genomfört; fortsätter nästa år.", "Inga avvikelser.",
    "Samverkan med kommunerna, Trafikverket och näringslivet.", "Se bilaga 3.",
  ]
  /// Statuses with weights: most activities run or are done, few are paused or off plan.
  static let statuses: [(String, Int)] = [
    ("pågår", 45), ("klar", 25), ("pausad", 4), ("ej_startad", 6), ("delvis", 7),
    ("ej_enligt_plan", 3), ("okänd", 10),
  ]

  var rows: Int
  var reports: Int
  var seed: UInt64

  /// Writes the CSV to `path`; returns its size in bytes.
  @discardableResult
  func write(to path: String) throws -> Int {
    guard FileManager.default.createFile(atPath: path, contents: nil),
      let handle = FileHandle(forWritingAtPath: path)
    else { throw BenchError("cannot write \(path)") }
    defer { try? handle.close() }
    var rng = SeededGenerator(seed: seed)
    let statusTable = ActivityTableGenerator.statuses.flatMap { Array(repeating: $0.0, count: $0.1) }
    let reportIDs = (0..<reports).map { String(format: "%04d_", $0) + rng.hexID() }
    var buffer = ActivityTableGenerator.header + "\n"
    var total = 0
    let perReport = max(1, (rows + reports - 1) / reports)
    for row in 0..<rows {
      let report = min(row / perReport, reports - 1)
      let year = 2015 + report % 10
      let goal = ActivityTableGenerator.goals.randomElement(using: &rng)!
      let verb = ActivityTableGenerator.verbs.randomElement(using: &rng)!
      let object = ActivityTableGenerator.objects.randomElement(using: &rng)!
      let assignment = "\(verb) \(object)"
      let activity =
        "\(ActivityTableGenerator.verbs.randomElement(using: &rng)!) \(object) "
        + "\(ActivityTableGenerator.qualifiers.randomElement(using: &rng)!) \(Int.random(in: 1...500, using: &rng))"
      let status = statusTable.randomElement(using: &rng)!
      let comment =
        Int.random(in: 0..<10, using: &rng) < 3 ? "" : ActivityTableGenerator.comments.randomElement(using: &rng)!
      let cents = Int.random(in: 0..<10_000_000, using: &rng)
      let amount =
        Int.random(in: 0..<20, using: &rng) == 0 ? "" : "\(cents / 100).\(cents % 100 < 10 ? "0" : "")\(cents % 100)"
      buffer += "\(reportIDs[report]),\(year),\(csv(goal)),\(csv(assignment)),\(csv(activity)),"
      buffer += "\(status),\(csv(comment)),\(amount),\(row % perReport + 1)\n"
      if buffer.utf8.count > 1 << 20 {
        total += buffer.utf8.count
        handle.write(Data(buffer.utf8))
        buffer = ""
      }
    }
    total += buffer.utf8.count
    handle.write(Data(buffer.utf8))
    return total
  }

  /// A CSV field, quoted when it holds a comma or a quote.
  func csv(_ s: String) -> String {
    guard s.contains(",") || s.contains("\"") else { return s }
    return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
