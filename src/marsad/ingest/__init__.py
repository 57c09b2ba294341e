"""Ingest: files, folders, globs and stdin to :class:`~marsad.model.Document` values.

``iter_inputs(paths)`` yields, lazily and in order, one ``Document`` per article or one
:class:`~marsad.errors.InputError` per bad file or record (yielded, not raised, so a batch
goes on).  Formats: ``.txt``, ``.jsonl`` / ``.ndjson`` (streamed), ``.json``, ``.html`` /
``.htm``, ``.zip`` of those; encodings: UTF-8 (with or without BOM), UTF-16, Windows-1256,
ISO-8859-6.  ``Document.text`` is the decoded (HTML: extracted) text and is never rewritten:
every offset is a code-point index into it.  Ingest does no analysis and no dateline
detection.  It imports only :mod:`marsad.model` and :mod:`marsad.errors`.
"""

from __future__ import annotations

from .encoding import arabic_score, decode_bytes
from .html import extract_html
from .paths import DEFAULT_MAX_BYTES, SUPPORTED_EXTENSIONS, iter_inputs, read_file
from .txt import guess_title

__all__ = [
    "iter_inputs",
    "read_file",
    "decode_bytes",
    "extract_html",
    "guess_title",
    "arabic_score",
    "DEFAULT_MAX_BYTES",
    "SUPPORTED_EXTENSIONS",
]
