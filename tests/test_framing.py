"""The framing layer on news sentences: registers, labels, narration vs quotation, nesting."""

import marsad
from marsad.rhetoric.framing import find_framing
from marsad.rhetoric.table import framing_table


def framing_of(text, entity, source="outlet A"):
    data = marsad.analyze(text, source=source).to_dict()
    for f in data["framing"]:
        for span in f["designations"] + f["labels"]:
            assert data["text"][span["start"]:span["end"]] == span["text"]
    return next(f for f in data["framing"] if f["entity"] == entity)


def test_label_in_narration_and_in_quote():
    text = ('وشنت ميليشيات الحوثي الانقلابية هجوما على مواقع الجيش. '
            'وقال المتحدث باسم التحالف: "إن ميليشيات الحوثي الإرهابية تستهدف المدنيين".')
    f = framing_of(text, "cur:houthis")
    assert [(lab["text"], lab["class"], lab["in_quote"]) for lab in f["labels"]] == [
        ("الانقلابية", "pejorative", False), ("الإرهابية", "pejorative", True)]
    assert f["counts"]["labels"]["الإرهابية"] == {"class": "pejorative", "narration": 0, "quote": 1}
    assert f["source"] == "outlet A"
    assert [d["register"] for d in f["designations"]] == ["pejorative", "pejorative"]  # ميليشيات الحوثي (KB)


def test_registers_from_the_kb():
    text = ("وأعلن تنظيم داعش مسؤوليته عن الهجوم، فيما قالت مصادر إن تنظيم الدولة فقد معظم أراضيه، "
            "وكانت الدولة الإسلامية قد أعلنت الخلافة عام 2014.")
    f = framing_of(text, "Q2429253")
    regs = {d["text"]: d["register"] for d in f["designations"]}
    assert regs["تنظيم داعش"] == "pejorative"
    assert regs["تنظيم الدولة"] == "neutral"
    assert regs["الدولة الإسلامية"] == "self_designation"


def test_label_inside_an_alias_and_chain_after():
    f = framing_of("وقتلت القوات ثمانية مسلحين بايعوا تنظيم داعش الإرهابي العالمي في القوقاز.", "Q2429253")
    assert [(lab["text"], lab["position"]) for lab in f["labels"]] == [("الإرهابي العالمي", "inside")]  # a listed two-word label
    f = framing_of("وبايع المسلحون داعش الإرهابي التكفيري قبل شهرين.", "Q2429253")
    assert [(lab["text"], lab["position"]) for lab in f["labels"]] == [("الإرهابي", "after"), ("التكفيري", "after")]


def test_name_is_no_label():
    f = framing_of("وقال الرئيس إن الدولة الإسلامية خسرت آخر معاقلها.", "Q2429253")
    assert f["labels"] == []  # «الإسلامية» is part of the name


def test_descriptive_label_and_voice():
    f = framing_of("وقال مسؤولون أمريكيون إن تنظيم الدولة الإسلامية المتشدد يعيد تنظيم صفوفه.", "Q2429253")
    (lab,) = f["labels"]
    assert (lab["text"], lab["class"], lab["voice"], lab["in_quote"]) == ("المتشدد", "descriptive", "indirect", False)


def test_no_entities_no_framing():
    assert find_framing("نص بلا كيانات.", entities=[]) == []


def test_framing_table_per_outlet():
    rows = []
    for i, (source, text) in enumerate([("outlet A", "وشن تنظيم داعش الإرهابي هجوما جديدا."),
                                        ("outlet B", "وشن تنظيم الدولة الإسلامية هجوما جديدا."),
                                        ("outlet A", "وتبنى داعش الإرهابي الهجوم.")]):
        data = marsad.analyze(text, source=source, id=f"d{i}").to_dict()
        rows.append({"doc_id": data["id"], "source": source, "records": data["framing"]})
    table = framing_table(rows, entity="داعش")
    got = {(r["source"], r["kind"], r["form"], r["register"], r["narration"], r["articles"]) for r in table}
    assert ("outlet A", "label", "الإرهابي", "pejorative", 2, 2) in got
    assert ("outlet B", "designation", "تنظيم الدولة الإسلامية", "neutral", 1, 1) in got
    assert not any(r["source"] == "outlet B" and r["kind"] == "label" for r in table)
    assert framing_table(rows, entity="Q2429253") == table
    assert framing_table(rows, entity="لا يوجد") == []


def test_foreign_ministry_and_champion_are_no_labels():
    data = marsad.analyze("وأوضح وزير الخارجية عادل الجبير أن المباحثات مع وزارة الخارجية الأمريكية مثمرة، "
                          "فيما يلتقي النصر بطل الدوري مع الهلال.", source="s").to_dict()
    labels = [lab["text"] for f in data["framing"] for lab in f["labels"]]
    assert labels == []


def test_coordinated_name_is_no_label_of_the_first():
    f = framing_of("واشتبكت القوات مع ميليشيات الحوثي والمخلوع صالح في لحج.", "cur:houthis")
    assert f["labels"] == []
