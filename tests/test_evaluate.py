"""The full entity stage as a CoNLL tagger (``marsad eval ner``)."""

from marsad.entities.evaluate import pipeline_tagger, project_mentions


def test_project_mentions_to_bio():
    offsets = [(0, 3), (4, 9), (10, 16), (17, 26)]
    assert project_mentions(offsets, [(4, 16, "ORG"), (17, 26, "LOC"), (10, 16, "PER")]) == [
        "O", "B-ORG", "I-ORG", "B-LOC"]


def test_pipeline_tagger_tags_known_names_and_not_descriptions():
    sentences = [["وقال", "المتحدث", "باسم", "قوات", "سوريا", "الديمقراطية", "إن", "التنظيم", "انسحب", "من", "الباغوز", "."]]
    tags = pipeline_tagger()(sentences)[0]
    assert len(tags) == len(sentences[0])
    assert tags[3:6] == ["B-ORG", "I-ORG", "I-ORG"]
    assert tags[10] == "B-LOC"
    assert tags[7] == "O"  # «التنظيم» is a reference, not a name
