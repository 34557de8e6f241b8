/// One question asked of every engine: the uql query and the SQL that answers the same question.
struct BenchQuery: Sendable {
  var name: String
  var uql: String
  var sql: String
}

/// What one engine measured for a table: load time and per-query times, with result row counts
/// so the engines can be checked to answer alike.
struct EngineTimes {
  var load: [Double] = []
  var queries: [String: [Double]] = [:]
  var rows: [String: Int] = [:]
  /// Peak memory of the process that held the table, in bytes, when known.
  var peakBytes: Int?
}
