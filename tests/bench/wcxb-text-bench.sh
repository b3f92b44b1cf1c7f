#!/usr/bin/env bash
# Cleans the naive text dumps of the WCXB dev split as scraped text and scores them with WCXB's word-level metric.
# Usage: tests/bench/wcxb-text-bench.sh [SHARED_DIR] [OUT_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
shared=${1:-$root/../shared}
pages="$shared/bench/text/wcxb-dev"
out=${2:-$root/artifacts/bench/text-wcxb-dev}
rm -rf "$out" && mkdir -p "$out"
dotnet build "$root/src/NewsScrub.Cli" -c Release -v q -nologo >/dev/null
dotnet "$root/src/NewsScrub.Cli/bin/Release/net10.0/NewsScrub.Cli.dll" clean --quiet --from text --format text --out "$out" "$pages"
# The CLI keeps the input's extension (<id>.txt.txt, <id>.html.txt); the scorers read <id>.txt.
for f in "$out"/*.*.txt; do [ -e "$f" ] && mv "$f" "${f%%.*}.txt"; done
python3 "$shared/bench/score_wcxb.py" --gold "$pages/gold.jsonl" --pred "$out" | tail -n 1
