import Foundation
import Testing

/// The interactive shell driven as a user would: the real binary in a real terminal (tmux).
@Suite(.enabled(if: TerminalSession.isAvailable, "needs tmux"), .serialized)
struct ShellTests {
  static let data = ["--data", "Examples/data"]

  /// A shell on the example data, at its first prompt.
  func shell(_ extra: [String] = [], home: URL? = nil, environment: [String: String] = [:]) throws
    -> TerminalSession
  {
    let session = try TerminalSession(ShellTests.data + extra, home: home, environment: environment)
    try session.wait(forLastLine: "uql>")
    return session
  }

  @Test func queryWithSwedishLettersTypedAndRun() throws {
    let s = try shell()
    try s.type("aktiviteter where status = pågår and delmål ~ \"Hög\" and år = 2019 | select aktivitet, kommentar")
    try s.press("Enter")
    let screen = try s.wait(forText: "Dialog pågår med Trafikverket")
    #expect(screen.contains("Delta i Västsvenska paketet"))
    try s.wait(forLastLine: "uql>")
  }

  @Test func cursorMovesByCharacterOverSwedishAndWideLetters() throws {
    let s = try shell()
    try s.type("åäö")
    try s.press("C-b", "C-b")
    try s.type("X")
    try s.wait(forLastLine: "uql> åXäö")
    try s.press("C-a", "C-k")
    try s.type("漢字ö")
    try s.press("C-b", "C-b")
    try s.type("Y")
    try s.wait(forLastLine: "uql> 漢Y字ö")
  }

  @Test func upRecallsTheLastStatementAfterARestart() throws {
    let home = TestDirectories.unique("history")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: home) }
    do {
      let first = try shell(home: home)
      try first.type("uppdrag | count by status")
      try first.press("Enter")
      try first.wait(forText: "uppfylls_delvis")
      try first.wait(forLastLine: "uql>")
      try first.press("C-d")
      try first.wait(forText: "[exit 0]")
    }
    let file = home.appendingPathComponent(".local/state/uql/history")
    let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
    let second = try shell(home: home)
    try second.press("Up")
    try second.wait(forLastLine: "uql> uppdrag | count by status")
  }

  @Test func ctrlRFindsAnEarlierStatement() throws {
    let s = try shell()
    try s.type("uppdrag where status = uppfylls_inte | count")
    try s.press("Enter")
    try s.wait(forText: "antal")
    try s.wait(forLastLine: "uql>")
    try s.type("aktiviteter | limit 1")
    try s.press("Enter")
    // (The prompt after the second statement's answer, not the first's still on the last line
    // before the shell has read the keys: a Ctrl-R sent while the statement runs is echoed.)
    try s.wait(for: "the prompt after the second statement") { screen in
      let lines = screen.split(separator: "\n")
      return lines.filter { $0.hasPrefix("uql>") }.count == 3 && lines.last?.trimmingCharacters(in: .whitespaces) == "uql>"
    }
    try s.press("C-r")
    try s.type("uppfy")
    try s.wait(forText: "uppdrag where status = uppfylls_inte | count\n")
    try s.press("Enter")
    try s.wait(for: "the statement found to run again") { screen in
      screen.components(separatedBy: "antal").count == 3
    }
  }

  @Test func tabCompletesADatasetAColumnAndAStatusValue() throws {
    let s = try shell()
    try s.type("akt")
    try s.press("Tab")
    try s.wait(forLastLine: "uql> aktiviteter")
    try s.type("where sta")
    try s.press("Tab")
    try s.wait(forLastLine: "uql> aktiviteter where status")
    try s.type("= pau")
    try s.press("Tab")
    try s.wait(forLastLine: "uql> aktiviteter where status = pausad")
    try s.press("Enter")
    let screen = try s.wait(forText: "Samordna insat")
    #expect(screen.contains("│ pausad │"))
  }

  @Test func aLongTableShowsFortyRowsUntilMaxrowsAll() throws {
    // The bundled reports: 224 activities.
    let s = try TerminalSession([])
    try s.wait(forLastLine: "uql>")
    try s.type("aktiviteter | select rad | sort by rad")
    try s.press("Enter")
    var screen = try s.wait(forText: "(224 rows, 40 shown; .maxrows all shows every row)")
    #expect(screen.contains("│   ⋮ │"))
    try s.type(".maxrows all")
    try s.press("Enter")
    try s.type("aktiviteter | select rad | sort by rad desc")
    try s.press("Enter")
    screen = try s.wait(forText: "(224 rows)\n")
    #expect(!screen.contains("⋮"))
  }

  @Test func tabListsSeveralCandidatesBelowTheLine() throws {
    let s = try shell()
    try s.type("aktiviteter where status = ej")
    try s.press("Tab")
    let screen = try s.wait(forText: "ej_enligt_plan")
    #expect(screen.contains("ej_startad"))
    try s.wait(forLastLine: "uql> aktiviteter where status = ej_")
  }

  @Test func aTwoLineStatementWithAContinuationPrompt() throws {
    let s = try shell()
    try s.type("aktiviteter |")
    try s.press("Enter")
    try s.wait(forLastLine: "->")
    try s.type("count by status")
    try s.press("Enter")
    let screen = try s.wait(forText: "antal")
    #expect(screen.contains("  -> count by status"))
    try s.wait(forLastLine: "uql>")
  }

  @Test func aPastedStatementWithLinesStartingWithAPipeRunsOnce() throws {
    let s = try shell()
    try s.paste("aktiviteter\n| where status = pausad\n| count\n")
    let screen = try s.wait(forText: "antal")
    try s.wait(forLastLine: "uql>")
    #expect(try s.screen().contains("│     2 │"))
    #expect(!screen.contains("error"))
    #expect(try !s.screen().contains("rapport"))
  }

  @Test func anEmptyLineOnAContinuationRunsItAndReportsWhatIsMissing() throws {
    let s = try shell()
    try s.type("aktiviteter where")
    try s.press("Enter")
    try s.wait(forLastLine: "->")
    try s.press("Enter")
    try s.wait(forText: "error:")
    try s.wait(forLastLine: "uql>")
  }

  @Test func ctrlCClearsTheLineWithoutExiting() throws {
    let s = try shell()
    try s.type("aktiviteter where status = ")
    try s.press("C-c")
    try s.wait(forLastLine: "uql>")
    try s.type("uppdrag | count")
    try s.press("Enter")
    try s.wait(forText: "antal")
    #expect(try !s.screen().contains("[exit"))
  }

  @Test func ctrlCOnAContinuationDropsTheWholeStatement() throws {
    let s = try shell()
    try s.type("aktiviteter |")
    try s.press("Enter")
    try s.wait(forLastLine: "->")
    try s.press("C-c")
    try s.wait(forLastLine: "uql>")
  }

  @Test func anErrorKeepsTheShellAliveWithLetNamesAndSettings() throws {
    let s = try shell()
    try s.type("let pausade = aktiviteter where status = pausad")
    try s.press("Enter")
    try s.wait(forLastLine: "uql>")
    try s.type(".format csv")
    try s.press("Enter")
    try s.wait(forLastLine: "uql>")
    try s.type("pausade where statu = klar")
    try s.press("Enter")
    let screen = try s.wait(forText: "did you mean \"status\"?")
    #expect(screen.contains("^~~~~"))
    try s.wait(forLastLine: "uql>")
    try s.type("pausade | count")
    try s.press("Enter")
    try s.wait(forText: "antal\n2")
  }

  @Test func resultsFitTheTerminalAfterAResize() throws {
    let s = try shell()
    try s.resize(columns: 60)
    try s.type("aktiviteter")
    try s.press("Enter")
    let screen = try s.wait(forText: "┘")
    let table = screen.split(separator: "\n").filter { (line: Substring) in line.contains("│") }
    let widest = table.map { (line: Substring) in line.count }.max() ?? 0
    #expect(table.count >= 3)
    #expect(widest <= 60)
    #expect(screen.contains("│"))
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/bin/bash")))
  func ctrlZSuspendsAndFgResumesTheLine() throws {
    let s = try TerminalSession([], interactiveShell: true)
    try s.wait(forLastLine: "$")
    try s.type("cd '\(UQLProcess.root.path)' && '\(UQLProcess.binary.path)' --data Examples/data")
    try s.press("Enter")
    try s.wait(forLastLine: "uql>")
    try s.type("akt")
    try s.press("C-z")
    try s.wait(forText: "Stopped")
    try s.wait(forLastLine: "$")
    try s.type("fg")
    try s.press("Enter")
    try s.wait(forLastLine: "uql> akt")
    try s.type("iviteter | count")
    try s.press("Enter")
    try s.wait(forText: "│    10 │")
  }

  @Test func tablesEndWithARowCount() throws {
    let s = try shell()
    try s.type("aktiviteter where status = pausad | select aktivitet")
    try s.press("Enter")
    try s.wait(forText: "(2 rows)")
    try s.type("aktiviteter | count")
    try s.press("Enter")
    try s.wait(forText: "(1 row)")
  }

  @Test func errorsAreColouredUnlessNoColorIsSet() throws {
    for noColor in [false, true] {
      let s = try shell(environment: noColor ? ["NO_COLOR": "1"] : [:])
      try s.type("aktiviteter where statu = klar")
      try s.press("Enter")
      try s.wait(forText: "did you mean")
      let errorLine = try s.screenWithEscapes().split(separator: "\n").first { $0.contains("error") } ?? ""
      #expect(errorLine.contains("\u{1B}[") != noColor, "NO_COLOR=\(noColor): \(errorLine)")
    }
  }

  @Test func ctrlDExitsWithStatusZero() throws {
    let s = try shell()
    try s.press("C-d")
    try s.wait(forText: "[exit 0]")
  }

  @Test func quitExitsWithStatusZero() throws {
    let s = try shell()
    try s.type(".quit")
    try s.press("Enter")
    try s.wait(forText: "[exit 0]")
  }

  @Test func startupFileRunsBeforeTheFirstPrompt() throws {
    let home = TestDirectories.unique("rc")
    let config = home.appendingPathComponent(".config/uql")
    try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: home) }
    try "-- start-up\nlet klara = aktiviteter where status = klar\n.timer on\n"
      .write(to: config.appendingPathComponent("uqlrc"), atomically: true, encoding: .utf8)
    do {
      let s = try shell(home: home)
      try s.type("klara | count")
      try s.press("Enter")
      try s.wait(forText: "time:")
      try s.press("C-d")
      try s.wait(forText: "[exit 0]")
    }
    do {
      let s = try shell(["--no-init"], home: home)
      try s.type("klara")
      try s.press("Enter")
      try s.wait(forText: "unknown dataset \"klara\"")
    }
  }

  @Test func anErrorInTheStartupFileStopsStartUpWithItsLine() throws {
    let home = TestDirectories.unique("rc")
    let config = home.appendingPathComponent(".config/uql")
    try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: home) }
    try ".timer on\naktiviteter where statu = klar\n"
      .write(to: config.appendingPathComponent("uqlrc"), atomically: true, encoding: .utf8)
    let s = try TerminalSession(ShellTests.data, home: home)
    let screen = try s.wait(forText: "[exit 1]")
    #expect(screen.contains("uqlrc:2:19: error: unknown column \"statu\""))
    #expect(screen.contains("--no-init"))
    #expect(!screen.contains("uql>"))
  }

  @Test func loadCompletesPathsAndAddsDatasets() throws {
    let s = try TerminalSession([])
    try s.wait(forLastLine: "uql>")
    try s.type(".load Examples/da")
    try s.press("Tab")
    try s.wait(forLastLine: "uql> .load Examples/data/")
    try s.type("upp")
    try s.press("Tab")
    try s.wait(forLastLine: "uql> .load Examples/data/uppdrag.csv")
    try s.press("Enter")
    // The bundled reports have an "uppdrag" too: the file replaces it.
    try s.wait(forText: "replaced uppdrag (6 rows)")
    try s.type("uppdrag | count")
    try s.press("Enter")
    try s.wait(forText: "│     6 │")
  }

  @Test func historyIsOffWhenUQLHistoryIsEmpty() throws {
    let s = try shell(environment: ["UQL_HISTORY": ""])
    try s.type("uppdrag | count")
    try s.press("Enter")
    try s.wait(forText: "antal")
    try s.press("C-d")
    try s.wait(forText: "[exit 0]")
    #expect(!FileManager.default.fileExists(atPath: s.home.appendingPathComponent(".local/state/uql").path))
  }

  @Test func statementsFromStdinNeverEnterTheHistory() throws {
    let home = TestDirectories.unique("stdin")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: home) }
    let result = try UQLProcess.run(
      ShellTests.data, stdin: "uppdrag | count\n", environment: ["HOME": home.path, "XDG_STATE_HOME": ""])
    #expect(result.status == 0)
    #expect(result.stdout == "antal\n6\n")
    #expect(!result.stderr.contains("uql>"))
    #expect(!FileManager.default.fileExists(atPath: home.appendingPathComponent(".local/state/uql").path))
  }
}
