#!/usr/bin/env bash
# Extracts the article of every HTML page of the benchmark's DEV half and scores it. Usage: tests/bench/html-bench.sh [SHARED_DIR] [OUT_DIR]
exec "$(dirname "$0")/score-dev.sh" html "$@"
