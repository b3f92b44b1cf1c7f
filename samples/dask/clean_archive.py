#!/usr/bin/python3
"""Cleans an archive on a Dask cluster, with newsscrub as the task's program (the same command line as Hadoop
Streaming and Spark `pipe` in docs/scale.md: only the launcher differs).

Two job shapes:

  pipe    JSONL input split into partitions by lines (as Spark's textFile and Hadoop's TextInputFormat split it);
          each partition is written to the stdin of `newsscrub clean --input jsonl --format jsonl -` and its stdout
          lines are the partition's results (as Spark's RDD.pipe); the results are written to OUT in input order.
          Each result's `offset` is that of its line within its partition.
  shards  each input file (a WARC, a JSONL part, a folder) is one task, which runs
          `newsscrub clean --format jsonl --out-file OUT/part-NNNNN.jsonl --manifest OUT/part-NNNNN.manifest.json FILE`:
          the part appears only when complete (written under a temporary name, then renamed), so a task that is run
          again replaces its part instead of adding to it; a job that is run again skips the shards whose manifest
          exists (resume). The parts in order are the results in input order.

Usage:
  clean_archive.py pipe   [--workers N | --scheduler ADDRESS] [--split-mb M] -o OUT.jsonl INPUT.jsonl...
  clean_archive.py shards [--workers N | --scheduler ADDRESS] -o OUT_DIR INPUT...

Without --scheduler a local cluster of N worker processes (default 2, one thread each) is started on 127.0.0.1.
newsscrub is the command in $NEWSSCRUB (e.g. "dotnet /opt/newsscrub/NewsScrub.Cli.dll") or `newsscrub` on PATH;
with --scheduler it must be runnable under that name on every worker, and the paths must be the same there (a
shared disk). Needs Python's `distributed` (Debian: python3-distributed).
"""
import argparse
import glob
import json
import os
import shlex
import shutil
import subprocess
import sys
import uuid

# Records are cleaned one at a time in each newsscrub: the engine supplies the parallelism (one task per core).
CLEAN = ["clean", "--format", "jsonl", "--quiet", "--parallel", "1"]


def newsscrub_command():
    """The newsscrub command as a list; on Linux wrapped so that it dies with the worker that started it."""
    command = shlex.split(os.environ.get("NEWSSCRUB", "newsscrub"))
    setpriv = shutil.which("setpriv")
    return ([setpriv, "--pdeathsig", "KILL", "--"] if setpriv and sys.platform.startswith("linux") else []) + command


def lines_of(text):
    """Lines split at '\n' only, as JSONL is (str.splitlines also splits at U+2028, U+0085 and others)."""
    lines = text.split("\n")
    return lines[:-1] if lines and lines[-1] == "" else lines


def _is_record(line):
    """newsscrub's rule for JSONL: a line of only spaces, tabs and CRs is no record."""
    return line.strip(" \t\r\n") != ""


def pipe_partition(lines, command=None, on_started=None):
    """A partition of JSONL lines through newsscrub's stdin and stdout: one output line per record, in order."""
    lines = [line if line.endswith("\n") else line + "\n" for line in lines]
    process = subprocess.Popen((command or newsscrub_command()) + CLEAN + ["--input", "jsonl", "-"],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if on_started:
        on_started(process, None)
    stdout, stderr = process.communicate("".join(lines).encode("utf-8"))
    results = lines_of(stdout.decode("utf-8"))
    expected = sum(1 for line in lines if _is_record(line))
    # Exit 1 means some records failed; they are error lines in the output like Spark's `sh -c '...; [ $? -le 1 ]'`.
    if process.returncode not in (0, 1) or len(results) != expected:
        raise RuntimeError("newsscrub exited %d with %d lines for %d records: %s"
                           % (process.returncode, len(results), expected, stderr.decode("utf-8", "replace")[-2000:]))
    return results


def part_paths(out_dir, index):
    stem = os.path.join(out_dir, "part-%05d" % index)
    return stem + ".jsonl", stem + ".manifest.json"


def read_manifest(path, shard):
    """The manifest of a finished shard, or None; a manifest for another input is an error (the job changed)."""
    try:
        with open(path, encoding="utf-8") as f:
            manifest = json.loads(f.readline())
    except FileNotFoundError:
        return None
    if manifest.get("input") != [shard]:
        raise RuntimeError("%s is for %s, not %s: use a new output folder for new inputs" % (path, manifest.get("input"), shard))
    return manifest


def clean_shard(shard, out_dir, index, command=None, on_started=None):
    """One task of a shards job: cleans one input into its part and manifest, unless the manifest is there."""
    output, manifest_path = part_paths(out_dir, index)
    done = read_manifest(manifest_path, shard)
    if done is not None:
        return done
    process = subprocess.Popen((command or newsscrub_command()) + CLEAN + ["--out-file", output, "--manifest", manifest_path, "--", shard],
                               stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if on_started:
        on_started(process, output)
    _, stderr = process.communicate()
    manifest = read_manifest(manifest_path, shard)
    if process.returncode not in (0, 1) or manifest is None:
        raise RuntimeError("newsscrub exited %d on %s without a manifest: %s"
                           % (process.returncode, shard, stderr.decode("utf-8", "replace")[-2000:]))
    return manifest


def run_pipe(client, inputs, out, split_bytes=32 << 20, task=pipe_partition):
    """A pipe job: returns (records, errors); the results are in OUT, in input order."""
    import dask.bag

    lines = dask.bag.read_text([os.path.abspath(path) for path in inputs], blocksize=split_bytes, linedelimiter="\n")
    partitions = client.compute(lines.map_partitions(task).to_delayed())
    records = errors = 0
    temporary = out + ".%d.tmp" % os.getpid()
    try:
        with open(temporary, "w", encoding="utf-8", newline="\n") as f:
            for partition in partitions:  # in input order; each is released once written
                for line in partition.result():
                    f.write(line + "\n")
                    records += 1
                    errors += "error" in json.loads(line)
                partition.release()
        os.replace(temporary, out)
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)
    return records, errors


def run_shards(client, inputs, out_dir, task=clean_shard):
    """A shards job: returns the manifests in input order; shards with a manifest already are not run again."""
    os.makedirs(out_dir, exist_ok=True)
    inputs = [os.path.abspath(path) for path in inputs]
    out_dir = os.path.abspath(out_dir)
    manifests = [read_manifest(part_paths(out_dir, i)[1], shard) for i, shard in enumerate(inputs)]
    pending = [i for i, manifest in enumerate(manifests) if manifest is None]
    job = uuid.uuid4().hex[:8]  # task names unique to this job, so no result of an earlier job is reused
    futures = client.map(task, [inputs[i] for i in pending], [out_dir] * len(pending), pending,
                         key=["newsscrub-%s-shard-%05d" % (job, i) for i in pending])
    for i, future in zip(pending, futures):
        manifests[i] = future.result()
    # Temporary files of attempts that died (a lost worker) are left behind by them; with every shard done, no
    # attempt of this job is still writing.
    for leftover in glob.glob(os.path.join(out_dir, ".part-*.tmp")):
        os.remove(leftover)
    return manifests


def import_distributed():
    """Dask's distributed module, or an exit naming the fix (it is often installed for another Python)."""
    try:
        import distributed
    except ImportError:
        sys.exit("%s cannot import Dask's 'distributed': install it (Debian: apt-get install python3-distributed) and run "
                 "this with the Python it is installed for (Debian's: /usr/bin/python3)" % sys.executable)
    return distributed


def local_cluster(workers):
    """A scheduler and `workers` worker processes of one thread each, listening on 127.0.0.1 only, on free ports
    (their HTTP endpoints too, which otherwise listen on every interface; without bokeh they serve no dashboard)."""
    distributed = import_distributed()
    return distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                    host="127.0.0.1", dashboard_address="127.0.0.1:0",
                                    worker_dashboard_address="127.0.0.1:0")


def start_client(args):
    distributed = import_distributed()
    if args.scheduler:
        return distributed.Client(args.scheduler), None
    cluster = local_cluster(args.workers)
    return distributed.Client(cluster), cluster


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=["pipe", "shards"])
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("-o", "--out", required=True, help="pipe: the output file; shards: the output folder")
    parser.add_argument("--workers", type=int, default=2, help="worker processes of the local cluster (default 2)")
    parser.add_argument("--scheduler", help="address of a running scheduler (tcp://host:8786) instead of a local cluster")
    parser.add_argument("--split-mb", type=int, default=32, help="pipe: partition size in MB of input (default 32)")
    args = parser.parse_args()

    client, cluster = start_client(args)
    try:
        if args.mode == "pipe":
            records, errors = run_pipe(client, args.inputs, args.out, args.split_mb << 20)
            print("%d records, %d errors -> %s" % (records, errors, args.out))
        else:
            manifests = run_shards(client, args.inputs, args.out)
            print("%d shards: %d records, %d results, %d errors, %d characters removed -> %s/part-*.jsonl" % (
                len(manifests), *(sum(m[k] for m in manifests) for k in ("records", "results", "errors", "charactersRemoved")), args.out))
            errors = sum(m["errors"] for m in manifests)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
