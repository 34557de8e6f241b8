import UQLLanguage

/// The lines of a statement typed so far in the shell: decides when Enter runs it and which
/// prompt to show meanwhile.
struct StatementBuffer {
  static let prompt = "uql> "
  static let continuationPrompt = "  -> "

  /// Lines of an unfinished statement.
  private(set) var lines: [String] = []

  var isEmpty: Bool { lines.isEmpty }

  var prompt: String { lines.isEmpty ? StatementBuffer.prompt : StatementBuffer.continuationPrompt }

  /// Adds a typed line.
  /// - Returns: the statement text to run when it is complete, else nil (show the
  ///   continuation prompt). An empty line on a continuation returns what there is, so running
  ///   it reports what is missing.
  mutating func add(_ line: String) -> String? {
    let blank = line.allSatisfy(\.isWhitespace)
    if lines.isEmpty {
      if blank { return nil }
      // A meta-command is one line, whatever it ends with.
      if line.drop(while: \.isWhitespace).hasPrefix(".") { return line }
    } else if blank {
      return take()
    }
    lines.append(line)
    let text = lines.joined(separator: "\n")
    return StatementCompleteness.isComplete(text) ? take() : nil
  }

  /// Forgets the unfinished statement (Ctrl-C).
  mutating func clear() { lines = [] }

  private mutating func take() -> String {
    defer { lines = [] }
    return lines.joined(separator: "\n")
  }
}
