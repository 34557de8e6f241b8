import Foundation
import Testing

/// Loads the same generated rows into sqlite3 and uql and requires identical answers to
/// equivalent queries: filters, null handling, grouping, aggregates, sorting, distinct.
/// CI installs sqlite3 (.ci/run); without it these tests cannot run and say so.
let sqliteAvailable = FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3")

@Suite(.enabled(if: sqliteAvailable, "sqlite3 is not installed"))
struct DifferentialTests {
  struct Row {
    var id: Int
    var grupp: String
    var x: Int?
    var y: String?  // two decimals, as written
    var flag: String
  }

  /// Deterministic rows with nulls in both numeric columns.
  static let rows: [Row] = {
    var state: UInt64 = 0x5EED
    func next(_ n: Int) -> Int {
      state = state &* 6364136223846793005 &+ 1442695040888963407
      return Int((state >> 33) % UInt64(n))
    }
    return (1...300).map { id in
      let x = next(10) == 0 ? nil : next(100)
      let y = next(8) == 0 ? nil : "\(next(200)).\(next(10))\(next(10))"
      return Row(id: id, grupp: ["a", "b", "c", "d"][next(4)], x: x, y: y, flag: next(2) == 0 ? "ja" : "nej")
    }
  }()

  static let directory: URL = {
    let dir = TestDirectories.root.appendingPathComponent("diff")
    try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    var csv = "id,grupp,x,y,flag\n"
    var sql = "CREATE TABLE t (id INTEGER, grupp TEXT, x INTEGER, y REAL, flag TEXT);\n"
    for r in rows {
      csv += "\(r.id),\(r.grupp),\(r.x.map(String.init) ?? ""),\(r.y ?? ""),\(r.flag)\n"
      sql += "INSERT INTO t VALUES (\(r.id), '\(r.grupp)', \(r.x.map(String.init) ?? "NULL"), \(r.y ?? "NULL"), '\(r.flag)');\n"
    }
    try? csv.write(to: dir.appendingPathComponent("t.csv"), atomically: true, encoding: .utf8)
    try? sql.write(to: dir.appendingPathComponent("t.sql"), atomically: true, encoding: .utf8)
    return dir
  }()

  static let cases: [(uql: String, sql: String)] = [
    ("t where x > 50 | sort by id | select id, x", "SELECT id, x FROM t WHERE x > 50 ORDER BY id"),
    ("t where x != 10 | count", "SELECT count(*) FROM t WHERE x != 10"),
    ("t where y is null | count", "SELECT count(*) FROM t WHERE y IS NULL"),
    ("t where not (x < 30) | count", "SELECT count(*) FROM t WHERE NOT (x < 30)"),
    ("t where x between 20 and 40 or y < 10 | count", "SELECT count(*) FROM t WHERE x BETWEEN 20 AND 40 OR y < 10"),
    ("t where grupp in (a, b) and x >= 30 | count", "SELECT count(*) FROM t WHERE grupp IN ('a', 'b') AND x >= 30"),
    ("t where x in (1, 2, 3) or x is null | count", "SELECT count(*) FROM t WHERE x IN (1, 2, 3) OR x IS NULL"),
    ("t | count by grupp", "SELECT grupp, count(*) FROM t GROUP BY grupp ORDER BY grupp"),
    (
      "t | group by grupp aggregate n = count(), s = sum(x), a = round(avg(y), 4), lo = min(x), hi = max(y), c = count(x)",
      "SELECT grupp, count(*), sum(x), round(avg(y), 4), min(x), max(y), count(x) FROM t GROUP BY grupp ORDER BY grupp"
    ),
    ("t | sort by x desc, id | select id, x | limit 25", "SELECT id, x FROM t ORDER BY x IS NULL, x DESC, id LIMIT 25"),
    ("t | sort by y, id desc | select id, y | limit 25", "SELECT id, y FROM t ORDER BY y IS NULL, y, id DESC LIMIT 25"),
    ("t | select grupp, flag | distinct | sort by grupp, flag", "SELECT DISTINCT grupp, flag FROM t ORDER BY grupp, flag"),
    ("t where x is not null | select id, z = x * 3 - 7 | sort by z desc, id | limit 10", "SELECT id, x * 3 - 7 AS z FROM t WHERE x IS NOT NULL ORDER BY z DESC, id LIMIT 10"),
    ("t | group by flag aggregate m = max(x), n = count(y > 100)", "SELECT flag, max(x), sum(y > 100) FROM t GROUP BY flag ORDER BY flag"),
  ]

  static func sqlite(_ query: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
    process.arguments = ["-batch", "-separator", "\t", ":memory:", ".read \(directory.appendingPathComponent("t.sql").path)", query]
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }

  @Test(arguments: 0..<cases.count)
  func sameAnswerAsSQLite(_ i: Int) throws {
    let (uql, sql) = Self.cases[i]
    let ours = try UQLProcess.run(["--data", Self.directory.appendingPathComponent("t.csv").path, "--no-header", "--format", "tsv", "-e", uql])
    #expect(ours.stderr == "")
    #expect(ours.stdout == (try Self.sqlite(sql)), "\(uql)")
  }
}
