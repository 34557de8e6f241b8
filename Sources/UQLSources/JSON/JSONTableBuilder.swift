import Foundation
import UQLValues

/// Turns JSON objects into a table: columns are the union of keys in first-seen order, a
/// missing key is null, and each column gets the narrowest type all its values share.
///
/// All integers make an integer column, all numbers a number column (exact decimals from the
/// literal), all booleans a boolean column, all strings a text column in which dates and
/// statuses are recognised. Any mixture is text, with numbers spelled as in the source and
/// nested arrays and objects as compact JSON.
struct JSONTableBuilder {
  private var names: [String] = []
  private var columnOfKey: [String: Int] = [:]
  private var nameOfLooseKey: [String: String] = [:]
  private var cells: [[JSONValue]] = []
  private var rowCount = 0

  /// Adds one object as a row.
  mutating func append(_ members: [JSONMember]) throws(SourceError) {
    for member in members {
      let column: Int
      if let existing = columnOfKey[member.key] {
        column = existing
      } else {
        let loose = TextFolding.looseKey(member.key)
        guard !loose.isEmpty else { throw SourceError(member.position, "empty key") }
        if nameOfLooseKey[loose] != nil { throw .duplicateColumn(member.key, at: member.position) }
        nameOfLooseKey[loose] = member.key
        column = names.count
        columnOfKey[member.key] = column
        names.append(member.key)
        cells.append(Array(repeating: .null, count: rowCount))
      }
      cells[column].append(member.value)
    }
    rowCount += 1
    for c in cells.indices where cells[c].count < rowCount { cells[c].append(.null) }
  }

  func table() -> Table {
    Table(
      columns: zip(names, cells).map { Self.column(named: $0, values: $1) }, rowCount: rowCount)
  }

  static func column(named name: String, values: [JSONValue]) -> Column {
    var integers = true
    var numbers = true
    var booleans = true
    var strings = true
    for value in values {
      switch value {
      case .null: continue
      case .number(let literal):
        booleans = false
        strings = false
        if integers, integer(literal) == nil { integers = false }
        if numbers, !integers, decimal(literal) == nil { numbers = false }
      case .boolean:
        integers = false
        numbers = false
        strings = false
      case .string:
        integers = false
        numbers = false
        booleans = false
      case .array, .object:
        integers = false
        numbers = false
        booleans = false
        strings = false
      }
    }
    let texts = values.map(text)
    guard texts.contains(where: { $0 != nil }) else {
      return Column(name: name, type: .text, values: values.map { _ in .null })
    }
    if integers {
      return Column(name: name, type: .integer, storage: .integers(texts.map { $0.flatMap(integer) }))
    }
    if numbers {
      return Column(name: name, type: .number, storage: ColumnStorage(numbers: texts.map { $0.flatMap(decimal) }))
    }
    if booleans {
      let flags = values.map { value -> Bool? in
        if case .boolean(let b) = value { return b }
        return nil
      }
      return Column(name: name, type: .boolean, storage: .booleans(flags))
    }
    if strings { return TypeInference.textualColumn(named: name, texts: texts, booleans: false) }
    return Column(name: name, type: .text, values: texts.map { $0.map(Value.text) ?? .null })
  }

  /// The text a value has in a text column; nil for null.
  static func text(_ value: JSONValue) -> String? {
    switch value {
    case .null: return nil
    case .string(let s): return s
    case .number(let literal): return literal
    case .boolean(let b): return b ? "true" : "false"
    case .array, .object: return value.compactText
    }
  }

  /// An integer literal's value, if it has no fraction or exponent and fits `Int`.
  static func integer(_ literal: String) -> Int? { Int(literal) }

  /// A number literal as an exact decimal; nil when `Decimal` would have to round it.
  static func decimal(_ literal: String) -> Decimal? {
    if let d = plainDecimal(literal) { return d }
    // Zero, long or far-out literals: Foundation's parsing, whose edges (which exponents it
    // takes, the exponent it keeps on a zero) the reading above does not copy.
    var mantissa = literal.utf8.prefix { $0 != UInt8(ascii: "e") && $0 != UInt8(ascii: "E") }
      .filter { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    if let last = mantissa.lastIndex(where: { $0 != UInt8(ascii: "0") }) {
      mantissa = Array(mantissa[...last])
    }
    let significant = mantissa.drop { $0 == UInt8(ascii: "0") }
    guard significant.count <= 38,
      let value = Decimal(string: literal, locale: Locale(identifier: "en_US_POSIX")), !value.isNaN
    else { return nil }
    return value
  }

  /// A nonzero literal of at most 38 digits and a modest exponent, read straight into a
  /// decimal without Foundation's string parsing (and its locale); nil for any other literal.
  static func plainDecimal(_ literal: String) -> Decimal? {
    var bytes = literal.utf8[...]
    let negative = bytes.first == UInt8(ascii: "-")
    if negative { bytes = bytes.dropFirst() }
    var significand: UInt128 = 0
    var digits = 0
    var exponent = 0
    var sawPoint = false
    while let c = bytes.first, c != UInt8(ascii: "e"), c != UInt8(ascii: "E") {
      bytes = bytes.dropFirst()
      if c == UInt8(ascii: ".") {
        sawPoint = true
        continue
      }
      guard c >= UInt8(ascii: "0"), c <= UInt8(ascii: "9") else { return nil }
      if sawPoint { exponent -= 1 }
      if significand == 0 && c == UInt8(ascii: "0") { continue }
      digits += 1
      guard digits <= 38 else { return nil }
      significand = significand * 10 + UInt128(c - UInt8(ascii: "0"))
    }
    guard significand > 0 else { return nil }
    if !bytes.isEmpty {
      bytes = bytes.dropFirst()
      let exponentNegative = bytes.first == UInt8(ascii: "-")
      if bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
      guard !bytes.isEmpty, bytes.count <= 3 else { return nil }
      var written = 0
      for c in bytes {
        guard c >= UInt8(ascii: "0"), c <= UInt8(ascii: "9") else { return nil }
        written = written * 10 + Int(c - UInt8(ascii: "0"))
      }
      exponent += exponentNegative ? -written : written
    }
    // Far from Decimal's exponent limits (±127, trailing zeros included), where it is exact.
    guard (-80...80).contains(exponent) else { return nil }
    return DecimalParts(negative: negative, significand: significand, exponent: exponent).decimal
  }
}
