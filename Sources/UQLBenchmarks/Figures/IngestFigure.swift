import Foundation
import UQLReports
import UQLValues

/// Figure 2: report ingest. Whole-process throughput and peak memory of `uql --data DIR` over
/// growing corpora (linearity), then an in-process split by layout and phase, and how well the
/// synthetic reports are still read (coverage as `uql check` computes it).
struct IngestFigure {
  var uql: UQLProcess
  var generator: CorpusGenerator
  var sizes: [Int]
  var runs: Int
  var work: String

  func measure() throws -> [FigureTable] {
    var throughput = FigureTable(
      title: "2. Report ingest: `uql --data DIR -e 'rapporter | count'` (whole process, \(runs) runs)",
      headers: [
        "reports", "size", "wall, one core", "MB/s, one core", "ms per report", "peak memory", "MB/s, all cores",
        "cached run",
      ])
    var largest: [String] = []
    for size in sizes {
      let directory = "\(work)/corpus-\(size)"
      let (paths, bytes) = try prepare(size, in: directory)
      largest = paths
      var wall: [Double] = []
      var allCores: [Double] = []
      var cached: [Double] = []
      var peak = 0
      let query = ["--data", directory, "-e", "rapporter | count"]
      for _ in 0..<runs {
        // Every timed run reads the reports (the cache would answer all but the first): on one
        // core, as the target is per core, and on all of them, as uql reads reports in parallel.
        let r = try uql.run(query, peakMemory: true, environment: ["UQL_CACHE": "off"], oneCore: true)
        wall.append(r.milliseconds)
        peak = max(peak, r.peakBytes)
        allCores.append(try uql.run(query, environment: ["UQL_CACHE": "off"]).milliseconds)
      }
      // And what a run costs once the cache holds the corpus (the first run fills it).
      _ = try uql.run(query)
      for _ in 0..<runs { cached.append(try uql.run(query).milliseconds) }
      let w = Summary(wall)
      throughput.rows.append([
        "\(size)", megabytes(bytes), w.formatted(), Summary.format(Double(bytes) / 1000 / w.median),
        Summary.format(w.median / Double(size)), megabytes(peak),
        Summary.format(Double(bytes) / 1000 / Summary(allCores).median), Summary(cached).formatted(),
      ])
    }
    throughput.notes.append(
      "MB/s is corpus bytes over median whole-process wall time (run under GNU time for peak memory); "
        + (UQLProcess.canPin ? "one core: pinned with taskset -c 0" : "taskset is missing, so \"one core\" is not pinned"))
    throughput.notes.append("target: ≥ 50 MB/s, linear in corpus size")
    throughput.notes.append(
      "every timed run reads the reports (UQL_CACHE=off); \"cached run\" is a run with the report cache filled")
    return [throughput, try split(largest.prefix(min(largest.count, 250)).map { $0 })]
  }

  /// Generates the corpus unless a complete one from the same generator is already there.
  func prepare(_ size: Int, in directory: String) throws -> (paths: [String], bytes: Int) {
    let marker = "\(directory)/.uql-bench-seed-\(generator.seed)-\(size)"
    if FileManager.default.fileExists(atPath: marker) {
      let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".txt") }
        .sorted()
      let paths = names.map { "\(directory)/\($0)" }
      let bytes = paths.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
      return (paths, bytes)
    }
    try? FileManager.default.removeItem(atPath: directory)
    let written = try generator.write(count: size, to: directory)
    _ = FileManager.default.createFile(atPath: marker, contents: nil)
    return written
  }

  /// In-process: `ReportReader.read` time per layout, the catalog build, and coverage.
  func split(_ paths: [String]) throws -> FigureTable {
    var figure = FigureTable(
      title: "2b. Ingest in process by layout (\(paths.count) synthetic reports, one pass)",
      headers: ["layout", "reports", "size", "read", "MB/s", "coverage mean", "coverage min", "samples' coverage"])
    struct Tally {
      var reports = 0
      var bytes = 0
      var ms = 0.0
      var coverage: [Double] = []
    }
    var tallies: [Layout: Tally] = [:]
    var readings: [ReportReading] = []
    var failures = 0
    for path in paths {
      let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
      let (result, ms) = Clock.time { ReportReader.read(bytes: bytes, file: path) }
      guard case .success(let reading) = result else {
        failures += 1
        continue
      }
      readings.append(reading)
      tallies[reading.layout, default: Tally()].reports += 1
      tallies[reading.layout]!.bytes += bytes.count
      tallies[reading.layout]!.ms += ms
      tallies[reading.layout]!.coverage.append(CheckReport(reading).coverage)
    }
    var original: [Layout: Double] = [:]
    for sample in generator.samples {
      if case .success(let r) = ReportReader.read(bytes: Array(sample.text.utf8), file: sample.name) {
        original[r.layout] = CheckReport(r).coverage
      }
    }
    func percent(_ x: Double) -> String { "\((x * 1000).rounded() / 10) %" }
    for (layout, t) in tallies.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
      figure.rows.append([
        layout.rawValue, "\(t.reports)", megabytes(t.bytes), Summary.format(t.ms) + " ms",
        Summary.format(Double(t.bytes) / 1000 / t.ms),
        percent(t.coverage.reduce(0, +) / Double(t.coverage.count)), percent(t.coverage.min() ?? 0),
        original[layout].map(percent) ?? "–",
      ])
    }
    let (_, catalog) = Clock.time { ReportCatalog.datasets(readings) }
    let totalMs = tallies.values.reduce(0) { $0 + $1.ms }
    figure.notes.append(
      "building the datasets from the readings (`ReportCatalog.datasets`): \(Summary.format(catalog)) ms, "
        + "against \(Summary.format(totalMs)) ms reading")
    if failures > 0 { figure.notes.append("\(failures) synthetic reports could not be read") }
    return figure
  }
}
