"""The rhetoric check set: hand annotations -> ``eval/rhetoric/gold.jsonl`` (run from the repo root).

    python eval/rhetoric/build_gold.py

Annotated by hand before the rhetoric code was run on these articles (see README.md for the
guidelines).  Each item names a document, a snippet of its text (found with ``str.find``; the
build fails if it is missing or ambiguous) and the categories of the statement the snippet is
part of.  Two parts:

* ``quotes``: the 132 gold quotations of ``eval/quotes/articles.jsonl`` (25 articles); every
  quotation not listed here is annotated as carrying no rhetoric category (negatives);
* ``extra``: 12 articles drawn by ``select_articles.py`` (armed groups and leaders speaking);
  every statement not listed is a negative, and so is all narration;
* ``extra2``: 48 articles drawn by ``select_articles2.py`` (32 from a general draw of wars,
  armed groups, governments at war and clerics, 16 where an armed group or its leader is the
  subject of a narration word), annotated in the same way before the rhetoric layer was run on
  them.
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


# (article id, snippet of the statement, categories) for part extra2.  Borderline decisions:
# testimony of a victim's relative (snn-05047 «اقتحموا البيت ... وضربنا») is an account, not an
# appeal; demonstrators' «الشعب يريد إعدام سليمان» (snn-28709) is a demand for a judicial
# sentence, not a call to violence; Mali's «لن يبقى من دون عقاب» (snn-19438), Netanyahu's
# «سنحاكم أولئك المسؤولين» and the US «العمل ... بغية هزيمة بوكو حرام» (support, not force) are
# not threats; the Nigerian commander's «توعد ... بالقضاء على التمرد» has an abstract object (not
# a threat) while Buhari's «القضاء على بوكو حرام» names the group (threat); a party at war
# announcing that it will take or «liberate» a named place from a named enemy is a threat
# (lenient reading, as «سنبدأ مكافحة شاملة ضد داعش»); al-Shuraim's «أبي لؤلؤة المجوسي» is a
# historical epithet, not a label for a people; columns (snn-23630, snn-26795) are the writer's
# own text, i.e. narration; the Syrian opposition's «المرتزقة» (foreign fighters) is not a people.
EXTRA2: list[tuple[str, str, list[str]]] = [
    # Palestinian presidency and Hamas / Islamic Jihad after a killing in the West Bank
    ("snn-05047", "عمليات القتل الإسرائيلية اليومية للمواطنين هدفها ضرب الاستقرار", ["appeal_to_victimhood"]),
    ("snn-05047", "المسؤولية الكاملة عن جريمة قتل المواطن ابو ماريا بدم بارد", ["appeal_to_victimhood"]),
    ("snn-05047", "حق شعبنا في الدفاع عن نفسه والرد على جرائم الاحتلال الغاصب، بكل السبل الممكنة والمتاحة",
     ["threat"]),
    # the attacker of the US consulate in Istanbul, as a witness reports her
    ("snn-30599", "جئت لأنتقم لهجوم سروج", ["threat"]),
    # Yemen's defence ministry: the coup militias will be routed from Sanaa and Saada
    ("snn-22643", "سيأتي اليوم الذي تندحر من صنعاء وصعدة", ["threat"]),
    # Turkey announces continued operations against named groups
    ("snn-09945", "مواصلة العمليات الموجهة ضد المنظمات الإرهابية داعش، و(بي كا كا)", ["threat"]),
    # Yemen's popular resistance: on to al-Anad
    ("snn-08728", "ستتوجه بالتحديد لتحرير قاعدة العند الجوية", ["threat"]),
    # Nasrallah: America remains the Great Satan
    ("snn-11305", "أمريكا ستبقى «الشيطان الأكبر»", ["incitement_against_group"]),
    # Afghan governor after the Taliban took a police base
    ("snn-11578", "سنشن عملية قريبا وسنستعيد السيطرة على القاعدة", ["threat"]),
    # Yemen's popular resistance: «liberation» from the Houthis goes on
    ("snn-05272", "ستستمر في عملية \"تحرير\" المدينة من الحوثيين وقوات صالح", ["threat"]),
    ("snn-22644", "الخطوة المقبلة للمقاومة الشعبية والقوات المسلحة بعد تحرير عدن هي تطهير محافظتي أبين ولحج",
     ["threat"]),
    ("snn-18697", "سيتم السيطرة عليه خلال الساعات القادمة", ["threat"]),
    ("snn-18697", "ومن هنا سننطلق لتحرير المحافظات الأخرى الواقعة في قبضة الحوثيين", ["threat"]),
    # a resistance leader praises a fighter (the opening «أبطال المقاومة» is the reporter's)
    ("snn-21480", "إن البطلة وهي من نساء جبل صبر، قادت عملية عسكرية ناجحة", ["glorification"]),
    # a resistance source on Houthi looting
    ("snn-24643", "واقتحموا منازل الآمنين، ولم يراعوا حرماتهم، وأرعبوا الأطفال والنساء", ["appeal_to_victimhood"]),
    # Sinai Province (IS) threatens to kill a Croatian hostage
    ("snn-21033", "باعدام كرواتي يعمل لحساب مجموعة فرنسية", ["threat"]),
    ("snn-21686", "بإعدام كرواتي خطف في القاهرة الشهر الماضي", ["threat"]),
    ("snn-21686", "وإلا سيقوم جنود ولاية سيناء بقتلي", ["threat"]),
    # the new Taliban leader
    ("snn-17140", "إن تمرد حركة طالبان مستمر", ["threat"]),
    ("snn-17140", "وسنواصل جهادنا حتى تحقيق ذلك", ["threat"]),
    # Buhari: the joint force will defeat Boko Haram
    ("snn-15691", "الهزيمة السريعة والقضاء على بوكو حرام", ["threat"]),
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
    from select_articles2 import select as select2  # noqa: PLC0415
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
    for part, draw, annotations in (("extra", select, EXTRA), ("extra2", select2, EXTRA2)):
        ids = set()
        for rec in draw(DEFAULT_CORPUS):
            doc_id = f"snn-{rec['index']:05d}"
            ids.add(doc_id)
            text = rec["content"]
            items = []
            for d, snippet, cats in annotations:
                if d == doc_id:
                    s, e = _locate(text, snippet, doc_id)
                    items.append({"start": s, "end": e, "text": text[s:e], "categories": cats})
            out.append({"id": doc_id, "part": part, "source": rec["source"], "published": rec["date_extracted"],
                        "title": rec["title"], "text": text, "items": items})
        missing = {d for d, _, _ in annotations} - ids
        if missing:
            sys.exit(f"{part}: annotations for articles not drawn: {sorted(missing)}")
    with (HERE / "gold.jsonl").open("w", encoding="utf-8") as f:
        for rec in out:
            for it in rec["items"]:
                assert rec["text"][it["start"]:it["end"]] == it["text"]
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    n = sum(1 for r in out for it in r["items"] if it["categories"])
    per_part = {p: (sum(1 for r in out if r["part"] == p), sum(1 for r in out if r["part"] == p for it in r["items"] if it["categories"]))
                for p in dict.fromkeys(r["part"] for r in out)}
    print(f"{len(out)} articles, {n} statements with a category -> {HERE / 'gold.jsonl'}; per part (articles, statements): {per_part}")


if __name__ == "__main__":
    main()
