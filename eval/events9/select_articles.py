"""Pick the SaudiNewsNet articles of the ninth (blind) conflict-event gold set (deterministic; no
marsad involved).

    python eval/events9/select_articles.py [--corpus ../shared/data/corpus/saudinewsnet] [--verbose]

Rules: those of the eighth set (eval/events8/select_articles.py, whose SAME_EVENT list is kept, and
the seventh set's content-word, tf-idf and overlap helpers, which it reuses), with the skip list
extended by eval/events8 and the seed random.Random(2033).  In full: the first set's TRIGGERS list
and helpers (eval/events/select_articles.py, eval/selection.py); records in file order (zips sorted
by name, JSON array order); the first 5,000 are skipped, and so are the articles of the other gold
sets: eval/entities, eval/quotes, eval/events, eval/entities2, eval/events2 ... eval/events8
(articles.jsonl, by id; of the sealed fifth set only the ``id`` field is used), eval/rhetoric's
gold.jsonl (by id), every ``snn-NNNNN`` id named in eval/rhetoric/*.txt, and eval/times/gold.jsonl
(one-sentence excerpts: an article containing one of them is skipped); keep articles of 400-2,500
characters that contain at least 3 distinct conflict-event trigger words (plain substring match)
and whose title contains one of them; drop repeated titles; shuffle with random.Random(2033).

The seventh set's diversity rules, now against sets 1-4 and 6-8 (the sealed fifth set's titles and
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
  above missed, are passed over in the take loop.

New in this set, for diversity of conflicts (Yemen was 21 of 50 events in the seventh set and 24 of
49 in the eighth):

- **at most 8 Yemen articles** (``MAX_YEMEN``): in the take loop, once 8 articles whose *title* is
  about Yemen (``yemen_title``: a normalised title word in ``YEMEN_WORDS`` — Yemen, Yemeni, the
  Houthis, the «putschists», the Yemeni governorates and towns — or one of ``YEMEN_PHRASES``) have
  been taken, further such articles are passed over.  Decided from the title only; an article about
  Yemen whose title names none of these words counts as not about Yemen.

The script stops with an error if a gold file it depends on is missing.  Prints id, outlet,
length, date, title (``--verbose``: also the articles passed over in the take loop, and why).
"""

from __future__ import annotations

import argparse
import importlib.util
import re
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


# the first, sixth, seventh and eighth sets' selections, loaded from their files (all are named
# select_articles.py); the seventh set's helpers (content words, tf-idf, cosine) are reused
_set1 = _load("events1_select", HERE.parent / "events" / "select_articles.py")
_set6 = _load("events6_select", HERE.parent / "events6" / "select_articles.py")
_set7 = _load("events7_select", HERE.parent / "events7" / "select_articles.py")
_set8 = _load("events8_select", HERE.parent / "events8" / "select_articles.py")

GOLD_IDS = list(_set8.GOLD_IDS) + [ROOT / "eval" / "events8" / "articles.jsonl"]
#: the sets whose titles and texts are compared (not the sealed fifth)
TITLE_SETS = [ROOT / "eval" / d / "articles.jsonl"
              for d in ("events", "events2", "events3", "events4", "events6", "events7", "events8")]
COUNT = 20
SEED = 2033
MAX_SHARED = _set7.MAX_SHARED  # 3 or more shared content words -> skipped
MAX_COSINE = _set7.MAX_COSINE  # texts this similar -> skipped
MAX_YEMEN = 8  # at most this many articles whose title is about Yemen
#: drawn articles seen by their title (and the earlier set's title and opening lines) to report the
#: news event of an article of an earlier set though neither overlap rule caught them; passed over
#: in the take loop (the draw is still deterministic: the list is part of the rules)
SAME_EVENT: dict[str, str] = {
    **_set8.SAME_EVENT,  # the seventh and eighth sets' entries stand (snn-10865 is drawn again here)
    "snn-20457": "Sheikh al-Shuraim on the Special Emergency Forces mosque bombing (Abha / Asir) = the first "
                 "set's snn-24950, snn-24374, the second set's snn-25509 (the eighth set's rule for "
                 "statements on that bombing: snn-24948, snn-20465, snn-25490)",
    "snn-29377": "a car bomb killing 5 in Kabul, crawled on 11 August = the eighth set's snn-29209 (the suicide "
                 "car bomb on the Kabul airport road of 10 August, 4 dead at the time: its title and opening "
                 "lines)",
    "snn-20502": "IS's claim of the Special Emergency Forces mosque bombing (Abha / Asir), naming the bomber = "
                 "the first set's snn-24950, snn-24374 (drawn in place of the two above; the same rule as "
                 "snn-20457)",
}

#: normalised title words (the seventh set's ``normalise``) that put a title in Yemen: the country,
#: its people, the Houthis and the «putschists» (the Saudi papers' word for the Houthi-Saleh side in
#: 2015), and the governorates and towns in the news in 2015.  Left out as ambiguous: حجة (also
#: «pretext»), البيضاء («white»), العند (normalised to the preposition عند), المخلوع, التحالف,
#: المقاومة alone, المتمردين.
YEMEN_WORDS = {
    "يمن", "يمني", "يمنيه", "يمنيين", "يمنيون",
    "حوثي", "حوثيه", "حوثيين", "حوثيون", "انقلابيين", "انقلابيون",
    "صنعاء", "عدن", "تعز", "مارب", "لحج", "ابين", "ضالع", "شبوه", "صعده", "حديده", "ذمار",
    "زنجبار", "حضرموت", "مكلا", "ريمه", "عمران", "جوف", "سقطري", "كرش", "مخا", "حرض", "ميدي",
}
#: phrases that put a title in Yemen (plain substrings of the title): Ibb (two letters, so not a
#: content word), the Popular Resistance, the coalition's operations, Bab al-Mandab
YEMEN_PHRASES = ("إب ", "بإب ", "المقاومة الشعبية", "عاصفة الحزم", "إعادة الأمل", "باب المندب")

STOPWORDS = _set7.STOPWORDS
normalise = _set7.normalise
content_words = _set7.content_words
shares = _set7.shares
tfidf = _set7.tfidf
cosine = _set7.cosine
close = _set7.close


def yemen_title(title: str | None) -> bool:
    """The title is about Yemen: one of its normalised words is in YEMEN_WORDS, or it contains one
    of YEMEN_PHRASES (the title is padded with a space so that a final «إب» is found)."""
    t = (title or "") + " "
    words = {normalise(w) for w in re.findall(r"\w+", t)}
    return bool(words & YEMEN_WORDS) or any(p in t for p in YEMEN_PHRASES)


def select(corpus: Path, *, log: list | None = None) -> list[dict]:
    """The eighth set's selection with this set's skip list (and title / text sets), seed,
    SAME_EVENT list and Yemen cap (missing gold files are errors).  ``log`` collects the articles
    passed over in the take loop, with the reason."""
    seen = _set6.rhetoric_sample_ids()
    earlier = _set7.earlier_titles(TITLE_SETS)
    vecs = tfidf(corpus)
    earlier_vecs = [vecs[i] for i in _set7.earlier_ids(TITLE_SETS)]
    titled = {i for i, _zip, rec in records(corpus)
              if _set6.title_has_trigger(rec.get("title")) and not shares(content_words(rec.get("title")), earlier)}
    also = lambda i, _text: i in titled and i not in seen and not close(vecs[i], earlier_vecs)  # noqa: E731
    pool = _set7.shuffled_pool(corpus, also, gold_ids=GOLD_IDS, seed=SEED)  # the whole shuffled pool
    chosen, per, taken, taken_vecs, yemen = [], {}, [], [], 0
    for rec in pool:
        aid = f"snn-{rec['index']:05d}"
        if per.get(rec["source"], 0) >= _set1.PER_OUTLET:
            continue
        if aid in SAME_EVENT:
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


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--verbose", action="store_true", help="also print the articles passed over, and why")
    args = ap.parse_args()
    log: list = []
    for rec in select(args.corpus, log=log):
        print(f"snn-{rec['index']:05d}\t{rec['source']}\t{len(rec['content'])}\t{rec['date_extracted']}\t"
              f"{'Y' if yemen_title(rec.get('title')) else '-'}\t{rec['title']}")
    if args.verbose:
        for rec, why in log:
            print(f"# passed over ({why}): snn-{rec['index']:05d}\t{rec['source']}\t{rec['title']}")


if __name__ == "__main__":
    main()
