#!/usr/bin/python3
"""newsscrub on a real Dask cluster (scheduler + 2 worker processes on 127.0.0.1), against one process.

Usage: /usr/bin/python3 tests/dask/engine_test.py [PAGES_DIR]   (the Python that has Debian's python3-distributed)

Packs the dev pages (default ../shared/bench/extraction/dev) into 4 shards as WARC.gz and as JSONL
(tests/bench/pack_dev.py), truncates one gzip member of one WARC shard (a poisoned record), builds the CLI in
Release, and runs the jobs of samples/dask/clean_archive.py. Every engine output is compared with
`newsscrub clean --format jsonl` run once over the same shard files by the same build, record for record:

  1. shards job, WARC.gz and JSONL: the parts in order equal the single process's lines, byte for byte; each
     manifest counts its part; the poisoned record is the only error, in its shard's part and manifest.
  2. pipe job (JSONL lines split into partitions, through newsscrub's stdin and stdout): equal, except each
     result's `offset`, which is that of the line within its partition.
  3. resume: a second run of a finished shards job runs nothing; with one manifest deleted and its part replaced by
     junk, only that shard runs again and its part is replaced, not added to.
  4. a lost worker, in a shards job and in a pipe job: the task's first attempt (newsscrub frozen half-way
     through its output in the shards job) tells the driver which worker process holds it, through a marker file,
     and the driver SIGKILLs that process. The job completes; the output still equals the single process's; the
     task ran twice; its part is there once, complete, with no temporary file left.
Exit status 0 when every check holds.
"""
import argparse
import functools
import gzip
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import zlib

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "samples", "dask"))
import clean_archive  # noqa: E402  (the recipe under test)

WORK = os.path.join(ROOT, "artifacts", "dask", "engine")
CLI = os.path.join(ROOT, "src", "NewsScrub.Cli", "bin", "Release", "net10.0", "NewsScrub.Cli.dll")
SHARDS = 4
POISONED_SHARD, POISONED_MEMBER = 1, 5  # member 0 is the warcinfo record
failures = []


STARTED = time.monotonic()


def check(condition, message):
    print("%5.1fs %s %s" % (time.monotonic() - STARTED, "ok  " if condition else "FAIL", message), flush=True)
    if not condition:
        failures.append(message)


# ---- worker side: a task that holds on to its first attempt until the driver kills its worker ----

def claim(path):
    """True for the first caller only (an O_EXCL create), across processes."""
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
        return True
    except FileExistsError:
        return False


def note_attempt(log, what):
    with open(log, "a", encoding="utf-8") as f:
        f.write(json.dumps({"task": what, "worker": os.getpid()}) + "\n")


def write_marker(marker, content):
    with open(marker + ".tmp", "w", encoding="utf-8") as f:
        json.dump(content, f)
    os.replace(marker + ".tmp", marker)


def hold(marker, process, output):
    """Freezes newsscrub once it has written part of its output, tells the driver who holds the task, waits."""
    partial = 0
    if output is not None:
        folder, prefix = os.path.dirname(output), "." + os.path.basename(output) + "."
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and process.poll() is None and partial == 0:
            partial = sum(os.path.getsize(os.path.join(folder, n)) for n in os.listdir(folder)
                          if n.startswith(prefix) and n.endswith(".tmp"))
            time.sleep(0.002)
        if process.poll() is None:
            os.kill(process.pid, signal.SIGSTOP)
    write_marker(marker, {"worker": os.getpid(), "newsscrub": process.pid, "partial_bytes": partial,
                          "newsscrub_finished": process.poll() is not None})
    time.sleep(600)  # the driver kills this process long before


def held_shard(shard, out_dir, index, victim, marker, log):
    note_attempt(log, index)
    if index == victim and claim(marker + ".claimed"):
        return clean_archive.clean_shard(shard, out_dir, index, on_started=functools.partial(hold, marker))
    return clean_archive.clean_shard(shard, out_dir, index)


def held_partition(lines, victim_id, marker, log):
    lines = list(lines)
    mine = any(line.startswith('{"id": "%s"' % victim_id) for line in lines)
    note_attempt(log, victim_id if mine else None)
    if mine and claim(marker + ".claimed"):
        return clean_archive.pipe_partition(lines, on_started=functools.partial(hold, marker))
    return clean_archive.pipe_partition(lines)


# ---- driver side ----

def build():
    subprocess.run(["dotnet", "build", os.path.join(ROOT, "src", "NewsScrub.Cli"), "-c", "Release", "-v", "q", "-nologo"],
                   check=True, stdout=subprocess.DEVNULL)
    os.environ["NEWSSCRUB"] = "dotnet " + CLI


def poison(path, member):
    """Cuts gzip member `member` of a WARC.gz in half; returns its offset."""
    data = open(path, "rb").read()
    offsets, position = [], 0
    while position < len(data):
        offsets.append(position)
        inflater = zlib.decompressobj(wbits=31)
        inflater.decompress(data[position:])
        position = len(data) - len(inflater.unused_data)
    start, end = offsets[member], offsets[member + 1]
    with open(path, "wb") as f:
        f.write(data[:start] + data[start:start + (end - start) // 2] + data[end:])
    return start


def single_process(inputs):
    done = subprocess.run(clean_archive.newsscrub_command() + clean_archive.CLEAN + inputs, capture_output=True, check=False)
    if done.returncode not in (0, 1):
        sys.exit("single process failed: " + done.stderr.decode("utf-8", "replace"))
    return clean_archive.lines_of(done.stdout.decode("utf-8"))


def read_parts(out_dir, count):
    lines = []
    for i in range(count):
        with open(clean_archive.part_paths(out_dir, i)[0], encoding="utf-8", newline="") as f:
            lines.append(clean_archive.lines_of(f.read()))
    return lines


def without_offset(line):
    """A pipe job's result as comparable with one process's: `offset` is within the partition there."""
    result = json.loads(line)
    result.pop("offset", None)
    if "error" in result:
        result.pop("source", None)
    return result


def check_shards_job(name, inputs, out_dir, expected, manifests):
    parts = read_parts(out_dir, len(inputs))
    union = [line for part in parts for line in part]
    check(union == expected, "%s: the parts in order equal one process's %d lines, byte for byte" % (name, len(expected)))
    sources = [json.loads(line)["source"] for line in union]
    check(len(set(sources)) == len(sources), "%s: every record appears once (%d distinct sources)" % (name, len(set(sources))))
    check(all(m["records"] == len(p) == m["results"] + m["errors"] for m, p in zip(manifests, parts)),
          "%s: each manifest counts its part: %s" % (name, [(m["records"], m["errors"]) for m in manifests]))
    leftovers = sorted(n for n in os.listdir(out_dir) if n.endswith(".tmp"))
    check(not leftovers, "%s: no temporary file left (%s)" % (name, leftovers))
    return parts


def run_with_kill(job, marker, timeout=180):
    """Runs job() on a thread; when the marker appears, SIGKILLs the worker process named in it."""
    outcome = {}

    def target():
        try:
            outcome["result"] = job()
        except BaseException as exception:  # reported by the caller
            outcome["error"] = exception

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not os.path.exists(marker) and time.monotonic() < deadline and thread.is_alive():
        time.sleep(0.01)
    if not os.path.exists(marker):
        thread.join(timeout)
        return outcome, None
    held = json.load(open(marker, encoding="utf-8"))
    os.kill(held["worker"], signal.SIGKILL)
    thread.join(timeout)
    if thread.is_alive():
        outcome["error"] = TimeoutError("the job did not complete within %d s of the kill" % timeout)
    return outcome, held


def gone(pid):
    """True when no process has this pid (or only its unreaped zombie)."""
    try:
        with open("/proc/%d/stat" % pid, encoding="ascii") as f:
            return f.read().rsplit(")", 1)[1].split()[0] == "Z"
    except FileNotFoundError:
        return True


def listening(pids):
    """The addresses the given processes listen on (TCP, from /proc): 'host:port'."""
    inodes = set()
    for pid in pids:
        for fd in os.listdir("/proc/%d/fd" % pid):
            try:
                link = os.readlink("/proc/%d/fd/%s" % (pid, fd))
            except OSError:
                continue
            if link.startswith("socket:["):
                inodes.add(link[len("socket:["):-1])
    addresses = []
    for table, loopback in (("/proc/net/tcp", "0100007F"), ("/proc/net/tcp6", "0" * 24 + "01000000")):
        with open(table, encoding="ascii") as f:
            for fields in (line.split() for line in f.readlines()[1:]):
                if fields[3] == "0A" and fields[9] in inodes:  # 0A: LISTEN
                    host, port = fields[1].split(":")
                    addresses.append(("127.0.0.1" if host[-2:] == "7F" and len(host) == 8 else
                                      "::1" if host == loopback else host) + ":%d" % int(port, 16))
    return addresses


def attempts(log, task):
    with open(log, encoding="utf-8") as f:
        return [a["worker"] for a in map(json.loads, f) if a["task"] == task]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pages", nargs="?", default=os.path.join(ROOT, "..", "shared", "bench", "extraction", "dev"))
    args = parser.parse_args()
    if not os.path.isdir(args.pages):
        sys.exit("no pages at %s (the shared benchmark folder beside the repository)" % args.pages)
    os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "error")  # the kill makes Dask log warnings by design
    distributed = clean_archive.import_distributed()
    Client = distributed.Client

    build()
    print("%5.1fs built %s" % (time.monotonic() - STARTED, CLI), flush=True)
    shutil.rmtree(WORK, ignore_errors=True)
    data = os.path.join(WORK, "data")
    subprocess.run([sys.executable, os.path.join(ROOT, "tests", "bench", "pack_dev.py"), args.pages, data, "--shards", str(SHARDS)],
                   check=True, stdout=subprocess.DEVNULL)
    warcs = [os.path.join(data, "dev-%05d.warc.gz" % k) for k in range(SHARDS)]
    jsonls = [os.path.join(data, "dev-%05d.jsonl" % k) for k in range(SHARDS)]
    poisoned_offset = poison(warcs[POISONED_SHARD], POISONED_MEMBER)
    expected_warc = single_process(warcs)
    expected_jsonl = single_process(jsonls)
    pages = len([n for n in os.listdir(args.pages) if n.lower().endswith((".html", ".htm"))])
    check(len(expected_warc) == len(expected_jsonl) == pages, "one process: %d WARC and %d JSONL lines for %d pages"
          % (len(expected_warc), len(expected_jsonl), pages))

    with clean_archive.local_cluster(2) as cluster, \
            Client(cluster) as client:
        workers = sorted(client.run(os.getpid).values())
        addresses = listening([os.getpid()] + workers)
        check(addresses and all(a.startswith(("127.", "::1:")) for a in addresses),
              "cluster: scheduler %s and worker processes %s listen on 127.0.0.1 only: %s" % (cluster.scheduler_address, workers, sorted(addresses)))

        # 1. shards jobs
        out_warc = os.path.join(WORK, "shards-warc")
        manifests = clean_archive.run_shards(client, warcs, out_warc)
        parts = check_shards_job("shards WARC.gz", warcs, out_warc, expected_warc, manifests)
        errors = [(i, json.loads(line)) for i, part in enumerate(parts) for line in part if "error" in json.loads(line)]
        check(len(errors) == 1 and errors[0][0] == POISONED_SHARD and errors[0][1]["offset"] == poisoned_offset
              and errors[0][1]["source"] == "%s@%d" % (warcs[POISONED_SHARD], poisoned_offset),
              "poisoned record: the only error, in shard %d at offset %d: %s" % (POISONED_SHARD, poisoned_offset, errors and errors[0][1]))
        check([m["errors"] for m in manifests] == [1 if i == POISONED_SHARD else 0 for i in range(SHARDS)]
              and sum(m["results"] for m in manifests) == pages - 1,
              "poisoned record: counted in its shard's manifest only; the %d other records are cleaned" % (pages - 1))

        out_jsonl = os.path.join(WORK, "shards-jsonl")
        check_shards_job("shards JSONL", jsonls, out_jsonl, expected_jsonl, clean_archive.run_shards(client, jsonls, out_jsonl))

        # 2. pipe job: JSONL split into partitions of about 2 MB (2 or 3 per shard file)
        out_pipe = os.path.join(WORK, "pipe.jsonl")
        records, _ = clean_archive.run_pipe(client, jsonls, out_pipe, split_bytes=2 << 20)
        piped = clean_archive.lines_of(open(out_pipe, encoding="utf-8", newline="").read())
        check(records == len(piped) and list(map(without_offset, piped)) == list(map(without_offset, expected_jsonl)),
              "pipe JSONL: %d lines equal one process's, record for record (offsets within partitions aside)" % len(piped))

        # 3. resume
        inodes = [os.stat(clean_archive.part_paths(out_warc, i)[0]).st_ino for i in range(SHARDS)]
        clean_archive.run_shards(client, warcs, out_warc)
        check([os.stat(clean_archive.part_paths(out_warc, i)[0]).st_ino for i in range(SHARDS)] == inodes,
              "resume: a finished job run again rewrites nothing")
        part2, manifest2 = clean_archive.part_paths(out_warc, 2)
        os.remove(manifest2)
        with open(part2, "w", encoding="utf-8") as f:
            f.write("junk of an earlier attempt\n")
        rerun = clean_archive.run_shards(client, warcs, out_warc)
        again = [os.stat(clean_archive.part_paths(out_warc, i)[0]).st_ino for i in range(SHARDS)]
        check(again[:2] + again[3:] == inodes[:2] + inodes[3:] and again[2] != inodes[2],
              "resume: with one manifest gone, only that shard runs again")
        check_shards_job("resume", warcs, out_warc, expected_warc, rerun)

        # 4. a lost worker
        for name, victim, job in [
            ("lost worker, shards WARC.gz", 3,
             lambda out, marker, log: clean_archive.run_shards(
                 client, warcs, out, task=functools.partial(held_shard, victim=3, marker=marker, log=log))),
            ("lost worker, pipe JSONL", json.loads(open(jsonls[2], encoding="utf-8").readline())["id"],
             lambda out, marker, log: clean_archive.run_pipe(
                 client, jsonls, out, split_bytes=2 << 20, task=functools.partial(held_partition, victim_id=victim, marker=marker, log=log))),
        ]:
            client.wait_for_workers(2, timeout=60)
            out = os.path.join(WORK, name.replace(" ", "-").replace(",", ""))
            marker, log = out + ".held", out + ".attempts"
            outcome, held = run_with_kill(functools.partial(job, out if "shards" in name else out + ".jsonl", marker, log), marker)
            check(held is not None and "error" not in outcome,
                  "%s: the job completes after SIGKILL of worker process %s holding the task (%s)"
                  % (name, held and held["worker"], outcome.get("error") or held))
            if held is None or "error" in outcome:
                continue
            check(gone(held["worker"]) and gone(held["newsscrub"]), "%s: the worker and its newsscrub (pid %d) are gone"
                  % (name, held["newsscrub"]))
            if not gone(held["newsscrub"]):
                os.kill(held["newsscrub"], signal.SIGKILL)  # frozen, and no setpriv to end it with its worker
            tries = attempts(log, victim)
            check(len(tries) == 2 and tries[0] == held["worker"] and tries[1] != held["worker"],
                  "%s: the task ran twice, the second time in worker process %s" % (name, tries[1:]))
            if "shards" in name:
                parts = check_shards_job(name, warcs, out, expected_warc, outcome["result"])
                victim_sources = [json.loads(line)["source"] for line in parts[victim]]
                check(len(parts[victim]) == outcome["result"][victim]["records"] == len(set(victim_sources)) > 0,
                      "%s: the killed task's part holds its %d records once (the first attempt had written %d bytes under a temporary name%s)"
                      % (name, len(parts[victim]), held["partial_bytes"], ", then finished" if held["newsscrub_finished"] else ""))
            else:
                piped = clean_archive.lines_of(open(out + ".jsonl", encoding="utf-8", newline="").read())
                check(list(map(without_offset, piped)) == list(map(without_offset, expected_jsonl)),
                      "%s: %d lines equal one process's, record for record" % (name, len(piped)))

    print("engine test: %d checks failed, %.0f s" % (len(failures), time.monotonic() - STARTED))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
