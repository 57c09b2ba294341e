"""Pick the 15 SaudiNewsNet articles of the second (blind) entity gold set (deterministic; no
marsad involved).

    python eval/entities2/select_articles.py [--corpus ../shared/data/corpus/saudinewsnet]

Rules: the filter of batch 1 (eval/entities/select_articles.py: 500-2,500 characters, at least 4
distinct conflict keywords, at least one of them a violence word; same keyword lists), records
in file order (zips sorted by name, JSON array order); the first 5,000 are skipped, and so are
the articles of the other gold sets: eval/entities, eval/quotes, eval/events and eval/rhetoric
(if present) by id, and eval/times/gold.jsonl (one-sentence excerpts: an article containing one
of them is skipped); repeated titles dropped; shuffled with random.Random(2026); taken in that
order, at most 2 per outlet, until 15.  Prints id, outlet, length, date, title.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from selection import DEFAULT_CORPUS, ROOT, print_selection, select as select_from  # noqa: E402,F401

# batch 1's keyword lists, loaded from its file (both scripts are named select_articles.py)
_spec = importlib.util.spec_from_file_location("entities1_select", HERE.parent / "entities" / "select_articles.py")
_batch1 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_batch1)
PLACES_ACTORS, VIOLENCE = _batch1.PLACES_ACTORS, _batch1.VIOLENCE

GOLD_IDS = [ROOT / "eval" / d / "articles.jsonl" for d in ("entities", "quotes", "events", "rhetoric")]
TIMES_GOLD = ROOT / "eval" / "times" / "gold.jsonl"

SKIP = 5000
MIN_LEN, MAX_LEN = 500, 2500
PER_OUTLET = 2
COUNT = 15
SEED = 2026


def gold_ids() -> set[str]:
    ids: set[str] = set()
    for path in GOLD_IDS:
        if path.exists():
            with path.open(encoding="utf-8") as f:
                ids |= {json.loads(line)["id"] for line in f if line.strip()}
    return ids


def times_excerpts() -> list[str]:
    if not TIMES_GOLD.exists():
        return []
    with TIMES_GOLD.open(encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f if line.strip()]


def select(corpus: Path) -> list[dict]:
    skip_ids = gold_ids()
    excerpts = times_excerpts()

    def conflict(i: int, text: str) -> bool:
        if i < SKIP or f"snn-{i:05d}" in skip_ids:
            return False
        hits = {k for k in PLACES_ACTORS + VIOLENCE if k in text}
        if len(hits) < 4 or not hits & set(VIOLENCE):
            return False
        return not any(x in text for x in excerpts)

    return select_from(corpus, conflict, min_len=MIN_LEN, max_len=MAX_LEN, seed=SEED,
                       per_outlet=PER_OUTLET, count=COUNT)


def main() -> None:
    print_selection(select)


if __name__ == "__main__":
    main()
