/// `like` patterns: `*` matches any run of characters, `?` exactly one; case-insensitive.
enum Wildcard {
  static func matches(_ text: String, pattern: String) -> Bool {
    let t = Array(text.lowercased())
    let p = Array(pattern.lowercased())
    // Iterative matcher with one backtrack point: linear in practice, never exponential.
    var ti = 0
    var pi = 0
    var star: Int? = nil
    var mark = 0
    while ti < t.count {
      if pi < p.count, p[pi] == "?" || (p[pi] != "*" && p[pi] == t[ti]) {
        ti += 1
        pi += 1
      } else if pi < p.count, p[pi] == "*" {
        star = pi
        mark = ti
        pi += 1
      } else if let s = star {
        pi = s + 1
        mark += 1
        ti = mark
      } else {
        return false
      }
    }
    while pi < p.count, p[pi] == "*" { pi += 1 }
    return pi == p.count
  }
}
