/// A parsed pattern.
indirect enum RegexNode: Sendable {
  case empty
  case scalar(Unicode.Scalar)
  /// `.`: any scalar, or any but a line terminator.
  case any(dotAll: Bool)
  case set(ScalarSet)
  case assertion(Assertion)
  case concatenation([RegexNode])
  case alternation([RegexNode])
  case repetition(RegexNode, min: Int, max: Int?)
  /// A part of the pattern under `(?i)`.
  case caseInsensitive(RegexNode)
}

/// A zero-width test of the position between two scalars.
enum Assertion: Sendable {
  case textStart, textEnd, textEndOrFinalLineEnd
  case lineStart, lineEnd
  case wordBoundary, notWordBoundary

  func holds(before previous: Unicode.Scalar?, after next: Unicode.Scalar?, rest: ArraySlice<Unicode.Scalar>)
    -> Bool
  {
    switch self {
    case .textStart: return previous == nil
    case .textEnd: return next == nil
    case .textEndOrFinalLineEnd:
      return rest.isEmpty || (rest.count == 1 && ScalarSet.isLineTerminator(rest.first!))
        || (rest.count == 2 && rest.first == "\r" && rest.last == "\n")
    case .lineStart: return previous.map(ScalarSet.isLineTerminator) ?? true
    case .lineEnd: return next.map(ScalarSet.isLineTerminator) ?? true
    case .wordBoundary, .notWordBoundary:
      let boundary = (previous.map(ScalarSet.isWord) ?? false) != (next.map(ScalarSet.isWord) ?? false)
      return boundary == (self == .wordBoundary)
    }
  }
}

/// A bracketed class such as `[^a-zå\d]`, or a class escape such as `\w`.
struct ScalarSet: Sendable {
  enum Item: Sendable {
    case range(UInt32, UInt32)
    case digit(negated: Bool)
    case word(negated: Bool)
    case space(negated: Bool)
    case category([Unicode.GeneralCategory], negated: Bool)
  }

  var items: [Item] = []
  var negated = false

  func contains(_ s: Unicode.Scalar, caseInsensitive: Bool) -> Bool {
    var found = containsExactly(s)
    if !found, caseInsensitive {
      found = containsExactly(ScalarSet.lower(s)) || containsExactly(ScalarSet.upper(s))
    }
    return found != negated
  }

  private func containsExactly(_ s: Unicode.Scalar) -> Bool {
    items.contains { item in
      switch item {
      case .range(let lo, let hi): return lo <= s.value && s.value <= hi
      case .digit(let n): return (s.properties.generalCategory == .decimalNumber) != n
      case .word(let n): return ScalarSet.isWord(s) != n
      case .space(let n): return s.properties.isWhitespace != n
      case .category(let cs, let n): return cs.contains(s.properties.generalCategory) != n
      }
    }
  }

  static func isWord(_ s: Unicode.Scalar) -> Bool {
    if s == "_" || s.properties.isAlphabetic { return true }
    switch s.properties.generalCategory {
    case .decimalNumber, .nonspacingMark, .spacingMark, .enclosingMark, .connectorPunctuation: return true
    default: return false
    }
  }

  static func isLineTerminator(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: return true
    default: return false
    }
  }

  /// Simple (one-scalar) case mappings; a scalar whose mapping is longer stays as it is.
  static func lower(_ s: Unicode.Scalar) -> Unicode.Scalar {
    let m = s.properties.lowercaseMapping.unicodeScalars
    return m.count == 1 ? m.first! : s
  }

  static func upper(_ s: Unicode.Scalar) -> Unicode.Scalar {
    let m = s.properties.uppercaseMapping.unicodeScalars
    return m.count == 1 ? m.first! : s
  }
}
