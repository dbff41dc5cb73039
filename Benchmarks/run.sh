#!/usr/bin/env bash
# Builds the release binaries and runs the estimator benchmarks: throughput
# on the mixed list, long inputs against typical passwords, model memory and
# start-up time. Run from anywhere inside the repository.
set -euo pipefail
cd "$(dirname "$0")/.."

swift build -c release 2>&1 | tail -n 1
bench=.build/release/guesswork-benchmarks
echo "== throughput (Benchmarks/Data/mixed-passwords.txt)"
"$bench" throughput
echo "== long inputs"
"$bench" long-input
echo "== memory"
"$bench" memory
echo "== start-up: 'guesswork score' on one password, median of 21 runs"
python3 - <<'PYTHON'
import statistics, subprocess, time
samples = []
for _ in range(21):
    start = time.perf_counter()
    subprocess.run([".build/release/guesswork", "score"], input=b"password\n",
                   stdout=subprocess.DEVNULL, check=True)
    samples.append(time.perf_counter() - start)
print(f"median {statistics.median(samples) * 1000:.1f} ms, best {min(samples) * 1000:.1f} ms")
PYTHON
