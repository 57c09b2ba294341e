"""The tagger's given-name popularity features (``FeatureExtractor`` option ``popnames``): the shipped
table (``data/ner/popnames.tsv.gz``, built by ``scripts/build_popular_names.py``) and a table given by
path."""

from __future__ import annotations

import gzip

from marsad.entities.features import FeatureExtractor, load_popnames
from marsad.entities.train import TrainConfig


def _pn(ex: FeatureExtractor, word: str, slot: int = 2) -> set[str]:
    return {f for f in ex.compute(word)[slot] if "pn=" in f}


def test_shipped_table_marks_popular_given_names_not_ordinary_words():
    table = load_popnames()
    assert 3000 < len(table) < 4000
    ex = FeatureExtractor(opts={"popnames": True})
    assert _pn(ex, "وأحمد") == {"pn=f1"}          # clitic stripped: the stem's level
    assert _pn(ex, "أحمد", slot=1) == {"-1:pn=f1"}  # and for the next token
    assert _pn(ex, "الحكومة") == set() and _pn(ex, "قصف") == set()
    assert _pn(FeatureExtractor(), "أحمد") == set()  # off unless asked for


def test_a_table_by_path(tmp_path):
    path = tmp_path / "names.tsv.gz"
    path.write_bytes(gzip.compress("ريلتون\tf2\n".encode("utf-8")))
    ex = FeatureExtractor(opts={"popnames": str(path)})
    assert _pn(ex, "ريلتون") == {"pn=f2"} and _pn(ex, "أحمد") == set()


def test_the_training_config_asks_for_them_by_default():
    assert TrainConfig().to_dict()["popnames"] is True
    assert "popnames" not in TrainConfig(popnames=False).to_dict()
