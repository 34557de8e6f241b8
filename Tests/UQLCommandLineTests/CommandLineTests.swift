import Foundation
import Testing

/// The command line as a contract with shell scripts: stdout, stderr and exit status.
@Suite struct CommandLineTests {
  static let data = ["--data", "Examples/data"]

  func uql(_ args: [String], stdin: String = "", env: [String: String] = [:]) throws -> UQLProcess.Output {
    try UQLProcess.run(args, stdin: stdin, environment: env)
  }

  /// A new empty directory of this test's own.
  static func temporaryDirectory(_ name: String) throws -> URL {
    let dir = TestDirectories.unique(name)
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
  }

  @Test func resultsAreTSVWhenStdoutIsNotATerminal() throws {
    let r = try uql(Self.data + ["-e", "aktiviteter where status = pausad | select aktivitet, år"])
    #expect(r == .init(stdout: "aktivitet\tår\nRemiss av cykelplanen\t2019\nSamordna insatser för unga\t2019\n", stderr: "", status: 0))
  }

  @Test func dataDashReadsATableFromStdin() throws {
    let csv = try uql(["--data", "-", "-e", "stdin | count"], stdin: "a,b\n1,2\n3,4\n")
    #expect(csv == .init(stdout: "antal\n2\n", stderr: "", status: 0))
    let json = try uql(["--data", "-", "-e", "stdin | select a", "--format", "csv"], stdin: "[{\"a\": 1}, {\"a\": 2}]")
    #expect(json == .init(stdout: "a\n1\n2\n", stderr: "", status: 0))
    let tsv = try uql(["--data", "-", "-e", "stdin | select b"], stdin: "a\tb\n1\tx\n")
    #expect(tsv == .init(stdout: "b\nx\n", stderr: "", status: 0))
    let broken = try uql(["--data", "-", "-e", "stdin"], stdin: "a,\"b\n")
    #expect(broken.status == 1 && broken.stderr.hasPrefix("uql: error: stdin:1:3: "))
    // stdin is the data, so it cannot also be the script.
    let noQuery = try uql(["--data", "-"], stdin: "a,b\n")
    #expect(noQuery.status == 2)
    #expect(noQuery.stderr.hasPrefix("Error: --data - reads a table from stdin, so the queries must come with -e or -f\n"))
  }

  @Test func helpShowsTheQueryOptions() throws {
    let r = try uql(["--help"])
    #expect(r.status == 0)
    for option in ["-e, --execute <query>", "-f, --file <file>", "--data <path>", "--format <format>", "--param <name=value>"] {
      #expect(r.stdout.contains(option), "\(option)")
    }
  }

  @Test func aStrayWordAfterTheOptionsIsAUsageErrorWithAHint() throws {
    let r = try uql(Self.data + ["datasets"])
    #expect(r == .init(
      stdout: "",
      stderr: "uql: error: no script file \"datasets\"\nhelp: a command comes before the options: uql datasets "
        + Self.data.joined(separator: " ") + "\n",
      status: 2))
  }

  /// `pågår` and `ej_startad` are assignment statuses: asked of the samples, none has them.
  @Test func assignmentsUnderWayAreAStatusToAskFor() throws {
    let r = try uql(["-e", "uppdrag where status = pågår or status = ej_startad | count"])
    #expect(r == .init(stdout: "antal\n0\n", stderr: "", status: 0))
  }

  @Test func aStrayWordThatNamesNoCommandIsTakenForAQuery() throws {
    let r = try uql(Self.data + ["aktiviteter"])
    #expect(r == .init(
      stdout: "",
      stderr: "uql: error: no script file \"aktiviteter\"\nhelp: to run a query, give it with -e: uql -e 'aktiviteter'\n",
      status: 2))
  }

  @Test func theManifestInADataDirectoryIsAppliedNotReadAsATable() throws {
    let dir = try Self.temporaryDirectory("manifest")
    let report = UQLProcess.root.appendingPathComponent("Examples/reports")
    let name = try #require(try FileManager.default.contentsOfDirectory(atPath: report.path).first { $0.hasPrefix("001") })
    try FileManager.default.copyItem(at: report.appendingPathComponent(name), to: dir.appendingPathComponent(name))
    try #"{"\#(name)": {"år": 2021}}"#.write(to: dir.appendingPathComponent("uql-manifest.json"), atomically: true, encoding: .utf8)
    let r = try uql(["--data", dir.path, "-e", "rapporter | select år"])
    #expect(r == .init(stdout: "år\n2021\n", stderr: "", status: 0))
  }

  @Test func aDirectorysReadmeAndSourcesAreSkippedWithANoteAndReadWhenNamed() throws {
    let dir = try Self.temporaryDirectory("documentation")
    let report = UQLProcess.root.appendingPathComponent("Examples/reports")
    let name = try #require(try FileManager.default.contentsOfDirectory(atPath: report.path).first { $0.hasPrefix("001") })
    try FileManager.default.copyItem(at: report.appendingPathComponent(name), to: dir.appendingPathComponent(name))
    let sources = "# Sources\n\n- `\(name)`: copied from the samples.\n"
    try sources.write(to: dir.appendingPathComponent("SOURCES.md"), atomically: true, encoding: .utf8)
    try "Reports of 2021.\n".write(to: dir.appendingPathComponent("readme.txt"), atomically: true, encoding: .utf8)
    let r = try uql(["--data", dir.path, "-e", "rapporter | count"])
    #expect(r == .init(
      stdout: "antal\n1\n",
      stderr: "uql: note: \(dir.path)/SOURCES.md: skipped, it documents the directory (name it alone to read it)\n",
      status: 0))
    let named = try uql(["--data", dir.appendingPathComponent("SOURCES.md").path, "-e", "rapporter | count"])
    #expect(named.stdout == "antal\n1\n" && named.status == 0)
  }

  @Test func aPipeInADataDirectoryIsSkippedNotWaitedFor() throws {
    let dir = try Self.temporaryDirectory("fifo")
    try "a,b\n1,2\n".write(to: dir.appendingPathComponent("t.csv"), atomically: true, encoding: .utf8)
    #expect(mkfifo(dir.appendingPathComponent("pipe.csv").path, 0o600) == 0)
    let r = try uql(["--data", dir.path, "-e", "t | count"])
    #expect(r == .init(
      stdout: "antal\n1\n", stderr: "uql: note: \(dir.path)/pipe.csv: skipped, not a regular file\n", status: 0))
  }

  @Test func aNamedPipeThatNoProgramWritesToIsRefusedNotWaitedFor() throws {
    let dir = try Self.temporaryDirectory("fifo-named")
    let pipe = dir.appendingPathComponent("pipe.uql").path
    #expect(mkfifo(pipe, 0o600) == 0)
    let script = try uql(["-f", pipe])
    #expect(script == .init(
      stdout: "", stderr: "uql: error: cannot read script \"\(pipe)\": a named pipe that no program writes to\n",
      status: 1))
    let table = dir.appendingPathComponent("pipe.csv").path
    #expect(mkfifo(table, 0o600) == 0)
    let data = try uql(["--data", table, "-e", "pipe | count"])
    #expect(data.status == 1)
    #expect(data.stderr.hasPrefix("uql: error: \(table): a named pipe that no program writes to\n"))
  }

  @Test func aPipeWithAWriterIsReadToItsEnd() throws {
    // What `uql -f <(…)` is given: a pipe another program writes.
    let r = try uql(["-f", "/proc/self/fd/0"], stdin: "rapporter | count\n")
    #expect(r == .init(stdout: "antal\n5\n", stderr: "", status: 0))
    // `--data <(…)`: a table whose format is sniffed as on stdin, named after the descriptor.
    let table = try uql(["--data", "/proc/self/fd/0", "-e", "fd0 | count"], stdin: "a,b\n1,2\n3,4\n")
    #expect(table == .init(stdout: "antal\n2\n", stderr: "", status: 0))
  }

  @Test func untrustedNamesInErrorsHaveTheirControlCharactersEscaped() throws {
    let dir = try Self.temporaryDirectory("esc")
    let file = dir.appendingPathComponent("we\u{1B}[31mird.csv")
    try "a\u{7}b,c\n1,2\n".write(to: file, atomically: true, encoding: .utf8)
    let r = try uql(["--data", file.path, "-e", "x"])
    #expect(r.status == 1)
    #expect(!r.stderr.contains("\u{1B}") && !r.stderr.contains("\u{7}"))
    #expect(r.stderr.hasSuffix("help: datasets are: we\\e[31mird\n"))
    let columns = try uql(["--data", file.path, "-e", "we\u{1B}[31mird | select nope"])
    #expect(!columns.stderr.contains("\u{7}"))
    // A file that is not there, a report no reader knows, a dataset that is not there.
    let missing = try uql(["--data", dir.appendingPathComponent("no\u{1B}[1mexist.csv").path, "-e", "x"])
    #expect(missing.stderr.hasSuffix("no\\e[1mexist.csv: no such file or directory\n"))
    let report = dir.appendingPathComponent("bad\u{1}name.txt")
    try Data([0xFF, 0xFE, 0x20, 0x78]).write(to: report)
    let unread = try uql(["--data", report.path, "-e", "rapporter | count"])
    #expect(unread.stderr.contains("bad\\x01name.txt") && !unread.stderr.contains("\u{1}"))
    let schema = try uql(["schema", "no\u{1B}[2Jpe", "--data", file.path])
    #expect(schema.stderr == "uql: error: unknown dataset \"no\\e[2Jpe\"\nhelp: datasets are: we\\e[31mird\n")
  }

  /// A manifest that is no regular file (a pipe) is passed over with a note, never waited for.
  @Test func aManifestThatIsAPipeIsSkippedWithANote() throws {
    let dir = try Self.temporaryDirectory("pipe-manifest")
    let report = UQLProcess.root.appendingPathComponent("Examples/reports")
    let name = try #require(try FileManager.default.contentsOfDirectory(atPath: report.path).first { $0.hasPrefix("001") })
    try FileManager.default.copyItem(at: report.appendingPathComponent(name), to: dir.appendingPathComponent(name))
    let manifest = dir.appendingPathComponent("uql-manifest.json").path
    #expect(mkfifo(manifest, 0o600) == 0)
    let r = try uql(["--data", dir.path, "-e", "rapporter | count"])
    #expect(r.status == 0)
    #expect(r.stderr == "uql: note: \(manifest): skipped, not a regular file\n")
  }

  @Test func anEmptyResultIsSuccessWithAHeader() throws {
    let r = try uql(Self.data + ["-e", "aktiviteter where år = 1999 | select aktivitet"])
    #expect(r == .init(stdout: "aktivitet\n", stderr: "", status: 0))
  }

  @Test func aQueryErrorNamesThePlaceAndSuggests() throws {
    let r = try uql(Self.data + ["-e", "aktiviteter where statu = pausad"])
    #expect(r.status == 1)
    #expect(r.stdout == "")
    #expect(r.stderr == """
      <query>:1:19: error: unknown column "statu" in aktiviteter
        aktiviteter where statu = pausad
                          ^~~~~
      help: did you mean "status"?

      """)
  }

  @Test func anUnknownEnumWordIsAnErrorNotAnEmptyResult() throws {
    let r = try uql(Self.data + ["-e", "aktiviteter where status = pausd"])
    #expect(r.status == 1)
    #expect(r.stderr.hasPrefix("<query>:1:28: error: unknown value \"pausd\" for \"status\"\n"))
    #expect(r.stderr.hasSuffix("help: did you mean \"pausad\"?\n"))
  }

  @Test func anErrorOnALaterLineOfAScriptNamesThatLine() throws {
    let script = "aktiviteter | count\naktiviteter\n  | where år = 2019\n  | sort by aktivitt\n"
    let r = try uql(Self.data + ["--format", "csv"], stdin: script)
    #expect(r.status == 1)
    #expect(r.stdout == "antal\n10\n")
    #expect(r.stderr.hasPrefix("<stdin>:4:13: error: unknown column \"aktivitt\" in aktiviteter\n    | sort by aktivitt\n              ^~~~~~~~\n"))
  }

  @Test func usageErrorsExitTwo() throws {
    let flag = try uql(["--frobnicate"])
    #expect(flag.status == 2)
    #expect(flag.stdout == "")
    #expect(flag.stderr.contains("Unknown option '--frobnicate'"))
    let format = try uql(Self.data + ["--format", "xml", "-e", "aktiviteter"])
    #expect(format.status == 2)
    #expect(format.stderr.contains("xml"))
    let missing = try uql(["--data", "no/such.csv", "-e", "x"])
    #expect(missing == .init(stdout: "", stderr: "uql: error: no/such.csv: no such file or directory\n", status: 2))
  }

  @Test func anEmptyOrControlTableNameIsAUsageError() throws {
    for name in ["", "a\tb"] {
      let r = try uql(Self.data + ["--format", "sql", "--table", name, "-e", "uppdrag"])
      #expect(r.status == 2)
      #expect(r.stdout == "")
      #expect(r.stderr.hasPrefix(name.isEmpty ? "Error: --table needs a name" : "Error: --table cannot name a table"))
    }
    let help = try uql(["--help"])
    #expect(help.stdout.contains("--table <name>         The table --format sql creates"))
  }

  @Test func helpListsExitCodes() throws {
    let r = try uql(["--help"])
    #expect(r.status == 0)
    #expect(r.stdout.contains("EXIT STATUS"))
    #expect(r.stdout.contains("2  usage error"))
  }

  @Test func queriesRunInOrder() throws {
    let r = try uql(Self.data + ["--no-header", "-e", "uppdrag | count", "-e", "aktiviteter | count"])
    #expect(r == .init(stdout: "6\n10\n", stderr: "", status: 0))
  }

  @Test func letNamesAResultForLaterStatements() throws {
    let r = try uql(Self.data + ["-e", "let p = aktiviteter where status = pausad; p | count"])
    #expect(r.stdout == "antal\n2\n")
  }

  @Test func parametersAreValuesNeverText() throws {
    let ok = try uql(Self.data + ["--param", "år=2020", "-e", "aktiviteter where år = $år | count"])
    #expect(ok.stdout == "antal\n5\n")
    let env = try uql(Self.data + ["-e", "aktiviteter where år = $år | count"], env: ["UQL_PARAM_år": "2019"])
    #expect(env.stdout == "antal\n5\n")
    let injection = try uql(Self.data + ["--param", "x=\"; .quit", "-e", "aktiviteter where aktivitet = $x | count"])
    #expect(injection == .init(stdout: "antal\n0\n", stderr: "", status: 0))
  }

  @Test func outputFormats() throws {
    let q = ["-e", "indikatorer where rapport = \"2020-jan-aug\" | select indikator, utfall, enhet"]
    let csv = try uql(Self.data + ["--format", "csv"] + q)
    #expect(csv.stdout == "indikator,utfall,enhet\nSjukfrånvaro,2.67,%\nPersonalomsättning,10.96,%\n")
    let json = try uql(Self.data + ["--format", "json"] + q)
    #expect(json.stdout == """
      [
      {"indikator":"Sjukfrånvaro","utfall":2.67,"enhet":"%"},
      {"indikator":"Personalomsättning","utfall":10.96,"enhet":"%"}
      ]

      """)
    let ndjson = try uql(Self.data + ["--format", "ndjson"] + q)
    #expect(ndjson.stdout.split(separator: "\n").count == 2)
    let nulls = try uql(Self.data + ["--format", "csv", "--null", "NULL", "-e", "indikatorer where utfall is null | select utfall"])
    #expect(nulls.stdout == "utfall\nNULL\n")
  }

  @Test func datasetsAndSchema() throws {
    let list = try uql(["datasets"] + Self.data + ["--format", "csv"])
    #expect(list.status == 0)
    #expect(list.stdout.hasPrefix("namn,rader,kolumner,källa\naktiviteter,10,"))
    let schema = try uql(["schema", "aktiviteter", "--format", "csv"] + Self.data)
    #expect(schema.stdout.contains("status,enum(status),"))
    #expect(schema.stdout.contains("år,integer,\n"))
    let unknown = try uql(["schema", "aktivitter"] + Self.data)
    #expect(unknown.status == 1)
  }

  @Test func malformedCSVNamesFileLineAndColumn() throws {
    let dir = TestDirectories.root.appendingPathComponent("bad")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let file = dir.appendingPathComponent("trasig.csv")
    try "a,b\n1,2\n3,4,5\n".write(to: file, atomically: true, encoding: .utf8)
    let r = try uql(["--data", file.path, "-e", "trasig"])
    #expect(r.status == 1)
    #expect(r.stderr.hasPrefix("uql: error: \(file.path):3:"))
  }

  @Test func manPageAndShellCompletions() throws {
    let manual = try uql(["manual"])
    #expect(manual.status == 0)
    #expect(manual.stdout.hasPrefix(".TH UQL 1"))
    #expect(manual.stdout.contains("\\-\\-fail\\-empty"))
    #expect(manual.stdout.contains("3  \\-\\-fail\\-empty was given"))
    for shell in ["bash", "zsh", "fish"] {
      let script = try uql(["--generate-completion-script", shell])
      #expect(script.status == 0)
      #expect(script.stdout.contains("uql"))
    }
  }
}
