import CEditLine

#if canImport(Glibc)
  import Glibc
#endif

/// What reading a line gave.
public enum LineInput: Sendable, Equatable {
  /// A line, without its line break.
  case line(String)
  /// Ctrl-C: the line was thrown away.
  case cancelled
  /// Ctrl-D on an empty line, or the end of the input.
  case endOfInput
}

/// What Tab offers: candidates for the text just before the cursor.
public struct CompletionOffer: Sendable, Equatable {
  /// The text before the cursor that a candidate replaces.
  public var replacing: String
  /// Full replacements for `replacing`.
  public var candidates: [String]
  /// Whether a single candidate is followed by a space (not for a directory or an open string).
  public var appendsSpace: Bool

  public init(replacing: String, candidates: [String], appendsSpace: Bool = true) {
    self.replacing = replacing
    self.candidates = candidates
    self.appendsSpace = appendsSpace
  }
}

/// Line editing through libedit: prompts, in-memory history (Up/Down, Ctrl-R), Tab completion,
/// Ctrl-C and terminal resizes. The only code that talks to libedit; use it only when stdin and
/// stdout are terminals.
public final class LineEditor {
  /// Computes what Tab offers from the text of the line before the cursor.
  public typealias Completer = (_ textBeforeCursor: String) -> CompletionOffer

  private let editLine: OpaquePointer
  private let history: OpaquePointer
  private let completer: Completer
  /// libedit keeps the pointer the prompt function returns, so the text lives here.
  private var promptText: UnsafeMutablePointer<CChar>
  private var cancelled = false
  /// Lays out several candidates to list below the line (one per line unless set).
  public var listing: ([String]) -> String = { $0.map { $0 + "\n" }.joined() }

  /// - Parameters:
  ///   - program: the name libedit reads settings for in `~/.editrc`.
  ///   - historySize: the most entries kept in memory.
  ///   - completer: answers Tab.
  public init?(program: String, historySize: Int, completer: @escaping Completer) {
    guard let editLine = uql_el_init(program), let history = uql_history_init() else { return nil }
    self.editLine = editLine
    self.history = history
    self.completer = completer
    self.promptText = strdup("")
    _ = uql_history_set_size(history, Int32(clamping: historySize))
    _ = uql_history_set_unique(history, 1)
    _ = uql_el_set_history(editLine, history)
    _ = uql_el_set_editor(editLine, "emacs")
    _ = uql_el_set_signal(editLine, 1)
    _ = uql_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
    _ = uql_el_set_prompt(editLine) { el in
      guard let el, let editor = LineEditor.from(el) else { return nil }
      return editor.promptText
    }
    // Ctrl-C arrives as a key, not as SIGINT, while a line is edited: it cancels the line.
    _ = uql_el_setty(editLine, "-d", "-isig")
    _ = uql_el_add_function(editLine, "uql-cancel", "cancel the line") { el, _ in
      guard let el, let editor = LineEditor.from(el) else { return UQL_CC_ERROR }
      editor.cancelled = true
      uql_write_stdout("^C\n")
      return UQL_CC_NEWLINE
    }
    _ = uql_el_bind(editLine, "^C", "uql-cancel")
    // Without signals from the terminal, Ctrl-Z must suspend by hand.
    _ = uql_el_add_function(editLine, "uql-suspend", "suspend uql") { el, _ in
      guard let el else { return UQL_CC_ERROR }
      _ = uql_el_prepare_terminal(el, 0)
      uql_suspend()
      _ = uql_el_prepare_terminal(el, 1)
      return UQL_CC_REDISPLAY
    }
    _ = uql_el_bind(editLine, "^Z", "uql-suspend")
    _ = uql_el_add_function(editLine, "uql-complete", "complete the word") { el, _ in
      guard let el, let editor = LineEditor.from(el) else { return UQL_CC_ERROR }
      return editor.complete()
    }
    _ = uql_el_bind(editLine, "^I", "uql-complete")
    _ = uql_el_bind(editLine, "^R", "em-inc-search-prev")
    // The user's own key bindings, as other libedit programs read them.
    _ = el_source(editLine, nil)
  }

  deinit {
    el_end(editLine)
    history_end(history)
    free(promptText)
  }

  private static func from(_ el: OpaquePointer) -> LineEditor? {
    guard let data = uql_el_clientdata(el) else { return nil }
    return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue()
  }

  /// Shows `prompt` and reads one edited line.
  public func readLine(prompt: String) -> LineInput {
    free(promptText)
    promptText = strdup(prompt)
    cancelled = false
    var count: Int32 = 0
    guard let bytes = el_gets(editLine, &count), count > 0 else {
      if cancelled { return .cancelled }
      return .endOfInput
    }
    if cancelled { return .cancelled }
    var line = String(cString: bytes)
    if line.hasSuffix("\n") { line.removeLast() }
    return .line(line)
  }

  /// Whether more input is already waiting on stdin, as after a paste of several lines.
  public var hasWaitingInput: Bool {
    var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
    return poll(&descriptor, 1, 0) > 0 && descriptor.revents & Int16(POLLIN) != 0
  }

  /// Adds an entry to the in-memory history (Up/Down, Ctrl-R).
  public func addHistory(_ entry: String) {
    _ = uql_history_enter(history, entry)
  }

  /// Replaces the in-memory history, oldest entry first.
  public func setHistory(_ entries: [String]) {
    _ = uql_history_clear(history)
    for entry in entries { _ = uql_history_enter(history, entry) }
  }

  /// Makes SIGINT (Ctrl-C while a statement runs) set a flag instead of ending the process.
  public static func catchInterrupts() { _ = uql_catch_interrupt() }

  /// Whether Ctrl-C was pressed since the last call.
  public static func takeInterrupt() -> Bool { uql_take_interrupt() != 0 }

  private func complete() -> UInt8 {
    var length: Int32 = 0
    var cursor: Int32 = 0
    guard let buffer = uql_el_line(editLine, &length, &cursor) else { return UQL_CC_ERROR }
    let bytes = UnsafeRawBufferPointer(start: buffer, count: Int(cursor))
    let before = String(decoding: bytes, as: UTF8.self)
    let offer = completer(before)
    guard !offer.candidates.isEmpty else { return UQL_CC_ERROR }
    if offer.candidates.count == 1 {
      replace(offer.replacing, with: offer.candidates[0] + (offer.appendsSpace ? " " : ""))
      return UQL_CC_REFRESH
    }
    let common = LineEditor.commonPrefix(offer.candidates)
    if common.count > offer.replacing.count {
      replace(offer.replacing, with: common)
    }
    uql_write_stdout("\n" + listing(offer.candidates))
    return UQL_CC_REDISPLAY
  }

  private func replace(_ old: String, with new: String) {
    let count = old.unicodeScalars.count
    if count > 0 { el_deletestr(editLine, Int32(count)) }
    _ = el_insertstr(editLine, new)
  }

  static func commonPrefix(_ words: [String]) -> String {
    guard var prefix = words.first.map({ Array($0) }) else { return "" }
    for word in words.dropFirst() {
      let characters = Array(word)
      var n = 0
      while n < min(prefix.count, characters.count), prefix[n] == characters[n] { n += 1 }
      prefix = Array(prefix.prefix(n))
    }
    return String(prefix)
  }
}
