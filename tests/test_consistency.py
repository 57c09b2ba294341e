"""Document-level passes of the tagger: rule-based propagation and second-pass features."""

from __future__ import annotations

import pytest

from marsad.entities.consistency import complete_particles, propagate
from marsad.entities.docfeatures import doc_features

DOC = [
    "وقال رئيس نادي الزمالك ممدوح عباس إن الفريق جاهز .".split(),
    "وأضاف عباس أن الزمالك سيلعب في القاهرة .".split(),
]


def test_one_token_name_propagates_to_its_untagged_repeat():
    tags = [
        ["O", "O", "O", "B-ORG", "B-PER", "I-PER", "O", "O", "O", "O"],
        ["O", "O", "O", "O", "O", "O", "B-LOC", "O"],  # the tagger missed «الزمالك» here
    ]
    out = propagate(DOC, tags)
    assert out[1][3] == "B-ORG"
    # «عباس» was only the second word of a longer name: not propagated by default ...
    assert out[1][1] == "O"
    # ... unless asked for persons' name words
    assert propagate(DOC, tags, multi=("PER",))[1][1] == "B-PER"
    assert out[0] == tags[0] and out[1][6] == "B-LOC"


def test_propagation_needs_a_confident_name_and_skips_common_words():
    tags = [["O", "O", "O", "B-ORG", "B-PER", "I-PER", "O", "O", "O", "O"],
            ["O"] * 8]
    probs = [[1.0, 1.0, 1.0, 0.4, 0.9, 0.9, 1.0, 1.0, 1.0, 1.0], [1.0] * 8]
    assert propagate(DOC, tags, probs, min_score=0.5)[1][3] == "O"
    # a stem tagged once but seen untagged more often is left alone
    many = [["وقال", "الزمالك"], ["الزمالك"], ["الزمالك"]]
    assert propagate(many, [["O", "B-ORG"], ["O"], ["O"]])[1] == ["O"]
    assert propagate(many, [["O", "B-ORG"], ["O"], ["O"]], ratio=0)[1] == ["B-ORG"]


def test_doc_features_describe_other_mentions():
    tags = [
        ["O", "O", "O", "B-ORG", "B-PER", "I-PER", "O", "O", "O", "O"],
        ["O"] * 8,
    ]
    feats = doc_features(DOC, tags)
    assert len(feats) == 2 and [len(f) for f in feats] == [10, 8]
    abbas = set(feats[1][1])  # the bare «عباس» of the second sentence
    assert {"y1=O", "dt=PER", "dm=PER", "dr=hi"} <= abbas and "ds=PER" not in abbas
    zamalek = set(feats[1][3])
    assert {"dt=ORG", "ds=ORG"} <= zamalek
    # the first mention sees the untagged repeat only: no type from itself
    assert "dn" in feats[0][3] and not any(f.startswith("dt=") for f in feats[0][3])
    assert "y1=B-ORG" in feats[0][3] and "y1+1=B-PER" in feats[0][3]


def test_eval_projects_documents_back_onto_sentences():
    from marsad.entities.evaluate import pipeline_tagger

    sentences = [
        "وقال المتحدث باسم قوات سوريا الديمقراطية إن المعارك مستمرة في الباغوز .".split(),
        "وأضاف أن الباغوز محاصرة .".split(),
        [],
    ]
    one = pipeline_tagger(doc_sentences=1)(sentences)
    doc = pipeline_tagger(doc_sentences=3)(sentences)
    assert [len(t) for t in doc] == [len(s) for s in sentences]
    assert doc[0][3:6] == ["B-ORG", "I-ORG", "I-ORG"] and doc[0][10] == "B-LOC"
    assert doc[1][2] == "B-LOC" and one[1][2] == "B-LOC"


def test_two_stage_training_round_trip(tmp_path):
    pytest.importorskip("pycrfsuite")
    from marsad.entities.tagger import CrfTagger
    from marsad.entities.train import train_ner

    data = tmp_path / "tiny.txt"
    rows = []
    for name, place in [("خالد", "بغداد"), ("محمد", "دمشق"), ("علي", "عمان"), ("سعيد", "حلب")] * 5:
        rows += ["قال O", f"{name} B-PERS", "في O", f"{place} B-LOC", ". O",
                 "وأضاف O", f"{name} B-PERS", ". O"]
    data.write_text("\n".join(rows) + "\n", encoding="utf-8")
    meta = train_ner(data=[data], out=tmp_path / "m", max_iterations=20, gazetteer=False,
                     two_stage=True, jackknife=2, doc_sentences=2)
    model = tmp_path / "m" / "model.crfsuite"
    assert meta["second"]["model"] == "model2.crfsuite"
    assert (tmp_path / "m" / "model2.npz").exists()
    fast, ref = CrfTagger(model, engine="numpy"), CrfTagger(model, engine="crfsuite")
    doc = [["قال", "خالد", "في", "بغداد", "."], ["وأضاف", "خالد", "."]]
    assert fast.tag_sentences(doc, doc_sentences=2) == ref.tag_sentences(doc, doc_sentences=2)
    assert fast.tag_sentences(doc, doc_sentences=2)[0] == ["O", "B-PER", "O", "B-LOC", "O"]


def test_shipped_tagger_runs_both_passes_on_a_document():
    pytest.importorskip("pycrfsuite")
    from marsad.entities.tagger import CrfTagger

    tagger = CrfTagger.load()
    assert tagger.meta["second"]["model"] == "model2.crfsuite" and tagger._second is not None
    text = ("التقى وزير الخارجية كمال الدين حسونة نظيره في عمان.\n"
            "وأكد حسونة أن المحادثات كانت إيجابية.")
    ents = [(s.text, s.type) for s in tagger.find_entities(text)]
    assert ("كمال الدين حسونة", "PER") in ents and ("حسونة", "PER") in ents
    # the bare repeat sees the full name in the document: a ``dm=PER`` feature
    toks = [t.split() for t in ["التقى وزير الخارجية كمال الدين حسونة نظيره في عمان .",
                                "وأكد حسونة أن المحادثات كانت إيجابية ."]]
    first = tagger._tag_chunks(toks, False)[0]
    assert "dm=PER" in doc_features(toks, first)[1][1]


def test_a_person_name_never_ends_in_a_particle():
    sents = ["وفتح سعد بن أبي وقاص المدائن .".split(),
             "وتزوجها علي بن أبي طالب بعد وفاة أمها فاطمة بنت أسد .".split(),
             "وقال محمد بن على الطريق .".split()]
    tags = [["O", "B-PER", "I-PER", "I-PER", "O", "B-LOC", "O"],
            ["O", "B-PER", "I-PER", "I-PER", "B-PER", "O", "O", "O", "B-PER", "I-PER", "O", "O"],
            ["O", "B-PER", "I-PER", "O", "O", "O"]]
    out = complete_particles(sents, tags)
    assert out[0] == ["O", "B-PER", "I-PER", "I-PER", "I-PER", "B-LOC", "O"]  # the untagged next word joins
    assert out[1][1:5] == ["B-PER", "I-PER", "I-PER", "I-PER"]  # the next name, tagged apart, joins
    assert out[1][8:11] == ["B-PER", "I-PER", "I-PER"]
    assert out[2] == tags[2]  # «على» is a clause word: the name is left as it is
    assert tags[0][4] == "O"  # the input is not changed

