import Testing
import UQLLanguage
import UQLValues

@Suite struct CompletionTests {
  static let aktiviteter = Schema(fields: [
    Schema.Field(name: "delmål", type: .text, values: ["Hög attraktivitet", "Hållbar tillväxt", "Fler i arbete"]),
    Schema.Field(name: "aktivitet", type: .text, values: nil),
    Schema.Field(name: "status", type: .enumeration(.activityStatus), values: EnumDomain.activityStatus.values),
    Schema.Field(name: "år", type: .integer, values: nil),
    Schema.Field(name: "count", type: .integer, values: nil),
  ])
  static let uppdrag = Schema(fields: [Schema.Field(name: "uppdrag", type: .text, values: nil)])

  let completer = Completer(
    datasets: [("aktiviteter", aktiviteter), ("uppdrag", uppdrag), ("pausade", aktiviteter)],
    metaCommands: [
      MetaCommandSpec("datasets"), MetaCommandSpec("schema", argument: .dataset),
      MetaCommandSpec("load", argument: .path), MetaCommandSpec("read", argument: .path),
      MetaCommandSpec("timer", argument: .words(["on", "off"])),
    ])

  func candidates(_ text: String) -> [String] { completer.complete(text).candidates }
  let allColumns = ["delmål", "aktivitet", "status", "år", "`count`"]
  let aggregates = AggregateFunction.allCases.map { $0.rawValue + "(" }

  @Test func datasetsAndLetAtTheStart() {
    #expect(candidates("") == ["aktiviteter", "uppdrag", "pausade", "let", "explain"])
    #expect(completer.complete("akt") == Completion(replacing: "akt", candidates: ["aktiviteter"]))
    #expect(candidates("pa") == ["pausade"])
    #expect(candidates("l") == ["let"])
  }

  @Test func afterLet() {
    #expect(candidates("let x ") == ["="])
    #expect(candidates("let x = u") == ["uppdrag"])
    #expect(candidates("let x = uppdrag | wh") == ["where"])
  }

  @Test func clauseKeywordsAfterTheSourceAndPipe() {
    #expect(
      candidates("aktiviteter ") == [
        "where", "select", "sort", "limit", "distinct", "count", "group", "join", "left", "pivot", "change", "chart",
      ])
    #expect(candidates("aktiviteter | s") == ["select", "sort"])
    #expect(candidates("aktiviteter wh") == ["where"])
    #expect(candidates("aktiviteter | sort ") == ["by"])
  }

  @Test func columnsAfterClausesAndOperators() {
    let columns = ["delmål", "aktivitet", "status", "år", "`count`"]
    let functions = ScalarFunction.allCases.map { $0.rawValue + "(" }
    #expect(candidates("aktiviteter where ") == columns + functions)
    #expect(candidates("aktiviteter | select delmål, ") == columns + functions)
    #expect(candidates("aktiviteter | sort by ") == columns + functions)
    #expect(candidates("aktiviteter where år > 2019 and ") == columns + functions)
    #expect(candidates("aktiviteter where år + ") == columns + functions)
    #expect(candidates("aktiviteter | count by st") == ["status"])
    #expect(candidates("aktiviteter where delm") == ["delmål"])
    #expect(candidates("aktiviteter where DELM") == ["delmål"])
    #expect(candidates("aktiviteter where delma") == ["delmål"])
    #expect(candidates("aktiviteter where ar") == ["år"])
    #expect(candidates("aktiviteter where lo") == ["lower("])
    #expect(!completer.complete("aktiviteter where lo").appendsSpace)
    #expect(completer.complete("aktiviteter where delm").appendsSpace)
  }

  @Test func lookingAcrossReports() {
    #expect(candidates("explain ak") == ["aktiviteter"])
    #expect(candidates("aktiviteter | join ") == ["aktiviteter", "uppdrag", "pausade"])
    #expect(candidates("aktiviteter | left ") == ["join"])
    #expect(candidates("aktiviteter | join uppdrag ") == ["on"])
    #expect(candidates("aktiviteter | join pausade on de") == ["delmål"])
    #expect(candidates("aktiviteter | count by status | chart ") == ["bar", "line"])
    #expect(candidates("aktiviteter | count by status | chart bar ").isEmpty)
  }

  @Test func swedishKeywordsOnceAWordIsBegun() {
    #expect(candidates("aktiviteter dä") == ["där"])
    #expect(candidates("aktiviteter där status = klar oc") == ["och"])
    #expect(candidates("aktiviteter | sortera ") == ["by"])
    #expect(candidates("aktiviteter | sortera ef") == ["efter"])
    #expect(candidates("aktiviteter där st") == ["status"])
    #expect(candidates("aktiviteter där år > 2019 och ").contains("år"))
    #expect(candidates("aktiviteter | so") == ["sort"])
    #expect(candidates("aktiviteter | vä") == ["välj", "vänster"])
  }

  @Test func columnsOfADatasetNamedLoosely() {
    #expect(candidates("AKTIVITETER where st") == ["status"])
    #expect(candidates("uppdrag where ").first == "uppdrag")
  }

  @Test func statusValuesAfterComparison() {
    let statuses = EnumDomain.activityStatus.values
    #expect(candidates("aktiviteter where status = ") == statuses)
    #expect(candidates("aktiviteter where status = pau") == ["pausad"])
    #expect(candidates("aktiviteter where status = Pau") == ["pausad"])
    // Diacritics are optional, as in queries: "pa" finds "pågår".
    #expect(candidates("aktiviteter where status = pa") == ["pågår", "pausad"])
    #expect(candidates("aktiviteter where status != k") == ["klar"])
    #expect(candidates("aktiviteter where status in (") == statuses)
    #expect(candidates("aktiviteter where status in (klar, p") == ["pågår", "pausad"])
    #expect(candidates("aktiviteter where status not in (klar, ej") == ["ej_startad", "ej_enligt_plan"])
  }

  @Test func valuesThatAreNotPlainWordsAreQuoted() {
    #expect(candidates("aktiviteter where delmål = H") == ["\"Hög attraktivitet\"", "\"Hållbar tillväxt\""])
  }

  @Test func textValuesInsideAnOpenString() {
    #expect(
      completer.complete("aktiviteter where delmål = \"Hö")
        == Completion(replacing: "Hö", candidates: ["Hög attraktivitet\""]))
    #expect(candidates("aktiviteter where delmål = \"h") == ["Hög attraktivitet\"", "Hållbar tillväxt\""])
    #expect(candidates("aktiviteter where delmål = \"").count == 3)
    #expect(candidates("aktiviteter where delmål ~ \"fler") == ["Fler i arbete\""])
    #expect(candidates("aktiviteter where delmål in (\"Fler i arbete\", \"Hö") == ["Hög attraktivitet\""])
    // No value set: nothing, and rows are never scanned.
    #expect(candidates("aktiviteter where aktivitet = \"C").isEmpty)
    #expect(candidates("aktiviteter where \"C").isEmpty)
  }

  @Test func keywordsAfterAnOperand() {
    #expect(candidates("aktiviteter where status = klar a") == ["and"])
    #expect(candidates("aktiviteter where status = klar o") == ["or"])
    #expect(candidates("aktiviteter where år is ") == ["not", "null"])
    #expect(candidates("aktiviteter where år is not ") == ["null"])
    #expect(candidates("aktiviteter | sort by år d") == ["desc", "distinct"])
    #expect(candidates("aktiviteter | group by status a") == ["aggregate"])
    #expect(candidates("aktiviteter | group by status aggregate s") == ["sum(", "status"])
    #expect(candidates("aktiviteter | limit ").isEmpty)
  }

  @Test func namesGivenByTheQuery() {
    #expect(candidates("aktiviteter | count by status | sort by an") == ["antal"])
    #expect(candidates("aktiviteter | select n = år + 1 | where ").contains("n"))
  }

  @Test func columnsAreThoseThePipelineProducesSoFar() {
    let functions = ScalarFunction.allCases.map { $0.rawValue + "(" }
    #expect(candidates("aktiviteter | count by status | sort by ") == ["status", "antal"] + functions)
    #expect(candidates("aktiviteter count by status sort by ") == ["status", "antal"] + functions)
    #expect(candidates("aktiviteter | count by status | sort by a") == ["antal", "abs("])
    #expect(candidates("aktiviteter | group by delmål aggregate n = count() | where ") == ["delmål", "n"] + functions)
    #expect(candidates("aktiviteter | aggregate n = count(), max(år) | select ") == ["n", "`max(år)`"] + functions)
    #expect(candidates("aktiviteter | select år, status | sort by ") == ["år", "status"] + functions)
    #expect(candidates("aktiviteter | select år, status | select ") == ["år", "status"] + functions)
    #expect(candidates("aktiviteter | select n = år + 1 | where ") == ["n"] + functions)
    #expect(candidates("aktiviteter | pivot delmål by status value count() | sort by ") == ["delmål"] + functions)
    #expect(
      candidates("aktiviteter | change år over år | where f")
        == ["föregående", "förändring", "förändring_procent"])
    #expect(candidates("let x = aktiviteter\n| count by delmål\n| sort by ") == ["delmål", "antal"] + functions)
    #expect(candidates("explain aktiviteter | select status | where ") == ["status"] + functions)
    // Values of a column carried through the pipeline are still offered.
    #expect(candidates("aktiviteter | count by status | where status = kl") == ["klar"])
    #expect(completer.complete("aktiviteter | count by status | where status = \"kl").candidates == ["klar\""])
    // The clause being written reads the columns before it, not the ones it makes.
    #expect(candidates("aktiviteter | count by st") == ["status"])
    #expect(candidates("aktiviteter | group by status aggregate n = count(), ") == aggregates + allColumns)
  }

  @Test func parametersAndTodayCheckAsTheyWouldRun() {
    var withParameter = completer
    withParameter.parameters = ["n": "2"]
    withParameter.today = Day(year: 2024, month: 5, day: 1)
    #expect(
      withParameter.complete("aktiviteter | limit $n | select år, d = today() | where ").candidates
        == ["år", "d"] + ScalarFunction.allCases.map { $0.rawValue + "(" })
  }

  @Test func aQueryThatDoesNotCheckFallsBackToTheSourceAndTheNamesItGives() {
    let functions = ScalarFunction.allCases.map { $0.rawValue + "(" }
    #expect(
      candidates("aktiviteter | select år, n = 1 | where statu = klar | sort by ") == allColumns + ["n"] + functions)
  }

  @Test func joinKeysAreTheColumnsBothSidesHave() {
    #expect(candidates("aktiviteter | join pausade on ") == allColumns)
    #expect(candidates("aktiviteter | join uppdrag on ").isEmpty)
    #expect(candidates("aktiviteter | count by status, år | left join pausade on ") == ["status", "år"])
    #expect(candidates("aktiviteter | join pausade on år, ") == ["delmål", "aktivitet", "status", "`count`"])
    #expect(candidates("aktiviteter | join pausade on år, st") == ["status"])
    #expect(candidates("aktiviteter | join okänd on ").isEmpty)
  }

  @Test func multiLineStatements() {
    #expect(candidates("aktiviteter where\nst") == ["status"])
    #expect(candidates("aktiviteter |\nwhere status = pau") == ["pausad"])
    #expect(candidates("aktiviteter where status = klar; upp") == ["uppdrag"])
  }

  @Test func metaCommands() {
    #expect(
      completer.complete(".")
        == Completion(replacing: ".", candidates: [".datasets", ".schema", ".load", ".read", ".timer"]))
    #expect(completer.complete(".sc") == Completion(replacing: ".sc", candidates: [".schema"]))
    #expect(completer.complete(".schema ak") == Completion(replacing: "ak", candidates: ["aktiviteter"]))
    #expect(completer.complete(".timer o") == Completion(replacing: "o", candidates: ["on", "off"]))
    #expect(
      completer.complete(".load Examples/da")
        == Completion(replacing: "Examples/da", candidates: [], pathPrefix: "Examples/da"))
    #expect(completer.complete(".read ") == Completion(replacing: "", candidates: [], pathPrefix: ""))
    #expect(completer.complete(".datasets x") == .none)
  }

  @Test func nothingAfterANumberOrInsideAQuotedName() {
    #expect(candidates("aktiviteter | limit 1").isEmpty)
    #expect(candidates("aktiviteter where `del").isEmpty)
  }

  @Test(arguments: [
    ("aktiviteter", true),
    ("aktiviteter |", false),
    ("aktiviteter where", false),
    ("aktiviteter where status =", false),
    ("aktiviteter where status = klar and", false),
    ("aktiviteter where status in (klar,", false),
    ("aktiviteter where status in (klar\n", false),
    ("aktiviteter where status in (klar)", true),
    ("aktiviteter where delmål = \"Hög", false),
    ("aktiviteter where delmål = \"Hög\"", true),
    ("aktiviteter |\nwhere år > 2019", true),
    ("aktiviteter | count", true),
    ("aktiviteter | sort by år desc", true),
    ("aktiviteter where år > 2019 -- a comment", true),
    ("aktiviteter where -- a comment", false),
    (".schema aktiviteter", true),
    ("", true),
    ("aktiviteter where år ! 1", true),
  ])
  func completeness(text: String, complete: Bool) {
    #expect(StatementCompleteness.isComplete(text) == complete)
  }

  @Test func everyPrefixOfAwkwardInputCompletesWithoutTrapping() {
    let inputs = [
      "let x = aktiviteter | where delmål in (\"Hög\\\"\", `count`) and not år between 1 and 2 -- c\n| sort by år desc",
      ".schema `ak\u{0301}` \"\n.load ~/x y",
      "aktiviteter where (((status = \"\\u{E5}\" or \u{2212}1 ≤ år)) | group by s = status aggregate n = count()",
      "\u{FEFF}aktiviteter\r\n| select $p, 3,5 ; uppdrag where ` \" ( , |",
      "漢字 where 🙂 = \"🙂",
    ]
    for input in inputs {
      let scalars = Array(input.unicodeScalars)
      for n in 0...scalars.count {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[..<n])
        let prefix = String(view)
        let completion = completer.complete(prefix)
        #expect(prefix.hasSuffix(completion.replacing) || completion.replacing.isEmpty)
        _ = StatementCompleteness.isComplete(prefix)
      }
    }
  }
}
