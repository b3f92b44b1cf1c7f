#!/usr/bin/env bash
# Cleans the benchmark's DEV half with the CLI and scores it with the benchmark's own scorers.
# Usage: tests/bench/score-dev.sh text|html [SHARED_DIR] [OUT_DIR]
#   text: the naive text dumps (bench/text/dev), cleaned as scraped text
#   html: the pages (bench/extraction/dev), extracted from HTML
set -euo pipefail
kind=${1:?usage: score-dev.sh text|html [SHARED_DIR] [OUT_DIR]}
root=$(cd "$(dirname "$0")/../.." && pwd)
shared=${2:-$root/../shared}
case "$kind" in
  text) pages="$shared/bench/text/dev" ;;
  html) pages="$shared/bench/extraction/dev" ;;
  *) echo "score-dev.sh: kind must be text or html" >&2; exit 2 ;;
esac
out=${3:-$root/artifacts/bench/$kind-dev}
rm -rf "$out" && mkdir -p "$out"
dotnet build "$root/src/NewsScrub.Cli" -c Release -v q -nologo >/dev/null
dotnet "$root/src/NewsScrub.Cli/bin/Release/net10.0/NewsScrub.Cli.dll" clean --quiet --from "$kind" --format text --out "$out" "$pages"
# The CLI keeps the input's extension (<id>.txt.txt, <id>.html.txt); the scorers read <id>.txt.
for f in "$out"/*.*.txt; do [ -e "$f" ] || continue; b=$(basename "$f"); mv "$f" "$out/${b%%.*}.txt"; done
gold="$pages/gold.jsonl"
python3 "$shared/bench/score.py" --gold "$gold" --pred "$out" | tail -n 1
python3 "$shared/bench/integrity.py" --gold "$gold" --pred "$out" 2>/dev/null | tail -n 1
python3 "$shared/bench/integrity.py" --gold "$gold" --pred "$out" --exact 2>/dev/null | tail -n 1 | sed 's/^/exact /'
