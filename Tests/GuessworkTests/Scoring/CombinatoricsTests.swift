import Testing

@testable import Guesswork

@Suite struct CombinatoricsTests {
  @Test func chooseEdgeCases() {
    #expect(Combinatorics.choose(0, 0) == 1)
    #expect(Combinatorics.choose(5, 0) == 1)
    #expect(Combinatorics.choose(3, 5) == 0)
    #expect(Combinatorics.choose(5, 5) == 1)
  }

  @Test func chooseSmallValues() {
    // Pascal's triangle.
    #expect(Combinatorics.choose(5, 2) == 10)
    #expect(Combinatorics.choose(6, 3) == 20)
    #expect(Combinatorics.choose(10, 3) == 120)
  }

  @Test func chooseLargeValueIsExactInDoubles() {
    // math.comb(50, 25) == 126410606437752, below 2^53, and zxcvbn's
    // nCk(50, 25) computes the same double step by step.
    #expect(Combinatorics.choose(50, 25) == 126_410_606_437_752)
  }

  @Test func factorialValues() {
    #expect(Combinatorics.factorial(0) == 1)
    #expect(Combinatorics.factorial(1) == 1)
    #expect(Combinatorics.factorial(2) == 2)
    #expect(Combinatorics.factorial(5) == 120)
    #expect(Combinatorics.factorial(10) == 3_628_800)
  }

  @Test func factorialOverflowsToInfinityPast170() {
    // 170! ≈ 7.3e306 is the largest factorial a double holds.
    #expect(Combinatorics.factorial(170).isFinite)
    #expect(Combinatorics.factorial(171) == .infinity)
  }
}
