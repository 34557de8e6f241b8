import Foundation
import UQLFormats
import UQLLanguage
import UQLValues

/// Runs statements in a session and prints their results; the shared core of every command.
struct Runner {
  var session: Session
  let format: OutputFormat
  let options: FormatOptions
  /// Data files that could not be read; reported already, they make the run exit 1 at the end.
  let loadFailures: Int
  /// Results printed so far in this run.
  private var printed = 0

  init(data: DataOptions, output: OutputOptions, parameters: [String] = []) throws {
    let loaded = try DataLoader.load(paths: data.paths)
    let datasets = loaded.datasets
    loadFailures = loaded.failures
    var values: [String: String] = [:]
    for (key, value) in ProcessInfo.processInfo.environment where key.hasPrefix("UQL_PARAM_") {
      values[String(key.dropFirst("UQL_PARAM_".count))] = value
    }
    for p in parameters {
      let parts = p.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      values[String(parts[0])] = parts.count > 1 ? String(parts[1]) : ""
    }
    session = Session(datasets: datasets, parameters: values)
    format = output.format?.format ?? (Terminal.stdoutIsTerminal ? .table : .tsv)
    var options = FormatOptions()
    options.header = !output.noHeader
    options.nullText = output.null
    options.maxWidth = format == .table ? Terminal.width : nil
    self.options = options
  }

  /// Parses and runs every statement of `source`, printing each result; stops at the first error.
  mutating func runScript(_ source: String, name: String) throws {
    var out = StreamWriter(FileHandle.standardOutput)
    for parsed in Parser.parse(source) {
      let outcome: Result<Session.Outcome, Diagnostic> = parsed.result.flatMap { statement in
        Result { () throws(Diagnostic) in try session.execute(statement) }
      }
      switch outcome {
      case .success(.table(let table)):
        // Tables for reading get a blank line between them; data formats follow each other.
        if printed > 0 && (format == .table || format == .markdown) { out.write("\n") }
        ResultWriter.write(table, as: format, options: options, to: &out)
        printed += 1
      case .success(.bound):
        break
      case .failure(let diagnostic):
        out.flush()
        Terminal.standardError.write(DiagnosticRenderer.render(diagnostic, name: name, source: source))
        throw Failure(status: .dataError)
      }
    }
    out.flush()
  }

  /// Ends the run: a data file that could not be read makes it fail even when queries ran.
  func finish() throws {
    if loadFailures > 0 { throw Failure(status: .dataError) }
  }

  /// Prints a table built by uql itself (dataset lists, schemas).
  func print(_ table: Table) {
    var out = StreamWriter(FileHandle.standardOutput)
    ResultWriter.write(table, as: format, options: options, to: &out)
    out.flush()
  }
}
