"""Pick the extra SaudiNewsNet articles of the rhetoric check set (deterministic; no marsad code).

    python eval/rhetoric/select_articles.py [--corpus ../shared/data/corpus/saudinewsnet]

The quote gold set (eval/quotes) is mostly officials; this draws articles where an armed group,
its leader or a party to a conflict speaks: records after the first 5,000, not in the entity or
quote gold sets, 400-2,500 characters, with a quotation mark («» "" “”), at least one armed-group
or leader name (داعش، القاعدة، الحوثي، النصرة، حزب الله، البغدادي، الظواهري، العدناني، حماس)
and at least one statement word (تسجيل، بيان، كلمة، خطاب، توعد، هدد، دعا، حرض، تبنى); repeated
titles dropped; shuffled with random.Random(2017); at most 2 per outlet, 12 articles.
The filter looks at the narration words around statements, never at the rhetoric lexicons.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from selection import ROOT, print_selection, select as select_from  # noqa: E402

GOLD = [ROOT / "eval" / "entities" / "articles.jsonl", ROOT / "eval" / "quotes" / "articles.jsonl"]
MARKS = ["«", "\"", "“"]
ACTORS = ["داعش", "القاعدة", "الحوثي", "النصرة", "حزب الله", "البغدادي", "الظواهري", "العدناني", "حماس"]
STATEMENT = ["تسجيل", "بيان", "كلمة", "خطاب", "توعد", "هدد", "دعا", "حرض", "تبنى"]
SKIP = 5000


def gold_ids() -> set[str]:
    ids: set[str] = set()
    for path in GOLD:
        if path.exists():
            with path.open(encoding="utf-8") as f:
                ids |= {json.loads(line)["id"] for line in f if line.strip()}
    return ids


def select(corpus: Path) -> list[dict]:
    skip = gold_ids()

    def keep(i: int, text: str) -> bool:
        if i < SKIP or f"snn-{i:05d}" in skip:
            return False
        return (any(m in text for m in MARKS) and any(a in text for a in ACTORS)
                and any(s in text for s in STATEMENT))

    return select_from(corpus, keep, min_len=400, max_len=2500, seed=2017, per_outlet=2, count=12)


if __name__ == "__main__":
    print_selection(select)
