extension Parser {
  mutating func statement() throws(Diagnostic) -> Statement {
    if case .metaCommand(let name, let argument) = peek.kind {
      return .meta(name: name, argument: argument, advance().range)
    }
    if let explainToken = consume(.explain) {
      let query = try query()
      return .explain(query, range(from: explainToken.range))
    }
    if let letToken = consume(.let) {
      let (name, _) = try identifier("a name after \"let\"")
      _ = try expect(.equal, "\"=\" after the name")
      let query = try query()
      return .let(name, query, range(from: letToken.range))
    }
    return .query(try query())
  }

  mutating func identifier(_ what: String) throws(Diagnostic) -> (String, SourceRange) {
    let token = peek
    switch token.kind {
    case .identifier(let name), .quotedIdentifier(let name):
      advance()
      return (name, token.range)
    case .keyword(let k):
      throw Diagnostic(
        .error, "expected \(what), found keyword \"\(token.text)\"", at: token.range,
        help: "write `\(k.rawValue)` in back quotes to use it as a name")
    default:
      throw Diagnostic(.error, "expected \(what), found \(describe(token))", at: token.range)
    }
  }

  mutating func query() throws(Diagnostic) -> Query {
    let (source, sourceRange) = try identifier("a dataset name")
    var clauses: [Clause] = []
    var texts: [String] = []
    while true {
      let pipe = consume(.pipe)
      if pipe == nil && atSeparator { break }
      // `aggregate` alone is `group by` with no keys: one row over all rows (KQL's summarize).
      guard case .keyword(let keyword) = peek.kind, keyword.startsClause || (keyword == .aggregate && pipe != nil) else {
        if pipe == nil { break }
        throw Diagnostic(
          .error, "expected a clause after \"|\", found \(describe(peek))", at: peek.range,
          help: Parser.clauseHelp(for: peek))
      }
      let clause = try clause(keyword)
      clauses.append(clause)
      texts.append(text(of: clause.range))
    }
    return Query(
      source: source, sourceRange: sourceRange, clauses: clauses, clauseTexts: texts, range: range(from: sourceRange))
  }

  /// Every clause as written, English then Swedish, for help that lists them.
  static let clauseSpellings = [
    "where", "select", "sort by", "limit", "distinct", "count", "group by", "aggregate", "join", "left join", "pivot",
    "change", "chart",
  ]
  static let swedishClauseSpellings = [
    "där", "välj", "sortera efter", "begränsa", "unika", "räkna", "gruppera efter", "aggregera", "koppla",
    "vänster koppla", "pivotera", "jämför", "diagram",
  ]

  /// Help for a word where a clause was expected: the clause it is a misspelling of (`wher`),
  /// then every clause.
  static func clauseHelp(for token: Token) -> String {
    let all = "clauses are: \(clauseSpellings.joined(separator: ", "))"
    guard case .identifier(let word) = token.kind else { return all }
    // Compare with each clause's first word, so `sortt` finds "sort by".
    let firstWords = (clauseSpellings + swedishClauseSpellings).map { String($0.prefix { $0 != " " }) }
    guard let nearest = Suggestion.nearest(to: word, in: firstWords),
      let i = firstWords.firstIndex(of: nearest)
    else { return all }
    return "did you mean \"\((clauseSpellings + swedishClauseSpellings)[i])\"? \(all)"
  }

  mutating func clause(_ keyword: Keyword) throws(Diagnostic) -> Clause {
    let token = advance()
    let start = token.range
    /// The spelling of a keyword the message expects, in the language the user wrote the clause in.
    func word(_ k: Keyword) -> Keyword.Spelling { Keyword.Spelling(k, like: token) }
    switch keyword {
    case .where:
      let condition = try expression()
      return .where(condition, range(from: start))
    case .select:
      return .select(try items(), range(from: start))
    case .sort:
      _ = try expect(word(.by), after: token)
      var keys: [SortKey] = []
      repeat {
        let expr = try expression()
        var descending = false
        if consume(.desc) != nil { descending = true } else { _ = consume(.asc) }
        keys.append(SortKey(expr: expr, descending: descending))
      } while consume(.comma) != nil
      return .sort(keys, range(from: start))
    case .limit:
      let count = try rowCount(after: token.text)
      var offset: RowCount? = nil
      if case .identifier(let w) = peek.kind, w.lowercased() == "offset" {
        offset = try rowCount(after: advance().text)
      }
      return .limit(count, offset: offset, range(from: start))
    case .distinct:
      return .distinct(start)
    case .count:
      guard consume(.by) != nil else { return .count([], start) }
      return .count(try items(), range(from: start))
    case .group:
      _ = try expect(word(.by), after: token)
      let keys = try items()
      _ = try expect(word(.aggregate), afterWhat: "after the group keys")
      let aggregates = try items()
      return .group(keys: keys, aggregates: aggregates, range(from: start))
    case .aggregate:
      return .group(keys: [], aggregates: try items(), range(from: start))
    case .join, .left:
      let isLeft = keyword == .left
      if isLeft { _ = try expect(word(.join), after: token) }
      let (dataset, datasetRange) = try identifier("a dataset name to join")
      _ = try expect(word(.on), afterWhat: "after the dataset to join")
      var keys: [(String, SourceRange)] = []
      repeat { keys.append(try identifier("a column name to join on")) } while consume(.comma) != nil
      let clause = JoinClause(left: isLeft, dataset: dataset, datasetRange: datasetRange, keys: keys)
      return .join(clause, range(from: start))
    case .pivot:
      let rows = try items(single: true)[0]
      _ = try expect(word(.by), afterWhat: "after the pivot's row key")
      let columns = try expression()
      try expectWord(["value", "värde"], after: "after the pivot's column key")
      let value = try expression()
      return .pivot(rows: rows, columns: columns, value: value, range(from: start))
    case .change:
      let value = try items(single: true)[0]
      try expectWord(["over", "över"], after: "after the value that changes")
      let order = try expression()
      var keys: [SelectItem] = []
      if consume(.by) != nil { keys = try items() }
      return .change(value: value, over: order, by: keys, range(from: start))
    case .chart:
      let kindToken = peek
      let name: String
      switch kindToken.kind {
      case .identifier(let n): name = n
      default: name = ""
      }
      let styles: [String: ChartStyle] = ["bar": .bar, "stapel": .bar, "line": .line, "linje": .line]
      guard let style = styles[name.lowercased()] else {
        throw Diagnostic(
          .error, "expected \"bar\" or \"line\" after \"\(token.text)\", found \(describe(kindToken))",
          at: kindToken.range)
      }
      advance()
      return .chart(style, range(from: start))
    default:
      throw Diagnostic(.error, "\"\(keyword.rawValue)\" does not start a clause", at: start)
    }
  }

  /// The whole number or parameter after `limit` or `offset` (`what`, as the user wrote it).
  mutating func rowCount(after what: String) throws(Diagnostic) -> RowCount {
    let token = peek
    switch token.kind {
    case .integer(let n):
      advance()
      return .integer(n)
    case .parameter(let name):
      advance()
      return .parameter(name, token.range)
    default:
      throw Diagnostic(.error, "expected a whole number after \"\(what)\", found \(describe(token))", at: token.range)
    }
  }

  /// A contextual word such as `value` (or its Swedish `värde`), which is not reserved.
  mutating func expectWord(_ words: [String], after what: String) throws(Diagnostic) {
    if case .identifier(let w) = peek.kind, words.contains(w.lowercased()) {
      advance()
      return
    }
    throw Diagnostic(.error, "expected \"\(words[0])\" \(what), found \(describe(peek))", at: peek.range)
  }

  /// `[name =] expr {, [name =] expr}`, or exactly one item when `single`.
  mutating func items(single: Bool = false) throws(Diagnostic) -> [SelectItem] {
    var items: [SelectItem] = []
    repeat {
      var alias: String?
      if case .identifier(let name) = peek.kind, tokens[position + 1].kind == .symbol(.equal) {
        alias = name
        position += 2
      } else if case .quotedIdentifier(let name) = peek.kind, tokens[position + 1].kind == .symbol(.equal) {
        alias = name
        position += 2
      }
      let expr = try expression()
      items.append(SelectItem(alias: alias, expr: expr, text: text(of: expr.range)))
    } while !single && consume(.comma) != nil
    return items
  }
}
