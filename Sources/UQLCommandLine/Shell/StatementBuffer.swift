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

  /// Whether the lines form a complete statement held back because more input was already
  /// waiting (a paste): a next line starting with `|` or a clause keyword continues it, as in
  /// scripts.
  private(set) var isHolding = false

  /// Adds a typed line.
  /// - Parameter moreWaiting: whether more input is already waiting to be read.
  /// - Returns: the statements to run, in order; none while the statement is incomplete (show
  ///   the continuation prompt). An empty line on a continuation returns what there is, so
  ///   running it reports what is missing.
  mutating func add(_ line: String, moreWaiting: Bool = false) -> [String] {
    var ready: [String] = []
    if isHolding {
      isHolding = false
      if StatementBuffer.continues(line) {
        lines.append(line)
        return ready + finish(moreWaiting: moreWaiting)
      }
      ready.append(take())
    }
    let blank = line.allSatisfy(\.isWhitespace)
    if lines.isEmpty {
      if blank { return ready }
      // A meta-command is one line, whatever it ends with.
      if line.drop(while: \.isWhitespace).hasPrefix(".") { return ready + [line] }
      // psql's and sqlite3's habits: exit, quit and help alone need no dot.
      if let meta = Self.bareMetaCommand(line) { return ready + [meta] }
    } else if blank {
      return ready + [take()]
    }
    lines.append(line)
    return ready + finish(moreWaiting: moreWaiting)
  }

  /// `.quit` for `exit` or `quit` alone on a line, `.help` for `help` (a final `;` allowed).
  static func bareMetaCommand(_ line: String) -> String? {
    var word = line.trimmingCharacters(in: .whitespaces).lowercased()
    if word.hasSuffix(";") { word.removeLast() }
    switch word {
    case "exit", "quit", "avsluta": return ".quit"
    case "help", "hjälp": return ".help"
    default: return nil
    }
  }

  /// What is left at the end of the input (Ctrl-D): the held statement, or an unfinished one,
  /// which runs and so says what it is missing rather than vanishing, as sqlite3 does.
  mutating func flush() -> [String] {
    isHolding = false
    return lines.isEmpty ? [] : [take()]
  }

  private mutating func finish(moreWaiting: Bool) -> [String] {
    guard StatementCompleteness.isComplete(lines.joined(separator: "\n")) else { return [] }
    if moreWaiting {
      isHolding = true
      return []
    }
    return [take()]
  }

  /// Whether a line starts with `|`, a clause keyword, `and` or `or`.
  static func continues(_ line: String) -> Bool {
    if let first = (try? Lexer.tokenize(line))?.first { return StatementSplitter.continuesStatement(first) }
    // A lexical error later in the line: judge by its first word.
    let trimmed = line.drop(while: \.isWhitespace)
    if trimmed.hasPrefix("|") { return true }
    let word = String(trimmed.prefix { $0.isLetter })
    guard let keyword = Keyword(word: word) else { return false }
    return keyword.startsClause || keyword == .aggregate || keyword == .and || keyword == .or
  }

  /// Forgets the unfinished statement (Ctrl-C).
  mutating func clear() {
    lines = []
    isHolding = false
  }

  private mutating func take() -> String {
    defer { lines = [] }
    return lines.joined(separator: "\n")
  }
}
