"""The document model: a frozen :class:`Document` with stand-off layers of :class:`Span` values.

Offsets everywhere are code-point indices into ``Document.text``, end-exclusive, so that
``doc.text[span.start:span.end] == span.text`` always holds.  The text is never rewritten:
normalisation happens on views (see :mod:`marsad.text.normalize`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .errors import InvalidSpanError, UsageError
from .text.tokenize import TokenList

SCHEMA_VERSION = "1.0"

#: Layers of the result schema (DESIGN.md), always present as keys in ``to_dict()``.
SCHEMA_LAYERS: tuple[str, ...] = ("entities", "times", "quotes", "events", "rhetoric", "framing")
#: Text layers written to JSON; ``tokens`` only on request (they are large).
TEXT_LAYERS: tuple[str, ...] = ("sentences", "numbers")

class FrozenDict(Mapping[str, Any]):
    """A read-only mapping that pickles (``MappingProxyType`` does not; worker processes need it)."""

    __slots__ = ("_data",)

    def __init__(self, data: Mapping[str, Any] | None = None) -> None:
        self._data = dict(data or {})

    def __getitem__(self, key: str) -> Any:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __repr__(self) -> str:
        return f"FrozenDict({self._data!r})"

    def __eq__(self, other: object) -> bool:
        return dict(self._data) == (dict(other) if isinstance(other, Mapping) else other)

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self):
        return (FrozenDict, (self._data,))


_EMPTY: Mapping[str, Any] = FrozenDict()


def _freeze(mapping: Mapping[str, Any] | None) -> Mapping[str, Any]:
    return mapping if isinstance(mapping, FrozenDict) else FrozenDict(mapping)


#: keys of :meth:`Span.to_dict` that attributes may not reuse
_RESERVED_KEYS = frozenset({"start", "end", "text", "label", "rule"})


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of evidence in the text: ``[start, end)`` code-point offsets and the exact ``text``.

    ``label`` names what the span is (a tag, a type); ``rule`` names the rule, lexicon entry or
    model that produced it; ``attrs`` holds layer-specific values (JSON-ready).
    """

    start: int
    end: int
    text: str
    label: str | None = None
    rule: str | None = None
    attrs: Mapping[str, Any] = field(default_factory=lambda: _EMPTY)

    def __post_init__(self) -> None:
        if not (0 <= self.start <= self.end):
            raise InvalidSpanError(f"span offsets out of order: [{self.start}, {self.end})")
        if self.end - self.start != len(self.text):
            raise InvalidSpanError(
                f"span [{self.start}, {self.end}) has length {self.end - self.start} "
                f"but its text {self.text!r} has length {len(self.text)}"
            )
        if not isinstance(self.attrs, FrozenDict):
            object.__setattr__(self, "attrs", _freeze(self.attrs))
        clash = _RESERVED_KEYS.intersection(self.attrs)
        if clash:  # to_dict() flattens attrs: they must not overwrite the offsets
            raise InvalidSpanError(f"span attributes may not use the reserved keys {sorted(clash)}")

    @classmethod
    def from_text(cls, text: str, start: int, end: int, **kwargs: Any) -> Span:
        """The span ``[start, end)`` of ``text``, its text sliced from it."""
        return cls(start, end, text[start:end], **kwargs)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text}
        if self.label is not None:
            out["label"] = self.label
        if self.rule is not None:
            out["rule"] = self.rule
        out.update(self.attrs)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Span:
        rest = {k: v for k, v in data.items() if k not in {"start", "end", "text", "label", "rule"}}
        return cls(data["start"], data["end"], data["text"], label=data.get("label"),
                   rule=data.get("rule"), attrs=rest)


def parse_date(value: Any, *, what: str = "date") -> dt.date | None:
    """An ISO date (``2019-03-18``, ``2019-03-18T10:00:00Z``, ``2019-03-18 10:00``) to a ``date``.

    ``None`` and ``""`` give ``None``; anything else unparseable raises :class:`UsageError`.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    raw = str(value).strip()
    try:
        return dt.date.fromisoformat(raw[:10])
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(raw.replace("Z", "+00:00")).date()
    except ValueError:
        raise UsageError(f"{what} {raw!r} is not an ISO date (expected YYYY-MM-DD)") from None


def content_id(text: str) -> str:
    """A stable id for a text with no id of its own: the first 16 hex digits of its SHA-1."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass(frozen=True)
class Document:
    """An article: its untouched ``text``, its metadata and the layers the pipeline attached.

    ``layers`` maps a layer name (``sentences``, ``tokens``, ``entities``, ...) to a tuple of
    records (usually :class:`Span`); build new documents with :meth:`with_layers`, never mutate.
    ``dateline`` is the span of the dateline place («بيروت») in ``text``, if one was found.
    """

    id: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    published_inferred: bool = False
    source: str | None = None
    url: str | None = None
    dateline: Span | None = None
    metadata: Mapping[str, Any] = field(default_factory=lambda: _EMPTY)
    layers: Mapping[str, Sequence[Any]] = field(default_factory=lambda: _EMPTY)

    def __post_init__(self) -> None:
        if not isinstance(self.text, str):
            raise UsageError(f"document {self.id!r}: text must be str, not {type(self.text).__name__}")
        if not isinstance(self.published, (dt.date, type(None))):
            object.__setattr__(self, "published", parse_date(self.published, what="published"))
        for name in ("metadata", "layers"):
            value = getattr(self, name)
            if not isinstance(value, FrozenDict):
                object.__setattr__(self, name, _freeze(value))

    # -- construction -------------------------------------------------------------
    @classmethod
    def from_text(cls, text: str, *, id: str | None = None, **kwargs: Any) -> Document:
        """A document for ``text``; its id defaults to :func:`content_id` of the text."""
        return cls(id=id if id is not None else content_id(text), text=text, **kwargs)

    def with_layers(self, **layers: Any) -> Document:
        """A copy of this document with ``layers`` added or replaced (values become tuples)."""
        merged = dict(self.layers)
        merged.update({name: _as_records(value) for name, value in layers.items()})
        return dataclasses.replace(self, layers=merged)

    def replace(self, **changes: Any) -> Document:
        """A copy with the given fields changed (``dataclasses.replace``)."""
        return dataclasses.replace(self, **changes)

    # -- access -------------------------------------------------------------------
    def layer(self, name: str) -> Sequence[Any]:
        """The records of layer ``name``; an empty tuple if it was not computed."""
        return self.layers.get(name, ())

    @property
    def sentences(self) -> tuple[Span, ...]:
        return self.layer("sentences")

    @property
    def tokens(self) -> Sequence[Any]:
        """The token layer: a :class:`~marsad.text.tokenize.TokenList` of proclitic/article/stem pieces."""
        return self.layer("tokens")

    @property
    def entities(self) -> tuple[Any, ...]:
        return self.layer("entities")

    @property
    def times(self) -> tuple[Any, ...]:
        return self.layer("times")

    @property
    def events(self) -> tuple[Any, ...]:
        return self.layer("events")

    def iter_spans(self) -> Iterator[tuple[str, Mapping[str, Any]]]:
        """Every ``{start, end, text}`` object of every layer (nested too), as ``(layer, dict)``."""
        if self.dateline is not None:
            yield "dateline", self.dateline.to_dict()
        for name, records in self.layers.items():
            for record in records:
                yield from ((name, d) for d in _nested_spans(_as_json(record)))

    def check_offsets(self) -> None:
        """Raise :class:`InvalidSpanError` unless every span obeys ``text[start:end] == span.text``."""
        for name, span in self.iter_spans():
            start, end = span["start"], span["end"]
            if self.text[start:end] != span["text"]:
                raise InvalidSpanError(
                    f"document {self.id!r}, layer {name!r}: text[{start}:{end}] is "
                    f"{self.text[start:end]!r}, span says {span['text']!r}"
                )

    # -- JSON ---------------------------------------------------------------------
    def to_dict(self, *, tokens: bool = False) -> dict[str, Any]:
        """The document in the result schema of DESIGN.md (``schema_version`` included).

        Schema layers are always present (empty lists when not computed); ``layers`` lists
        the ones that were computed.  ``tokens`` adds the (large) token layer.
        """
        out: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION,
            "id": self.id,
            "source": self.source,
            "url": self.url,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "published_inferred": self.published_inferred,
            "dateline": self.dateline.text if self.dateline else None,
            "dateline_span": self.dateline.to_dict() if self.dateline else None,
            "text": self.text,
        }
        for name in SCHEMA_LAYERS + TEXT_LAYERS:
            out[name] = [_as_json(r) for r in self.layer(name)]
        if tokens:
            out["tokens"] = [_as_json(r) for r in self.layer("tokens")]
        out["story"] = self.metadata.get("story")
        out["duplicates"] = list(self.metadata.get("duplicates", ()))
        out["layers"] = sorted(self.layers)
        out["metadata"] = {k: v for k, v in self.metadata.items() if k not in {"story", "duplicates"}}
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Document:
        """Rebuild a document from :meth:`to_dict` output (span layers as :class:`Span`)."""
        layers: dict[str, tuple[Any, ...]] = {}
        for name in data.get("layers", ()):
            records = data.get(name) or ()
            if name == "tokens":
                layers[name] = TokenList.from_dicts(records)
            elif name in TEXT_LAYERS:
                layers[name] = tuple(Span.from_dict(r) for r in records)
            else:
                layers[name] = tuple(records)
        dateline = data.get("dateline_span")
        metadata = dict(data.get("metadata") or {})
        if data.get("story") is not None:
            metadata["story"] = data["story"]
        if data.get("duplicates"):
            metadata["duplicates"] = list(data["duplicates"])
        return cls(
            id=data["id"], text=data["text"], title=data.get("title"),
            published=parse_date(data.get("published")),
            published_inferred=bool(data.get("published_inferred", False)),
            source=data.get("source"), url=data.get("url"),
            dateline=Span.from_dict(dateline) if dateline else None,
            metadata=metadata, layers=layers,
        )


def _as_records(value: Any) -> Sequence[Any]:
    """A layer's records as an immutable sequence: tuples and :class:`TokenList` kept, others copied."""
    if isinstance(value, (tuple, TokenList)):
        return value
    return tuple(value)


def _as_json(record: Any) -> Any:
    if hasattr(record, "to_dict"):
        return record.to_dict()
    if isinstance(record, Mapping):
        return {k: _as_json(v) for k, v in record.items()}
    if isinstance(record, (list, tuple)):
        return [_as_json(v) for v in record]
    return record


def _nested_spans(value: Any) -> Iterator[Mapping[str, Any]]:
    if isinstance(value, Mapping):
        if {"start", "end", "text"} <= value.keys() and isinstance(value["start"], int):
            yield value
        for v in value.values():
            if isinstance(v, (Mapping, list)):
                yield from _nested_spans(v)
    elif isinstance(value, list):
        for v in value:
            yield from _nested_spans(v)
