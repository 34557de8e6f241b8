import Foundation
import UQLValues

/// Chooses a column's type from the text of all its values and builds the typed column.
///
/// In order: integers (ASCII digits with an optional sign, fitting `Int`), numbers (`.` as
/// decimal mark, or Swedish with `,` and space-grouped thousands, no unit), ISO dates,
/// booleans (`true`/`false` in any case), and otherwise text. A text column named `status`
/// whose values are all statuses becomes `enum(status)`. Nulls fit every type; a column of
/// only nulls is text.
enum TypeInference {
  /// A typed column from raw field texts (nil for null).
  static func column(named name: String, texts: [String?]) -> Column {
    let present = texts.lazy.compactMap { $0 }
    if !present.isEmpty {
      if present.allSatisfy({ integer($0) != nil }) {
        return Column(name: name, type: .integer, storage: .integers(texts.map { $0.flatMap(integer) }))
      }
      if present.allSatisfy({ number($0) != nil }) {
        return Column(name: name, type: .number, storage: .numbers(texts.map { $0.flatMap(number) }))
      }
    }
    return textualColumn(named: name, texts: texts, booleans: true)
  }

  /// A typed column from text that is known to be text, such as JSON strings: dates,
  /// booleans (when `booleans`) and statuses are recognised, numbers are not.
  static func textualColumn(named name: String, texts: [String?], booleans: Bool) -> Column {
    let present = texts.lazy.compactMap { $0 }
    if !present.isEmpty {
      if present.allSatisfy({ date($0) != nil }) {
        return Column(name: name, type: .date, storage: .dates(texts.map { $0.flatMap(date) }))
      }
      if booleans, present.allSatisfy({ boolean($0) != nil }) {
        return Column(name: name, type: .boolean, storage: .booleans(texts.map { $0.flatMap(boolean) }))
      }
      if let column = statusColumn(named: name, texts: texts) { return column }
    }
    return Column(name: name, type: .text, values: texts.map { $0.map(Value.text) ?? .null })
  }

  /// An `enum(status)` column holding canonical spellings, if the name and values fit.
  static func statusColumn(named name: String, texts: [String?]) -> Column? {
    guard TextFolding.looseKey(name) == "status" else { return nil }
    let domain = EnumDomain.status
    var canonical: [String: String] = [:]
    for value in domain.values { canonical[statusKey(value)] = value }
    var values: [Value] = []
    values.reserveCapacity(texts.count)
    for text in texts {
      guard let text else {
        values.append(.null)
        continue
      }
      guard let value = canonical[statusKey(text)] else { return nil }
      values.append(.text(value))
    }
    return Column(name: name, type: .enumeration(domain), values: values)
  }

  /// Loose key of a status word, with spaces and hyphens as underscores: `Ej startad` and
  /// `ej-startad` both match `ej_startad`.
  static func statusKey(_ text: String) -> String {
    String(TextFolding.looseKey(text).map { $0 == " " || $0 == "-" ? "_" : $0 })
  }

  // MARK: Single values

  static func integer(_ text: String) -> Int? {
    let digits = text.utf8.drop { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }
    guard text.utf8.count - digits.count <= 1, !digits.isEmpty,
      digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
    else { return nil }
    return Int(text)
  }

  static func number(_ text: String) -> Decimal? {
    guard text.utf8.count <= 64, let parsed = SwedishNumber.parse(text), parsed.unit == nil
    else { return nil }
    return parsed.value
  }

  static func date(_ text: String) -> Day? {
    guard text.utf8.count == 10 else { return nil }
    return Day(iso: Substring(text))
  }

  static func boolean(_ text: String) -> Bool? {
    switch text.utf8.count == 4 || text.utf8.count == 5 ? text.lowercased() : "" {
    case "true": return true
    case "false": return false
    default: return nil
    }
  }
}
