#!/usr/bin/env bash
# Cleans the naive text dumps of the benchmark's DEV half and scores them with the benchmark's own scorers.
# Usage: tests/bench/text-bench.sh [SHARED_DIR] [OUT_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
shared=${1:-$root/../shared}
out=${2:-$root/artifacts/bench/text-dev}
rm -rf "$out" && mkdir -p "$out"
dotnet build "$root/src/NewsScrub.Cli" -c Release -v q -nologo >/dev/null
dotnet "$root/src/NewsScrub.Cli/bin/Release/net10.0/NewsScrub.Cli.dll" clean --quiet --from text --format text --out "$out" "$shared/bench/text/dev"
gold="$shared/bench/text/dev/gold.jsonl"
python3 "$shared/bench/score.py" --gold "$gold" --pred "$out" | tail -n 1
python3 "$shared/bench/integrity.py" --gold "$gold" --pred "$out" 2>/dev/null | tail -n 1
python3 "$shared/bench/integrity.py" --gold "$gold" --pred "$out" --exact 2>/dev/null | tail -n 1 | sed 's/^/exact /'
