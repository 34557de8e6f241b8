import Foundation
import UQLLanguage
import UQLLineEditor

extension Shell {
  /// Checks and evaluates a query or `let` on another thread while this one watches for
  /// Ctrl-C; prints the result here.
  /// - Returns: false when Ctrl-C cancelled it: the prompt comes back at once, the evaluator
  ///   stops at its next look at the cancellation (within a few thousand rows) and its result,
  ///   if any, is dropped; the session is unchanged.
  func runCancellable(_ statement: Statement) throws(Diagnostic) -> Bool {
    let job = Job(session: runner.session)
    let started = DispatchTime.now()
    let thread = Thread { job.run(statement) }
    thread.stackSize = 16 << 20
    thread.start()
    while !job.finished.wait(timeoutSeconds: 0.02) {
      if LineEditor.takeInterrupt() {
        job.cancellation.cancel()
        runner.output.flush()
        // Overwrites the "^C" the terminal may have echoed.
        Terminal.standardError.write("\r^C query cancelled\n")
        return false
      }
    }
    guard let outcome = job.outcome else { return true }
    runner.session = job.session
    let result = try outcome.get()
    try runner.present(result, of: statement, startedAt: started)
    if case .table(let table) = result, runner.format == .table, runner.output.isTerminal {
      runner.output.write(Shell.footer(rows: table.rowCount, maxRows: runner.maxRows))
    }
    if runner.timer { runner.reportElapsed(since: started) }
    return true
  }

  /// One statement running on another thread. Its state is read only after `finished`.
  final class Job: @unchecked Sendable {
    var session: Session
    var outcome: Result<Session.Outcome, Diagnostic>?
    let finished = Signal()
    let cancellation = Cancellation()

    init(session: Session) { self.session = session }

    func run(_ statement: Statement) {
      Cancellation.$current.withValue(cancellation) {
        outcome = Result { () throws(Diagnostic) in try session.execute(statement) }
      }
      finished.raise()
    }
  }

  /// A one-shot event between threads.
  final class Signal: @unchecked Sendable {
    private let condition = NSCondition()
    private var raised = false

    func raise() {
      condition.lock()
      raised = true
      condition.broadcast()
      condition.unlock()
    }

    /// Whether it was raised within the timeout.
    func wait(timeoutSeconds: Double) -> Bool {
      condition.lock()
      defer { condition.unlock() }
      if !raised { _ = condition.wait(until: Date(timeIntervalSinceNow: timeoutSeconds)) }
      return raised
    }
  }
}
