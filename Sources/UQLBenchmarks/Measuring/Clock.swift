import Foundation

/// Monotonic wall-clock timing in milliseconds.
enum Clock {
  static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

  static func milliseconds(since start: UInt64) -> Double { Double(now() - start) / 1_000_000 }

  /// Runs `body` and returns its result with the milliseconds it took.
  static func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let start = now()
    let result = try body()
    return (result, milliseconds(since: start))
  }
}
