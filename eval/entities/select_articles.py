"""Pick the 20 SaudiNewsNet articles of the entity gold set (deterministic; no marsad involved).

    python eval/entities/select_articles.py [--corpus ../shared/data/corpus/saudinewsnet]

Rules: records in file order (zips sorted by name, JSON array order); the first 5,000 are skipped
(the benchmarks and the entity layer's development runs read the corpus from the start); keep
articles of 500-2,500 characters whose text hits at least 4 distinct conflict keywords, at least
one of them a violence word; drop repeated titles; shuffle with random.Random(2015); take articles
in that order, at most 4 per outlet, until 20.  Prints id, outlet, length, title.
"""

from __future__ import annotations

import argparse
import json
import random
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "saudinewsnet"

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


def records(corpus: Path):
    i = 0
    for path in sorted(corpus.glob("*.zip")):
        with zipfile.ZipFile(path) as archive:
            for member in sorted(archive.namelist()):
                if not member.endswith(".json"):
                    continue
                for rec in json.loads(archive.read(member)):
                    yield i, path.stem, rec
                    i += 1


def select(corpus: Path) -> list[dict]:
    pool, titles = [], set()
    for i, zname, rec in records(corpus):
        if i < SKIP:
            continue
        text = rec.get("content") or ""
        if not MIN_LEN <= len(text) <= MAX_LEN:
            continue
        hits = {k for k in PLACES_ACTORS + VIOLENCE if k in text}
        if len(hits) < 4 or not hits & set(VIOLENCE):
            continue
        title = (rec.get("title") or "").strip()
        if title in titles:
            continue
        titles.add(title)
        pool.append({"index": i, "zip": zname, **rec})
    random.Random(SEED).shuffle(pool)
    chosen, per = [], {}
    for rec in pool:
        if per.get(rec["source"], 0) >= PER_OUTLET:
            continue
        per[rec["source"]] = per.get(rec["source"], 0) + 1
        chosen.append(rec)
        if len(chosen) == COUNT:
            break
    return chosen


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = ap.parse_args()
    for rec in select(args.corpus):
        print(f"snn-{rec['index']:05d}\t{rec['source']}\t{len(rec['content'])}\t{rec['date_extracted']}\t{rec['title']}")


if __name__ == "__main__":
    main()
