import Testing

@testable import Guesswork

@Suite struct PolicyExplainerTests {
  @Test func explainsEveryKindOfSection() throws {
    let policy = try PolicyTestSupport.load(
      """
      {"version": 1, "name": "all", "description": "Every rule.", "enforcement": "warn",
       "length": {"minimum": 10, "enforcement": "enforce"},
       "character_classes": {"required": ["upper"], "minimum_classes": 3, "minimums": {"digit": 2}},
       "characters": {"allowed": {"classes": ["letter", "digit"], "characters": "-"},
        "forbidden": {"classes": ["other"]}},
       "repeated_characters": {"maximum_run": 1},
       "sequences": {"maximum_length": 3},
       "keyboard_walks": {"maximum_length": 4, "layouts": ["qwerty"]},
       "forbidden_substrings": {"substrings": ["acme"], "l33t": false},
       "context": {},
       "blocklist": {"common_passwords": 500},
       "strength": {"minimum_guesses_log10": 9},
       "rotation": {"maximum_age_days": 60, "minimum_age_days": 1, "warning_days": 7},
       "history": {"remember": 1, "minimum_changed_characters": 2},
       "lockout": {"threshold": 5, "window_minutes": 60, "lock_minutes": 15, "growth_factor": 2,
        "maximum_lock_minutes": 120},
       "hashing": {"algorithm": "bcrypt", "bcrypt": {"cost": 12}, "accept": ["bcrypt"]}}
      """)
    let text = PolicyExplainer.explain(policy)
    let expectedLines = [
      "Policy \"all\": Every rule.",
      "A failed rule is reported but does not reject the "
        + "password, unless the rule says it is enforced.",
      "  - Length: at least 10 characters, counted in Unicode "
        + "code points after NFKC normalisation. (enforced)",
      "  - Character classes: at least one uppercase letter; at "
        + "least 2 of class digit; characters from at least 3 "
        + "of the 5 classes (lowercase, uppercase, letters without "
        + "case, digits, symbols). Classes follow "
        + "Unicode categories, so É is uppercase.",
      "  - Characters: only characters of class digit or "
        + "letter, or the characters \"-\" are accepted; "
        + "characters of class other are rejected.",
      "  - Repeats: no character more than once in a row.",
      "  - Sequences: no run of more than 3 consecutive "
        + "letters or digits, such as \"abcd\" or \"4321\".",
      "  - Keyboard walks: no path of more than 4 neighbouring keys on qwerty.",
      "  - Forbidden substrings: must not contain \"acme\", ignoring case.",
      "  - Blocklist: the whole password must not be one of "
        + "the 500 most common passwords; case "
        + "and look-alike characters are ignored.",
      "  - Strength: at least 10^9.0 estimated guesses.",
      "  - Rotation: the password must change every 60 days; it "
        + "may change again only after 1 day; users are warned "
        + "7 days before expiry. Days are periods of 24 hours since the password was set.",
      "  - History: the new password must differ from the current "
        + "one, and change at least 2 characters of the current one.",
      "  - Lockout: 5 failed logins within 1 hour lock the "
        + "account for 15 minutes; each further "
        + "lock lasts 2 times longer, up to 2 hours.",
      "  - Hashing: new hashes use bcrypt at cost 12; stored "
        + "hashes stay valid if they are bcrypt of cost 12 or more, "
        + "and are rehashed at the next login otherwise.",
    ]
    let lines = text.split(separator: "\n").map(String.init)
    for expected in expectedLines {
      #expect(lines.contains(expected), "missing line: \(expected)")
    }
  }

  @Test func emptyPolicySaysEverythingPasses() throws {
    let text = PolicyExplainer.explain(
      try PolicyTestSupport.load(#"{"version": 1, "name": "open"}"#))
    #expect(
      text
        == "Policy \"open\".\nA failed rule rejects the password unless the rule says it only "
        + "warns.\n\nPassword rules: none, so every password is accepted.\n"
    )
  }

  @Test func presetExplanationCitesItsSources() throws {
    let text = PolicyExplainer.explain(try PolicyLoader().load("owasp-asvs-5-l2"))
    #expect(text.contains("Extends owasp-asvs-5-l1."))
    #expect(text.contains("    Source: ASVS 6.2.9: accept at least 64 characters"))
  }
}
