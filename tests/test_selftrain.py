"""Self-training sentence selection (``marsad.entities.selftrain``, an opt-in experiment): only
sentences whose every token the tagger is sure of and that name someone of the wanted types."""

from __future__ import annotations

from marsad.entities.selftrain import SelfTrainConfig, select_sentences


class FakeTagger:
    """Tags from a table: one document in, (tags, marginals) per sentence out."""

    def __init__(self, table):
        self.table = table

    def tag_document(self, doc):
        out = [self.table[" ".join(s)] for s in doc]
        return [t for t, _ in out], [p for _, p in out]


S1 = "قال الرئيس بشار الأسد إن الحرب مستمرة"
S2 = "قال الوزير عادل الجبير إن الحل سياسي"
S3 = "وصل الوفد إلى مدينة الرياض صباح اليوم"
S4 = "أعلنت حركة الشباب مسؤوليتها عن الهجوم أمس"

TABLE = {
    S1: (["O", "O", "B-PER", "I-PER", "O", "O", "O"], [0.99, 0.98, 0.97, 0.95, 0.99, 0.99, 0.99]),
    S2: (["O", "O", "B-PER", "I-PER", "O", "O", "O"], [0.99, 0.98, 0.97, 0.95, 0.99, 0.6, 0.99]),
    S3: (["O", "O", "O", "O", "B-LOC", "O", "O"], [0.99] * 7),
    S4: (["O", "B-ORG", "I-ORG", "O", "O", "O", "O"], [0.99] * 7),
}


def test_confident_person_and_organisation_sentences_only():
    docs = [[s.split() for s in (S1, S2, S3, S4)]]
    cfg = SelfTrainConfig(min_prob=0.9, min_tokens=3)
    got = select_sentences(FakeTagger(TABLE), docs, cfg)
    assert [" ".join(s.tokens) for s in got] == [S1, S4]  # S2: an O at 0.6; S3: a place only
    assert got[0].tags == TABLE[S1][0]


def test_unseen_names_and_limit():
    docs = [[s.split() for s in (S1, S2, S3, S4)]]
    cfg = SelfTrainConfig(min_prob=0.5, min_tokens=3, unseen=True)
    got = select_sentences(FakeTagger(TABLE), docs, cfg, seen={"بشار الأسد"})
    assert [" ".join(s.tokens) for s in got] == [S2, S4]
    cfg = SelfTrainConfig(min_prob=0.5, min_tokens=3, max_sentences=1)
    assert len(select_sentences(FakeTagger(TABLE), docs, cfg)) == 1
