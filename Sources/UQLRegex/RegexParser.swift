/// Parses a pattern in the ICU/Perl syntax users know, minus what needs backtracking.
struct RegexParser {
  let scalars: [Unicode.Scalar]
  var index = 0
  var caseInsensitive = false
  var dotAll = false
  var multiline = false
  var depth = 0
  static let maximumDepth = 100
  static let maximumCount = 1_000

  init(_ pattern: String) {
    scalars = Array(pattern.unicodeScalars)
  }

  var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

  func error(_ message: String, at offset: Int? = nil) -> RegexError {
    RegexError(message, at: offset ?? index)
  }

  mutating func parse() throws(RegexError) -> RegexNode {
    let node = try alternation()
    if peek == ")" { throw error("unmatched \")\"") }
    return node
  }

  mutating func alternation() throws(RegexError) -> RegexNode {
    var branches = [try concatenation()]
    while peek == "|" {
      index += 1
      branches.append(try concatenation())
    }
    return branches.count == 1 ? branches[0] : .alternation(branches)
  }

  mutating func concatenation() throws(RegexError) -> RegexNode {
    var items: [RegexNode] = []
    while let c = peek, c != "|", c != ")" {
      let atomStart = index
      var atom = try self.atom()
      if let (min, max) = try quantifier() {
        if case .assertion = atom {
          throw error("nothing to repeat before this quantifier", at: atomStart)
        }
        atom = .repetition(atom, min: min, max: max)
        if peek == "?" { index += 1 }  // lazy: the same yes/no answer
        if let q = peek, "*+?{".unicodeScalars.contains(q) {
          throw error(q == "+" ? "possessive quantifiers are not supported" : "nothing to repeat")
        }
      }
      items.append(atom)
    }
    return items.count == 1 ? items[0] : .concatenation(items)
  }

  /// `*`, `+`, `?`, `{m}`, `{m,}` or `{m,n}`, if one follows.
  mutating func quantifier() throws(RegexError) -> (Int, Int?)? {
    switch peek {
    case "*": index += 1; return (0, nil)
    case "+": index += 1; return (1, nil)
    case "?": index += 1; return (0, 1)
    case "{":
      let start = index
      index += 1
      guard let min = number() else { throw error("expected a count like {2} or {2,5} after \"{\"", at: start) }
      var max: Int? = min
      if peek == "," {
        index += 1
        max = number()
      }
      guard peek == "}" else { throw error("expected \"}\" to close the count", at: start) }
      index += 1
      if let max, max < min { throw error("the count {\(min),\(max)} is backwards", at: start) }
      if min > RegexParser.maximumCount || (max ?? 0) > RegexParser.maximumCount {
        throw error("counts above \(RegexParser.maximumCount) are not supported", at: start)
      }
      return (min, max)
    default:
      return nil
    }
  }

  mutating func number() -> Int? {
    var value = 0
    var digits = 0
    while let c = peek, ("0"..."9").contains(c) {
      value = min(value * 10 + Int(c.value - 48), 1_000_000)
      digits += 1
      index += 1
    }
    return digits > 0 ? value : nil
  }

  mutating func atom() throws(RegexError) -> RegexNode {
    let start = index
    let c = scalars[index]
    index += 1
    switch c {
    case "(": return try group(start: start)
    case "[": return try bracket(start: start)
    case ".": return .any(dotAll: dotAll)
    case "^": return .assertion(multiline ? .lineStart : .textStart)
    case "$": return .assertion(multiline ? .lineEnd : .textEndOrFinalLineEnd)
    case "\\": return try escape(inClass: false)
    case "*", "+", "?": throw error("nothing to repeat before \"\(c)\"", at: start)
    case "{":
      throw error("nothing to repeat before \"{\"", at: start)
    default: return literal(c)
    }
  }

  func literal(_ c: Unicode.Scalar) -> RegexNode {
    caseInsensitive ? .caseInsensitive(.scalar(c)) : .scalar(c)
  }

  mutating func group(start: Int) throws(RegexError) -> RegexNode {
    depth += 1
    defer { depth -= 1 }
    if depth > RegexParser.maximumDepth {
      throw error("groups nested deeper than \(RegexParser.maximumDepth) levels", at: start)
    }
    let saved = (caseInsensitive, dotAll, multiline)
    if peek == "?" {
      index += 1
      switch peek {
      case ":": index += 1
      case "=", "!": throw error("lookahead is not supported", at: start)
      case "<" where index + 1 < scalars.count && (scalars[index + 1] == "=" || scalars[index + 1] == "!"):
        throw error("lookbehind is not supported", at: start)
      case "<":
        // A named group: the name does not matter for a yes/no match.
        while let c = peek, c != ">" { index += 1 }
        guard peek == ">" else { throw error("expected \">\" after the group name", at: start) }
        index += 1
      case ">": throw error("atomic groups are not supported", at: start)
      default:
        // Flags: (?i) (?s) (?m) (?-i) apply to the rest of the enclosing group; (?i:…) to itself.
        var on = true
        while let c = peek, c != ")", c != ":" {
          switch c {
          case "-": on = false
          case "i": caseInsensitive = on
          case "s": dotAll = on
          case "m": multiline = on
          default: throw error("unknown flag \"\(c)\" in \"(?\"; supported are i, s and m", at: index)
          }
          index += 1
        }
        guard let end = peek else { throw error("unterminated group", at: start) }
        index += 1
        if end == ")" { return .empty }  // flags for what follows: keep them
      }
    }
    let inner = try alternation()
    guard peek == ")" else { throw error("unterminated group", at: start) }
    index += 1
    (caseInsensitive, dotAll, multiline) = saved
    return inner
  }

  mutating func bracket(start: Int) throws(RegexError) -> RegexNode {
    var set = ScalarSet()
    if peek == "^" {
      set.negated = true
      index += 1
    }
    var first = true
    while true {
      guard let c = peek else { throw error("unterminated character class \"[\"", at: start) }
      if c == "]" && !first { break }
      first = false
      if c == "[" { throw error("nested character classes are not supported; write \\[ for a bracket") }
      let low: Unicode.Scalar
      if c == "\\" {
        index += 1
        let node = try escape(inClass: true)
        switch node {
        case .scalar(let s): low = s
        case .set(let inner):
          set.items += inner.items
          continue
        default: throw error("this escape cannot appear in a character class", at: index - 1)
        }
      } else {
        low = c
        index += 1
      }
      if peek == "-", index + 1 < scalars.count, scalars[index + 1] != "]" {
        index += 1
        var high = scalars[index]
        index += 1
        if high == "\\" {
          guard case .scalar(let s) = try escape(inClass: true) else {
            throw error("a range must end in a single character", at: index - 1)
          }
          high = s
        }
        guard low.value <= high.value else { throw error("the range \(low)-\(high) is backwards", at: index - 1) }
        set.items.append(.range(low.value, high.value))
      } else {
        set.items.append(.range(low.value, low.value))
      }
    }
    index += 1
    return caseInsensitive ? .caseInsensitive(.set(set)) : .set(set)
  }

  /// After a backslash.
  mutating func escape(inClass: Bool) throws(RegexError) -> RegexNode {
    let start = index - 1
    guard let c = peek else { throw error("pattern ends in a backslash", at: start) }
    index += 1
    func set(_ item: ScalarSet.Item) -> RegexNode { .set(ScalarSet(items: [item])) }
    switch c {
    case "d", "D": return set(.digit(negated: c == "D"))
    case "w", "W": return set(.word(negated: c == "W"))
    case "s", "S": return set(.space(negated: c == "S"))
    case "n": return .scalar("\n")
    case "t": return .scalar("\t")
    case "r": return .scalar("\r")
    case "f": return .scalar("\u{0C}")
    case "v": return .scalar("\u{0B}")
    case "e": return .scalar("\u{1B}")
    case "a": return .scalar("\u{07}")
    case "b" where !inClass: return .assertion(.wordBoundary)
    case "B" where !inClass: return .assertion(.notWordBoundary)
    case "A" where !inClass: return .assertion(.textStart)
    case "z" where !inClass: return .assertion(.textEnd)
    case "Z" where !inClass: return .assertion(.textEndOrFinalLineEnd)
    case "1"..."9":
      throw error("backreferences such as \"\\\(c)\" are not supported", at: start)
    case "k": throw error("backreferences such as \"\\k\" are not supported", at: start)
    case "u", "x":
      return try hexEscape(start: start, braced: c == "x")
    case "p", "P":
      return set(try category(negated: c == "P", start: start))
    case "Q", "E", "G", "X", "R", "N", "h", "H", "V", "c", "0":
      throw error("the escape \"\\\(c)\" is not supported", at: start)
    default:
      if c.properties.isAlphabetic || ("0"..."9").contains(c) {
        throw error("unknown escape \"\\\(c)\"", at: start)
      }
      return caseInsensitive && !inClass ? .caseInsensitive(.scalar(c)) : .scalar(c)
    }
  }

  /// `\uhhhh`, `\xhh` or `\x{h…}`.
  mutating func hexEscape(start: Int, braced: Bool) throws(RegexError) -> RegexNode {
    var digits = ""
    if braced && peek == "{" {
      index += 1
      while let c = peek, c != "}", digits.count <= 8 {
        digits.unicodeScalars.append(c)
        index += 1
      }
      guard peek == "}" else { throw error("expected \"}\" after the hex digits", at: start) }
      index += 1
    } else {
      for _ in 0..<(braced ? 2 : 4) {
        guard let c = peek else { break }
        digits.unicodeScalars.append(c)
        index += 1
      }
    }
    guard let value = UInt32(digits, radix: 16), let scalar = Unicode.Scalar(value) else {
      throw error("invalid hex escape", at: start)
    }
    return caseInsensitive ? .caseInsensitive(.scalar(scalar)) : .scalar(scalar)
  }

  /// `\p{L}` and friends: general categories by their one- or two-letter names.
  mutating func category(negated: Bool, start: Int) throws(RegexError) -> ScalarSet.Item {
    guard peek == "{" else { throw error("expected \"{\" after \"\\p\"", at: start) }
    index += 1
    var name = ""
    while let c = peek, c != "}", name.count < 40 {
      name.unicodeScalars.append(c)
      index += 1
    }
    guard peek == "}" else { throw error("expected \"}\" after the property name", at: start) }
    index += 1
    typealias C = Unicode.GeneralCategory
    let table: [String: [C]] = [
      "L": [.uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter],
      "Lu": [.uppercaseLetter], "Ll": [.lowercaseLetter],
      "N": [.decimalNumber, .letterNumber, .otherNumber], "Nd": [.decimalNumber],
      "P": [
        .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
        .initialPunctuation, .finalPunctuation, .otherPunctuation,
      ],
      "S": [.mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol], "Sc": [.currencySymbol],
      "Z": [.spaceSeparator, .lineSeparator, .paragraphSeparator], "Zs": [.spaceSeparator],
      "M": [.nonspacingMark, .spacingMark, .enclosingMark],
    ]
    guard let categories = table[name] else {
      throw error(
        "unknown property \"\(name)\"; supported are \(table.keys.sorted().joined(separator: ", "))", at: start)
    }
    return .category(categories, negated: negated)
  }
}
