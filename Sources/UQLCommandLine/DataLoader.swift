import Foundation
import UQLFormats
import UQLSources
import UQLValues

/// Reads `--data` paths into datasets: tables from CSV/TSV/JSON/NDJSON files, and report
/// datasets from report files. The file-system edge of data loading; parsing is done by the
/// pure UQLSources and UQLReports modules.
enum DataLoader {
  /// Extensions of report files (extracted text; PDF through pdftotext).
  static let reportExtensions: Set<String> = ["txt", "text", "md", "markdown", "pdf"]

  /// What loading produced: datasets, and the files that could not be read (already reported).
  struct Loaded {
    var datasets: [Dataset] = []
    var failures = 0
  }

  static func load(paths: [String]) throws -> Loaded {
    var loaded = Loaded()
    if paths.isEmpty {
      loaded.datasets = try ReportLoading.bundled(failures: &loaded.failures)
      return loaded
    }
    var reportFiles: [String] = []
    var tableFiles: [(String, TabularFormat)] = []
    for path in paths {
      if path == "-" {
        // A table on stdin: its format from its first bytes, its name `stdin`.
        let working = InputFile.workingMemory(for: nil)
        guard let bytes = InputFile.bytes("/dev/stdin", limit: InputFile.maximumTableSize, working: working) else {
          throw Failure(status: .dataError)
        }
        guard let dataset = table(bytes, format: TabularFormat.sniffed(bytes), name: "stdin", origin: "stdin") else {
          throw Failure(status: .dataError)
        }
        loaded.datasets.append(dataset)
        continue
      }
      let files = try files(at: path)
      for file in files {
        switch classify(file) {
        case .report?: reportFiles.append(file)
        case .table(let format)?: tableFiles.append((file, format))
        case nil where file == path && (file as NSString).pathExtension.isEmpty && !isRegular(file):
          // A pipe named alone (`--data <(…)` gives /dev/fd/63): a table, its format from its
          // first bytes as on stdin, named fd63.
          let working = InputFile.workingMemory(for: nil)
          guard let bytes = InputFile.bytes(file, limit: InputFile.maximumTableSize, working: working),
            let dataset = table(bytes, format: TabularFormat.sniffed(bytes), name: pipeName(file), origin: file)
          else {
            loaded.failures += 1
            continue
          }
          loaded.datasets.append(dataset)
        case nil:
          Terminal.standardError.write(
            "uql: error: \(ControlEscaping.escaped(file)): unknown file type (expected .txt, .pdf, .csv, .tsv, .json or .ndjson)\n")
          throw Failure(status: .usage)
        }
      }
    }
    for (file, format) in tableFiles {
      guard let dataset = loadTable(file, format: format) else {
        loaded.failures += 1
        continue
      }
      if let clash = loaded.datasets.first(where: { $0.name == dataset.name }) {
        Terminal.standardError.write(
          "uql: error: \(ControlEscaping.escaped(file)): a dataset named \"\(ControlEscaping.escaped(dataset.name))\" is already loaded from \(ControlEscaping.escaped(clash.origin))\n")
        throw Failure(status: .dataError)
      }
      loaded.datasets.append(dataset)
    }
    if !reportFiles.isEmpty {
      loaded.datasets += try ReportLoading.load(files: reportFiles, failures: &loaded.failures)
    }
    return loaded
  }

  /// The path itself, or the data files in it when it is a directory (sorted by name).
  static func files(at path: String) throws -> [String] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      Terminal.standardError.write("uql: error: \(ControlEscaping.escaped(path)): no such file or directory\n")
      throw Failure(status: .usage)
    }
    guard isDirectory.boolValue else { return [path] }
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    // The manifest describes the reports (it is applied to them): it is not one of them.
    let files = entries.sorted().filter { $0 != ReportLoading.manifestName }
      .map { (path as NSString).appendingPathComponent($0) }.filter { classify($0) != nil }
      .filter { file in
        // A README or SOURCES beside the reports documents them: skipped, with a note unless it
        // is the README that every directory may have.
        guard isDocumentation(file) else { return true }
        guard !isReadme(file) else { return false }
        Terminal.standardError.write(
          "uql: note: \(ControlEscaping.escaped(file)): skipped, it documents the directory (name it alone to read it)\n")
        return false
      }
      .filter { file in
        // A pipe, socket or device in a directory would block or never end: named alone it is
        // read (`--data <(…)`), found in a directory it is skipped, with a note.
        guard isRegular(file) else {
          Terminal.standardError.write("uql: note: \(ControlEscaping.escaped(file)): skipped, not a regular file\n")
          return false
        }
        return true
      }
    if files.isEmpty {
      Terminal.standardError.write("uql: error: \(ControlEscaping.escaped(path)): no report or table files in this directory\n")
      throw Failure(status: .dataError)
    }
    return files
  }

  /// The names (in capitals, any extension) that by convention document a directory's files.
  static let documentationNames: Set<String> = [
    "README", "SOURCES", "LICENSE", "LICENCE", "COPYING", "CHANGELOG", "CHANGES", "NEWS", "HISTORY",
    "AUTHORS", "NOTICE", "NOTES", "CONTRIBUTING", "TODO", "INDEX", "MANIFEST", "LÄSMIG",
  ]

  /// Whether the file's name marks it as the directory's documentation (`README.md`,
  /// `SOURCES.md`, `readme.txt`; other names only in capitals), not a report.
  static func isDocumentation(_ path: String) -> Bool {
    let base = (((path as NSString).lastPathComponent) as NSString).deletingPathExtension
    return documentationNames.contains(base) || isReadme(path)
  }

  static func isReadme(_ path: String) -> Bool {
    (((path as NSString).lastPathComponent) as NSString).deletingPathExtension.uppercased() == "README"
  }

  /// Whether `path` is a regular file (or a link to one).
  static func isRegular(_ path: String) -> Bool {
    var info = stat()
    guard stat(path, &info) == 0 else { return false }
    return (info.st_mode & S_IFMT) == S_IFREG
  }

  /// The dataset name of a pipe named alone: its file name, `fd` before one that is a number.
  static func pipeName(_ path: String) -> String {
    let name = (path as NSString).lastPathComponent
    return name.allSatisfy(\.isNumber) ? "fd\(name)" : name
  }

  enum Kind {
    case report
    case table(TabularFormat)
  }

  static func classify(_ path: String) -> Kind? {
    let ext = (path as NSString).pathExtension.lowercased()
    if reportExtensions.contains(ext) { return .report }
    return TabularFormat(fileExtension: ext).map(Kind.table)
  }

  static func loadTable(_ file: String, format: TabularFormat) -> Dataset? {
    let working = InputFile.workingMemory(for: format)
    guard let bytes = InputFile.bytes(file, limit: InputFile.maximumTableSize, working: working) else { return nil }
    let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
    return table(bytes, format: format, name: name, origin: file)
  }

  /// The dataset of table text, or nil after reporting where it is broken.
  static func table(_ bytes: [UInt8], format: TabularFormat, name: String, origin: String) -> Dataset? {
    // Many short cells take more memory than the file's size suggests: ask for it first.
    let cells = InputFile.cellMemory(bytes, format: format)
    guard cells <= bytes.count * InputFile.workingMemory(for: format) || MemoryCheck.canAllocate(cells) else {
      let failure = InputFile.Failure.outOfMemory(size: bytes.count, needed: bytes.count + cells)
      Terminal.standardError.write("uql: error: \(ControlEscaping.escaped(failure.message(origin)))\n")
      return nil
    }
    do {
      return Dataset(name: name, table: try TabularReader.read(bytes, format: format), origin: origin)
    } catch {
      Terminal.standardError.write("uql: error: \(ControlEscaping.escaped(origin)):\(error.line):\(error.column): \(error.message)\n")
      return nil
    }
  }
}
