"""Pick the SaudiNewsNet articles of the seventh (blind) conflict-event gold set (deterministic; no
marsad involved).

    python eval/events7/select_articles.py [--corpus ../shared/data/corpus/saudinewsnet]

Rules: those of the sixth set (eval/events6/select_articles.py, whose skip list, title filter and
rhetoric-sample skip are reused), i.e. the first set's (eval/events/select_articles.py, whose
TRIGGERS list and helpers are reused): records in file order (zips sorted by name, JSON array
order); the first 5,000 are skipped, and so are the articles of the other gold sets: eval/entities,
eval/quotes, eval/events, eval/entities2, eval/events2 ... eval/events6 (articles.jsonl, by id; of
the sealed fifth set only the ``id`` field is used), eval/rhetoric's gold.jsonl (by id), every
``snn-NNNNN`` id named in eval/rhetoric/*.txt, and eval/times/gold.jsonl (one-sentence excerpts: an
article containing one of them is skipped); keep articles of 400-2,500 characters that contain at
least 3 distinct conflict-event trigger words (TRIGGERS, plain substring match) and whose title
contains one of them; drop repeated titles; shuffle with random.Random(2031).

Rules more than the sixth set, for diversity (events marsad has not seen):

- **title overlap with the earlier sets**: an article is skipped when its title shares 3 or more
  content words (see ``content_words``) with the title of an article of sets 1-4 or 6 (the sealed
  fifth set's titles are not read);
- **text overlap with the earlier sets** (wire copies of one story): an article is skipped when
  the cosine of its text's tf-idf vector of content words (idf over all the corpus' texts) with
  that of an article of sets 1-4 or 6 is 0.5 or more (set 4's two al-Qaryatayn articles score
  .82, set 6's two copies of one ministry statement .997; independently written reports of one
  event score far lower, e.g. .09-.35, and are not caught);
- **overlap within the draw**: taking articles in shuffled order, at most 3 per outlet, an
  article is also passed over when its title shares 3 or more content words with the title of an
  article already taken, or its text a cosine of 0.5 or more; stop at 20;
- **by hand** (``SAME_EVENT``): drawn articles whose title showed them to report the news event of
  an earlier set's article, which the rules above missed, are passed over in the take loop.

The first two rules filter the pool (with the sixth set's title filter and rhetoric-sample skip,
in the first set's filter, ``_pool``: the shared ``select`` of eval/selection.py with no outlet cap
and no count, so the pool is shuffled exactly as the shared code shuffles); the last two are
applied in the take loop, re-implemented here to add them.  The script stops with an error if a
gold file it depends on is missing.  Prints id, outlet, length, date, title.
"""

from __future__ import annotations

import importlib.util
import json
import math
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import selection  # noqa: E402
from selection import DEFAULT_CORPUS, ROOT, print_selection, records  # noqa: E402,F401


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# the first and sixth sets' selections, loaded from their files (all are named select_articles.py)
_set1 = _load("events1_select", HERE.parent / "events" / "select_articles.py")
_set6 = _load("events6_select", HERE.parent / "events6" / "select_articles.py")

TRIGGERS = _set1.TRIGGERS
GOLD_IDS = list(_set6.GOLD_IDS) + [ROOT / "eval" / "events6" / "articles.jsonl"]
#: the sets whose titles are compared (not the sealed fifth)
TITLE_SETS = [ROOT / "eval" / d / "articles.jsonl" for d in ("events", "events2", "events3", "events4", "events6")]
COUNT = 20
SEED = 2031
MAX_SHARED = 2  # 3 or more shared content words -> skipped
MAX_COSINE = 0.5  # texts this similar -> skipped
#: drawn articles seen by their title (and the earlier set's opening lines) to report the news event
#: of an article of an earlier set though neither overlap rule caught them; passed over in the take
#: loop (the draw is still deterministic: the list is part of the rules)
SAME_EVENT = {
    "snn-29623": "the arrest of Suleiman al-Assad = the third set's snn-29406",
    "snn-23516": "the coalition strike on the 15th Brigade HQ in Zinjibar = the fourth set's snn-22719",
}

#: function words, and words that say nothing about which event it is
STOPWORDS = {
    "في", "من", "على", "الى", "عن", "مع", "بعد", "قبل", "بين", "حول", "ضد", "خلال", "منذ", "عند",
    "او", "ام", "ثم", "لا", "لم", "لن", "ما", "ان", "هذا", "هذه", "ذلك", "تلك", "التي", "الذي",
    "الذين", "كل", "غير", "اخرين", "اخري", "اخر", "اليوم", "امس", "امس", "يوم", "عام", "جديد",
    "جديده", "وسط", "اثر", "عبر", "لدي", "حتي", "نحو", "دون", "قد", "كان", "كانت", "به", "بها", "له",
    "لها", "هو", "هي",
}


def normalise(word: str) -> str:
    """No diacritics or tatweel; alef forms -> ا, ى -> ي, ة -> ه; a leading و/ب/ف/ك + ال (or ال,
    لل) dropped when at least 3 letters remain, else one leading و/ب/ل/ف/ك (a light stemmer: both
    titles of a comparison are cut alike)."""
    w = re.sub(r"[\u064B-\u065F\u0670\u0640]", "", word)
    w = re.sub("[أإآٱ]", "ا", w).replace("ى", "ي").replace("ة", "ه")
    for p in ("وال", "بال", "فال", "كال", "لل", "ال"):
        if w.startswith(p) and len(w) - len(p) >= 3:
            return w[len(p):]
    if w[:1] in "وبلفك" and len(w) >= 4:  # one proclitic (both sides of a comparison alike)
        w = w[1:]
    return w


def content_words(title: str | None) -> set[str]:
    """The normalised words of a title (Arabic or Latin letters and digits), stop words and words
    of fewer than 3 letters dropped."""
    words = {normalise(w) for w in re.findall(r"[\w]+", title or "")}
    return {w for w in words if len(w) >= 3 and w not in STOPWORDS and not w.isdigit()}


def earlier_titles(title_sets: list[Path] = TITLE_SETS, *, strict: bool = True) -> list[set[str]]:
    """The content words of every title of the gold files ``title_sets`` (a missing one is an error)."""
    out = []
    for path in title_sets:
        if not path.exists():
            if strict:
                raise SystemExit(f"missing {path}: the selection depends on it")
            continue
        with path.open(encoding="utf-8") as f:
            out += [content_words(json.loads(line)["title"]) for line in f if line.strip()]
    return out


def shares(words: set[str], others: list[set[str]]) -> bool:
    return any(len(words & o) > MAX_SHARED for o in others)


def earlier_ids(title_sets: list[Path] = TITLE_SETS) -> list[int]:
    """The record numbers of the articles of the gold files ``title_sets``."""
    out = []
    for path in title_sets:
        with path.open(encoding="utf-8") as f:
            out += [int(json.loads(line)["id"][4:]) for line in f if line.strip()]
    return out


def tfidf(corpus: Path) -> dict[int, dict[str, float]]:
    """Record number -> unit tf-idf vector (binary tf) of its text's content words, idf over the
    corpus' texts; words found in one text only are left out."""
    words = {i: content_words(rec.get("content")) for i, _zip, rec in records(corpus)}
    df = Counter(w for ws in words.values() for w in ws)
    n = len(words)
    out = {}
    for i, ws in words.items():
        v = {w: math.log(n / df[w]) for w in ws if df[w] >= 2}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        out[i] = {w: x / norm for w, x in v.items()}
    return out


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(w, 0.0) for w, x in a.items())


def close(v: dict[str, float], others: list[dict[str, float]]) -> bool:
    return any(cosine(v, o) >= MAX_COSINE for o in others)


def select(corpus: Path) -> list[dict]:
    """The sixth set's selection with this set's skip list, seed, count and the overlap rules
    (missing gold files are errors)."""
    seen = _set6.rhetoric_sample_ids()
    earlier = earlier_titles()
    vecs = tfidf(corpus)
    earlier_vecs = [vecs[i] for i in earlier_ids()]
    titled = {i for i, _zip, rec in records(corpus)
              if _set6.title_has_trigger(rec.get("title")) and not shares(content_words(rec.get("title")), earlier)}
    also = lambda i, _text: i in titled and i not in seen and not close(vecs[i], earlier_vecs)  # noqa: E731
    pool = shuffled_pool(corpus, also)  # the whole shuffled pool
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


def shuffled_pool(corpus: Path, also, *, gold_ids: list[Path] = GOLD_IDS, seed: int = SEED) -> list[dict]:
    """The first set's pool (its filter with the skip list of the gold files ``gold_ids`` and
    ``also``), shuffled with ``seed``: the shared select of eval/selection.py with no per-outlet cap
    and no count.  Sets 8 and 9 call it with their own lists and seeds."""
    skip_ids = _set1.gold_ids(gold_ids, strict=True)
    excerpts = _set1.times_excerpts(strict=True)

    def eventful(i: int, text: str) -> bool:
        if i < _set1.SKIP or f"snn-{i:05d}" in skip_ids:
            return False
        if len({k for k in TRIGGERS if k in text}) < _set1.MIN_TRIGGERS:
            return False
        if any(x in text for x in excerpts):
            return False
        return also(i, text)

    big = 10 ** 9
    return selection.select(corpus, eventful, min_len=_set1.MIN_LEN, max_len=_set1.MAX_LEN, seed=seed,
                            per_outlet=big, count=big)


def main() -> None:
    print_selection(select)


if __name__ == "__main__":
    main()
