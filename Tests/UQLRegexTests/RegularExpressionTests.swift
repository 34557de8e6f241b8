import Foundation
import Testing

@testable import UQLRegex

@Suite struct RegularExpressionTests {
  static let cases: [(String, String, Bool)] = [
    ("abc", "xxabcxx", true), ("abc", "ab", false), ("^abc", "abcd", true), ("^abc", "xabc", false),
    ("abc$", "xxabc", true), ("abc$", "abc\n", true), ("abc$", "abcd", false), ("a.c", "abc", true),
    ("a.c", "a\nc", false), ("(?s)a.c", "a\nc", true), ("a[bc]d", "acd", true), ("a[^bc]d", "acd", false),
    ("[a-zå]+", "ÅÄÖ", false), ("(?i)[a-zå]+", "Å", true), ("(?i)cykel", "CYKELPLAN", true),
    ("\\d{4}", "år 2019", true), ("\\d{4}", "år 201", false), ("^\\d{2,3}$", "1234", false),
    ("^\\d{2,}$", "1234", true), ("\\bplan\\b", "cykel plan", true), ("\\bplan\\b", "cykelplan", false),
    ("\\Bplan", "cykelplan", true), ("colou?r", "color", true), ("a|b|c", "xxc", true),
    ("^(Delta|Remiss) ", "Remiss av plan", true), ("^(Delta|Remiss) ", "Delta", false),
    ("(?:ab)+$", "ababab", true), ("x*", "", true), ("^$", "", true), ("^$", "a", false),
    ("\\s", "a b", true), ("\\S+", "   ", false), ("\\w+", "ö", true), ("\\W", "ö", false),
    ("[\\d.]+", "3.5", true), ("a\\.b", "axb", false), ("a\\.b", "a.b", true), ("\\p{Lu}", "abc", false),
    ("\\p{Lu}", "abÖ", true), ("a{0}b", "b", true), ("(a|)+b", "b", true), ("(a*)*b", "aaab", true),
    ("(?i:a)b", "Ab", true), ("(?i:a)b", "AB", false), ("(?m)^b", "a\nb", true), ("^b", "a\nb", false),
    ("[]a]", "]", true), ("[a-]", "-", true), ("\\u00e5", "å", true), ("\\x{E5}", "å", true),
    ("(?<year>\\d+)", "2019", true), ("a+?", "aaa", true), ("covid.*19", "covid-19", true),
  ]

  @Test(arguments: cases)
  func matches(pattern: String, text: String, expected: Bool) throws {
    let regex = try RegularExpression(pattern)
    #expect(regex.matches(in: text) == expected, "\(pattern) on \(text.debugDescription)")
  }

  /// The same answers as ICU (NSRegularExpression) on the patterns both accept.
  @Test(arguments: cases)
  func agreesWithICU(pattern: String, text: String, expected: Bool) throws {
    let icu = try NSRegularExpression(pattern: pattern)
    let found = icu.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    #expect(found == expected, "\(pattern) on \(text.debugDescription)")
  }

  static let rejected: [(String, String)] = [
    ("(a)\\1", "backreferences such as \"\\1\" are not supported"),
    ("a(?=b)", "lookahead is not supported"), ("a(?!b)", "lookahead is not supported"),
    ("(?<=a)b", "lookbehind is not supported"), ("(?<!a)b", "lookbehind is not supported"),
    ("(?>a)", "atomic groups are not supported"), ("a*+", "possessive quantifiers are not supported"),
    ("(abc", "unterminated group"), ("abc)", "unmatched \")\""), ("[abc", "unterminated character class \"[\""),
    ("*a", "nothing to repeat before \"*\""), ("a**", "nothing to repeat"), ("a{2,1}", "the count {2,1} is backwards"),
    ("a{5000}", "counts above 1000 are not supported"), ("\\", "pattern ends in a backslash"),
    ("[z-a]", "the range z-a is backwards"), ("\\q", "unknown escape \"\\q\""),
    ("(?x)a", "unknown flag \"x\" in \"(?\"; supported are i, s and m"),
    ("(a{1000}){1000}", "pattern is too complex: it compiles to more than 20000 steps"),
    (String(repeating: "(", count: 101) + String(repeating: ")", count: 101), "groups nested deeper than 100 levels"),
    (String(repeating: "a", count: 1001), "pattern is 1001 characters long; the limit is 1000"),
  ]

  @Test(arguments: rejected)
  func rejects(pattern: String, message: String) {
    #expect(throws: RegexError.self) { try RegularExpression(pattern) }
    do {
      _ = try RegularExpression(pattern)
    } catch {
      #expect(error.message == message)
    }
  }

  /// Patterns that make a backtracking matcher take exponential time run in linear time here.
  @Test(arguments: ["(a+)+$", "(a|a)*$", "(a*)*b", "(a|aa)+$", "^(\\w+\\s?)*$", "(.*a){20}"])
  func catastrophicPatternsAreFast(pattern: String) throws {
    let regex = try RegularExpression(pattern)
    let text = String(repeating: "a", count: 20_000) + "!"
    let clock = ContinuousClock()
    let elapsed = clock.measure { _ = regex.matches(in: text) }
    #expect(elapsed < .seconds(10))
  }
}
