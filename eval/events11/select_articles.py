"""Pick the SaudiNewsNet articles of the eleventh (blind) conflict-event gold set (deterministic; no
marsad involved).

    python eval/events11/select_articles.py [--corpus ../shared/data/corpus/saudinewsnet] [--verbose]

Rules: those of the tenth set (eval/events10/select_articles.py, whose SAME_EVENT list is kept, with
the ninth set's Yemen words and ``yemen_title`` and the seventh set's content-word, tf-idf and
overlap helpers, which it reuses), with the skip list extended by eval/events10, the seed
random.Random(2035) and **no date window** (the tenth set's ``WINDOW`` is dropped: the whole corpus,
21 July to 11 August 2015).  In full: the first set's TRIGGERS list and helpers
(eval/events/select_articles.py, eval/selection.py); records in file order (zips sorted by name,
JSON array order); the first 5,000 are skipped, and so are the articles of the other gold sets:
eval/entities, eval/quotes, eval/events, eval/entities2, eval/events2 ... eval/events10
(articles.jsonl, by id; of the sealed fifth set only the ``id`` field is used), eval/rhetoric's
gold.jsonl (by id), every ``snn-NNNNN`` id named in eval/rhetoric/*.txt, and eval/times/gold.jsonl
(one-sentence excerpts: an article containing one of them is skipped); keep articles of 400-2,500
characters that contain at least 3 distinct conflict-event trigger words (plain substring match)
and whose title contains one of them; drop repeated titles; shuffle with random.Random(2035).

The seventh set's diversity rules, now against sets 1-4 and 6-10 (the sealed fifth set's titles and
texts are not read):

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
  above missed, are passed over in the take loop;
- **at most 8 Yemen articles** (the ninth set's ``MAX_YEMEN`` and ``yemen_title``, unchanged).

The script stops with an error if a gold file it depends on is missing.  Prints id, outlet,
length, date, a ``Y`` for titles the Yemen rule counts, title (``--verbose``: also the articles
passed over in the take loop, and why).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from selection import DEFAULT_CORPUS, ROOT, records  # noqa: E402,F401


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# the first, sixth, seventh, ninth and tenth sets' selections, loaded from their files (all are named
# select_articles.py); the seventh set's helpers (content words, tf-idf, cosine), the ninth set's
# Yemen rule and the tenth set's SAME_EVENT list and skip list are reused
_set1 = _load("events1_select", HERE.parent / "events" / "select_articles.py")
_set6 = _load("events6_select", HERE.parent / "events6" / "select_articles.py")
_set7 = _load("events7_select", HERE.parent / "events7" / "select_articles.py")
_set9 = _load("events9_select", HERE.parent / "events9" / "select_articles.py")
_set10 = _load("events10_select", HERE.parent / "events10" / "select_articles.py")

GOLD_IDS = list(_set10.GOLD_IDS) + [ROOT / "eval" / "events10" / "articles.jsonl"]
#: the sets whose titles and texts are compared (not the sealed fifth)
TITLE_SETS = [ROOT / "eval" / d / "articles.jsonl"
              for d in ("events", "events2", "events3", "events4", "events6", "events7", "events8", "events9",
                        "events10")]
COUNT = 20
SEED = 2035
MAX_SHARED = _set7.MAX_SHARED  # 3 or more shared content words -> skipped
MAX_COSINE = _set7.MAX_COSINE  # texts this similar -> skipped
MAX_YEMEN = _set9.MAX_YEMEN  # at most this many articles whose title is about Yemen
#: drawn articles seen by their title (and the earlier set's title and opening lines) to report the
#: news event of an article of an earlier set though neither overlap rule caught them; passed over
#: in the take loop (the draw is still deterministic: the list is part of the rules)
SAME_EVENT: dict[str, str] = {
    **_set10.SAME_EVENT,  # the seventh to tenth sets' entries stand (nine of them drawn again and passed over)
    # No new entry: the 20 titles of this draw were checked against the titles and opening lines of the
    # articles of sets 1-4 and 6-10, and none showed the news event of one of them (README, Selection).
}

STOPWORDS = _set7.STOPWORDS
normalise = _set7.normalise
content_words = _set7.content_words
shares = _set7.shares
tfidf = _set7.tfidf
cosine = _set7.cosine
close = _set7.close
YEMEN_WORDS = _set9.YEMEN_WORDS
YEMEN_PHRASES = _set9.YEMEN_PHRASES
yemen_title = _set9.yemen_title


def select(corpus: Path, *, log: list | None = None) -> list[dict]:
    """The tenth set's selection (its ``select``) with this set's skip list (and title / text sets),
    seed and SAME_EVENT list, and no date window (missing gold files are errors).  ``log`` collects
    the articles passed over in the take loop, with the reason."""
    return _set10.select(corpus, log=log, gold_ids=GOLD_IDS, title_sets=TITLE_SETS, seed=SEED,
                         same_event=SAME_EVENT, window=None)


if __name__ == "__main__":
    _set10.main(select)
