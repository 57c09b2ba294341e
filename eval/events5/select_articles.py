"""Pick the SaudiNewsNet articles of the fifth (blind) conflict-event gold set (deterministic; no
marsad involved).

    python eval/events5/select_articles.py [--corpus ../shared/data/corpus/saudinewsnet]

Rules: those of the first set (eval/events/select_articles.py, whose TRIGGERS list and select()
are reused): records in file order (zips sorted by name, JSON array order); the first 5,000 are
skipped (the benchmarks read the corpus from the start), and so are the articles of the other gold
sets: eval/entities, eval/quotes, eval/events, eval/entities2, eval/events2, eval/events3 and
eval/events4 (articles.jsonl, by id) and eval/times/gold.jsonl (one-sentence excerpts: an article
containing one of them is skipped); keep articles of 400-2,500 characters that contain at least 3
distinct conflict-event trigger words (TRIGGERS, plain substring match); drop repeated titles;
shuffle with random.Random(2029); take articles in that order, at most 3 per outlet, until 20.

One filter more than the first two sets, the third set's (eval/events3/select_articles.py, kept by
the fourth): the article's **title** must contain at least one of the first set's TRIGGERS as a
plain substring.  It is passed to the first set's select() as its ``also`` predicate (the indices
of the records whose title passes, computed in one pass over the corpus), so the earlier sets'
draws are unchanged.  Since repeated titles are dropped after the filter and the filter depends on
the title only, the order of the two does not matter.
Prints id, outlet, length, date, title.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from selection import DEFAULT_CORPUS, ROOT, print_selection, records  # noqa: E402,F401

# the first set's selection, loaded from its file (all the scripts are named select_articles.py)
_spec = importlib.util.spec_from_file_location("events1_select", HERE.parent / "events" / "select_articles.py")
_set1 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_set1)

TRIGGERS = _set1.TRIGGERS
GOLD_IDS = [ROOT / "eval" / d / "articles.jsonl"
            for d in ("entities", "quotes", "events", "entities2", "events2", "events3", "events4")]
COUNT = 20
SEED = 2029


def title_has_trigger(title: str | None) -> bool:
    """The third set's extra filter, kept here: a trigger word of the first set in the title."""
    return any(k in (title or "") for k in TRIGGERS)


def select(corpus: Path) -> list[dict]:
    """The first set's selection with this set's skip list, seed, count and title filter (missing
    gold files are errors)."""
    titled = {i for i, _zip, rec in records(corpus) if title_has_trigger(rec.get("title"))}
    return _set1.select(corpus, skip_sets=GOLD_IDS, seed=SEED, count=COUNT, strict=True,
                        also=lambda i, _text: i in titled)


def main() -> None:
    print_selection(select)


if __name__ == "__main__":
    main()
