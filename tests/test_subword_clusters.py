"""The opt-in fastText cluster features of the CRF tagger (``FeatureExtractor`` option ``subword``):
read from a small table written here, absent without a table, off by default."""

from __future__ import annotations

import gzip

import pytest

from marsad.entities.features import FeatureExtractor, WordClusters, load_subword

CLUSTERS = WordClusters({"رئيس": ("1", "2", "3")}, ("c64", "c256", "c1024"))


@pytest.fixture()
def table(tmp_path):
    path = tmp_path / "subword.tsv.gz"
    rows = ["stem\tf64\tf256\tf1024", "رئيس\t1\t7\t9", "زيلينسكي\t5\t40\t700"]
    path.write_bytes(gzip.compress(("\n".join(rows) + "\n").encode("utf-8")))
    return str(path)


def _own(ex: FeatureExtractor, word: str) -> tuple[str, ...]:
    return ex.compute(word)[2]


def test_missing_mode_only_stems_without_a_shipped_cluster(table):
    ex = FeatureExtractor(clusters=CLUSTERS, opts={"subword": "missing", "subword_file": table})
    own = _own(ex, "وزيلينسكي")  # clitic stripped: the table's stem
    assert {"f64=5", "f256=40", "f1024=700", "c=none"} <= set(own)
    assert "+1:f256=40" in ex.compute("زيلينسكي")[3]
    assert "-2:f64=5" in ex.compute("زيلينسكي")[0]
    assert not any(f.startswith("f") for f in _own(ex, "الرئيس"))  # has a shipped cluster
    assert not any(f.startswith("f") for f in _own(ex, "كييف"))  # not in the table


def test_all_and_fill_modes(table):
    ex = FeatureExtractor(clusters=CLUSTERS, opts={"subword": "all", "subword_file": table})
    assert {"c256=2", "f256=7"} <= set(_own(ex, "الرئيس"))
    ex = FeatureExtractor(clusters=CLUSTERS, opts={"subword": "fill", "subword_file": table})
    assert {"c64=5", "c256=40", "c1024=700"} <= set(_own(ex, "زيلينسكي"))
    assert "c256=2" in _own(ex, "الرئيس") and "c256=7" not in _own(ex, "الرئيس")


def test_absent_table_gives_no_feature(tmp_path):
    missing = str(tmp_path / "nothing.tsv.gz")
    assert len(load_subword(missing)) == 0
    ex = FeatureExtractor(clusters=CLUSTERS, opts={"subword": "missing", "subword_file": missing})
    assert ex.subword is None
    assert not any(f.startswith("f") for f in _own(ex, "زيلينسكي"))


def test_off_by_default(table):
    assert FeatureExtractor(clusters=CLUSTERS).subword is None
    with pytest.raises(ValueError):
        FeatureExtractor(clusters=CLUSTERS, opts={"subword": "sometimes", "subword_file": table})
