"""The opt-in binarized word2vec features of the CRF tagger (``FeatureExtractor`` option ``embed``):
read from a small vectors file written here, off by default."""

from __future__ import annotations

import io

import numpy as np

from marsad.entities.features import FeatureExtractor


def _vectors(tmp_path) -> str:
    words = ["رئيس", "بغداد", "قال"]
    m = np.array([[0.9, -0.1], [0.1, -0.8], [0.3, 0.5]], dtype=np.float16)
    buf = io.BytesIO()
    np.savez(buf, words=np.frombuffer("\n".join(words).encode("utf-8"), dtype=np.uint8), vectors=m)
    path = tmp_path / "vectors.npz"
    path.write_bytes(buf.getvalue())
    return str(path)


def test_dimensions_beyond_the_mean_of_their_sign_become_features(tmp_path):
    # dimension 0: positive mean 0.43 -> «رئيس» (0.9) is e0+; dimension 1: negative mean -0.45 ->
    # «بغداد» (-0.8) is e1-, «رئيس» (-0.1) nothing; positive mean 0.5 -> «قال» is e1+
    ex = FeatureExtractor(opts={"embed": {"file": _vectors(tmp_path), "near": True}})
    own = set(ex.compute("الرئيس")[2])  # clitic stripped: the file's stem
    assert "e0+" in own and not {"e1-", "e1+"} & own
    assert {"e1-"} <= set(ex.compute("ببغداد")[2]) and "e0+" not in ex.compute("ببغداد")[2]
    assert "e1+" in ex.compute("قال")[2]
    assert "+1:ne0+" in ex.compute("الرئيس")[3]  # as the next word of a token
    assert not any(f.startswith("e") and f[1:2].isdigit() for f in ex.compute("كييف")[2])


def test_off_by_default():
    assert not any(f.startswith("e0") for f in FeatureExtractor().compute("الرئيس")[2])
