"""The SQLite store: analysed documents, their layers, entities, events, errors and runs,
with FTS5 full-text search over the *normalized* text.

Design
------
* **One transaction per document.**  :meth:`Store.save` writes the ``documents`` row, its
  ``layers`` rows, its ``entities`` / ``events`` rows and its ``documents_fts`` row inside one
  ``BEGIN IMMEDIATE`` … ``COMMIT``.  Re-saving an id first deletes everything of that id (the
  child rows by ``ON DELETE CASCADE``, the FTS row by rowid) in the same transaction, so a
  document is never duplicated and never half-written.
* **How FTS stays consistent.**  ``documents_fts`` is a plain (content-storing) FTS5 table whose
  ``rowid`` is ``documents.rid`` (an ``INTEGER PRIMARY KEY``, so VACUUM never renumbers it).
  No triggers: the indexed text is computed in Python (``normalize_for_search`` plus clitic
  stems) and written by the store in the same transaction as the document; FTS5 shadow tables
  are ordinary tables of the same database, so they commit or roll back with it.
  :meth:`Store.check` verifies the 1:1 correspondence and the FTS index itself.
* **Durability.**  WAL journal with ``synchronous=NORMAL``: a commit appends the transaction to
  the WAL and the WAL is fsynced only at checkpoints.  Killing the process (``kill -9``) loses
  nothing that was committed (the WAL is in the OS page cache); an OS crash or power loss can
  lose the last transactions, but each transaction is atomic (WAL frames carry checksums and a
  commit marker; an incomplete tail is ignored on recovery), so the database is never corrupt
  and a document is never half-written.
* Offsets in search hits (``SearchHit.start`` / ``end``) are code-point indices into
  ``Document.text``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sqlite3
import threading
import uuid
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import DocumentNotFoundError, MarsadError, StoreError, UsageError
from ..model import SCHEMA_VERSION, Document
from ..text.normalize import normalize_for_search
from . import migrations as _migrations

from ..text.tokenize import TokenList, tokenize

__all__ = ["Store", "SearchHit"]

#: Seconds a writer waits for another connection's write lock before giving up.
BUSY_TIMEOUT_S = 30.0
#: Characters of context on each side of the first match in a search snippet.
SNIPPET_CONTEXT = 80
#: Separates the normalized text from its stem sequence in an FTS column.
_STEM_SEPARATOR = "\n\u2063\n"
#: Token kinds of ``marsad.text.tokenize`` that carry a stem worth indexing.
_STEM_KINDS = frozenset({"word", "stem", "number", "latin"})

_WORD = re.compile(r"[^\W_]+")
_PHRASE = re.compile(r'"([^"]*)"|«([^»]*)»|“([^”]*)”')


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One search result.

    ``score`` is higher for better matches (negated FTS5 bm25, title weighted ×2);
    ``snippet`` is an excerpt of the *original* text around the first match;
    ``start`` / ``end`` are the code-point offsets of that match in ``Document.text``
    (``None`` when the match is only in the title).
    """

    doc_id: str
    title: str | None
    published: str | None
    score: float
    snippet: str
    start: int | None = None
    end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "title": self.title, "published": self.published,
                "score": self.score, "snippet": self.snippet, "start": self.start, "end": self.end}


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds")


def _dumps(value: Any, *, what: str) -> str:
    try:
        return json.dumps(value, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise StoreError(f"{what} is not JSON-serialisable: {exc}") from exc


def _float(value: Any) -> float | None:
    try:
        return None if value is None else float(value)
    except (TypeError, ValueError):
        return None


def _int(value: Any) -> int | None:
    try:
        return None if value is None or isinstance(value, bool) else int(value)
    except (TypeError, ValueError):
        return None


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, Mapping):
        value = value.get("name") or value.get("id")
    return None if value is None else str(value)


# -- indexing helpers ----------------------------------------------------------------


def _stems(text: str, tokens: Any = None) -> list[str]:
    """The normalized clitic-stripped stems of ``text`` in order.

    ``tokens`` is the document's token layer when the pipeline computed it (a
    :class:`~marsad.text.tokenize.TokenList` of ``text``); otherwise ``text`` is tokenized here.
    """
    if not text:
        return []
    if not isinstance(tokens, TokenList):
        tokens = tokenize(text)
    out: list[str] = []
    for kind, norm in zip(tokens.kinds, tokens.norms):
        if kind in _STEM_KINDS:
            out.extend(_WORD.findall(norm))
    return out


def _index_field(text: str | None, tokens: Any = None) -> str:
    """What goes into an FTS column: the normalized text, then its stem sequence."""
    if not text:
        return ""
    norm = normalize_for_search(text)
    stems = _stems(text, tokens)
    return f"{norm}{_STEM_SEPARATOR}{' '.join(stems)}" if stems else norm


@lru_cache(maxsize=8192)
def _norm_char(ch: str) -> str:
    out = normalize_for_search(ch)
    if not out and ch.isspace():
        return " "
    return out


def _normalized_view(text: str) -> tuple[str, list[int]]:
    """``text`` normalized character by character, and for each output char its source index."""
    pieces: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        piece = _norm_char(ch)
        if piece:
            pieces.append(piece)
            index.extend([i] * len(piece))
    return "".join(pieces), index


# -- query parsing -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Unit:
    """One ANDed unit of a query: alternative token sequences (full form, stems)."""

    alternatives: tuple[tuple[str, ...], ...]
    prefix: bool = False

    def fts(self) -> str:
        star = " *" if self.prefix else ""
        parts = ['"' + " ".join(seq) + '"' + star for seq in self.alternatives]
        return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"

    def patterns(self) -> tuple[re.Pattern[str], re.Pattern[str]]:
        """(strict, loose) regexes locating the unit in a normalized view."""
        alts = "|".join(r"[\W_]+".join(re.escape(t) for t in seq) for seq in self.alternatives)
        end = "" if self.prefix else r"(?![^\W_])"
        clitics = "(?:[وفبكلس]|ال){0,4}?"  # whole word after optional proclitics / article
        return (re.compile(rf"(?<![^\W_]){clitics}(?P<m>{alts}){end}"),
                re.compile(rf"(?P<m>{alts})"))


def _unit(tokens: list[str], *, prefix: bool = False) -> _Unit | None:
    if not tokens:
        return None
    alternatives = [tuple(tokens)]
    stems = tuple(s for t in tokens for s in (_stems(t) or [t]))
    if stems and stems != alternatives[0]:
        alternatives.append(stems)
    return _Unit(tuple(alternatives), prefix)


def parse_query(query: str) -> list[_Unit]:
    """Parse a user query: quoted phrases ("…", «…», “…”) are phrases, other words are ANDed,
    a trailing ``*`` on a word makes it a prefix.  Every other character is data, never syntax.
    """
    units: list[_Unit] = []
    rest: list[str] = []
    pos = 0
    for match in _PHRASE.finditer(query):
        rest.append(query[pos:match.start()])
        pos = match.end()
        phrase = next(g for g in match.groups() if g is not None)
        unit = _unit(_WORD.findall(normalize_for_search(phrase)))
        if unit:
            units.append(unit)
    rest.append(query[pos:])
    for raw in " ".join(rest).split():
        tokens = _WORD.findall(normalize_for_search(raw))
        if not tokens:
            continue
        prefix = raw.endswith("*")
        for token in tokens[:-1]:
            unit = _unit([token])
            if unit:
                units.append(unit)
        unit = _unit([tokens[-1]], prefix=prefix)
        if unit:
            units.append(unit)
    return units


def _snippet(text: str, units: list[_Unit]) -> tuple[str, int | None, int | None]:
    """An excerpt of ``text`` around the earliest match of any unit, and that match's offsets."""
    view, index = _normalized_view(text)
    best: tuple[int, int] | None = None
    # single words, for a phrase matched through its stems but not adjacent in the view
    words = [_Unit(((t,),), u.prefix) for u in units for seq in u.alternatives for t in seq]
    passes = [(units, 0), (units, 1), (words, 0), (words, 1)]
    for group, which in passes:  # whole words first, then substrings (clitic-prefixed forms)
        for unit in group:
            m = unit.patterns()[which].search(view)
            if m and m.end("m") > m.start("m") and (best is None or m.start("m") < best[0]):
                best = (m.start("m"), m.end("m"))
        if best is not None:
            break
    if best is None:
        start = end = None
        lo, hi = 0, min(len(text), 2 * SNIPPET_CONTEXT)
    else:
        start, end = index[best[0]], index[best[1] - 1] + 1
        while end < len(text) and not _norm_char(text[end]):  # trailing diacritics belong to it
            end += 1
        lo, hi = max(0, start - SNIPPET_CONTEXT), min(len(text), end + SNIPPET_CONTEXT)
    # snap to whitespace so that words are not cut
    if lo > 0:
        cut = text.find(" ", lo, start if start is not None else hi)
        lo = cut + 1 if cut != -1 else lo
    if hi < len(text):
        cut = text.rfind(" ", end if end is not None else lo, hi)
        hi = cut if cut != -1 else hi
    excerpt = " ".join(text[lo:hi].split())
    return ("…" if lo > 0 else "") + excerpt + ("…" if hi < len(text) else ""), start, end


# -- the store -----------------------------------------------------------------------


class Store:
    """Analysed documents in one SQLite file (``":memory:"`` for tests), created and migrated
    on open.  Use as a context manager or call :meth:`close`.

    ``readonly=True`` opens an existing, fully migrated store without write access.
    The store may be shared between threads (calls are serialised by a lock).
    """

    def __init__(self, path: str | os.PathLike[str] = "marsad.db", *, readonly: bool = False) -> None:
        self.path = os.fspath(path)
        self.readonly = readonly
        self._lock = threading.RLock()
        memory = self.path == ":memory:" or self.path == ""
        if readonly and memory:
            raise UsageError("a read-only store needs a database file, not ':memory:'")
        try:
            if readonly:
                if not Path(self.path).is_file():
                    raise StoreError(f"no marsad database at {self.path}", source=self.path)
                uri = Path(self.path).resolve().as_uri() + "?mode=ro"
                conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S,
                                       isolation_level=None, check_same_thread=False)
            else:
                conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S,
                                       isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open database {self.path}: {exc}", source=self.path) from exc
        self._conn: sqlite3.Connection | None = conn
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            conn.execute("PRAGMA foreign_keys = ON")
            if not readonly:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
                _migrations.migrate(conn)
            elif _migrations.pending(conn):
                raise StoreError(
                    f"{self.path} is not an up-to-date marsad database "
                    "(open it once without readonly to create or migrate it)",
                    source=self.path,
                )
        except sqlite3.Error as exc:
            conn.close()
            self._conn = None
            raise StoreError(f"cannot use database {self.path}: {exc}", source=self.path) from exc
        except BaseException:
            conn.close()
            self._conn = None
            raise

    # -- plumbing ---------------------------------------------------------------------
    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection (idempotent)."""
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def __repr__(self) -> str:
        return f"Store({self.path!r}{', readonly=True' if self.readonly else ''})"

    @property
    def connection(self) -> sqlite3.Connection:
        """The underlying connection (autocommit mode; for read-only ad-hoc SQL)."""
        if self._conn is None:
            raise StoreError(f"store {self.path} is closed", source=self.path)
        return self._conn

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            conn = self.connection
            try:
                yield conn
            except sqlite3.Error as exc:
                raise StoreError(f"{self.path}: {exc}", source=self.path) from exc

    @contextmanager
    def _transaction(self, what: str) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` … ``COMMIT``; rolled back on any exception."""
        if self.readonly:
            raise StoreError(f"cannot {what}: store {self.path} is read-only", source=self.path)
        with self._lock:
            conn = self.connection
            try:
                conn.execute("BEGIN IMMEDIATE")
                yield conn
                conn.execute("COMMIT")
            except BaseException as exc:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise StoreError(f"cannot {what}: {exc}", source=self.path) from exc
                raise

    # -- documents ----------------------------------------------------------------------
    def save(self, doc: Document) -> None:
        """Store ``doc`` in one transaction, replacing everything previously stored under its id."""
        if not isinstance(doc, Document):
            raise UsageError(f"Store.save expects a Document, not {type(doc).__name__}")
        data = doc.to_dict()
        result_json = _dumps(data, what=f"document {doc.id!r}")
        layer_rows = [
            (doc.id, name, _dumps(data[name], what=f"layer {name!r} of document {doc.id!r}"))
            for name in data["layers"] if name in data
        ]
        entity_rows = [_entity_row(doc.id, i, r) for i, r in enumerate(data.get("entities") or ())
                       if isinstance(r, Mapping)]
        event_rows = [_event_row(doc.id, i, r) for i, r in enumerate(data.get("events") or ())
                      if isinstance(r, Mapping)]
        fts_title, fts_body = _index_field(doc.title), _index_field(doc.text, doc.layers.get("tokens"))
        analyzed_at = str(doc.metadata.get("analyzed_at") or _now())
        with self._transaction(f"save document {doc.id!r}") as conn:
            old = conn.execute("SELECT rid FROM documents WHERE id = ?", (doc.id,)).fetchone()
            if old is not None:
                conn.execute("DELETE FROM documents_fts WHERE rowid = ?", (old[0],))
                conn.execute("DELETE FROM documents WHERE rid = ?", (old[0],))  # cascades
            cur = conn.execute(
                "INSERT INTO documents (rid, id, source, url, title, published, published_inferred,"
                " dateline, text, schema_version, analyzed_at, result_json)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (old[0] if old else None, doc.id, doc.source, doc.url, doc.title, data["published"],
                 int(doc.published_inferred), data["dateline"], doc.text, SCHEMA_VERSION,
                 analyzed_at, result_json),
            )
            rid = cur.lastrowid
            conn.executemany("INSERT INTO layers (doc_id, name, records_json) VALUES (?, ?, ?)",
                             layer_rows)
            conn.executemany(
                "INSERT INTO entities (doc_id, idx, entity_id, type, name, name_en, wikidata,"
                " lat, lon, mentions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", entity_rows)
            conn.executemany(
                "INSERT INTO events (doc_id, idx, event_type, sub_event_type, status, date,"
                " location_name, lat, lon, fatalities, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                event_rows)
            self._insert_fts(conn, rid, fts_title, fts_body)

    @staticmethod
    def _insert_fts(conn: sqlite3.Connection, rid: int, title: str, body: str) -> None:
        conn.execute("INSERT INTO documents_fts (rowid, title, body) VALUES (?, ?, ?)",
                     (rid, title, body))

    def reindex(self, *, batch: int = 500) -> int:
        """Rebuild every FTS row from the stored title and text (after a change of the
        normalisation or tokenizer); ``batch`` documents per transaction.  Returns the count."""
        count, last = 0, -1
        while True:
            with self._read() as conn:
                rows = conn.execute("SELECT rid, title, text FROM documents WHERE rid > ?"
                                    " ORDER BY rid LIMIT ?", (last, batch)).fetchall()
            if not rows:
                return count
            fields = [(rid, _index_field(title), _index_field(text)) for rid, title, text in rows]
            with self._transaction("reindex") as conn:
                for rid, title, body in fields:
                    if conn.execute("SELECT 1 FROM documents WHERE rid = ?", (rid,)).fetchone():
                        conn.execute("DELETE FROM documents_fts WHERE rowid = ?", (rid,))
                        self._insert_fts(conn, rid, title, body)
                        count += 1
            last = rows[-1][0]

    def save_many(self, docs: Iterable[Document]) -> int:
        """Save each document in its own transaction; return how many were saved.

        On the first failure the failing document is rolled back and :class:`StoreError` is
        raised (naming the document and how many were saved before it); every document saved
        before it stays stored.
        """
        count = 0
        for doc in docs:
            try:
                self.save(doc)
            except StoreError as exc:
                raise StoreError(f"{exc.message} ({count} documents saved before it)",
                                 source=getattr(doc, "id", None)) from exc
            count += 1
        return count

    def get(self, doc_id: str) -> dict[str, Any]:
        """The stored ``Document.to_dict()`` of ``doc_id``; :class:`DocumentNotFoundError` if absent."""
        with self._read() as conn:
            row = conn.execute("SELECT result_json FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise DocumentNotFoundError(f"no document with id {doc_id!r} in {self.path}", source=doc_id)
        return json.loads(row[0])

    def document(self, doc_id: str) -> Document:
        """The stored document ``doc_id`` rebuilt with ``Document.from_dict``."""
        return Document.from_dict(self.get(doc_id))

    def __contains__(self, doc_id: object) -> bool:
        with self._read() as conn:
            return conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def __len__(self) -> int:
        with self._read() as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]

    def iter_ids(self) -> Iterator[str]:
        """Every stored document id, in insertion order (paged, so writes may interleave)."""
        last = -1
        while True:
            with self._read() as conn:
                rows = conn.execute(
                    "SELECT rid, id FROM documents WHERE rid > ? ORDER BY rid LIMIT 1000", (last,)
                ).fetchall()
            if not rows:
                return
            for _, doc_id in rows:
                yield doc_id
            last = rows[-1][0]

    # -- quotes -------------------------------------------------------------------------
    def quotes(self, *, speaker: str | None = None, entity: str | None = None) -> list[dict[str, Any]]:
        """Stored quotations, in document then text order, from each document's ``quotes`` layer.

        Each row: ``doc_id``, ``title``, ``published``, ``source``, ``url``, ``idx`` and ``quote``
        (the layer record: offsets are code-point indices into the stored ``Document.text``).
        ``speaker`` keeps quotes whose speaker text or name contains it (normalized: diacritics,
        hamza and ta marbuta insensitive); ``entity`` keeps quotes whose speaker links to that id.
        """
        want = normalize_for_search(speaker).strip() if speaker else None
        out: list[dict[str, Any]] = []
        with self._read() as conn:
            rows = conn.execute(
                "SELECT d.id, d.title, d.published, d.source, d.url, l.records_json FROM layers l"
                " JOIN documents d ON d.id = l.doc_id WHERE l.name = 'quotes' ORDER BY d.rid").fetchall()
        for doc_id, title, published, source, url, records_json in rows:
            for idx, q in enumerate(json.loads(records_json)):
                sp = q.get("speaker") or {}
                if entity is not None and sp.get("entity") != entity:
                    continue
                if want and not any(want in normalize_for_search(str(sp.get(k) or ""))
                                    for k in ("text", "name")):
                    continue
                out.append({"doc_id": doc_id, "title": title, "published": published, "source": source,
                            "url": url, "idx": idx, "quote": q})
        return out

    # -- events -------------------------------------------------------------------------
    def events(self, *, type: str | None = None, actor: str | None = None,
               background: bool = False) -> list[dict[str, Any]]:
        """Stored events, in document then text order, from the ``events`` table.

        Each row: ``doc_id``, ``title``, ``published``, ``source``, ``url``, ``idx`` and ``event``
        (the layer record: offsets are code-point indices into the stored ``Document.text``).
        ``type`` keeps events whose event type or sub-event type contains it (case-insensitive);
        ``actor`` keeps events whose actor1 or actor2 entity id, name or English name contains it
        (normalized: diacritics, hamza and ta marbuta insensitive); ``background`` keeps events
        marked as historical background too.
        """
        want_type = type.casefold() if type else None
        want_actor = normalize_for_search(actor).strip() if actor else None
        out: list[dict[str, Any]] = []
        with self._read() as conn:
            rows = conn.execute(
                "SELECT d.id, d.title, d.published, d.source, d.url, e.idx, e.json FROM events e"
                " JOIN documents d ON d.id = e.doc_id ORDER BY d.rid, e.idx").fetchall()
        for doc_id, title, published, source, url, idx, event_json in rows:
            ev = json.loads(event_json)
            if ev.get("background") and not background:
                continue
            if want_type and not any(want_type in str(ev.get(k) or "").casefold()
                                     for k in ("event_type", "sub_event_type")):
                continue
            if want_actor and not any(want_actor in normalize_for_search(str((ev.get(a) or {}).get(k) or ""))
                                      for a in ("actor1", "actor2") for k in ("entity", "name", "name_en", "text")):
                continue
            out.append({"doc_id": doc_id, "title": title, "published": published, "source": source,
                        "url": url, "idx": idx, "event": ev})
        return out
    # -- any layer ----------------------------------------------------------------------
    def layer_rows(self, name: str) -> list[dict[str, Any]]:
        """Every stored document's records of layer ``name``, in document order.

        Each row: ``doc_id``, ``title``, ``published``, ``source``, ``url`` and ``records`` (the
        layer's JSON records; offsets are code-point indices into the stored ``Document.text``).
        Documents without the layer are left out.
        """
        with self._read() as conn:
            rows = conn.execute(
                "SELECT d.id, d.title, d.published, d.source, d.url, l.records_json FROM layers l"
                " JOIN documents d ON d.id = l.doc_id WHERE l.name = ? ORDER BY d.rid", (name,)).fetchall()
        return [{"doc_id": doc_id, "title": title, "published": published, "source": source, "url": url,
                 "records": json.loads(records_json)}
                for doc_id, title, published, source, url, records_json in rows]

    # -- search -------------------------------------------------------------------------
    def search(self, query: str, *, limit: int = 20) -> list[SearchHit]:
        """Full-text search over normalized titles and texts.

        The query is normalized like the index (diacritics, hamza/alef forms, ى/ي, ة/ه, digits,
        case); quoted phrases ("…" or «…») match as phrases, other words are ANDed, ``word*`` is
        a prefix.  Any other FTS5 syntax in the input is treated as text.  Best hits first.
        """
        units = parse_query(query or "")
        if not units or limit <= 0:
            return []
        match = " AND ".join(u.fts() for u in units)
        with self._read() as conn:
            rows = conn.execute(
                "SELECT d.id, d.title, d.published, d.text, bm25(documents_fts, 2.0, 1.0) AS rank"
                " FROM documents_fts JOIN documents d ON d.rid = documents_fts.rowid"
                " WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?",
                (match, int(limit)),
            ).fetchall()
        hits = []
        for doc_id, title, published, text, rank in rows:
            snippet, start, end = _snippet(text, units)
            hits.append(SearchHit(doc_id, title, published, -float(rank), snippet, start, end))
        return hits

    # -- errors and runs ----------------------------------------------------------------
    def record_error(self, error: BaseException, *, run_id: str | None = None) -> None:
        """Add a row to ``errors`` (code, kind, message, source, line, run_id, at)."""
        if isinstance(error, MarsadError):
            row = error.to_dict()
        else:
            row = {"code": MarsadError.code, "kind": type(error).__name__, "message": str(error),
                   "source": None, "line": None}
        with self._transaction("record error") as conn:
            conn.execute(
                "INSERT INTO errors (code, kind, message, source, line, run_id, at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (row["code"], row["kind"], row["message"], row["source"], row["line"], run_id, _now()),
            )

    def errors(self, *, run_id: str | None = None) -> list[dict[str, Any]]:
        """Error rows (oldest first), only those of ``run_id`` if given."""
        sql = "SELECT id, code, kind, message, source, line, run_id, at FROM errors"
        params: tuple[Any, ...] = ()
        if run_id is not None:
            sql, params = sql + " WHERE run_id = ?", (run_id,)
        with self._read() as conn:
            cur = conn.execute(sql + " ORDER BY id", params)
            names = [c[0] for c in cur.description]
            return [dict(zip(names, row)) for row in cur.fetchall()]

    def start_run(self, *, args: Mapping[str, Any]) -> str:
        """Record the start of a batch run with its arguments; return the new run id."""
        run_id = uuid.uuid4().hex
        args_json = json.dumps(dict(args), ensure_ascii=False, default=str)
        with self._transaction("start run") as conn:
            conn.execute("INSERT INTO runs (id, started_at, args_json) VALUES (?, ?, ?)",
                         (run_id, _now(), args_json))
        return run_id

    def finish_run(self, run_id: str, *, summary: Mapping[str, Any]) -> None:
        """Record the end of run ``run_id``: summary, duration, document and error counts."""
        summary_json = json.dumps(dict(summary), ensure_ascii=False, default=str)
        finished = dt.datetime.now(dt.timezone.utc)
        with self._transaction("finish run") as conn:
            row = conn.execute("SELECT started_at FROM runs WHERE id = ?", (run_id,)).fetchone()
            if row is None:
                raise StoreError(f"no run with id {run_id!r} in {self.path}", source=run_id)
            duration = (finished - dt.datetime.fromisoformat(row[0])).total_seconds()
            n_errors = conn.execute("SELECT count(*) FROM errors WHERE run_id = ?",
                                    (run_id,)).fetchone()[0]
            conn.execute(
                "UPDATE runs SET finished_at = ?, duration_s = ?, status = 'finished',"
                " summary_json = ?, documents = ?, errors = ? WHERE id = ?",
                (finished.isoformat(timespec="milliseconds"), duration, summary_json,
                 _int(summary.get("documents")), n_errors, run_id),
            )

    def runs(self) -> list[dict[str, Any]]:
        """Run rows (oldest first) with ``args`` and ``summary`` decoded."""
        with self._read() as conn:
            cur = conn.execute("SELECT id, started_at, finished_at, duration_s, status, args_json,"
                               " summary_json, documents, errors FROM runs ORDER BY rowid")
            names = [c[0] for c in cur.description]
            rows = [dict(zip(names, row)) for row in cur.fetchall()]
        for row in rows:
            row["args"] = json.loads(row.pop("args_json"))
            summary = row.pop("summary_json")
            row["summary"] = json.loads(summary) if summary else None
        return rows

    # -- health -------------------------------------------------------------------------
    def stats(self) -> dict[str, Any]:
        """Counts and sizes: documents, layers, entities, events, errors, runs, the result
        ``schema_version``, the store's ``store_version`` (applied migrations) and ``db_size``
        in bytes."""
        with self._read() as conn:
            def count(table: str) -> int:
                return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

            page_count = conn.execute("PRAGMA page_count").fetchone()[0]
            page_size = conn.execute("PRAGMA page_size").fetchone()[0]
            out = {name: count(name) for name in
                   ("documents", "layers", "entities", "events", "errors", "runs")}
            out.update(
                schema_version=SCHEMA_VERSION,
                store_version=conn.execute("PRAGMA user_version").fetchone()[0],
                migrations=_migrations.applied(conn),
                db_size=page_count * page_size,
                path=self.path,
            )
        if self.path not in ("", ":memory:"):
            wal = Path(self.path + "-wal")
            out["wal_size"] = wal.stat().st_size if wal.exists() else 0
        return out

    def check(self) -> dict[str, Any]:
        """Consistency report: SQLite ``integrity_check``, documents without an FTS row (and
        FTS rows without a document), documents whose ``layers`` rows do not match their
        ``layers`` list, orphan child rows, and FTS5's own index check.  ``ok`` sums it up."""
        with self._read() as conn:
            integrity = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            missing_fts = [r[0] for r in conn.execute(
                "SELECT d.id FROM documents d LEFT JOIN documents_fts f ON f.rowid = d.rid"
                " WHERE f.rowid IS NULL")]
            orphan_fts = [r[0] for r in conn.execute(
                "SELECT f.rowid FROM documents_fts f LEFT JOIN documents d ON d.rid = f.rowid"
                " WHERE d.rid IS NULL")]
            bad_layers = [r[0] for r in conn.execute(
                "SELECT d.id FROM documents d WHERE"
                " (SELECT count(*) FROM layers l WHERE l.doc_id = d.id) !="
                " (SELECT count(*) FROM json_each(d.result_json, '$.layers') j"
                "  WHERE json_type(d.result_json, '$.\"' || j.value || '\"') = 'array')")]
            orphans = conn.execute(
                "SELECT (SELECT count(*) FROM layers WHERE doc_id NOT IN (SELECT id FROM documents))"
                " + (SELECT count(*) FROM entities WHERE doc_id NOT IN (SELECT id FROM documents))"
                " + (SELECT count(*) FROM events WHERE doc_id NOT IN (SELECT id FROM documents))"
            ).fetchone()[0]
            fts_ok: bool | None = None
            if not self.readonly:
                try:
                    conn.execute("INSERT INTO documents_fts (documents_fts) VALUES ('integrity-check')")
                    fts_ok = True
                except sqlite3.DatabaseError:
                    fts_ok = False
        ok = (integrity == ["ok"] and not missing_fts and not orphan_fts and not bad_layers
              and not orphans and fts_ok is not False)
        return {"ok": ok, "integrity": integrity, "documents_without_fts": missing_fts,
                "fts_without_document": orphan_fts, "documents_with_bad_layers": bad_layers,
                "orphan_rows": orphans, "fts_index_ok": fts_ok}


def _entity_row(doc_id: str, idx: int, r: Mapping[str, Any]) -> tuple[Any, ...]:
    mentions = r.get("mentions")
    n = len(mentions) if isinstance(mentions, (list, tuple)) else (_int(mentions) or 0)
    return (doc_id, idx, _text(r.get("id")), _text(r.get("type")), _text(r.get("name")),
            _text(r.get("name_en")), _text(r.get("wikidata")), _float(r.get("lat")),
            _float(r.get("lon")), n)


def _event_row(doc_id: str, idx: int, r: Mapping[str, Any]) -> tuple[Any, ...]:
    loc = r.get("location")
    loc = loc if isinstance(loc, Mapping) else {"name": loc} if loc is not None else {}
    return (doc_id, idx, _text(r.get("event_type")), _text(r.get("sub_event_type")),
            _text(r.get("status")), _text(r.get("date")), _text(loc.get("name")),
            _float(loc.get("lat")), _float(loc.get("lon")), _fatalities(r.get("fatalities")),
            _dumps(dict(r), what=f"event {idx} of document {doc_id!r}"))


def _fatalities(value: Any) -> int | None:
    """A fatality count for the ``events.fatalities`` column: a range ``[lo, hi]`` stores ``lo``."""
    if isinstance(value, (list, tuple)) and value:
        return _int(value[0])
    return _int(value)
