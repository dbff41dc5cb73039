#!/usr/bin/env python3
"""Write Benchmarks/Data/mixed-passwords.txt, the benchmark's mixed list.

10,000 lines from a fixed seed: real common passwords from the zxcvbn 4.4.2
password list (dictionaries/zxcvbn/passwords.txt), words with digits and
symbols, passphrases, l33t spellings, dates and random strings, in about the
proportions a signup form sees. Only the repository's own data is used.
"""

import pathlib
import random
import string

ROOT = pathlib.Path(__file__).resolve().parent.parent
LISTS = ROOT / "dictionaries" / "zxcvbn"
OUTPUT = ROOT / "Benchmarks" / "Data" / "mixed-passwords.txt"
COUNT = 10_000
L33T = str.maketrans({"a": "@", "e": "3", "i": "1", "o": "0", "s": "$", "t": "7"})


def words(name):
    return (LISTS / f"{name}.txt").read_text().split("\n")[:-1]


def main():
    rng = random.Random(7)
    passwords = words("passwords")
    english = words("english_wikipedia")[:20000]
    names = words("female_names") + words("male_names")
    makers = [
        (40, lambda: rng.choice(passwords)),
        (20, lambda: rng.choice(english).capitalize() + str(rng.randint(0, 9999))
         + rng.choice(["", "!", "?", "#"])),
        (10, lambda: rng.choice(["", " ", "-"]).join(rng.choice(english) for _ in range(rng.randint(3, 5)))),
        (8, lambda: rng.choice(passwords[:5000]).translate(L33T)),
        (7, lambda: rng.choice(names).capitalize() + rng.choice(["", "."])
         + f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(1950, 2015)}"),
        (15, lambda: "".join(rng.choice(string.ascii_letters + string.digits + "!@#$%^&*")
                             for _ in range(rng.randint(8, 20)))),
    ]
    weights = [weight for weight, _ in makers]
    lines = [rng.choices(makers, weights)[0][1]() for _ in range(COUNT)]
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text("\n".join(lines) + "\n")
    print(f"{len(lines)} passwords written to {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
