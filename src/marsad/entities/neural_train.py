"""Training of the convolutional tagger of :mod:`marsad.entities.neural` (needs torch: the
``[train]`` extra; never imported by the pipeline).

:func:`train_neural` trains on CoNLL sentences and writes the ``npz`` weights the numpy decoder
reads; :func:`jackknife_features` gives the stacking features of training sentences from
models that did not see them.

Deterministic: ``torch.manual_seed(seed)``, one thread, a ``numpy`` generator with ``seed`` for
the order of the batches, no non-deterministic kernels (CPU).  Early stopping on the last
``dev_fraction`` of the sentences given (contiguous; never on anything else): the weights of the
epoch with the best dev entity F1 are kept.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .conll import Sentence, score
from .features import FeatureExtractor, stem_of
from .neural import WordVectors, hash_features

__all__ = ["NeuralConfig", "train_neural", "jackknife_features", "encode"]


@dataclass
class NeuralConfig:
    """Hyper-parameters (stored in the model's JSON description)."""

    buckets: int = 16384
    bag_dim: int = 32
    hidden: int = 96
    dropout: float = 0.3
    lr: float = 1e-3
    batch: int = 8
    epochs: int = 20
    patience: int = 4
    dev_fraction: float = 0.1
    seed: int = 0

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def encode(sentences: Sequence[Sequence[str]], *, extractor: FeatureExtractor,
           vectors: WordVectors, buckets: int) -> list[tuple[list[int], list[list[int]]]]:
    """Per sentence: the vector row of each token's stem (``len(vectors)``: none) and each
    token's hashed feature ids."""
    memo: dict[str, tuple[int, list[int]]] = {}
    out = []
    unk = len(vectors)
    for s in sentences:
        vi, fi = [], []
        for w in s:
            got = memo.get(w)
            if got is None:
                got = memo[w] = (vectors.index.get(stem_of(w), unk),
                                 hash_features(extractor.compute(w)[2], buckets))
            vi.append(got[0])
            fi.append(got[1])
        out.append((vi, fi))
    return out


def _model(vectors: WordVectors, config: NeuralConfig, n_labels: int) -> Any:
    import torch
    from torch import nn

    class Net(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            mat = torch.cat([torch.from_numpy(vectors.matrix), torch.zeros(1, vectors.dim)])
            self.vec = nn.Embedding.from_pretrained(mat, freeze=True)
            self.bag = nn.EmbeddingBag(config.buckets, config.bag_dim, mode="sum")
            nn.init.normal_(self.bag.weight, std=0.1)
            d_in = vectors.dim + config.bag_dim
            H = config.hidden
            self.conv1 = nn.Conv1d(d_in, H, 3, padding=1, dilation=1)
            self.conv2 = nn.Conv1d(H, H, 3, padding=2, dilation=2)
            self.conv3 = nn.Conv1d(H, H, 3, padding=1, dilation=1)
            self.out = nn.Linear(H, n_labels)
            self.drop = nn.Dropout(config.dropout)

        def forward(self, vi: Any, flat: Any, offsets: Any, mask: Any) -> Any:
            B, T = vi.shape
            x = torch.cat([self.vec(vi), self.bag(flat, offsets).view(B, T, -1)], dim=2)
            x = self.drop(x * mask[:, :, None]).transpose(1, 2)
            m = mask[:, None, :]
            h = torch.relu(self.conv1(x)) * m
            h = (torch.relu(self.conv2(self.drop(h))) + h) * m
            h = (torch.relu(self.conv3(self.drop(h))) + h) * m
            return self.out(self.drop(h.transpose(1, 2)))

    return Net()


def _batch(enc: Sequence[tuple[list[int], list[list[int]]]], unk: int) -> tuple[Any, ...]:
    """Padded tensors of a batch of encoded sentences (padding: vector row ``unk``, no features)."""
    import torch

    T = max(len(v) for v, _ in enc)
    vi = torch.full((len(enc), T), unk, dtype=torch.long)
    mask = torch.zeros(len(enc), T)
    flat: list[int] = []
    offsets: list[int] = []
    for b, (v, f) in enumerate(enc):
        vi[b, :len(v)] = torch.tensor(v, dtype=torch.long)
        mask[b, :len(v)] = 1
        for t in range(T):
            offsets.append(len(flat))
            if t < len(f):
                flat.extend(f[t])
    return vi, torch.tensor(flat, dtype=torch.long), torch.tensor(offsets, dtype=torch.long), mask


def _predict(net: Any, enc: Sequence[Any], unk: int, labels: Sequence[str],
             batch: int = 64) -> tuple[list[list[str]], list[Any]]:
    import torch

    net.eval()
    tags: list[list[str]] = []
    probs: list[Any] = []
    with torch.no_grad():
        for a in range(0, len(enc), batch):
            part = enc[a:a + batch]
            vi, flat, offs, mask = _batch(part, unk)
            p = torch.softmax(net(vi, flat, offs, mask), dim=2).numpy()
            for b, (v, _) in enumerate(part):
                pb = p[b, :len(v)]
                probs.append(pb)
                tags.append([labels[j] for j in pb.argmax(axis=1).tolist()])
    return tags, probs


def train_neural(sentences: Sequence[Sentence], *, extractor: FeatureExtractor,
                 vectors: WordVectors, config: NeuralConfig | None = None,
                 out: Path | None = None, log: Any = None) -> tuple[Any, list[str]]:
    """Train on ``sentences`` (the last ``dev_fraction`` of them for early stopping only);
    returns the torch module (best dev epoch) and its labels, and writes the weights to ``out``
    (``npz``, float16) when given."""
    import numpy as np
    import torch

    config = config or NeuralConfig()
    torch.manual_seed(config.seed)
    torch.set_num_threads(1)
    labels = sorted({t for s in sentences for t in s.tags} | {"O"})
    lab = {t: i for i, t in enumerate(labels)}
    sents = [s for s in sentences if s.tokens]
    n_dev = max(1, int(len(sents) * config.dev_fraction))
    train, dev = sents[:-n_dev], sents[-n_dev:]
    unk = len(vectors)
    enc_train = encode([s.tokens for s in train], extractor=extractor, vectors=vectors,
                       buckets=config.buckets)
    enc_dev = encode([s.tokens for s in dev], extractor=extractor, vectors=vectors,
                     buckets=config.buckets)
    y_train = [[lab[t] for t in s.tags] for s in train]
    net = _model(vectors, config, len(labels))
    opt = torch.optim.Adam([p for p in net.parameters() if p.requires_grad], lr=config.lr)
    rng = np.random.default_rng(config.seed)
    # batches of sentences of similar length (sorted, cut, shuffled each epoch)
    order = sorted(range(len(train)), key=lambda i: len(train[i].tokens))
    batches = [order[a:a + config.batch] for a in range(0, len(order), config.batch)]
    best, best_state, bad = -1.0, None, 0
    t0 = time.time()
    for epoch in range(config.epochs):
        net.train()
        for k in rng.permutation(len(batches)).tolist():
            idx = batches[k]
            vi, flat, offs, mask = _batch([enc_train[i] for i in idx], unk)
            T = vi.shape[1]
            y = torch.full((len(idx), T), -100, dtype=torch.long)
            for b, i in enumerate(idx):
                y[b, :len(y_train[i])] = torch.tensor(y_train[i])
            logits = net(vi, flat, offs, mask)
            loss = torch.nn.functional.cross_entropy(logits.reshape(-1, len(labels)), y.reshape(-1),
                                                     ignore_index=-100)
            opt.zero_grad()
            loss.backward()
            opt.step()
        pred, _ = _predict(net, enc_dev, unk, labels)
        f1 = score([s.tags for s in dev], pred).overall.f1
        if log:
            log(f"  neural epoch {epoch}: dev F1 {f1:.4f} ({time.time() - t0:.0f}s)")
        if f1 > best:
            best, bad = f1, 0
            best_state = {k: v.detach().clone() for k, v in net.state_dict().items()}
        else:
            bad += 1
            if bad >= config.patience:
                break
    net.load_state_dict(best_state)
    net.eval()
    if out is not None:
        save_weights(net, labels, out)
    return net, labels


def save_weights(net: Any, labels: Sequence[str], out: Path) -> Path:
    """Write the weights of :func:`train_neural`'s module as the ``npz`` of
    :class:`marsad.entities.neural.NeuralTagger` (float16; the frozen vectors are not included)."""
    import numpy as np

    sd = {k: v.detach().numpy() for k, v in net.state_dict().items()}
    arrays = {"bag": sd["bag.weight"], "out_w": sd["out.weight"], "out_b": sd["out.bias"]}
    for k in (1, 2, 3):
        arrays[f"conv{k}_w"] = sd[f"conv{k}.weight"]
        arrays[f"conv{k}_b"] = sd[f"conv{k}.bias"]
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out, labels=np.frombuffer("\n".join(labels).encode("utf-8"), dtype=np.uint8),
                        dilations=np.asarray([1, 2, 1], dtype=np.int64),
                        **{k: v.astype(np.float16) for k, v in arrays.items()})
    return out


def jackknife_features(sentences: Sequence[Sentence], *, extractor: FeatureExtractor,
                       vectors: WordVectors, parts: int, workdir: Path,
                       config: NeuralConfig | None = None,
                       log: Any = None) -> list[list[tuple[str, ...]]]:
    """Stacking features (:func:`~marsad.entities.neural.stack_features`) of every sentence from
    a model trained on the other of ``parts`` contiguous parts (decoded with numpy, as at run
    time)."""
    from .neural import NeuralTagger
    from .train import folds

    out: list[list[tuple[str, ...]]] = []
    for j, (a, b) in enumerate(folds(len(sentences), parts)):
        t0 = time.time()
        path = Path(workdir) / f"neural_jack{j}.npz"
        train_neural([*sentences[:a], *sentences[b:]], extractor=extractor, vectors=vectors,
                     config=config, out=path)
        tagger = NeuralTagger(path, extractor=extractor, vectors=vectors)
        out.extend(tagger.features([s.tokens for s in sentences[a:b]]))
        path.unlink()
        if log:
            log(f"neural jackknife part {j}: {time.time() - t0:.0f}s")
    return out
