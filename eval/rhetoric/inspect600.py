"""Every record the rhetoric layer produces on 600 unseen SaudiNewsNet articles, for judging by hand.

    python eval/rhetoric/inspect600.py [--start 3000] [--count 600] > eval/rhetoric/inspection_600e.txt

The pool as in README.md: records >= 5,000, 300-3,000 characters, not in any gold set (every
``eval/*/articles.jsonl`` and ``eval/rhetoric/gold.jsonl`` but its part ``extra2``) and not named in
a first-round hand-read sample (``select_articles2.excluded_ids``), nor in sample e (``inspection_600e.txt``, which was drawn before that file existed, so slice
3000-3600 no longer reproduces it), in file order, shuffled with ``random.Random(7)``; the slice
``[start, start + count)`` is run through ``marsad.analyze``, skipping the articles named in sample f
(``inspection_600f.txt``: it was drawn from an earlier state of the pool and its articles now lie
scattered over slices 2300-20700, so a new slice must not judge them again).  Third-round samples:
g 4200-4800, h 4800-5400, i 5400-6000, j 6000-6600 (judged on the code before this round's fixes),
k and later (6600-...) on the code after them.  One line per record: number, id,
categories (``[reported verb]`` for reported speech without quotation marks), speaker,
statement (first 160 characters), cue entries.
"""

from __future__ import annotations

import argparse
import json
import re
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from select_articles2 import excluded_ids  # noqa: E402
from selection import DEFAULT_CORPUS, records  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--start", type=int, default=3000)
    ap.add_argument("--count", type=int, default=600)
    args = ap.parse_args()
    skip = excluded_ids() | {json.loads(line)["id"] for line in (HERE / "gold.jsonl").open(encoding="utf-8")}
    skip |= set(re.findall(r"snn-\d{5}", (HERE / "inspection_600e.txt").read_text(encoding="utf-8")))
    pool = [(i, rec) for i, _, rec in records(args.corpus)
            if i >= 5000 and 300 <= len(rec.get("content") or "") <= 3000 and f"snn-{i:05d}" not in skip]
    random.Random(7).shuffle(pool)
    judged = set(re.findall(r"snn-\d{5}", (HERE / "inspection_600f.txt").read_text(encoding="utf-8")))
    import marsad  # noqa: PLC0415
    n = 0
    for i, rec in pool[args.start:args.start + args.count]:
        if f"snn-{i:05d}" in judged:
            continue
        doc = marsad.analyze({"id": f"snn-{i:05d}", "text": rec["content"], "source": rec.get("source")}).to_dict()
        for r in doc["rhetoric"]:
            n += 1
            sp = (r.get("speaker") or {}).get("name")
            via = " [reported verb]" if r.get("via") == "reported_verb" else ""
            print(f"{n} snn-{i:05d} {r['categories']}{via} {sp} | {r['text'][:160]} | {[c['entry'] for c in r['cues']]}")
    print(f"# {args.count} articles from pool slice {args.start}-{args.start + args.count}, {n} records", file=sys.stderr)


if __name__ == "__main__":
    main()
