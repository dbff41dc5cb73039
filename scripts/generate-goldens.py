#!/usr/bin/env python3
"""Generate the zxcvbn 4.4.2 golden file used by the Swift test suite.

Expected values come from the Python port of zxcvbn (PyPI `zxcvbn` 4.5.0)
with its reference year pinned. The port deviates from the JavaScript
original in two ways that can change the chosen split: it computes guesses
with Python integers and `Decimal` where the original uses IEEE doubles,
and its search walks sequence lengths in dictionary insertion order where
the original walks them in ascending order. Each password is therefore run
twice: by the unmodified port, which gives the expected values, and by a
variant with both deviations removed (`original_semantics`). A password on
which the two disagree is left out, because only the original itself could
say which split it picks. The passwords are generated from a fixed
seed and cover every pattern. Inputs on which the Python port is known to
differ from the JavaScript original are left out (see `differs_from_original`),
and the empty password, which the port rejects, is recorded with the
original's result: 1 guess and score 0, because the original's search starts
from a product of 1 and has no part to multiply in.

Output: Tests/GuessworkTests/Goldens/zxcvbn-4.4.2.jsonl, one case per line.
"""

import contextlib
import inspect
import json
import pathlib
import random
import string
import unicodedata

import zxcvbn
from zxcvbn import adjacency_graphs, frequency_lists, matching, scoring

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "Tests" / "GuessworkTests" / "Goldens" / "zxcvbn-4.4.2.jsonl"
SEED = 20261204
MAX_LENGTH = 100

LISTS = frequency_lists.FREQUENCY_LISTS
GRAPHS = adjacency_graphs.ADJACENCY_GRAPHS
L33T = {"a": "4@", "b": "8", "c": "({[<", "e": "3", "g": "69", "i": "1!|",
        "l": "1|7", "o": "0", "s": "$5", "t": "+7", "x": "%", "z": "2"}

WARNINGS = {
    "This is a top-10 common password.": "top_10_password",
    "This is a top-100 common password.": "top_100_password",
    "This is a very common password.": "very_common_password",
    "This is similar to a commonly used password.": "similar_to_common_password",
    "A word by itself is easy to guess.": "word_by_itself",
    "Names and surnames by themselves are easy to guess.": "names_by_themselves",
    "Common names and surnames are easy to guess.": "common_names",
    "Straight rows of keys are easy to guess.": "straight_row_of_keys",
    "Short keyboard patterns are easy to guess.": "short_keyboard_pattern",
    'Repeats like "aaa" are easy to guess.': "repeated_character",
    'Repeats like "abcabcabc" are only slightly harder to guess than "abc".': "repeated_group",
    'Sequences like "abc" or "6543" are easy to guess.': "sequence",
    "Recent years are easy to guess.": "recent_year",
    "Dates are often easy to guess.": "date",
}
SUGGESTIONS = {
    "Use a few words, avoid common phrases.": "use_several_words",
    "No need for symbols, digits, or uppercase letters.": "no_need_for_symbols",
    "Add another word or two. Uncommon words are better.": "add_another_word",
    "Capitalization doesn't help very much.": "capitalization_does_not_help",
    "All-uppercase is almost as easy to guess as all-lowercase.": "all_uppercase_does_not_help",
    "Reversed words aren't much harder to guess.": "reversed_words_do_not_help",
    "Predictable substitutions like '@' instead of 'a' don't help very much.":
        "substitutions_do_not_help",
    "Use a longer keyboard pattern with more turns.": "use_longer_keyboard_pattern",
    "Avoid repeated words and characters.": "avoid_repeats",
    "Avoid sequences.": "avoid_sequences",
    "Avoid recent years.": "avoid_recent_years",
    "Avoid years that are associated with you.": "avoid_personal_years",
    "Avoid dates and years that are associated with you.": "avoid_personal_dates",
}

# Characters on which the port and the original disagree: line terminators
# that only JavaScript's `.` excludes, and whitespace that only one of the
# two `\s` classes matches.
JS_ONLY_LINE_TERMINATORS = {"\r", "\u2028", "\u2029"}
PYTHON_ONLY_SPACES = {"\x1c", "\x1d", "\x1e", "\x1f", "\x85"}
JS_ONLY_SPACES = {"\ufeff"}


def differs_from_original(password, user_inputs):
    """Return whether the port is known to give another result than the original."""
    for text in [password, *user_inputs]:
        for char in text:
            if ord(char) > 0xFFFF:
                return True  # UTF-16 surrogate pairs: the original counts two units
            if ord(char) > 0x7F and (char.isdigit() or unicodedata.category(char) == "Nd"):
                return True  # the port treats non-ASCII digits as digits
            if char in JS_ONLY_LINE_TERMINATORS | PYTHON_ONLY_SPACES | JS_ONLY_SPACES:
                return True
            if char == "\n":
                return True
            lowered = char.lower()
            if len(lowered) != 1:
                return True  # lower-casing changes the length
            if ord(char) > 0x7F and lowered.isascii():
                return True  # e.g. the Kelvin sign lower-cases into an ASCII word
        if "".join(c.lower() for c in text) != text.lower():
            return True  # context-dependent lower-casing such as the final sigma
    return False


class JSFloat(float):
    """A double whose powers overflow to infinity, as in JavaScript."""

    def __pow__(self, exponent):
        try:
            return JSFloat(float.__pow__(self, exponent))
        except OverflowError:
            return JSFloat(float("inf"))


def js_factorial(n):
    result = 1.0
    for factor in range(2, n + 1):
        result *= factor
    return result


def ascending_search():
    """Build the port's search with lengths visited in ascending order."""
    source = inspect.getsource(scoring.most_guessable_match_sequence)
    replacements = [
        ("for l, last_m in optimal['m'][i - 1].items():",
         "for l, last_m in sorted(optimal['m'][i - 1].items()):"),
        ("for candidate_l, candidate_g in optimal['g'][k].items():",
         "for candidate_l, candidate_g in sorted(optimal['g'][k].items()):"),
        ("for l in optimal['m'][m['i'] - 1]:", "for l in sorted(optimal['m'][m['i'] - 1]):"),
    ]
    for old, new in replacements:
        if source.count(old) != 1:
            raise SystemExit(f"the port's search changed; cannot find {old!r}")
        source = source.replace(old, new)
    namespace = dict(vars(scoring))
    exec(source, namespace)
    return namespace["most_guessable_match_sequence"], namespace


@contextlib.contextmanager
def original_semantics():
    """Run the port with doubles and ascending length order, as the original."""
    search, namespace = ascending_search()
    saved = (scoring.most_guessable_match_sequence, matching.most_guessable_match_sequence)
    namespace.update(
        Decimal=float,
        factorial=js_factorial,
        BRUTEFORCE_CARDINALITY=JSFloat(10.0),
        MIN_GUESSES_BEFORE_GROWING_SEQUENCE=JSFloat(10000.0),
    )
    saved_constants = (scoring.Decimal, scoring.BRUTEFORCE_CARDINALITY)
    scoring.Decimal = float
    scoring.BRUTEFORCE_CARDINALITY = JSFloat(10.0)
    scoring.most_guessable_match_sequence = search
    matching.most_guessable_match_sequence = search
    try:
        yield
    finally:
        scoring.most_guessable_match_sequence, matching.most_guessable_match_sequence = saved
        scoring.Decimal, scoring.BRUTEFORCE_CARDINALITY = saved_constants


def summary(result):
    return (result["score"], [(m["pattern"], m["i"], m["j"]) for m in result["sequence"]])


def deviates(port, original):
    if summary(port) != summary(original):
        return True
    expected = float(port["guesses"])
    return abs(float(original["guesses"]) - expected) > 1e-12 * max(abs(expected), 1)


def reference(password, user_inputs, year):
    """Returns the golden case, or None when the port deviates from the original."""
    scoring.REFERENCE_YEAR = year
    result = zxcvbn.zxcvbn(password, user_inputs=user_inputs, max_length=MAX_LENGTH)
    try:
        with original_semantics():
            original = zxcvbn.zxcvbn(password, user_inputs=user_inputs, max_length=MAX_LENGTH)
    except OverflowError:
        return None
    if deviates(result, original):
        return None
    warning = result["feedback"]["warning"]
    return {
        "password": password,
        "user_inputs": user_inputs,
        "reference_year": year,
        "guesses": float(result["guesses"]),
        "score": result["score"],
        "sequence": [
            {"pattern": m["pattern"], "i": m["i"], "j": m["j"], "token": m["token"]}
            for m in result["sequence"]
        ],
        "feedback": {
            "warning": WARNINGS[warning] if warning else None,
            "suggestions": [SUGGESTIONS[s] for s in result["feedback"]["suggestions"]],
        },
    }


class Generator:
    def __init__(self):
        self.random = random.Random(SEED)

    def word(self, list_name, top=None):
        words = LISTS[list_name]
        return self.random.choice(words[: top or len(words)])

    def l33t(self, word):
        chars = []
        for char in word:
            options = L33T.get(char)
            if options and self.random.random() < 0.6:
                chars.append(self.random.choice(options))
            else:
                chars.append(char)
        return "".join(chars)

    def capitalise(self, word):
        style = self.random.randrange(4)
        if style == 0:
            return word.capitalize()
        if style == 1:
            return word.upper()
        if style == 2:
            return word[:-1] + word[-1:].upper()
        return "".join(c.upper() if self.random.random() < 0.4 else c for c in word)

    def walk(self, graph_name, length):
        graph = GRAPHS[graph_name]
        key = self.random.choice(sorted(graph))
        keys = [key]
        direction = self.random.randrange(len(graph[key]))
        while len(keys) < length:
            neighbours = graph[keys[-1]]
            if self.random.random() < 0.3 or not neighbours[direction % len(neighbours)]:
                direction = self.random.randrange(len(neighbours))
            neighbour = neighbours[direction % len(neighbours)]
            if not neighbour:
                continue
            shifted = len(neighbour) > 1 and self.random.random() < 0.2
            keys.append(neighbour[1] if shifted else neighbour[0])
        return "".join(keys)

    def date(self):
        year = self.random.randint(1930, 2049)
        month = self.random.randint(1, 12)
        day = self.random.randint(1, 28)
        separator = self.random.choice(["", "", "/", "-", ".", "_", " ", "\\"])
        year_text = str(year) if self.random.random() < 0.6 else f"{year % 100:02d}"
        day_text = f"{day:02d}" if self.random.random() < 0.5 else str(day)
        month_text = f"{month:02d}" if self.random.random() < 0.5 else str(month)
        order = self.random.randrange(3)
        parts = [[day_text, month_text, year_text],
                 [month_text, day_text, year_text],
                 [year_text, month_text, day_text]][order]
        return separator.join(parts)

    def random_string(self, length, alphabet=string.printable[:94] + " "):
        return "".join(self.random.choice(alphabet) for _ in range(length))

    def sequence(self):
        alphabets = [string.ascii_lowercase, string.ascii_uppercase, string.digits,
                     "αβγδεζηθικλμνξοπρστυφχψω", "абвгдежзийклмнопрстуфхцчшщ"]
        alphabet = self.random.choice(alphabets)
        step = self.random.choice([1, 1, 2, 3, -1, -2])
        length = self.random.randint(3, min(10, len(alphabet)))
        start = self.random.randrange(len(alphabet))
        chars = [alphabet[(start + step * k) % len(alphabet)] for k in range(length)]
        return "".join(chars)

    def decorate(self, core):
        prefix = self.random.choice(["", "", "", "x", "!", "12", "The", "#", "my"])
        suffix = self.random.choice(["", "", "", "1", "!", "123", "2009", "?", "xx", "99"])
        return prefix + core + suffix


def cases(gen):
    r = gen.random
    for _ in range(350):
        yield gen.word("passwords", top=r.choice([10, 100, 1000, 30000])), []
    for _ in range(250):
        yield gen.l33t(gen.word(r.choice(["passwords", "english_wikipedia", "us_tv_and_film"]), 5000)), []
    for _ in range(150):
        yield gen.decorate(gen.word(r.choice(list(LISTS)), 3000)[::-1]), []
    for graph in GRAPHS:
        for _ in range(60):
            yield gen.decorate(gen.walk(graph, r.randint(3, 12))), []
    for _ in range(180):
        unit = r.choice([gen.word("passwords", 500), r.choice("ab!1Zx"), gen.random_string(r.randint(1, 4))])
        yield gen.decorate(unit * r.randint(2, 5)), []
    for _ in range(120):
        yield gen.decorate(gen.sequence()), []
    for _ in range(250):
        yield gen.decorate(gen.date()), []
    for _ in range(100):
        yield gen.decorate(str(r.randint(1890, 2030))), []
    for _ in range(200):
        names = [gen.word(r.choice(["male_names", "female_names", "surnames"])) for _ in range(r.randint(1, 3))]
        yield gen.decorate("".join(gen.capitalise(n) if r.random() < 0.5 else n for n in names)), []
    for _ in range(180):
        first = gen.word("female_names")
        last = gen.word("surnames")
        inputs = [first, last, f"{first}.{last}@example.com", str(r.randint(1, 99))]
        core = r.choice([first + last, last[::-1], gen.l33t(first), first + str(r.randint(1, 99))])
        yield gen.decorate(core), inputs
    for _ in range(250):
        words = [gen.word(r.choice(["english_wikipedia", "us_tv_and_film"]), 20000) for _ in range(r.randint(2, 5))]
        yield r.choice(["", " ", "-", "."]).join(words), []
    for _ in range(300):
        yield gen.random_string(r.randint(1, 40)), []
    for _ in range(40):
        yield gen.random_string(r.randint(60, MAX_LENGTH)), []
    non_ascii = ["café", "über", "straße", "niño", "ÅngströM", "Ελλάδα", "пароль", "Пароль2020",
                 "密码", "パスワード", "비밀번호", "çàéèêñ", "ﬁnance", "ａｂｃ１２３", "Ⅻroman",
                 "naïve", "façade", "smörgåsbord", "jalapeño", "pässwörd"]
    for _ in range(150):
        yield gen.decorate(r.choice(non_ascii) + r.choice(["", gen.word("passwords", 200), "2011"])), []
    for _ in range(400):
        core = gen.capitalise(gen.word(r.choice(list(LISTS)), 2000))
        yield core + r.choice(["", "1", "12", "123", "!", "2015", "1987", "@", "#1"]) + \
            r.choice(["", gen.random_string(2, string.digits)]), []


def main():
    gen = Generator()
    seen = set()
    rows = []
    deviations = 0
    for password, inputs in cases(gen):
        key = (password, tuple(inputs))
        if key in seen or differs_from_original(password, inputs) or len(password) > MAX_LENGTH:
            continue
        seen.add(key)
        year = 2017 if len(seen) % 10 else 2026
        row = reference(password, inputs, year)
        if row is None:
            deviations += 1
            continue
        rows.append(row)
    rows.append({
        "password": "",
        "user_inputs": [],
        "reference_year": 2017,
        "guesses": 1.0,
        "score": 0,
        "sequence": [],
        "feedback": {"warning": None,
                     "suggestions": ["use_several_words", "no_need_for_symbols"]},
    })
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    with OUTPUT.open("w") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} cases written to {OUTPUT.relative_to(ROOT)}; "
          f"{deviations} left out because the port deviates from the original on them")


if __name__ == "__main__":
    main()
