import Foundation
import Testing

/// Scripts and one-shot use in shell scripts: the exit codes, error positions and output that
/// scripts depend on.
@Suite struct ScriptTests {
  static let data = ["--data", "Examples/data"]

  static func temporaryDirectory() throws -> URL {
    let dir = TestDirectories.unique("script")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
  }

  @Test func paramSetsAndListsParameters() throws {
    let script = ".param set år 2019\n.param list\naktiviteter where år = $år | count\n.param unset år\n.param list\n"
    let r = try UQLProcess.run(Self.data, stdin: script)
    #expect(r == .init(stdout: "$år = 2019\nantal\n5\n", stderr: "", status: 0))
  }

  @Test func headersOffAndOn() throws {
    let script = ".headers off\naktiviteter where år = 2019 | count\n.headers on\naktiviteter where år = 2019 | count\n"
    let r = try UQLProcess.run(Self.data + ["--format", "csv"], stdin: script)
    #expect(r == .init(stdout: "5\nantal\n5\n", stderr: "", status: 0))
    let bad = try UQLProcess.run(Self.data, stdin: ".headers maybe\n")
    #expect(bad.status == 1 && bad.stderr.contains("error: .headers takes on or off, found \"maybe\""))
  }

  @Test func failEmptyExitsThreeOnlyWhenTheLastResultIsEmpty() throws {
    let empty = try UQLProcess.run(Self.data + ["--fail-empty", "-e", "aktiviteter where år = 1900"])
    #expect(empty.status == 3)
    #expect(empty.stderr == "")
    let rows = try UQLProcess.run(Self.data + ["--fail-empty", "-e", "aktiviteter where år = 2019"])
    #expect(rows.status == 0)
  }

  @Test func anErrorOnTheThirdLineOfAStatementPointsThere() throws {
    let dir = try Self.temporaryDirectory()
    let script = dir.appendingPathComponent("fel.uql")
    try "-- a comment\naktiviteter\n  | where år = 2019\n  | select aktivitet, stauts\n".write(to: script, atomically: true, encoding: .utf8)
    let r = try UQLProcess.run(Self.data + ["-f", script.path])
    #expect(r.status == 1)
    #expect(r.stdout == "")
    #expect(r.stderr == """
      \(script.path):4:23: error: unknown column "stauts" in aktiviteter
          | select aktivitet, stauts
                              ^~~~~~
      help: did you mean "status"?

      """)
  }

  @Test func aScriptAsAnArgumentRunsLikeDashF() throws {
    let r = try UQLProcess.run(["08-scripts.uql", "--data", "data"], in: UQLProcess.root.appendingPathComponent("Examples"))
    #expect(r.status == 0)
    #expect(r.stdout.hasPrefix("delmål\tantal\n"))
  }

  @Test func keepGoingRunsTheRestAndFailsAtTheEnd() throws {
    let r = try UQLProcess.run(Self.data + ["--keep-going", "--no-header"], stdin: "uppdrag | count\nnope\naktiviteter | count\n")
    #expect(r.status == 1)
    #expect(r.stdout == "6\n10\n")
    #expect(r.stderr.hasPrefix("<stdin>:2:1: error: unknown dataset \"nope\"\n"))
    let stop = try UQLProcess.run(Self.data + ["--no-header"], stdin: "uppdrag | count\nnope\naktiviteter | count\n")
    #expect(stop.status == 1)
    #expect(stop.stdout == "6\n")
  }

  @Test func readCyclesAreErrors() throws {
    let dir = try Self.temporaryDirectory()
    try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
    try ".read sub/b.uql\n".write(to: dir.appendingPathComponent("a.uql"), atomically: true, encoding: .utf8)
    try "uppdrag | count\n.read ../a.uql\n".write(to: dir.appendingPathComponent("sub/b.uql"), atomically: true, encoding: .utf8)
    let r = try UQLProcess.run(["--data", UQLProcess.root.appendingPathComponent("Examples/data").path, "-f", "a.uql"], in: dir)
    #expect(r.status == 1)
    #expect(r.stdout == "antal\n6\n")
    #expect(r.stderr.hasPrefix("sub/b.uql:2:1: error: .read cycle: \"../a.uql\" is already being read\n"))
  }

  @Test func unreadableScriptAndUnknownMetaCommand() throws {
    let missing = try UQLProcess.run(Self.data + ["-f", "no/such/script.uql"])
    #expect(missing == .init(stdout: "", stderr: "uql: error: cannot read script \"no/such/script.uql\": no such file\n", status: 1))
    let meta = try UQLProcess.run(Self.data, stdin: ".fromat csv\n")
    #expect(meta.status == 1)
    #expect(meta.stderr == "<stdin>:1:1: error: unknown meta-command \".fromat\"\n  .fromat csv\n  ^~~~~~~~~~~\nhelp: did you mean \".format\"?\n")
  }

  @Test func metaCommandsChangeFormatAndOutput() throws {
    let dir = try Self.temporaryDirectory()
    let script = ".format csv\nuppdrag | count\n.output ut.csv\naktiviteter | count by status | limit 2\n.output\n.format json\nuppdrag | count\n"
    let r = try UQLProcess.run(["--data", UQLProcess.root.appendingPathComponent("Examples/data").path], stdin: script, in: dir)
    #expect(r == .init(stdout: "antal\n6\n[\n{\"antal\":6}\n]\n", stderr: "", status: 0))
    #expect(try String(contentsOf: dir.appendingPathComponent("ut.csv"), encoding: .utf8) == "status,antal\npågår,2\nklar,2\n")
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".tmp") }
    #expect(leftovers.isEmpty)
  }

  @Test func onceSendsTheNextResultToAFileThenResultsGoBack() throws {
    let dir = try Self.temporaryDirectory()
    let script = """
      .format csv
      .once a.csv
      .headers off
      let x = uppdrag
      x | count
      .headers on
      uppdrag | count
      .output ut.csv
      .once b.csv
      aktiviteter | count
      uppdrag | count
      .once c.csv
      aktiviteter where nosuch = 1
      .once d.csv

      """
    let r = try UQLProcess.run(
      ["--data", UQLProcess.root.appendingPathComponent("Examples/data").path, "--keep-going"], stdin: script, in: dir)
    #expect(r.stdout == "antal\n6\n")
    #expect(r.stderr.hasPrefix("<stdin>:13:19: error: unknown column \"nosuch\" in aktiviteter\n"))
    #expect(r.status == 1)
    func contents(_ name: String) throws -> String {
      try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
    }
    // Settings and let leave .once waiting; its result goes to the file, then back to stdout.
    #expect(try contents("a.csv") == "6\n")
    #expect(try contents("b.csv") == "antal\n10\n")
    // After .once, results go back to the earlier .output file, not to stdout.
    #expect(try contents("ut.csv") == "antal\n6\n")
    // A failed statement and the end of the script drop a waiting .once: no file is made.
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    #expect(names == ["a.csv", "b.csv", "ut.csv"])
  }

  @Test func endlessStdinIsAnErrorNotAllTheMemory() throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", "'\(UQLProcess.binary.path)' --data Examples/data < /dev/zero"]
    process.currentDirectoryURL = UQLProcess.root
    let err = Pipe()
    process.standardError = err
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 1)
    #expect(stderr.hasPrefix("uql: error: <stdin>: file is "))
  }

  @Test func aBrokenPipeEndsQuietly() throws {
    let dir = try Self.temporaryDirectory()
    var csv = "n,text\n"
    for i in 0..<60_000 { csv += "\(i),rad nummer \(i)\n" }
    try csv.write(to: dir.appendingPathComponent("stor.csv"), atomically: true, encoding: .utf8)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", "'\(UQLProcess.binary.path)' --data stor.csv -e stor | head -1; echo \"status ${PIPESTATUS:-}\""]
    process.currentDirectoryURL = dir
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(stdout.hasPrefix("n\ttext\n"))
    #expect(stderr == "")
  }
}

/// `--format sql` loads into sqlite3 with the same rows and types as the data it came from.
@Suite(.enabled(if: sqliteAvailable, "sqlite3 is not installed"))
struct SQLOutputTests {
  static func sqlite(_ database: URL, _ query: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
    process.arguments = ["-batch", "-separator", "\t", database.path, query]
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return text
  }

  /// Feeds SQL text to sqlite3 on `database`; returns its exit status.
  static func load(_ sql: String, into database: URL) throws -> Int32 {
    let load = Process()
    load.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
    load.arguments = ["-batch", database.path]
    let input = Pipe()
    load.standardInput = input
    try load.run()
    input.fileHandleForWriting.write(Data(sql.utf8))
    try input.fileHandleForWriting.close()
    load.waitUntilExit()
    return load.terminationStatus
  }

  @Test(arguments: ["uppdrag", "indikatorer", "ekonomi", "aktiviteter"])
  func sqlLoadsIntoSQLiteWithTheSameRows(dataset: String) throws {
    let dir = try ScriptTests.temporaryDirectory()
    let database = dir.appendingPathComponent("a.db")
    let sql = try UQLProcess.run(ScriptTests.data + ["--format", "sql", "-e", dataset])
    #expect(sql.status == 0)
    #expect(try Self.load(sql.stdout, into: database) == 0)
    let tsv = try UQLProcess.run(ScriptTests.data + ["--format", "tsv", "--no-header", "-e", dataset])
    #expect(try Self.sqlite(database, "SELECT * FROM \"\(dataset)\"") == tsv.stdout)
  }

  /// The tables a database holds, one a line.
  static func tables(in database: URL) throws -> String {
    try sqlite(database, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
  }

  @Test func aSecondLoadIntoTheSameDatabaseFailsAndAddsNoRow() throws {
    let dir = try ScriptTests.temporaryDirectory()
    let database = dir.appendingPathComponent("twice.db")
    let sql = try UQLProcess.run(ScriptTests.data + ["--format", "sql", "-e", "uppdrag"])
    #expect(try Self.load(sql.stdout, into: database) == 0)
    let rows = try Self.sqlite(database, "SELECT count(*) FROM uppdrag")
    #expect(rows != "0\n")
    #expect(try Self.load(sql.stdout, into: database) != 0)
    #expect(try Self.sqlite(database, "SELECT count(*) FROM uppdrag") == rows)
    // Nothing is left behind: no staging table, in neither load.
    #expect(try Self.tables(in: database) == "uppdrag\n")
  }

  @Test func tableNamesTheFirstResultAndNumbersTheRest() throws {
    let dir = try ScriptTests.temporaryDirectory()
    let database = dir.appendingPathComponent("named.db")
    let sql = try UQLProcess.run(
      ScriptTests.data + ["--format", "sql", "--table", "mål x", "-e", "uppdrag | count", "-e", "aktiviteter | count",
        "-e", "uppdrag | count by status | limit 1"])
    #expect(sql.status == 0)
    #expect(try Self.load(sql.stdout, into: database) == 0)
    #expect(try Self.tables(in: database) == "mål x\nmål x_2\nmål x_3\n")
    #expect(try Self.sqlite(database, "SELECT antal FROM \"mål x_2\"") == "10\n")
    // Without --table, each result is named after its dataset.
    let plain = try UQLProcess.run(ScriptTests.data + ["--format", "sql", "-e", "uppdrag | count", "-e", "uppdrag | count"])
    #expect(plain.stdout.contains("RENAME TO \"uppdrag\";\n") && plain.stdout.contains("RENAME TO \"uppdrag_2\";\n"))
    // The catalogue commands name their one table --table too (else "resultat").
    let datasets = try UQLProcess.run(["datasets"] + ScriptTests.data + ["--format", "sql", "--table", "lista"])
    #expect(datasets.stdout.contains("RENAME TO \"lista\";\n"))
  }

  @Test func typesSurviveTheTrip() throws {
    let dir = try ScriptTests.temporaryDirectory()
    let database = dir.appendingPathComponent("t.db")
    let sql = try UQLProcess.run(ScriptTests.data + ["--format", "sql", "-e", "uppdrag | select år, belopp, beslutad, status | limit 1"])
    #expect(try Self.load(sql.stdout, into: database) == 0)
    #expect(try Self.sqlite(database, "SELECT typeof(\"år\"), typeof(belopp), beslutad, status FROM uppdrag") == "integer\tinteger\t2018-11-20\tuppfylls\n")
  }
}

/// The report cache: a second run reads the cache and says the same; damage is read again.
@Suite struct ReportCacheTests {
  @Test func aCachedRunGivesTheSameResultAndDamageIsIgnored() throws {
    let cache = try ScriptTests.temporaryDirectory()
    let env = ["UQL_CACHE": cache.path]
    let query = ["--format", "csv", "-e", "aktiviteter | count by rapport, status", "-e", "indikatorer | select tidpunkt, indikator, utfall"]
    let first = try UQLProcess.run(query, environment: env)
    let entries = try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasSuffix(".uqldata") }
    #expect(entries.count == 1)
    let second = try UQLProcess.run(query, environment: env)
    #expect(second == first)
    // A damaged entry fails its checksum: the reports are read again, with the same answer.
    let entry = cache.appendingPathComponent(entries[0])
    var bytes = try Data(contentsOf: entry)
    bytes[bytes.count / 2] ^= 0xFF
    try bytes.write(to: entry)
    #expect(try UQLProcess.run(query, environment: env) == first)
    for off in ["", "off"] {
      #expect(try UQLProcess.run(query, environment: ["UQL_CACHE": off], in: cache) == first)
      let made = cache.appendingPathComponent("off").path
      #expect(!FileManager.default.fileExists(atPath: made), "UQL_CACHE=\(off) made a cache directory")
    }
  }
}
