"""Pick the SaudiNewsNet articles of the sixth (blind) conflict-event gold set (deterministic; no
marsad involved).

    python eval/events6/select_articles.py [--corpus ../shared/data/corpus/saudinewsnet]

Rules: those of the fourth set (eval/events4/select_articles.py), i.e. the first set's
(eval/events/select_articles.py, whose TRIGGERS list and select() are reused): records in file
order (zips sorted by name, JSON array order); the first 5,000 are skipped (the benchmarks read the
corpus from the start), and so are the articles of the other gold sets: eval/entities, eval/quotes,
eval/events, eval/entities2, eval/events2, eval/events3, eval/events4 and eval/events5
(articles.jsonl, by id; of the sealed fifth set only the ``id`` field is used), eval/rhetoric's
gold.jsonl (by id) and eval/times/gold.jsonl (one-sentence excerpts: an article containing one of
them is skipped); keep articles of 400-2,500 characters that contain at least 3 distinct
conflict-event trigger words (TRIGGERS, plain substring match) and whose **title** contains one of
them (the third set's filter); drop repeated titles; shuffle with random.Random(2030); take
articles in that order, at most 3 per outlet, until 20.

One skip more than the fourth set: every ``snn-NNNNN`` id named in eval/rhetoric/*.txt (the
hand-read samples of marsad's rhetoric output), so that no article of this set has had any marsad
output read by anyone.  It is passed, with the title filter, as the first set's ``also`` predicate.
Prints id, outlet, length, date, title.
"""

from __future__ import annotations

import importlib.util
import re
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
            for d in ("entities", "quotes", "events", "entities2", "events2", "events3", "events4", "events5")]
GOLD_IDS.append(ROOT / "eval" / "rhetoric" / "gold.jsonl")
RHETORIC_SAMPLES = ROOT / "eval" / "rhetoric"
COUNT = 20
SEED = 2030


def title_has_trigger(title: str | None) -> bool:
    """The third set's extra filter: a trigger word of the first set in the title."""
    return any(k in (title or "") for k in TRIGGERS)


def rhetoric_sample_ids() -> set[int]:
    """Record numbers named in the rhetoric layer's hand-read samples (eval/rhetoric/*.txt)."""
    files = sorted(RHETORIC_SAMPLES.glob("*.txt"))
    if not files:
        raise SystemExit(f"no {RHETORIC_SAMPLES}/*.txt: the selection depends on them")
    return {int(m) for f in files for m in re.findall(r"snn-(\d{5})", f.read_text(encoding="utf-8"))}


def select(corpus: Path) -> list[dict]:
    """The first set's selection with this set's skip list, seed, count and title filter (missing
    gold files are errors)."""
    seen = rhetoric_sample_ids()
    titled = {i for i, _zip, rec in records(corpus) if title_has_trigger(rec.get("title"))}
    return _set1.select(corpus, skip_sets=GOLD_IDS, seed=SEED, count=COUNT, strict=True,
                        also=lambda i, _text: i in titled and i not in seen)


def main() -> None:
    print_selection(select)


if __name__ == "__main__":
    main()
