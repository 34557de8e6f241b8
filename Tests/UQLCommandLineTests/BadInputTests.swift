import Foundation
import Testing

/// The corpus of known-bad inputs in `BadInputs/`: each ends in the expected exit status and
/// first line of standard error, never a crash, a hang or a silently wrong dataset.
@Suite struct BadInputTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var status: Int32
    var firstErrorLine: String?
    var arguments: [String]
    var testDescription: String { name }
  }

  static let folder = UQLProcess.root.appendingPathComponent("Tests/UQLCommandLineTests/BadInputs")
  static let report003 = UQLProcess.root.appendingPathComponent("Examples/reports/003_715690af77561aa4.txt")

  static let cases: [Case] = {
    let text = (try? String(contentsOf: folder.appendingPathComponent("manifest.tsv"), encoding: .utf8)) ?? ""
    return text.split(separator: "\n").compactMap { line in
      if line.hasPrefix("#") { return nil }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count >= 3, let status = Int32(fields[1]) else { return nil }
      return Case(
        name: fields[0], status: status, firstErrorLine: fields[2] == "-" ? nil : fields[2],
        arguments: Array(fields.dropFirst(3)))
    }
  }()

  /// A copy of the corpus with the generated inputs beside it, made once.
  static let workspace: URL = {
    let dir = TestDirectories.unique("bad-inputs")
    try? FileManager.default.copyItem(at: folder, to: dir)
    func write(_ name: String, _ bytes: [UInt8]) {
      _ = FileManager.default.createFile(atPath: dir.appendingPathComponent(name).path, contents: Data(bytes))
    }
    write(
      "long-line.uql",
      Array("aktiviteter where aktivitet = \"".utf8) + Array(repeating: UInt8(ascii: "x"), count: 10_000_000)
        + Array("\"\n".utf8))
    write("long-line.txt", Array("Uppföljning ".utf8) + Array(repeating: UInt8(ascii: "x"), count: 10_000_000) + [10])
    write(
      "nested.uql",
      Array(
        ("aktiviteter where " + String(repeating: "(", count: 10_000) + "år" + String(repeating: ")", count: 10_000)
          + " = 1\n").utf8))
    write("bad-utf8.txt", damaged(Array((try? Data(contentsOf: report003)) ?? Data())))
    // Sparse files just over the size limits: refused by their size, never read.
    func sparse(_ name: String, size: UInt64) {
      write(name, [])
      let handle = FileHandle(forWritingAtPath: dir.appendingPathComponent(name).path)
      try? handle?.truncate(atOffset: size)
      try? handle?.close()
    }
    sparse("huge-report.txt", size: 64 << 20 + 1)
    sparse("huge-table.csv", size: UInt64(Int32.max) + 1)
    return dir
  }()

  /// The report with two invalid bytes at the end of a line a third of the way in.
  static func damaged(_ bytes: [UInt8]) -> [UInt8] {
    guard let newline = bytes[(bytes.count / 3)...].firstIndex(of: 10) else { return bytes }
    return Array(bytes[..<newline]) + [0x20, 0xFF, 0xFE] + Array(bytes[newline...])
  }

  @Test func manifestHasTheIssuesCases() {
    #expect(BadInputTests.cases.count >= 30)
  }

  @Test(arguments: cases)
  func badInput(_ c: Case) throws {
    let output = try UQLProcess.run(c.arguments, in: BadInputTests.workspace)
    let first = output.stderr.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init)
    #expect(output.status == c.status, "\(output.stderr.prefix(500))")
    #expect((first?.isEmpty ?? true ? nil : first) == c.firstErrorLine)
  }

  /// A report with damaged UTF-8 gives the same datasets as the original, except for U+FFFD
  /// where the damaged bytes were, and a warning in `uql check`.
  @Test func invalidUTF8GivesTheSameDatasetsBesideTheDamage() throws {
    let original = try datasets(of: Array(Data(contentsOf: BadInputTests.report003)))
    let damaged = try datasets(of: BadInputTests.damaged(Array(Data(contentsOf: BadInputTests.report003))))
    #expect(original.count == damaged.count)
    let differing = zip(original, damaged).filter { $0 != $1 }
    #expect(differing.count <= 2)
    #expect(differing.allSatisfy { $0.1.contains("\u{FFFD}") })
  }

  /// The sample reports re-encoded as UTF-16 (both byte orders) and, where every character fits,
  /// Windows-1252 give exactly the datasets of the UTF-8 original.
  @Test(arguments: ["001_ad0398bc00775623", "002_c4a8162e49eb91a7", "003_715690af77561aa4"])
  func otherEncodingsGiveTheSameDatasets(report: String) throws {
    let url = UQLProcess.root.appendingPathComponent("Examples/reports/\(report).txt")
    let text = try String(contentsOf: url, encoding: .utf8)
    let original = try datasets(of: Array(text.utf8))
    #expect(original.count > 20)
    var encodings: [(String, [UInt8])] = [
      ("UTF-16LE", [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
      ("UTF-16BE", [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }),
    ]
    if let cp1252 = text.data(using: .windowsCP1252) { encodings.append(("Windows-1252", Array(cp1252))) }
    for (name, bytes) in encodings {
      #expect(try datasets(of: bytes) == original, "\(name)")
    }
  }

  /// pdftotext runs with an argument vector: a file name starting with "-" is not an option, and
  /// a flood on its stderr cannot block it (nor uql). A stand-in pdftotext on PATH shows both.
  @Test func pdftotextGetsAnArgumentVectorAndCannotBlock() throws {
    let dir = TestDirectories.unique("pdf")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let fake = dir.appendingPathComponent("pdftotext")
    let script = """
      #!/bin/sh
      echo "file: $4" >&2
      head -c 300000 /dev/zero | tr '\\0' x >&2
      exit 1
      """
    try script.write(to: fake, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
    _ = FileManager.default.createFile(
      atPath: dir.appendingPathComponent("-x; rm -rf y.pdf").path, contents: Data("%PDF".utf8))
    let output = try UQLProcess.run(
      ["--data=-x; rm -rf y.pdf", "-e", "rapporter | count"], environment: ["PATH": dir.path + ":/usr/bin:/bin"],
      in: dir)
    #expect(output.status == 1)
    #expect(output.stderr.hasPrefix("uql: error: -x; rm -rf y.pdf: pdftotext: file: ./-x; rm -rf y.pdf\n"))
  }

  /// Every dataset of one report file, as CSV lines, read by the real binary.
  func datasets(of bytes: [UInt8]) throws -> [String] {
    let dir = TestDirectories.unique("encoding")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    _ = FileManager.default.createFile(atPath: dir.appendingPathComponent("rapport.txt").path, contents: Data(bytes))
    let script = ["delmål", "uppdrag", "aktiviteter", "indikatorer", "ekonomi", "avsnitt", "varningar"]
      .joined(separator: "\n")
    let output = try UQLProcess.run(["--data", "rapport.txt", "--format", "csv", "-e", script], in: dir)
    #expect(output.status == 0, "\(output.stderr)")
    return output.stdout.split(separator: "\n").map(String.init)
  }
}
