#!/usr/bin/env python3
"""Scores a prediction folder with WCXB's own metric (score_wcxb.py, per page type) and prints it beside peers'
scores on the same pages, one line per page type and one for all pages.

    wcxb_compare.py --scorer score_wcxb.py --gold gold.jsonl --pred OURS [--peer NAME=DIR ...]

The last line is always "F1 <ours> ... trafilatura <theirs>" for the whole split.
"""
import argparse, re, subprocess, sys

LINE = re.compile(r"^(?:(\S+)\s+)?F1 ([0-9.]+)\s+precision ([0-9.]+)\s+recall ([0-9.]+).*empty (\d+)\s+pages (\d+)")


def score(scorer, gold, pred):
    out = subprocess.run([sys.executable, scorer, "--gold", gold, "--pred", pred, "--per-type"],
                         check=True, capture_output=True, text=True).stdout
    rows = {}
    for line in out.splitlines():
        m = LINE.match(line.strip())
        if m:
            rows[m.group(1) or "all"] = dict(f1=float(m.group(2)), p=float(m.group(3)), r=float(m.group(4)),
                                             empty=int(m.group(5)), pages=int(m.group(6)))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--scorer", required=True)
    ap.add_argument("--gold", required=True)
    ap.add_argument("--pred", required=True)
    ap.add_argument("--peer", action="append", default=[])
    a = ap.parse_args()
    ours = score(a.scorer, a.gold, a.pred)
    peers = [(name, score(a.scorer, a.gold, path)) for name, path in (p.split("=", 1) for p in a.peer)]
    header = f"{'type':<14} {'pages':>5}  {'F1':>6} {'P':>6} {'R':>6} {'empty':>5}" + "".join(f"  {name + ' F1':>16} {'empty':>5}" for name, _ in peers)
    print(header)
    for kind in sorted(k for k in ours if k != "all") + ["all"]:
        o = ours[kind]
        row = f"{kind:<14} {o['pages']:>5}  {o['f1']:>6.3f} {o['p']:>6.3f} {o['r']:>6.3f} {o['empty']:>5}"
        for _, peer in peers:
            q = peer.get(kind)
            row += f"  {q['f1']:>16.3f} {q['empty']:>5}" if q else f"  {'-':>16} {'-':>5}"
        print(row)
    o = ours["all"]
    print(f"F1 {o['f1']:.3f}  precision {o['p']:.3f}  recall {o['r']:.3f}  empty {o['empty']}  pages {o['pages']}"
          + "".join(f"  {name} {peer['all']['f1']:.3f} empty {peer['all']['empty']}" for name, peer in peers))


if __name__ == "__main__":
    sys.exit(main())
