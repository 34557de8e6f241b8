import Foundation
import Testing
import UQLLanguage

@testable import UQLCommandLine

/// `.help TOPIC` on the language and the manual's LANGUAGE section, from one source.
@Suite struct LanguageHelpOutputTests {
  @Test func everyExampleRunsOnTheBundledReports() throws {
    let examples = LanguageHelp.entries.compactMap(\.example)
    #expect(examples.count == LanguageHelp.entries.count)
    let r = try UQLProcess.run(["--format", "table", "--keep-going"], stdin: examples.joined(separator: "\n") + "\n")
    #expect(r.stderr == "")
    #expect(r.status == 0)
  }

  @Test func helpOnANameShowsItsEntry() throws {
    let r = try UQLProcess.run([], stdin: ".help substr\n.help där\n")
    #expect(
      r.stdout == """
        substr(TEXT, START [, LENGTH])  (function)
          LENGTH characters (else the rest) from START, counted from 1, from the end
          when negative, as SQLite's.
          example: indikatorer | count by månad = substr(tidpunkt, 1, 7)
        where CONDITION  (clause)
          Keeps the rows where the condition is true (not false, not null).
          example: aktiviteter where status = pausad and år >= 2019
          also: där

        """)
    #expect(r.stderr == "" && r.status == 0)
  }

  @Test func helpOnAGroupListsEveryEntry() throws {
    let text = try MetaCommand.helpText(for: "functions", at: SourceRangeFixture.range)
    #expect(text.hasPrefix("Functions. A function of null is null, except coalesce and concat.\n  lower(TEXT)\n"))
    for function in ScalarFunction.allCases { #expect(text.contains("\n  \(function.help.usage)\n")) }
    #expect(text.hasSuffix("(.help NAME shows one of them with an example)\n"))
    let help = MetaCommand.completionSpecs.first { $0.name == "help" }
    guard case .words(let words) = help?.argument else {
      Issue.record(".help completes no words")
      return
    }
    #expect(["once", "clauses", "where", "där", "substr", "pausad"].allSatisfy(words.contains))
    #expect(!words.contains("="))
    let all = try MetaCommand.helpText(for: nil, at: SourceRangeFixture.range)
    #expect(
      all.hasSuffix(
        "the language: .help statements, clauses, functions, aggregates, operators, statuses, "
          + "or one name (.help where)\n"))
  }

  @Test func anUnknownTopicSuggestsTheNearestAndListsTheTopics() throws {
    let r = try UQLProcess.run([], stdin: ".help wher\n")
    #expect(r.status == 1)
    #expect(
      r.stderr == """
        <stdin>:1:1: error: no help on "wher"
          .help wher
          ^~~~~~~~~~
        help: did you mean "where"? topics are statements, clauses, functions, aggregates, operators, statuses, \
        a name they list, or a meta-command

        """)
    do {
      _ = try MetaCommand.helpText(for: "xyzzy", at: SourceRangeFixture.range)
      Issue.record("expected an error")
    } catch {
      #expect(error.message == "no help on \"xyzzy\"")
      #expect(
        error.help
          == "topics are statements, clauses, functions, aggregates, operators, statuses, a name they list, "
          + "or a meta-command")
    }
  }

  @Test func theManualHasALanguageSectionFromTheSameEntries() {
    let page = ManualCommand.page()
    let section = page.components(separatedBy: ".SH LANGUAGE\n").last?.components(separatedBy: ".SH ").first ?? ""
    for group in HelpGroup.allCases { #expect(section.contains(".SS \(ManualCommand.escape(group.title))\n")) }
    for entry in LanguageHelp.entries {
      #expect(
        section.contains(".TP\n\\fB\(ManualCommand.escape(entry.usage))\\fR\n\(ManualCommand.escape(entry.text))\n"))
    }
    #expect(page.contains(".SH LANGUAGE\n") && page.contains(".SH EXIT STATUS\n"))
  }
}
