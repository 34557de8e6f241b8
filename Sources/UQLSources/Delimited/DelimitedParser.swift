import UQLValues

/// Splits CSV or TSV text into a header and columns of raw fields.
///
/// CSV follows RFC 4180: fields in double quotes may hold commas, doubled quotes and line
/// breaks. TSV has no quoting; `\t`, `\n`, `\r` and `\\` are unescaped and a field that is
/// exactly `\N` is null, as in PostgreSQL's text format. Lines may end in CRLF, LF or CR.
/// Fully empty lines are skipped; empty fields, quoted or not, are null. Header names are
/// trimmed of surrounding white space.
struct DelimitedParser {
  enum Dialect { case csv, tsv }

  /// The header and, per column, where every row's field is.
  struct Result {
    var names: [String]
    var fields: [FieldSpans]
  }

  /// One field as parsed: where its bytes are, or its unescaped text, and where it started.
  struct Field {
    /// Byte range of a field used as it is; nil when `text` holds it (or it is empty).
    var span: Range<Int>?
    var unescaped: String?
    /// Byte offset of the field's first byte (its opening quote, if quoted).
    var offset: Int

    init(span: Range<Int>, offset: Int) {
      self.span = span
      self.offset = offset
    }

    init(text: String?, offset: Int) {
      self.unescaped = text
      self.offset = offset
    }

    func text(in bytes: [UInt8]) -> String? {
      if let span { return String(decoding: bytes[span], as: UTF8.self) }
      return unescaped
    }
  }

  let dialect: Dialect
  let bytes: [UInt8]
  let separator: UInt8
  var index = 0
  /// Where the last record read ended, before its line break.
  var recordEnd = 0

  init(_ bytes: [UInt8], dialect: Dialect) {
    self.dialect = dialect
    self.bytes = bytes
    separator = dialect == .csv ? UInt8(ascii: ",") : UInt8(ascii: "\t")
  }

  init(_ text: String, dialect: Dialect) {
    self.init(Array(text.utf8), dialect: dialect)
  }

  /// Parses UTF-8 bytes.
  static func parse(_ bytes: [UInt8], dialect: Dialect) throws(SourceError) -> Result {
    var parser = DelimitedParser(bytes, dialect: dialect)
    return try parser.parse()
  }

  static func parse(_ text: String, dialect: Dialect) throws(SourceError) -> Result {
    try parse(Array(text.utf8), dialect: dialect)
  }

  mutating func parse() throws(SourceError) -> Result {
    var record: [Field] = []
    guard try nextRecord(into: &record) else { throw .fileIsEmpty() }
    let names = try checkedNames(record)
    var fields = Array(repeating: FieldSpans(), count: names.count)
    // One record buffer for the whole file: no array per row.
    while try nextRecord(into: &record) {
      guard record.count == names.count else {
        let at = record.count > names.count ? record[names.count].offset : recordEnd
        throw .fieldCount(record.count, header: names.count, at: position(at: at))
      }
      for c in 0..<record.count {
        if let span = record[c].span {
          fields[c].append(start: span.lowerBound, length: span.count)
        } else {
          fields[c].append(text: record[c].unescaped)
        }
      }
    }
    return Result(names: names, fields: fields)
  }

  /// The header's names, or an error for an empty or repeated one.
  func checkedNames(_ header: [Field]) throws(SourceError) -> [String] {
    var seen = Set<String>()
    var names: [String] = []
    for (c, field) in header.enumerated() {
      let name = TextFolding.trimmed(field.text(in: bytes) ?? "")
      guard !name.isEmpty else {
        throw .emptyHeaderName(column: c + 1, at: position(at: field.offset))
      }
      guard seen.insert(TextFolding.looseKey(name)).inserted else {
        throw .duplicateColumn(name, at: position(at: field.offset))
      }
      names.append(name)
    }
    return names
  }

  // MARK: Records

  /// Reads the next non-empty record into `record`; false at the end of the text.
  mutating func nextRecord(into record: inout [Field]) throws(SourceError) -> Bool {
    record.removeAll(keepingCapacity: true)
    while index < bytes.count {
      if isLineEnd(bytes[index]) {
        skipLineEnd()
        continue
      }
      while true {
        record.append(try nextField())
        if index >= bytes.count || isLineEnd(bytes[index]) {
          recordEnd = index
          if index < bytes.count { skipLineEnd() }
          return true
        }
        index += 1  // the separator
      }
    }
    return false
  }

  mutating func nextField() throws(SourceError) -> Field {
    let from = index
    let quote = UInt8(ascii: "\"")
    if dialect == .csv, index < bytes.count, bytes[index] == quote {
      return try quotedField(openedAt: from)
    }
    let checkQuotes = dialect == .csv
    let end = bytes.withUnsafeBufferPointer { buffer -> Int in
      var i = from
      while i < buffer.count {
        let byte = buffer[i]
        if byte == separator || byte == 0x0A || byte == 0x0D || (checkQuotes && byte == quote) { break }
        i += 1
      }
      return i
    }
    index = end
    if checkQuotes, index < bytes.count, bytes[index] == quote { throw .strayQuote(at: position(at: index)) }
    guard index > from else { return Field(text: nil, offset: from) }
    if dialect == .tsv, bytes[from..<index].contains(UInt8(ascii: "\\")) {
      return Field(text: Self.unescapedTSV(String(decoding: bytes[from..<index], as: UTF8.self)), offset: from)
    }
    return Field(span: from..<index, offset: from)
  }

  /// A quoted CSV field from its opening quote to the separator or line end after it. A field
  /// whose content is its bytes as they stand (no `""`) is kept as a span; only one with a
  /// doubled quote is copied. Line breaks inside stay as they are.
  mutating func quotedField(openedAt start: Int) throws(SourceError) -> Field {
    index += 1
    let contentStart = index
    var content: [UInt8]?
    while true {
      guard index < bytes.count else { throw .quoteNeverClosed(at: position(at: start)) }
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        let contentEnd = index
        index += 1
        if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
          // A doubled quote: from here on the content is a copy.
          if content == nil { content = Array(bytes[contentStart..<contentEnd]) }
          content!.append(byte)
          index += 1
          continue
        }
        if index < bytes.count, bytes[index] != separator, !isLineEnd(bytes[index]) {
          throw .textAfterClosingQuote(at: position(at: index))
        }
        if let content { return Field(text: String(decoding: content, as: UTF8.self), offset: start) }
        if contentEnd == contentStart { return Field(text: nil, offset: start) }
        return Field(span: contentStart..<contentEnd, offset: start)
      }
      content?.append(byte)
      index += 1
    }
  }

  static func unescapedTSV(_ raw: String) -> String? {
    if raw == "\\N" { return nil }
    guard raw.utf8.contains(UInt8(ascii: "\\")) else { return raw }
    var result = String.UnicodeScalarView()
    var escaping = false
    for scalar in raw.unicodeScalars {
      if escaping {
        switch scalar {
        case "t": result.append("\t")
        case "n": result.append("\n")
        case "r": result.append("\r")
        case "\\": result.append("\\")
        default:
          result.append("\\")
          result.append(scalar)
        }
        escaping = false
      } else if scalar == "\\" {
        escaping = true
      } else {
        result.append(scalar)
      }
    }
    if escaping { result.append("\\") }
    return String(result)
  }

  // MARK: Positions

  func isLineEnd(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D }

  /// Moves past a CRLF, LF or CR to the start of the next line.
  mutating func skipLineEnd() {
    if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
    index += 1
  }

  /// The line and column of a byte offset, for errors: lines end at CRLF, LF or CR (also inside
  /// quoted fields), columns count Unicode scalars. Worked out only when an error needs it, so
  /// reading does not count every byte.
  func position(at offset: Int) -> SourcePosition {
    var position = SourcePosition()
    var i = 0
    let end = min(offset, bytes.count)
    while i < end {
      let byte = bytes[i]
      if byte == 0x0D || byte == 0x0A {
        if byte == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
        position.line += 1
        position.column = 1
      } else if byte & 0xC0 != 0x80 {
        position.column += 1
      }
      i += 1
    }
    return position
  }
}
