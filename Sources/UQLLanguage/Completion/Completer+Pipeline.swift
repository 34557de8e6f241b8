import UQLValues

extension Completer {
  /// The columns the clause being written can name: those the clauses before it produce, as
  /// the checker computes them without touching rows (`status, antal` after
  /// `aktiviteter | count by status |`).
  ///
  /// When the clauses before it do not check (a misspelt name further back), falls back to a
  /// guess: the source dataset's columns and the names the query gives.
  /// - Parameters:
  ///   - query: the tokens of the query so far, from its source name on.
  ///   - text: the text those tokens were read from.
  func inputSchema(of query: ArraySlice<Token>, in text: String) -> [Schema.Field] {
    guard let source = query.first?.name else { return [] }
    let tokens = Array(query)
    let complete = tokens[..<(Completer.currentClauseStart(tokens) ?? tokens.count)]
    return checkedSchema(of: complete, in: text)?.fields ?? schema(named: source, shapedBy: query)
  }

  /// The schema the checker gives the query spelt by `tokens`, or nil when it does not parse
  /// as one query or does not check.
  func checkedSchema(of tokens: ArraySlice<Token>, in text: String) -> Schema? {
    guard let first = tokens.first, let last = tokens.last else { return nil }
    let scalars = text.unicodeScalars
    let start = scalars.index(scalars.startIndex, offsetBy: first.range.start.offset)
    let end = scalars.index(scalars.startIndex, offsetBy: last.range.end.offset)
    guard case .query(let query)? = try? Parser.parseStatement(String(scalars[start..<end])) else { return nil }
    var schemas: [String: Schema] = [:]
    for dataset in datasets where schemas[dataset.name] == nil { schemas[dataset.name] = dataset.schema }
    return try? Checker(datasets: schemas, parameters: parameters, today: today).check(query).schema
  }

  /// Where the clause being written starts in `query`: its `|`, or its first keyword when no
  /// `|` comes before it. Nil while only the source is written.
  static func currentClauseStart(_ query: [Token]) -> Int? {
    var depth = 0
    var start: Int?
    for (i, token) in query.enumerated() {
      let previous = i > 0 ? query[i - 1].kind : nil
      switch token.kind {
      case .symbol(.leftParen): depth += 1
      case .symbol(.rightParen): depth = max(0, depth - 1)
      case .symbol(.pipe) where depth == 0: start = i
      case .keyword(let k) where depth == 0 && k.startsClause:
        if previous == .symbol(.pipe) || (k == .join && previous == .keyword(.left)) { break }
        // `count(` and a `count` after `aggregate`, `,` or an operator are the aggregate function.
        let next = i + 1 < query.count ? query[i + 1].kind : nil
        if k == .count, next == .symbol(.leftParen) || previous == .keyword(.aggregate) { break }
        if k == .count, case .symbol(let s)? = previous, s != .rightParen { break }
        start = i
      default: break
      }
    }
    return start
  }

  /// The columns a join can match on: those of the left side that the joined dataset has too,
  /// less the ones already named after `on`.
  func joinColumns(in query: ArraySlice<Token>, left: [Schema.Field]) -> [Schema.Field] {
    guard let join = query.lastIndex(where: { $0.kind == .keyword(.join) }), join + 1 < query.endIndex,
      let name = query[join + 1].name, let right = schema(named: name)
    else { return [] }
    let rightKeys = Set(right.fields.map { TextFolding.looseKey($0.name) })
    let named = Set(query[(join + 1)...].dropFirst(2).compactMap(\.name).map(TextFolding.looseKey))
    return left.filter {
      let key = TextFolding.looseKey($0.name)
      return rightKeys.contains(key) && !named.contains(key)
    }
  }
}
