"""Pick the SaudiNewsNet articles of the quote gold set (deterministic; no marsad involved).

    python eval/quotes/select_articles.py [--corpus ../shared/data/corpus/saudinewsnet]

Rules: records in file order (zips sorted by name, JSON array order); the first 5,000 are skipped
(the benchmarks read the corpus from the start), and so are the articles of the entity gold set
(eval/entities/articles.jsonl); keep articles of 400-2,000 characters that hit at least 2 distinct
reported-speech cues (قال، أكد، أعلن، بيان، مصدر، أوضح، أضاف، نفى، حذر، بحسب، وفقا، or a «» / "" /
“” quotation) and at least 3 distinct conflict / politics keywords; drop repeated titles; shuffle
with random.Random(2016); take articles in that order, at most 3 per outlet, until 25 (the first
ones in that order are annotated).  Prints id, outlet, length, date, title.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from selection import DEFAULT_CORPUS, ROOT, print_selection, select as select_from  # noqa: E402

ENTITY_GOLD = ROOT / "eval" / "entities" / "articles.jsonl"

CUES = [
    "قال", "أكد", "اكد", "أعلن", "اعلن", "بيان", "مصدر", "أوضح", "اوضح", "أضاف", "اضاف", "نفى",
    "حذر", "بحسب", "وفقا", "وفقاً", "«", "\"", "“",
]
TOPICS = [
    "داعش", "الحوثي", "التحالف", "الإرهاب", "القاعدة", "النصرة", "المعارضة", "سوريا", "العراق",
    "اليمن", "ليبيا", "صنعاء", "عدن", "تعز", "دمشق", "بغداد", "الأسد", "إيران", "قتل", "هجوم",
    "قصف", "غارات", "اشتباكات", "الجيش", "مجلس الأمن", "المقاومة", "مسلحين", "المتمردين",
    "الأمم المتحدة", "فلسطين", "إسرائيل", "الاحتلال", "غزة", "تفجير", "إرهابي", "الإرهابية",
]
SKIP = 5000
MIN_LEN, MAX_LEN = 400, 2000
PER_OUTLET = 3
COUNT = 25
SEED = 2016


def entity_gold_ids() -> set[str]:
    if not ENTITY_GOLD.exists():
        return set()
    with ENTITY_GOLD.open(encoding="utf-8") as f:
        return {json.loads(line)["id"] for line in f if line.strip()}


def select(corpus: Path) -> list[dict]:
    skip_ids = entity_gold_ids()

    def quoted(i: int, text: str) -> bool:
        if i < SKIP or f"snn-{i:05d}" in skip_ids:
            return False
        return len({k for k in CUES if k in text}) >= 2 and len({k for k in TOPICS if k in text}) >= 3

    return select_from(corpus, quoted, min_len=MIN_LEN, max_len=MAX_LEN, seed=SEED,
                       per_outlet=PER_OUTLET, count=COUNT)


def main() -> None:
    print_selection(select)


if __name__ == "__main__":
    main()
