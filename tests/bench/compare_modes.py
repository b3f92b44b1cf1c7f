#!/usr/bin/env python3
"""Checks that WARC mode and JSONL mode give the same results as folder mode, page for page.

Usage: tests/bench/compare_modes.py [PAGES_DIR]
Packs the pages with pack_dev.py into artifacts/scale/, runs `newsscrub clean --format jsonl` on the folder,
the WARC.gz and the JSONL (Release build), and compares every result except the record's own names
(source, offset, id, url, warcDate, warcRecordId). Exit status 0 when all pages are equal.
"""
import json
import os
import subprocess
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
PAGES = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "bench", "extraction", "dev")
OUT = os.path.join(ROOT, "artifacts", "scale")
CLI = os.path.join(ROOT, "src", "NewsScrub.Cli", "bin", "Release", "net10.0", "NewsScrub.Cli.dll")
NAMES = {"source", "offset", "id", "url", "warcDate", "warcRecordId"}


def run(path):
    out = subprocess.run(["dotnet", CLI, "clean", "--format", "jsonl", "--quiet", path],
                         check=False, capture_output=True, text=True, encoding="utf-8")
    if out.returncode != 0:
        sys.exit("newsscrub failed on %s: %s" % (path, out.stderr))
    return [json.loads(line) for line in out.stdout.splitlines()]


def strip(result):
    return {k: v for k, v in result.items() if k not in NAMES}


def main():
    subprocess.run(["dotnet", "build", os.path.join(ROOT, "src", "NewsScrub.Cli"), "-c", "Release", "-v", "q", "-nologo"],
                   check=True, stdout=subprocess.DEVNULL)
    subprocess.run([sys.executable, os.path.join(ROOT, "tests", "bench", "pack_dev.py"), PAGES, OUT], check=True)
    folder = run(PAGES)
    modes = {"warc": run(os.path.join(OUT, "dev.warc.gz")), "jsonl": run(os.path.join(OUT, "dev.jsonl"))}
    failures = 0
    for mode, results in modes.items():
        if len(results) != len(folder):
            print("%s: %d results, folder: %d" % (mode, len(results), len(folder)))
            failures += 1
            continue
        equal = 0
        for page, (a, b) in enumerate(zip(folder, results)):
            page_id = os.path.splitext(os.path.basename(a["source"]))[0]
            if b.get("id", b.get("url", "").rsplit("/", 1)[-1]) != page_id:
                print("%s: page %d is %s, folder has %s" % (mode, page, b.get("source"), page_id))
                failures += 1
            elif strip(a) != strip(b):
                print("%s: page %d (%s) differs from folder mode" % (mode, page, page_id))
                failures += 1
            else:
                equal += 1
        print("%s mode: %d of %d pages equal to folder mode" % (mode, equal, len(folder)))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
