import Foundation
import Testing
import UQLLanguage

/// Inputs that once crashed or hung uql (`Regressions/`) now end in a result or a diagnostic.
@Suite struct RegressionTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Regressions")

  static let files: [String] =
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".uql") }.sorted()

  @Test func thereAreRegressionInputs() {
    #expect(RegressionTests.files.count >= 4)
  }

  /// Found by the query fuzzer's round-trip check: `.` or `$` then a combining mark lexed as an
  /// empty name, because `dropFirst()` dropped the whole character.
  @Test func nameAfterDotOrDollarKeepsALeadingCombiningMark() throws {
    let tokens = try Lexer.tokenize(".\u{06DA}\n$\u{06DA}")
    #expect(tokens[0].kind == .metaCommand(name: "\u{06DA}", argument: ""))
    #expect(tokens[2].kind == .parameter("\u{06DA}"))
  }

  /// Every statement of every regression input prints to text that parses back to it.
  @Test(arguments: files)
  func inputRoundTripsThroughThePrinter(file: String) throws {
    let text = try String(contentsOf: RegressionTests.folder.appendingPathComponent(file), encoding: .utf8)
    for parsed in Parser.parse(text) {
      guard case .success(let statement) = parsed.result else { continue }
      let printed = QueryPrinter.print(statement)
      let again = try #require(try Parser.parseStatement(printed), "\(printed)")
      #expect(ASTShape.of(again) == ASTShape.of(statement), "\(printed)")
    }
  }

  @Test(arguments: files)
  func inputEndsInAResultOrADiagnostic(file: String) throws {
    let text = try String(contentsOf: RegressionTests.folder.appendingPathComponent(file), encoding: .utf8)
    var session = Fixtures.session()
    let clock = ContinuousClock()
    let elapsed = clock.measure {
      for parsed in Parser.parse(text) {
        guard case .success(let statement) = parsed.result else { continue }
        _ = try? session.execute(statement)
      }
    }
    #expect(elapsed < .seconds(20))
  }
}
