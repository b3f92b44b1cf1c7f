#!/usr/bin/env python3
"""Packs a folder of HTML pages as a WARC.gz (one gzip member per record, as the WARC spec recommends) and as JSONL.

Usage: tests/bench/pack_dev.py [PAGES_DIR] [OUT_DIR] [--copies N] [--shards S]

Pages are taken in the same order as `newsscrub clean FOLDER` takes them (ordinal order of their names).
With --copies N every page is written N times (URLs made unique), to grow the input for the memory check.
With --shards S the pages are split into S consecutive parts of near-equal size, each a WARC.gz (starting with
its own warcinfo record) and a JSONL file, so that the parts in order hold the pages in order.
Standard library only. Output: OUT_DIR/dev.warc.gz, OUT_DIR/dev.jsonl (or dev-xN.* with --copies; with --shards,
STEM-00000.warc.gz ... and STEM-00000.jsonl ...).
"""
import argparse
import gzip
import json
import os
import uuid

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def warc_record(uri, body, index):
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(body)
    block = http + body
    record_id = uuid.uuid5(uuid.NAMESPACE_URL, "%s#%d" % (uri, index))
    header = (
        "WARC/1.0\r\n"
        "WARC-Type: response\r\n"
        "WARC-Target-URI: %s\r\n"
        "WARC-Date: 2024-01-01T00:00:00Z\r\n"
        "WARC-Record-ID: <urn:uuid:%s>\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        "Content-Length: %d\r\n\r\n" % (uri, record_id, len(block))
    ).encode("ascii")
    return header + block + b"\r\n\r\n"


def warcinfo():
    block = b"software: newsscrub tests/bench/pack_dev.py\r\nformat: WARC File Format 1.0\r\n"
    header = (
        "WARC/1.0\r\nWARC-Type: warcinfo\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n"
        "WARC-Record-ID: <urn:uuid:%s>\r\nContent-Type: application/warc-fields\r\nContent-Length: %d\r\n\r\n"
        % (uuid.uuid5(uuid.NAMESPACE_URL, "warcinfo"), len(block))
    ).encode("ascii")
    return header + block + b"\r\n\r\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pages", nargs="?", default=os.path.join(ROOT, "..", "shared", "bench", "extraction", "dev"))
    parser.add_argument("out", nargs="?", default=os.path.join(ROOT, "artifacts", "scale"))
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument("--shards", type=int, default=0, help="split into this many parts (default: one file, no part number)")
    args = parser.parse_args()

    names = sorted(n for n in os.listdir(args.pages) if n.lower().endswith((".html", ".htm")))
    os.makedirs(args.out, exist_ok=True)
    stem = "dev" if args.copies == 1 else "dev-x%d" % args.copies
    pages = [(copy, name) for copy in range(args.copies) for name in names]
    shards = max(1, args.shards)
    bounds = [len(pages) * k // shards for k in range(shards + 1)]
    index = 0
    for shard in range(shards):
        part = stem if args.shards == 0 else "%s-%05d" % (stem, shard)
        warc_path = os.path.join(args.out, part + ".warc.gz")
        jsonl_path = os.path.join(args.out, part + ".jsonl")
        with open(warc_path, "wb") as warc, open(jsonl_path, "w", encoding="utf-8", newline="\n") as jsonl:
            warc.write(gzip.compress(warcinfo()))
            for copy, name in pages[bounds[shard]:bounds[shard + 1]]:
                with open(os.path.join(args.pages, name), "rb") as f:
                    body = f.read()
                page_id = os.path.splitext(name)[0]
                uri = "https://dev.example/%s" % page_id if args.copies == 1 else "https://dev.example/%d/%s" % (copy, page_id)
                warc.write(gzip.compress(warc_record(uri, body, index)))
                jsonl.write(json.dumps({"id": page_id, "url": uri, "html": body.decode("utf-8")}, ensure_ascii=False) + "\n")
                index += 1
        print("%d pages -> %s (%d bytes), %s (%d bytes)" % (
            bounds[shard + 1] - bounds[shard], warc_path, os.path.getsize(warc_path), jsonl_path, os.path.getsize(jsonl_path)))


if __name__ == "__main__":
    main()
