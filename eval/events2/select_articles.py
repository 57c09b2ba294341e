"""Pick the SaudiNewsNet articles of the second (blind) conflict-event gold set (deterministic; no
marsad involved).

    python eval/events2/select_articles.py [--corpus ../shared/data/corpus/saudinewsnet]

Rules: those of the first set (eval/events/select_articles.py, whose TRIGGERS list is reused):
records in file order (zips sorted by name, JSON array order); the first 5,000 are skipped (the
benchmarks read the corpus from the start), and so are the articles of the other gold sets:
eval/entities, eval/quotes, eval/events and eval/entities2 (articles.jsonl, by id) and
eval/times/gold.jsonl (one-sentence excerpts: an article containing one of them is skipped); keep
articles of 400-2,500 characters that contain at least 3 distinct conflict-event trigger words
(TRIGGERS, plain substring match); drop repeated titles; shuffle with random.Random(2026); take
articles in that order, at most 3 per outlet, until 20.  Prints id, outlet, length, date, title.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from selection import DEFAULT_CORPUS, ROOT, print_selection, select as select_from  # noqa: E402,F401

# the first set's trigger list, loaded from its file (both scripts are named select_articles.py)
_spec = importlib.util.spec_from_file_location("events1_select", HERE.parent / "events" / "select_articles.py")
_set1 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_set1)
TRIGGERS = _set1.TRIGGERS

GOLD_IDS = [ROOT / "eval" / d / "articles.jsonl" for d in ("entities", "quotes", "events", "entities2")]
TIMES_GOLD = ROOT / "eval" / "times" / "gold.jsonl"

SKIP = 5000
MIN_LEN, MAX_LEN = 400, 2500
MIN_TRIGGERS = 3
PER_OUTLET = 3
COUNT = 20
SEED = 2026


def gold_ids() -> set[str]:
    ids: set[str] = set()
    for path in GOLD_IDS:
        if not path.exists():
            raise SystemExit(f"missing {path}: the selection depends on it")
        with path.open(encoding="utf-8") as f:
            ids |= {json.loads(line)["id"] for line in f if line.strip()}
    return ids


def times_excerpts() -> list[str]:
    if not TIMES_GOLD.exists():
        raise SystemExit(f"missing {TIMES_GOLD}: the selection depends on it")
    with TIMES_GOLD.open(encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f if line.strip()]


def select(corpus: Path) -> list[dict]:
    skip_ids = gold_ids()
    excerpts = times_excerpts()

    def eventful(i: int, text: str) -> bool:
        if i < SKIP or f"snn-{i:05d}" in skip_ids:
            return False
        if len({k for k in TRIGGERS if k in text}) < MIN_TRIGGERS:
            return False
        return not any(x in text for x in excerpts)

    return select_from(corpus, eventful, min_len=MIN_LEN, max_len=MAX_LEN, seed=SEED,
                       per_outlet=PER_OUTLET, count=COUNT)


def main() -> None:
    print_selection(select)


if __name__ == "__main__":
    main()
