import Foundation

/// A token of the query language.
public struct Token: Sendable, Equatable {
  public enum Kind: Sendable, Equatable {
    case identifier(String)
    /// A back-quoted identifier, which is never a keyword.
    case quotedIdentifier(String)
    case keyword(Keyword)
    case string(String)
    case integer(Int)
    case number(Decimal)
    /// `$name`: a parameter whose value is supplied at run time.
    case parameter(String)
    case symbol(Symbol)
    /// A line break; the parser decides whether it ends a statement.
    case newline
    /// A line starting with `.` and a letter: a meta-command such as `.format csv`, with the
    /// rest of its line as written.
    case metaCommand(name: String, argument: String)
    case endOfInput
  }

  public var kind: Kind
  public var range: SourceRange
  /// The token as written, for error messages that quote the user's own words.
  public var text: String

  public init(kind: Kind, range: SourceRange, text: String) {
    self.kind = kind
    self.range = range
    self.text = text
  }
}

/// Punctuation and operators.
public enum Symbol: String, Sendable, CaseIterable {
  case pipe = "|"
  case comma = ","
  case semicolon = ";"
  case leftParen = "("
  case rightParen = ")"
  case equal = "="
  case notEqual = "!="
  case less = "<"
  case lessEqual = "<="
  case greater = ">"
  case greaterEqual = ">="
  case tilde = "~"
  case plus = "+"
  case minus = "-"
  case star = "*"
  case slash = "/"
  case percent = "%"
  case concatenate = "||"
  case dot = "."
}
