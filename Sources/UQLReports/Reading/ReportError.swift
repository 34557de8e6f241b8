/// Why a report could not be read at all. Rendered as text only at the edge.
public enum ReportError: Error, Sendable, Equatable {
  /// The file holds no text (no bytes, or only white space).
  case empty(file: String)
  /// The bytes are not text: NUL characters or mostly control characters.
  case binary(file: String, controlCharacters: Int, of: Int)
  /// No extractor recognised the layout.
  case unknownLayout(file: String)
  /// The file is larger than ``ReportReader/maximumFileSize``.
  case tooLarge(file: String, bytes: Int, limit: Int)
  /// A line is longer than ``ReportReader/maximumLineLength``: not a report as tools print them.
  case lineTooLong(file: String, line: Int, length: Int, limit: Int)

  /// The file the error is about.
  public var file: String {
    switch self {
    case .empty(let file), .binary(let file, _, _), .unknownLayout(let file), .tooLarge(let file, _, _),
      .lineTooLong(let file, _, _, _):
      return file
    }
  }

  /// A lower-case message naming the file, without a final period.
  public var message: String {
    switch self {
    case .empty(let file):
      return "'\(file)' is empty"
    case .binary(let file, let control, let total):
      return "'\(file)' is not text (\(control) of \(total) characters are control characters)"
    case .unknownLayout(let file):
      return "'\(file)' has a layout no reader recognises"
    case .tooLarge(let file, let bytes, let limit):
      return "'\(file)' is \(bytes) bytes; reports are read up to \(limit) bytes"
    case .lineTooLong(let file, let line, let length, let limit):
      return "'\(file)' line \(line) is \(length) characters long; reports are read up to \(limit) per line"
    }
  }
}

extension ReportError: CustomStringConvertible {
  public var description: String { message }
}
