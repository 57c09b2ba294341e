"""Named, ordered, transactional schema migrations for the SQLite store.

Each migration is a ``(name, statements)`` pair.  :func:`migrate` applies the ones not yet
recorded in the ``migrations`` table, in order, each inside its own ``BEGIN IMMEDIATE`` …
``COMMIT`` together with its ``migrations`` row and ``PRAGMA user_version`` (the number of
applied migrations), so a migration is either wholly applied or not at all.  Never edit a
released migration: append a new one.

Schema (version 1):

``documents``
    one row per document: ``rid`` (stable integer key, also the FTS rowid), ``id`` (unique),
    metadata columns, the untouched ``text`` and ``result_json`` (``Document.to_dict()``).
``layers``
    ``(doc_id, name) -> records_json``: one row per computed layer written by ``to_dict()``.
``entities`` / ``events``
    flat, queryable rows derived from the ``entities`` / ``events`` layers.
``documents_fts``
    FTS5 over the *normalized* title and body (``rowid = documents.rid``), written by the
    store in the same transaction as the document row.
``errors`` / ``runs``
    batch error rows and run bookkeeping.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence

from ..errors import StoreError

Migration = tuple[str, Sequence[str]]

MIGRATIONS: tuple[Migration, ...] = (
    (
        "0001_initial",
        (
            """
            CREATE TABLE documents (
                rid INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                source TEXT,
                url TEXT,
                title TEXT,
                published TEXT,
                published_inferred INTEGER NOT NULL DEFAULT 0,
                dateline TEXT,
                text TEXT NOT NULL,
                schema_version TEXT NOT NULL,
                analyzed_at TEXT NOT NULL,
                result_json TEXT NOT NULL
            )
            """,
            "CREATE INDEX documents_published ON documents(published)",
            "CREATE INDEX documents_source ON documents(source)",
            """
            CREATE TABLE layers (
                doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                records_json TEXT NOT NULL,
                PRIMARY KEY (doc_id, name)
            ) WITHOUT ROWID
            """,
            """
            CREATE TABLE entities (
                doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                idx INTEGER NOT NULL,
                entity_id TEXT,
                type TEXT,
                name TEXT,
                name_en TEXT,
                wikidata TEXT,
                lat REAL,
                lon REAL,
                mentions INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (doc_id, idx)
            )
            """,
            "CREATE INDEX entities_entity_id ON entities(entity_id)",
            "CREATE INDEX entities_type ON entities(type)",
            """
            CREATE TABLE events (
                doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                idx INTEGER NOT NULL,
                event_type TEXT,
                sub_event_type TEXT,
                status TEXT,
                date TEXT,
                location_name TEXT,
                lat REAL,
                lon REAL,
                fatalities INTEGER,
                json TEXT NOT NULL,
                PRIMARY KEY (doc_id, idx)
            )
            """,
            "CREATE INDEX events_type ON events(event_type)",
            "CREATE INDEX events_date ON events(date)",
            """
            CREATE TABLE runs (
                id TEXT PRIMARY KEY,
                started_at TEXT NOT NULL,
                finished_at TEXT,
                duration_s REAL,
                status TEXT NOT NULL DEFAULT 'running',
                args_json TEXT NOT NULL,
                summary_json TEXT,
                documents INTEGER,
                errors INTEGER
            )
            """,
            """
            CREATE TABLE errors (
                id INTEGER PRIMARY KEY,
                code TEXT NOT NULL,
                kind TEXT NOT NULL,
                message TEXT NOT NULL,
                source TEXT,
                line INTEGER,
                run_id TEXT,
                at TEXT NOT NULL
            )
            """,
            "CREATE INDEX errors_run_id ON errors(run_id)",
            """
            CREATE VIRTUAL TABLE documents_fts USING fts5(
                title, body, tokenize = 'unicode61 remove_diacritics 2'
            )
            """,
        ),
    ),
)

_MIGRATIONS_TABLE = """
CREATE TABLE IF NOT EXISTS migrations (
    name TEXT PRIMARY KEY,
    applied_at TEXT NOT NULL
)
"""


def applied(conn: sqlite3.Connection) -> list[str]:
    """Names of the migrations recorded in ``conn`` (empty if there is no ``migrations`` table)."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'"
    ).fetchone()
    if not exists:
        return []
    return [row[0] for row in conn.execute("SELECT name FROM migrations ORDER BY rowid")]


def pending(conn: sqlite3.Connection) -> list[Migration]:
    """The migrations not yet applied; :class:`StoreError` if the database is newer than this code."""
    done = applied(conn)
    known = [name for name, _ in MIGRATIONS]
    unknown = [name for name in done if name not in known]
    if unknown:
        raise StoreError(
            f"database has migrations this version of marsad does not know: {', '.join(unknown)} "
            "(written by a newer marsad?)"
        )
    return [m for m in MIGRATIONS if m[0] not in done]


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply pending migrations in order, each in its own transaction; return their names.

    ``conn`` must be in autocommit mode (``isolation_level=None``): transactions are explicit.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(_MIGRATIONS_TABLE)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    names: list[str] = []
    for name, statements in pending(conn):
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Re-check under the write lock: another process may have just applied it.
            if conn.execute("SELECT 1 FROM migrations WHERE name = ?", (name,)).fetchone():
                conn.execute("ROLLBACK")
                continue
            for statement in statements:
                conn.execute(statement)
            conn.execute(
                "INSERT INTO migrations (name, applied_at) VALUES (?, ?)",
                (name, dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")),
            )
            count = conn.execute("SELECT count(*) FROM migrations").fetchone()[0]
            conn.execute(f"PRAGMA user_version = {int(count)}")
            conn.execute("COMMIT")
        except BaseException as exc:
            conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise StoreError(f"migration {name} failed: {exc}") from exc
            raise
        names.append(name)
    return names
