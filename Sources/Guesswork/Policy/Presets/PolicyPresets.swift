/// The policies that ship with Guesswork, by name.
///
/// Each preset is a policy file in the repository's `policies` folder,
/// compiled into the library so that it works without the source tree.
/// `scripts/embed-policy-presets.py` regenerates the embedded copies, and a
/// test checks that they match the files.
public enum PolicyPresets {
  /// Names of the presets, sorted.
  public static var names: [String] { embedded.keys.sorted() }

  /// Returns the JSON text of a preset, or nil when there is no such preset.
  public static func source(named name: String) -> String? {
    embedded[name]
  }

  /// The file a preset comes from, as locations name it.
  public static func displayName(of name: String) -> String {
    "policies/\(name).json"
  }
}
