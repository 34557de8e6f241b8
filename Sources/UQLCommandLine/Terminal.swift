import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// What uql knows about its terminal: whether streams are terminals and how wide stdout is.
enum Terminal {
  static let standardError = FileHandle.standardError

  static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
  static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
  static var stdinIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }

  /// Columns of the terminal on stdout, from the terminal itself or `$COLUMNS`.
  static var width: Int? {
    var size = winsize()
    if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
      return Int(size.ws_col)
    }
    if let columns = ProcessInfo.processInfo.environment["COLUMNS"], let n = Int(columns), n > 0 { return n }
    return nil
  }

  /// Whether the locale can show Unicode (block characters for charts).
  /// Read from the user's environment, before uql falls back to C.UTF-8 for itself.
  static var unicodeLocale: Bool {
    let env = ProcessInfo.processInfo.environment
    let locale = [env["LC_ALL"], env["LC_CTYPE"], env["LANG"]].compactMap { $0 }.first { !$0.isEmpty } ?? ""
    return locale.uppercased().replacingOccurrences(of: "-", with: "").contains("UTF8")
  }

  /// Makes the C library treat text as UTF-8 (libedit and wide-character handling need it).
  static func configureLocale() {
    if setlocale(LC_ALL, "") == nil || !String(cString: nl_langinfo(nl_item(CODESET))).uppercased().contains("UTF") {
      _ = setlocale(LC_CTYPE, "C.UTF-8")
    }
  }
}

extension FileHandle {
  /// Writes `text`; a failure (a full disk, a closed stderr) is dropped rather than trapping,
  /// as `write(_: Data)` does. Results go through ``StreamWriter``, which reports failures.
  func write(_ text: String) { try? write(contentsOf: Data(text.utf8)) }
}

/// A `TextOutputStream` over a file handle, buffered so large results are written in blocks.
struct StreamWriter: TextOutputStream {
  let handle: FileHandle
  private var buffer: [UInt8] = []
  /// Why a write failed (`no space left on device`); later writes are dropped.
  private(set) var failure: String?

  init(_ handle: FileHandle) {
    self.handle = handle
    buffer.reserveCapacity(1 << 16)
  }

  mutating func write(_ string: String) {
    buffer.append(contentsOf: string.utf8)
    if buffer.count >= 1 << 16 { flush() }
  }

  mutating func flush() {
    guard !buffer.isEmpty else { return }
    defer { buffer.removeAll(keepingCapacity: true) }
    guard failure == nil else { return }
    do {
      try handle.write(contentsOf: buffer)
    } catch {
      failure = StreamWriter.reason(error)
    }
  }

  /// The system's words for a failed write, lower-case.
  static func reason(_ error: Error) -> String {
    let ns = error as NSError
    if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
      return String(cString: strerror(Int32(underlying.code))).lowercased()
    }
    if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))).lowercased() }
    return ns.localizedDescription.lowercased()
  }
}
