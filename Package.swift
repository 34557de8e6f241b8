// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "uql",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "uql", targets: ["uql"]),
    .executable(name: "uql-bench", targets: ["UQLBenchmarks"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    // Values, typed columns and tables: the data model every other module shares.
    .target(name: "UQLValues"),
    // The query language: lexer, parser, checker and evaluator. Pure; no I/O.
    .target(name: "UQLLanguage", dependencies: ["UQLValues"]),
    // Result writers: table, csv, tsv, json, ndjson, markdown. Write to any TextOutputStream.
    .target(name: "UQLFormats", dependencies: ["UQLValues"]),
    // Tabular sources: CSV, TSV, JSON and NDJSON text into tables. Pure; bytes in.
    .target(name: "UQLSources", dependencies: ["UQLValues"]),
    // Follow-up reports: decoding, layout detection and extraction into datasets. Pure.
    .target(name: "UQLReports", dependencies: ["UQLValues"]),
    // libedit (Debian libedit-dev), with typed wrappers for its variadic calls.
    .systemLibrary(
      name: "CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"]), .brew(["libedit"])]),
    // Line editing for the interactive shell: the only code that touches libedit.
    .target(name: "UQLLineEditor", dependencies: ["CEditLine"]),
    // The command line: arguments, files, terminals and exit codes. The only I/O layer.
    .target(
      name: "UQLCommandLine",
      dependencies: [
        "UQLValues", "UQLLanguage", "UQLFormats", "UQLSources", "UQLReports", "UQLLineEditor",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "uql", dependencies: ["UQLCommandLine"]),
    // The benchmark harness (uql-bench): synthetic data, figures against sqlite3 and DuckDB.
    .executableTarget(
      name: "UQLBenchmarks",
      dependencies: [
        "UQLValues", "UQLLanguage", "UQLSources", "UQLReports",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),

    .testTarget(name: "UQLValuesTests", dependencies: ["UQLValues"]),
    .testTarget(name: "UQLLanguageTests", dependencies: ["UQLLanguage", "UQLValues"]),
    .testTarget(name: "UQLFormatsTests", dependencies: ["UQLFormats", "UQLValues"]),
    .testTarget(name: "UQLSourcesTests", dependencies: ["UQLSources", "UQLValues"]),
    .testTarget(name: "UQLReportsTests", dependencies: ["UQLReports", "UQLValues"], exclude: ["Fixtures"]),
    .testTarget(name: "UQLCommandLineTests", dependencies: ["uql", "UQLCommandLine", "UQLValues"]),
  ]
)
