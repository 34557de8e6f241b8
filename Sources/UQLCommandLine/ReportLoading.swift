import Foundation
import UQLFormats
import UQLReports
import UQLValues

/// Reads report files into readings and datasets: the file-system side of report reading
/// (bytes, PDF conversion, the manifest); the pure UQLReports module does the rest.
enum ReportLoading {
  /// The manifest file looked for in each directory that holds reports.
  static let manifestName = "uql-manifest.json"

  /// Report datasets from the sample reports bundled into the binary.
  static func bundled(failures: inout Int) throws -> [Dataset] {
    // The bundled reports are part of the binary, which every key names: a known binary needs no
    // decoding and hashing of them just to find its cached datasets.
    let key =
      ReportCache.bundledKey()
      ?? ReportCache.key(
        BundledReports.files.map { (name: $0.name, bytes: Array(Data(base64Encoded: $0.base64) ?? Data())) })
    return cached(key: key, failures: &failures) { failures in
      ReportCatalog.datasets(bundledReadings(failures: &failures), origin: "inbyggda exempelrapporter")
    }
  }

  /// Datasets from the cache when `key`'s reports were read before, else from `read` (and then
  /// cached, unless a file failed: its error must be shown again next time).
  static func cached(key: String, failures: inout Int, read: (inout Int) throws -> [Dataset]) rethrows -> [Dataset] {
    if let datasets = ReportCache.load(key) { return datasets }
    var failed = 0
    let datasets = try read(&failed)
    failures += failed
    if failed == 0 { ReportCache.store(datasets, as: key) }
    return datasets
  }

  static func bundledReadings(failures: inout Int) -> [ReportReading] {
    let outcomes = ParallelMap.map(BundledReports.files) { file in
      ReportReader.read(bytes: Array(Data(base64Encoded: file.base64) ?? Data()), file: file.name, manifest: nil)
        .mapError { ReadFailure(message: $0.message) }
    }
    return collected(outcomes, failures: &failures)
  }

  /// Report datasets from `files`; unreadable files are reported and counted, the rest load.
  static func load(files: [String], failures: inout Int) throws -> [Dataset] {
    let origin = Set(files.map { ($0 as NSString).deletingLastPathComponent }).sorted().joined(separator: ", ")
    func read(_ raw: [Result<[UInt8], InputFile.Failure>]?, _ failures: inout Int) throws -> [Dataset] {
      let readings = try readings(files: files, raw: raw, failures: &failures)
      return ReportCatalog.datasets(readings, origin: origin.isEmpty ? "." : origin)
    }
    // Without a cache, each file is read where it is extracted, and let go after.
    guard ReportCache.directory != nil else { return try read(nil, &failures) }
    // With one, each file is read once: its bytes key the cache and, on a miss, are extracted.
    let raw = files.map { InputFile.read($0) }
    // The key covers every report's bytes and every manifest beside them.
    var inputs: [(name: String, bytes: [UInt8])] = []
    var manifests: Set<String> = []
    for (file, bytes) in zip(files, raw) {
      inputs.append((file, (try? bytes.get()) ?? []))
      let manifest = (((file as NSString).deletingLastPathComponent) as NSString).appendingPathComponent(manifestName)
      if manifests.insert(manifest).inserted, let bytes = FileBytes.read(manifest) { inputs.append((manifest, bytes)) }
    }
    return try cached(key: ReportCache.key(inputs), failures: &failures) { failures in try read(raw, &failures) }
  }

  /// Reads `files` on every core (each report is read on its own; the readers are pure), and
  /// reports the ones that fail in file order, as a sequential read would.
  /// - Parameter raw: the files' bytes when they were read already (PDFs are converted here).
  static func readings(
    files: [String], raw: [Result<[UInt8], InputFile.Failure>]? = nil, failures: inout Int
  ) throws -> [ReportReading] {
    var manifests: [String: ReportManifest?] = [:]
    for file in files {
      let directory = (file as NSString).deletingLastPathComponent
      if manifests[directory] == nil { manifests[directory] = try manifest(in: directory) }
    }
    let outcomes = ParallelMap.map(Array(files.indices)) { i -> Result<ReportReading, ReadFailure> in
      let file = files[i]
      let manifest = manifests[(file as NSString).deletingLastPathComponent] ?? nil
      return contents(of: file, raw: raw?[i]).flatMap { bytes in
        ReportReader.read(bytes: bytes, file: file, manifest: manifest).mapError { ReadFailure(message: $0.message) }
      }
    }
    return collected(outcomes, failures: &failures)
  }

  /// The readings that succeeded; the failures said on stderr and counted, in file order.
  static func collected(_ outcomes: [Result<ReportReading, ReadFailure>], failures: inout Int) -> [ReportReading] {
    var result: [ReportReading] = []
    for outcome in outcomes {
      switch outcome {
      case .success(let reading): result.append(reading)
      case .failure(let failure):
        Terminal.standardError.write("uql: error: \(ControlEscaping.escaped(failure.message))\n")
        failures += 1
      }
    }
    return result
  }

  /// Why a report was not read, said once the reading is over.
  struct ReadFailure: Error {
    var message: String
  }

  /// The manifest beside the reports, if there is one; a broken one stops the run.
  static func manifest(in directory: String) throws -> ReportManifest? {
    let path = ((directory.isEmpty ? "." : directory) as NSString).appendingPathComponent(manifestName)
    // Never a pipe: reading one would wait for a writer. One that is there but no regular file
    // is passed over with a note.
    guard let bytes = FileBytes.read(path) else {
      var info = stat()
      if lstat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG {
        Terminal.standardError.write("uql: note: \(ControlEscaping.escaped(path)): skipped, not a regular file\n")
      }
      return nil
    }
    switch ReportManifest.parse(TextDecoding.decode(bytes).text) {
    case .success(let manifest):
      return manifest
    case .failure(let error):
      Terminal.standardError.write("uql: error: \(ControlEscaping.escaped(path)): \(error)\n")
      throw Failure(status: .dataError)
    }
  }

  /// A report file's text bytes; PDF files go through `pdftotext`.
  /// - Parameter raw: the file's bytes, when they were read already.
  static func contents(of file: String, raw: Result<[UInt8], InputFile.Failure>? = nil) -> Result<[UInt8], ReadFailure> {
    guard file.lowercased().hasSuffix(".pdf") else {
      return (raw ?? InputFile.read(file)).mapError { ReadFailure(message: $0.message(file)) }
    }
    return PDFText.extract(file)
  }
}

/// Converts PDF to text with poppler's `pdftotext`, run with an argument vector (never a shell).
enum PDFText {
  static func extract(_ file: String) -> Result<[UInt8], ReportLoading.ReadFailure> {
    func failure(_ message: String) -> Result<[UInt8], ReportLoading.ReadFailure> {
      .failure(ReportLoading.ReadFailure(message: message))
    }
    let path = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
      .map { "\($0)/pdftotext" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    guard let path else {
      return failure("\(file): reading PDF needs pdftotext; install it with: apt-get install poppler-utils")
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    // An argument vector, never a shell; a file name starting with "-" must not read as an option.
    process.arguments = ["-layout", "-enc", "UTF-8", file.hasPrefix("-") ? "./" + file : file, "-"]
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    do { try process.run() } catch {
      return failure("\(file): cannot run pdftotext: \(error.localizedDescription)")
    }
    // Read stderr while stdout is read: a damaged PDF can fill the stderr pipe with complaints,
    // and pdftotext would then block, and uql with it.
    let group = DispatchGroup()
    nonisolated(unsafe) var message = Data()
    group.enter()
    DispatchQueue.global().async {
      message = errors.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      let why = String(decoding: message, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? "failed"
      return failure("\(file): pdftotext: \(why)")
    }
    return .success(Array(data))
  }
}
