"""Plain-text articles: the whole decoded file is the text; a short first line is the title."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ..model import Document, content_id
from .encoding import decode_bytes

__all__ = ["guess_title", "text_document"]

_TITLE_MAX_CHARS = 150
_TITLE_MAX_WORDS = 25
# Sentence-final punctuation: Latin and Arabic full stop, question and exclamation marks,
# ellipsis, colon and Arabic semicolon (a line ending so is a sentence or a lead-in, not a title).
_SENTENCE_END = (".", "!", "?", "؟", "…", ":", "؛", "。")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def guess_title(text: str) -> str | None:
    """The first line of ``text`` if it looks like a title, else ``None``.

    A title is non-empty, short (≤ 150 characters and ≤ 25 words), does not end with
    sentence-final punctuation, and is followed by a line break and more text.
    """
    match = _LINE_BREAK.search(text)
    if match is None:
        return None
    first = text[: match.start()].strip().lstrip("\ufeff")
    if not first or not text[match.end():].strip():
        return None
    if len(first) > _TITLE_MAX_CHARS or len(first.split()) > _TITLE_MAX_WORDS:
        return None
    if first.endswith(_SENTENCE_END) and not first.endswith(".."):
        return None
    return first


def text_document(
    data: bytes,
    *,
    source_name: str,
    id: str | None,
    published: dt.date | None,
    source: str | None,
    metadata: dict[str, Any] | None = None,
) -> Document:
    """A :class:`Document` for the raw bytes of one text file.

    ``Document.text`` is the decoded file minus its BOM, never stripped or rewritten (all
    offsets are code-point indices into it).  ``id`` defaults to :func:`content_id`.
    Raises the :class:`InputError` subclasses of :func:`decode_bytes`.
    """
    text, encoding = decode_bytes(data, source=source_name)
    meta = {"path": source_name, "encoding": encoding, "format": "txt"}
    meta.update(metadata or {})
    return Document(
        id=id if id else content_id(text),
        text=text,
        title=guess_title(text),
        published=published,
        source=source,
        metadata=meta,
    )
