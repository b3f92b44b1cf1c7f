#!/usr/bin/env python3
"""Shows what a prediction got wrong on one benchmark page: lines it added (+) and gold paragraphs it missed (-).
Usage: tests/bench/page-diff.py GOLD.jsonl PRED_DIR ID_PREFIX [--all]"""
import json, re, sys, os
WORD = re.compile(r"\w+")
def shingles(tokens, n=4):
    return {tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1))} if tokens else set()
def contained(tokens, other):
    """Share of a line's shingles found in the other text; lines under 4 tokens count when they occur in it whole."""
    if len(tokens) < 4:
        joined = " " + " ".join(other) + " "
        return 1.0 if " " + " ".join(tokens) + " " in joined else 0.0
    s = shingles(tokens)
    return len(s & shingles(other)) / len(s)
gold_path, pred_dir, prefix = sys.argv[1:4]
show_all = "--all" in sys.argv
for line in open(gold_path, encoding="utf-8"):
    rec = json.loads(line)
    if not rec["id"].startswith(prefix):
        continue
    path = os.path.join(pred_dir, rec["id"] + ".txt")
    pred = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
    gold = rec["articleBody"]
    gt = WORD.findall(gold); pt = WORD.findall(pred)
    print("#", rec["id"], rec["url"])
    for para in pred.split("\n"):
        t = WORD.findall(para)
        if not t: continue
        hit = contained(t, gt)
        if hit < 0.5 or show_all:
            print(f"+ {hit:.2f} {para[:300]}")
    for para in gold.split("\n"):
        t = WORD.findall(para)
        if not t: continue
        hit = contained(t, pt)
        if hit < 0.5:
            print(f"- {hit:.2f} {para[:300]}")
