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
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from selection import DEFAULT_CORPUS, ROOT, print_selection  # noqa: E402,F401

# the first set's selection, loaded from its file (both scripts are named select_articles.py)
_spec = importlib.util.spec_from_file_location("events1_select", HERE.parent / "events" / "select_articles.py")
_set1 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_set1)

GOLD_IDS = [ROOT / "eval" / d / "articles.jsonl" for d in ("entities", "quotes", "events", "entities2")]
COUNT = 20
SEED = 2026


def select(corpus: Path) -> list[dict]:
    """The first set's selection with this set's skip list, seed and count (missing files are errors)."""
    return _set1.select(corpus, skip_sets=GOLD_IDS, seed=SEED, count=COUNT, strict=True)


def main() -> None:
    print_selection(select)


if __name__ == "__main__":
    main()
