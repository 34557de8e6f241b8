/// Median, minimum and maximum of repeated measurements, in the unit they were taken in.
struct Summary: Sendable {
  var samples: [Double]

  init(_ samples: [Double]) {
    precondition(!samples.isEmpty, "a summary needs at least one sample")
    self.samples = samples.sorted()
  }

  var median: Double {
    let n = samples.count
    return n % 2 == 1 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2
  }

  var min: Double { samples.first! }
  var max: Double { samples.last! }

  /// `median (min–max)` with a precision that suits the magnitude.
  func formatted(_ unit: String = "ms") -> String {
    "\(Summary.format(median)) \(unit) (\(Summary.format(min))–\(Summary.format(max)))"
  }

  static func format(_ x: Double) -> String {
    if x >= 100 { return String(Int(x.rounded())) }
    if x >= 10 { return String(format1: x) }
    if x >= 0.1 { return String(format2: x) }
    return String(format3: x)
  }
}

extension String {
  init(format1 x: Double) { self = String((x * 10).rounded() / 10) }
  init(format2 x: Double) { self = String((x * 100).rounded() / 100) }
  init(format3 x: Double) { self = String((x * 1000).rounded() / 1000) }
}

/// How many times one figure is slower than another, as printed in the tables.
func ratio(_ mine: Double, _ theirs: Double) -> String {
  guard theirs > 0 else { return "–" }
  let r = mine / theirs
  return r >= 10 ? "\(Int(r.rounded()))×" : "\((r * 10).rounded() / 10)×"
}
