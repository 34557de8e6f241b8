import Foundation
import UQLValues

/// A small table with the text that trips writers up: å/ä/ö, emoji, wide CJK, a null, negative
/// decimals, a quote, a comma, a newline and an escape character.
enum Fixture {
  static let table = Table(
    names: ["namn", "belopp", "antal", "datum", "klar"],
    types: [.text, .number, .integer, .date, .boolean],
    rows: [
      [.text("Åsa Öberg"), .number(Decimal(string: "-6.5")!), .integer(12), .date(day(2024, 1, 31)), .boolean(true)],
      [.text("日本語"), .number(Decimal(string: "1234.25")!), .null, .null, .boolean(false)],
      [.text("👍 ok"), .null, .integer(-3), .date(day(2024, 12, 1)), .null],
      [.text("sa \"hej\", då\nny rad"), .number(0), .integer(7), .null, .boolean(true)],
      [.text("röd\u{1B}[31m"), .number(Decimal(string: "-0.125")!), .integer(0), .null, .null],
    ])

  static let empty = Table(names: ["namn", "antal"], types: [.text, .integer], rows: [])

  static let noColumns = Table(columns: [], rowCount: 0)

  static func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }
}
