import Foundation

/// Makes a corpus of synthetic reports from the five real samples, deterministic from a seed.
///
/// Report `i` is a variation of sample `i % 5`, so every layout is equally represented: its
/// years are moved, some wording varies, and in the tab-separated layout the activities get new
/// statuses, are multiplied and their sections are shuffled and renumbered.
struct CorpusGenerator {
  /// The samples as (file name, text), in file-name order.
  var samples: [(name: String, text: String)]
  var seed: UInt64

  init(samplesDirectory: String, seed: UInt64) throws {
    // (Run from elsewhere than the repository, the default `Examples/reports` is not there.)
    guard let listed = try? FileManager.default.contentsOfDirectory(atPath: samplesDirectory) else {
      throw BenchError("cannot read the sample reports' directory \(samplesDirectory) (run uql-bench from the repository, or give --samples)")
    }
    let names = listed.filter { $0.hasSuffix(".txt") }.sorted()
    guard !names.isEmpty else { throw BenchError("no .txt sample reports in \(samplesDirectory)") }
    samples = try names.map { name in
      (name, try String(contentsOfFile: "\(samplesDirectory)/\(name)", encoding: .utf8))
    }
    self.seed = seed
  }

  /// The file name and text of report `index`.
  func report(_ index: Int) -> (name: String, text: String) {
    var rng = SeededGenerator(seed: seed, index: index)
    let sample = samples[index % samples.count]
    let delta = [-3, -2, -1, 1, 2, 3, 4, 5].randomElement(using: &rng)!
    var lines = sample.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let tabular = lines.contains { ReportVariation.isActivityRow($0) }
    if tabular { lines = ReportVariation.shuffleSections(lines, using: &rng) }
    var out: [String] = []
    out.reserveCapacity(lines.count * 2)
    for line in lines {
      let shifted = ReportVariation.shiftYears(line, by: delta)
      if tabular && ReportVariation.isActivityRow(shifted) {
        out += ReportVariation.multiplyActivity(shifted, extra: 3, using: &rng)
      } else {
        out.append(ReportVariation.varyWording(shifted, using: &rng))
      }
    }
    let prefix = String(format: "%04d", index)
    return ("\(prefix)_\(rng.hexID()).txt", out.joined(separator: "\n"))
  }

  /// Writes reports `0..<count` into `directory` (created if needed).
  /// - Returns: the paths written and their total size in bytes.
  @discardableResult
  func write(count: Int, to directory: String) throws -> (paths: [String], bytes: Int) {
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    var paths: [String] = []
    var bytes = 0
    for i in 0..<count {
      let (name, text) = report(i)
      let path = "\(directory)/\(name)"
      let data = Data(text.utf8)
      try data.write(to: URL(fileURLWithPath: path))
      paths.append(path)
      bytes += data.count
    }
    return (paths, bytes)
  }
}

/// A harness error: a message for stderr.
struct BenchError: Error, CustomStringConvertible {
  var description: String
  init(_ message: String) { description = message }
}
