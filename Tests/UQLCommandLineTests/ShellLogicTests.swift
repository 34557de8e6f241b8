import Foundation
import Testing
import UQLLanguage
import UQLLineEditor

@testable import UQLCommandLine

/// The shell's logic without a terminal: statement accumulation, history file, paths,
/// meta-commands and the read-run loop over scripted lines.
@Suite struct ShellLogicTests {
  @Test func statementBufferRunsCompleteStatementsAndContinuesOthers() {
    var buffer = StatementBuffer()
    #expect(buffer.prompt == "uql> ")
    #expect(buffer.add("") == [])
    #expect(buffer.prompt == "uql> ")
    #expect(buffer.add("aktiviteter |") == [])
    #expect(buffer.prompt == "  -> ")
    #expect(buffer.add("where status = pausad") == ["aktiviteter |\nwhere status = pausad"])
    #expect(buffer.isEmpty)
    #expect(buffer.add("aktiviteter | count") == ["aktiviteter | count"])
    #expect(buffer.add(".schema aktiviteter") == [".schema aktiviteter"])
    #expect(buffer.add("  .format csv (") == ["  .format csv ("])
  }

  @Test func sqliteAndPsqlHabits() throws {
    var buffer = StatementBuffer()
    #expect(buffer.add("exit") == [".quit"])
    #expect(buffer.add("  QUIT; ") == [".quit"])
    #expect(buffer.add("help") == [".help"])
    // Inside a statement, the word is the statement's.
    #expect(buffer.add("aktiviteter |") == [])
    #expect(buffer.add("help") == ["aktiviteter |\nhelp"])
    let range = SourceRangeFixture.range
    #expect(try MetaCommand.parse(name: "tables", argument: "", at: range) == .datasets)
    #expect(try MetaCommand.parse(name: "mode", argument: "csv", at: range) == .format(.csv))
    #expect(try MetaCommand.parse(name: "mode", argument: "box", at: range) == .format(.table))
    #expect(try MetaCommand.parse(name: "mode", argument: "tabs", at: range) == .format(.tsv))
    #expect(try MetaCommand.parse(name: "mode", argument: "line", at: range) == .format(.line))
    #expect(try MetaCommand.parse(name: "param", argument: "set år 2019", at: range) == .setParameter("år", "2019"))
    #expect(try MetaCommand.parse(name: "param", argument: "set $namn Hög attraktivitet", at: range)
      == .setParameter("namn", "Hög attraktivitet"))
    #expect(try MetaCommand.parse(name: "param", argument: "unset år", at: range) == .setParameter("år", nil))
    #expect(try MetaCommand.parse(name: "param", argument: "", at: range) == .listParameters)
    #expect(try MetaCommand.parse(name: "param", argument: "list", at: range) == .listParameters)
    #expect(throws: Diagnostic.self) { try MetaCommand.parse(name: "param", argument: "set år", at: range) }
    #expect(throws: Diagnostic.self) { try MetaCommand.parse(name: "tabels", argument: "", at: range) }
    do {
      _ = try MetaCommand.parse(name: "tabels", argument: "", at: range)
    } catch {
      #expect(error.help == "did you mean \".tables\"?")
    }
  }

  @Test func ctrlDOnAContinuationRunsTheUnfinishedStatement() {
    var buffer = StatementBuffer()
    #expect(buffer.add("aktiviteter |") == [])
    #expect(buffer.flush() == ["aktiviteter |"])
    #expect(buffer.isEmpty && buffer.flush() == [])
  }

  @Test func anEmptyLineOnAContinuationRunsWhatThereIs() {
    var buffer = StatementBuffer()
    #expect(buffer.add("aktiviteter where delmål in (\"a\",") == [])
    #expect(buffer.add("   ") == ["aktiviteter where delmål in (\"a\","])
    #expect(buffer.prompt == "uql> ")
  }

  @Test func clearForgetsAnUnfinishedStatement() {
    var buffer = StatementBuffer()
    _ = buffer.add("aktiviteter where")
    buffer.clear()
    #expect(buffer.prompt == "uql> ")
    #expect(buffer.add("uppdrag") == ["uppdrag"])
  }

  @Test func pastedLinesStartingWithAPipeOrClauseContinueTheStatementAbove() {
    var buffer = StatementBuffer()
    #expect(buffer.add("aktiviteter", moreWaiting: true) == [])
    #expect(buffer.isHolding)
    #expect(buffer.add("| where status = pausad", moreWaiting: true) == [])
    #expect(buffer.add("  and år = 2019", moreWaiting: true) == [])
    #expect(buffer.add("count by delmål", moreWaiting: true) == [])
    #expect(
      buffer.add("uppdrag", moreWaiting: false) == [
        "aktiviteter\n| where status = pausad\n  and år = 2019\ncount by delmål", "uppdrag",
      ])
    #expect(buffer.isEmpty)
    #expect(!buffer.isHolding)
  }

  @Test func aHeldStatementRunsBeforeAMetaCommandABlankLineOrTheEnd() {
    var buffer = StatementBuffer()
    #expect(buffer.add("aktiviteter", moreWaiting: true) == [])
    #expect(buffer.add(".format csv", moreWaiting: true) == ["aktiviteter", ".format csv"])
    #expect(buffer.add("uppdrag", moreWaiting: true) == [])
    #expect(buffer.add("", moreWaiting: true) == ["uppdrag"])
    #expect(buffer.add("uppdrag | count", moreWaiting: true) == [])
    #expect(buffer.flush() == ["uppdrag | count"])
    #expect(buffer.flush() == [])
  }

  @Test func typedLinesNeverWait() {
    var buffer = StatementBuffer()
    #expect(buffer.add("aktiviteter") == ["aktiviteter"])
    #expect(buffer.add("| count") == ["| count"])
  }

  @Test func historyPathsFollowXDG() {
    #expect(ShellPaths(environment: ["HOME": "/h"]).history == "/h/.local/state/uql/history")
    #expect(ShellPaths(environment: ["HOME": "/h/"]).startupFile == "/h/.config/uql/uqlrc")
    #expect(ShellPaths(environment: ["HOME": "/h", "XDG_STATE_HOME": "/s"]).history == "/s/uql/history")
    #expect(ShellPaths(environment: ["HOME": "/h", "XDG_STATE_HOME": "rel"]).history == "/h/.local/state/uql/history")
    #expect(ShellPaths(environment: ["HOME": "/h", "XDG_CONFIG_HOME": "/c"]).startupFile == "/c/uql/uqlrc")
    #expect(ShellPaths(environment: ["HOME": "/h", "UQL_HISTORY": "/x/h"]).history == "/x/h")
    #expect(ShellPaths(environment: ["HOME": "/h", "UQL_HISTORY": ""]).history == nil)
    #expect(ShellPaths(environment: [:]).history == nil)
  }

  /// A runner on the CSV fixtures with the given output options.
  static func runner(_ output: [String] = []) throws -> Runner {
    try Runner(
      data: try DataOptions.parse(["--data", UQLProcess.root.appendingPathComponent("Examples/data").path]).settings,
      output: try OutputOptions.parse(output).settings)
  }

  /// A runner on the CSV fixtures that writes its results as CSV to `path`.
  static func csvRunner(writingTo path: String) throws -> Runner {
    var runner = try runner(["--format", "csv"])
    runner.output = try OutputTarget.file(path)
    return runner
  }

  static func temporaryDirectory() throws -> URL {
    let url = TestDirectories.unique("logic")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test func historyFileRoundTripsMultiLineEntriesWithMode0600() throws {
    let dir = try ShellLogicTests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = HistoryFile(path: dir.appendingPathComponent("state/uql/history").path)
    #expect(file.load().isEmpty)
    let entries = ["aktiviteter |\nwhere status = pausad", "uppdrag where x ~ \"a\\\\b\"", "åäö \\n literal"]
    for entry in entries { try file.append(entry) }
    try file.append(entries[2])
    #expect(file.load() == entries)
    let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
    let text = try String(contentsOfFile: file.path, encoding: .utf8)
    #expect(text.split(separator: "\n").count == 4)
  }

  @Test func historyFileKeepsTheLastEntriesUpToTheLimit() throws {
    let dir = try ShellLogicTests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = HistoryFile(path: dir.appendingPathComponent("history").path, limit: 3)
    for i in 1...5 { try file.append("q\(i)") }
    #expect(file.load() == ["q3", "q4", "q5"])
  }

  @Test func twoShellsWritingAtOnceLoseNothing() throws {
    let dir = try ShellLogicTests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("history").path
    DispatchQueue.concurrentPerform(iterations: 4) { shell in
      let file = HistoryFile(path: path)
      for i in 0..<25 { try? file.append("shell \(shell) statement \(i)") }
    }
    let loaded = HistoryFile(path: path).load()
    #expect(loaded.count == 100)
    #expect(Set(loaded).count == 100)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".tmp") }
    #expect(leftovers.isEmpty)
  }

  @Test func historyFilesNeverFollowPlantedLinksNorReplaceDevices() throws {
    let dir = try ShellLogicTests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("history").path
    // A dangling link at the lock's name does not create its target.
    let target = dir.appendingPathComponent("victim").path
    try FileManager.default.createSymbolicLink(atPath: path + ".lock", withDestinationPath: target)
    try HistoryFile(path: path).append("x")
    #expect(!FileManager.default.fileExists(atPath: target))
    #expect(HistoryFile(path: path).load() == ["x"])
    // A link where the old temporary name was is left alone and its target untouched.
    try "keep".write(toFile: target, atomically: false, encoding: .utf8)
    try FileManager.default.createSymbolicLink(atPath: path + ".\(getpid()).tmp", withDestinationPath: target)
    try HistoryFile(path: path).append("y")
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep")
    // A pipe named as the history is refused, not replaced by a regular file.
    let fifo = dir.appendingPathComponent("fifo").path
    #expect(mkfifo(fifo, 0o600) == 0)
    #expect(throws: HistoryFile.HistoryError.self) { try HistoryFile(path: fifo).append("z") }
    var info = stat()
    #expect(lstat(fifo, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO)
  }

  @Test func anUnwritableHistoryFileFailsAndTheShellStopsTrying() throws {
    let dir = try ShellLogicTests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let blocker = dir.appendingPathComponent("not-a-directory")
    _ = FileManager.default.createFile(atPath: blocker.path, contents: Data())
    let file = HistoryFile(path: blocker.appendingPathComponent("history").path)
    #expect(throws: HistoryFile.HistoryError.self) { try file.append("x") }
    let runner = try ShellLogicTests.runner()
    let shell = Shell(runner: runner, historyFile: file)
    let lines = ScriptedLines([.line(".timer on"), .line(".timer off")])
    shell.run(reading: lines)
    #expect(shell.historyFile == nil)
    #expect(shell.runner.history == [".timer on", ".timer off"])
  }

  @Test func pathCompletionListsFilesAndMarksDirectories() throws {
    let dir = try ShellLogicTests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try FileManager.default.createDirectory(at: dir.appendingPathComponent("data"), withIntermediateDirectories: true)
    _ = FileManager.default.createFile(atPath: dir.appendingPathComponent("dag.csv").path, contents: Data())
    _ = FileManager.default.createFile(atPath: dir.appendingPathComponent(".dold").path, contents: Data())
    let base = dir.path + "/"
    #expect(PathCompletion.candidates(for: base + "da") == [base + "dag.csv", base + "data/"])
    #expect(PathCompletion.candidates(for: base) == [base + "dag.csv", base + "data/"])
    #expect(PathCompletion.candidates(for: base + ".d") == [base + ".dold"])
    #expect(PathCompletion.candidates(for: base + "nothing/x").isEmpty)
  }

  @Test func candidateGridFillsColumnsDownThenAcross() {
    #expect(CandidateGrid.layout(["a", "bb", "c", "d"], width: 8) == "a   c\nbb  d\n")
    #expect(CandidateGrid.layout(["pågår", "klar"], width: 80) == "pågår  klar\n")
    #expect(CandidateGrid.layout(["x"], width: 1) == "x\n")
  }

  @Test(arguments: [
    (".load Examples/data", MetaCommand.load("Examples/data")),
    (".timer on", .timer(true)),
    (".timer OFF", .timer(false)),
    (".history", .history),
    (".maxrows 100", .maxRows(100)),
    (".maxrows ALL", .maxRows(nil)),
  ])
  func newMetaCommandsParse(line: String, expected: MetaCommand) throws {
    let parts = line.dropFirst().split(separator: " ", maxSplits: 1)
    let range = SourceRangeFixture.range
    #expect(
      try MetaCommand.parse(name: String(parts[0]), argument: parts.count > 1 ? String(parts[1]) : "", at: range)
        == expected)
  }

  @Test func badMetaCommandArgumentsAreErrors() {
    #expect(throws: (any Error).self) {
      try MetaCommand.parse(name: "timer", argument: "maybe", at: SourceRangeFixture.range)
    }
    #expect(throws: (any Error).self) {
      try MetaCommand.parse(name: "load", argument: "", at: SourceRangeFixture.range)
    }
    #expect(throws: (any Error).self) {
      try MetaCommand.parse(name: "history", argument: "x", at: SourceRangeFixture.range)
    }
    do {
      _ = try MetaCommand.parse(name: "maxrows", argument: "-1", at: SourceRangeFixture.range)
      Issue.record("expected an error")
    } catch {
      #expect(error.message == ".maxrows takes a number or all, found \"-1\"")
    }
  }

  @Test func helpListsEveryMetaCommandAndExplainsOne() throws {
    let all = try MetaCommand.helpText(for: nil, at: SourceRangeFixture.range)
    for name in MetaCommand.names { #expect(all.contains("." + name)) }
    #expect(try MetaCommand.helpText(for: "load", at: SourceRangeFixture.range).hasPrefix(".load PATH\n"))
    #expect(try MetaCommand.helpText(for: ".timer", at: SourceRangeFixture.range).hasPrefix(".timer on|off\n"))
    do {
      _ = try MetaCommand.helpText(for: "lod", at: SourceRangeFixture.range)
      Issue.record("expected an error")
    } catch {
      #expect(error.message == "no help on \"lod\"")
      #expect(
        error.help == "did you mean \".load\"? topics are statements, clauses, functions, aggregates, operators, "
          + "statuses, a name they list, or a meta-command")
    }
  }

  @Test func errorColouringMarksTheSeverityCaretAndHelp() {
    let rendered =
      "<shell>:1:19: error: unknown column \"statu\"\n  aktiviteter where statu\n                    ^~~~~\nhelp: did you mean \"status\"?\n"
    let coloured = ErrorColouring.coloured(rendered)
    #expect(coloured.contains(": \u{1B}[1;31merror:\u{1B}[0m unknown column"))
    #expect(coloured.contains("                    \u{1B}[1;31m^~~~~\u{1B}[0m\n"))
    #expect(coloured.contains("\u{1B}[1mhelp:\u{1B}[0m did you mean"))
    #expect(coloured.contains("  aktiviteter where statu\n"))
    #expect(ErrorColouring.isWanted(environment: [:], stderrIsTerminal: true))
    #expect(ErrorColouring.isWanted(environment: ["NO_COLOR": ""], stderrIsTerminal: true))
    #expect(!ErrorColouring.isWanted(environment: ["NO_COLOR": "1"], stderrIsTerminal: true))
    #expect(!ErrorColouring.isWanted(environment: [:], stderrIsTerminal: false))
    #expect(Shell.footer(rows: 1) == "(1 row)\n")
    #expect(Shell.footer(rows: 0) == "(0 rows)\n")
    #expect(Shell.footer(rows: 40, maxRows: 40) == "(40 rows)\n")
    #expect(Shell.footer(rows: 224, maxRows: 40) == "(224 rows, 40 shown; .maxrows all shows every row)\n")
  }

  @Test func historyListingIndentsLaterLines() {
    #expect(Runner.listing(["a", "b |\nwhere c"]) == "1  a\n2  b |\n   where c\n")
  }

  @Test func multiLineStatementsAreRecalledOnOneLine() {
    #expect(Shell.editable("aktiviteter |\n  where år > 1") == "aktiviteter | where år > 1")
    #expect(Shell.editable("aktiviteter -- x\n| count") == "aktiviteter -- x\n| count")
  }

  /// Lines typed by a pretend user.
  final class ScriptedLines: LineSource {
    var inputs: [LineInput]
    var prompts: [String] = []
    var recalled: [String] = []
    /// Whether the lines come as one paste, all waiting at once.
    var pasted = false

    init(_ inputs: [LineInput]) { self.inputs = inputs }

    var hasWaitingInput: Bool { pasted && !inputs.isEmpty }

    func readLine(prompt: String) -> LineInput {
      prompts.append(prompt)
      return inputs.isEmpty ? .endOfInput : inputs.removeFirst()
    }

    func addHistory(_ entry: String) { recalled.append(entry) }
  }

  @Test func theLoopKeepsLetNamesAndSettingsAcrossErrorsAndRecordsHistory() throws {
    let dir = try ShellLogicTests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let results = dir.appendingPathComponent("results.csv").path
    let runner = try ShellLogicTests.csvRunner(writingTo: results)
    let history = HistoryFile(path: dir.appendingPathComponent("history").path)
    let shell = Shell(runner: runner, historyFile: history)
    let lines = ScriptedLines([
      .line("let p = aktiviteter where"), .line("  status = pausad"),
      .line("p where statu = klar"),
      .line("aktiviteter where"), .cancelled,
      .line("p |"), .line("count"),
      .line(".quit"), .line("uppdrag"),
    ])
    shell.run(reading: lines)
    try shell.runner.output.close()
    #expect(lines.prompts == ["uql> ", "  -> ", "uql> ", "uql> ", "  -> ", "uql> ", "  -> ", "uql> "])
    #expect(try String(contentsOfFile: results, encoding: .utf8) == "antal\n2\n")
    #expect(
      history.load() == ["let p = aktiviteter where\n  status = pausad", "p where statu = klar", "p |\ncount", ".quit"])
    #expect(lines.recalled.last == ".quit")
    #expect(shell.runner.session.dataset(named: "p") != nil)
  }

  @Test func tabOffersTheColumnsOfThePipelineAndOfLetNames() throws {
    let dir = try ShellLogicTests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let shell = Shell(runner: try ShellLogicTests.csvRunner(writingTo: dir.path + "/results.csv"), historyFile: nil)
    shell.run(
      reading: ScriptedLines([
        .line(".param set från 2019"), .line("let p = aktiviteter | pivot delmål by status value count()"),
      ]))
    func columns(_ text: String) -> [String] {
      shell.offer(before: text).candidates.filter { !$0.hasSuffix("(") }
    }
    // The names a pivot makes come from the rows, so only the bound result knows them.
    #expect(
      columns("p | sort by ") == [
        "delmål", "pågår", "klar", "pausad", "ej_startad", "delvis", "ej_enligt_plan", "okänd",
      ])
    #expect(columns("aktiviteter | where år >= $från | count by status | sort by ") == ["status", "antal"])
    #expect(columns("aktiviteter | join uppdrag on ") == ["rapport", "år", "delmål", "uppdrag", "status"])
  }

  @Test func onceInTheShellWritesOneResultAndAFailureLeavesTheFileAlone() throws {
    let dir = try ShellLogicTests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let results = dir.appendingPathComponent("results.csv").path
    let once = dir.appendingPathComponent("once.csv").path
    try "old\n".write(toFile: once, atomically: false, encoding: .utf8)
    let shell = Shell(runner: try ShellLogicTests.csvRunner(writingTo: results), historyFile: nil)
    shell.run(
      reading: ScriptedLines([
        .line(".once \(once)"), .line("aktiviteter where statu = klar"), .line("uppdrag | count"),
        .line(".once \(dir.path)/two.csv"), .line(".param list"), .line("aktiviteter | count"),
      ]))
    try shell.runner.closeOutput()
    #expect(try String(contentsOfFile: results, encoding: .utf8) == "antal\n6\nantal\n10\n")
    #expect(try String(contentsOfFile: once, encoding: .utf8) == "old\n")
    // An empty result is a result: the file is written, empty, and the next one goes back.
    #expect(try String(contentsOfFile: dir.path + "/two.csv", encoding: .utf8) == "")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["once.csv", "results.csv", "two.csv"])
  }

  @Test func onceNeedsAFile() throws {
    do {
      _ = try MetaCommand.parse(name: "once", argument: "", at: SourceRangeFixture.range)
      Issue.record("expected an error")
    } catch {
      #expect(error.message == ".once needs a file")
      #expect(error.help == "write .once A FILE")
    }
    #expect(MetaCommand.completionSpecs.contains { $0.name == "once" && $0.argument == .path })
    #expect(try MetaCommand.helpText(for: "once", at: SourceRangeFixture.range)
      == ".once FILE\n  write the next result to FILE, then go back to where results went before\n")
  }

  @Test func aPasteRunsEachStatementOnceWithItsContinuations() throws {
    let dir = try ShellLogicTests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let results = dir.appendingPathComponent("results.csv").path
    let runner = try ShellLogicTests.csvRunner(writingTo: results)
    let shell = Shell(runner: runner, historyFile: nil)
    let lines = ScriptedLines([
      .line("uppdrag"), .line("| where status = uppfylls"), .line("| count"), .line("aktiviteter"),
      .line("| count"),
    ])
    lines.pasted = true
    shell.run(reading: lines)
    try shell.runner.output.close()
    #expect(try String(contentsOfFile: results, encoding: .utf8) == "antal\n3\nantal\n10\n")
    #expect(shell.runner.history == ["uppdrag\n| where status = uppfylls\n| count", "aktiviteter\n| count"])
  }
}

enum SourceRangeFixture {
  static let range = SourceRange(
    SourceLocation(offset: 0, line: 1, column: 1), SourceLocation(offset: 1, line: 1, column: 2))
}
