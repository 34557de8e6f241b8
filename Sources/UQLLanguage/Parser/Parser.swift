/// Parses query text into statements. Recovers at statement boundaries, so one bad statement
/// in a script does not hide the others.
public struct Parser {
  var tokens: [Token]
  var position = 0
  let source: [Unicode.Scalar]
  /// Guards against stack overflow on deeply nested input.
  var depth = 0
  static let maximumDepth = Limits.nestingDepth

  public init(_ source: String, tokens: [Token]) {
    self.source = Array(source.unicodeScalars)
    self.tokens = StatementSplitter.significantTokens(tokens)
  }

  /// Parses every statement of `source`; a lexical error ends the list with that error.
  public static func parse(_ source: String) -> [ParsedStatement] {
    let tokens: [Token]
    do {
      tokens = try Lexer.tokenize(source)
    } catch {
      return [ParsedStatement(result: .failure(error), range: error.range)]
    }
    var parser = Parser(source, tokens: tokens)
    return parser.statements()
  }

  /// Parses exactly one statement (a `-e` query or a shell line).
  public static func parseStatement(_ source: String) throws(Diagnostic) -> Statement? {
    let all = parse(source)
    guard let first = all.first else { return nil }
    let statement = try first.result.get()
    if all.count > 1 {
      throw Diagnostic(.error, "expected one statement, found \(all.count)", at: all[1].range)
    }
    return statement
  }

  mutating func statements() -> [ParsedStatement] {
    var result: [ParsedStatement] = []
    while true {
      skipSeparators()
      if peek.kind == .endOfInput { return result }
      let start = peek.range
      do throws(Diagnostic) {
        try checkLength(from: start)
        let statement = try statement()
        if !atSeparator {
          throw Diagnostic(
            .error, "expected a clause or the end of the statement, found \(describe(peek))",
            at: peek.range, help: Parser.clauseHelp(for: peek))
        }
        result.append(ParsedStatement(result: .success(statement), range: statement.range))
      } catch {
        // Skip to the next statement separator and go on.
        while !atSeparator { position += 1 }
        let end = tokens[max(0, position - 1)].range
        result.append(ParsedStatement(result: .failure(error), range: start.union(end)))
      }
    }
  }

  var peek: Token { tokens[position] }

  /// Rejects a statement longer than ``Limits/statementLength`` before parsing it.
  mutating func checkLength(from start: SourceRange) throws(Diagnostic) {
    var end = position
    while true {
      switch tokens[end].kind {
      case .newline, .symbol(.semicolon), .endOfInput: break
      default:
        end += 1
        continue
      }
      break
    }
    let length = tokens[end].range.start.offset - start.start.offset
    if length > Limits.statementLength {
      position = end
      throw .statementTooLong(length, limit: Limits.statementLength, at: start)
    }
  }

  var atSeparator: Bool {
    switch peek.kind {
    case .newline, .symbol(.semicolon), .endOfInput: return true
    default: return false
    }
  }

  mutating func skipSeparators() {
    while peek.kind == .newline || peek.kind == .symbol(.semicolon) { position += 1 }
  }

  @discardableResult
  mutating func advance() -> Token {
    let token = tokens[position]
    if token.kind != .endOfInput { position += 1 }
    return token
  }

  mutating func consume(_ keyword: Keyword) -> Token? {
    guard peek.kind == .keyword(keyword) else { return nil }
    return advance()
  }

  mutating func consume(_ symbol: Symbol) -> Token? {
    guard peek.kind == .symbol(symbol) else { return nil }
    return advance()
  }

  mutating func expect(_ keyword: Keyword, after what: String) throws(Diagnostic) -> Token {
    guard let token = consume(keyword) else {
      throw Diagnostic(.error, "expected \"\(keyword.rawValue)\" \(what), found \(describe(peek))", at: peek.range)
    }
    return token
  }

  /// Expects `spelling`'s keyword right after the user's word `previous`, quoting both as written.
  mutating func expect(_ spelling: Keyword.Spelling, after previous: Token) throws(Diagnostic) -> Token {
    try expect(spelling, afterWhat: "after \"\(previous.text)\"")
  }

  mutating func expect(_ spelling: Keyword.Spelling, afterWhat what: String) throws(Diagnostic) -> Token {
    guard let token = consume(spelling.keyword) else {
      throw Diagnostic(.error, "expected \"\(spelling.text)\" \(what), found \(describe(peek))", at: peek.range)
    }
    return token
  }

  mutating func expect(_ symbol: Symbol, _ what: String) throws(Diagnostic) -> Token {
    guard let token = consume(symbol) else {
      throw Diagnostic(.error, "expected \(what), found \(describe(peek))", at: peek.range)
    }
    return token
  }

  /// A token as error messages name it: its text in quotes, or "end of input".
  func describe(_ token: Token) -> String {
    switch token.kind {
    case .endOfInput: return "end of input"
    case .newline: return "end of line"
    case .string: return "string \(token.text)"
    default: return "\"\(token.text)\""
    }
  }

  /// The source text of a range, for default column names.
  func text(of range: SourceRange) -> String {
    let lower = max(0, min(range.start.offset, source.count))
    let upper = max(lower, min(range.end.offset, source.count))
    var view = String.UnicodeScalarView()
    view.append(contentsOf: source[lower..<upper])
    return String(view)
  }

  func range(from start: SourceRange) -> SourceRange {
    start.union(tokens[max(0, position - 1)].range)
  }
}
