#!/usr/bin/python3
"""Throughput of the Dask shards job (samples/dask/clean_archive.py) with 1 and 2 worker processes, beside one
newsscrub process with 1 and 2 threads over the same shards, all measured in one run.

Usage: /usr/bin/python3 tests/dask/dask_bench.py [--copies 8] [--shards 4] [--repeat 3] [PAGES_DIR]

Packs the dev pages COPIES times over into SHARDS WARC.gz files (tests/bench/pack_dev.py), builds the CLI in
Release, and times each case REPEAT times, the cases taking turns (best wall time kept); every case writes its
output and manifest to disk. The Dask cases are timed from submitting the job to the last manifest (the clusters
are started before the clock). MB is uncompressed HTML. CPU s is what the newsscrub processes used (user +
system; for Dask, read in each worker process); CPU use is that over the wall time (at most 200% on 2 cores).
Prints a Markdown table, also written to artifacts/dask/bench.md. The machine may be shared: compare within one
run.
"""
import argparse
import os
import resource
import shutil
import subprocess
import sys
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "samples", "dask"))
import clean_archive  # noqa: E402

WORK = os.path.join(ROOT, "artifacts", "dask", "bench")
CLI = os.path.join(ROOT, "src", "NewsScrub.Cli", "bin", "Release", "net10.0", "NewsScrub.Cli.dll")


def children_cpu():
    """CPU seconds of this process's finished children (newsscrub runs), user and system."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_single(shards, threads):
    """One newsscrub over every shard, writing its output and manifest as a Dask task does."""
    out = os.path.join(WORK, "out-single")
    command = clean_archive.newsscrub_command() + ["clean", "--format", "jsonl", "--quiet", "--parallel", str(threads),
                                                   "--out-file", out + ".jsonl", "--manifest", out + ".manifest.json"] + shards
    cpu, start = children_cpu(), time.monotonic()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    seconds, cpu = time.monotonic() - start, children_cpu() - cpu
    if done.returncode != 0:
        sys.exit("newsscrub failed: " + done.stderr.decode("utf-8", "replace"))
    os.remove(out + ".jsonl")
    os.remove(out + ".manifest.json")
    return seconds, cpu


def time_dask(client, shards, name):
    out = os.path.join(WORK, "out-" + name)
    shutil.rmtree(out, ignore_errors=True)
    cpu, start = sum(client.run(children_cpu).values()), time.monotonic()
    manifests = clean_archive.run_shards(client, shards, out)
    seconds = time.monotonic() - start
    cpu = sum(client.run(children_cpu).values()) - cpu  # the workers' newsscrub runs
    if sum(m["errors"] for m in manifests):
        sys.exit("errors in the Dask job: %s" % manifests)
    shutil.rmtree(out, ignore_errors=True)
    return seconds, cpu


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pages", nargs="?", default=os.path.join(ROOT, "..", "shared", "bench", "extraction", "dev"))
    parser.add_argument("--copies", type=int, default=8)
    parser.add_argument("--shards", type=int, default=4)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "error")

    subprocess.run(["dotnet", "build", os.path.join(ROOT, "src", "NewsScrub.Cli"), "-c", "Release", "-v", "q", "-nologo"],
                   check=True, stdout=subprocess.DEVNULL)
    os.environ["NEWSSCRUB"] = "dotnet " + CLI
    shutil.rmtree(WORK, ignore_errors=True)
    subprocess.run([sys.executable, os.path.join(ROOT, "tests", "bench", "pack_dev.py"), args.pages, WORK,
                    "--copies", str(args.copies), "--shards", str(args.shards)], check=True, stdout=subprocess.DEVNULL)
    stem = "dev" if args.copies == 1 else "dev-x%d" % args.copies
    shards = [os.path.join(WORK, "%s-%05d.warc.gz" % (stem, k)) for k in range(args.shards)]
    html_mb = args.copies * sum(os.path.getsize(os.path.join(args.pages, n)) for n in os.listdir(args.pages)
                                if n.lower().endswith((".html", ".htm"))) / 1048576.0

    distributed = clean_archive.import_distributed()
    Client = distributed.Client

    names = ["one process, --parallel 1", "one process, --parallel 2", "Dask, 1 worker process", "Dask, 2 worker processes"]
    best = {}
    clusters = [clean_archive.local_cluster(n) for n in (1, 2)]
    clients = [Client(cluster) for cluster in clusters]
    try:
        for _ in range(args.repeat):  # the cases take turns, so that a change in the machine's load hits them alike
            runs = [lambda: time_single(shards, 1), lambda: time_single(shards, 2),
                    lambda: time_dask(clients[0], shards, "1w"), lambda: time_dask(clients[1], shards, "2w")]
            for name, run in zip(names, runs):
                measured = run()
                best[name] = min(best.get(name, measured), measured)
    finally:
        for client, cluster in zip(clients, clusters):
            client.close()
            cluster.close()
    rows = [(name, best[name][0], best[name][1]) for name in names]

    seconds = {name: wall for name, wall, _ in rows}
    lines = [
        "%d pages x %d copies in %d WARC.gz shards, %.1f MB of HTML; best of %d; newsscrub --parallel 1 in each Dask task"
        % (len([n for n in os.listdir(args.pages) if n.lower().endswith((".html", ".htm"))]), args.copies, args.shards, html_mb, args.repeat),
        "",
        "| run | wall s | MB/s | newsscrub CPU s | CPU use | MB per CPU s |",
        "|---|---|---|---|---|---|",
    ] + ["| %s | %.1f | %.2f | %.1f | %.0f%% | %.2f |" % (name, wall, html_mb / wall, cpu, 100 * cpu / wall, html_mb / cpu)
         for name, wall, cpu in rows] + [
        "",
        "- Dask 2 workers / 1 worker: %.2fx" % (seconds["Dask, 1 worker process"] / seconds["Dask, 2 worker processes"]),
        "- one process 2 threads / 1 thread: %.2fx" % (seconds["one process, --parallel 1"] / seconds["one process, --parallel 2"]),
        "- Dask 1 worker / one process 1 thread: %.2fx" % (seconds["one process, --parallel 1"] / seconds["Dask, 1 worker process"]),
        "- load average at the end (1, 5, 15 min) on %d cores: %s" % (os.cpu_count(), ", ".join("%.2f" % x for x in os.getloadavg())),
    ]
    report = "\n".join(lines) + "\n"
    print(report, end="")
    with open(os.path.join(ROOT, "artifacts", "dask", "bench.md"), "w", encoding="utf-8") as f:
        f.write(report)


if __name__ == "__main__":
    main()
