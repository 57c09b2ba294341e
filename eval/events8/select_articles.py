"""Pick the SaudiNewsNet articles of the eighth (blind) conflict-event gold set (deterministic; no
marsad involved).

    python eval/events8/select_articles.py [--corpus ../shared/data/corpus/saudinewsnet]

Rules: those of the seventh set (eval/events7/select_articles.py, whose content-word, tf-idf and
overlap helpers are reused), with the skip list extended by eval/events7 and the seed
random.Random(2032).  In full: the first set's TRIGGERS list and helpers
(eval/events/select_articles.py, eval/selection.py); records in file order (zips sorted by name,
JSON array order); the first 5,000 are skipped, and so are the articles of the other gold sets:
eval/entities, eval/quotes, eval/events, eval/entities2, eval/events2 ... eval/events7
(articles.jsonl, by id; of the sealed fifth set only the ``id`` field is used), eval/rhetoric's
gold.jsonl (by id), every ``snn-NNNNN`` id named in eval/rhetoric/*.txt, and eval/times/gold.jsonl
(one-sentence excerpts: an article containing one of them is skipped); keep articles of 400-2,500
characters that contain at least 3 distinct conflict-event trigger words (plain substring match)
and whose title contains one of them; drop repeated titles; shuffle with random.Random(2032).

The seventh set's diversity rules, now against sets 1-4, 6 and 7 (the sealed fifth set's titles
and texts are not read):

- **title overlap with the earlier sets**: an article is skipped when its title shares 3 or more
  content words (the seventh set's ``content_words``) with the title of an article of those sets;
- **text overlap with the earlier sets** (wire copies of one story): an article is skipped when
  the cosine of its text's tf-idf vector of content words (idf over all the corpus' texts) with
  that of an article of those sets is 0.5 or more;
- **overlap within the draw**: taking articles in shuffled order, at most 3 per outlet, an
  article is also passed over when its title shares 3 or more content words with the title of an
  article already taken, or its text a cosine of 0.5 or more; stop at 20;
- **by hand** (``SAME_EVENT``): drawn articles whose title (and the earlier article's title and
  opening lines) showed them to report the news event of an earlier set's article, which the rules
  above missed, are passed over in the take loop.

The script stops with an error if a gold file it depends on is missing.  Prints id, outlet,
length, date, title.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from selection import DEFAULT_CORPUS, ROOT, print_selection, records  # noqa: E402,F401


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# the first, sixth and seventh sets' selections, loaded from their files (all are named
# select_articles.py); the seventh set's helpers (content words, tf-idf, cosine) are reused
_set1 = _load("events1_select", HERE.parent / "events" / "select_articles.py")
_set6 = _load("events6_select", HERE.parent / "events6" / "select_articles.py")
_set7 = _load("events7_select", HERE.parent / "events7" / "select_articles.py")

GOLD_IDS = list(_set7.GOLD_IDS) + [ROOT / "eval" / "events7" / "articles.jsonl"]
#: the sets whose titles and texts are compared (not the sealed fifth)
TITLE_SETS = [ROOT / "eval" / d / "articles.jsonl"
              for d in ("events", "events2", "events3", "events4", "events6", "events7")]
COUNT = 20
SEED = 2032
MAX_SHARED = _set7.MAX_SHARED  # 3 or more shared content words -> skipped
MAX_COSINE = _set7.MAX_COSINE  # texts this similar -> skipped
#: drawn articles seen by their title (and the earlier set's title and opening lines) to report the
#: news event of an article of an earlier set though neither overlap rule caught them; passed over
#: in the take loop (the draw is still deterministic: the list is part of the rules)
SAME_EVENT: dict[str, str] = {
    **_set7.SAME_EVENT,  # the seventh set's entries stand (snn-23516 is drawn again here)
    "snn-24948": "the GCC's condemnation of the Abha Special Emergency Forces mosque bombing = the first "
                 "set's snn-24950 (the bombing is the news event of its condemnation articles)",
    "snn-20465": "clerics' condemnation of the Asir (Abha) Special Emergency Forces mosque bombing = the "
                 "first set's snn-24950, snn-24374, the second set's snn-25509",
    "snn-25490": "a statement on the Asir (Abha) Special Emergency Forces mosque bombing = the first set's "
                 "snn-24950 (drawn in place of the two above; the same rule)",
    "snn-10865": "Turkey's nationwide arrest campaign against suspected IS and PKK members (a later toll) = "
                 "the second set's snn-09284 and the first set's snn-07164",
}

STOPWORDS = _set7.STOPWORDS
normalise = _set7.normalise
content_words = _set7.content_words
shares = _set7.shares
tfidf = _set7.tfidf
cosine = _set7.cosine
close = _set7.close


def select(corpus: Path) -> list[dict]:
    """The seventh set's selection with this set's skip list (and title / text sets), seed and
    SAME_EVENT list (missing gold files are errors)."""
    seen = _set6.rhetoric_sample_ids()
    earlier = _set7.earlier_titles(TITLE_SETS)
    vecs = tfidf(corpus)
    earlier_vecs = [vecs[i] for i in _set7.earlier_ids(TITLE_SETS)]
    titled = {i for i, _zip, rec in records(corpus)
              if _set6.title_has_trigger(rec.get("title")) and not shares(content_words(rec.get("title")), earlier)}
    also = lambda i, _text: i in titled and i not in seen and not close(vecs[i], earlier_vecs)  # noqa: E731
    pool = _set7.shuffled_pool(corpus, also, gold_ids=GOLD_IDS, seed=SEED)  # the whole shuffled pool
    chosen, per, taken, taken_vecs = [], {}, [], []
    for rec in pool:
        if per.get(rec["source"], 0) >= _set1.PER_OUTLET:
            continue
        if f"snn-{rec['index']:05d}" in SAME_EVENT:
            continue
        words = content_words(rec.get("title"))
        if shares(words, taken) or close(vecs[rec["index"]], taken_vecs):
            continue
        per[rec["source"]] = per.get(rec["source"], 0) + 1
        taken.append(words)
        taken_vecs.append(vecs[rec["index"]])
        chosen.append(rec)
        if len(chosen) == COUNT:
            break
    return chosen


def main() -> None:
    print_selection(select)


if __name__ == "__main__":
    main()
