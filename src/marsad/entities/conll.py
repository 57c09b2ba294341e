"""CoNLL ``token TAG`` files: reading, writing predictions and conlleval-style scoring.

Reading (:func:`read_conll`): one token per line, the token in the first column and the tag in
the second (further columns, e.g. Wojood's nested tags, are ignored); a blank line ends a
sentence.  Files with no blank lines at all (ANERcorp) are split after the sentence-final
tokens ``.`` ``؟`` ``!``.  Wojood's ``$#$`` segment lines are tokens like any other (they are kept
so that a predictions file has exactly one line per input token line).  ``PERS`` tags are
read as ``PER``; ``IOB1``-style ``I-X`` after ``O`` is read as the start of an entity, as
conlleval does.

Scoring (:func:`score`): exact entity match (same type, same first and last token) as in
conlleval: precision = correct / predicted, recall = correct / gold, F1 their harmonic mean,
per type and micro-averaged over all types.

:func:`evaluate_file` reads a file, tags its sentences with any callable
``tag_sentences(list[list[str]]) -> list[list[str]]``, scores, and optionally writes
``token gold predicted`` lines (one per input token line, in order, blank line between
sentences) for any other scorer to check.

Imports nothing outside :mod:`marsad.entities` but the standard library.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "Sentence",
    "Report",
    "TypeScore",
    "read_conll",
    "parse_conll",
    "spans",
    "score",
    "evaluate_file",
    "write_predictions",
    "normalize_tag",
    "SENTENCE_END",
]

#: tokens after which a file without blank lines is split into sentences
SENTENCE_END = frozenset({".", "؟", "!", "?"})

TYPE_MAP = {"PERS": "PER", "PERSON": "PER"}


def normalize_tag(tag: str) -> str:
    """``B-PERS`` -> ``B-PER``; anything without a ``B-``/``I-``/``E-``/``S-`` prefix -> ``O``."""
    if not tag or tag == "O" or len(tag) < 3 or tag[1] != "-" or tag[0] not in "BIES":
        return "O"
    t = tag[2:]
    return f"{tag[0]}-{TYPE_MAP.get(t, t)}"


@dataclass(slots=True)
class Sentence:
    """One sentence: tokens and gold tags (normalized: PERS -> PER)."""

    tokens: list[str]
    tags: list[str]


def parse_conll(lines: Iterable[str], *, split_on_punct: bool | None = None) -> list[Sentence]:
    """Sentences of CoNLL lines (see the module docstring).

    ``split_on_punct``: split after ``.`` ``؟`` ``!`` tokens; ``None`` (default) does so only
    when the input has no blank lines.  Every non-blank line becomes exactly one token.
    """
    rows: list[tuple[str, str] | None] = []
    for raw in lines:
        line = raw.rstrip("\r\n")
        if not line.strip():
            rows.append(None)
            continue
        parts = line.split()
        if len(parts) == 1:
            # a line with only a tag (the token was whitespace) or only a token
            token, tag = (line.strip(), "O")
        else:
            token, tag = parts[0], parts[1]
        rows.append((token, normalize_tag(tag)))
    if split_on_punct is None:
        split_on_punct = not any(r is None for r in rows)
    out: list[Sentence] = []
    cur = Sentence([], [])
    for r in rows:
        if r is None:
            if cur.tokens:
                out.append(cur)
                cur = Sentence([], [])
            continue
        cur.tokens.append(r[0])
        cur.tags.append(r[1])
        if split_on_punct and r[0] in SENTENCE_END:
            out.append(cur)
            cur = Sentence([], [])
    if cur.tokens:
        out.append(cur)
    return out


def read_conll(path: str | Path, *, split_on_punct: bool | None = None) -> list[Sentence]:
    """Sentences of the CoNLL file at ``path`` (UTF-8); see :func:`parse_conll`."""
    with open(path, encoding="utf-8-sig") as fh:
        return parse_conll(fh, split_on_punct=split_on_punct)


def spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Entities of a BIO(ES) tag sequence as ``(first, last + 1, type)`` token indices, conlleval rules:
    an entity starts at ``B-``/``S-``, or at ``I-``/``E-`` whose type differs from the open entity."""
    out: list[tuple[int, int, str]] = []
    if tags.count("O") == len(tags):  # most sentences name no one
        return out
    start = -1
    typ = ""
    prev = -2
    # only the tagged tokens are visited: an ``O`` between two of them closes an open entity
    for i in [k for k, raw in enumerate(tags) if raw != "O"]:
        if start >= 0 and i != prev + 1:
            out.append((start, prev + 1, typ))
            start = -1
        prev = i
        raw = tags[i]
        tag = raw if len(raw) > 2 and raw[1] == "-" else "O"
        prefix, t = (tag[0], tag[2:]) if tag != "O" else ("O", "")
        if start >= 0 and (prefix in "OBS" or t != typ):
            out.append((start, i, typ))
            start = -1
        if prefix in "BS" or (prefix in "IE" and start < 0):
            start, typ = i, t
        if start >= 0 and prefix in "ES":
            out.append((start, i + 1, typ))
            start = -1
    if start >= 0:
        out.append((start, prev + 1, typ))
    return out


@dataclass(slots=True)
class TypeScore:
    """Counts and scores for one entity type (or ``overall``)."""

    gold: int = 0
    predicted: int = 0
    correct: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "gold": self.gold, "predicted": self.predicted,
                "correct": self.correct}


@dataclass(slots=True)
class Report:
    """Entity-level exact-match scores: ``types`` per entity type, ``overall`` micro-averaged;
    ``tokens`` and ``sentences`` counted, ``token_accuracy`` as conlleval prints it."""

    types: dict[str, TypeScore] = field(default_factory=dict)
    overall: TypeScore = field(default_factory=TypeScore)
    tokens: int = 0
    sentences: int = 0
    token_correct: int = 0

    @property
    def token_accuracy(self) -> float:
        return self.token_correct / self.tokens if self.tokens else 0.0

    def add(self, gold: Sequence[str], pred: Sequence[str]) -> None:
        """Add one sentence's gold and predicted tags (same length)."""
        if len(gold) != len(pred):
            raise ValueError(f"gold has {len(gold)} tags, prediction {len(pred)}")
        self.sentences += 1
        self.tokens += len(gold)
        self.token_correct += sum(g == p for g, p in zip(gold, pred))
        g = set(spans(gold))
        p = set(spans(pred))
        for s in g:
            self.types.setdefault(s[2], TypeScore()).gold += 1
        for s in p:
            self.types.setdefault(s[2], TypeScore()).predicted += 1
        for s in g & p:
            self.types[s[2]].correct += 1
        self.overall.gold += len(g)
        self.overall.predicted += len(p)
        self.overall.correct += len(g & p)

    def merge(self, other: Report) -> None:
        """Add the counts of ``other`` (e.g. the folds of a cross-validation)."""
        for t, s in other.types.items():
            mine = self.types.setdefault(t, TypeScore())
            mine.gold += s.gold
            mine.predicted += s.predicted
            mine.correct += s.correct
        self.overall.gold += other.overall.gold
        self.overall.predicted += other.overall.predicted
        self.overall.correct += other.overall.correct
        self.tokens += other.tokens
        self.sentences += other.sentences
        self.token_correct += other.token_correct

    def to_dict(self) -> dict:
        return {"overall": self.overall.to_dict(),
                "types": {t: s.to_dict() for t, s in sorted(self.types.items())},
                "tokens": self.tokens, "sentences": self.sentences,
                "token_accuracy": round(self.token_accuracy, 4)}

    def format(self) -> str:
        """A plain-text table: one row per type and one ``overall`` row (P, R, F1, counts)."""
        head = f"{'type':<8} {'prec':>6} {'rec':>6} {'F1':>6} {'gold':>6} {'pred':>6} {'correct':>7}"
        rows = [head, "-" * len(head)]
        for name, s in [*sorted(self.types.items()), ("overall", self.overall)]:
            if name == "overall":
                rows.append("-" * len(head))
            rows.append(f"{name:<8} {s.precision:6.4f} {s.recall:6.4f} {s.f1:6.4f} "
                        f"{s.gold:6d} {s.predicted:6d} {s.correct:7d}")
        rows.append(f"{self.sentences} sentences, {self.tokens} tokens, "
                    f"token accuracy {self.token_accuracy:.4f}")
        return "\n".join(rows)


def score(gold: Sequence[Sequence[str]], predicted: Sequence[Sequence[str]]) -> Report:
    """Score predicted tag sequences against gold ones (one sequence per sentence)."""
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold sentences, {len(predicted)} predicted")
    report = Report()
    for g, p in zip(gold, predicted):
        report.add([normalize_tag(t) for t in g], [normalize_tag(t) for t in p])
    return report


def write_predictions(path: str | Path, sentences: Sequence[Sentence],
                      predicted: Sequence[Sequence[str]]) -> None:
    """Write ``token gold predicted`` lines, one per token, a blank line after each sentence."""
    with open(path, "w", encoding="utf-8") as fh:
        for s, p in zip(sentences, predicted):
            for tok, g, t in zip(s.tokens, s.tags, p):
                fh.write(f"{tok} {g} {t}\n")
            fh.write("\n")


TagSentences = Callable[[list[list[str]]], list[list[str]]]


def evaluate_file(path: str | Path, *, tagger: TagSentences | object,
                  predictions_out: Path | None = None,
                  split_on_punct: bool | None = None) -> Report:
    """Read the CoNLL file at ``path``, tag it, score it (exact entity match), return a :class:`Report`.

    ``tagger`` is a callable ``tag_sentences(list[list[str]]) -> list[list[str]]`` (BIO tags,
    one list per sentence) or an object with such a ``tag_sentences`` method (e.g.
    :class:`marsad.entities.tagger.CrfTagger`).  With ``predictions_out``, writes
    ``token gold predicted`` lines there (exactly one per input token line, in order).
    """
    sentences = read_conll(path, split_on_punct=split_on_punct)
    fn = getattr(tagger, "tag_sentences", tagger)
    if not callable(fn):
        raise TypeError("tagger must be callable or have a tag_sentences method")
    predicted = fn([s.tokens for s in sentences])
    predicted = [[normalize_tag(t) for t in p] for p in predicted]
    for s, p in zip(sentences, predicted):
        if len(p) != len(s.tokens):
            raise ValueError(f"tagger returned {len(p)} tags for a sentence of {len(s.tokens)} tokens")
    report = score([s.tags for s in sentences], predicted)
    if predictions_out is not None:
        write_predictions(predictions_out, sentences, predicted)
    return report
