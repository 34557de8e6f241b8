import Foundation
import UQLLanguage
import UQLLineEditor

extension Shell {
  /// Runs the shell on the terminal: the start-up file, then statements until `.quit` or
  /// Ctrl-D. Call only when stdin and stdout are terminals.
  /// - Parameter runStartupFile: false for `--no-init`.
  /// - Throws: ``Failure`` when the start-up file fails or closing `.output` fails.
  static func start(runner: Runner, runStartupFile: Bool) throws {
    let paths = ShellPaths(environment: ProcessInfo.processInfo.environment)
    let historyFile = paths.history.map { HistoryFile(path: $0) }
    let shell = Shell(runner: runner, historyFile: historyFile)
    shell.colour = ErrorColouring.isWanted(
      environment: ProcessInfo.processInfo.environment, stderrIsTerminal: Terminal.stderrIsTerminal)
    if runStartupFile, let path = paths.startupFile { try shell.runStartupFile(path) }
    if !shell.runner.quitRequested {
      LineEditor.catchInterrupts()
      guard
        let editor = LineEditor(
          program: "uql", historySize: historyFile?.limit ?? 10_000,
          completer: { [unowned shell] in shell.offer(before: $0) })
      else {
        Terminal.standardError.write("uql: error: cannot start line editing on this terminal\n")
        throw Failure(status: .dataError)
      }
      editor.listing = { CandidateGrid.layout($0, width: Terminal.width ?? 80) }
      Terminal.standardError.write(shell.banner)
      shell.run(reading: editor)
      if !shell.runner.quitRequested { FileHandle.standardOutput.write("\n") }
    }
    do { try shell.runner.closeOutput() } catch {
      Terminal.standardError.write("uql: error: \(error.message)\n")
      throw Failure(status: .dataError)
    }
  }

  /// One line on start: what is loaded and how to get help.
  var banner: String {
    let names = runner.session.datasets.map(\.name)
    let shown = names.count > 6 ? names.prefix(6).joined(separator: ", ") + ", …" : names.joined(separator: ", ")
    let version = RootCommand.configuration.version
    let datasets = names.count == 1 ? "1 dataset" : "\(names.count) datasets"
    return "uql \(version): \(datasets) (\(shown)); .help for help, Ctrl-D to leave\n"
  }

  /// What Tab offers for the statement typed so far, ending with `line` (the current line
  /// up to the cursor).
  func offer(before line: String) -> CompletionOffer {
    let completer = Completer(
      datasets: runner.session.datasets.map { ($0.name, Schema(table: $0.table)) },
      metaCommands: MetaCommand.completionSpecs, parameters: runner.session.parameters,
      today: runner.session.today)
    let completion = completer.complete((buffer.lines + [line]).joined(separator: "\n"))
    guard let prefix = completion.pathPrefix else {
      return CompletionOffer(
        replacing: completion.replacing, candidates: completion.candidates, appendsSpace: completion.appendsSpace)
    }
    let paths = PathCompletion.candidates(for: prefix)
    return CompletionOffer(
      replacing: prefix, candidates: paths, appendsSpace: paths.count == 1 && !paths[0].hasSuffix("/"))
  }
}
