"""The convolutional tagger of marsad.entities.neural: numpy decoding, stacking features,
and (with torch) agreement with the torch module and deterministic training."""

from __future__ import annotations

import numpy as np
import pytest

from marsad.entities.conll import Sentence
from marsad.entities.features import FeatureExtractor
from marsad.entities.neural import NeuralTagger, WordVectors, hash_features, stack_features

SENTENCES = [
    "وقال الرئيس المصري عبد الفتاح السيسي في القاهرة إن الحكومة ستعمل مع الأمم المتحدة .".split(),
    "وصل وزير الخارجية الروسي سيرغي لافروف إلى دمشق أمس .".split(),
    "نقلت وكالة رويترز عن مسؤول في بغداد".split(),
]
TAGS = [
    ["O", "O", "O", "B-PER", "I-PER", "I-PER", "O", "B-LOC", "O", "O", "O", "O", "B-ORG", "I-ORG", "O"],
    ["O", "O", "O", "O", "B-PER", "I-PER", "O", "B-LOC", "O", "O"],
    ["O", "O", "B-ORG", "O", "O", "O", "B-LOC"],
]


def _vectors() -> WordVectors:
    words = ["قال", "رئيس", "مصري", "قاهره", "دمشق", "بغداد", "حكومه", "امم"]
    rng = np.random.default_rng(0)
    m = rng.normal(size=(len(words), 8)).astype(np.float16).astype(np.float32)
    return WordVectors(words, m)


def test_hash_features_are_stable():
    assert hash_features(["b", "w=قال", "s=قال"], 1024) == hash_features(["w=قال", "s=قال"], 1024)
    assert all(0 <= i < 1024 for i in hash_features(["w=قال", "x1=ل"], 1024))


def test_stack_features():
    names = ["B-PER", "I-PER", "O"]
    probs = np.array([[0.95, 0.0, 0.05], [0.1, 0.5, 0.4], [0.35, 0.0, 0.65]])
    f = stack_features(["B-PER", "I-PER", "O"], probs, names)
    assert f[0] == ("nn=B-PER", "nn-1=BOS", "nn+1=I-PER", "nnc=B-PER:h")
    assert "nnc=I-PER:l" in f[1]
    assert f[2][-1] == "nnx=PER" and "nn+1=EOS" in f[2]


def _torch_pair(tmp_path):
    torch = pytest.importorskip("torch")
    from marsad.entities.neural_train import NeuralConfig, _batch, _model, encode, save_weights

    vectors = _vectors()
    ex = FeatureExtractor()
    config = NeuralConfig(buckets=512, bag_dim=8, hidden=16)
    torch.manual_seed(1)
    labels = ["B-LOC", "B-ORG", "B-PER", "I-LOC", "I-ORG", "I-PER", "O"]
    net = _model(vectors, config, len(labels)).eval()
    path = save_weights(net, labels, tmp_path / "n.npz")
    # the module with the float16-rounded weights the file holds
    with torch.no_grad():
        for p in net.parameters():
            p.copy_(p.half().float())
    return torch, net, path, vectors, ex, config, labels, encode, _batch


def test_numpy_decoder_equals_torch(tmp_path):
    torch, net, path, vectors, ex, config, labels, encode, _batch = _torch_pair(tmp_path)
    enc = encode(SENTENCES, extractor=ex, vectors=vectors, buckets=config.buckets)
    with torch.no_grad():
        ref = torch.softmax(net(*_batch(enc, len(vectors))), dim=2).numpy()
    tagger = NeuralTagger(path, extractor=ex, vectors=vectors)
    got = tagger.probabilities(SENTENCES)
    for k, s in enumerate(SENTENCES):
        assert got[k].shape == (len(s), len(labels))
        np.testing.assert_allclose(got[k], ref[k, :len(s)], atol=1e-5)
    # sentences alone, or with others around them, give the same output (padding per sentence)
    alone = tagger.probabilities([SENTENCES[1]])[0]
    np.testing.assert_allclose(alone, got[1], atol=1e-6)
    assert tagger.probabilities([[], SENTENCES[2], []])[1].shape == (len(SENTENCES[2]), 7)


def test_training_is_deterministic(tmp_path):
    pytest.importorskip("torch")
    from marsad.entities.neural_train import NeuralConfig, train_neural

    data = [Sentence(tokens=s, tags=t) for s, t in zip(SENTENCES, TAGS)] * 4
    config = NeuralConfig(buckets=512, bag_dim=8, hidden=16, epochs=2, dev_fraction=0.25)
    outs = []
    for k in range(2):
        path = tmp_path / f"m{k}.npz"
        train_neural(data, extractor=FeatureExtractor(), vectors=_vectors(), config=config, out=path)
        with np.load(path) as z:
            outs.append({name: z[name].copy() for name in z.files})
    for name in outs[0]:
        np.testing.assert_array_equal(outs[0][name], outs[1][name])
