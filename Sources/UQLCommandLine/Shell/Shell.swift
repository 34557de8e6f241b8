import Foundation
import UQLLanguage
import UQLLineEditor

/// Where the shell reads lines: libedit on a terminal, a list of lines in tests.
protocol LineSource: AnyObject {
  func readLine(prompt: String) -> LineInput
  /// Whether more input is already waiting, as after a paste of several lines.
  var hasWaitingInput: Bool { get }
  /// Makes an entry reachable with Up and Ctrl-R.
  func addHistory(_ entry: String)
}

extension LineEditor: LineSource {}

/// The interactive shell: reads statements line by line, runs them in one session, keeps the
/// history, and survives errors and Ctrl-C.
final class Shell {
  /// How errors name the statement they point into.
  static let sourceName = "<shell>"

  var runner: Runner
  var buffer = StatementBuffer()
  /// Nil when history is off, or after the file could not be written (warned once).
  private(set) var historyFile: HistoryFile?
  /// Whether a statement may run on another thread so Ctrl-C can abandon it.
  var cancellable = true
  /// Whether errors are coloured (stderr is a terminal and `NO_COLOR` is not set).
  var colour = false

  /// How many rows of a table the shell shows unless `.maxrows` says otherwise, as DuckDB's CLI.
  static let defaultMaxRows = 40

  init(runner: Runner, historyFile: HistoryFile?) {
    self.runner = runner
    self.runner.maxRows = Shell.defaultMaxRows
    self.historyFile = historyFile
    self.runner.history = historyFile?.load() ?? []
  }

  /// Runs the start-up file, when there is one.
  /// - Throws: ``Failure`` after reporting an error in it with its line.
  func runStartupFile(_ path: String) throws {
    guard FileManager.default.fileExists(atPath: path) else { return }
    do {
      try runner.runFile(path)
    } catch {
      Terminal.standardError.write(
        "uql: error: the start-up file \"\(path)\" failed; start with --no-init to skip it\n")
      throw Failure(status: .dataError)
    }
  }

  /// Reads and runs statements until `.quit` or Ctrl-D.
  func run(reading input: LineSource) {
    for entry in runner.history ?? [] { input.addHistory(Shell.editable(entry)) }
    while !runner.quitRequested {
      switch input.readLine(prompt: buffer.prompt) {
      case .endOfInput:
        for statement in buffer.flush() { remember(statement, in: input); execute(statement) }
        return
      case .cancelled:
        buffer.clear()
      case .line(let line):
        for statement in buffer.add(line, moreWaiting: input.hasWaitingInput) where !runner.quitRequested {
          remember(statement, in: input)
          execute(statement)
        }
      }
    }
  }

  /// Adds a statement to the history, in memory and on disk.
  func remember(_ text: String, in input: LineSource) {
    var statement = text
    while statement.last?.isWhitespace == true { statement.removeLast() }
    guard !statement.isEmpty, runner.history?.last != statement else { return }
    runner.history?.append(statement)
    input.addHistory(Shell.editable(statement))
    guard let historyFile else { return }
    do { try historyFile.append(statement) } catch {
      Terminal.standardError.write("uql: warning: \(error.message); history is not saved in this session\n")
      self.historyFile = nil
    }
  }

  /// A statement as the line editor recalls it: on one line when its line breaks only continue
  /// it (no `--` comment would swallow the rest).
  static func editable(_ statement: String) -> String {
    guard statement.contains("\n"), !statement.contains("--") else { return statement }
    return statement.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
  }

  /// Runs every statement of `text`, reporting errors and going on.
  func execute(_ text: String) {
    _ = LineEditor.takeInterrupt()
    for parsed in Parser.parse(text) where !runner.quitRequested {
      do throws(Diagnostic) {
        let statement = try parsed.result.get()
        if case .meta = statement {
          try runner.run(statement, in: Shell.sourceName)
        } else if cancellable {
          guard try runCancellable(statement) else {
            runner.abandonOnce()
            break
          }
        } else {
          try runner.run(statement, in: Shell.sourceName)
        }
        try runner.settleOnce(at: statement.range)
      } catch {
        runner.abandonOnce()
        runner.output.flush()
        let rendered = DiagnosticRenderer.render(error, name: Shell.sourceName, source: text)
        Terminal.standardError.write(colour ? ErrorColouring.coloured(rendered) : rendered)
      }
    }
    runner.output.flush()
  }

  /// The line under a table on the terminal: how many rows it has, and how many are shown
  /// when `.maxrows` left some out.
  static func footer(rows: Int, maxRows: Int? = nil) -> String {
    if let maxRows, rows > maxRows { return "(\(rows) rows, \(maxRows) shown; .maxrows all shows every row)\n" }
    return rows == 1 ? "(1 row)\n" : "(\(rows) rows)\n"
  }
}
