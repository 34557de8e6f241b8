import Testing
import UQLFormats
import UQLValues

@Suite struct DisplayWidthTests {
  @Test(arguments: [
    ("abc", 3), ("åäö", 3), ("Åsa", 3), ("日本語", 6), ("👍", 2), ("👨‍👩‍👧", 2), ("e\u{301}", 1),
    ("❤️", 2), ("ｱ", 1), ("Ａ", 2), ("", 0), ("한국", 4), ("🇸🇪", 2),
  ])
  func widths(text: String, width: Int) {
    #expect(DisplayWidth.of(text) == width)
  }

  @Test func truncatesWithEllipsis() {
    #expect(DisplayWidth.truncated("abcdef", to: 4) == "abc…")
    #expect(DisplayWidth.truncated("abcd", to: 4) == "abcd")
    #expect(DisplayWidth.truncated("日本語", to: 4) == "日…")
    #expect(DisplayWidth.truncated("abc", to: 0) == "")
  }
}

@Suite struct ControlEscapingTests {
  @Test(arguments: [
    ("a\nb", "a\\nb"), ("\r\t", "\\r\\t"), ("\u{1B}[2J", "\\e[2J"), ("\u{7}", "\\x07"),
    ("\u{7F}", "\\x7F"), ("\u{85}", "\\x85"), ("\u{9B}", "\\x9B"), ("a\u{202E}b", "a\\u{202E}b"),
    ("\u{2066}", "\\u{2066}"), ("\u{2028}\u{2029}", "\\u{2028}\\u{2029}"), ("\u{0}", "\\x00"),
    ("åäö 日本 👍", "åäö 日本 👍"),
  ])
  func escapes(text: String, expected: String) {
    #expect(ControlEscaping.escaped(text) == expected)
  }

  @Test func nothingUnsafeReachesTheTerminal() {
    var text = ""
    for v in 0...0x2070 {
      if let s = Unicode.Scalar(v) { text.unicodeScalars.append(s) }
    }
    let table = Table(names: [text], types: [.text], rows: [[.text(text)]])
    for format in [OutputFormat.table, .markdown] {
      let output = ResultWriter.string(table, as: format)
      let unsafe = output.unicodeScalars.filter { $0 != "\n" && ControlEscaping.isUnsafe($0) }
      #expect(unsafe.isEmpty, "\(format)")
    }
  }
}
