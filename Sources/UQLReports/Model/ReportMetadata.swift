/// What a report is: inferred from its text, optionally overridden by a manifest.
public struct ReportMetadata: Sendable, Equatable {
  /// The kinds of report uql knows; the `typ` column shows the raw value.
  public enum Kind: String, Sendable, CaseIterable {
    case uppföljningsrapport, bilaga, verksamhetsplan
    case uppföljningOchPrognos = "uppföljning och prognos"
    case delårsrapport, årsredovisning, årsbokslut, årsrapport, verksamhetsberättelse, verksamhetsredovisning
    case okänd
  }

  public var title: String?
  public var kind: Kind = .okänd
  public var organisation: String?
  /// The administration (förvaltning), e.g. "Regionkontoret".
  public var administration: String?
  public var year: Int?
  /// The period covered: "jan-apr", "jan-aug", "jan-okt", "helår", or a month.
  public var period: String?

  public init() {}
}
