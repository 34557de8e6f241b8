/// What Tab can insert at the end of a partial statement.
public struct Completion: Sendable, Equatable {
  /// The text just before the cursor that a candidate replaces (the word being typed).
  public var replacing: String
  /// Replacements for `replacing`, in the order to list them.
  public var candidates: [String]
  /// When set, the candidates are file paths starting with this text, which only the edge can
  /// list; `candidates` is empty then.
  public var pathPrefix: String?

  public init(replacing: String, candidates: [String], pathPrefix: String? = nil) {
    self.replacing = replacing
    self.candidates = candidates
    self.pathPrefix = pathPrefix
  }

  /// Nothing to offer.
  public static let none = Completion(replacing: "", candidates: [])

  /// Whether a single candidate should be followed by a space: not after an opening parenthesis.
  public var appendsSpace: Bool {
    guard candidates.count == 1, let only = candidates.first else { return false }
    return !only.hasSuffix("(")
  }
}

/// A meta-command as completion sees it: its name and what its argument is.
public struct MetaCommandSpec: Sendable, Equatable {
  public enum Argument: Sendable, Equatable {
    /// No argument, or one completion cannot help with.
    case none
    /// A dataset name (`.schema`).
    case dataset
    /// A file path (`.load`, `.read`, `.output`).
    case path
    /// One of a few words (`.format csv`, `.timer on`).
    case words([String])
  }

  public var name: String
  public var argument: Argument

  public init(_ name: String, argument: Argument = .none) {
    self.name = name
    self.argument = argument
  }
}
