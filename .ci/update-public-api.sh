#!/usr/bin/env bash
# Adds every public symbol the analyzer reports as undeclared (RS0016) to the project's PublicAPI.Unshipped.txt,
# and drops declared symbols that no longer exist (RS0017).
# Run it after a deliberate API change, then review the diff: the file is the API review.
set -euo pipefail
project=${1:?usage: update-public-api.sh src/PROJECT}
file="$project/PublicAPI.Unshipped.txt"
grep -q '^#nullable enable' "$file" 2>/dev/null || { printf '#nullable enable\n' | cat - "$file" > "$file.tmp" && mv "$file.tmp" "$file"; }
for _ in 1 2 3; do
  out=$(dotnet build "$project" --no-incremental 2>&1 || true)
  symbols=$(printf '%s\n' "$out" | grep -o "error RS0016: Symbol '[^']*'" | sed "s/error RS0016: Symbol '//; s/'\$//" | sort -u || true)
  stale=$(printf '%s\n' "$out" | grep -o "error RS0017: Symbol '[^']*'" | sed "s/error RS0017: Symbol '//; s/'\$//" | sort -u || true)
  [ -n "$symbols$stale" ] || break
  if [ -n "$stale" ]; then grep -vxF -f <(printf '%s\n' "$stale") "$file" > "$file.tmp" || true; mv "$file.tmp" "$file"; fi
  [ -z "$symbols" ] || printf '%s\n' "$symbols" >> "$file"
done
{ head -n 1 "$file"; tail -n +2 "$file" | sort -u; } > "$file.tmp" && mv "$file.tmp" "$file"
printf '%s\n' "$out" | grep -E "error|Build succeeded" | sort -u | head -40
