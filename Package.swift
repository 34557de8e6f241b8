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
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
  ],
  targets: [
    // Values, typed columns and tables: the data model every other module shares.
    .target(name: "UQLValues"),
    // The query language: lexer, parser, checker and evaluator. Pure; no I/O.
    .target(name: "UQLLanguage", dependencies: ["UQLValues", "UQLRegex"]),
    // Regular expressions matched in linear time, for `matches`: hostile patterns cannot hang.
    .target(name: "UQLRegex"),
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
    // Removing temporary files when a signal ends the process: async-signal-safe, so in C.
    .target(name: "CSignalCleanup"),
    // The command line: arguments, files, terminals and exit codes. The only I/O layer.
    .target(
      name: "UQLCommandLine",
      dependencies: [
        "UQLValues", "UQLLanguage", "UQLFormats", "UQLSources", "UQLReports", "UQLLineEditor", "CSignalCleanup",
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
    .testTarget(
      name: "UQLLanguageTests",
      dependencies: [
        "UQLLanguage", "UQLValues", .product(name: "PropertyBased", package: "swift-property-based"),
      ],
      exclude: ["Regressions"]),
    .testTarget(name: "UQLRegexTests", dependencies: ["UQLRegex"]),
    .testTarget(name: "UQLFormatsTests", dependencies: ["UQLFormats", "UQLValues"]),
    .testTarget(name: "UQLSourcesTests", dependencies: ["UQLSources", "UQLValues"]),
    .testTarget(name: "UQLReportsTests", dependencies: ["UQLReports", "UQLValues"], exclude: ["Fixtures"]),
    .testTarget(
      name: "UQLCommandLineTests", dependencies: ["uql", "UQLCommandLine", "UQLValues"], exclude: ["BadInputs"]),
  ]
)

// libFuzzer targets, only when UQL_FUZZ=1 (set by .ci/fuzz, which builds them with
// -sanitize=fuzzer,address in .build-fuzz). Their entry points hand over to libFuzzer's driver,
// which only links with -sanitize=fuzzer; keeping them out leaves `swift build` and `swift test`
// as they are.
if Context.environment["UQL_FUZZ"] == "1" {
  let fuzzTargets: [(String, [Target.Dependency])] = [
    ("FuzzQuery", ["UQLLanguage", "UQLValues"]),
    ("FuzzEvaluator", ["UQLLanguage", "UQLValues"]),
    ("FuzzReport", ["UQLReports"]),
    ("FuzzTabular", ["UQLSources", "UQLFormats"]),
    ("FuzzCache", ["UQLSources", "UQLValues"]),
  ]
  package.targets.append(.target(name: "FuzzDriver"))
  for (name, dependencies) in fuzzTargets {
    package.targets.append(
      .executableTarget(
        name: name, dependencies: dependencies + ["FuzzDriver"],
        swiftSettings: [.unsafeFlags(["-parse-as-library"])]))
  }
}

// A release build on Linux links the Swift runtime and Foundation in (what `swift build
// --static-swift-stdlib` does: compile against the static modules, link them in), so that the
// README's `swift build -c release` and `swift run -c release uql` give the fast-starting binary
// and no one runs the slow one by accident. Debug builds and tests keep the shared libraries; the
// fuzz build (release, libFuzzer) keeps them too.
if Context.environment["UQL_FUZZ"] != "1" {
  let staticRuntime = BuildSettingCondition.when(platforms: [.linux], configuration: .release)
  for target in package.targets where target.type == .regular || target.type == .executable {
    target.swiftSettings = (target.swiftSettings ?? []) + [.unsafeFlags(["-static-stdlib"], staticRuntime)]
    if target.type == .executable {
      target.linkerSettings = (target.linkerSettings ?? []) + [.unsafeFlags(["-static-stdlib"], staticRuntime)]
    }
  }
}
