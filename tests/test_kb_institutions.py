"""Non-armed organisations of the curated KB (``curated_institutions.jsonl``): international and
regional organisations, UN agencies, parties, parliaments, religious institutions, NGOs, companies
and media, found and linked through ``marsad.analyze`` in sentences written as the Saudi and Arab
press writes them; bare titles that are ordinary words (النهضة، العربية، الحياة، الرياض) are not
linked to them."""

import json
from collections import defaultdict
from pathlib import Path

import pytest

import marsad
from marsad.entities.gazetteer import name_keys
from marsad.entities.kb import load_kb

KB_DIR = Path(marsad.__file__).parent / "entities" / "data" / "kb"


def _ents(text):
    """entity id -> [mention texts] of every entity of ``analyze(text)``."""
    doc = marsad.analyze(text)
    out = {}
    for e in doc.to_dict()["entities"]:
        for m in e["mentions"]:
            assert doc.text[m["start"]:m["end"]] == m["text"]
        out[e["id"]] = [m["text"] for m in e["mentions"]]
    return out


def _records():
    with open(KB_DIR / "curated_institutions.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def test_file_shape():
    recs = _records()
    assert 150 <= len(recs) <= 320
    kinds = {r["kind"] for r in recs}
    # state kinds are left out of the CoNLL evaluation (stage.INSTITUTION_KINDS): not used here
    assert not kinds & {"government", "state_forces", "security_forces"}
    assert all(r["id"].startswith("cur:") and r["type"] == "ORG" for r in recs)
    assert all((r.get("source") or "").startswith("Wikipedia: ") for r in recs)


#: bare titles that are ordinary words or places: only their qualified forms are names
AMBIGUOUS_BARE = ["النهضة", "الإصلاح", "العربية", "الرياض", "الحياة", "الشرق الأوسط", "الأمل", "النور",
                  "الوطن", "المستقبل", "الدعوة", "التحرير", "فتح", "الوفد", "الكتائب", "الاتحاد", "البيان",
                  "الخليج", "الأخبار", "النهار", "الغد", "الشرق", "الحرة", "العالم", "مجلس الشورى",
                  "مجلس النواب", "مجلس الشيوخ", "البرلمان", "الجمعية العامة", "الفاو", "سبق", "عكاظ",
                  "القوات اللبنانية", "المصري اليوم", "بغداد اليوم", "إسرائيل اليوم"]


def test_no_bare_ambiguous_alias():
    names = {name_keys(r["name"]) for r in _records()}
    names |= {name_keys(a) for r in _records() for a in r["aliases"] if isinstance(a, str)}
    for word in AMBIGUOUS_BARE:
        assert name_keys(word) not in names, word


def test_no_alias_taken_from_another_curated_entity():
    """Each Arabic name of the file belongs to no other curated entity, except the names shared
    on purpose and resolved by the article's countries."""
    shared_on_purpose = {name_keys("حزب العدالة والتنمية"), name_keys("الحزب الديمقراطي"),
                         name_keys("الحزب الديموقراطي")}
    owners = defaultdict(set)
    for fn in sorted(KB_DIR.glob("curated_*.jsonl")):
        with open(fn, encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                r = json.loads(line)
                for a in [r["name"]] + [a for a in r.get("aliases", []) if isinstance(a, str)]:
                    owners[name_keys(a)].add(r["id"])
    mine = {r["id"] for r in _records()}
    clashes = {k: ids for k, ids in owners.items()
               if len(ids) > 1 and ids & mine and k not in shared_on_purpose}
    assert not clashes


def test_international_organisations():
    got = _ents("وشارك وفد من مجلس التعاون الخليجي ومنظمة التعاون الإسلامي في الاجتماع الطارئ، بحضور ممثلين "
                "عن اليونيسف والأونروا ومنظمة الصحة العالمية، فيما حذر صندوق النقد الدولي والبنك الدولي من "
                "تداعيات الأزمة على اقتصادات المنطقة.")
    for eid in ("cur:gcc", "cur:oic", "cur:unicef", "cur:unrwa", "cur:who", "cur:imf", "cur:world-bank"):
        assert eid in got, eid
    assert got["cur:unicef"] == ["اليونيسف"]


def test_opec_icc_interpol():
    got = _ents("وقررت أوبك خفض الإنتاج، في حين أصدرت المحكمة الجنائية الدولية مذكرة توقيف بحق المتهم "
                "وعممت الإنتربول اسمه على الدول الأعضاء، وطالب مجلس حقوق الإنسان بفتح تحقيق مستقل.")
    for eid in ("cur:opec", "cur:icc", "cur:interpol", "cur:unhrc"):
        assert eid in got, eid


def test_religious_institutions_with_clitics():
    got = _ents("أدان الأزهر الشريف الهجوم الإرهابي، وقال إن للأزهر موقفا ثابتا من التطرف، "
                "وأكدت هيئة كبار العلماء أن الاعتداء جريمة، فيما أشادت رابطة العالم الإسلامي بموقف المملكة.")
    assert got["cur:al-azhar"][0] == "الأزهر الشريف" and len(got["cur:al-azhar"]) == 2
    assert "cur:sa-senior-scholars" in got and "cur:mwl" in got
    got = _ents("وجه الرئيس الشكر وللأزهر ولدار الإفتاء المصرية على جهودهما في مواجهة الفكر المتطرف.")
    assert "cur:al-azhar" in got and "cur:egypt-dar-al-ifta" in got


def test_congress_kremlin_knesset():
    got = _ents("وصوت أعضاء بالكونغرس على مشروع قانون العقوبات، بينما حذر الكرملين من التصعيد، "
                "وصادق الكنيست على القانون بالقراءة الأولى.")
    assert got["cur:us-congress"] == ["الكونغرس"]
    assert "cur:kremlin" in got and "cur:knesset" in got


def test_country_qualified_parliaments():
    got = _ents("وصوت مجلس النواب العراقي على الموازنة، فيما رفض مجلس الشيوخ الأمريكي المشروع، "
                "وأقر مجلس الشورى السعودي نظام مكافحة الإرهاب.")
    for eid in ("cur:iq-parliament", "cur:us-senate", "cur:sa-shura"):
        assert eid in got, eid
    # the bare council is not one country's
    got = _ents("وعقد مجلس الشورى جلسته الأسبوعية برئاسة نائب الرئيس.")
    assert not any(eid in got for eid in ("cur:sa-shura", "cur:om-shura", "cur:qa-shura", "cur:ir-majlis"))


def test_parties():
    got = _ents("وأعلن حزب البعث العربي الاشتراكي في سوريا تعليق نشاطه، فيما قال التجمع اليمني للإصلاح "
                "إن المؤتمر الشعبي العام شريك في الحكومة، وأعلنت حركة النهضة في تونس مقاطعتها للانتخابات.")
    for eid in ("cur:baath", "cur:islah", "cur:gpc", "cur:ennahda"):
        assert eid in got, eid


def test_shared_party_name_follows_the_article_countries():
    got = _ents("وقال رجب طيب أردوغان زعيم حزب العدالة والتنمية إن أنقرة لن تتراجع عن موقفها.")
    assert "cur:akp" in got and "cur:pjd" not in got
    got = _ents("وفاز حزب العدالة والتنمية في الانتخابات التشريعية وشكل الحكومة في الرباط.")
    assert "cur:pjd" in got and "cur:akp" not in got
    got = _ents("وأعرب مسعود بارزاني رئيس الحزب الديمقراطي عن دعمه لحكومة الإقليم في أربيل.")
    assert "cur:kdp" in got and "cur:us-democratic-party" not in got
    got = _ents("وهاجم المرشح الجمهوري خصومه في الحزب الديمقراطي خلال تجمع انتخابي في واشنطن.")
    assert "cur:us-democratic-party" in got and "cur:kdp" not in got


def test_media_qualified_forms():
    got = _ents("وذكرت قناة العربية أن الوفد وصل، ونقلت صحيفة الرياض وجريدة الحياة عن مصادر مطلعة، "
                "فيما قالت صحيفة هآرتس إن الحكومة الإسرائيلية تدرس الرد.")
    for eid in ("cur:al-arabiya", "cur:al-riyadh-newspaper", "cur:al-hayat", "cur:haaretz"):
        assert eid in got, eid


def test_companies_and_ngos():
    got = _ents("وأعلنت أرامكو السعودية عن أرباحها الفصلية، فيما حذرت منظمة أوكسفام والمجلس النرويجي للاجئين "
                "من تفاقم الأزمة الإنسانية، وقالت الشبكة السورية لحقوق الإنسان إنها وثقت الانتهاكات.")
    for eid in ("cur:aramco", "cur:oxfam", "cur:nrc", "cur:snhr"):
        assert eid in got, eid


def test_red_cross_and_cia_short_forms():
    got = _ents("وقال متحدث باسم الصليب الأحمر إن الفرق وصلت، بينما نفت السي آي إيه أي دور لها في العملية.")
    assert "cur:icrc" in got and "cur:cia" in got


@pytest.mark.parametrize("text", [
    "تسعى المملكة إلى تحقيق النهضة الاقتصادية الشاملة وتعزيز مكانة اللغة العربية في المحافل الدولية.",
    "وأشار إلى أن الإصلاح الاقتصادي يتطلب وقتا، وأن الحياة عادت إلى طبيعتها في الرياض.",
    "وقال إن الشرق الأوسط يمر بمرحلة حرجة وإن الأمل معقود على الحوار.",
    "وأكد أن بغداد اليوم تشهد انفراجا وأن الجيش المصري اليوم قادر على حماية الحدود.",
])
def test_ordinary_words_are_not_linked(text):
    got = _ents(text)
    kb = load_kb()
    mine = {r["id"] for r in _records()}
    assert not set(got) & mine, [(i, kb.get(i).name) for i in set(got) & mine]
