import Testing
import UQLLanguage
import UQLValues

/// The help on the language cannot drift from it: every function the binder knows, every clause
/// keyword, operator and status has an entry, and each name finds its own.
@Suite struct LanguageHelpTests {
  @Test func everyFunctionTheBinderKnowsHasHelpAndNoOtherDoes() throws {
    let error = try #require(Fixtures.error("aktiviteter | select x = qqqqqq(1)"))
    #expect(error.message == "unknown function \"qqqqqq\"")
    let listed = try #require(error.help?.split(separator: ": ", maxSplits: 1).last)
    let known = Set(listed.split(separator: ", ").map(String.init))
    let helped = LanguageHelp.entries(in: .functions) + LanguageHelp.entries(in: .aggregates)
    #expect(Set(helped.map { $0.names[0] }) == known)
    for name in known {
      // The binder takes each (no "unknown function"), and .help NAME finds it.
      let message = Fixtures.error("aktiviteter | select x = \(name)()")?.message ?? ""
      #expect(!message.hasPrefix("unknown function"), "\(name): \(message)")
      #expect(LanguageHelp.lookUp(name) != nil, "no help on \(name)")
    }
  }

  @Test func everyClauseKeywordOperatorAndStatusHasHelp() {
    let names = Set(LanguageHelp.entries.flatMap(\.names))
    for keyword in Keyword.allCases where keyword.startsClause {
      #expect(LanguageHelp.lookUp(keyword.rawValue) != nil, "clause \(keyword)")
      // The Swedish spelling finds the same clause.
      let clause = LanguageHelp.entries(in: .clauses).first { $0.names.contains(keyword.rawValue) }
      #expect(clause != nil && keyword.swedishSpelling.map { clause?.names.contains($0) == true } != false)
    }
    let operators =
      BinaryOperator.allCases.map(\.rawValue) + UnaryOperator.allCases.map(\.rawValue)
      + MatchOperator.allCases.map(\.rawValue) + ["in", "between", "is", "case", "let", "explain"]
    for name in operators { #expect(names.contains(name), "operator \(name)") }
    for status in EnumDomain.activityStatus.values + EnumDomain.assignmentStatus.values {
      #expect(LanguageHelp.entries(in: .statuses).contains { $0.names == [status] }, "status \(status)")
    }
    #expect(LanguageHelp.entries(in: .statuses).count == Set(EnumDomain.status.values + ["okänd"]).count)
  }

  @Test func aTopicIsAGroupOrTheEntriesOfAName() throws {
    #expect(LanguageHelp.lookUp("CLAUSES") == .group(.clauses))
    guard case .entries(let count) = LanguageHelp.lookUp("count") else {
      Issue.record("count has no entries")
      return
    }
    // A clause and an aggregate.
    #expect(count.map(\.group) == [.clauses, .aggregates])
    guard case .entries(let sortera) = LanguageHelp.lookUp("Sortera") else {
      Issue.record("sortera has no entry")
      return
    }
    #expect(sortera.map(\.usage) == ["sort by EXPR [asc|desc], …"])
    #expect(LanguageHelp.lookUp("wher") == nil)
    #expect(Suggestion.nearest(to: "wher", in: LanguageHelp.topics) == "where")
  }
}
