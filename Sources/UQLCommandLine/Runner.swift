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
    defer { out.flush() }
    for parsed in Parser.parse(source) {
      do {
        let statement = try parsed.result.get()
        switch try session.execute(statement) {
        case .table(let table):
          ResultWriter.write(table, as: format, options: options, to: &out)
        case .bound:
          break
        }
      } catch let diagnostic as Diagnostic {
        out.flush()
        Terminal.standardError.write(DiagnosticRenderer.render(diagnostic, name: name, source: source))
        throw Failure(status: .dataError)
      }
    }
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
