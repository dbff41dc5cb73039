#!/usr/bin/env python3
"""Regenerate dictionaries/zxcvbn and dictionaries/keyboards from zxcvbn data.

The source is the `zxcvbn` package on PyPI (version 4.5.0), whose frequency
lists and adjacency graphs are the data of zxcvbn 4.4.2 (MIT licence,
Copyright (c) 2012-2016 Dan Wheeler and Dropbox, Inc.). The package is
installed into a temporary folder when it is not importable. Building
Guesswork does not need this script; run scripts/generate-data-swift.py
afterwards to refresh the embedded Swift copy.
"""

import json
import pathlib
import subprocess
import sys
import tempfile

ZXCVBN_VERSION = "4.5.0"
ROOT = pathlib.Path(__file__).resolve().parent.parent
LIST_ORDER = [
    "passwords",
    "english_wikipedia",
    "female_names",
    "surnames",
    "us_tv_and_film",
    "male_names",
]


def import_zxcvbn():
    try:
        import zxcvbn  # noqa: F401
    except ImportError:
        target = tempfile.mkdtemp(prefix="zxcvbn-data-")
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "--quiet",
             "--target", target, f"zxcvbn=={ZXCVBN_VERSION}"],
            check=True,
        )
        sys.path.insert(0, target)
    from zxcvbn import adjacency_graphs, frequency_lists
    return frequency_lists.FREQUENCY_LISTS, adjacency_graphs.ADJACENCY_GRAPHS


def write_lists(lists):
    folder = ROOT / "dictionaries" / "zxcvbn"
    folder.mkdir(parents=True, exist_ok=True)
    if list(lists) != LIST_ORDER:
        sys.exit(f"unexpected list order {list(lists)}; update LIST_ORDER")
    for name, words in lists.items():
        if len(set(words)) != len(words):
            sys.exit(f"list {name} has duplicate words")
        for word in words:
            if not word or "\n" in word or "\t" in word or word != word.strip():
                sys.exit(f"list {name} has a word this format cannot hold")
        (folder / f"{name}.txt").write_text("\n".join(words) + "\n")
        print(f"{name}: {len(words)} words")


def write_graphs(graphs):
    folder = ROOT / "dictionaries" / "keyboards"
    folder.mkdir(parents=True, exist_ok=True)
    for name, graph in graphs.items():
        text = json.dumps(graph, indent=1, ensure_ascii=False)
        (folder / f"{name}.json").write_text(text + "\n")
        print(f"{name}: {len(graph)} keys")


def main():
    lists, graphs = import_zxcvbn()
    write_lists(lists)
    write_graphs(graphs)


if __name__ == "__main__":
    main()
