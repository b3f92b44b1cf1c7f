#!/usr/bin/env python3
"""Throughput and peak memory of `newsscrub clean` in batch mode, at 1 and 2 threads, on 1x and 10x the dev pages.

Usage: tests/bench/scale_bench.py [--copies 10] [PAGES_DIR]

Packs the dev pages (pack_dev.py) as WARC.gz and JSONL, once and COPIES times over, into artifacts/scale/;
builds the CLI in Release; runs each case under `/usr/bin/time -v` with --format jsonl to /dev/null; prints a
Markdown table (also written to artifacts/scale/bench.md). MB/s is uncompressed HTML per wall-clock second;
CPU use is (user + system) / wall time
(up to 200% on 2 cores: below that, the process got less CPU than it could use); peak memory is the maximum
resident set size. Needs GNU time: `apt-get install -y time` if /usr/bin/time is missing.
The machine may be shared: compare ratios within one run, not absolute figures across runs.
"""
import argparse
import os
import re
import subprocess
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "artifacts", "scale")
CLI = os.path.join(ROOT, "src", "NewsScrub.Cli", "bin", "Release", "net10.0", "NewsScrub.Cli.dll")
TIME = "/usr/bin/time"


def measure(args):
    command = [TIME, "-v", "dotnet", CLI, "clean", "--format", "jsonl", "--quiet"] + args
    with open(os.devnull, "wb") as devnull:
        done = subprocess.run(command, stdout=devnull, stderr=subprocess.PIPE, text=True, check=False)
    report = done.stderr
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", report)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", report)
    user = re.search(r"User time \(seconds\): ([\d.]+)", report)
    system = re.search(r"System time \(seconds\): ([\d.]+)", report)
    if not wall or not rss or not user or not system:
        sys.exit("could not read /usr/bin/time output:\n" + report)
    seconds = int(wall.group(1) or 0) * 3600 + int(wall.group(2)) * 60 + float(wall.group(3))
    return done.returncode, seconds, int(rss.group(1)) / 1024.0, float(user.group(1)) + float(system.group(1))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pages", nargs="?", default=os.path.join(ROOT, "..", "shared", "bench", "extraction", "dev"))
    parser.add_argument("--copies", type=int, default=10)
    args = parser.parse_args()
    if not os.path.exists(TIME):
        sys.exit("/usr/bin/time is missing: install GNU time with `apt-get install -y time` (Debian/Ubuntu) and run again")

    subprocess.run(["dotnet", "build", os.path.join(ROOT, "src", "NewsScrub.Cli"), "-c", "Release", "-v", "q", "-nologo"],
                   check=True, stdout=subprocess.DEVNULL)
    pack = os.path.join(ROOT, "tests", "bench", "pack_dev.py")
    subprocess.run([sys.executable, pack, args.pages, OUT], check=True)
    subprocess.run([sys.executable, pack, args.pages, OUT, "--copies", str(args.copies)], check=True)
    html_mb = sum(os.path.getsize(os.path.join(args.pages, n)) for n in os.listdir(args.pages)
                  if n.lower().endswith((".html", ".htm"))) / 1048576.0
    big = "dev-x%d" % args.copies
    cases = [
        ("folder", 1, args.pages, 1), ("folder", 1, args.pages, 2),
        ("warc.gz", 1, os.path.join(OUT, "dev.warc.gz"), 1), ("warc.gz", 1, os.path.join(OUT, "dev.warc.gz"), 2),
        ("warc.gz", args.copies, os.path.join(OUT, big + ".warc.gz"), 1), ("warc.gz", args.copies, os.path.join(OUT, big + ".warc.gz"), 2),
        ("jsonl", 1, os.path.join(OUT, "dev.jsonl"), 2), ("jsonl", args.copies, os.path.join(OUT, big + ".jsonl"), 2),
    ]
    rows = ["| input | size | threads | HTML MB | wall s | MB/s | CPU s | CPU use | MB per CPU s | peak RSS MB |",
            "|---|---|---|---|---|---|---|---|---|---|"]
    figures = {}
    for kind, copies, path, threads in cases:
        # Best of two runs for the time (the machine is shared), worst of two for the memory.
        runs = [measure(["--parallel", str(threads), path]) for _ in range(2)]
        for code, _, _, _ in runs:
            if code != 0:
                sys.exit("newsscrub exited with %d on %s" % (code, path))
        seconds, cpu = min((r[1], r[3]) for r in runs)
        rss = max(r[2] for r in runs)
        mb = html_mb * copies
        figures[(kind, copies, threads)] = (mb / seconds, rss)
        rows.append("| %s | %dx | %d | %.1f | %.1f | %.2f | %.1f | %.0f%% | %.2f | %.0f |" % (
            kind, copies, threads, mb, seconds, mb / seconds, cpu, 100 * cpu / seconds, mb / cpu, rss))
        print(rows[-1], flush=True)

    def ratio(a, b):
        return figures[a][0] / figures[b][0]

    def memory(a, b):
        return figures[a][1] / figures[b][1]

    n = args.copies
    rows.append("")
    rows.append("- speed-up 2 threads / 1 thread: folder %.2fx, warc.gz %dx %.2fx" % (
        ratio(("folder", 1, 2), ("folder", 1, 1)), n, ratio(("warc.gz", n, 2), ("warc.gz", n, 1))))
    rows.append("- peak memory %dx input / 1x input: warc.gz 1 thread %.2f, 2 threads %.2f; jsonl 2 threads %.2f" % (
        n, memory(("warc.gz", n, 1), ("warc.gz", 1, 1)), memory(("warc.gz", n, 2), ("warc.gz", 1, 2)), memory(("jsonl", n, 2), ("jsonl", 1, 2))))
    load = open("/proc/loadavg", encoding="ascii").read().split()[:3] if os.path.exists("/proc/loadavg") else ["?"] * 3
    rows.append("- load average at the end (1, 5, 15 min) on %d cores: %s" % (os.cpu_count() or 0, ", ".join(load)))
    table = "\n".join(rows)
    with open(os.path.join(OUT, "bench.md"), "w", encoding="utf-8") as f:
        f.write(table + "\n")
    print("\n".join(rows[-4:]))


if __name__ == "__main__":
    main()
