import ArgumentParser
import XCTest

@testable import UQLCommandLine

/// The quick reading of common command lines must never disagree with ArgumentParser: whatever
/// it accepts, ArgumentParser parses to the same invocation of the query command.
final class QuickArgumentsTests: XCTestCase {
  /// Words command lines are made of: every option and flag of the query command, their values,
  /// the other commands, help, and look-alikes that must go to ArgumentParser.
  static let words = [
    "-e", "--execute", "-f", "--file", "--data", "--format", "--null", "--param", "--verbose", "--no-header",
    "--ascii", "--keep-going", "--fail-empty", "--timing", "--no-init", "rapporter", "csv", "JSON", "bogus",
    "år=2019", "datasets", "--format=csv", "--execute=x", "-", "--", "-h", "--help", "-ef", "--data=a",
    "--table", "--table=t",
  ]

  func testEveryAcceptedLineParsesAlikeInArgumentParser() throws {
    var accepted = 0
    var lines: [[String]] = [[]]
    for _ in 1...3 { lines += lines.filter { $0.count == lines.last!.count }.flatMap { l in Self.words.map { l + [$0] } } }
    for line in lines {
      guard let quick = QuickArguments.invocation(line) else { continue }
      accepted += 1
      let parsed = try RootCommand.parseAsRoot(line)
      let command = try XCTUnwrap(parsed as? QueryCommand, "\(line) is not the query command to ArgumentParser")
      XCTAssertEqual(quick, command.invocation, "\(line)")
    }
    // Enough of the space is taken quickly for the check to mean something.
    XCTAssertGreaterThan(accepted, 1_500)
  }

  func testCommonLinesAreReadQuickly() {
    let lines = [
      ["-e", "aktiviteter | count by status"],
      ["--data", "plan.csv", "-e", "plan | count", "--format", "csv"],
      ["-f", "fragor.uql", "--param", "år=2019", "--fail-empty"],
      ["--format=json", "--execute=rapporter"],
      ["-e", "uppdrag", "--format", "sql", "--table", "mål"],
      [],
    ]
    for line in lines { XCTAssertNotNil(QuickArguments.invocation(line), "\(line)") }
  }

  func testMistakesAndOtherCommandsGoToArgumentParser() {
    let lines = [
      ["datasets"], ["-e"], ["--format", "bogus", "-e", "x"], ["--param", "år"], ["-f", "a", "-f", "b"],
      ["--help"], ["-e", "-x"], ["--unknown"], ["x.uql"], ["--verbose", "--verbose"], ["--format="],
      ["--table", ""], ["--table="], ["--table", "a\u{7}"], ["--table", "a", "--table", "b"],
    ]
    for line in lines { XCTAssertNil(QuickArguments.invocation(line), "\(line)") }
  }
}
