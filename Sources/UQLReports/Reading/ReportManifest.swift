import Foundation

/// Per-file metadata that overrides what the reader infers, parsed from JSON text such as
/// `{"000_x.txt": {"titel": "…", "år": 2018, "period": "jan-aug", "typ": "uppföljningsrapport",
/// "förvaltning": "…", "organisation": "…"}}`. The command line reads the file; this only parses.
public struct ReportManifest: Sendable, Equatable {
  /// The overrides for one file; nil fields keep the inferred value.
  public struct Entry: Sendable, Equatable {
    public var title: String?
    public var kind: ReportMetadata.Kind?
    public var organisation: String?
    public var administration: String?
    public var year: Int?
    public var period: String?

    public init(
      title: String? = nil, kind: ReportMetadata.Kind? = nil, organisation: String? = nil,
      administration: String? = nil, year: Int? = nil, period: String? = nil
    ) {
      self.title = title
      self.kind = kind
      self.organisation = organisation
      self.administration = administration
      self.year = year
      self.period = period
    }

    /// Applies the overrides to `metadata`, returning a note for each field changed.
    public func apply(to metadata: inout ReportMetadata) -> [ReportDiagnostic] {
      var notes: [ReportDiagnostic] = []
      if let title { metadata.title = title; notes.append(.overridden("titel", with: title)) }
      if let kind { metadata.kind = kind; notes.append(.overridden("typ", with: kind.rawValue)) }
      if let organisation {
        metadata.organisation = organisation
        notes.append(.overridden("organisation", with: organisation))
      }
      if let administration {
        metadata.administration = administration
        notes.append(.overridden("förvaltning", with: administration))
      }
      if let year { metadata.year = year; notes.append(.overridden("år", with: String(year))) }
      if let period { metadata.period = period; notes.append(.overridden("period", with: period)) }
      return notes
    }
  }

  /// Why manifest text could not be used.
  public enum ParseError: Error, Sendable, Equatable {
    /// Not JSON at all; the payload is the parser's explanation.
    case invalidJSON(String)
    /// The top level is not an object of file names.
    case notAnObject
    /// The entry for `file` is not an object.
    case entryNotAnObject(file: String)
    /// Field `field` of `file`'s entry has the wrong type or an unknown value.
    case invalidField(file: String, field: String, expected: String)
    /// Field `field` of `file`'s entry is not one the manifest knows.
    case unknownField(file: String, field: String)
    /// `"bedömningar"` is not an object of phrases.
    case phrasesNotAnObject
    /// A phrase under `"bedömningar"` names no status.
    case invalidPhrase(phrase: String)

    public var message: String {
      switch self {
      case .invalidJSON(let why): return "the manifest is not valid JSON: \(why)"
      case .notAnObject: return "the manifest must be an object keyed by file name"
      case .entryNotAnObject(let file): return "the manifest entry for '\(file)' must be an object"
      case .invalidField(let file, let field, let expected):
        return "'\(field)' of '\(file)' in the manifest must be \(expected)"
      case .unknownField(let file, let field):
        return "unknown field '\(field)' for '\(file)' in the manifest"
      case .phrasesNotAnObject:
        return "'bedömningar' in the manifest must be an object of phrases and statuses"
      case .invalidPhrase(let phrase):
        var statuses = AssignmentStatus.allCases.map(\.rawValue).filter { $0 != "okänd" }
        statuses += ActivityStatus.allCases.map(\.rawValue).filter { $0 != "okänd" && !statuses.contains($0) }
        return "the status of '\(phrase)' under 'bedömningar' in the manifest must be one of \(statuses.joined(separator: ", "))"
      }
    }
  }

  /// Entries keyed by file name (NFC).
  public var entries: [String: Entry]
  /// The organisation's own assessment phrases, from the top-level key `"bedömningar"`:
  /// `{"bedömningar": {"På god väg": "uppfylls_delvis", "Startar i höst": "ej_startad"}}`.
  public var phrases: StatusPhrases

  public init(entries: [String: Entry] = [:], phrases: StatusPhrases = StatusPhrases()) {
    self.entries = entries
    self.phrases = phrases
  }

  /// The entry for `file`, matched on the full name first, then on the last path component,
  /// then on the report id (name without extension).
  public func entry(for file: String) -> Entry? {
    let name = file.precomposedStringWithCanonicalMapping
    if let e = entries[name] { return e }
    let last = name.split(separator: "/").last.map(String.init) ?? name
    if let e = entries[last] { return e }
    let id = ReportReading.id(of: last)
    return entries.first { ReportReading.id(of: $0.key) == id }?.value
  }

  /// The top-level key of an organisation's own assessment phrases.
  public static let phraseKey = "bedömningar"

  /// Parses manifest JSON text.
  public static func parse(_ json: String) -> Result<ReportManifest, ParseError> {
    let object: Any
    do {
      object = try JSONSerialization.jsonObject(with: Data(json.utf8), options: [])
    } catch {
      return .failure(.invalidJSON(String(describing: error.localizedDescription)))
    }
    guard let top = object as? [String: Any] else { return .failure(.notAnObject) }
    var entries: [String: Entry] = [:]
    var phrases = StatusPhrases()
    for (rawFile, rawEntry) in top {
      let file = rawFile.precomposedStringWithCanonicalMapping
      if file.lowercasedText() == phraseKey {
        guard let map = rawEntry as? [String: Any] else { return .failure(.phrasesNotAnObject) }
        for (phrase, rawStatus) in map {
          let name = (rawStatus as? String)?.lowercasedText() ?? ""
          // (`pågår` and `ej_startad` are statuses of both.)
          let goal = AssignmentStatus(rawValue: name).flatMap { $0 == .okänd ? nil : $0 }
          let activity = ActivityStatus(rawValue: name).flatMap { $0 == .okänd ? nil : $0 }
          guard goal != nil || activity != nil else { return .failure(.invalidPhrase(phrase: phrase)) }
          if let goal { phrases.goals[phrase.precomposedStringWithCanonicalMapping] = goal }
          if let activity { phrases.activities[phrase.precomposedStringWithCanonicalMapping] = activity }
        }
        continue
      }
      guard let fields = rawEntry as? [String: Any] else {
        return .failure(.entryNotAnObject(file: file))
      }
      var entry = Entry()
      for (rawKey, value) in fields {
        let key = rawKey.precomposedStringWithCanonicalMapping.lowercasedText()
        switch key {
        case "titel", "title":
          guard let s = value as? String else { return .failure(.invalidField(file: file, field: rawKey, expected: "text")) }
          entry.title = s
        case "typ", "kind":
          guard let s = value as? String, let kind = ReportMetadata.Kind(rawValue: s.lowercasedText()) else {
            return .failure(
              .invalidField(file: file, field: rawKey, expected: "uppföljningsrapport, bilaga, verksamhetsplan or okänd"))
          }
          entry.kind = kind
        case "organisation":
          guard let s = value as? String else { return .failure(.invalidField(file: file, field: rawKey, expected: "text")) }
          entry.organisation = s
        case "förvaltning":
          guard let s = value as? String else { return .failure(.invalidField(file: file, field: rawKey, expected: "text")) }
          entry.administration = s
        case "år", "year":
          if let s = value as? String, let y = Int(s) {
            entry.year = y
          } else if let n = value as? NSNumber, let y = Int(exactly: n.doubleValue) {
            entry.year = y
          } else {
            return .failure(.invalidField(file: file, field: rawKey, expected: "a whole number"))
          }
        case "period":
          guard let s = value as? String else { return .failure(.invalidField(file: file, field: rawKey, expected: "text")) }
          entry.period = s
        default:
          return .failure(.unknownField(file: file, field: rawKey))
        }
      }
      entries[file] = entry
    }
    return .success(ReportManifest(entries: entries, phrases: phrases))
  }
}
