import Foundation

/// Where results go: stdout, or a file written atomically (a temporary file renamed into place
/// when the output is switched or the run ends), so a crash never leaves half a file.
struct OutputTarget {
  private(set) var path: String?
  private var temporary: TemporaryFile?
  private var handle: FileHandle
  private var writer: StreamWriter

  static var standardOutput: OutputTarget { OutputTarget(path: nil, temporary: nil, handle: .standardOutput) }

  private init(path: String?, temporary: TemporaryFile?, handle: FileHandle) {
    self.path = path
    self.temporary = temporary
    self.handle = handle
    self.writer = StreamWriter(handle)
  }

  /// Opens `path` for results.
  /// - Throws: a message when the file cannot be created.
  static func file(_ given: String) throws(OutputError) -> OutputTarget {
    // Through symbolic links to the file itself, so the link stays a link.
    let path = (given as NSString).resolvingSymlinksInPath
    let existing = try? FileManager.default.attributesOfItem(atPath: path)
    if let type = existing?[.type] as? FileAttributeType, type != .typeRegular {
      // A device or a pipe (/dev/stdout, a fifo) is written in place: renaming a file over it
      // would replace it.
      guard let handle = FileHandle(forWritingAtPath: path) else {
        throw OutputError(message: "cannot write \"\(given)\"")
      }
      return OutputTarget(path: nil, temporary: nil, handle: handle)
    }
    let directory = (path as NSString).deletingLastPathComponent
    let stem = "." + (path as NSString).lastPathComponent
    // What an earlier run killed while writing this file left behind.
    TemporaryFile.pruneStale(in: directory, prefix: stem + ".")
    guard let temporary = TemporaryFile.create(in: directory, stem: stem) else {
      throw OutputError(message: "cannot write \"\(given)\"")
    }
    // The new file keeps the permissions of the one it replaces (a private 0600 stays private),
    // else those a new file gets.
    let mode = (existing?[.posixPermissions] as? NSNumber)?.uint32Value ?? (0o666 & ~TemporaryFile.creationMask)
    _ = fchmod(temporary.descriptor, mode_t(mode))
    let handle = FileHandle(fileDescriptor: temporary.descriptor, closeOnDealloc: true)
    return OutputTarget(path: path, temporary: temporary, handle: handle)
  }

  var isTerminal: Bool { path == nil && Terminal.stdoutIsTerminal }

  mutating func write(_ text: String) { writer.write(text) }

  mutating func flush() { writer.flush() }

  /// Finishes the output: flushes, and moves a file into place.
  mutating func close() throws(OutputError) {
    writer.flush()
    guard let path, let temporary else {
      if let failure = writer.failure { throw OutputError(message: "cannot write the results: \(failure)") }
      return
    }
    try? handle.close()
    self.temporary = nil
    if let failure = writer.failure {
      // A partial file must not replace what was there.
      temporary.remove()
      throw OutputError(message: "cannot write \"\(path)\": \(failure)")
    }
    guard temporary.rename(to: path) else { throw OutputError(message: "cannot write \"\(path)\"") }
  }

  /// Drops the output: a file's temporary is removed, so what was at its path stays.
  mutating func discard() {
    writer.flush()
    guard let temporary else { return }
    try? handle.close()
    temporary.remove()
    self.temporary = nil
  }

  struct OutputError: Error {
    var message: String
  }
}

extension OutputTarget: TextOutputStream {}
