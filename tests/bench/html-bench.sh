#!/usr/bin/env bash
# Extracts the article of every HTML page of the benchmark's DEV half and scores it with the benchmark's own scorers.
# Usage: tests/bench/html-bench.sh [SHARED_DIR] [OUT_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
shared=${1:-$root/../shared}
out=${2:-$root/artifacts/bench/html-dev}
rm -rf "$out" && mkdir -p "$out"
dotnet build "$root/src/NewsScrub.Cli" -c Release -v q -nologo >/dev/null
dotnet "$root/src/NewsScrub.Cli/bin/Release/net10.0/NewsScrub.Cli.dll" clean --quiet --from html --format text --out "$out" "$shared/bench/extraction/dev"
gold="$shared/bench/extraction/dev/gold.jsonl"
python3 "$shared/bench/score.py" --gold "$gold" --pred "$out" | tail -n 1
python3 "$shared/bench/integrity.py" --gold "$gold" --pred "$out" 2>/dev/null | tail -n 1
python3 "$shared/bench/integrity.py" --gold "$gold" --pred "$out" --exact 2>/dev/null | tail -n 1 | sed 's/^/exact /'
