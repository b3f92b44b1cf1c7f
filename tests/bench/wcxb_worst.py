#!/usr/bin/env python3
"""Lists the pages of the WCXB dev split where a prediction does worst, with a peer's score on the same page.

    wcxb_worst.py --scorer score_wcxb.py --gold gold.jsonl --pred OURS [--peer DIR] [--top 10] [--type article]
"""
import argparse, json, subprocess, sys


def per_page(scorer, gold, pred):
    out = subprocess.run([sys.executable, scorer, "--gold", gold, "--pred", pred, "--per-page"],
                         check=True, capture_output=True, text=True).stdout
    rows = {}
    for line in out.splitlines():
        parts = line.split("\t")
        if len(parts) >= 5:
            rows[parts[0]] = (parts[1], float(parts[2]), float(parts[3]), float(parts[4]))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--scorer", required=True)
    ap.add_argument("--gold", required=True)
    ap.add_argument("--pred", required=True)
    ap.add_argument("--peer")
    ap.add_argument("--top", type=int, default=10)
    ap.add_argument("--type")
    a = ap.parse_args()
    urls = {r["id"]: r.get("url", "") for r in (json.loads(l) for l in open(a.gold, encoding="utf-8") if l.strip())}
    ours = per_page(a.scorer, a.gold, a.pred)
    peer = per_page(a.scorer, a.gold, a.peer) if a.peer else {}
    rows = [(f, i, t, p, r) for i, (t, p, r, f) in ours.items() if not a.type or t == a.type]
    rows.sort()
    print("id\ttype\tP\tR\tF1\tpeer F1\turl")
    for f, i, t, p, r in rows[:a.top]:
        q = peer.get(i)
        print(f"{i}\t{t}\t{p:.2f}\t{r:.2f}\t{f:.2f}\t{q[3]:.2f}\t{urls.get(i, '')[:80]}" if q else f"{i}\t{t}\t{p:.2f}\t{r:.2f}\t{f:.2f}\t-\t{urls.get(i, '')[:80]}")


if __name__ == "__main__":
    sys.exit(main())
