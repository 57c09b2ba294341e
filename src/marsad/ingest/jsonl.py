"""JSON records: JSONL / NDJSON streamed line by line, JSON arrays streamed element by element.

A record is an object with ``text`` (or ``content``) and optionally ``id``, ``title``,
``published`` (or ``date``), ``source`` and ``url``; every other field goes to
``Document.metadata``.  A bad record gives a :class:`MalformedRecordError` with its line and
reading goes on with the next one.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
from collections.abc import Iterator, Mapping
from typing import IO, Any

from ..errors import EncodingError, InputError, InputTooLargeError, MalformedRecordError, UsageError
from ..model import Document, content_id, parse_date
from .txt import guess_title

__all__ = ["record_document", "iter_jsonl", "iter_json_values", "iter_json_stream"]

_CORE_FIELDS = {"id", "title", "text", "content", "published", "date", "source", "url"}
_CHUNK = 1 << 20


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, Mapping):
        return "an object"
    return type(value).__name__


def record_document(
    record: Any,
    *,
    source_name: str,
    line: int | None,
    published: dt.date | None,
    source: str | None,
    what: str = "line",
) -> Document | MalformedRecordError:
    """A :class:`Document` for one parsed JSON record, or the :class:`MalformedRecordError`
    saying why it is not one (returned, not raised).  The record's own date and source win
    over ``published`` / ``source``.  ``Document.text`` is the record's text, untouched."""

    def bad(reason: str) -> MalformedRecordError:
        return MalformedRecordError(reason, source=source_name, line=line)

    if not isinstance(record, Mapping):
        return bad(f"{what} is {_describe(record)}, not a JSON object")
    key = "text" if "text" in record else "content" if "content" in record else None
    if key is None:
        return bad("record has no 'text' or 'content' field")
    text = record[key]
    if not isinstance(text, str):
        return bad(f"'{key}' is {_describe(text)}, not a string")
    if not text.strip():
        return bad(f"'{key}' is empty")

    raw_id = record.get("id")
    if raw_id is None or raw_id == "":
        doc_id = content_id(text)
    elif isinstance(raw_id, (str, int)) and not isinstance(raw_id, bool):
        doc_id = str(raw_id)
    elif isinstance(raw_id, float) and raw_id.is_integer():
        doc_id = str(int(raw_id))
    else:
        return bad(f"'id' is {_describe(raw_id)}, not a string or integer")

    fields: dict[str, str | None] = {}
    for name in ("title", "source", "url"):
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            return bad(f"'{name}' is {_describe(value)}, not a string")
        fields[name] = value or None

    date_key = "published" if record.get("published") not in (None, "") else "date"
    raw_date = record.get(date_key)
    try:
        own_date = parse_date(raw_date, what=f"'{date_key}'") if isinstance(raw_date, (str, type(None))) else None
    except UsageError as exc:
        return bad(exc.message)
    if raw_date is not None and not isinstance(raw_date, str):
        return bad(f"'{date_key}' is {_describe(raw_date)}, not an ISO date string")

    metadata = {k: v for k, v in record.items() if k not in _CORE_FIELDS}
    metadata["path"] = source_name
    if line is not None:
        metadata["line"] = line
    return Document(
        id=doc_id,
        text=text,
        title=fields["title"] or guess_title(text),
        published=own_date or published,
        source=fields["source"] or source,
        url=fields["url"],
        metadata=metadata,
    )


def iter_jsonl(
    stream: IO[bytes],
    *,
    source_name: str,
    published: dt.date | None,
    source: str | None,
    max_bytes: int,
) -> Iterator[Document | InputError]:
    """Documents and errors from a binary JSONL stream, one line at a time.

    Memory stays bounded by ``max_bytes`` (the longest line kept); a longer line gives an
    :class:`InputTooLargeError` for that line and is skipped without being held in memory.
    Blank lines are skipped; lines must be UTF-8 (a UTF-8 BOM on the first line is allowed).
    """
    number = 0
    while True:
        raw = stream.readline(max_bytes + 1)
        if not raw:
            return
        number += 1
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            size = len(raw)
            while True:  # skip the rest of the line without keeping it
                more = stream.readline(_CHUNK)
                size += len(more)
                if not more or more.endswith(b"\n"):
                    break
            yield InputTooLargeError(
                f"line is {size:,} bytes, over the limit of {max_bytes:,} bytes "
                "(raise it with --max-bytes / max_bytes=)",
                source=source_name,
                line=number,
            )
            continue
        if number == 1 and raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            yield EncodingError(
                "JSONL must be UTF-8, this file is UTF-16 (convert it, e.g. with iconv)",
                source=source_name,
            )
            return
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8):]
        if not raw.strip():
            continue
        try:
            line_text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield EncodingError(
                f"line is not valid UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1})",
                source=source_name,
                line=number,
            )
            continue
        try:
            record = json.loads(line_text)
        except json.JSONDecodeError as exc:
            yield MalformedRecordError(
                f"bad JSON: {exc.msg} at column {exc.colno}", source=source_name, line=number
            )
            continue
        yield record_document(
            record, source_name=source_name, line=number, published=published, source=source
        )


def iter_json_values(chunks: Iterator[str], *, max_bytes: int) -> Iterator[tuple[int, Any]]:
    """``(line, value)`` for each element of a JSON array (or the single top-level object)
    read from text ``chunks``, without holding more than one element plus one chunk.

    Raises :class:`json.JSONDecodeError` (with ``lineno`` / ``colno`` of the whole input)
    on malformed JSON, and :class:`ValueError` when one element exceeds ``max_bytes``.
    """
    reader = _Buffer(chunks, max_bytes=max_bytes)
    first = reader.peek_nonspace()
    if first is None:
        raise reader.error("empty JSON document, expected an array or an object")
    if first == "{":
        line, value = reader.decode_value()
        yield line, value
        if reader.peek_nonspace() is not None:
            raise reader.error("extra data after the JSON object")
        return
    if first != "[":
        raise reader.error("expected a JSON array or object")
    reader.pos += 1
    if reader.peek_nonspace() == "]":
        reader.pos += 1
    else:
        while True:
            yield reader.decode_value()
            sep = reader.peek_nonspace()
            if sep == ",":
                reader.pos += 1
                continue
            if sep == "]":
                reader.pos += 1
                break
            raise reader.error("expected ',' or ']' after an array element")
    if reader.peek_nonspace() is not None:
        raise reader.error("extra data after the JSON array")


def iter_json_stream(
    chunks: Iterator[str],
    *,
    source_name: str,
    published: dt.date | None,
    source: str | None,
    max_bytes: int,
) -> Iterator[Document | InputError]:
    """Documents from a JSON array (or one object) in text ``chunks``; a malformed record
    gives an error and the next element is read; malformed JSON gives one error (with line
    and column) and ends the file."""
    try:
        for line, value in iter_json_values(chunks, max_bytes=max_bytes):
            yield record_document(
                value, source_name=source_name, line=line, published=published,
                source=source, what="array element",
            )
    except json.JSONDecodeError as exc:
        yield MalformedRecordError(
            f"bad JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}",
            source=source_name,
            line=exc.lineno,
        )
    except _TooLarge as exc:
        yield InputTooLargeError(
            f"a JSON record is over the limit of {max_bytes:,} bytes "
            "(raise it with --max-bytes / max_bytes=)",
            source=source_name,
            line=exc.line,
        )


class _TooLarge(ValueError):
    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


class _Buffer:
    """A sliding text window over ``chunks`` that knows the line number of its start."""

    _decoder = json.JSONDecoder()

    def __init__(self, chunks: Iterator[str], *, max_bytes: int) -> None:
        self.chunks = iter(chunks)
        self.max_bytes = max_bytes
        self.buf = ""
        self.pos = 0
        self.line_base = 1  # line number of buf[0]
        self.eof = False
        self._cache = (0, 1)  # (position in buf, its line number): line_at is incremental

    def _more(self) -> bool:
        if self.eof:
            return False
        if self.pos > _CHUNK:
            self.line_base = self.line_at(self.pos)
            self.buf, self.pos = self.buf[self.pos:], 0
            self._cache = (0, self.line_base)
        for chunk in self.chunks:
            if chunk:
                self.buf += chunk
                return True
        self.eof = True
        return False

    def line_at(self, pos: int) -> int:
        at, line = self._cache
        if pos < at:
            at, line = 0, self.line_base
        line += self.buf.count("\n", at, pos)
        self._cache = (pos, line)
        return line

    def error(self, msg: str) -> json.JSONDecodeError:
        exc = json.JSONDecodeError(msg, self.buf, self.pos)
        exc.lineno = self.line_at(self.pos)
        return exc

    def peek_nonspace(self) -> str | None:
        while True:
            while self.pos < len(self.buf) and self.buf[self.pos] in " \t\r\n\ufeff":
                self.pos += 1
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self._more():
                return None

    def decode_value(self) -> tuple[int, Any]:
        self.peek_nonspace()
        start_line = self.line_at(self.pos)
        while True:
            try:
                value, end = self._decoder.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                if len(self.buf) - self.pos > self.max_bytes:
                    raise _TooLarge(start_line) from None
                if self._more():
                    continue
                exc.lineno = self.line_at(exc.pos)
                raise exc from None
            # A number at the very end of the buffer may continue in the next chunk.
            if end == len(self.buf) and not self.eof and isinstance(value, (int, float)):
                if self._more():
                    continue
            self.pos = end
            return start_line, value
