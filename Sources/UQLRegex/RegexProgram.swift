/// A pattern compiled to instructions for a Pike VM (Thompson's construction): the matcher
/// keeps at most one thread per instruction, so matching is linear in the text's length.
struct RegexProgram: Sendable {
  enum Instruction: Sendable {
    case scalar(Unicode.Scalar)
    /// A scalar compared after lower-casing both sides.
    case foldedScalar(Unicode.Scalar)
    case any(dotAll: Bool)
    case set(Int, caseInsensitive: Bool)
    case assertion(Assertion)
    case split(Int, Int)
    case jump(Int)
    case match
  }

  /// Beyond this many instructions (`(a{1000}){1000}`…) a pattern is too complex to run.
  static let maximumSize = 20_000

  var instructions: [Instruction] = []
  var sets: [ScalarSet] = []

  init(_ node: RegexNode) throws(RegexError) {
    try emit(node, folded: false)
    instructions.append(.match)
  }

  mutating func append(_ instruction: Instruction) throws(RegexError) {
    if instructions.count >= RegexProgram.maximumSize {
      throw RegexError(
        "pattern is too complex: it compiles to more than \(RegexProgram.maximumSize) steps", at: 0)
    }
    instructions.append(instruction)
  }

  mutating func emit(_ node: RegexNode, folded: Bool) throws(RegexError) {
    switch node {
    case .empty: break
    case .scalar(let s):
      try append(folded ? .foldedScalar(ScalarSet.lower(s)) : .scalar(s))
    case .any(let dotAll): try append(.any(dotAll: dotAll))
    case .set(let set):
      sets.append(set)
      try append(.set(sets.count - 1, caseInsensitive: folded))
    case .assertion(let a): try append(.assertion(a))
    case .caseInsensitive(let inner): try emit(inner, folded: true)
    case .concatenation(let items):
      for item in items { try emit(item, folded: folded) }
    case .alternation(let branches):
      var jumps: [Int] = []
      for (i, branch) in branches.enumerated() {
        if i < branches.count - 1 {
          let split = instructions.count
          try append(.split(split + 1, -1))
          try emit(branch, folded: folded)
          jumps.append(instructions.count)
          try append(.jump(-1))
          instructions[split] = .split(split + 1, instructions.count)
        } else {
          try emit(branch, folded: folded)
        }
      }
      for j in jumps { instructions[j] = .jump(instructions.count) }
    case .repetition(let inner, let min, let max):
      for _ in 0..<min { try emit(inner, folded: folded) }
      if let max {
        var splits: [Int] = []
        for _ in min..<max {
          splits.append(instructions.count)
          try append(.split(instructions.count + 1, -1))
          try emit(inner, folded: folded)
        }
        for s in splits { instructions[s] = .split(s + 1, instructions.count) }
      } else {
        let loop = instructions.count
        try append(.split(loop + 1, -1))
        try emit(inner, folded: folded)
        try append(.jump(loop))
        instructions[loop] = .split(loop + 1, instructions.count)
      }
    }
  }
}
