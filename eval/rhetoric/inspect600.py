"""Every record the rhetoric layer produces on 600 unseen SaudiNewsNet articles, for judging by hand.

    python eval/rhetoric/inspect600.py [--start 3000] [--count 600] > eval/rhetoric/inspection_600e.txt

The pool as in README.md: records >= 5,000, 300-3,000 characters, not in any gold set (every
``eval/*/articles.jsonl`` and ``eval/rhetoric/gold.jsonl``) and not named in a hand-read rhetoric
sample (``eval/rhetoric/*.txt``), in file order, shuffled with ``random.Random(7)``; the slice
``[start, start + count)`` is run through ``marsad.analyze``.  One line per record: number, id,
categories, speaker, statement (first 160 characters), cue entries.
"""

from __future__ import annotations

import argparse
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
    skip = excluded_ids()
    pool = [(i, rec) for i, _, rec in records(args.corpus)
            if i >= 5000 and 300 <= len(rec.get("content") or "") <= 3000 and f"snn-{i:05d}" not in skip]
    random.Random(7).shuffle(pool)
    import marsad  # noqa: PLC0415
    n = 0
    for i, rec in pool[args.start:args.start + args.count]:
        doc = marsad.analyze({"id": f"snn-{i:05d}", "text": rec["content"], "source": rec.get("source")}).to_dict()
        for r in doc["rhetoric"]:
            n += 1
            sp = (r.get("speaker") or {}).get("name")
            print(f"{n} snn-{i:05d} {r['categories']} {sp} | {r['text'][:160]} | {[c['entry'] for c in r['cues']]}")
    print(f"# {args.count} articles from pool slice {args.start}-{args.start + args.count}, {n} records", file=sys.stderr)


if __name__ == "__main__":
    main()
