"""The Python API: :func:`analyze` one text, :func:`analyze_many` a stream of them.

Every shell (CLI, web, Spark) goes through these two functions.  Offsets in the returned
documents are code-point indices into ``Document.text``.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from itertools import islice
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from .errors import MarsadError, UsageError
from .model import Document, parse_date
from .pipeline import Pipeline
from .pipeline.pipeline import ErrorPolicy

_DEFAULT: Pipeline | None = None


def default_pipeline() -> Pipeline:
    """The default pipeline, built once per process."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline.from_names()
    return _DEFAULT


def to_document(item: str | Document | Mapping[str, Any], *, published: Any = None,
                **fields: Any) -> Document:
    """A :class:`Document` from a text, a document or a record ``{id, text|content, ...}``.

    ``published`` is a default: a document's or record's own date wins.
    """
    if isinstance(item, Document):
        doc = item
    elif isinstance(item, str):
        doc = Document.from_text(item, **{k: v for k, v in fields.items() if v is not None})
    elif isinstance(item, Mapping):
        text = item.get("text", item.get("content"))
        if not isinstance(text, str):
            raise UsageError("record has no 'text' (or 'content') string", source=str(item.get("id", "record")))
        known = {"id", "text", "content", "title", "published", "date", "source", "url"}
        doc = Document.from_text(
            text, id=None if item.get("id") is None else str(item["id"]), title=item.get("title"),
            published=parse_date(item.get("published", item.get("date"))), source=item.get("source"),
            url=item.get("url"), metadata={k: v for k, v in item.items() if k not in known},
        )
    else:
        raise UsageError(f"cannot analyze a {type(item).__name__}; give a str, a Document or a mapping")
    if doc.published is None and published is not None:
        doc = doc.replace(published=parse_date(published, what="published"))
    return doc


def analyze(text: str | Document | Mapping[str, Any], *, published: Any = None, id: str | None = None,
            title: str | None = None, source: str | None = None, url: str | None = None,
            pipeline: Pipeline | None = None) -> Document:
    """Analyze one article and return its :class:`Document` with every layer attached.

    >>> doc = analyze("بيروت - دعا تنظيم الدولة الإسلامية الإثنين ...", published="2019-03-18")
    >>> doc.dateline.text
    'بيروت'

    Errors raise (a subclass of :class:`~marsad.errors.MarsadError`).
    """
    doc = to_document(text, published=published, id=id, title=title, source=source, url=url)
    result = (pipeline or default_pipeline()).run(doc, errors="raise")
    assert isinstance(result, Document)
    return result


# -- batches --------------------------------------------------------------------------
_WORKER_PIPELINE: Pipeline | None = None


def _init_worker(stage_names: Sequence[str]) -> None:
    global _WORKER_PIPELINE
    _WORKER_PIPELINE = Pipeline.from_names(stage_names)


def _run_chunk(chunk: list[Document | MarsadError]) -> list[Document | MarsadError]:
    assert _WORKER_PIPELINE is not None
    return _WORKER_PIPELINE.run_many(chunk, errors="record")


def _bounded_imap(pool: Any, chunks: Iterable[list[Any]], *, window: int) -> Iterator[Any]:
    """Like ``pool.imap`` but reads ahead at most ``window`` chunks, so memory stays bounded."""
    pending: deque[Any] = deque()
    for chunk in chunks:
        pending.append(pool.apply_async(_run_chunk, (chunk,)))
        if len(pending) >= window:
            yield from pending.popleft().get()
    while pending:
        yield from pending.popleft().get()


def _chunked(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _prepare(items: Iterable[Any], published: Any) -> Iterator[Document | MarsadError]:
    for item in items:
        if isinstance(item, MarsadError):
            yield item
            continue
        try:
            yield to_document(item, published=published)
        except MarsadError as exc:
            yield exc


def analyze_many(items: Iterable[str | Document | Mapping[str, Any] | MarsadError], *,
                 published: Any = None, errors: ErrorPolicy = "record", jobs: int = 1,
                 pipeline: Pipeline | None = None, chunksize: int = 16) -> Iterator[Document | MarsadError]:
    """Analyze a stream of articles lazily, in input order.

    Items may be texts, documents, records or :class:`MarsadError` values (passed through, as
    yielded by :func:`marsad.ingest.iter_inputs`).  With ``errors="record"`` a failing article
    yields its error and the stream goes on; with ``"raise"`` the first error is raised.
    ``jobs > 1`` runs the pipeline in that many worker processes.
    """
    if jobs < 1:
        raise UsageError(f"jobs must be >= 1, not {jobs}")
    pipe = pipeline or default_pipeline()
    prepared = _prepare(items, published)
    if jobs == 1:  # a chunk at a time: the entity tagger decodes a chunk's documents together
        results: Iterable[Document | MarsadError] = (
            result for chunk in _chunked(prepared, chunksize) for result in pipe.run_many(chunk, errors="record"))
        yield from _apply_policy(results, errors)
        return
    with multiprocessing.get_context("spawn").Pool(jobs, initializer=_init_worker, initargs=(pipe.names,)) as pool:
        results = _bounded_imap(pool, _chunked(prepared, chunksize), window=jobs * 4)
        yield from _apply_policy(results, errors)


def _apply_policy(results: Iterable[Document | MarsadError], errors: ErrorPolicy) -> Iterator[Document | MarsadError]:
    for result in results:
        if errors == "raise" and isinstance(result, MarsadError):
            raise result
        yield result
