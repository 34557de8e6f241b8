extension Parser {
  /// expr = or ; or = and {"or" and} ; and = not {"and" not} ; not = "not" not | predicate.
  mutating func expression() throws(Diagnostic) -> Expr {
    try enterNesting(at: peek.range)
    defer { depth -= 1 }
    return try or()
  }

  /// Counts one more level of the tree being built; the checker and evaluator recurse as deep
  /// as the tree, so every way of deepening it counts: parentheses, calls, lists, `not`, unary
  /// minus and each operator of a chain such as `1 + 1 + …`.
  mutating func enterNesting(at range: SourceRange) throws(Diagnostic) {
    depth += 1
    if depth > Parser.maximumDepth {
      depth -= 1
      throw .nestedTooDeep(limit: Parser.maximumDepth, at: range)
    }
  }

  mutating func or() throws(Diagnostic) -> Expr {
    var left = try and()
    var chain = 0
    defer { depth -= chain }
    while let op = consume(.or) {
      try enterNesting(at: op.range)
      chain += 1
      let right = try and()
      left = .binary(.or, left, right, left.range.union(right.range))
    }
    return left
  }

  mutating func and() throws(Diagnostic) -> Expr {
    var left = try not()
    var chain = 0
    defer { depth -= chain }
    while let op = consume(.and) {
      try enterNesting(at: op.range)
      chain += 1
      let right = try not()
      left = .binary(.and, left, right, left.range.union(right.range))
    }
    return left
  }

  mutating func not() throws(Diagnostic) -> Expr {
    if let token = consume(.not) {
      try enterNesting(at: token.range)
      defer { depth -= 1 }
      let operand = try not()
      return .unary(.not, operand, token.range.union(operand.range))
    }
    return try predicate()
  }

  mutating func predicate() throws(Diagnostic) -> Expr {
    let left = try additive()
    if case .symbol(let s) = peek.kind, let op = Parser.comparison(s) {
      advance()
      let right = try additive()
      return .binary(op, left, right, left.range.union(right.range))
    }
    if consume(.is) != nil {
      let negated = consume(.not) != nil
      let null = try expect(.null, after: negated ? "after \"is not\"" : "after \"is\"")
      return .isNull(left, negated: negated, left.range.union(null.range))
    }
    let negated = consume(.not) != nil
    if let op = consume(.like).map({ _ in MatchOperator.like }) ?? consume(.matches).map({ _ in .matches }) {
      let pattern = try additive()
      return .match(op, left, pattern, negated: negated, left.range.union(pattern.range))
    }
    if consume(.in) != nil {
      _ = try expect(.leftParen, "\"(\" after \"in\"")
      var values: [Expr] = []
      if peek.kind != .symbol(.rightParen) {
        repeat { values.append(try expression()) } while consume(.comma) != nil
      }
      let close = try expect(.rightParen, "\")\" to close the list")
      return .inList(left, values, negated: negated, left.range.union(close.range))
    }
    if consume(.between) != nil {
      let low = try additive()
      _ = try expect(.and, after: "between the bounds of \"between\"")
      let high = try additive()
      return .between(left, low, high, negated: negated, left.range.union(high.range))
    }
    if negated {
      throw Diagnostic(
        .error, "expected \"like\", \"matches\", \"in\" or \"between\" after \"not\", found \(describe(peek))",
        at: peek.range)
    }
    return left
  }

  static func comparison(_ s: Symbol) -> BinaryOperator? {
    switch s {
    case .equal: return .equal
    case .notEqual: return .notEqual
    case .less: return .less
    case .lessEqual: return .lessEqual
    case .greater: return .greater
    case .greaterEqual: return .greaterEqual
    case .tilde: return .contains
    default: return nil
    }
  }

  mutating func additive() throws(Diagnostic) -> Expr {
    var left = try multiplicative()
    var chain = 0
    defer { depth -= chain }
    while true {
      let op: BinaryOperator
      if consume(.plus) != nil {
        op = .add
      } else if consume(.minus) != nil {
        op = .subtract
      } else if consume(.concatenate) != nil {
        op = .concatenate
      } else {
        return left
      }
      try enterNesting(at: left.range)
      chain += 1
      let right = try multiplicative()
      left = .binary(op, left, right, left.range.union(right.range))
    }
  }

  mutating func multiplicative() throws(Diagnostic) -> Expr {
    var left = try unary()
    var chain = 0
    defer { depth -= chain }
    while true {
      let op: BinaryOperator
      if consume(.star) != nil {
        op = .multiply
      } else if consume(.slash) != nil {
        op = .divide
      } else if consume(.percent) != nil {
        op = .remainder
      } else {
        return left
      }
      try enterNesting(at: left.range)
      chain += 1
      let right = try unary()
      left = .binary(op, left, right, left.range.union(right.range))
    }
  }

  mutating func unary() throws(Diagnostic) -> Expr {
    if let minus = consume(.minus) {
      try enterNesting(at: minus.range)
      defer { depth -= 1 }
      let operand = try unary()
      // Fold negative literals so `-5` is a value, as users read it.
      switch operand {
      case .literal(.integer(let i), let r) where i != Int.min:
        return .literal(.integer(-i), minus.range.union(r))
      case .literal(.number(let d), let r):
        return .literal(.number(-d), minus.range.union(r))
      default:
        return .unary(.negate, operand, minus.range.union(operand.range))
      }
    }
    return try primary()
  }

  mutating func primary() throws(Diagnostic) -> Expr {
    let token = peek
    switch token.kind {
    case .string(let s):
      advance()
      return .literal(.string(s), token.range)
    case .integer(let i):
      advance()
      return .literal(.integer(i), token.range)
    case .number(let d):
      advance()
      return .literal(.number(d), token.range)
    case .keyword(.true), .keyword(.false):
      advance()
      return .literal(.boolean(token.kind == .keyword(.true)), token.range)
    case .keyword(.null):
      advance()
      return .literal(.null, token.range)
    case .parameter(let name):
      advance()
      return .parameter(name, token.range)
    case .symbol(.leftParen):
      advance()
      let inner = try expression()
      _ = try expect(.rightParen, "\")\" to close \"(\"")
      return inner
    case .keyword(.case):
      return try caseWhen()
    case .keyword(.count) where tokens[position + 1].kind == .symbol(.leftParen):
      advance()
      return try call("count", start: token.range)
    case .identifier(let name), .quotedIdentifier(let name):
      advance()
      if case .identifier = token.kind, peek.kind == .symbol(.leftParen) {
        return try call(name, start: token.range)
      }
      if consume(.dot) != nil {
        let (column, columnRange) = try identifier("a column name after \".\"")
        return .qualifiedName(name, column, token.range.union(columnRange))
      }
      if case .quotedIdentifier = token.kind { return .name(name, quoted: true, token.range) }
      return .name(name, quoted: false, token.range)
    case .keyword(let k):
      throw Diagnostic(
        .error, "expected a value, found keyword \"\(token.text)\"", at: token.range,
        help: "write `\(k.rawValue)` in back quotes to use it as a column name")
    default:
      throw Diagnostic(.error, "expected a value, found \(describe(token))", at: token.range)
    }
  }

  /// `case [x] when a then r … [else e] end`; with `x`, each `when a` is `x = a`.
  mutating func caseWhen() throws(Diagnostic) -> Expr {
    let start = advance()
    try enterNesting(at: start.range)
    defer { depth -= 1 }
    let operand: Expr? = peek.kind == .keyword(.when) ? nil : try additive()
    var branches: [WhenBranch] = []
    while let when = consume(.when) {
      var condition = try expression()
      if let operand { condition = .binary(.equal, operand, condition, when.range.union(condition.range)) }
      _ = try expect(.then, after: "after the condition of \"when\"")
      branches.append(WhenBranch(condition: condition, result: try expression()))
    }
    if branches.isEmpty {
      throw Diagnostic(.error, "expected \"when\" after \"case\", found \(describe(peek))", at: peek.range)
    }
    let otherwise = consume(.else) != nil ? try expression() : nil
    let end = try expect(.end, after: "to close \"case\"")
    return .caseWhen(branches, otherwise: otherwise, start.range.union(end.range))
  }

  mutating func call(_ name: String, start: SourceRange) throws(Diagnostic) -> Expr {
    _ = try expect(.leftParen, "\"(\"")
    let distinct = consume(.distinct) != nil
    var arguments: [Expr] = []
    if peek.kind != .symbol(.rightParen) {
      repeat { arguments.append(try expression()) } while consume(.comma) != nil
    }
    let close = try expect(.rightParen, "\")\" to close the arguments of \(name)")
    return .call(name, arguments, distinct: distinct, start.union(close.range))
  }
}
