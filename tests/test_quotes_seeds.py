"""What issue 6 must show on the seed articles, through the default pipeline.

Expectations are located in the seed text and the entity layer here (never written into the
library): the spokesman's entity is the one with a mention «أبو الحسن المهاجر» (000) or «أبو حسن
المهاجر» (004), Nabil Naim's the one with a mention «نبيل نعيم».
"""

import pytest

import marsad


@pytest.fixture(scope="module")
def seeds(seed_records):
    return {r["id"]: marsad.analyze(r) for r in seed_records}


def entity_with_mention(doc, surface):
    for e in doc.to_dict()["entities"]:
        if any(m["text"] == surface for m in e["mentions"]):
            return e["id"]
    raise AssertionError(f"no entity with a mention {surface!r}")


def quote_containing(quotes, words):
    found = [q for q in quotes if words in q["text"]]
    assert found, f"no quote contains {words!r}"
    return found[0]


def test_seed_offsets_hold(seeds):
    for doc in seeds.values():
        doc.check_offsets()
        for q in doc.to_dict()["quotes"]:
            assert doc.text[q["start"]:q["end"]] == q["text"]


def test_000_six_quotes_by_the_spokesman(seeds):
    doc = seeds["000"]
    spokesman = entity_with_mention(doc, "أبو الحسن المهاجر")
    quotes = doc.to_dict()["quotes"]
    by_him = [q for q in quotes if q["speaker"] and q["speaker"]["entity"] == spokesman]
    assert len(by_him) >= 6, [q["text"][:40] for q in by_him]
    for words in ("اثأروا لدماء إخوانكم", "معركتنا معكم لم يحم وطيسها بعد", "أوتحسبون أنّ مشاهد النزوح"):
        q = quote_containing(by_him, words)
        assert q["text"].startswith(words)  # the quoted words only, marks excluded
        assert q["kind"] == "direct"


def test_000_last_call_has_addressee_and_medium(seeds):
    doc = seeds["000"]
    spokesman = entity_with_mention(doc, "أبو الحسن المهاجر")
    q = quote_containing(doc.to_dict()["quotes"], "أوتحسبون أنّ مشاهد النزوح")
    assert q["speaker"]["entity"] == spokesman
    assert q["cue"]["text"] == "قال"
    addressee = q["addressee"]["text"]
    assert "الولايات المتحدة" in addressee and "التحالف" in addressee
    assert q["medium"]["text"] == "تسجيل صوتي"
    assert "تلغرام" in q["medium"]["platform"]["text"]
    # the recording was named in an earlier sentence: the medium is carried to this quote
    assert q["medium"]["carried"] is True and q["medium"]["start"] < q["cue"]["start"]


def test_000_first_call_has_the_recording_and_the_speaker_named(seeds):
    doc = seeds["000"]
    q = quote_containing(doc.to_dict()["quotes"], "اثأروا لدماء إخوانكم")
    assert q["cue"]["text"] == "ناشد"
    assert "أبي الحسن المهاجر" in q["speaker"]["text"]
    assert q["medium"]["text"] == "تسجيل صوتي" and q["medium"]["carried"] is False
    assert q["text"].endswith("بالمفخّخات")  # both sentences of the call


def test_000_role_noun_resolved_by_coreference(seeds):
    doc = seeds["000"]
    spokesman = entity_with_mention(doc, "أبو الحسن المهاجر")
    q = quote_containing(doc.to_dict()["quotes"], "معركتنا معكم")
    assert q["speaker"]["text"] == "المتحدّث" and q["speaker"]["entity"] == spokesman


def test_004_spokesman_quote(seeds):
    doc = seeds["004"]
    spokesman = entity_with_mention(doc, "أبو حسن المهاجر")
    assert spokesman == entity_with_mention(seeds["000"], "أبو الحسن المهاجر")
    q = quote_containing(doc.to_dict()["quotes"], "إنه يرتكب مجازر ضد الدواعش في الباغوز")
    assert q["text"] == "إنه يرتكب مجازر ضد الدواعش في الباغوز"
    assert q["speaker"]["entity"] == spokesman
    assert q["cue"]["text"] == "قائلًا"


def test_004_indirect_quote_by_nabil_naim(seeds):
    doc = seeds["004"]
    naim = entity_with_mention(doc, "نبيل نعيم")
    by_him = [q for q in doc.to_dict()["quotes"] if q["speaker"] and q["speaker"]["entity"] == naim]
    assert by_him and by_him[0]["kind"] == "indirect"
    assert by_him[0]["text"].startswith("التنظيم مضطرٌ لذلك")


@pytest.mark.parametrize("doc_id, narration", [
    ("000", "وتخوض قوات سوريا الديموقراطية التي يُعدّ المقاتلون الأكراد عمودها الفقري"),
    ("000", "وتدكّ هذه القوات الجيب المحاصر بالقذائف"),
    ("000", "ولا يعني حسم المعركة في شرق سوريا انتهاء خطر التنظيم"),
    ("000", "أوتحسبون أنّ مشاهد النزوح للضعفاء والمساكين ستفتّ"),  # the pull quote line: no cue
    ("004", "وهذا الحديث عن المجازر والتشريد"),
    ("004", "ولا يعتبر داعش الوحيد الذي يلجأ للخطاب العاطفي"),
])
def test_no_quote_from_the_reporters_narration(seeds, doc_id, narration):
    doc = seeds[doc_id]
    start = doc.text.index(narration)
    end = start + len(narration)
    for q in doc.to_dict()["quotes"]:
        assert not (q["start"] < end and start < q["end"]), q["text"][:60]


def test_every_seed_quote_has_a_speaker(seeds):
    for doc in seeds.values():
        for q in doc.to_dict()["quotes"]:
            assert q["speaker"] is not None, q["text"][:60]
            assert doc.text[q["speaker"]["start"]:q["speaker"]["end"]] == q["speaker"]["text"]
