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
    var position: SourcePosition

    init(span: Range<Int>, position: SourcePosition) {
      self.span = span
      self.position = position
    }

    init(text: String?, position: SourcePosition) {
      self.unescaped = text
      self.position = position
    }

    func text(in bytes: [UInt8]) -> String? {
      if let span { return String(decoding: bytes[span], as: UTF8.self) }
      return unescaped
    }
  }

  let dialect: Dialect
  let bytes: [UInt8]
  var index = 0
  var position = SourcePosition()
  /// Where the last record read ended, before its line break.
  var recordEnd = SourcePosition()

  init(_ bytes: [UInt8], dialect: Dialect) {
    self.dialect = dialect
    self.bytes = bytes
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
    guard let header = try nextRecord() else { throw .fileIsEmpty() }
    let names = try checkedNames(header)
    var fields = Array(repeating: FieldSpans(), count: names.count)
    while let record = try nextRecord() {
      guard record.count == names.count else {
        let at =
          record.count > names.count ? record[names.count].position : recordEnd
        throw .fieldCount(record.count, header: names.count, at: at)
      }
      for (c, field) in record.enumerated() {
        if let span = field.span {
          fields[c].append(start: span.lowerBound, length: span.count)
        } else {
          fields[c].append(text: field.unescaped)
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
        throw .emptyHeaderName(column: c + 1, at: field.position)
      }
      guard seen.insert(TextFolding.looseKey(name)).inserted else {
        throw .duplicateColumn(name, at: field.position)
      }
      names.append(name)
    }
    return names
  }

  // MARK: Records

  /// The next non-empty record, or nil at the end of the text.
  mutating func nextRecord() throws(SourceError) -> [Field]? {
    while index < bytes.count {
      if isLineEnd(bytes[index]) {
        skipLineEnd()
        continue
      }
      var record: [Field] = []
      while true {
        record.append(try nextField())
        if index >= bytes.count || isLineEnd(bytes[index]) {
          recordEnd = position
          if index < bytes.count { skipLineEnd() }
          return record
        }
        advance()  // the separator
      }
    }
    return nil
  }

  var separator: UInt8 { dialect == .csv ? UInt8(ascii: ",") : UInt8(ascii: "\t") }

  mutating func nextField() throws(SourceError) -> Field {
    let start = position
    if dialect == .csv, index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
      return try quotedField(openedAt: start)
    }
    let from = index
    while index < bytes.count, bytes[index] != separator, !isLineEnd(bytes[index]) {
      if dialect == .csv, bytes[index] == UInt8(ascii: "\"") { throw .strayQuote(at: position) }
      advance()
    }
    guard index > from else { return Field(text: nil, position: start) }
    if dialect == .tsv, bytes[from..<index].contains(UInt8(ascii: "\\")) {
      return Field(text: Self.unescapedTSV(String(decoding: bytes[from..<index], as: UTF8.self)), position: start)
    }
    return Field(span: from..<index, position: start)
  }

  /// A quoted CSV field from its opening quote to the separator or line end after it. A field
  /// whose content is its bytes as they stand (no `""`, no CRLF) is kept as a span.
  mutating func quotedField(openedAt start: SourcePosition) throws(SourceError) -> Field {
    advance()
    let contentStart = index
    var content: [UInt8] = []
    var rewritten = false
    while true {
      guard index < bytes.count else { throw .quoteNeverClosed(at: start) }
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        let contentEnd = index
        advance()
        if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
          content.append(byte)
          rewritten = true
          advance()
          continue
        }
        if index < bytes.count, bytes[index] != separator, !isLineEnd(bytes[index]) {
          throw .textAfterClosingQuote(at: position)
        }
        if content.isEmpty { return Field(text: nil, position: start) }
        if !rewritten { return Field(span: contentStart..<contentEnd, position: start) }
        return Field(text: String(decoding: content, as: UTF8.self), position: start)
      }
      content.append(byte)
      if byte == 0x0D || byte == 0x0A {
        let crlf = byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A
        skipLineEnd()
        if crlf {
          content.append(0x0A)
          rewritten = true
        }
      } else {
        advance()
      }
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

  /// Moves past one byte, counting a column for each scalar (not each continuation byte).
  mutating func advance() {
    if bytes[index] & 0xC0 != 0x80 { position.column += 1 }
    index += 1
  }

  /// Moves past a CRLF, LF or CR to the start of the next line.
  mutating func skipLineEnd() {
    if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
    index += 1
    position.line += 1
    position.column = 1
  }
}
