import Foundation
import UQLLanguage

extension Runner {
  /// `.load PATH`: adds the datasets of a file or directory, replacing ones of the same name.
  /// A relative path is resolved against the including script, as for `.read`.
  mutating func load(_ path: String, at range: SourceRange, in name: String) throws(Diagnostic) {
    let expanded = (path as NSString).expandingTildeInPath
    let base = name.hasPrefix("<") ? "" : (name as NSString).deletingLastPathComponent
    let resolved =
      expanded.hasPrefix("/") || base.isEmpty ? expanded : (base as NSString).appendingPathComponent(expanded)
    guard FileManager.default.fileExists(atPath: resolved) else {
      throw Diagnostic(.error, "no such file or directory \"\(path)\"", at: range)
    }
    let loaded: DataLoader.Loaded
    do {
      loaded = try DataLoader.load(paths: [resolved])
    } catch {
      // DataLoader reported why.
      throw Diagnostic(.error, "nothing loaded from \"\(path)\"", at: range)
    }
    guard !loaded.datasets.isEmpty else {
      throw Diagnostic(.error, "nothing loaded from \"\(path)\"", at: range)
    }
    for dataset in loaded.datasets {
      let replaced = session.datasets.contains { $0.name == dataset.name }
      session.add(dataset)
      let rows = dataset.table.rowCount
      Terminal.standardError.write(
        "\(replaced ? "replaced" : "loaded") \(dataset.name) (\(rows) \(rows == 1 ? "row" : "rows"))\n")
    }
  }

  /// `.timer on`: the time since `start`, on stderr so results stay clean.
  mutating func reportElapsed(since start: DispatchTime) {
    output.flush()
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    Terminal.standardError.write("time: \(Runner.describe(seconds: seconds))\n")
  }

  /// "0.8 ms", "12.3 ms", "1.25 s".
  static func describe(seconds: Double) -> String {
    if seconds < 1 { return String(format: "%.1f ms", seconds * 1000) }
    return String(format: "%.2f s", seconds)
  }

  /// `.history`: numbered entries, later lines of a statement indented under the first.
  static func listing(_ entries: [String]) -> String {
    let width = String(entries.count).count
    var out = ""
    for (i, entry) in entries.enumerated() {
      let number = String(i + 1)
      let lines = entry.split(separator: "\n", omittingEmptySubsequences: false)
      out += String(repeating: " ", count: width - number.count) + number + "  " + lines[0] + "\n"
      for line in lines.dropFirst() { out += String(repeating: " ", count: width + 2) + line + "\n" }
    }
    return out
  }
}
