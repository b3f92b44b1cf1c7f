#!/usr/bin/env bash
# Cleans the naive text dumps of the benchmark's DEV half and scores them. Usage: tests/bench/text-bench.sh [SHARED_DIR] [OUT_DIR]
exec "$(dirname "$0")/score-dev.sh" text "$@"
