import UQLRegex

/// Messages for crossed ``Limits``.
extension Diagnostic {
  static func nestedTooDeep(limit: Int, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, "expression nested deeper than \(limit) levels", at: range,
      help: "split it with let, or write a long or-chain as in (…)")
  }

  static func statementTooLong(_ length: Int, limit: Int, at range: SourceRange) -> Diagnostic {
    Diagnostic(.error, "statement is \(length) characters long; the limit is \(limit)", at: range)
  }

  static func tooManyLetNames(limit: Int, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, "too many names bound with let; the limit is \(limit)", at: range,
      help: "reuse a name: let replaces a name bound before")
  }

  static func joinTooLarge(rows: Int, limit: Int, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, "join would give \(rows) rows; the limit is \(limit)", at: range,
      help: "join on more keys, or filter either side before joining")
  }

  static func joinOutOfMemory(rows: Int, bytes: Int, at range: SourceRange) -> Diagnostic {
    let megabytes = bytes == Int.max ? "more than can be counted" : "about \((bytes + 999_999) / 1_000_000) MB"
    return Diagnostic(
      .error, "join would give \(rows) rows, \(megabytes) of memory, more than uql can have", at: range,
      help: "join on more keys, select fewer columns or filter either side before joining")
  }

  static func pivotOutOfMemory(rows: Int, columns: Int, bytes: Int, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error,
      "pivot would give \(rows) rows × \(columns) columns, about \((bytes + 999_999) / 1_000_000) MB of memory, "
        + "more than uql can have", at: range,
      help: "filter before the pivot, or group by fewer values")
  }

  static func pivotTooWide(columns: Int, limit: Int, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, "pivot would give \(columns) columns; the limit is \(limit)", at: range,
      help: "pivot by a column with fewer values, or filter before the pivot")
  }

  static func pivotTooLarge(rows: Int, columns: Int, limit: Int, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, "pivot would give \(rows) rows × \(columns) columns; the limit is \(limit) cells", at: range,
      help: "filter before the pivot, or group by fewer values")
  }

  static func invalidRegex(_ pattern: String, _ error: RegexError, at range: SourceRange) -> Diagnostic {
    let shown = pattern.unicodeScalars.count > 60 ? String(pattern.prefix(60)) + "…" : pattern
    return Diagnostic(.error, "invalid regular expression \"\(shown)\": \(error.message)", at: range)
  }
}
