/// Finds settings that contradict each other, so that no password or no
/// account could satisfy the policy.
///
/// Each contradiction is a problem: loading fails and `guesswork lint`
/// reports it as an error at the setting that breaks the policy. When the
/// two settings come from different files of an `extends` chain, the error
/// points at the one in the file being loaded, which is where it was made.
struct PolicyValidator {
  let state: DecodingState
  /// The file being loaded, as opposed to the files it extends.
  let rootFile: String

  /// Returns the location of the first of `paths` set in the file being
  /// loaded, or else of the first that has a location.
  private func location(
    of paths: [String], in policy: PasswordPolicy
  ) -> SourceLocation? {
    let locations = paths.compactMap { policy.locations[$0] }
    return locations.first { $0.file == rootFile } ?? locations.first
  }

  func validate(_ policy: PasswordPolicy) {
    validateLength(policy)
    validateClasses(policy)
  }

  private func validateLength(_ policy: PasswordPolicy) {
    guard let minimum = policy.length?.minimum, let maximum = policy.length?.maximum,
      maximum < minimum
    else {
      return
    }
    state.report(
      .maximumBelowMinimum(
        maximumKey: "length.maximum", maximum: maximum, minimumKey: "length.minimum",
        minimum: minimum),
      at: location(of: ["length.maximum", "length.minimum"], in: policy))
  }

  private func validateClasses(_ policy: PasswordPolicy) {
    guard let classes = policy.characterClasses else { return }
    let needed = classes.fewestCharactersNeeded
    if let maximum = policy.length?.maximum, needed > maximum {
      state.report(
        .classesCannotFit(requiredCharacters: needed, maximumLength: maximum),
        at: policy.locations.nearest("character_classes.minimums")
          ?? policy.locations["character_classes"])
    }
    guard let characters = policy.characters else { return }
    let named = Set(classes.required + Array(classes.minimums.keys))
    for requiredClass in named.sorted() where !characters.permits(requiredClass) {
      state.report(
        .requiredClassNotAllowed(requiredClass.rawValue),
        at: policy.locations.nearest("character_classes.required"))
    }
    let permitted = CharacterClass.distinct.filter(characters.permits).count
    if let minimumClasses = classes.minimumClasses, minimumClasses > permitted {
      state.report(
        .tooManyClassesRequired(required: minimumClasses, available: permitted),
        at: policy.locations["character_classes.minimum_classes"])
    }
  }
}
