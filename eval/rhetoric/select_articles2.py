"""Pick the second batch of extra SaudiNewsNet articles of the rhetoric check set (part ``extra2``;
deterministic; no marsad code).

    python eval/rhetoric/select_articles2.py [--corpus ../shared/data/corpus/saudinewsnet]

Like ``select_articles.py`` (armed groups, militias, governments at war and clerics speaking) with
a wider list of speakers and a different seed: records after the first 5,000 (the benchmarks read
those), not in any gold set (every ``eval/*/articles.jsonl`` and ``eval/rhetoric/gold.jsonl``) and
not among the articles whose rhetoric flags were read by hand (every ``snn-`` id named in
the first round's ``eval/rhetoric/*.txt``, READ_SAMPLES); 400-3,000 characters; a quotation mark («» "" “”); at least one name of
an armed group, militia, party at war, leader or cleric (ACTORS, as a whole word
after optional proclitics) and at least one narration word
of a statement (STATEMENT, whole word: بيان، تسجيل، كلمة، خطاب، خطبة، توعد، هدد، دعا، حرض، تبنى، نعى، مقابلة);
repeated titles dropped; shuffled with random.Random(2018); at most 3 per outlet, 32 articles.

That general draw is mostly wire news about wars (few statements carry rhetoric), so a second,
speaker draw adds articles where an armed group, militia or its leader is the subject of a
narration word: a SPEECH word (بيان، كلمة، قال، أكد، توعد، هدد، دعا، نعى ...) followed by at
most three words and then an ARMED name («هدد الفرع المصري لتنظيم داعش», «قال حسن نصر الله»,
«وقال قيادي في المقاومة الشعبية»); same exclusions and lengths, not in the general draw,
random.Random(2019), at most 2 per outlet, 16 articles.  Both filters look at speakers and
narration words, never at the rhetoric lexicons.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from selection import ROOT, print_selection, select as select_from  # noqa: E402

MARKS = ["«", "\"", "“"]
ACTORS = [
    # armed groups and militias
    "داعش", "الدولة الإسلامية", "القاعدة", "النصرة", "الحوثي", "أنصار الله", "حزب الله", "حماس",
    "القسام", "الجهاد الإسلامي", "طالبان", "بوكو حرام", "الحشد الشعبي", "الشباب المجاهدين",
    "المقاومة الشعبية", "اللجان الشعبية", "الجيش الحر",
    # leaders and spokesmen
    "البغدادي", "الظواهري", "العدناني", "نصر الله", "خامنئي", "عبدالملك الحوثي", "عبد الملك الحوثي",
    "إسماعيل هنية", "خالد مشعل", "نتنياهو", "بشار الأسد",
    # clerics
    "المفتي", "الداعية", "إمام وخطيب", "خطيب المسجد", "خطيب الجامع", "خطبة الجمعة",
]
STATEMENT = ["بيان", "تسجيل", "كلمة", "خطاب", "خطبة", "توعد", "هدد", "دعا", "حرض", "تبنى", "نعى", "مقابلة"]


def _words(names: list[str]) -> re.Pattern:
    """Whole words after an optional proclitic و ف ب ل (a name with the article also as «لل»), so
    «الخطيب» is not «خطيب», «بيانات» not «بيان», «قاعدة» (base) not «القاعدة», «الحماس» not «حماس»."""
    alts = []
    for n in sorted(names, key=len, reverse=True):
        if n.startswith("ال"):
            alts.append(rf"[وفب]?(?:ال|لل){re.escape(n[2:])}")
        else:
            alts.append(rf"[وفبل]?{re.escape(n)}")
    return re.compile(rf"(?<![\w])(?:{'|'.join(alts)})(?![\w])")


ACTORS_RE = _words(ACTORS)
STATEMENT_RE = _words(STATEMENT)
ARMED = [
    "داعش", "الدولة الإسلامية", "القاعدة", "جبهة النصرة", "الحوثي", "الحوثيين", "الحوثيون", "أنصار الله",
    "حزب الله", "حركة حماس", "كتائب القسام", "الجهاد الإسلامي", "طالبان", "بوكو حرام", "الحشد الشعبي",
    "البغدادي", "الظواهري", "العدناني", "نصر الله", "نصرالله", "خامنئي", "عبدالملك الحوثي", "الجولاني",
    "المقاومة الشعبية", "اللجان الشعبية",
]
SPEECH = ["بيان", "تسجيل", "كلمة", "خطاب", "خطبة", "توعد", "هدد", "دعا", "نعى", "قال", "أكد", "اعتبر", "وصف",
          "أشاد", "حذر", "بث", "صرح"]
SPEAKER_RE = re.compile(rf"(?:{_words(SPEECH).pattern})\s+(?:\S+\s+){{0,3}}(?:{_words(ARMED).pattern})")
SKIP = 5000
SEED = 2018
COUNT = 32
SPEAKER_SEED = 2019
SPEAKER_COUNT = 16


#: the hand-read samples of the first round (fixed, so that later samples do not change the draw)
READ_SAMPLES = ("after_fix_gold_quotes.txt", "after_fix_pipeline.txt", "blind_run_gold_quotes.txt",
                "blind_run_pipeline.txt", "framing_labels_a.txt", "framing_labels_b.txt", "inspection_600.txt",
                "inspection_600b.txt", "inspection_600c.txt", "inspection_600d.txt")


def excluded_ids() -> set[str]:
    """Every article id of a gold set (of ``gold.jsonl`` the parts before ``extra2``, which this
    draw makes), and every id named in the first round's hand-read rhetoric samples."""
    ids: set[str] = set()
    paths = [*sorted((ROOT / "eval").glob("*/articles.jsonl")), ROOT / "eval" / "rhetoric" / "gold.jsonl"]
    for path in paths:
        with path.open(encoding="utf-8") as f:
            ids |= {rec["id"] for rec in map(json.loads, filter(str.strip, f)) if rec.get("part") != "extra2"}
    for name in READ_SAMPLES:
        ids |= set(re.findall(r"snn-\d{5}", (ROOT / "eval" / "rhetoric" / name).read_text(encoding="utf-8")))
    return ids


def select(corpus: Path) -> list[dict]:
    """The general draw (32 articles), then the speaker draw (16), each record tagged with its ``draw``."""
    skip = excluded_ids()

    def keep(i: int, text: str) -> bool:
        if i < SKIP or f"snn-{i:05d}" in skip:
            return False
        return (any(m in text for m in MARKS) and ACTORS_RE.search(text) is not None
                and STATEMENT_RE.search(text) is not None)

    general = select_from(corpus, keep, min_len=400, max_len=3000, seed=SEED, per_outlet=3, count=COUNT)
    first = {rec["index"] for rec in general}

    def keep_speaker(i: int, text: str) -> bool:
        if i < SKIP or f"snn-{i:05d}" in skip or i in first:
            return False
        return any(m in text for m in MARKS) and SPEAKER_RE.search(text) is not None

    speaker = select_from(corpus, keep_speaker, min_len=400, max_len=3000, seed=SPEAKER_SEED, per_outlet=2,
                          count=SPEAKER_COUNT)
    return [{**rec, "draw": "general"} for rec in general] + [{**rec, "draw": "speaker"} for rec in speaker]


if __name__ == "__main__":
    print_selection(select)
