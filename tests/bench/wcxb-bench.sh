#!/usr/bin/env bash
# Cleans the WCXB dev split (1,497 pages, seven page types) with the CLI and scores it with the benchmark's own
# word-level metric, per page type, beside trafilatura's outputs for the same pages.
# Usage: tests/bench/wcxb-bench.sh html|text [SHARED_DIR] [OUT_DIR]
#   html: the pages (bench/extraction/wcxb-dev/*.html.gz)
#   text: their naive text dumps (bench/text/wcxb-dev/*.txt), cleaned as scraped text
set -euo pipefail
kind=${1:?usage: wcxb-bench.sh html|text [SHARED_DIR] [OUT_DIR]}
root=$(cd "$(dirname "$0")/../.." && pwd)
shared=${2:-$root/../shared}
case "$kind" in
  html) pages="$shared/bench/extraction/wcxb-dev" ;;
  text) pages="$shared/bench/text/wcxb-dev" ;;
  *) echo "wcxb-bench.sh: kind must be html or text" >&2; exit 2 ;;
esac
out=${3:-$root/artifacts/bench/wcxb-$kind}
rm -rf "$out" && mkdir -p "$out"
dotnet build "$root/src/NewsScrub.Cli" -c Release -v q -nologo >/dev/null
dotnet "$root/src/NewsScrub.Cli/bin/Release/net10.0/NewsScrub.Cli.dll" clean --quiet --from "$kind" --format text --out "$out" "$pages" || true
# The CLI keeps the input's name (<id>.html.gz.txt, <id>.txt.txt); the scorer reads <id>.txt.
for f in "$out"/*.*.txt; do [ -e "$f" ] || continue; b=$(basename "$f"); mv "$f" "$out/${b%%.*}.txt"; done
python3 "$root/tests/bench/wcxb_compare.py" --scorer "$shared/bench/score_wcxb.py" --gold "$shared/bench/extraction/wcxb-dev/gold.jsonl" \
  --pred "$out" --peer "trafilatura=$shared/bench/peers/trafilatura/wcxb-dev"
