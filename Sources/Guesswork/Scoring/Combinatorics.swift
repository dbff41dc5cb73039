import Foundation

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
    n < factorials.count ? factorials[n] : .infinity
  }

  /// n! for n below 172, multiplied up in order as zxcvbn does.
  private static let factorials: [Double] = {
    var table = [1.0, 1.0]
    for factor in 2...171 {
      table.append(table[factor - 1] * Double(factor))
    }
    return table
  }()

  /// Returns `base` raised to a non-negative integer power, as `pow` does,
  /// from a table for the two bases the estimator uses.
  static func power(_ base: PowerBase, _ exponent: Int) -> Double {
    let table = base == .ten ? powersOfTen : powersOfTenThousand
    return exponent < table.count ? table[exponent] : .infinity
  }

  /// Bases with precomputed powers: 10, the brute-force cardinality, and
  /// 10,000, the per-part penalty of the sequence search.
  enum PowerBase {
    case ten
    case tenThousand
  }

  private static let powersOfTen = (0...309).map { pow(10.0, Double($0)) }
  private static let powersOfTenThousand = (0...78).map { pow(10_000.0, Double($0)) }
}
