extension Parser {
  mutating func statement() throws(Diagnostic) -> Statement {
    if case .metaCommand(let name, let argument) = peek.kind {
      return .meta(name: name, argument: argument, advance().range)
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
    while true {
      let pipe = consume(.pipe)
      if pipe == nil && atSeparator { break }
      guard case .keyword(let keyword) = peek.kind, keyword.startsClause else {
        if pipe == nil { break }
        throw Diagnostic(
          .error, "expected a clause after \"|\", found \(describe(peek))", at: peek.range,
          help: "clauses are: where, select, sort by, limit, distinct, count, group by")
      }
      clauses.append(try clause(keyword))
    }
    return Query(source: source, sourceRange: sourceRange, clauses: clauses, range: range(from: sourceRange))
  }

  mutating func clause(_ keyword: Keyword) throws(Diagnostic) -> Clause {
    let start = advance().range
    switch keyword {
    case .where:
      let condition = try expression()
      return .where(condition, range(from: start))
    case .select:
      return .select(try items(), range(from: start))
    case .sort:
      _ = try expect(.by, after: "after \"sort\"")
      var keys: [SortKey] = []
      repeat {
        let expr = try expression()
        var descending = false
        if consume(.desc) != nil { descending = true } else { _ = consume(.asc) }
        keys.append(SortKey(expr: expr, descending: descending))
      } while consume(.comma) != nil
      return .sort(keys, range(from: start))
    case .limit:
      let token = peek
      guard case .integer(let n) = token.kind else {
        throw Diagnostic(
          .error, "expected a whole number after \"limit\", found \(describe(token))", at: token.range)
      }
      advance()
      return .limit(n, range(from: start))
    case .distinct:
      return .distinct(start)
    case .count:
      guard consume(.by) != nil else { return .count([], start) }
      return .count(try items(), range(from: start))
    case .group:
      _ = try expect(.by, after: "after \"group\"")
      let keys = try items()
      _ = try expect(.aggregate, after: "after the group keys")
      let aggregates = try items()
      return .group(keys: keys, aggregates: aggregates, range(from: start))
    default:
      throw Diagnostic(.error, "\"\(keyword.rawValue)\" does not start a clause", at: start)
    }
  }

  /// `[name =] expr {, [name =] expr}`.
  mutating func items() throws(Diagnostic) -> [SelectItem] {
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
    } while consume(.comma) != nil
    return items
  }
}
