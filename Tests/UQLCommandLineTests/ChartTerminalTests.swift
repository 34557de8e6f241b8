import Foundation
import Testing

/// Charts as they look in a real terminal: uql runs in a tmux pane (100 columns) and the screen
/// is read back.
@Suite(.enabled(if: TerminalSession.isAvailable, "tmux is not installed"))
struct ChartTerminalTests {
  @Test func barChartFillsTheTerminalWidthWithBlocks() throws {
    let session = try TerminalSession(["-e", "aktiviteter | count by status | chart bar"])
    let screen = try session.wait(for: "the chart") { $0.contains("[exit 0]") }
    let lines = screen.split(separator: "\n").map(String.init)
    let widest = try #require(lines.first { $0.hasPrefix("pågår") })
    // The largest bar ends at the terminal's edge: label, bar and value fill 100 columns.
    #expect(widest.count == 100)
    #expect(widest.hasSuffix("█ 130"))
    // A small value still gets a sliver of a block, never nothing.
    let pausad = try #require(lines.first { $0.hasPrefix("pausad") })
    #expect(pausad.hasSuffix(" 1") && pausad.contains { "▏▎▍▌▋▊▉█".contains($0) })
    #expect(lines.allSatisfy { $0.count <= 100 })
  }

  @Test func asciiAndLineChartsInTheShell() throws {
    let session = try TerminalSession(["--ascii"])
    try session.wait(for: "the prompt") { $0.hasSuffix("uql> ") }
    try session.type("indikatorer where indikator = \"Sjukfrånvaro\" | group by tidpunkt aggregate u = avg(utfall) | chart line")
    try session.press("Enter")
    let screen = try session.wait(for: "the sparkline") { $0.contains("max 3.5") }
    #expect(screen.contains("2018-08 jan-aug ^_. 2020-10 jan-okt  min 2.685  max 3.5"))
    #expect(!screen.contains("█"))
  }
}
