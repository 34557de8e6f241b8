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
    if texts.contains(where: { $0 != nil }) {
      // Each attempt parses every value once and gives up at the first that does not fit.
      if let values = parseAll(texts, integer) {
        return Column(name: name, type: .integer, storage: .integers(values))
      }
      if let values = parseAll(texts, number) {
        return Column(name: name, type: .number, storage: ColumnStorage(numbers: values))
      }
    }
    return textualColumn(named: name, texts: texts, booleans: true)
  }

  /// Every text parsed by `parse` (nulls stay nil), or nil as soon as one does not parse.
  static func parseAll<T>(_ texts: [String?], _ parse: (String) -> T?) -> [T?]? {
    var result: [T?] = []
    result.reserveCapacity(texts.count)
    for text in texts {
      guard let text else {
        result.append(nil)
        continue
      }
      guard let value = parse(text) else { return nil }
      result.append(value)
    }
    return result
  }

  /// A typed column from text that is known to be text, such as JSON strings: dates,
  /// booleans (when `booleans`) and statuses are recognised, numbers are not.
  static func textualColumn(named name: String, texts: [String?], booleans: Bool) -> Column {
    if texts.contains(where: { $0 != nil }) {
      if let values = parseAll(texts, date) {
        return Column(name: name, type: .date, storage: .dates(values))
      }
      if booleans, let values = parseAll(texts, boolean) {
        return Column(name: name, type: .boolean, storage: .booleans(values))
      }
      if let column = statusColumn(named: name, texts: texts) { return column }
    }
    return Column(name: name, type: .text, texts: texts)
  }

  /// An `enum(status)` column holding canonical spellings, if the name and values fit.
  static func statusColumn(named name: String, texts: [String?]) -> Column? {
    guard TextFolding.looseKey(name) == "status" else { return nil }
    let domain = EnumDomain.status
    var canonical: [String: String] = [:]
    for value in domain.values { canonical[statusKey(value)] = value }
    // Statuses repeat: fold each distinct spelling once.
    var seen: [String: String] = [:]
    var result: [String?] = []
    result.reserveCapacity(texts.count)
    for text in texts {
      guard let text else {
        result.append(nil)
        continue
      }
      if let value = seen[text] {
        result.append(value)
        continue
      }
      guard let value = canonical[statusKey(text)] else { return nil }
      seen[text] = value
      result.append(value)
    }
    return Column(name: name, type: .enumeration(domain), texts: result)
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
