/// Colour for rendered diagnostics on a terminal: `error:` and the caret in bold red,
/// `warning:` in bold magenta, `help:` in bold. Only for terminals, and never with `NO_COLOR`.
enum ErrorColouring {
  static let red = "\u{1B}[1;31m"
  static let magenta = "\u{1B}[1;35m"
  static let bold = "\u{1B}[1m"
  static let reset = "\u{1B}[0m"

  /// Whether to colour: stderr is a terminal and `NO_COLOR` is unset or empty (no-color.org).
  static func isWanted(environment: [String: String], stderrIsTerminal: Bool) -> Bool {
    stderrIsTerminal && (environment["NO_COLOR"] ?? "").isEmpty
  }

  /// `rendered` as ``DiagnosticRenderer`` wrote it, with colour added.
  static func coloured(_ rendered: String) -> String {
    var lines = rendered.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for (i, line) in lines.enumerated() {
      if i == 0 {
        lines[i] = line.replacingFirst(": error: ", with: ": \(red)error:\(reset) ")
          .replacingFirst(": warning: ", with: ": \(magenta)warning:\(reset) ")
      } else if line.hasPrefix("help: ") {
        lines[i] = bold + "help:" + reset + line.dropFirst("help:".count)
      } else if let caret = line.firstIndex(of: "^"), line[..<caret].allSatisfy({ $0 == " " || $0 == "\t" }) {
        lines[i] = String(line[..<caret]) + red + line[caret...] + reset
      }
    }
    return lines.joined(separator: "\n")
  }
}

extension String {
  fileprivate func replacingFirst(_ target: String, with replacement: String) -> String {
    guard let range = range(of: target) else { return self }
    return replacingCharacters(in: range, with: replacement)
  }
}
