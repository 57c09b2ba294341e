"""The rhetoric check set: hand annotations -> ``eval/rhetoric/gold.jsonl`` (run from the repo root).

    python eval/rhetoric/build_gold.py

Annotated by hand before the rhetoric code was run on these articles (see README.md for the
guidelines).  Each item names a document, a snippet of its text (found with ``str.find``; the
build fails if it is missing or ambiguous) and the categories of the statement the snippet is
part of.  Two parts:

* ``quotes``: the 132 gold quotations of ``eval/quotes/articles.jsonl`` (25 articles); every
  quotation not listed here is annotated as carrying no rhetoric category (negatives);
* ``extra``: 12 articles drawn by ``select_articles.py`` (armed groups and leaders speaking);
  every statement not listed is a negative, and so is all narration.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent

# (article id, quote index in eval/quotes/articles.jsonl, categories)
QUOTES: list[tuple[str, int, list[str]]] = [
    ("snn-05081", 5, ["threat"]),            # اختفوا من المدينة، لن تجدوا الحماية لكم
    ("snn-14463", 5, ["threat"]),            # سيكون للحكومة الحق في إخراجهم بالقوة
    ("snn-20774", 1, ["threat"]),            # سنبدأ ... مكافحة شاملة ضد داعش (named group)
    ("snn-20774", 6, ["threat"]),            # سنبدأ ... مكافحتنا لتنظيم داعش
    ("snn-18585", 1, ["threat"]),            # الولايات المتحدة ستشن هجمات ... ضد أهداف الدولة الإسلامية
    ("snn-27033", 2, ["appeal_to_victimhood"]),  # يد الإرهاب ... المصلين ... من إخواننا ... الدماء البريئة
    ("snn-17441", 1, ["appeal_to_victimhood"]),  # جرائم القتل لآلاف الفلسطينيين ومن بينهم مئات الاطفال
    ("snn-24975", 0, ["appeal_to_victimhood"]),  # سيتسبب بكارثة إنسانية
    ("snn-24975", 1, ["appeal_to_victimhood"]),  # السبب في حدوث الكارثة الإنسانية
    ("snn-24975", 9, ["appeal_to_victimhood"]),  # ترويع سكان المحافظة، بالقتل والخطف والاعتقال
    ("snn-27666", 2, ["glorification"]),     # مقاتلات الحزم صفّت بأجنحة من الموت الزؤام
    ("snn-16440", 7, ["glorification"]),     # «قامت بقطع يد الغرب وأيدي الاميركان في بلاد الشام»
    ("snn-10122", 1, ["incitement_against_group"]),  # الولايات المتحدة ... الشيطان الأكبر
]

# (article id, snippet of the statement, categories)
EXTRA: list[tuple[str, str, list[str]]] = [
    ("snn-16486", "لحمل السلاح وحسم المعركة ضد الانقلابيين الحوثيين", ["call_to_violence"]),
    ("snn-16486", "الظروف المعيشية الصعبة التي يعانونها جراء الخراب الحوثي", ["appeal_to_victimhood"]),
    ("snn-24730", "نحٌن مستهدفون في وطننا وعقيدتنا", ["appeal_to_victimhood"]),
    ("snn-22505", "شن مزيد من هجمات الذئاب المنفردة ضدها", ["call_to_violence"]),
    ("snn-22505", "بمهاجمة أميركا في عقر دارها وخارج أراضيها", ["call_to_violence"]),
    ("snn-22505", "تنفيذ هجمات من نوعية عمليات \"الذئب المنفرد\" على الولايات المتحدة وفرنسا ودول الكفر الأخرى",
     ["call_to_violence", "incitement_against_group"]),
    ("snn-22505", "أشاد باطرفي بمحمد يوسف عبدالعزيز", ["glorification"]),
    ("snn-22505", "كما أشاد بالهجوم المسلح على صحيفة", ["glorification"]),
]


def _locate(text: str, snippet: str, where: str) -> tuple[int, int]:
    start = text.find(snippet)
    if start < 0:
        sys.exit(f"{where}: snippet not found: {snippet!r}")
    if text.find(snippet, start + 1) >= 0:
        sys.exit(f"{where}: snippet is ambiguous: {snippet!r}")
    return start, start + len(snippet)


def main() -> None:
    sys.path.insert(0, str(HERE))
    sys.path.insert(0, str(ROOT / "eval"))
    from select_articles import select  # noqa: PLC0415
    from selection import DEFAULT_CORPUS  # noqa: PLC0415

    out = []
    with (ROOT / "eval" / "quotes" / "articles.jsonl").open(encoding="utf-8") as f:
        quote_articles = [json.loads(line) for line in f if line.strip()]
    listed = {(d, i): cats for d, i, cats in QUOTES}
    for a in quote_articles:
        items = []
        for i, q in enumerate(a["quotes"]):
            items.append({"start": q["start"], "end": q["end"], "text": q["text"],
                          "categories": listed.pop((a["id"], i), []), "quote": i})
        out.append({"id": a["id"], "part": "quotes", "source": a["source"], "published": a["published"],
                    "title": a["title"], "text": a["text"], "items": items})
    if listed:
        sys.exit(f"annotations for unknown quotes: {sorted(listed)}")
    for rec in select(DEFAULT_CORPUS):
        doc_id = f"snn-{rec['index']:05d}"
        text = rec["content"]
        items = []
        for d, snippet, cats in EXTRA:
            if d == doc_id:
                s, e = _locate(text, snippet, doc_id)
                items.append({"start": s, "end": e, "text": text[s:e], "categories": cats})
        out.append({"id": doc_id, "part": "extra", "source": rec["source"], "published": rec["date_extracted"],
                    "title": rec["title"], "text": text, "items": items})
    with (HERE / "gold.jsonl").open("w", encoding="utf-8") as f:
        for rec in out:
            for it in rec["items"]:
                assert rec["text"][it["start"]:it["end"]] == it["text"]
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    n = sum(1 for r in out for it in r["items"] if it["categories"])
    print(f"{len(out)} articles, {n} statements with a category -> {HERE / 'gold.jsonl'}")


if __name__ == "__main__":
    main()
