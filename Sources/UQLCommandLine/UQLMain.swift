import ArgumentParser
import Foundation

/// The process entry point: parses arguments, runs the command and turns the outcome into an
/// exit status. The only place that exits.
public enum UQLMain {
  public static func main() -> Never {
    Terminal.configureLocale()
    TemporaryFile.removeOnSignals()
    do {
      if let invocation = QuickArguments.invocation(Array(CommandLine.arguments.dropFirst())) {
        try invocation.run()
      } else {
        var command = try RootCommand.parseAsRoot()
        try command.run()
      }
      exit(ExitStatus.success.rawValue)
    } catch let failure as Failure {
      exit(failure.status.rawValue)
    } catch {
      let code = RootCommand.exitCode(for: error)
      if code == .success {
        // --help, --version: the text is the result.
        print(RootCommand.fullMessage(for: error))
        exit(ExitStatus.success.rawValue)
      }
      Terminal.standardError.write(RootCommand.fullMessage(for: error) + "\n")
      exit(ExitStatus.usage.rawValue)
    }
  }
}

/// Exit statuses, a contract with shell scripts (documented in README and `--help`).
public enum ExitStatus: Int32, Sendable {
  /// Success, also when a query returns no rows.
  case success = 0
  /// A query, script or data error.
  case dataError = 1
  /// A usage error: unknown flag, missing argument, bad option value.
  case usage = 2
  /// `--fail-empty` and the last result had no rows.
  case emptyResult = 3
}

/// An error already reported to stderr; carries the exit status to use.
struct Failure: Error {
  var status: ExitStatus
}
