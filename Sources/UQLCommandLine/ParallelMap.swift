import Dispatch

/// `map` over independent, pure work on every core, results in input order.
enum ParallelMap {
  static func map<Element, Output>(_ elements: [Element], _ transform: (Element) -> Output) -> [Output] {
    guard elements.count > 1 else { return elements.map(transform) }
    let slots = Slots<Output>(count: elements.count)
    withoutActuallyEscaping(transform) { transform in
      let work = UncheckedSendable(transform)
      let items = UncheckedSendable(elements)
      DispatchQueue.concurrentPerform(iterations: elements.count) { i in
        slots.set(i, work.value(items.value[i]))
      }
    }
    return slots.values()
  }

  /// One slot per element, each written by exactly one iteration: raw memory, so concurrent
  /// writes to different slots are not accesses to one Swift property.
  private final class Slots<Output>: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<Output?>
    private let count: Int

    init(count: Int) {
      self.count = count
      storage = .allocate(capacity: count)
      storage.initialize(repeating: nil, count: count)
    }

    deinit {
      storage.deinitialize(count: count)
      storage.deallocate()
    }

    func set(_ index: Int, _ value: Output) { storage[index] = value }

    func values() -> [Output] { (0..<count).map { storage[$0]! } }
  }

  private struct UncheckedSendable<Value>: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
  }
}
