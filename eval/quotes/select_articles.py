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

import argparse
import json
import random
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "saudinewsnet"
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


def entity_gold_ids() -> set[str]:
    if not ENTITY_GOLD.exists():
        return set()
    with ENTITY_GOLD.open(encoding="utf-8") as f:
        return {json.loads(line)["id"] for line in f if line.strip()}


def select(corpus: Path) -> list[dict]:
    skip_ids = entity_gold_ids()
    pool, titles = [], set()
    for i, zname, rec in records(corpus):
        if i < SKIP or f"snn-{i:05d}" in skip_ids:
            continue
        text = rec.get("content") or ""
        if not MIN_LEN <= len(text) <= MAX_LEN:
            continue
        if len({k for k in CUES if k in text}) < 2 or len({k for k in TOPICS if k in text}) < 3:
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
