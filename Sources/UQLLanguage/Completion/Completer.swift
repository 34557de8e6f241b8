import UQLValues

/// Computes Tab completions from the tokens of a partial statement and the schemas of the
/// session's datasets. Never looks at rows: text values come from ``Schema/Field/values``.
public struct Completer: Sendable {
  /// The datasets a statement can start from (loaded ones and `let` names), in order.
  public var datasets: [(name: String, schema: Schema)]
  /// The meta-commands, for lines starting with `.`.
  public var metaCommands: [MetaCommandSpec]
  /// Values of `$name` parameters, so a query that uses them checks as it would run.
  public var parameters: [String: String]
  /// The date `today()` gives, as in the session.
  public var today: Day?

  public init(
    datasets: [(name: String, schema: Schema)], metaCommands: [MetaCommandSpec] = [],
    parameters: [String: String] = [:], today: Day? = nil
  ) {
    self.datasets = datasets
    self.metaCommands = metaCommands
    self.parameters = parameters
    self.today = today
  }

  static let clauseKeywords = [
    "where", "select", "sort", "limit", "distinct", "count", "group", "join", "left", "pivot", "change", "chart",
  ]
  static let predicateKeywords = ["and", "or", "not", "like", "matches", "in", "between", "is"]
  static let scalarFunctions = ScalarFunction.allCases.map { $0.rawValue + "(" }
  static let aggregateFunctions = AggregateFunction.allCases.map { $0.rawValue + "(" }

  /// The candidates for the word that ends `text`, the statement typed so far up to the cursor
  /// (earlier lines of a multi-line statement included).
  public func complete(_ text: String) -> Completion {
    let line = text.split(separator: "\n", omittingEmptySubsequences: false).last.map(String.init) ?? text
    if line.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix(".") {
      return completeMetaCommand(String(line.drop(while: { $0 == " " || $0 == "\t" }).dropFirst()))
    }
    var lexer = Lexer(text)
    var tokens: [Token] = []
    while true {
      do {
        let token = try lexer.next()
        if token.kind == .endOfInput { break }
        tokens.append(token)
      } catch {
        guard StatementCompleteness.isOpenString(error, in: text) else { return .none }
        let typed = String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(error.range.start.offset + 1)))
        return completeString(typed, after: currentStatement(tokens), in: text)
      }
    }
    var prefix = ""
    let endsInWord = text.unicodeScalars.last.map(Lexer.isIdentifierContinue) ?? false
    if endsInWord, let last = tokens.last {
      switch last.kind {
      case .identifier, .keyword:
        prefix = last.text
        tokens.removeLast()
      default:
        return .none
      }
    }
    let candidates = words(after: currentStatement(tokens), in: text)
    let english = Completer.matching(candidates, prefix: prefix)
    // Swedish spellings of the keywords when the word begun is Swedish (`dä` → `där`, `oc` →
    // `och`): typed with å ä ö, or matching nothing in English.
    guard !prefix.isEmpty, english.isEmpty || prefix.unicodeScalars.contains(where: { !$0.isASCII }) else {
      return Completion(replacing: prefix, candidates: english)
    }
    let swedish = candidates.compactMap { Keyword(rawValue: $0)?.swedishSpelling }
    let names = english.filter { Keyword(rawValue: $0) == nil }
    return Completion(replacing: prefix, candidates: names + Completer.matching(swedish, prefix: prefix))
  }

  /// The tokens of the last statement, with line breaks inside it removed.
  func currentStatement(_ tokens: [Token]) -> [Token] {
    let significant = StatementSplitter.significantTokens(tokens)
    let start = significant.lastIndex { $0.kind == .newline || $0.kind == .symbol(.semicolon) }
    return Array(significant[(start.map { $0 + 1 } ?? 0)...]).filter { $0.kind != .newline }
  }

  // MARK: Words by context

  /// The words that can follow `statement`, the tokens of the statement so far read from `text`.
  func words(after statement: [Token], in text: String) -> [String] {
    var query = statement[...]
    if query.first?.kind == .keyword(.let) {
      switch query.count {
      case 1: return []
      case 2: return ["="]
      default: query = query.dropFirst(3)
      }
    }
    if query.first?.kind == .keyword(.explain) { query = query.dropFirst() }
    let datasetNames = datasets.map { Completer.quotedName($0.name) }
    guard let first = query.first else {
      return datasetNames + (statement.isEmpty ? ["let", "explain"] : [])
    }
    guard first.name != nil else { return [] }
    let schema = inputSchema(of: query, in: text)
    let clause = currentClause(query)
    guard query.count > 1, let last = query.last else { return Completer.clauseKeywords }
    let columns = schema.map { Completer.quotedName($0.name) }
    let expression = columns + Completer.scalarFunctions
    switch last.kind {
    case .symbol(.pipe):
      return Completer.clauseKeywords
    case .symbol(.rightParen):
      return afterOperand(in: clause)
    case .symbol(.comma) where clause == .join:
      return joinColumns(in: query, left: schema).map { Completer.quotedName($0.name) }
    case .symbol(let symbol):
      if let values = comparedValues(before: query.dropLast(), operator: symbol, schema: schema) {
        return values.map(Completer.bareOrQuoted)
      }
      return clause == .aggregate ? Completer.aggregateFunctions + columns : expression
    case .keyword(let keyword):
      switch keyword {
      case .sort, .group: return ["by"]
      case .count where clause == .count: return ["by"] + Completer.clauseKeywords
      case .limit: return []
      case .distinct, .asc, .desc, .null, .true, .false, .count: return afterOperand(in: clause)
      case .is: return ["not", "null"]
      case .not where query.dropLast().last?.kind == .keyword(.is): return ["null"]
      case .in: return ["("]
      case .aggregate: return Completer.aggregateFunctions + columns
      case .join: return datasetNames
      case .left: return ["join"]
      case .on: return joinColumns(in: query, left: schema).map { Completer.quotedName($0.name) }
      case .chart: return ["bar", "line"]
      case .like, .matches:
        if let values = comparedValues(before: query.dropLast(), operator: nil, schema: schema) {
          return values.map(Completer.bareOrQuoted)
        }
        return expression
      default: return clause == .aggregate ? Completer.aggregateFunctions + columns : expression
      }
    default:
      switch query.dropLast().last?.kind {
      case .keyword(.join)?: return ["on"]
      case .keyword(.chart)?: return []
      default: return afterOperand(in: clause)
      }
    }
  }

  /// Keywords that can follow a complete operand in the clause being written.
  func afterOperand(in clause: Keyword?) -> [String] {
    switch clause {
    case .where?: return Completer.predicateKeywords + Completer.clauseKeywords
    case .sort?: return ["asc", "desc"] + Completer.clauseKeywords
    case .group?: return ["aggregate"]
    default: return Completer.clauseKeywords
    }
  }

  /// The clause keyword (or `aggregate`) the last clause of `query` started with.
  func currentClause(_ query: ArraySlice<Token>) -> Keyword? {
    var depth = 0
    var clause: Keyword?
    var previous: Token?
    for token in query {
      switch token.kind {
      case .symbol(.leftParen): depth += 1
      case .symbol(.rightParen): depth = max(0, depth - 1)
      case .keyword(let k) where depth == 0:
        // `count` right after `aggregate` or `,` is the aggregate function.
        let isFunction = k == .count && (clause == .aggregate || previous?.kind == .symbol(.comma))
        if (k.startsClause && !isFunction) || k == .aggregate { clause = k }
      default: break
      }
      previous = token
    }
    return clause
  }

  /// The value set of the column compared just before the cursor: `status =`, `status in (`,
  /// `status in (klar,`, `delmål ~`. Nil when the left side is not a column with known values.
  func comparedValues(before: ArraySlice<Token>, operator symbol: Symbol?, schema: [Schema.Field]) -> [String]? {
    var left = before
    switch symbol {
    case nil, .equal?, .notEqual?, .tilde?, .less?, .lessEqual?, .greater?, .greaterEqual?:
      break
    case .leftParen?, .comma?:
      // Inside an `in (…)` list: walk back to its opening parenthesis.
      var depth = symbol == .leftParen ? 1 : 0
      if symbol == .comma {
        while let token = left.last {
          left = left.dropLast()
          if token.kind == .symbol(.rightParen) { depth -= 1 }
          if token.kind == .symbol(.leftParen) {
            depth += 1
            if depth == 1 { break }
          }
        }
        guard depth == 1 else { return nil }
      }
      guard left.last?.kind == .keyword(.in) else { return nil }
      left = left.dropLast()
      if left.last?.kind == .keyword(.not) { left = left.dropLast() }
    default:
      return nil
    }
    if left.last?.kind == .keyword(.not) { left = left.dropLast() }
    guard let name = left.last?.name, let field = Completer.field(name, in: schema) else { return nil }
    return field.values
  }

  /// Text values of the column compared with an open string: `delmål = "Hö`.
  func completeString(_ typed: String, after statement: [Token], in text: String) -> Completion {
    var query = statement[...]
    if query.first?.kind == .keyword(.let) { query = query.dropFirst(3) }
    guard query.first?.name != nil, let last = query.last else { return .none }
    let fields = inputSchema(of: query, in: text)
    let symbol: Symbol?
    switch last.kind {
    case .symbol(let s): symbol = s
    case .keyword(.like), .keyword(.matches): symbol = nil
    default: return .none
    }
    guard let values = comparedValues(before: query.dropLast(), operator: symbol, schema: fields) else {
      return .none
    }
    let key = Completer.fold(typed)
    let candidates = values.filter { Completer.fold($0).hasPrefix(key) }.map { Completer.escaped($0) + "\"" }
    return Completion(replacing: typed, candidates: candidates)
  }
}
