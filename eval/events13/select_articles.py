"""Pick the SaudiNewsNet articles of the thirteenth (blind) conflict-event gold set (deterministic; no
marsad involved).

    python eval/events13/select_articles.py [--corpus ../shared/data/corpus/saudinewsnet] [--verbose]

Rules: those of the twelfth set (eval/events12/select_articles.py, which runs the tenth set's
``select`` with no date window; its SAME_EVENT list is kept, with the ninth set's Yemen words and
``yemen_title`` and the seventh set's content-word, tf-idf and overlap helpers, which it reuses), with
the skip list extended by eval/events12 and the seed random.Random(2037); still **no date window**
(the whole corpus, 21 July to 11 August 2015).  In full: the first set's TRIGGERS list and helpers
(eval/events/select_articles.py, eval/selection.py); records in file order (zips sorted by name,
JSON array order); the first 5,000 are skipped, and so are the articles of the other gold sets:
eval/entities, eval/quotes, eval/events, eval/entities2, eval/events2 ... eval/events12
(articles.jsonl, by id; of the sealed fifth set only the ``id`` field is used), eval/rhetoric's
gold.jsonl (by id), every ``snn-NNNNN`` id named in eval/rhetoric/*.txt, and eval/times/gold.jsonl
(one-sentence excerpts: an article containing one of them is skipped); keep articles of 400-2,500
characters that contain at least 3 distinct conflict-event trigger words (plain substring match)
and whose title contains one of them; drop repeated titles; shuffle with random.Random(2037).

The seventh set's diversity rules, now against sets 1-4 and 6-12 (the sealed fifth set's titles and
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

**New: later stages on longer articles** (``LONG``).  Under these rules the pool is exhausted: after
twelve sets it holds 47 articles, 37 of which are ``SAME_EVENT`` entries (32 of the earlier sets', 5 of
this set's) and one more is over its outlet's cap, so the take loop stops at 9 articles (13 before this
set's entries) whatever the seed.  The remaining places are then filled by later stages with every rule
unchanged but the length window: 2,501-3,500 characters (the articles the first set's 2,500 cap left
out; it gave 10 and ran dry at 19), then 3,501-4,500 (the 20th): the same skip lists, trigger, title and
overlap filters, shuffled with the same seed, the take loop continued (outlet counts, the within-draw
overlap tests and the Yemen count carry over).  The first stage's articles come first in the printed
list, then the second's, then the third's.

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
import selection  # noqa: E402
from selection import DEFAULT_CORPUS, ROOT, records  # noqa: E402,F401


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# the tenth and twelfth sets' selections, loaded from their files (both are named select_articles.py);
# the twelfth set's skip list, SAME_EVENT list and helpers (the seventh set's content words, tf-idf,
# cosine; the ninth set's Yemen rule) are reused, and the tenth set's ``select`` (take loop included) runs
_set10 = _load("events10_select", HERE.parent / "events10" / "select_articles.py")
_set12 = _load("events12_select", HERE.parent / "events12" / "select_articles.py")

GOLD_IDS = list(_set12.GOLD_IDS) + [ROOT / "eval" / "events12" / "articles.jsonl"]
#: the sets whose titles and texts are compared (not the sealed fifth)
TITLE_SETS = list(_set12.TITLE_SETS) + [ROOT / "eval" / "events12" / "articles.jsonl"]
COUNT = 20
SEED = 2037
MAX_SHARED = _set12.MAX_SHARED  # 3 or more shared content words -> skipped
MAX_COSINE = _set12.MAX_COSINE  # texts this similar -> skipped
MAX_YEMEN = _set12.MAX_YEMEN  # at most this many articles whose title is about Yemen
#: drawn articles seen by their title (and the earlier set's title and opening lines) to report the
#: news event of an article of an earlier set though neither overlap rule caught them; passed over
#: in the take loop (the draw is still deterministic: the list is part of the rules)
SAME_EVENT: dict[str, str] = {
    **_set12.SAME_EVENT,  # the seventh to twelfth sets' entries stand
    # New entries (the drawn titles against the titles and opening lines of the articles of sets 1-4 and 6-12,
    # not the drawn texts):
    "snn-07042": "Tunisian security forces killing an extremist and arresting others in the north (3alyoum, crawled 24 "
                 "July) = the fourth set's snn-09000 (an extremist killed and 16 arrested in the Bizerte region, "
                 "announced on Friday 24 July; its news records)",
    "snn-05897": "the killing of al-Fadhli, wanted by the security services (alwatan, crawled 23 July) = the twelfth "
                 "set's snn-05571 (the Pentagon announcing the killing of Muhsin al-Fadhli, the Khorasan group's "
                 "leader, in a US strike in early July; its news record)",
    "snn-26014": "IS publishing a picture of the bomber of the Emergency Forces mosque in Asir (alweeam, crawled 8 "
                 "August) = the first set's snn-24950 and snn-24374 (the Abha mosque bombing; as the tenth and twelfth "
                 "sets' entries snn-20502, IS claiming it and naming its bomber, and snn-21744)",
    "snn-19944": "the first death among the Syrian fighters trained by the US, in clashes (alweeam, crawled 4 August) = "
                 "the fourth set's snn-19599 (al-Nusra's attack on the US-trained Division 30 near Azaz, news there) "
                 "and the ninth set's snn-18001 (the same fight, with its dead)",
    "snn-26728": "dead and wounded in the most violent attacks in Kabul since the start of the year (aljazirah, crawled "
                 "9 August) = the eighth set's snn-25344 (the Kabul attacks of Friday 7 August, the police academy "
                 "bombing its news record; background in the third and fourth sets' snn-26473, snn-28551)",
    "snn-28447": "«who is the loser in the Asir bombing?» (alriyadh, crawled 10 August) = the first set's snn-24950 and "
                 "snn-24374 (the Abha mosque bombing; as the tenth set's snn-26370 entry, a column on the same "
                 "bombing)",
    # second pass (drawn in place of the first ones)
    "snn-27488": "al-Suleiman named as the perpetrator of the suicide operation, the security forces pursuing his "
                 "partners (okaz, crawled 9 August) = the seventh set's snn-26467 (Saudi Arabia naming the Emergency "
                 "Forces mosque bomber, 8 August) and the first set's snn-24950, snn-24374 (the Abha bombing)",
    "snn-27357": "the Taliban carrying out a series of bombings that killed 50 (alyaum, crawled 9 August) = the eighth "
                 "set's snn-25344 (the Kabul attacks of 7 August; as snn-26728 above)",
    # third pass
    "snn-17288": "dozens of rebel and regime fighters killed in the Aleppo battles (alyaum, crawled 2 August) = the "
                 "seventh set's snn-16719 (25 rebels killed in a failed attack in Aleppo, with the regime's losses; "
                 "aljazirah, crawled 2 August; its news records)",
}

STOPWORDS = _set12.STOPWORDS
normalise = _set12.normalise
content_words = _set12.content_words
shares = _set12.shares
tfidf = _set12.tfidf
cosine = _set12.cosine
close = _set12.close
YEMEN_WORDS = _set12.YEMEN_WORDS
YEMEN_PHRASES = _set12.YEMEN_PHRASES
yemen_title = _set12.yemen_title


#: the later stages' length windows (characters, inclusive), tried in turn while the draw is short: the
#: articles just over the first set's cap, then the next band (the second stage alone gave 19 articles)
LONG = ((2501, 3500), (3501, 4500))


def long_pool(corpus: Path, vecs: list, *, gold_ids: list = GOLD_IDS, title_sets: list = TITLE_SETS,
              seed: int = SEED, length: tuple[int, int] = LONG[0]) -> list[dict]:
    """The pool of the tenth set's ``select`` (the seventh set's ``shuffled_pool`` with the tenth set's
    ``also`` filter and no date window), but with the length window ``length``: the same skip lists
    (gold ids, rhetoric samples, first 5,000 records, times excerpts), the same trigger, title and
    overlap filters, repeated titles dropped, shuffled with ``seed``."""
    _set1, _set6, _set7 = _set10._set1, _set10._set6, _set10._set7
    seen = _set6.rhetoric_sample_ids()
    earlier = _set7.earlier_titles(title_sets)
    earlier_vecs = [vecs[i] for i in _set7.earlier_ids(title_sets)]
    skip_ids = _set1.gold_ids(gold_ids, strict=True)
    excerpts = _set1.times_excerpts(strict=True)
    titled = {i for i, _zip, rec in records(corpus)
              if _set6.title_has_trigger(rec.get("title")) and not shares(content_words(rec.get("title")), earlier)}

    def eventful(i: int, text: str) -> bool:
        if i < _set1.SKIP or f"snn-{i:05d}" in skip_ids:
            return False
        if len({k for k in _set7.TRIGGERS if k in text}) < _set1.MIN_TRIGGERS:
            return False
        if any(x in text for x in excerpts):
            return False
        return i in titled and i not in seen and not close(vecs[i], earlier_vecs)

    big = 10 ** 9
    return selection.select(corpus, eventful, min_len=length[0], max_len=length[1], seed=seed,
                            per_outlet=big, count=big)


def select(corpus: Path, *, log: list | None = None) -> list[dict]:
    """The tenth set's selection (its ``select``) with this set's skip list (and title / text sets),
    seed and SAME_EVENT list, and no date window (missing gold files are errors); then, if it stops
    short of COUNT (it does: the pool is exhausted), the second stage on the 2,501-3,500-character
    articles, continuing the take loop.  ``log`` collects the articles passed over in the take loops,
    with the reason."""
    chosen = _set10.select(corpus, log=log, gold_ids=GOLD_IDS, title_sets=TITLE_SETS, seed=SEED,
                           same_event=SAME_EVENT, window=None)
    if len(chosen) >= COUNT:
        return chosen
    vecs = tfidf(corpus)
    per: dict[str, int] = {}
    for rec in chosen:
        per[rec["source"]] = per.get(rec["source"], 0) + 1
    taken = [content_words(rec.get("title")) for rec in chosen]
    taken_vecs = [vecs[rec["index"]] for rec in chosen]
    yemen = sum(bool(yemen_title(rec.get("title"))) for rec in chosen)
    chosen_titles = {(rec.get("title") or "").strip() for rec in chosen}
    for stage, length in enumerate(LONG, 2):
        for rec in long_pool(corpus, vecs, length=length):
            if len(chosen) == COUNT:
                return chosen
            aid = f"snn-{rec['index']:05d}"
            if per.get(rec["source"], 0) >= _set10._set1.PER_OUTLET:
                continue
            if aid in SAME_EVENT:
                if log is not None:
                    log.append((rec, f"SAME_EVENT, stage {stage}"))
                continue
            words = content_words(rec.get("title"))
            if (rec.get("title") or "").strip() in chosen_titles or shares(words, taken) \
                    or close(vecs[rec["index"]], taken_vecs):
                if log is not None:
                    log.append((rec, f"overlap within the draw, stage {stage}"))
                continue
            is_yemen = yemen_title(rec.get("title"))
            if is_yemen and yemen >= MAX_YEMEN:
                if log is not None:
                    log.append((rec, f"Yemen cap, stage {stage}"))
                continue
            yemen += is_yemen
            per[rec["source"]] = per.get(rec["source"], 0) + 1
            taken.append(words)
            taken_vecs.append(vecs[rec["index"]])
            chosen_titles.add((rec.get("title") or "").strip())
            chosen.append(rec)
        if len(chosen) == COUNT:
            break
    return chosen


if __name__ == "__main__":
    _set10.main(select)
