"""Merge, linking and in-document coreference on real Arabic sentences."""

from dataclasses import dataclass

from _entities_kb import small_kb
from marsad.entities.gazetteer import find_matches
from marsad.entities.link import link_document, local_id
from marsad.text.sentences import split_sentences
from marsad.text.tokenize import tokenize

KB = small_kb()


@dataclass(frozen=True)
class Tagged:
    start: int
    end: int
    text: str
    type: str
    score: float = 0.9


def run(text, tagged=()):
    tokens = tokenize(text)
    records = link_document(text, tokens, split_sentences(text), find_matches(text, tokens, KB),
                            tagged, KB)
    for r in records:
        for m in r.mentions:
            assert text[m.start:m.end] == m.text
    return records


def span(text, sub, type_):
    s = text.index(sub)
    return Tagged(s, s + len(sub), sub, type_)


def by_id(records):
    return {r.id: r for r in records}


def test_short_name_after_full_name():
    text = "دعا أبو الحسن المهاجر إلى الثأر. وقال المهاجر إن المعركة مستمرة، وأضاف للمهاجر أنصار."
    rec = by_id(run(text))["cur:abu-al-hasan-al-muhajir"]
    assert [(m.text, m.rule) for m in rec.mentions] == [
        ("أبو الحسن المهاجر", "gazetteer:أبو الحسن المهاجر"),
        ("المهاجر", "coref:short_name"),
        ("مهاجر", "coref:short_name"),
    ]


def test_short_name_needs_an_earlier_full_name():
    text = "وقال المهاجر إن المعركة مستمرة."
    assert "cur:abu-al-hasan-al-muhajir" not in by_id(run(text))


def test_the_organisation_and_its_spokesman():
    text = ("دعا تنظيم الدولة الإسلامية عناصره إلى الثأر. وناشد المتحدّث باسم التنظيم أبي الحسن المهاجر "
            "أنصاره. وأكّد المتحدّث أنّ المعركة لم تنته، وحذّر التنظيم من خطره.")
    recs = by_id(run(text))
    isis = [(m.text, m.rule) for m in recs["Q2429253"].mentions]
    assert ("التنظيم", "coref:description") in isis and len(isis) == 3
    spk = [(m.text, m.rule) for m in recs["cur:abu-al-hasan-al-muhajir"].mentions]
    assert ("المتحدّث باسم التنظيم", "coref:description") in spk
    assert ("المتحدّث", "coref:description") in spk


def test_spokesman_pronoun_form():
    text = "أصدره داعش، على لسان المتحدث باسمه، الإرهابي «أبو حسن المهاجر»، ثم حمل المتحدث التحالف المسؤولية."
    spk = by_id(run(text))["cur:abu-al-hasan-al-muhajir"]
    assert [m.text for m in spk.mentions] == ["المتحدث باسمه", "أبو حسن المهاجر", "المتحدث"]


def test_group_plural_links_to_the_group():
    text = "أعلن داعش مسؤوليته، وقال إن الدواعش في الباغوز يتعرضون لحرب."
    isis = by_id(run(text))["Q2429253"]
    assert [(m.text, m.rule) for m in isis.mentions] == [("داعش", "gazetteer:داعش"),
                                                          ("الدواعش", "coref:plural")]


def test_name_the_kb_lacks_becomes_a_local_entity():
    text = "رسالة كانت لشخصٍ يُدعى «خالد فريد سلام»، قارن فيها بين الضحايا."
    recs = run(text, [span(text, "خالد فريد سلام", "PER")])
    (rec,) = [r for r in recs if r.type == "PER"]
    assert rec.id == local_id("PER", "خالد فريد سلام") == "loc:PER:خالد فريد سلام"
    assert rec.name_en == "Khalid Farid Salam"
    assert rec.mentions[0].rule == "tagger:crf"


def test_tagger_span_with_proclitic_is_trimmed():
    text = "وقال ولخالد فريد سلام رأي."
    recs = run(text, [span(text, "ولخالد فريد سلام", "PER")])
    assert [m.text for r in recs for m in r.mentions] == ["خالد فريد سلام"]


def test_kb_wins_over_a_compatible_tagger_span():
    text = "وتخوض قوات سوريا الديموقراطية هجوماً"
    recs = run(text, [span(text, "قوات سوريا", "ORG")])
    assert [r.id for r in recs] == ["cur:sdf"]
    assert recs[0].mentions[0].text == "قوات سوريا الديموقراطية"


def test_tagger_cannot_contradict_a_longer_kb_match():
    text = "وتخوض قوات سوريا الديموقراطية هجوماً"
    recs = run(text, [span(text, "سوريا", "PER")])
    assert [r.id for r in recs] == ["cur:sdf"]


def test_longer_tagger_span_of_another_type_wins():
    text = "افتتحت جامعة بيروت العربية فرعاً"
    recs = run(text, [span(text, "جامعة بيروت العربية", "ORG")])
    assert [(r.id, r.type) for r in recs] == [("loc:ORG:جامعه بيروت العربيه", "ORG")]


def test_tagger_type_narrows_ambiguous_candidates():
    text = "اشتباكات في طرابلس بعد إعلان ليبيا"
    recs = by_id(run(text))
    assert recs["gn:2210247"].country == "LY"


def test_same_local_entity_twice():
    text = "قال نبيل نعيم إن التنظيم مضطر. وأضاف نبيل نعيم أن الأفق مسدود."
    recs = run(text, [span(text, "نبيل نعيم", "PER"),
                      Tagged(text.rindex("نبيل نعيم"), text.rindex("نبيل نعيم") + 9, "نبيل نعيم", "PER")])
    (rec,) = [r for r in recs if r.type == "PER"]
    assert len(rec.mentions) == 2 and rec.name_en == "Nabil Naim"


def test_generated_places_that_are_ordinary_words_are_dropped():
    """GeoNames gives an Iranian village the alias «مسجدين»: in an article about New Zealand's
    mosques it is the word "two mosques", not a place; the NZ city stays."""
    from marsad.entities.geocode import PlaceContext, plausible_place
    from marsad.entities.kb import KnowledgeBase

    kb = KnowledgeBase.from_records([
        {"id": "gn:124619", "type": "LOC", "name": "مسجد عليا", "aliases": ["مسجدين"], "country": "IR",
         "lat": 35.5, "lon": 48.3, "population": 1873, "source": "geonames"},
        {"id": "gn:2192362", "type": "LOC", "name": "كرايستشيرش", "country": "NZ",
         "lat": -43.53, "lon": 172.63, "population": 363926, "source": "geonames"},
        {"id": "gn:2", "type": "LOC", "name": "هجين", "country": "SY", "lat": 34.7, "lon": 40.8,
         "population": 37000, "source": "geonames"},
    ])
    ctx = PlaceContext(named=frozenset({"NZ"}))
    assert not plausible_place(kb.get("gn:124619"), ctx)
    assert plausible_place(kb.get("gn:2192362"), ctx)
    assert plausible_place(kb.get("gn:2"), PlaceContext())  # a Syrian town needs no context


def test_tagger_spans_need_confidence_and_no_clause_words():
    """A tagger-only span becomes an entity only with score >= MIN_TAGGER_SCORE and without
    function words («الوكالة فإن الباغوز» is a clause, not an organisation)."""
    from types import SimpleNamespace

    from marsad.entities.kb import KnowledgeBase
    from marsad.entities.link import MIN_TAGGER_SCORE, merge
    from marsad.text.tokenize import tokenize

    text = "وأضافت الوكالة فإن الباغوز سقطت وقال أوتحسبون كلاما وصل خالد فريد سلام"
    kb = KnowledgeBase.from_records([])
    span = lambda piece, typ, score: SimpleNamespace(  # noqa: E731
        start=text.index(piece), end=text.index(piece) + len(piece), type=typ, score=score, source="crf")
    drafts = merge(text, tokenize(text), [], [
        span("الوكالة فإن الباغوز", "ORG", 1.0),
        span("أوتحسبون", "PER", MIN_TAGGER_SCORE - 0.1),
        span("خالد فريد سلام", "PER", 0.79),
    ], kb)
    assert [d.text for d in drafts] == ["خالد فريد سلام"]


def test_a_tagger_span_holding_a_pronoun_is_a_clause_not_a_name():
    # the tagger's «أبو سياف هي» (PER) outgrew the KB's group name and took its place
    import marsad

    text = ("قتل جنديان في هجوم لجماعة أبو سياف جنوبي الفلبين. يشار إلى أن أبو سياف هي الجماعة "
            "المتطرفة الأصغر حجما ولكن الأكثر عنفا في جنوب الفلبين.")
    ents = marsad.analyze(text).to_dict()["entities"]
    spans = {(m["text"], e["type"]) for e in ents for m in e["mentions"]}
    assert not any("هي" in t.split() for t, _ in spans)
    assert ("أبو سياف", "ORG") in spans
