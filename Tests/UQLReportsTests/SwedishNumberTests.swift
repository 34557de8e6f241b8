import Foundation
import Testing
import UQLValues

/// Numbers as the sample reports print them.
@Suite("Swedish numbers in reports")
struct SwedishNumberTests {
  @Test(arguments: [
    ("-6,0", "-6", nil), ("14,9%", "14.9", "%"), ("82 700 tkr", "82700", "tkr"), ("12,32%", "12.32", "%"),
    ("25 850tkr", "25850", "tkr"), ("-5 966 tkr", "-5966", "tkr"), ("0,0Mnkr", "0", "mnkr"),
    ("+82,7 mnkr", "82.7", "mnkr"), ("− 3,0 mnkr", "-3", "mnkr"), ("1 400", "1400", nil), ("4%", "4", "%"),
    ("119 695 tkr", "119695", "tkr"), ("1\u{00A0}000", "1000", nil), ("11,4 kr/kvm", "11.4", "kr/kvm"),
    ("87 kr/ärende", "87", "kr/ärende"), ("3 754 kw", "3754", "kw"), ("1,84 CO2", "1.84", "co2"), ("42,18 g", "42.18", "g"),
    ("12 500 kWh", "12500", "kwh"),
  ] as [(String, String, String?)])
  func parses(printed: String, value: String, unit: String?) throws {
    let parsed = try #require(SwedishNumber.parse(printed), "\(printed)")
    #expect(parsed.value == Decimal(string: value, locale: Locale(identifier: "en_US_POSIX")))
    #expect(parsed.unit == unit)
  }

  @Test(arguments: ["", "-", "12 34", "1234 567", "procent", "2,78 procent", "abc%", "1,", "R12", "2016-2020", "12kr/kvm", "kr/kvm", "3 kr/", "3 kr/kvm2", "3 gram", "12 Mkg"])
  func rejects(printed: String) {
    #expect(SwedishNumber.parse(printed) == nil)
  }
}
