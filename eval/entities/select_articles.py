"""Pick the 20 SaudiNewsNet articles of the entity gold set (deterministic; no marsad involved).

    python eval/entities/select_articles.py [--corpus ../shared/data/corpus/saudinewsnet]

Rules: records in file order (zips sorted by name, JSON array order); the first 5,000 are skipped
(the benchmarks and the entity layer's development runs read the corpus from the start); keep
articles of 500-2,500 characters whose text hits at least 4 distinct conflict keywords, at least
one of them a violence word; drop repeated titles; shuffle with random.Random(2015); take articles
in that order, at most 4 per outlet, until 20.  Prints id, outlet, length, title.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from selection import DEFAULT_CORPUS, print_selection, select as select_from  # noqa: E402

PLACES_ACTORS = [
    "داعش", "تنظيم الدولة", "الحوثي", "التحالف", "الإرهاب", "القاعدة", "النصرة", "المعارضة السورية",
    "سوريا", "العراق", "اليمن", "ليبيا", "الموصل", "الرقة", "حلب", "صنعاء", "عدن", "تعز", "بنغازي",
    "سرت", "الأنبار", "الرمادي", "الفلوجة", "دمشق", "إدلب", "درعا", "الحسكة", "طرابلس", "مأرب",
]
VIOLENCE = [
    "قتل", "قتلى", "مقتل", "قصف", "غارات", "غارة", "هجوم", "تفجير", "انتحاري", "اشتباكات", "معارك",
    "مسلحين", "المسلحين", "جرحى", "مفخخة",
]
SKIP = 5000
MIN_LEN, MAX_LEN = 500, 2500
PER_OUTLET = 4
COUNT = 20
SEED = 2015


def _conflict(i: int, text: str) -> bool:
    if i < SKIP:
        return False
    hits = {k for k in PLACES_ACTORS + VIOLENCE if k in text}
    return len(hits) >= 4 and bool(hits & set(VIOLENCE))


def select(corpus: Path) -> list[dict]:
    return select_from(corpus, _conflict, min_len=MIN_LEN, max_len=MAX_LEN, seed=SEED,
                       per_outlet=PER_OUTLET, count=COUNT)


def main() -> None:
    print_selection(select)


if __name__ == "__main__":
    main()
