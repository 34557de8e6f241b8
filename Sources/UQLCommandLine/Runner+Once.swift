import UQLLanguage

extension Runner {
  /// `.once FILE`: the next result goes to `path` (written atomically, as with `.output`), then
  /// results go where they went before. A second `.once` before any result replaces the first.
  /// - Throws: a ``Diagnostic`` when the file cannot be created.
  mutating func startOnce(_ path: String, at range: SourceRange) throws(Diagnostic) {
    abandonOnce()
    let target: OutputTarget
    do { target = try OutputTarget.file(path) } catch { throw Diagnostic(.error, error.message, at: range) }
    output.flush()
    outputAfterOnce = (output, printed)
    output = target
    printed = 0
    wroteResult = false
  }

  /// After a statement that succeeded: a `.once` file that got its result is moved into place
  /// and the earlier output comes back. Settings and `let` leave it waiting.
  /// - Throws: a ``Diagnostic`` at the statement when the file cannot be written.
  mutating func settleOnce(at range: SourceRange) throws(Diagnostic) {
    guard let earlier = outputAfterOnce, wroteResult else { return }
    outputAfterOnce = nil
    defer { (output, printed) = earlier }
    do { try output.close() } catch { throw Diagnostic(.error, error.message, at: range) }
  }

  /// After a statement that failed or was cancelled, and before `.output` or the end of the run:
  /// a `.once` file is dropped (what was at its path stays as it was) and the earlier output
  /// comes back.
  mutating func abandonOnce() {
    guard let earlier = outputAfterOnce else { return }
    outputAfterOnce = nil
    output.discard()
    (output, printed) = earlier
  }

  /// `.help`, `.param list`, `.history`: text that is a result, as a table is.
  mutating func writeResult(_ text: String) {
    output.write(text)
    wroteResult = true
  }

  /// Ends the output at the end of a run: a waiting `.once` is dropped, a file moved into place.
  /// - Throws: a message when the file cannot be written.
  mutating func closeOutput() throws(OutputTarget.OutputError) {
    abandonOnce()
    try output.close()
  }
}
