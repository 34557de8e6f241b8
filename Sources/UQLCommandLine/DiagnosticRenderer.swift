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
  ///   - lineOffset: added to line numbers when `source` is a part of a larger file.
  static func render(_ diagnostic: Diagnostic, name: String, source: String, lineOffset: Int = 0) -> String {
    let start = diagnostic.range.start
    var out = "\(name):\(start.line + lineOffset):\(start.column): \(diagnostic.severity.rawValue): \(diagnostic.message)\n"
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    if start.line >= 1, start.line <= lines.count {
      let line = Array(lines[start.line - 1].unicodeScalars.filter { $0 != "\r" })
      out += "  " + Sanitize.line(line) + "\n"
      let prefix = line.prefix(max(0, start.column - 1))
      var caret = ""
      for scalar in prefix { caret += scalar == "\t" ? "\t" : String(repeating: " ", count: Sanitize.width(scalar)) }
      let sameLine = diagnostic.range.end.line == start.line
      let endColumn = sameLine ? diagnostic.range.end.column : line.count + 1
      let length = max(1, line.dropFirst(max(0, start.column - 1)).prefix(max(0, endColumn - start.column)).reduce(0) { $0 + Sanitize.width($1) })
      out += "  " + caret + "^" + String(repeating: "~", count: max(0, length - 1)) + "\n"
    }
    if let help = diagnostic.help { out += "help: \(help)\n" }
    return out
  }
}

/// Keeps control characters of user text away from the terminal in messages.
enum Sanitize {
  static func line(_ scalars: [Unicode.Scalar]) -> String {
    var out = ""
    for s in scalars {
      if s == "\t" { out += "\t" } else if s.value < 0x20 || s.value == 0x7F || (0x80...0x9F).contains(s.value) {
        out += "?"
      } else {
        out.unicodeScalars.append(s)
      }
    }
    return out
  }

  /// Display columns of a scalar: 0 for combining marks, 2 for wide characters, else 1.
  static func width(_ s: Unicode.Scalar) -> Int {
    if s.properties.generalCategory == .nonspacingMark { return 0 }
    if s.value < 0x20 || s.value == 0x7F { return 1 }
    switch s.value {
    case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
      return 2
    default:
      return 1
    }
  }
}
