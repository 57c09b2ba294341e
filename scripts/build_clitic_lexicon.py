#!/usr/bin/env python3
"""Build ``src/marsad/text/data/clitic_lexicon.json``: Arabic word-type frequencies for clitic splitting.

Reads the SaudiNewsNet corpus (zips each holding one JSON array of articles with ``title`` and
``content``), normalizes every text with the *light* normalization the tokenizer uses for clitic
decisions (:func:`marsad.text.tokenize.light_normalize`: diacritics, tatweel, presentation forms,
controls and digits folded; hamza forms, ة and ى kept), counts Arabic word types and writes those
seen at least ``--min-count`` times.  Only word types and counts are written (a derived
statistic), never article text.  Deterministic: files are read in sorted order and the output
keys are sorted.

    python scripts/build_clitic_lexicon.py [--corpus DIR] [--min-count 3] [--out PATH]

Source: SaudiNewsNet (31,030 articles from 14 Saudi online newspapers, July-August 2015,
https://github.com/inparallel/SaudiNewsNet, by Mazen Abdulaziz).  The articles' licence is the
upstream repository's (not re-checked here); the output holds only word-type frequencies.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "eval"))  # the corpus reader the gold-set selections share

from marsad.text.tokenize import ARABIC_WORD_RE, light_normalize  # noqa: E402
from selection import records  # noqa: E402

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpus" / "saudinewsnet"
DEFAULT_OUT = ROOT / "src" / "marsad" / "text" / "data" / "clitic_lexicon.json"


def count_words(corpus: Path) -> tuple[collections.Counter[str], int, int]:
    counts: collections.Counter[str] = collections.Counter()
    n_articles = 0
    for _number, _zip, article in records(corpus):
        n_articles += 1
        for key in ("title", "content"):
            text = article.get(key) or ""
            counts.update(ARABIC_WORD_RE.findall(light_normalize(text)))
    return counts, n_articles, sum(counts.values())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    counts, n_articles, n_tokens = count_words(args.corpus)
    kept = {w: c for w, c in sorted(counts.items()) if c >= args.min_count}
    payload = {
        "version": 1,
        "source": "SaudiNewsNet (github.com/inparallel/SaudiNewsNet), word-type frequencies only",
        "normalization": "marsad.text.tokenize.light_normalize",
        "articles": n_articles,
        "tokens": n_tokens,
        "min_count": args.min_count,
        "counts": kept,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as fh:
        json.dump(payload, fh, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
        fh.write("\n")
    print(f"{n_articles} articles, {n_tokens} Arabic tokens, {len(counts)} types, "
          f"{len(kept)} kept (count >= {args.min_count}) -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
