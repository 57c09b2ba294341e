"""The store: analysed documents in SQLite with FTS5 search over normalized text.

``Store(path)`` opens (creating and migrating) a database; see :mod:`marsad.store.sqlite`.
"""

from __future__ import annotations

from .sqlite import SearchHit, Store, parse_query

__all__ = ["Store", "SearchHit", "parse_query"]
