/// A small JSON parser (RFC 8259) that reports errors with line and column.
///
/// Nesting is limited to ``maximumDepth`` levels so hostile input cannot exhaust the stack.
/// Lone surrogates in `\u` escapes become U+FFFD.
struct JSONParser {
  static let maximumDepth = 256

  let bytes: [UInt8]
  var index: Int
  let end: Int
  var position: SourcePosition

  /// A parser over `bytes[start..<end]`, whose first byte is at `position`.
  init(bytes: [UInt8], start: Int = 0, end: Int? = nil, position: SourcePosition = SourcePosition()) {
    self.bytes = bytes
    self.index = start
    self.end = end ?? bytes.count
    self.position = position
  }

  var atEnd: Bool { index >= end }

  var current: UInt8? { index < end ? bytes[index] : nil }

  // MARK: Values

  /// Parses one value; `depth` is the number of arrays and objects around it.
  mutating func parseValue(depth: Int) throws(SourceError) -> JSONValue {
    skipWhitespace()
    guard let byte = current else { throw unexpectedEnd() }
    switch byte {
    case UInt8(ascii: "{"): return .object(try parseObject(depth: depth + 1))
    case UInt8(ascii: "["): return try parseArray(depth: depth + 1)
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
    case UInt8(ascii: "t"):
      try expectWord("true")
      return .boolean(true)
    case UInt8(ascii: "f"):
      try expectWord("false")
      return .boolean(false)
    case UInt8(ascii: "n"):
      try expectWord("null")
      return .null
    default: throw unexpectedCharacter()
    }
  }

  mutating func parseArray(depth: Int) throws(SourceError) -> JSONValue {
    try checkDepth(depth)
    advance()
    var elements: [JSONValue] = []
    skipWhitespace()
    if current == UInt8(ascii: "]") {
      advance()
      return .array(elements)
    }
    while true {
      elements.append(try parseValue(depth: depth))
      if try endOfList(closing: "]") { return .array(elements) }
    }
  }

  /// Parses an object at the opening brace; a repeated key keeps its last value.
  mutating func parseObject(depth: Int) throws(SourceError) -> [JSONMember] {
    try checkDepth(depth)
    advance()
    var members: [JSONMember] = []
    var indexOfKey: [String: Int] = [:]
    skipWhitespace()
    if current == UInt8(ascii: "}") {
      advance()
      return members
    }
    while true {
      skipWhitespace()
      let keyPosition = position
      guard current == UInt8(ascii: "\"") else {
        if atEnd { throw unexpectedEnd() }
        throw SourceError(position, "expected a string key")
      }
      let key = try parseString()
      skipWhitespace()
      guard current == UInt8(ascii: ":") else {
        if atEnd { throw unexpectedEnd() }
        throw SourceError(position, "expected \":\" after the key")
      }
      advance()
      let value = try parseValue(depth: depth)
      let member = JSONMember(key: key, value: value, position: keyPosition)
      if let i = indexOfKey[key] {
        members[i] = member
      } else {
        indexOfKey[key] = members.count
        members.append(member)
      }
      if try endOfList(closing: "}") { return members }
    }
  }

  /// After an element: true at the closing bracket, false after a comma.
  mutating func endOfList(closing: Unicode.Scalar) throws(SourceError) -> Bool {
    skipWhitespace()
    guard let byte = current else { throw unexpectedEnd() }
    if byte == UInt8(ascii: ",") || byte == UInt8(truncatingIfNeeded: closing.value) {
      advance()
      return byte != UInt8(ascii: ",")
    }
    throw SourceError(position, "expected \",\" or \"\(closing)\"")
  }

  func checkDepth(_ depth: Int) throws(SourceError) {
    if depth > Self.maximumDepth {
      throw SourceError(position, "nesting deeper than \(Self.maximumDepth) levels")
    }
  }

  // MARK: Scalars

  mutating func parseString() throws(SourceError) -> String {
    let start = position
    advance()
    var utf8: [UInt8] = []
    while true {
      guard let byte = current else { throw SourceError(start, "string never closed (opened here)") }
      switch byte {
      case UInt8(ascii: "\""):
        advance()
        return String(decoding: utf8, as: UTF8.self)
      case UInt8(ascii: "\\"):
        let escapePosition = position
        advance()
        guard let escaped = current else { throw SourceError(start, "string never closed (opened here)") }
        advance()
        switch escaped {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escaped)
        case UInt8(ascii: "b"): utf8.append(0x08)
        case UInt8(ascii: "f"): utf8.append(0x0C)
        case UInt8(ascii: "n"): utf8.append(0x0A)
        case UInt8(ascii: "r"): utf8.append(0x0D)
        case UInt8(ascii: "t"): utf8.append(0x09)
        case UInt8(ascii: "u"): utf8.append(contentsOf: String(try unicodeEscape(at: escapePosition)).utf8)
        default:
          let shown = escaped >= 0x21 && escaped < 0x7F ? " \"\\\(Character(Unicode.Scalar(escaped)))\"" : ""
          throw SourceError(escapePosition, "invalid escape" + shown)
        }
      case 0x00..<0x20:
        throw SourceError(position, "control character in string")
      default:
        let from = index
        while index < end, bytes[index] != 0x22, bytes[index] != 0x5C, bytes[index] >= 0x20 {
          advance()
        }
        utf8.append(contentsOf: bytes[from..<index])
      }
    }
  }

  /// The scalar of a `\uXXXX` escape (after the `u`), joining a surrogate pair.
  mutating func unicodeEscape(at escapePosition: SourcePosition) throws(SourceError) -> Unicode.Scalar {
    let first = try hexQuad(at: escapePosition)
    if (0xD800..<0xDC00).contains(first), current == UInt8(ascii: "\\"), index + 1 < end,
      bytes[index + 1] == UInt8(ascii: "u")
    {
      let saved = (index, position)
      advance()
      advance()
      let second = try hexQuad(at: escapePosition)
      if (0xDC00..<0xE000).contains(second) {
        let value = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        return Unicode.Scalar(value) ?? "\u{FFFD}"
      }
      (index, position) = saved
    }
    return Unicode.Scalar(first) ?? "\u{FFFD}"
  }

  mutating func hexQuad(at escapePosition: SourcePosition) throws(SourceError) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard let byte = current, let digit = Self.hexValue(byte) else {
        throw SourceError(escapePosition, "invalid unicode escape")
      }
      value = value << 4 | digit
      advance()
    }
    return value
  }

  static func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
    default: return nil
    }
  }

  /// A number's literal text, checked against the JSON grammar.
  mutating func parseNumber() throws(SourceError) -> String {
    let start = position
    let from = index
    func isDigit(_ b: UInt8?) -> Bool { b.map { $0 >= 0x30 && $0 <= 0x39 } ?? false }
    if current == UInt8(ascii: "-") { advance() }
    guard isDigit(current) else { throw SourceError(start, "invalid number") }
    if current == UInt8(ascii: "0") {
      advance()
    } else {
      while isDigit(current) { advance() }
    }
    if current == UInt8(ascii: ".") {
      advance()
      guard isDigit(current) else { throw SourceError(start, "invalid number") }
      while isDigit(current) { advance() }
    }
    if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
      advance()
      if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { advance() }
      guard isDigit(current) else { throw SourceError(start, "invalid number") }
      while isDigit(current) { advance() }
    }
    if isDigit(current) { throw SourceError(start, "invalid number") }
    return String(decoding: bytes[from..<index], as: UTF8.self)
  }

  mutating func expectWord(_ word: String) throws(SourceError) {
    let start = position
    for expected in word.utf8 {
      guard current == expected else {
        if current == nil { throw unexpectedEnd() }
        throw SourceError(start, "invalid literal, expected \"\(word)\"")
      }
      advance()
    }
  }

  // MARK: Positions and errors

  mutating func skipWhitespace() {
    while let byte = current {
      switch byte {
      case 0x20, 0x09: advance()
      case 0x0A, 0x0D: skipLineEnd()
      default: return
      }
    }
  }

  mutating func advance() {
    if bytes[index] & 0xC0 != 0x80 { position.column += 1 }
    index += 1
  }

  mutating func skipLineEnd() {
    if bytes[index] == 0x0D, index + 1 < end, bytes[index + 1] == 0x0A { index += 1 }
    index += 1
    position.line += 1
    position.column = 1
  }

  func unexpectedEnd() -> SourceError { SourceError(position, "unexpected end of input") }

  func unexpectedCharacter() -> SourceError {
    SourceError(position, "unexpected character \(describeCurrent())")
  }

  /// The scalar at the current position: `"x"` when printable ASCII, `U+0000` otherwise.
  func describeCurrent() -> String {
    guard let byte = current else { return "end of input" }
    if byte >= 0x21 && byte < 0x7F { return "\"\(Character(Unicode.Scalar(byte)))\"" }
    var length = 1
    while index + length < end, length < 4, bytes[index + length] & 0xC0 == 0x80 { length += 1 }
    let scalar = String(decoding: bytes[index..<(index + length)], as: UTF8.self).unicodeScalars.first
    let value = scalar?.value ?? UInt32(byte)
    let hex = String(value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }
}
