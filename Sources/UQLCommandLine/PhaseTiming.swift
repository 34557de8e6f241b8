import Foundation

/// Wall-clock times of a run's phases, printed on stderr by the hidden `--timing` flag so
/// `uql-bench` can tell loading from querying from printing in one process.
struct PhaseTiming {
  var load: Double = 0
  /// Per statement, in milliseconds: checking and evaluating, then writing the result.
  var statements: [(run: Double, print: Double)] = []

  static func milliseconds(from start: DispatchTime, to end: DispatchTime = .now()) -> Double {
    Double(end.uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000
  }

  /// One line per phase: `uql: timing: load 12.345 ms`, `uql: timing: statement 1 run … print …`.
  func report() -> String {
    var text = "uql: timing: load \(String(format: "%.3f", load)) ms\n"
    for (i, s) in statements.enumerated() {
      text += "uql: timing: statement \(i + 1) run \(String(format: "%.3f", s.run)) ms"
      text += " print \(String(format: "%.3f", s.print)) ms\n"
    }
    return text
  }
}
