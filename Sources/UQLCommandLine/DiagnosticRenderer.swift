import UQLFormats
import UQLLanguage

/// Renders diagnostics the way compilers do, so editors can jump to them:
///
///     query.uql:3:9: error: unknown column "statu" in aktiviteter
///       where statu = pausad
///             ^~~~~
///     help: did you mean "status"?
enum DiagnosticRenderer {
  /// - Parameters:
  ///   - name: the file name, or `<query>` for `-e`.
  ///   - source: the text the diagnostic's range refers to.
  static func render(_ diagnostic: Diagnostic, name: String, source: String) -> String {
    let start = diagnostic.range.start
    // Messages and help quote untrusted text (file, dataset and column names): control
    // characters are escaped, as the table writer escapes them.
    let message = ControlEscaping.escaped(diagnostic.message, lineBreak: "\\n")
    var out = "\(ControlEscaping.escaped(name)):\(start.line):\(start.column): \(diagnostic.severity.rawValue): \(message)\n"
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    if start.line >= 1, start.line <= lines.count {
      let line = Array(lines[start.line - 1].unicodeScalars)
      let before = line.prefix(max(0, start.column - 1))
      let endColumn = diagnostic.range.end.line == start.line ? diagnostic.range.end.column : line.count + 1
      let marked = line.dropFirst(before.count).prefix(max(1, endColumn - start.column))
      let after = line.dropFirst(before.count + marked.count)
      // A very long line (a generated query, a 10 MB file) is shown as a window around the mark.
      let (b, m, a) = (
        (before.count > 60 ? "…" : "") + shown(before.suffix(60)),
        shown(marked.prefix(80)) + (marked.count > 80 ? "…" : ""),
        shown(after.prefix(40)) + (after.count > 40 ? "…" : "")
      )
      out += "  " + (b + m + a).trimmingTrailingNewline + "\n"
      let indent = b.unicodeScalars.map { $0 == "\t" ? "\t" : String(repeating: " ", count: DisplayWidth.of($0)) }
      let width = max(1, DisplayWidth.of(m))
      out += "  " + indent.joined() + "^" + String(repeating: "~", count: width - 1) + "\n"
    }
    if let help = diagnostic.help { out += "help: \(ControlEscaping.escaped(help, lineBreak: "\\n"))\n" }
    return out
  }

  /// Scalars as they can be shown on a terminal: tabs kept, other controls escaped.
  static func shown(_ scalars: some Sequence<Unicode.Scalar>) -> String {
    var text = ""
    for s in scalars where s != "\r" {
      text += s == "\t" ? "\t" : ControlEscaping.escaped(String(s))
    }
    return text
  }
}

extension String {
  fileprivate var trimmingTrailingNewline: String { hasSuffix("\n") ? String(dropLast()) : self }
}
