import Foundation
import Testing
import UQLFormats
import UQLValues

/// The `sql` format: the rows load through a staging table renamed last, so a second load into
/// the same database fails at the rename and adds nothing.
@Suite struct SQLWriterTests {
  @Test func loadsThroughAStagingTableRenamedLast() {
    let table = Table(
      names: ["namn", "belopp", "datum"], types: [.text, .number, .date],
      rows: [
        [.text("sa 'hej'"), .number(Decimal(string: "1.25")!), .date(Day(year: 2024, month: 1, day: 31)!)],
        [.text("noll\u{0}byte"), .null, .null],
      ])
    let expected = #"""
      BEGIN;
      CREATE TABLE "uql_load_mål ""x""" ("namn" TEXT, "belopp" DECIMAL(38, 2), "datum" DATE);
      INSERT INTO "uql_load_mål ""x""" ("namn", "belopp", "datum") VALUES ('sa ''hej''', 1.25, '2024-01-31');
      INSERT INTO "uql_load_mål ""x""" ("namn", "belopp", "datum") VALUES ('noll\#u{FFFD}byte', NULL, NULL);
      ALTER TABLE "uql_load_mål ""x""" RENAME TO "mål ""x""";
      DROP TABLE IF EXISTS "uql_load_mål ""x""";
      COMMIT;

      """#
    #expect(ResultWriter.string(table, as: .sql, options: FormatOptions(tableName: "mål \"x\"")) == expected)
  }

  @Test func anEmptyResultIsAnEmptyTable() {
    let expected = """
      BEGIN;
      CREATE TABLE "uql_load_t" ("namn" TEXT, "antal" BIGINT);
      ALTER TABLE "uql_load_t" RENAME TO "t";
      DROP TABLE IF EXISTS "uql_load_t";
      COMMIT;

      """
    #expect(ResultWriter.string(Fixture.empty, as: .sql, options: FormatOptions(tableName: "t")) == expected)
  }
}
