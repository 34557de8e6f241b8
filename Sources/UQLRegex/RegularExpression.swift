/// A regular expression matched in time linear in the text: no backtracking, so a pattern such
/// as `(a+)+$` cannot hang on a long value.
///
/// The syntax is ICU's (what `NSRegularExpression` takes) without the features that need
/// backtracking: literals, `.`, classes `[a-zå]` `[^…]` `\d \w \s \D \W \S` `\p{L}`, anchors
/// `^ $ \A \z \Z`, `\b \B`, groups `(…)` `(?:…)` `(?<name>…)`, alternation, `* + ? {m,n}`
/// (lazy forms too) and the flags `(?i)` `(?s)` `(?m)`. Backreferences, lookaround, atomic
/// groups and possessive quantifiers are rejected with a ``RegexError``.
public struct RegularExpression: Sendable {
  /// The longest pattern accepted, in Unicode scalars.
  public static let maximumLength = 1_000

  let program: RegexProgram
  let usesFolding: Bool

  /// Compiles `pattern`.
  /// - Throws: a ``RegexError`` for a syntax error, an unsupported feature or a pattern too
  ///   long or complex to run.
  public init(_ pattern: String) throws(RegexError) {
    let length = pattern.unicodeScalars.count
    if length > RegularExpression.maximumLength {
      throw RegexError(
        "pattern is \(length) characters long; the limit is \(RegularExpression.maximumLength)", at: 0)
    }
    var parser = RegexParser(pattern)
    program = try RegexProgram(try parser.parse())
    usesFolding = program.instructions.contains {
      if case .foldedScalar = $0 { return true }
      return false
    }
  }

  /// Whether the pattern matches anywhere in `text`.
  public func matches(in text: String) -> Bool {
    let input = Array(text.unicodeScalars)
    let folded = usesFolding ? input.map(ScalarSet.lower) : []
    let count = program.instructions.count
    var current = ThreadList(capacity: count)
    var next = ThreadList(capacity: count)
    var stack: [Int] = []
    for i in 0...input.count {
      // An unanchored search: a new thread starts at every position.
      if addThread(0, at: i, input: input, to: &current, stack: &stack) { return true }
      if i == input.count { break }
      let c = input[i]
      for pc in current.threads {
        let advances: Bool
        switch program.instructions[pc] {
        case .scalar(let s): advances = s == c
        case .foldedScalar(let s): advances = s == folded[i]
        case .any(let dotAll): advances = dotAll || !ScalarSet.isLineTerminator(c)
        case .set(let k, let ci): advances = program.sets[k].contains(c, caseInsensitive: ci)
        default: advances = false
        }
        if advances, addThread(pc + 1, at: i + 1, input: input, to: &next, stack: &stack) { return true }
      }
      swap(&current, &next)
      next.clear()
    }
    return false
  }

  /// Follows jumps, splits and assertions from `pc` at position `i`, adding the consuming
  /// instructions reached to `list`. Returns true when a match is reached.
  private func addThread(
    _ pc: Int, at i: Int, input: [Unicode.Scalar], to list: inout ThreadList, stack: inout [Int]
  ) -> Bool {
    stack.removeAll(keepingCapacity: true)
    stack.append(pc)
    while let pc = stack.popLast() {
      guard list.visit(pc) else { continue }
      switch program.instructions[pc] {
      case .match: return true
      case .jump(let target): stack.append(target)
      case .split(let a, let b):
        stack.append(b)
        stack.append(a)
      case .assertion(let assertion):
        let previous = i > 0 ? input[i - 1] : nil
        let next = i < input.count ? input[i] : nil
        if assertion.holds(before: previous, after: next, rest: input[i...]) { stack.append(pc + 1) }
      default:
        list.threads.append(pc)
      }
    }
    return false
  }
}

/// The instructions alive at one position, each at most once (a sparse set).
struct ThreadList {
  var threads: [Int] = []
  private var seen: [UInt32]
  private var generation: UInt32 = 1

  init(capacity: Int) { seen = Array(repeating: 0, count: capacity) }

  var isEmpty: Bool { threads.isEmpty }

  /// Marks `pc` seen; false if it already was.
  mutating func visit(_ pc: Int) -> Bool {
    if seen[pc] == generation { return false }
    seen[pc] = generation
    return true
  }

  mutating func clear() {
    threads.removeAll(keepingCapacity: true)
    generation &+= 1
    if generation == 0 {
      seen = Array(repeating: 0, count: seen.count)
      generation = 1
    }
  }
}
