"""Pick the SaudiNewsNet articles of the twelfth (blind) conflict-event gold set (deterministic; no
marsad involved).

    python eval/events12/select_articles.py [--corpus ../shared/data/corpus/saudinewsnet] [--verbose]

Rules: those of the eleventh set (eval/events11/select_articles.py, which runs the tenth set's
``select`` with no date window; its SAME_EVENT list is kept, with the ninth set's Yemen words and
``yemen_title`` and the seventh set's content-word, tf-idf and overlap helpers, which it reuses), with
the skip list extended by eval/events11 and the seed random.Random(2036); still **no date window**
(the whole corpus, 21 July to 11 August 2015).  In full: the first set's TRIGGERS list and helpers
(eval/events/select_articles.py, eval/selection.py); records in file order (zips sorted by name,
JSON array order); the first 5,000 are skipped, and so are the articles of the other gold sets:
eval/entities, eval/quotes, eval/events, eval/entities2, eval/events2 ... eval/events11
(articles.jsonl, by id; of the sealed fifth set only the ``id`` field is used), eval/rhetoric's
gold.jsonl (by id), every ``snn-NNNNN`` id named in eval/rhetoric/*.txt, and eval/times/gold.jsonl
(one-sentence excerpts: an article containing one of them is skipped); keep articles of 400-2,500
characters that contain at least 3 distinct conflict-event trigger words (plain substring match)
and whose title contains one of them; drop repeated titles; shuffle with random.Random(2036).

The seventh set's diversity rules, now against sets 1-4 and 6-11 (the sealed fifth set's titles and
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


# the tenth and eleventh sets' selections, loaded from their files (both are named select_articles.py);
# the eleventh set's skip list, SAME_EVENT list and helpers (the seventh set's content words, tf-idf,
# cosine; the ninth set's Yemen rule) are reused, and the tenth set's ``select`` (take loop included) runs
_set10 = _load("events10_select", HERE.parent / "events10" / "select_articles.py")
_set11 = _load("events11_select", HERE.parent / "events11" / "select_articles.py")

GOLD_IDS = list(_set11.GOLD_IDS) + [ROOT / "eval" / "events11" / "articles.jsonl"]
#: the sets whose titles and texts are compared (not the sealed fifth)
TITLE_SETS = list(_set11.TITLE_SETS) + [ROOT / "eval" / "events11" / "articles.jsonl"]
COUNT = 20
SEED = 2036
MAX_SHARED = _set11.MAX_SHARED  # 3 or more shared content words -> skipped
MAX_COSINE = _set11.MAX_COSINE  # texts this similar -> skipped
MAX_YEMEN = _set11.MAX_YEMEN  # at most this many articles whose title is about Yemen
#: drawn articles seen by their title (and the earlier set's title and opening lines) to report the
#: news event of an article of an earlier set though neither overlap rule caught them; passed over
#: in the take loop (the draw is still deterministic: the list is part of the rules)
SAME_EVENT: dict[str, str] = {
    **_set11.SAME_EVENT,  # the seventh to eleventh sets' entries stand
    # New entries (titles and opening lines of the articles of sets 1-4 and 6-11 checked, not the drawn texts):
    "snn-30419": "the Syrian authorities arresting a relative of al-Assad after protests (alweeam, crawled 11 "
                 "August) = the third set's snn-29406 (the arrest of Suleiman al-Assad, its news event; the tenth "
                 "set's snn-29623 entry, the same title in aleqtisadiya)",
    "snn-13156": "the governor of Aden to aawsat: «we have Iranian dead and prisoners» (crawled 31 July) = the "
                 "third set's snn-14364 (the governor of Aden: «we arrested Iranian military experts», 31 July; the "
                 "Iranian prisoners are its news record)",
    "snn-30504": "a bombing targeting Kabul airport (alyaum, crawled 11 August) = the eighth set's snn-29209 (the "
                 "suicide car bomb near Kabul airport of 10 August; the tenth set's snn-27755 entry)",
    "snn-13153": "al-Nusra abducting 7 members of a US-trained Syrian division (aawsat, crawled 31 July) = the ninth "
                 "set's snn-18001 (al-Nusra's video of the abduction of US-trained fighters «this week», coded as "
                 "news there; also the second set's snn-19584 and the fourth set's snn-19599)",
    "snn-21744": "Kuwait condemning the terrorist bombing in Asir (almadina, crawled 6 August) = the first set's "
                 "snn-24950 and snn-24374 (the Abha Special Emergency Forces mosque bombing; the tenth set's "
                 "condemnation entries snn-24948, snn-22908)",
    "snn-12355": "a suicide attack on a hotel in Somalia (alwatan, crawled 27 July) = the fourth set's snn-10040 "
                 "(the Mogadishu hotel blast of 26 July claimed by al-Shabaab, its news event)",
    "snn-19049": "clashes at al-Anad camp and dead in Taiz (3alyoum, crawled 4 August) = the first set's snn-19434 "
                 "(the Popular Resistance retaking al-Anad, 3 August) and the fourth set's snn-17649 (the tenth "
                 "set's snn-21066 entry)",
    # second pass (drawn in place of the first ones)
    "snn-07618": "IS claiming a bombing in Baghdad that killed 20 (almadina, crawled 24 July) = the ninth set's "
                 "snn-08114 (the wave of car bombs in Baghdad of 22 July, the al-Bayaa bomb with 20 dead among its "
                 "news records)",
    "snn-17736": "the start of the battle to retake al-Anad air base in Lahij (aawsat, crawled 3 August) = the first "
                 "set's snn-19434 and the fourth set's snn-17649 (the recapture of al-Anad, 3 August; as snn-19049 "
                 "above)",
}

STOPWORDS = _set11.STOPWORDS
normalise = _set11.normalise
content_words = _set11.content_words
shares = _set11.shares
tfidf = _set11.tfidf
cosine = _set11.cosine
close = _set11.close
YEMEN_WORDS = _set11.YEMEN_WORDS
YEMEN_PHRASES = _set11.YEMEN_PHRASES
yemen_title = _set11.yemen_title


def select(corpus: Path, *, log: list | None = None) -> list[dict]:
    """The tenth set's selection (its ``select``) with this set's skip list (and title / text sets),
    seed and SAME_EVENT list, and no date window (missing gold files are errors).  ``log`` collects
    the articles passed over in the take loop, with the reason."""
    return _set10.select(corpus, log=log, gold_ids=GOLD_IDS, title_sets=TITLE_SETS, seed=SEED,
                         same_event=SAME_EVENT, window=None)


if __name__ == "__main__":
    _set10.main(select)
