"""What issue 7 asks of the rhetoric and framing layers on the seed articles (default pipeline).

Expectations are located in the seed text and the entity layer here, never written into the
library: the spokesman is the entity with a mention «أبو الحسن المهاجر», ISIS the entity with a
mention «الدولة الاسلامية» (000) / «داعش» (004), New Zealand the one with «نيوزيلندا».
"""

import pytest

import marsad


@pytest.fixture(scope="module")
def seeds(seed_records):
    return {r["id"]: marsad.analyze(r).to_dict() for r in seed_records}


def entity_with_mention(data, surface):
    for e in data["entities"]:
        if any(m["text"] == surface for m in e["mentions"]):
            return e["id"]
    raise AssertionError(f"no entity with a mention {surface!r}")


def record_containing(data, words):
    found = [r for r in data["rhetoric"] if words in r["text"]]
    assert found, f"no rhetoric record contains {words!r}"
    return found[0]


def test_offsets_hold_on_both_layers(seeds):
    for data in seeds.values():
        doc = marsad.Document.from_dict(data)
        doc.check_offsets()  # every nested {start, end, text} of rhetoric and framing
        for r in data["rhetoric"]:
            assert data["text"][r["start"]:r["end"]] == r["text"]


def test_000_ied_sniper_car_bomb_call(seeds):
    data = seeds["000"]
    r = record_containing(data, "فأحكموا العبوات")
    assert r["text"] == "فأحكموا العبوات وانشروا القناصين وأغيروا عليهم بالمفخّخات"
    assert "call_to_violence" in r["categories"]
    assert r["speaker"]["entity"] == entity_with_mention(data, "أبو الحسن المهاجر")
    assert r["reported"] is True
    assert [m["method"] for m in r["methods"]] == ["IEDs", "snipers", "car bombs (VBIEDs)"]
    assert [m["text"] for m in r["methods"]] == ["العبوات", "القناصين", "المفخّخات"]  # proclitic ب left out
    assert "call.imperative" in r["rules"] and "call.imperative_with_weapon" in r["rules"]


def test_000_calls_to_revenge(seeds):
    data = seeds["000"]
    r = record_containing(data, "اثأروا لدماء إخوانكم")
    assert "call_to_violence" in r["categories"]
    assert "appeal_to_victimhood" in r["categories"]  # دماء إخوانكم
    nz = record_containing(data, "الثأر والانتقام")  # حضّ ... القاطنين في نيوزيلندا الى "الثأر والانتقام"
    assert nz["categories"] == ["call_to_violence"]
    assert entity_with_mention(data, "نيوزيلندا") in {t["entity"] for t in nz["target"]}


def test_000_threat_and_victimhood_appeal(seeds):
    data = seeds["000"]
    assert "threat" in record_containing(data, "لم يحم وطيسها")["categories"]
    appeal = record_containing(data, "مشاهد النزوح")
    assert appeal["categories"] == ["appeal_to_victimhood"]
    assert entity_with_mention(data, "الولايات المتحدة") in {t["entity"] for t in appeal["target"]}  # أوتحسبون


def test_rhetoric_only_inside_quotes(seeds):
    for data in seeds.values():
        spans = [(q["start"], q["end"]) for q in data["quotes"]]
        for r in data["rhetoric"]:
            assert any(s <= r["start"] and r["end"] <= e for s, e in spans), r["text"]
    # the reporter's account of the Christchurch killings is narration: never flagged
    narration = seeds["000"]["text"].index("وقتل خلاله خمسين مصلّياً")
    assert not any(r["start"] <= narration < r["end"] for r in seeds["000"]["rhetoric"])


def isis_framing(data, surface):
    isis = entity_with_mention(data, surface)
    return next(f for f in data["framing"] if f["entity"] == isis)


def test_004_frames_isis_as_terrorist(seeds):
    f = isis_framing(seeds["004"], "داعش")
    assert f["source"] == "analysis piece"
    terror = [lab for lab in f["labels"] if lab["text"] == "الإرهابية"]
    assert terror and terror[0]["class"] == "pejorative" and terror[0]["in_quote"] is False
    assert f["counts"]["designations"]["داعش"]["register"] == "pejorative"
    # «الإرهابي «أبو حسن المهاجر»»: an apposition before the spokesman's name
    spokesman = entity_with_mention(seeds["004"], "أبو حسن المهاجر")
    sf = next(x for x in seeds["004"]["framing"] if x["entity"] == spokesman)
    assert [(lab["text"], lab["position"]) for lab in sf["labels"]] == [("الإرهابي", "before")]


def test_000_uses_no_pejorative_label_for_isis(seeds):
    f = isis_framing(seeds["000"], "الدولة الاسلامية")
    own = [lab for lab in f["labels"] if not lab["in_quote"]]
    assert own and all(lab["class"] != "pejorative" for lab in own)  # «التنظيم الجهادي»: descriptive
    regs = {(d["text"], d["register"], d["in_quote"]) for d in f["designations"]}
    assert ("الدولة الاسلامية", "self_designation", False) in regs  # the wire uses the self-designation
    assert ("دولة الخلافة", "self_designation", True) in regs  # only inside the spokesman's words


def test_004_name_marks_are_not_quotations(seeds):
    data = seeds["004"]
    sdf = entity_with_mention(data, "قسد")
    f = next(x for x in data["framing"] if x["entity"] == sdf)
    qasad = [d for d in f["designations"] if d["text"] == "قسد"]
    assert qasad and all(d["marked"] and not d["in_quote"] for d in qasad)
