import Foundation
import UQLValues

/// Reads report metadata from the short lines of a title page:
/// "Uppföljningsrapport", "2 januari-augusti", "Regionkontoret", "Augusti 2020".
enum MarkdownTablesTitlePage {
  // The patterns, compiled once.
  nonisolated(unsafe) static let year = #/\b(19|20)\d\d\b/#
  nonisolated(unsafe) static let span = #/([a-zåäö]+)\s*[-–]\s*([a-zåäö]+)/#

  static func metadata(_ lines: [String]) -> ReportMetadata {
    var metadata = ReportMetadata()
    var titleParts: [String] = []
    for line in lines {
      let key = TextFolding.equalityKey(line)
      if metadata.administration == nil, key.hasSuffix("kontoret") || key.hasSuffix("förvaltning") {
        metadata.administration = line
      } else if metadata.year == nil, let match = key.firstMatch(of: year) {
        metadata.year = Int(match.output.0)
      } else if metadata.administration == nil {
        titleParts.append(line)
      }
      if metadata.period == nil, let period = period(in: key) { metadata.period = period }
    }
    let title = titleParts.joined(separator: " ")
    metadata.title = title.isEmpty ? nil : title
    let titleKey = TextFolding.equalityKey(title)
    for kind in [ReportMetadata.Kind.uppföljningsrapport, .verksamhetsplan, .bilaga]
    where titleKey.contains(kind.rawValue) {
      metadata.kind = kind
      break
    }
    return metadata
  }

  private static let months = [
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
    "oktober", "november", "december",
  ]

  /// "januari-augusti" → "jan-aug".
  private static func period(in key: String) -> String? {
    guard let match = key.firstMatch(of: span),
      months.contains(String(match.output.1)), months.contains(String(match.output.2))
    else { return nil }
    return "\(match.output.1.prefix(3))-\(match.output.2.prefix(3))"
  }
}
