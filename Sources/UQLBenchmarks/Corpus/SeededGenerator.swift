/// SplitMix64: a small, fast random generator whose sequence depends only on its seed, so a
/// corpus generated twice from the same seed is byte-identical on every platform.
struct SeededGenerator: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  /// A generator for item `index` of a run seeded with `seed`, independent of the others.
  init(seed: UInt64, index: Int) {
    var mixer = SeededGenerator(seed: seed ^ (UInt64(truncatingIfNeeded: index) &* 0x9E37_79B9_7F4A_7C15))
    state = mixer.next()
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// Sixteen lower-case hex digits, like the sample reports' ids.
  mutating func hexID() -> String {
    let s = String(next(), radix: 16)
    return String(repeating: "0", count: 16 - s.count) + s
  }
}
