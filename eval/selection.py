"""What the gold-set selection scripts share: the SaudiNewsNet records in file order, the
per-outlet draw, and the printed list.  Each ``eval/*/select_articles.py`` keeps its own filter.

Records come in file order (zips sorted by name, JSON members sorted, array order), numbered
from 0; ids are ``snn-<number>``.  No marsad code is involved.
"""

from __future__ import annotations

import argparse
import json
import random
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "saudinewsnet"


def records(corpus: Path) -> Iterator[tuple[int, str, dict]]:
    """``(number, zip name, record)`` for every article record of the corpus, in file order."""
    i = 0
    for path in sorted(corpus.glob("*.zip")):
        with zipfile.ZipFile(path) as archive:
            for member in sorted(archive.namelist()):
                if not member.endswith(".json"):
                    continue
                for rec in json.loads(archive.read(member)):
                    yield i, path.stem, rec
                    i += 1


def select(corpus: Path, keep: Callable[[int, str], bool], *, min_len: int, max_len: int,
           seed: int, per_outlet: int, count: int) -> list[dict]:
    """Records whose ``content`` is ``min_len``-``max_len`` characters long and passes
    ``keep(number, content)``, repeated titles dropped, shuffled with ``random.Random(seed)``,
    then taken in that order with at most ``per_outlet`` per outlet until ``count``."""
    pool, titles = [], set()
    for i, zname, rec in records(corpus):
        text = rec.get("content") or ""
        if not min_len <= len(text) <= max_len or not keep(i, text):
            continue
        title = (rec.get("title") or "").strip()
        if title in titles:
            continue
        titles.add(title)
        pool.append({"index": i, "zip": zname, **rec})
    random.Random(seed).shuffle(pool)
    chosen, per = [], {}
    for rec in pool:
        if per.get(rec["source"], 0) >= per_outlet:
            continue
        per[rec["source"]] = per.get(rec["source"], 0) + 1
        chosen.append(rec)
        if len(chosen) == count:
            break
    return chosen


def print_selection(select_articles: Callable[[Path], list[dict]]) -> None:
    """The command line of a selection script: ``[--corpus DIR]``, one line per chosen article."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = ap.parse_args()
    for rec in select_articles(args.corpus):
        print(f"snn-{rec['index']:05d}\t{rec['source']}\t{len(rec['content'])}\t{rec['date_extracted']}\t{rec['title']}")
