/// A stream of decisions drawn from generated integers, so that PropertyBased's shrinking of
/// the integers shrinks the queries and tables built from them.
struct Choices {
  var values: ArraySlice<Int>

  init(_ values: [Int]) { self.values = values[...] }

  /// A number in `0..<n`; 0 once the stream runs out, which picks the simplest choice.
  mutating func choose(_ n: Int) -> Int {
    guard n > 1, let v = values.popFirst() else { return 0 }
    return v % n
  }

  mutating func pick<T>(_ options: [T]) -> T { options[choose(options.count)] }

  mutating func flip() -> Bool { choose(2) == 1 }
}
