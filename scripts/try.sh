#!/usr/bin/env bash
# Installs what is missing, builds the release binary and scores the bundled
# sample passwords. Run from anywhere inside the repository.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-dependencies.sh
echo "building guesswork (release)..."
swift build -c release --product guesswork 2>&1 | tail -n 1
echo
echo "scoring Benchmarks/Data/sample-passwords.txt:"
echo
.build/release/guesswork score --format text < Benchmarks/Data/sample-passwords.txt
echo "the binary is .build/release/guesswork; run it with --help for more"
