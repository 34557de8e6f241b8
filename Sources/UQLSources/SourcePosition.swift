/// A 1-based line and column in decoded text.
struct SourcePosition: Sendable, Equatable {
  var line = 1
  var column = 1
}
