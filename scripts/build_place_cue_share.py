#!/usr/bin/env python
"""Build ``src/marsad/entities/data/geo/cue_share.tsv.gz``: how often the press writes a one-word
place name of the knowledge base right after a place cue word («مدينة العريش», «محافظة مأرب»).

The gazetteer holds back a one-word generated place name that is also a frequent corpus word unless
the place is populous enough for that frequency (:mod:`marsad.entities.gazetteer`, «common words»),
so that «الأمل» or «البلاد» are no towns.  That rule also holds back names that are frequent because
they are *places* the news talks about: العريش, جازان, الخرج, مأرب, الحوطة.  What tells the two
apart is how the corpus uses the word: a town's name follows a place cue (مدينة، محافظة، بلدة ...,
the gazetteer's ``place_cues``) in a good share of its uses (العريش 33 %, جازان 47 %), an ordinary
word almost never (البلاد 1 %, السوق 0.1 %).

Data: the SaudiNewsNet corpus (``../shared/data/corpus/saudinewsnet/*.zip``, CC BY-NC-SA 4.0,
research use); no text is shipped, only counts of knowledge-base names.  Every article's Arabic
words are normalized as the gazetteer normalizes them (:func:`normalize_for_search`) and read with
its proclitic readings (:func:`marsad.entities.gazetteer.readings`: «وبالعريش» -> العريش); a word
counts for the first one-word LOC name of the KB among its readings, and counts as *cued* when the
word before it, without «و / ب / ف», is a place cue.

Output: gzip TSV ``key<TAB>uses<TAB>cued`` for the keys used at least ``--min-uses`` times (default
20, the gazetteer's ``COMMON_MIN_COUNT``), sorted by key, mtime 0 (reproducible).

    python scripts/build_place_cue_share.py [--corpus DIR] [--out FILE] [--min-uses 20]
"""

from __future__ import annotations

import argparse
import collections
import gzip
import io
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "eval"))  # the corpus reader the gold-set selections share

from marsad.entities.gazetteer import PLACE_CUES, name_keys, readings  # noqa: E402
from marsad.entities.kb import load_kb  # noqa: E402
from marsad.text.normalize import normalize_for_search  # noqa: E402
from selection import DEFAULT_CORPUS as CORPUS, records  # noqa: E402

OUT = ROOT / "src" / "marsad" / "entities" / "data" / "geo" / "cue_share.tsv.gz"
ARABIC_WORD = re.compile("[\u0621-\u064A]+")


def place_keys() -> set[str]:
    """The normalized one-word names of the KB's places."""
    keys = set()
    for text, entity, _alias in load_kb().names():
        if entity.type == "LOC":
            words = name_keys(text)
            if len(words) == 1:
                keys.add(words[0])
    return keys


def _bare(word: str) -> str:
    """``word`` without a leading «و / ب / ف» when the rest is a place cue («وبلدة» -> بلدة)."""
    for p in ("و", "ب", "ف", "وب"):
        if word.startswith(p) and word[len(p):] in PLACE_CUES:
            return word[len(p):]
    return word


def count(corpus: Path, keys: set[str]) -> tuple[collections.Counter, collections.Counter]:
    """Per key: its uses in the corpus' article texts, and those right after a place cue."""
    uses: collections.Counter = collections.Counter()
    cued: collections.Counter = collections.Counter()
    for _number, _zip, record in records(corpus):
        prev = ""
        for raw in ARABIC_WORD.findall(record.get("content") or ""):
            w = normalize_for_search(raw)
            key = next((r[0] for r in readings(w) if r[0] in keys), None)
            if key is not None:
                uses[key] += 1
                if _bare(prev) in PLACE_CUES:
                    cued[key] += 1
            prev = w
    return uses, cued


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--min-uses", type=int, default=20)
    args = ap.parse_args(argv)
    if not args.corpus.is_dir():
        ap.error(f"corpus not found: {args.corpus}")
    uses, cued = count(args.corpus, place_keys())
    rows = [f"{k}\t{n}\t{cued[k]}\n" for k, n in sorted(uses.items()) if n >= args.min_uses]
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as gz:
        gz.write("".join(rows).encode("utf-8"))
    args.out.write_bytes(buf.getvalue())
    print(f"{len(rows)} keys -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
