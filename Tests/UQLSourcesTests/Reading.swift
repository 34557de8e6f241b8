import UQLSources
import UQLValues

/// Reads `text` (UTF-8) in `format`, for tests.
func read(_ text: String, _ format: TabularFormat = .csv) throws(SourceError) -> Table {
  try TabularReader.read(Array(text.utf8), format: format)
}

/// The error reading `text` throws, or nil when it reads.
func error(reading text: String, _ format: TabularFormat = .csv) -> SourceError? {
  error(reading: Array(text.utf8), format)
}

func error(reading bytes: [UInt8], _ format: TabularFormat = .csv) -> SourceError? {
  do {
    _ = try TabularReader.read(bytes, format: format)
    return nil
  } catch {
    return error
  }
}

extension Table {
  /// The column called `name`, for tests that know it is there.
  func column(_ name: String) -> Column { columns[columnIndex(name)!] }

  /// Every value of the column called `name`.
  func values(_ name: String) -> [Value] {
    let column = column(name)
    return (0..<rowCount).map { column[$0] }
  }
}
