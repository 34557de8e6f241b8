import ArgumentParser
import Foundation
import UQLFormats
import UQLReports

/// `uql check [PATH…]`: how well each report was understood, and every line that was not.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Show per report: layout, metadata, records per dataset, coverage and lines not understood.",
    discussion: """
      Without paths, checks the bundled sample reports. Exits 1 when a report cannot be read, and \
      with --strict also when any report has a warning.
      """)

  @Flag(help: "Exit 1 when any report has a warning (metadata not found, a total that does not add up, nothing structured).")
  var strict = false

  @Flag(
    help: ArgumentHelp(
      "Also list each report's blocks as read: line span, kind (heading, paragraph, list item, label, table, "
        + "furniture) and text."))
  var blocks = false

  @Argument(help: ArgumentHelp("Report files or directories.", valueName: "path"))
  var paths: [String] = []

  func run() throws {
    var failures = 0
    let readings: [ReportReading]
    if paths.isEmpty {
      readings = ReportLoading.bundledReadings(failures: &failures)
    } else {
      var files: [String] = []
      for path in paths {
        files += try DataLoader.files(at: path).filter {
          if case .report? = DataLoader.classify($0) { return true } else { return false }
        }
      }
      readings = try ReportLoading.readings(files: files, failures: &failures)
    }
    var out = StreamWriter(FileHandle.standardOutput)
    var warned = false
    for (i, reading) in readings.enumerated() {
      if i > 0 { out.write("\n") }
      let check = CheckReport(reading)
      warned = warned || check.hasWarnings
      out.write(check.render())
      if blocks {
        out.write("  blocks:\n")
        for line in DocumentOutline.lines(reading.document) {
          out.write("    " + ControlEscaping.escaped(line) + "\n")
        }
      }
    }
    out.flush()
    if failures > 0 || (strict && warned) { throw Failure(status: .dataError) }
  }
}
