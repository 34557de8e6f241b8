import Foundation
import UQLValues

/// Turns query text into tokens. Comments run from `--` to the end of the line.
public struct Lexer {
  private let scalars: [Unicode.Scalar]
  private var index = 0
  private var line = 1
  private var column = 1

  public init(_ source: String) {
    self.scalars = Array(source.unicodeScalars)
  }

  /// All tokens of the text, ending with `.endOfInput`.
  /// - Throws: a ``Diagnostic`` for an unterminated string, a stray character or a number
  ///   too large to represent.
  public static func tokenize(_ source: String) throws(Diagnostic) -> [Token] {
    var lexer = Lexer(source)
    var tokens: [Token] = []
    while true {
      let token = try lexer.next()
      tokens.append(token)
      if token.kind == .endOfInput { return tokens }
    }
  }

  private var location: SourceLocation { SourceLocation(offset: index, line: line, column: column) }

  private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
    let i = index + ahead
    return i < scalars.count ? scalars[i] : nil
  }

  private mutating func advance() {
    if scalars[index] == "\n" {
      line += 1
      column = 1
    } else {
      column += 1
    }
    index += 1
  }

  private func text(from start: SourceLocation) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[start.offset..<index])
    return String(view)
  }

  /// The text from `start` without its first scalar (the `.` or `$`). Not `dropFirst()`: that
  /// drops a whole character, and `.` followed by a combining mark is one character.
  private func text(afterFirstScalarFrom start: SourceLocation) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[(start.offset + 1)..<index])
    return String(view)
  }

  private func token(_ kind: Token.Kind, from start: SourceLocation) -> Token {
    Token(kind: kind, range: SourceRange(start, location), text: text(from: start))
  }

  mutating func next() throws(Diagnostic) -> Token {
    skipBlanksAndComments()
    let start = location
    guard let c = peek() else { return token(.endOfInput, from: start) }
    if c == ".", let d = peek(1), Lexer.isIdentifierStart(d), atLineStart(start) {
      return metaCommand(from: start)
    }
    if c == "\n" || c == "\r" {
      advance()
      if c == "\r", peek() == "\n" { advance() }
      return token(.newline, from: start)
    }
    if c == "\"" { return try string(from: start) }
    if c == "`" { return try quotedIdentifier(from: start) }
    if c == "$" { return try parameter(from: start) }
    if Lexer.isDigit(c) { return try number(from: start) }
    if Lexer.isIdentifierStart(c) {
      while let d = peek(), Lexer.isIdentifierContinue(d) { advance() }
      let word = text(from: start)
      if let keyword = Keyword(word: word) { return token(.keyword(keyword), from: start) }
      return token(.identifier(word), from: start)
    }
    if let symbol = symbol() {
      return token(.symbol(symbol), from: start)
    }
    advance()
    let shown = c.value < 0x20 || c.value == 0x7F ? String(format: "U+%04X", c.value) : String(c)
    throw Diagnostic(.error, "unexpected character \"\(shown)\"", at: SourceRange(start, location))
  }

  /// Whether only blanks precede `location` on its line.
  private func atLineStart(_ location: SourceLocation) -> Bool {
    var i = location.offset - 1
    while i >= 0 {
      let s = scalars[i]
      if s == "\n" || s == "\r" { return true }
      if s != " " && s != "\t" { return false }
      i -= 1
    }
    return true
  }

  /// `.name rest of line`: the whole line is one token; the shell or script runner interprets it.
  private mutating func metaCommand(from start: SourceLocation) -> Token {
    advance()
    while let d = peek(), Lexer.isIdentifierContinue(d) { advance() }
    let name = text(afterFirstScalarFrom: start)
    let argumentStart = location
    while let d = peek(), d != "\n", d != "\r" { advance() }
    let argument = text(from: argumentStart).trimmingCharacters(in: .whitespaces)
    return token(.metaCommand(name: name, argument: argument), from: start)
  }

  private mutating func skipBlanksAndComments() {
    while let c = peek() {
      if c == " " || c == "\t" || c == "\u{00A0}" || c == "\u{FEFF}" {
        advance()
      } else if c == "-", peek(1) == "-" {
        while let d = peek(), d != "\n", d != "\r" { advance() }
      } else {
        return
      }
    }
  }

  private mutating func symbol() -> Symbol? {
    guard let c = peek() else { return nil }
    let two: Symbol? =
      switch (c, peek(1)) {
      case ("!", "="): .notEqual
      case ("<", "="): .lessEqual
      case (">", "="): .greaterEqual
      case ("<", ">"): .notEqual
      case ("|", "|"): .concatenate
      default: nil
      }
    if let two {
      advance()
      advance()
      return two
    }
    let one: Symbol? =
      switch c {
      case "−": .minus  // U+2212, as pasted from documents
      case "≠": .notEqual
      case "≤": .lessEqual
      case "≥": .greaterEqual
      default: Symbol(rawValue: String(c))
      }
    if one != nil { advance() }
    return one
  }

  /// A string in double quotes with `\"`, `\\`, `\n`, `\t`, `\r` and `\u{…}` escapes.
  private mutating func string(from start: SourceLocation) throws(Diagnostic) -> Token {
    advance()
    var value = String.UnicodeScalarView()
    while true {
      guard let c = peek() else {
        throw Diagnostic(
          .error, "unterminated string", at: SourceRange(start, location),
          help: "close it with a double quote (\")")
      }
      if c == "\"" {
        advance()
        return token(.string(String(value)), from: start)
      }
      if c == "\\" {
        let escapeStart = location
        advance()
        guard let e = peek() else { continue }
        advance()
        switch e {
        case "\"": value.append("\"")
        case "\\": value.append("\\")
        case "n": value.append("\n")
        case "t": value.append("\t")
        case "r": value.append("\r")
        case "u":
          value.append(try unicodeEscape(from: escapeStart))
        default:
          throw Diagnostic(
            .error, "unknown escape \"\\\(e)\" in string", at: SourceRange(escapeStart, location),
            help: "write \\\\ for a backslash")
        }
        continue
      }
      value.append(c)
      advance()
    }
  }

  private mutating func unicodeEscape(from start: SourceLocation) throws(Diagnostic) -> Unicode.Scalar {
    var hex = ""
    if peek() == "{" {
      advance()
      while let h = peek(), h != "}", hex.count <= 8 {
        hex.unicodeScalars.append(h)
        advance()
      }
      if peek() == "}" { advance() }
    }
    guard !hex.isEmpty, hex.count <= 6, let value = UInt32(hex, radix: 16),
      let scalar = Unicode.Scalar(value), value != 0
    else {
      throw Diagnostic(
        .error, "invalid unicode escape", at: SourceRange(start, location),
        help: "write \\u{E5} with one to six hex digits")
    }
    return scalar
  }

  private mutating func quotedIdentifier(from start: SourceLocation) throws(Diagnostic) -> Token {
    advance()
    var value = String.UnicodeScalarView()
    while let c = peek(), c != "`", c != "\n" {
      value.append(c)
      advance()
    }
    guard peek() == "`" else {
      throw Diagnostic(.error, "unterminated quoted name", at: SourceRange(start, location), help: "close it with `")
    }
    advance()
    return token(.quotedIdentifier(String(value)), from: start)
  }

  private mutating func parameter(from start: SourceLocation) throws(Diagnostic) -> Token {
    advance()
    while let d = peek(), Lexer.isIdentifierContinue(d) { advance() }
    let name = text(afterFirstScalarFrom: start)
    guard !name.isEmpty else {
      throw Diagnostic(.error, "expected a parameter name after \"$\"", at: SourceRange(start, location))
    }
    return token(.parameter(name), from: start)
  }

  /// An integer, or a number with a `.` or Swedish `,` decimal mark between digits (`3,5`).
  private mutating func number(from start: SourceLocation) throws(Diagnostic) -> Token {
    while let d = peek(), Lexer.isDigit(d) { advance() }
    var isDecimal = false
    if let mark = peek(), mark == "." || mark == ",", let d = peek(1), Lexer.isDigit(d) {
      isDecimal = true
      advance()
      while let d = peek(), Lexer.isDigit(d) { advance() }
    }
    if let c = peek(), Lexer.isIdentifierStart(c) {
      while let d = peek(), Lexer.isIdentifierContinue(d) { advance() }
      throw Diagnostic(.error, "invalid number \"\(text(from: start))\"", at: SourceRange(start, location))
    }
    let written = text(from: start)
    if isDecimal {
      // SwedishNumber reads both marks, and without Foundation's locale-aware string parsing.
      guard written.count <= 38, let value = SwedishNumber.parse(written)?.value else {
        throw Diagnostic(.error, "number \"\(written)\" has too many digits", at: SourceRange(start, location))
      }
      return token(.number(value), from: start)
    }
    guard let value = Int(written) else {
      throw Diagnostic(
        .error, "number \"\(written)\" is too large", at: SourceRange(start, location),
        help: "integers go up to \(Int.max)")
    }
    return token(.integer(value), from: start)
  }

  static func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }

  static func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
    c == "_" || c.properties.isAlphabetic
  }

  static func isIdentifierContinue(_ c: Unicode.Scalar) -> Bool {
    isIdentifierStart(c) || isDigit(c) || c.properties.generalCategory == .nonspacingMark
  }
}
