import UQLValues

extension StringProtocol {
  /// The text in lower case, as `lowercased()` gives it, computed over the UTF-8 bytes: Swedish
  /// text is almost all Latin-1, where the standard library's general path is several times
  /// slower, and the readers lower-case most lines of every report.
  func lowercasedText() -> String {
    TextFolding.lowercased(String(self))
  }
}
