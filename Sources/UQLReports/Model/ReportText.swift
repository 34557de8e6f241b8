/// A report's decoded text: NFC-normalised lines without line terminators, and the file's name.
public struct ReportText: Sendable {
  /// The file name the text came from, as shown in the `fil` column.
  public let file: String
  /// The lines; `lines[0]` is line 1 of the file.
  public let lines: [String]

  public init(file: String, lines: [String]) {
    self.file = file
    self.lines = lines
  }

  /// The text of 1-based line `number`.
  public func line(_ number: Int) -> String { lines[number - 1] }
}
