/// Why a pattern was rejected: a syntax error, a feature a linear-time matcher cannot offer
/// (backreferences, lookaround), or a pattern too large to run.
public struct RegexError: Error, Sendable, Equatable {
  /// Lower-case, no final period.
  public var message: String
  /// The offset in Unicode scalars where the problem starts.
  public var offset: Int

  public init(_ message: String, at offset: Int) {
    self.message = message
    self.offset = offset
  }
}
