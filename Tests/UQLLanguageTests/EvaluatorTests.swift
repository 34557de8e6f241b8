import Testing
import UQLLanguage

@Suite struct EvaluatorTests {
  @Test func whereWithEnumWordAndText() throws {
    #expect(try Fixtures.rows("aktiviteter where status = pausad and delmål = \"fler i  ARBETE\" | select aktivitet") == [["Kompetens"]])
  }

  /// `aggregate` without `group by`: one row over all rows, also over none (count 0, sum null).
  @Test func aggregateWithoutKeysIsOneRow() throws {
    #expect(try Fixtures.rows("aktiviteter | aggregate n = count(), p = count(status = pausad)") == [["5", "1"]])
    #expect(try Fixtures.rows("aktiviteter where status = pausad | aggregate n = count()") == [["1"]])
    #expect(try Fixtures.rows("aktiviteter where belopp > 1000000000 | aggregate n = count(), s = sum(belopp)") == [["0", "null"]])
    #expect(try Fixtures.rows("aktiviteter | aggregera n = count()") == [["5"]])
  }

  @Test func enumWordWithoutDiacritics() throws {
    #expect(try Fixtures.rows("aktiviteter where status = pagar | select aktivitet") == [["Cykelplan"], ["Öresund"]])
  }

  @Test func containsIgnoresCaseAndDiacritics() throws {
    #expect(try Fixtures.rows("aktiviteter where kommentar ~ \"covid\" | select aktivitet") == [["Trafikplan"], ["Kompetens"]])
    #expect(try Fixtures.rows("aktiviteter where kommentar ~ \"forsenade\" | count") == [["1"]])
  }

  @Test func nullsAreNeverEqualOrUnequal() throws {
    #expect(try Fixtures.rows("aktiviteter where belopp != 0 | count") == [["3"]])
    #expect(try Fixtures.rows("aktiviteter where belopp is null | select aktivitet") == [["Trafikplan"]])
    #expect(try Fixtures.rows("aktiviteter where not (belopp > 0) | count") == [["2"]])
  }

  @Test func sortPutsNullsLastBothWaysAndUsesSwedishOrder() throws {
    #expect(try Fixtures.rows("aktiviteter | sort by belopp desc | select aktivitet") == [["Cykelplan"], ["Ärende"], ["Öresund"], ["Kompetens"], ["Trafikplan"]])
    #expect(try Fixtures.rows("aktiviteter | sort by belopp | select aktivitet | limit 2") == [["Kompetens"], ["Öresund"]])
    #expect(try Fixtures.rows("aktiviteter | sort by aktivitet | select aktivitet") == [["Cykelplan"], ["Kompetens"], ["Trafikplan"], ["Ärende"], ["Öresund"]])
  }

  @Test func countByGroupsInKeyOrder() throws {
    #expect(try Fixtures.rows("aktiviteter | count by status") == [["pågår", "2"], ["klar", "1"], ["pausad", "1"], ["okänd", "1"]])
    #expect(try Fixtures.rows("aktiviteter | count by år, status | limit 2") == [["2019", "pågår", "1"], ["2019", "klar", "1"]])
  }

  @Test func groupByWithAggregates() throws {
    let rows = try Fixtures.rows("""
      aktiviteter | group by delmål aggregate antal = count(), klara = count(status = klar), \
      summa = sum(belopp), snitt = avg(belopp), m = median(belopp), lägst = min(aktivitet), n = count(belopp)
      """)
    #expect(rows == [
      ["Fler i arbete", "2", "0", "4", "2", "2", "Kompetens", "2"],
      ["Hög attraktivitet", "2", "1", "12.5", "12.5", "12.5", "Cykelplan", "1"],
      ["Stark  konkurrenskraft", "1", "0", "0", "0", "0", "Öresund", "1"],
    ])
  }

  @Test func selectWithAliasesArithmeticAndFunctions() throws {
    #expect(try Fixtures.rows("aktiviteter where år = 2020 | select a = upper(aktivitet), dubbel = belopp * 2, l = length(aktivitet), r = round(belopp / 3, 1)") == [["ÄRENDE", "14", "6", "2.3"], ["ÖRESUND", "0", "7", "0"]])
    #expect(try Fixtures.rows("aktiviteter | select c = coalesce(kommentar, \"saknas\") | limit 4 | sort by c | limit 1") == [["Arbetet pågår"]])
  }

  @Test func predicates() throws {
    #expect(try Fixtures.rows("aktiviteter where aktivitet like \"*plan\" | count") == [["2"]])
    #expect(try Fixtures.rows("aktiviteter where aktivitet matches \"^[ÄÖ]\" | count") == [["2"]])
    #expect(try Fixtures.rows("aktiviteter where status in (pausad, klar) | count") == [["2"]])
    #expect(try Fixtures.rows("aktiviteter where status not in (pausad, klar) | count") == [["3"]])
    #expect(try Fixtures.rows("aktiviteter where belopp between -3 and 7 | count") == [["3"]])
    #expect(try Fixtures.rows("aktiviteter where belopp > 3,5 | count") == [["2"]])
  }

  /// As in SQL, `x between lo and hi` is `x >= lo and x <= hi`: false when either bound fails,
  /// even if the other is null.
  @Test func betweenWithANullBoundIsFalseWhenTheOtherBoundFails() throws {
    #expect(try Fixtures.rows("aktiviteter | select b = belopp between 5 and null") == [["null"], ["null"], ["false"], ["null"], ["false"]])
    #expect(try Fixtures.rows("aktiviteter | select b = belopp between null and 0") == [["false"], ["null"], ["null"], ["false"], ["null"]])
    #expect(try Fixtures.rows("aktiviteter where belopp not between 5 and null | select aktivitet") == [["Kompetens"], ["Öresund"]])
    #expect(try Fixtures.rows("aktiviteter where belopp not between null and 0 | select aktivitet") == [["Cykelplan"], ["Ärende"]])
    #expect(try Fixtures.rows("aktiviteter where not (belopp between 5 and null) | count") == [["2"]])
  }

  @Test func distinctAndLet() throws {
    var session = Fixtures.session()
    _ = try session.execute(try #require(try Parser.parseStatement("let pågående = aktiviteter where status = pågår")))
    #expect(try Fixtures.rows("pågående | select år | distinct", in: session) == [["2019"], ["2020"]])
  }
}
