import ArgumentParser
import UQLFormats

/// `--format NAME`, with the list of formats in the error for a wrong name.
struct OutputFormatArgument: ExpressibleByArgument {
  var format: OutputFormat

  init?(argument: String) {
    guard let format = OutputFormat(rawValue: argument.lowercased()) else { return nil }
    self.format = format
  }

  static var allValueStrings: [String] { OutputFormat.allCases.map(\.rawValue) }
}
