import CSignalCleanup
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A temporary file beside the file it will become, named `STEM.uql-PID-XXXXXX.tmp`: created
/// exclusively under a name no one can plant (mkstemps, mode 0600), removed if SIGINT, SIGTERM,
/// SIGHUP or SIGQUIT ends the process, and pruned by a later run when its process died without
/// removing it (`kill -9`, a power cut): see ``pruneStale(in:prefix:legacy:now:)``.
struct TemporaryFile {
  let path: String
  let descriptor: Int32
  private let slot: Int32

  /// Creates `directory/STEM.uql-PID-XXXXXX.tmp`, open for writing.
  /// - Returns: nil when it cannot be created.
  static func create(in directory: String, stem: String) -> TemporaryFile? {
    let base = ((directory.isEmpty ? "." : directory) as NSString).appendingPathComponent(stem)
    let template = Array("\(base).uql-\(getpid())-XXXXXX.tmp".utf8CString)
    var created = [CChar](repeating: 0, count: template.count)
    var slot: Int32 = -1
    // Remembered for removal on a signal before it exists, so no signal finds it unremembered.
    let fd = template.withUnsafeBufferPointer { t in
      created.withUnsafeMutableBufferPointer { uql_cleanup_create(t.baseAddress!, &slot, $0.baseAddress!) }
    }
    guard fd >= 0 else { return nil }
    _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
    let path = String(decoding: created.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return TemporaryFile(path: path, descriptor: fd, slot: slot)
  }

  /// Writes all of `bytes`.
  /// - Returns: false when the disk is full or the write fails.
  func write(_ bytes: [UInt8]) -> Bool {
    var written = 0
    while written < bytes.count {
      let n = bytes[written...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
      if n < 0, errno == EINTR { continue }
      if n <= 0 { return false }
      written += n
    }
    return true
  }

  /// Moves the file into place at `target`; removes it when that fails.
  /// - Returns: whether it is in place.
  func rename(to target: String) -> Bool {
    defer { uql_cleanup_forget(slot) }
    guard Glibc.rename(path, target) == 0 else {
      unlink(path)
      return false
    }
    return true
  }

  /// Removes the file: what it was to replace stays as it was.
  func remove() {
    unlink(path)
    uql_cleanup_forget(slot)
  }

  /// The process's umask, which a file created with mode 0666 would have had taken off.
  static var creationMask: UInt32 {
    // Read, not set and restored with umask(2): other threads may be creating files.
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    let line = status.split(separator: "\n").first { $0.hasPrefix("Umask:") }
    return line.flatMap { UInt32($0.dropFirst("Umask:".count).trimmingCharacters(in: .whitespaces), radix: 8) }
      ?? 0o022
  }

  /// Makes SIGINT, SIGTERM, SIGHUP and SIGQUIT remove the temporary files in use and end the
  /// process as the signal does by default (SIGQUIT no longer runs the Swift runtime's crash
  /// report and goes on). The shell then takes SIGINT for itself, to cancel a query.
  static func removeOnSignals() {
    _ = uql_cleanup_on_signals()
  }
}
