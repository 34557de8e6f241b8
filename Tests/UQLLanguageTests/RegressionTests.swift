import Foundation
import Testing
import UQLLanguage

/// Inputs that once crashed or hung uql (`Regressions/`) now end in a result or a diagnostic.
@Suite struct RegressionTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Regressions")

  static let files: [String] =
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".uql") }.sorted()

  @Test func thereAreRegressionInputs() {
    #expect(RegressionTests.files.count >= 3)
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
