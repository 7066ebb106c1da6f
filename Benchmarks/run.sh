#!/usr/bin/env bash
# Runs every Settle benchmark in release mode and writes the figures to Benchmarks/results/.
# Usage: Benchmarks/run.sh            (from anywhere)
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p results
stamp="$(date -u +%Y-%m-%d)"
swift package --allow-writing-to-package-directory benchmark --format markdown --no-progress \
    | tee "results/benchmarks-$stamp.md"
echo "figures written to Benchmarks/results/benchmarks-$stamp.md"
