"""Pick the SaudiNewsNet articles of the fourteenth (blind) conflict-event gold set (deterministic; no
marsad involved).

    python eval/events14/select_articles.py [--corpus ../shared/data/corpus/saudinewsnet] [--verbose]

Rules: those of the twelfth set (eval/events12/select_articles.py, which runs the tenth set's ``select``
with no date window, reusing the eleventh set's skip list, title / text sets, SAME_EVENT list and helpers:
the seventh set's content words, tf-idf and cosine, the ninth set's Yemen rule), with the skip list and
the title / text sets extended by eval/events12, the seed random.Random(2038) and **no date window**
(the whole corpus, 21 July to 11 August 2015).  In full: the first set's TRIGGERS list and helpers
(eval/events/select_articles.py, eval/selection.py); records in file order (zips sorted by name, JSON
array order); the first 5,000 are skipped, and so are the articles of the other gold sets:
eval/entities, eval/quotes, eval/events, eval/entities2, eval/events2 ... eval/events12
(articles.jsonl, by id; of the sealed fifth set only the ``id`` field is used), eval/rhetoric's
gold.jsonl (by id), every ``snn-NNNNN`` id named in eval/rhetoric/*.txt, and eval/times/gold.jsonl
(one-sentence excerpts: an article containing one of them is skipped); keep articles of 400-2,500
characters that contain at least 3 distinct conflict-event trigger words (plain substring match) and
whose title contains one of them; drop repeated titles; shuffle with random.Random(2038).

The seventh set's diversity rules, now against sets 1-4 and 6-12 (the sealed fifth set's titles and
texts are not read):

- **title overlap with the earlier sets**: an article is skipped when its title shares 3 or more
  content words (the seventh set's ``content_words``) with the title of an article of those sets;
- **text overlap with the earlier sets** (wire copies of one story): an article is skipped when the
  cosine of its text's tf-idf vector of content words (idf over all the corpus' texts) with that of an
  article of those sets is 0.5 or more;
- **overlap within the draw**: taking articles in shuffled order, at most 3 per outlet, an article is
  also passed over when its title shares 3 or more content words with the title of an article already
  taken, or its text a cosine of 0.5 or more; stop at 20;
- **by hand** (``SAME_EVENT``): drawn articles whose title (and the earlier article's title and opening
  lines) showed them to report the news event of an earlier set's article, which the rules above
  missed, are passed over in the take loop;
- **at most 8 Yemen articles** (the ninth set's ``MAX_YEMEN`` and ``yemen_title``, unchanged).

**New: a second tier.**  After twelve sets (and the thirteenth, drawn at the same time) the first tier —
the twelfth set's pool exactly, in its shuffled order — gave only 5 articles, all then passed over by
hand as the same events as earlier sets' articles (``SAME_EVENT``).  The take loop therefore continues
into a second pool, shuffled with the same seed: the articles the first tier's filter left out only
because their **title** has no trigger word, provided their text has at least **5** distinct trigger
words (``MIN_TRIGGERS_2``; the first tier asks 3 and a trigger in the title), everything else unchanged
(length, skip lists, times excerpts, title and text overlap with sets 1-4 and 6-12, rhetoric samples);
articles of the first tier and repeated titles are left out of it.  The per-outlet cap, SAME_EVENT, the
overlap within the draw and the Yemen cap apply across both tiers.  Each chosen record carries its
``tier`` (printed in the fifth column).

**New: the thirteenth set** (``SET13_IDS``), annotated at the same time by another annotator and not
yet written when this set was drawn: the ids its ``select_articles.py`` printed (only the id column
was read; its annotations, README and build script were not — but see the README for a slip that showed
nine of its titles once) are passed over in the take loop, like the SAME_EVENT entries (the frozen list
keeps the draw deterministic; ``--verbose`` reports them as «set 13», by id only).  Its titles and texts
are not compared.

The script stops with an error if a gold file it depends on is missing.  Prints id, outlet, length,
date, tier, a ``Y`` for titles the Yemen rule counts, title (``--verbose``: also the articles passed over in
the take loop, and why).
"""

from __future__ import annotations

import argparse
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
# the twelfth set's skip list, title / text sets, SAME_EVENT list and helpers are reused, and the tenth
# set's ``select`` (take loop included) runs, as in the eleventh and twelfth sets
_set10 = _load("events10_select", HERE.parent / "events10" / "select_articles.py")
_set12 = _load("events12_select", HERE.parent / "events12" / "select_articles.py")
_set1, _set6, _set7 = _set10._set1, _set10._set6, _set10._set7  # the modules the tenth set's select uses

GOLD_IDS = list(_set12.GOLD_IDS) + [ROOT / "eval" / "events12" / "articles.jsonl"]
#: the sets whose titles and texts are compared (not the sealed fifth, not the thirteenth)
TITLE_SETS = list(_set12.TITLE_SETS) + [ROOT / "eval" / "events12" / "articles.jsonl"]
COUNT = 20
SEED = 2038
MAX_SHARED = _set12.MAX_SHARED  # 3 or more shared content words -> skipped
MAX_COSINE = _set12.MAX_COSINE  # texts this similar -> skipped
MAX_YEMEN = _set12.MAX_YEMEN  # at most this many articles whose title is about Yemen
#: the second tier's threshold: distinct trigger words in the text (the first tier keeps the first set's 3),
#: with the title-trigger rule waived
MIN_TRIGGERS_2 = 5

#: the thirteenth set, drawn at the same time, passed over in the take loop: the 19 ids printed by
#: eval/events13/select_articles.py when this set was drawn (only the id column read), and snn-19985, which
#: it printed (20 lines) and eval/events13/articles.jsonl held (``id`` field only) at the final check;
#: snn-19985 was not in this draw, so adding it changed nothing (the draw was re-run and compared)
SET13_IDS: tuple[str, ...] = (
    "snn-25443", "snn-05572", "snn-22369", "snn-08455", "snn-23709", "snn-06148", "snn-11768", "snn-25031",
    "snn-06672", "snn-23179", "snn-13201", "snn-17794", "snn-05852", "snn-18404", "snn-21495", "snn-10297",
    "snn-09635", "snn-25600", "snn-10321", "snn-19985",
)

#: drawn articles seen by their title (and the earlier set's title and opening lines) to report the
#: news event of an article of an earlier set though neither overlap rule caught them; passed over
#: in the take loop (the draw is still deterministic: the list is part of the rules)
SAME_EVENT: dict[str, str] = {
    **_set12.SAME_EVENT,  # the seventh to twelfth sets' entries stand
    # New entries (titles and opening lines of the articles of sets 1-4 and 6-12 checked, not the drawn texts):
    "snn-05897": "the killing of al-Fadhli, «wanted for security» (alwatan, crawled 23 July) = the twelfth set's "
                 "snn-05571 (the Pentagon announcing the death of Muhsin al-Fadhli, the Khorasan group's leader, in a "
                 "US strike in early July: its news record)",
    "snn-26014": "IS publishing the picture of the Asir Special Emergency Forces mosque bomber (alweeam, crawled 8 "
                 "August) = the first set's snn-24950, snn-24374 (the Abha bombing; the eighth to tenth sets' rule for "
                 "articles on that bombing, e.g. snn-20502, IS's claim naming the bomber)",
    "snn-19944": "the first death among the US-trained Syrian fighters, in clashes (alweeam, crawled 4 August) = the "
                 "fourth set's snn-19599 (al-Nusra's attack on Division 30 near Azaz of 31 July and the first US "
                 "«defensive» strike) and the ninth set's snn-18001",
    "snn-26728": "dead and wounded in Kabul's worst attacks since the start of the year (aljazirah, crawled 9 August) "
                 "= the eighth set's snn-25344 (the Kabul police academy bombing of Friday 7 August, the truck bomb "
                 "of the night before; also the fourth set's snn-28551 and third set's snn-26473 as background)",
    "snn-07042": "Tunisian security forces killing a militant and arresting others in the north (3alyoum, crawled 24 "
                 "July) = the fourth set's snn-09000 (one militant killed and 16 arrested in operations in the "
                 "Bizerte region, announced on Friday 24 July: its Sejnane records)",
    "snn-08515": "Turkey opening three fronts and adding the PKK to its war on IS (aawsat, crawled 25 July) = the "
                 "first set's snn-07164, snn-09846 and the fourth set's snn-08079 (Turkey's first air strikes on IS "
                 "in Syria and the nationwide raids of 24 July; the second set's snn-09284)",
    "snn-17674": "hundreds of coalition troops deployed to secure Aden (3alyoum, crawled 3 August) = the first set's "
                 "snn-19732 and snn-19434 (the Emirati / Gulf forces securing Aden and its airport, coded there as a "
                 "deployment, *Strategic developments / Other*)",
    # second pass (drawn in place of the first ones)
    "snn-17131": "34 dead among the rebels and the regime in Aleppo (alwatan, crawled 2 August) = the seventh set's "
                 "snn-16719 (25 rebels killed in a failed attack on a military base in Aleppo governorate, crawled 2 "
                 "August: the same Observatory toll with the regime's dead)",
    "snn-23748": "«they shed the blood of those who bow and prostrate» (aleqtisadiya, crawled 7 August: the Asir "
                 "Special Emergency Forces mosque bombing of 6 August) = the first set's snn-24950, snn-24374 (the "
                 "tenth set's rule for snn-23743, aleqtisadiya's column «the victims this time: worshippers»)",
    # third pass
    "snn-18960": "three Yemeni army battalions arriving at al-Anad base (sabq, crawled 3 August) = the first set's "
                 "snn-19434 and the fourth set's snn-17649 (the recapture of al-Anad, 3 August; the twelfth set's "
                 "rule for snn-19049 and snn-17736)",
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


def _widened_pool(corpus: Path, also, *, exclude: set[int], titles: set[str]) -> list[dict]:
    """The second tier: the first set's filter with MIN_TRIGGERS_2 distinct trigger words instead of 3
    (skip list, length, times excerpts as in the seventh set's ``shuffled_pool``) and ``also`` (which, for
    this tier, does not ask for a trigger word in the title), minus the records of the first tier
    (``exclude``) and the titles it already has, shuffled with SEED."""
    skip_ids = _set1.gold_ids(GOLD_IDS, strict=True)
    excerpts = _set1.times_excerpts(strict=True)

    def eventful(i: int, text: str) -> bool:
        if i < _set1.SKIP or f"snn-{i:05d}" in skip_ids or i in exclude:
            return False
        if len({k for k in _set1.TRIGGERS if k in text}) < MIN_TRIGGERS_2:
            return False
        if any(x in text for x in excerpts):
            return False
        return also(i, text)

    big = 10 ** 9
    pool = selection.select(corpus, eventful, min_len=_set1.MIN_LEN, max_len=_set1.MAX_LEN, seed=SEED,
                            per_outlet=big, count=big)
    return [rec for rec in pool if (rec.get("title") or "").strip() not in titles]


def select(corpus: Path, *, log: list | None = None) -> list[dict]:
    """The twelfth set's selection (the tenth set's pool and take loop) with this set's skip list (and
    title / text sets), seed and SAME_EVENT list and no date window, the thirteenth set's ids passed over,
    and a second tier (see the module docstring) after the first tier's pool.  ``log`` collects the
    articles passed over in the take loop, with the reason (``tier`` 1 or 2 is in each chosen record)."""
    seen = _set6.rhetoric_sample_ids()
    earlier = _set7.earlier_titles(TITLE_SETS)
    vecs = tfidf(corpus)
    earlier_vecs = [vecs[i] for i in _set7.earlier_ids(TITLE_SETS)]
    titled = {i for i, _zip, rec in records(corpus)
              if _set6.title_has_trigger(rec.get("title")) and not shares(content_words(rec.get("title")), earlier)}
    also = lambda i, _text: i in titled and i not in seen and not close(vecs[i], earlier_vecs)  # noqa: E731
    # tier 1: exactly the pool the tenth set's select builds (the seventh set's shuffled_pool)
    pool1 = _set7.shuffled_pool(corpus, also, gold_ids=GOLD_IDS, seed=SEED)
    # tier 2: the title-trigger rule waived, 5 distinct trigger words in the text; the overlap rules kept
    untitled_ok = {i for i, _zip, rec in records(corpus) if not shares(content_words(rec.get("title")), earlier)}
    also2 = lambda i, _text: i in untitled_ok and i not in seen and not close(vecs[i], earlier_vecs)  # noqa: E731
    pool2 = _widened_pool(corpus, also2, exclude={rec["index"] for rec in pool1},
                          titles={(rec.get("title") or "").strip() for rec in pool1})
    chosen, per, taken, taken_vecs, yemen = [], {}, [], [], 0
    for tier, rec in [(1, r) for r in pool1] + [(2, r) for r in pool2]:
        aid = f"snn-{rec['index']:05d}"
        if per.get(rec["source"], 0) >= _set1.PER_OUTLET:
            continue
        if aid in SET13_IDS:
            if log is not None:
                log.append((rec, "set 13"))
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
        chosen.append({**rec, "tier": tier})
        if len(chosen) == COUNT:
            break
    return chosen


def main() -> None:
    """Print the draw: id, outlet, length, crawl date, tier, Y (Yemen title), title; ``--verbose`` also the
    articles passed over in the take loop, and why (the thirteenth set's by id only: their titles are not
    printed)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--verbose", action="store_true", help="also print the articles passed over, and why")
    args = ap.parse_args()
    log: list = []
    for rec in select(args.corpus, log=log):
        print(f"snn-{rec['index']:05d}\t{rec['source']}\t{len(rec['content'])}\t{rec['date_extracted']}\t"
              f"{rec['tier']}\t{'Y' if yemen_title(rec.get('title')) else '-'}\t{rec['title']}")
    if args.verbose:
        for rec, why in log:
            if why == "set 13":
                print(f"# passed over (set 13): snn-{rec['index']:05d}")
            else:
                print(f"# passed over ({why}): snn-{rec['index']:05d}\t{rec['source']}\t{rec['title']}")


if __name__ == "__main__":
    main()
