#!/usr/bin/env bash
# Installs what is missing and runs the whole test suite: every Swift test,
# including the zxcvbn goldens and the hashing interoperability tests. The
# full log goes to .build/test.log; the console shows failures and totals.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-dependencies.sh --test
mkdir -p .build
warnings=$(swift format lint --recursive Sources Tests Benchmarks 2>&1 | grep -v -e "/Generated/" -e "+Embedded.swift" -c || true)
echo "swift format lint: $warnings style warnings (run 'swift format lint --recursive Sources Tests Benchmarks' to list them)"
swift test 2>&1 | tee .build/test.log | grep -E "error:|✘|Test run with|Executed [1-9][0-9]* tests"
