#!/usr/bin/env python3
"""Sweeps the merged-copy rule of content selection over held-out outputs, to choose its length and share.

A kept paragraph of at least MIN characters, at least SHARE of whose word 3-grams occur in two or more other kept
paragraphs, is dropped (longest first); the rest of each output is scored as it is. Run it on the held-out outputs of
a build without the rule (`cv --out DIR` at commit fb5eccd, before the rule existed):

    git worktree add /tmp/before fb5eccd && cd /tmp/before
    dotnet run -c Release --project tools/NewsScrub.Training -- cv --shared /path/to/shared --out DIR   # about 26 min
    python3 tests/bench/merged_copies.py --shared /path/to/shared --out DIR

Prints Zyte F1/precision (score.py) and the WCXB page-mean F1 (score_wcxb.py) for each setting, and how many pages
change. Paragraphs here are the output's lines, which are the kept segments after reflow: close to what the step sees.
"""
import argparse, collections, json, os, re, subprocess, sys, tempfile

WORD = re.compile(r"\w+")


def shingles(text):
    words = [w.lower() for w in WORD.findall(text)]
    return [tuple(words[i:i + 3]) for i in range(len(words) - 2)]


def drop_merged(lines, min_length, share):
    grams = [shingles(line) for line in lines]
    holders = collections.defaultdict(list)
    for i, gs in enumerate(grams):
        for g in set(gs):
            holders[g].append(i)
    dropped = set()
    for i in sorted(range(len(lines)), key=lambda i: (-len(lines[i]), i)):
        if len(lines[i]) < min_length or not grams[i]:
            continue
        found, sources = 0, set()
        for g in grams[i]:
            other = next((j for j in holders[g] if j != i and j not in dropped), None)
            if other is not None:
                found += 1
                sources.add(other)
        if len(sources) >= 2 and found >= share * len(grams[i]):
            dropped.add(i)
    return [line for i, line in enumerate(lines) if i not in dropped], bool(dropped)


def score(shared, corpus, folder):
    bench = os.path.join(shared, "bench")
    if corpus == "zyte":
        # The JSON goes to a scratch file: the folder scored may be the user's own cv output.
        with tempfile.TemporaryDirectory() as scratch:
            summary = os.path.join(scratch, "score.json")
            subprocess.run([sys.executable, os.path.join(bench, "score.py"), "--gold", os.path.join(bench, "extraction/dev/gold.jsonl"),
                            "--pred", folder, "--json", summary], check=True, capture_output=True, text=True)
            d = json.load(open(summary))
        return f"F1 {d['f1']:.4f} P {d['precision']:.4f}"
    out = subprocess.run([sys.executable, os.path.join(bench, "score_wcxb.py"), "--gold", os.path.join(bench, "extraction/wcxb-dev/gold.jsonl"),
                          "--pred", folder, "--per-page"], check=True, capture_output=True, text=True).stdout
    f1 = [float(row.split("\t")[4]) for row in out.splitlines() if row.count("\t") >= 4]
    return f"F1 {sum(f1) / len(f1):.4f}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared"))
    ap.add_argument("--out", required=True, help="a cv --out folder (zyte-html, zyte-text, wcxb-html, wcxb-text)")
    ap.add_argument("--lengths", default="0,200,400,700,1000")
    ap.add_argument("--shares", default="0.6,0.8,0.9")
    a = ap.parse_args()
    sets = ["zyte-html", "zyte-text", "wcxb-html", "wcxb-text"]
    pages = {s: {f: open(os.path.join(a.out, s, f), encoding="utf-8").read().split("\n") for f in sorted(os.listdir(os.path.join(a.out, s)))} for s in sets}
    print("no rule       " + " | ".join(f"{s} {score(a.shared, s.split('-')[0], os.path.join(a.out, s))}" for s in sets))
    with tempfile.TemporaryDirectory() as scratch:
        for length in (int(x) for x in a.lengths.split(",")):
            for share in (float(x) for x in a.shares.split(",")):
                row = []
                for s in sets:
                    folder = os.path.join(scratch, s)
                    os.makedirs(folder, exist_ok=True)
                    changed = 0
                    for name, lines in pages[s].items():
                        kept, was_changed = drop_merged(lines, max(1, length), share)
                        changed += was_changed
                        open(os.path.join(folder, name), "w", encoding="utf-8").write("\n".join(kept))
                    row.append(f"{s} {score(a.shared, s.split('-')[0], folder)} ({changed} pages)")
                print(f"{length:>5} {share:.2f}    " + " | ".join(row), flush=True)


if __name__ == "__main__":
    main()
