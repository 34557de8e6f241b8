import Foundation

/// A request to stop a running statement, from another thread (the shell's Ctrl-C). The
/// evaluator looks at it between plan steps and every few thousand rows of its long loops, and
/// stops with ``Diagnostic/cancelled``; nothing is left half-changed (a `let` binds only after
/// its statement finished).
public final class Cancellation: @unchecked Sendable {
  private let lock = NSLock()
  private var requested = false

  public init() {}

  /// Asks the statement to stop; it does so at its next look.
  public func cancel() {
    lock.lock()
    requested = true
    lock.unlock()
  }

  public var isCancelled: Bool {
    lock.lock()
    defer { lock.unlock() }
    return requested
  }

  /// The cancellation the statement running on this thread answers to, if any.
  @TaskLocal public static var current: Cancellation?

  /// How many rows a loop goes between looks: a look costs a lock, a few thousand rows far more.
  static let stride = 4_096

  /// Stops the statement when it was asked to.
  static func check() throws(Diagnostic) {
    if let current, current.isCancelled { throw .cancelled }
  }

  /// Stops the statement when asked to, looking only every ``stride`` rows.
  @inline(__always)
  static func check(row: Int) throws(Diagnostic) {
    if row & (stride - 1) == 0 { try check() }
  }
}

extension Diagnostic {
  /// The statement stopped because it was asked to (Ctrl-C in the shell).
  public static var cancelled: Diagnostic {
    let start = SourceLocation(offset: 0, line: 1, column: 1)
    return Diagnostic(.error, "cancelled", at: SourceRange(start, start))
  }
}
