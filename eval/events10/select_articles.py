"""Pick the SaudiNewsNet articles of the tenth (blind) conflict-event gold set (deterministic; no
marsad involved).

    python eval/events10/select_articles.py [--corpus ../shared/data/corpus/saudinewsnet] [--verbose]

Rules: those of the ninth set (eval/events9/select_articles.py, whose SAME_EVENT list, Yemen words
and ``yemen_title`` are kept, with the seventh set's content-word, tf-idf and overlap helpers, which
it reuses), with the skip list extended by eval/events9, the seed random.Random(2034) and a date
window.  In full: the first set's TRIGGERS list and helpers (eval/events/select_articles.py,
eval/selection.py); records in file order (zips sorted by name, JSON array order); the first 5,000
are skipped, and so are the articles of the other gold sets: eval/entities, eval/quotes,
eval/events, eval/entities2, eval/events2 ... eval/events9 (articles.jsonl, by id; of the sealed
fifth set only the ``id`` field is used), eval/rhetoric's gold.jsonl (by id), every ``snn-NNNNN``
id named in eval/rhetoric/*.txt, and eval/times/gold.jsonl (one-sentence excerpts: an article
containing one of them is skipped); keep articles of 400-2,500 characters that contain at least 3
distinct conflict-event trigger words (plain substring match) and whose title contains one of them;
drop repeated titles; shuffle with random.Random(2034).

**New: a date window** (``WINDOW``): only articles whose ``date_extracted`` is 2015-08-01 to
2015-08-11 (the corpus' August part; the corpus runs from 21 July to 11 August 2015, so no other
period exists).  The ninth set drew 13 of its 20 articles from July; this set is drawn from the
days where, by the corpus' README, the crawl date is most probably the publication date, which also
makes the dates of «اليوم» / «أمس» safer.  Applied, like the title filter, in the pool's filter.

The seventh set's diversity rules, now against sets 1-4 and 6-9 (the sealed fifth set's titles and
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

import argparse
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


# the first, sixth, seventh and ninth sets' selections, loaded from their files (all are named
# select_articles.py); the seventh set's helpers (content words, tf-idf, cosine) and the ninth
# set's SAME_EVENT list and Yemen rule are reused
_set1 = _load("events1_select", HERE.parent / "events" / "select_articles.py")
_set6 = _load("events6_select", HERE.parent / "events6" / "select_articles.py")
_set7 = _load("events7_select", HERE.parent / "events7" / "select_articles.py")
_set9 = _load("events9_select", HERE.parent / "events9" / "select_articles.py")

GOLD_IDS = list(_set9.GOLD_IDS) + [ROOT / "eval" / "events9" / "articles.jsonl"]
#: the sets whose titles and texts are compared (not the sealed fifth)
TITLE_SETS = [ROOT / "eval" / d / "articles.jsonl"
              for d in ("events", "events2", "events3", "events4", "events6", "events7", "events8", "events9")]
COUNT = 20
SEED = 2034
#: the crawl dates (``date_extracted``, first 10 characters) an article may have, inclusive
WINDOW = ("2015-08-01", "2015-08-11")
MAX_SHARED = _set7.MAX_SHARED  # 3 or more shared content words -> skipped
MAX_COSINE = _set7.MAX_COSINE  # texts this similar -> skipped
MAX_YEMEN = _set9.MAX_YEMEN  # at most this many articles whose title is about Yemen
#: drawn articles seen by their title (and the earlier set's title and opening lines) to report the
#: news event of an article of an earlier set though neither overlap rule caught them; passed over
#: in the take loop (the draw is still deterministic: the list is part of the rules)
SAME_EVENT: dict[str, str] = {
    **_set9.SAME_EVENT,  # the seventh, eighth and ninth sets' entries stand
    "snn-24527": "IS abducting dozens of Christians in Homs (al-Qaryatayn, crawled 7 August) = the fourth set's "
                 "snn-23727 and snn-25597 (IS's abduction of 230 civilians, at least 60 Christians, after taking "
                 "al-Qaryatayn in Homs governorate: their titles and opening lines)",
    "snn-27755": "the suicide bombing targeting Kabul's Hamid Karzai airport (crawled 10 August) = the eighth set's "
                 "snn-29209 (the suicide car bomb on the Kabul airport road of 10 August; the ninth set's rule "
                 "for snn-29377)",
    "snn-26370": "why the Asir Special Emergency Forces mosque bombing came at the third rak'a (Abha) = the first "
                 "set's snn-24950, snn-24374, the second set's snn-25509 (the eighth and ninth sets' rule for "
                 "articles on that bombing)",
    "snn-28293": "Latakia demanding the execution of a relative of al-Assad (Suleiman al-Assad, after the killing "
                 "of Col. Hassan al-Sheikh) = the third set's snn-29406 (his arrest «after demands for his "
                 "execution») and the seventh set's entry snn-29623",
    "snn-22908": "al-Azhar condemning the bombing in Saudi Arabia (the Abha Special Emergency Forces mosque, crawled "
                 "6 August) = the first set's snn-24950, snn-24374 (the eighth set's rule for condemnations of "
                 "that bombing: snn-24948, snn-20465)",
    "snn-21066": "the liberation of al-Anad base with 70 rebels killed (crawled 6 August) = the first set's "
                 "snn-19434 (the Popular Resistance retaking al-Anad «أمس الاثنين», 3 August; also the fourth "
                 "set's snn-17649)",
    "snn-23743": "a column on «this time's» terrorist bombing whose victims were soldiers at prayer (crawled "
                 "7 August: the Abha Special Emergency Forces mosque) = the first set's snn-24950, snn-24374 (the "
                 "same rule as snn-26370)",
    "snn-27717": "the attack on the US consulate in Istanbul and the day's violence killing nine in Turkey "
                 "(crawled 10 August) = the seventh set's snn-28941 (the DHKP-C's claim of the consulate attack "
                 "of 10 August; the same day's Sultanbeyli bombing)",
    "snn-27756": "a home-made bomb exploding in front of a court in eastern Cairo (crawled 10 August) = the fourth "
                 "set's snn-28940 (an explosion in front of a court in north-east Cairo on Monday 10 August, two "
                 "police officers and a civilian wounded)",
    "snn-17749": "the PKK «resuming its suicide war» against Turkey (crawled 3 August) = the third set's snn-18469 "
                 "(the suicide attack on the gendarmerie post at Doğubayazıt, Ağrı, in the night of 1-2 August, "
                 "attributed to the PKK)",
    "snn-24267": "the Umluj preachers on the Asir Special Emergency Forces mosque bombing (drawn in place of the "
                 "first ones; the same rule as snn-26370 and the eighth set's snn-25490)",
    "snn-29963": "the arrest of a relative of al-Assad for killing an army officer (drawn in place of the first "
                 "ones) = the third set's snn-29406 (the seventh set's rule for snn-29623)",
    "snn-26558": "anger in Latakia and demands to execute Suleiman al-Assad (drawn in place of the first ones; "
                 "the same rule as snn-28293)",
    "snn-29540": "protests in Ferguson's streets on the anniversary of Michael Brown's death (crawled 11 August) = "
                 "the second set's snn-30114 (the Ferguson anniversary protests, the shooting during them and the "
                 "state of emergency; «فيرجسون» there, so the title rule missed it)",
    "snn-27752": "a man wounded in clashes with the police during the Ferguson demonstrations (crawled 10 August; "
                 "drawn in place of snn-29540) = the second set's snn-30114 (the same rule)",
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


def in_window(rec: dict, window: tuple[str, str] | None = WINDOW) -> bool:
    """The record's crawl date lies in ``window`` (inclusive; ``None``: any date)."""
    return window is None or window[0] <= (rec.get("date_extracted") or "")[:10] <= window[1]


def select(corpus: Path, *, log: list | None = None, gold_ids: list = GOLD_IDS, title_sets: list = TITLE_SETS,
           seed: int = SEED, same_event: dict = SAME_EVENT,
           window: tuple[str, str] | None = WINDOW) -> list[dict]:
    """The ninth set's selection with this set's skip list (and title / text sets), seed, date
    window and SAME_EVENT list (missing gold files are errors).  ``log`` collects the articles
    passed over in the take loop, with the reason.  A later set passes its own skip list, title
    sets, seed, SAME_EVENT list and window (the eleventh: none)."""
    seen = _set6.rhetoric_sample_ids()
    earlier = _set7.earlier_titles(title_sets)
    vecs = tfidf(corpus)
    earlier_vecs = [vecs[i] for i in _set7.earlier_ids(title_sets)]
    titled = {i for i, _zip, rec in records(corpus)
              if in_window(rec, window) and _set6.title_has_trigger(rec.get("title"))
              and not shares(content_words(rec.get("title")), earlier)}
    also = lambda i, _text: i in titled and i not in seen and not close(vecs[i], earlier_vecs)  # noqa: E731
    pool = _set7.shuffled_pool(corpus, also, gold_ids=gold_ids, seed=seed)  # the whole shuffled pool
    chosen, per, taken, taken_vecs, yemen = [], {}, [], [], 0
    for rec in pool:
        aid = f"snn-{rec['index']:05d}"
        if per.get(rec["source"], 0) >= _set1.PER_OUTLET:
            continue
        if aid in same_event:
            if log is not None:
                log.append((rec, "SAME_EVENT"))
            continue
        words = content_words(rec.get("title"))
        if shares(words, taken) or close(vecs[rec["index"]], taken_vecs):
            if log is not None:
                log.append((rec, "overlap within the draw"))
            continue
        is_yemen = yemen_title(rec.get("title"))
        if is_yemen and yemen >= MAX_YEMEN:
            if log is not None:
                log.append((rec, "Yemen cap"))
            continue
        yemen += is_yemen
        per[rec["source"]] = per.get(rec["source"], 0) + 1
        taken.append(words)
        taken_vecs.append(vecs[rec["index"]])
        chosen.append(rec)
        if len(chosen) == COUNT:
            break
    return chosen


def main(choose=None) -> None:
    """Print the draw of ``choose`` (a ``select``-like function; this set's by default)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--verbose", action="store_true", help="also print the articles passed over, and why")
    args = ap.parse_args()
    log: list = []
    for rec in (choose or select)(args.corpus, log=log):
        print(f"snn-{rec['index']:05d}\t{rec['source']}\t{len(rec['content'])}\t{rec['date_extracted']}\t"
              f"{'Y' if yemen_title(rec.get('title')) else '-'}\t{rec['title']}")
    if args.verbose:
        for rec, why in log:
            print(f"# passed over ({why}): snn-{rec['index']:05d}\t{rec['source']}\t{rec['title']}")


if __name__ == "__main__":
    main()
