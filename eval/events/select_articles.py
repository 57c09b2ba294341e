"""Pick the SaudiNewsNet articles of the conflict-event gold set (deterministic; no marsad involved).

    python eval/events/select_articles.py [--corpus ../shared/data/corpus/saudinewsnet]

Rules: records in file order (zips sorted by name, JSON array order); the first 5,000 are skipped
(the benchmarks read the corpus from the start), and so are the articles of the other gold sets:
eval/entities/articles.jsonl and eval/quotes/articles.jsonl (by id) and eval/times/gold.jsonl
(one-sentence excerpts: an article containing one of them is skipped); keep articles of
400-2,500 characters that contain at least 3 distinct conflict-event trigger words (TRIGGERS,
plain substring match); drop repeated titles; shuffle with random.Random(2017); take articles in
that order, at most 3 per outlet, until 25.  Prints id, outlet, length, date, title.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from selection import DEFAULT_CORPUS, ROOT, print_selection, select as select_from  # noqa: E402

GOLD_IDS = [ROOT / "eval" / "entities" / "articles.jsonl", ROOT / "eval" / "quotes" / "articles.jsonl"]
TIMES_GOLD = ROOT / "eval" / "times" / "gold.jsonl"

TRIGGERS = [
    "قصف", "غارة", "غارات", "اشتباك", "اشتباكات", "هجوم", "تفجير", "انفجار", "انتحاري", "مفخخة",
    "عبوة", "مقتل", "قتلى", "قتل", "سيطر", "سيطرة", "استعاد", "تحرير", "اقتحام", "اختطاف", "خطف",
    "اعتقال", "اعتقل", "القبض", "إعدام", "مظاهرة", "احتجاج",
]
SKIP = 5000
MIN_LEN, MAX_LEN = 400, 2500
MIN_TRIGGERS = 3
PER_OUTLET = 3
COUNT = 25
SEED = 2017


def gold_ids(paths: list[Path] = GOLD_IDS, *, strict: bool = False) -> set[str]:
    """Ids of the articles of the gold sets ``paths`` (``strict``: a missing file is an error)."""
    ids: set[str] = set()
    for path in paths:
        if not path.exists():
            if strict:
                raise SystemExit(f"missing {path}: the selection depends on it")
            continue
        with path.open(encoding="utf-8") as f:
            ids |= {json.loads(line)["id"] for line in f if line.strip()}
    return ids


def times_excerpts(*, strict: bool = False) -> list[str]:
    if not TIMES_GOLD.exists():
        if strict:
            raise SystemExit(f"missing {TIMES_GOLD}: the selection depends on it")
        return []
    with TIMES_GOLD.open(encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f if line.strip()]


def select(corpus: Path, *, skip_sets: list[Path] = GOLD_IDS, seed: int = SEED, count: int = COUNT,
           strict: bool = False, also: Callable[[int, str], bool] | None = None) -> list[dict]:
    """The gold set's articles (see the module docstring; the later sets pass their own ``skip_sets``,
    ``seed`` and ``count``, and the third set a further filter ``also(number, content)``, applied
    after this set's rules; None, the default, changes nothing)."""
    skip_ids = gold_ids(skip_sets, strict=strict)
    excerpts = times_excerpts(strict=strict)

    def eventful(i: int, text: str) -> bool:
        if i < SKIP or f"snn-{i:05d}" in skip_ids:
            return False
        if len({k for k in TRIGGERS if k in text}) < MIN_TRIGGERS:
            return False
        if any(x in text for x in excerpts):
            return False
        return also is None or also(i, text)

    return select_from(corpus, eventful, min_len=MIN_LEN, max_len=MAX_LEN, seed=seed,
                       per_outlet=PER_OUTLET, count=count)


def main() -> None:
    print_selection(select)


if __name__ == "__main__":
    main()
