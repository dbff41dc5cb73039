import Testing

@testable import Guesswork

@Suite struct ForbidsKeyboardWalksTests {
  private func check(_ rule: ForbidsKeyboardWalks, _ password: String) -> [RuleViolation] {
    PolicyTestSupport.violations(rule, password)
  }

  @Test func rejectsWalkLongerThanMaximum() {
    let rule = ForbidsKeyboardWalks(maximumLength: 4)
    #expect(check(rule, "qwert") == [.keyboardWalk(maximumLength: 4, actual: 5, layout: .qwerty)])
    #expect(check(rule, "qwer").isEmpty)
  }

  @Test func findsWalkWithTurnsAndShift() {
    // "zaq12wsx" climbs one column, steps right along the digits and comes
    // down the next column: every key neighbours the one before, so it is
    // one walk of 8. In "1qaz2wsx" the step from "z" to "2" is no
    // neighbour, so it is two walks of 4.
    let rule = ForbidsKeyboardWalks(maximumLength: 4)
    #expect(
      check(rule, "zaq12wsx") == [.keyboardWalk(maximumLength: 4, actual: 8, layout: .qwerty)])
    #expect(check(rule, "1qaz2wsx").isEmpty)
    #expect(check(rule, "QWERTY") == [.keyboardWalk(maximumLength: 4, actual: 6, layout: .qwerty)])
  }

  @Test func findsWalkOffTheEstimatorsBestPath() {
    // zxcvbn's best path reads "qwerty" in "qwertyuiop" as a common
    // password plus a walk; the rule reads every match, so it finds the
    // full walk of 10 keys.
    let rule = ForbidsKeyboardWalks(maximumLength: 4)
    #expect(
      check(rule, "qwertyuiop") == [.keyboardWalk(maximumLength: 4, actual: 10, layout: .qwerty)])
  }

  @Test func keypadWalk() {
    let rule = ForbidsKeyboardWalks(maximumLength: 3)
    #expect(
      check(rule, "x7896y").contains { if case .keyboardWalk(_, 4, _) = $0 { true } else { false } }
    )
  }

  @Test func layoutsCanBeRestricted() {
    // "aoeu" is the home row of the Dvorak layout but no walk on QWERTY.
    let dvorakOnly = ForbidsKeyboardWalks(maximumLength: 3, layouts: [.dvorak])
    let qwertyOnly = ForbidsKeyboardWalks(maximumLength: 3, layouts: [.qwerty])
    #expect(
      check(dvorakOnly, "aoeuid") == [.keyboardWalk(maximumLength: 3, actual: 6, layout: .dvorak)])
    #expect(check(qwertyOnly, "aoeuid").isEmpty)
  }

  @Test func fullWidthWalkIsFoundAfterNFKC() {
    let rule = ForbidsKeyboardWalks(maximumLength: 4)
    #expect(check(rule, "ｑｗｅｒｔｙ") == [.keyboardWalk(maximumLength: 4, actual: 6, layout: .qwerty)])
  }

  @Test func randomPasswordHasNoLongWalk() {
    let rule = ForbidsKeyboardWalks(maximumLength: 3)
    #expect(check(rule, "Xk9#mP2$vL7@nQ4w").isEmpty)
  }
}
