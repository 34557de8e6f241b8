import UQLValues

/// Reads CSV, TSV, JSON and NDJSON bytes into a typed table.
///
/// Bytes are decoded with ``TextDecoding`` (UTF-8 with or without BOM, UTF-16 with BOM, else
/// Windows-1252). Column types are inferred from all values; see ``TypeInference`` for text
/// formats and ``JSONTableBuilder`` for JSON.
public enum TabularReader {
  /// Reads `bytes` in `format`.
  ///
  /// - Parameters:
  ///   - bytes: The file's contents.
  ///   - format: How the contents are laid out.
  /// - Returns: A table whose columns are named by the header (CSV, TSV) or the keys (JSON).
  /// - Throws: ``SourceError`` with the line and column of the first problem.
  public static func read(_ bytes: [UInt8], format: TabularFormat) throws(SourceError) -> Table {
    // The readers work on UTF-8 bytes; a file that already is NFC UTF-8 is read in place.
    let utf8 = TextDecoding.utf8(bytes)
    switch format {
    case .csv: return try readDelimited(utf8, dialect: .csv)
    case .tsv: return try readDelimited(utf8, dialect: .tsv)
    case .json: return try readJSON(utf8)
    case .ndjson: return try readNDJSON(utf8)
    }
  }

  static func readDelimited(_ bytes: [UInt8], dialect: DelimitedParser.Dialect) throws(SourceError) -> Table {
    var result = try DelimitedParser.parse(bytes, dialect: dialect)
    let rowCount = result.fields.first?.count ?? 0
    var columns: [Column] = []
    bytes.withUnsafeBufferPointer { buffer in
      for c in result.names.indices {
        // Type each column from the bytes and let its spans go, to keep the peak low.
        var spans = FieldSpans()
        swap(&spans, &result.fields[c])
        columns.append(TypeInference.column(named: result.names[c], spans: spans, in: buffer))
      }
    }
    return Table(columns: columns, rowCount: rowCount)
  }

  /// A JSON array of objects.
  static func readJSON(_ bytes: [UInt8]) throws(SourceError) -> Table {
    var parser = JSONParser(bytes: bytes)
    parser.skipWhitespace()
    guard !parser.atEnd else { throw .fileIsEmpty() }
    guard parser.current == UInt8(ascii: "[") else {
      throw SourceError(parser.position, "expected an array of objects at the top level")
    }
    parser.advance()
    var builder = JSONTableBuilder()
    var count = 0
    parser.skipWhitespace()
    if parser.current == UInt8(ascii: "]") {
      parser.advance()
    } else {
      while true {
        parser.skipWhitespace()
        count += 1
        guard parser.current == UInt8(ascii: "{") else {
          if parser.atEnd { throw parser.unexpectedEnd() }
          throw SourceError(parser.position, "element \(count) is not an object")
        }
        try builder.append(try parser.parseObject(depth: 2))
        if try parser.endOfList(closing: "]") { break }
      }
    }
    parser.skipWhitespace()
    guard parser.atEnd else { throw SourceError(parser.position, "unexpected text after the array") }
    return builder.table()
  }

  /// One JSON object per line; blank lines are skipped.
  static func readNDJSON(_ bytes: [UInt8]) throws(SourceError) -> Table {
    var builder = JSONTableBuilder()
    var sawObject = false
    var start = 0
    var line = 1
    while start < bytes.count {
      var end = start
      while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
      var parser = JSONParser(
        bytes: bytes, start: start, end: end, position: SourcePosition(line: line, column: 1))
      parser.skipWhitespace()
      if !parser.atEnd {
        guard parser.current == UInt8(ascii: "{") else {
          throw SourceError(parser.position, "expected an object on each line")
        }
        try builder.append(try parser.parseObject(depth: 1))
        parser.skipWhitespace()
        guard parser.atEnd else {
          throw SourceError(parser.position, "unexpected text after the object")
        }
        sawObject = true
      }
      start = end
      if start < bytes.count {
        if bytes[start] == 0x0D, start + 1 < bytes.count, bytes[start + 1] == 0x0A { start += 1 }
        start += 1
      }
      line += 1
    }
    guard sawObject else { throw .fileIsEmpty() }
    return builder.table()
  }
}
