import UQLValues

extension Completer {
  /// The schema of the dataset called `name`, matched exactly or else loosely.
  func schema(named name: String) -> Schema? {
    let key = TextFolding.looseKey(name)
    return (datasets.first { $0.name == name } ?? datasets.first { TextFolding.looseKey($0.name) == key })?.schema
  }

  /// A guess at the columns a query over `source` can name, for a query that does not check:
  /// the dataset's own, and names the query gave so far (`select x = …`, `antal` after `count`).
  func schema(named source: String, shapedBy query: ArraySlice<Token>) -> [Schema.Field] {
    var fields = schema(named: source)?.fields ?? []
    let tokens = Array(query)
    for (i, token) in tokens.enumerated() {
      if token.kind == .keyword(.count), i + 1 >= tokens.count || tokens[i + 1].kind != .symbol(.leftParen),
        !fields.contains(where: { $0.name == "antal" })
      {
        fields.append(Schema.Field(name: "antal", type: .integer, values: nil))
      }
      // An alias: a name followed by "=" right after "select", "by", "aggregate" or ",".
      if i >= 1, i + 1 < tokens.count, tokens[i + 1].kind == .symbol(.equal), let alias = token.name,
        Completer.startsItem(tokens[i - 1]), Completer.field(alias, in: fields) == nil
      {
        fields.append(Schema.Field(name: alias, type: .null, values: nil))
      }
    }
    return fields
  }

  static func startsItem(_ token: Token) -> Bool {
    switch token.kind {
    case .keyword(.select), .keyword(.by), .keyword(.aggregate), .symbol(.comma): return true
    default: return false
    }
  }

  static func field(_ name: String, in fields: [Schema.Field]) -> Schema.Field? {
    if let exact = fields.first(where: { $0.name == name }) { return exact }
    let key = TextFolding.looseKey(name)
    return fields.first { TextFolding.looseKey($0.name) == key }
  }

  /// The candidates that start with `prefix`, ignoring case, diacritics and an opening quote,
  /// without repeats.
  static func matching(_ candidates: [String], prefix: String) -> [String] {
    let key = fold(prefix)
    var seen = Set<String>()
    return candidates.filter { candidate in
      let word = candidate.first == "\"" || candidate.first == "`" ? String(candidate.dropFirst()) : candidate
      return (fold(word).hasPrefix(key) || fold(candidate).hasPrefix(key)) && seen.insert(candidate).inserted
    }
  }

  /// Lower-cased without diacritics (ö → o), white space kept: for matching what is typed.
  static func fold(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
    where !scalar.properties.isDiacritic || scalar.isASCII {
      scalars.append(scalar)
    }
    return String(scalars)
  }

  /// A name as it must be written: back-quoted when it is a keyword or not a plain word.
  static func quotedName(_ name: String) -> String {
    isPlainWord(name) ? name : "`" + name + "`"
  }

  /// A value as a bare word when it can be one, else as a string.
  static func bareOrQuoted(_ value: String) -> String {
    isPlainWord(value) ? value : "\"" + escaped(value) + "\""
  }

  static func isPlainWord(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, Lexer.isIdentifierStart(first) else { return false }
    return text.unicodeScalars.allSatisfy(Lexer.isIdentifierContinue) && Keyword(word: text) == nil
  }

  static func escaped(_ value: String) -> String {
    var out = ""
    for c in value {
      switch c {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      default: out.append(c)
      }
    }
    return out
  }
}

extension Token {
  /// The name this token spells, when it is a plain or back-quoted identifier.
  var name: String? {
    switch kind {
    case .identifier(let n), .quotedIdentifier(let n): return n
    default: return nil
    }
  }
}
