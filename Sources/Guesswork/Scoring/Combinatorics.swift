/// Counting helpers in doubles, computed step by step as zxcvbn does so that
/// results agree to the last bit where possible.
enum Combinatorics {
  /// Returns the binomial coefficient "n choose k".
  static func choose(_ n: Int, _ k: Int) -> Double {
    if k > n {
      return 0
    }
    if k == 0 {
      return 1
    }
    var result = 1.0
    var remaining = Double(n)
    for divisor in 1...k {
      result *= remaining
      result /= Double(divisor)
      remaining -= 1
    }
    return result
  }

  /// Returns n!, which becomes infinity from 171 on.
  static func factorial(_ n: Int) -> Double {
    var result = 1.0
    if n >= 2 {
      for factor in 2...n {
        result *= Double(factor)
      }
    }
    return result
  }
}
