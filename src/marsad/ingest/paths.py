"""From paths (files, folders, globs, ``-``) to a lazy stream of documents and input errors."""

from __future__ import annotations

import codecs
import datetime as dt
import glob
import io
import os
import sys
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any, BinaryIO

from ..errors import (
    EncodingError,
    InputError,
    InputNotFoundError,
    InputTooLargeError,
    UnsupportedFormatError,
    UsageError,
)
from ..model import Document, parse_date
from .encoding import decode_bytes
from .html import html_document, looks_like_html
from .jsonl import iter_json_stream, iter_jsonl
from .txt import text_document

__all__ = ["iter_inputs", "read_file", "SUPPORTED_EXTENSIONS", "DEFAULT_MAX_BYTES"]

DEFAULT_MAX_BYTES = 20_000_000
TEXT_EXTENSIONS = frozenset({".txt", ".text"})
JSONL_EXTENSIONS = frozenset({".jsonl", ".ndjson"})
JSON_EXTENSIONS = frozenset({".json"})
HTML_EXTENSIONS = frozenset({".html", ".htm", ".xhtml"})
ZIP_EXTENSIONS = frozenset({".zip"})
#: Extensions picked up when walking a folder (and inside zip archives, except ``.zip``).
SUPPORTED_EXTENSIONS = TEXT_EXTENSIONS | JSONL_EXTENSIONS | JSON_EXTENSIONS | HTML_EXTENSIONS | ZIP_EXTENSIONS
#: Formats recognised by extension that marsad cannot read, with advice.
UNSUPPORTED = {
    ".pdf": "PDF files are not supported: convert them to text first (e.g. pdftotext)",
    ".doc": "Word files are not supported: save them as text or HTML first",
    ".docx": "Word files are not supported: save them as text or HTML first",
    ".odt": "OpenDocument files are not supported: save them as text or HTML first",
    ".rtf": "RTF files are not supported: save them as text first",
    ".xls": "spreadsheets are not supported: export a JSONL or CSV of articles first",
    ".xlsx": "spreadsheets are not supported: export a JSONL or CSV of articles first",
    ".gz": "gzip files are not supported: decompress them first (zip archives are read)",
    ".bz2": "bzip2 files are not supported: decompress them first (zip archives are read)",
    ".xz": "xz files are not supported: decompress them first (zip archives are read)",
    ".tar": "tar archives are not supported: extract them first (zip archives are read)",
    ".parquet": "Parquet files are not supported as input: export JSONL first",
}
STDIN_NAME = "<stdin>"
_SNIFF = 65536
_GLOB_CHARS = frozenset("*?[")


def _too_large(size: int, max_bytes: int, source: str, what: str = "file") -> InputTooLargeError:
    return InputTooLargeError(
        f"{what} is {size:,} bytes, over the limit of {max_bytes:,} bytes for one article "
        "(raise it with --max-bytes / max_bytes=, or split the file into JSONL records)",
        source=source,
    )


def _chunks(stream: IO[bytes], encoding: str = "utf-8-sig") -> Iterator[str]:
    """Text chunks of a binary stream, decoded incrementally (strict)."""
    decoder = codecs.getincrementaldecoder(encoding)()
    while True:
        block = stream.read(1 << 20)
        if not block:
            tail = decoder.decode(b"", final=True)
            if tail:
                yield tail
            return
        yield decoder.decode(block)


def _sniff_kind(head: bytes) -> str:
    """``jsonl``, ``json`` (an array), ``html`` or ``txt`` from the first bytes of a stream."""
    start = head.lstrip(codecs.BOM_UTF8).lstrip()
    if start.startswith(b"{"):
        return "jsonl"
    if start.startswith(b"["):
        return "json"
    if looks_like_html(head):
        return "html"
    return "txt"


def _kind_of(path: str) -> str:
    ext = os.path.splitext(path)[1].lower()
    if ext in TEXT_EXTENSIONS:
        return "txt"
    if ext in JSONL_EXTENSIONS:
        return "jsonl"
    if ext in JSON_EXTENSIONS:
        return "json"
    if ext in HTML_EXTENSIONS:
        return "html"
    if ext in ZIP_EXTENSIONS:
        return "zip"
    if ext in UNSUPPORTED:
        return "unsupported"
    return "sniff"


def _read_stream(
    stream: IO[bytes],
    kind: str,
    *,
    name: str,
    id: str | None,
    size: int | None,
    published: dt.date | None,
    source: str | None,
    max_bytes: int,
    extra: dict[str, Any] | None = None,
) -> Iterator[Document | InputError]:
    """Documents from one open binary stream of a known ``kind`` (``sniff`` looks first)."""
    if kind == "sniff":
        head = stream.peek(_SNIFF)[:_SNIFF] if hasattr(stream, "peek") else b""
        kind = _sniff_kind(head)
    if kind == "jsonl":
        yield from iter_jsonl(stream, source_name=name, published=published, source=source,
                              max_bytes=max_bytes)
        return
    if kind == "json" and (size is None or size > max_bytes):
        # Too big (or unknown size) to hold at once: stream the array element by element.
        try:
            yield from iter_json_stream(_chunks(stream), source_name=name, published=published,
                                        source=source, max_bytes=max_bytes)
        except UnicodeDecodeError as exc:
            yield EncodingError(f"JSON is not valid UTF-8: {exc.reason}", source=name)
        return
    if size is not None and size > max_bytes:
        yield _too_large(size, max_bytes, name)
        return
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        yield _too_large(len(data), max_bytes, name, what="input (at least)")
        return
    try:
        if kind == "json":
            text, _ = decode_bytes(data, source=name)
            yield from iter_json_stream(iter((text,)), source_name=name, published=published,
                                        source=source, max_bytes=max_bytes)
        elif kind == "html":
            yield html_document(data, source_name=name, id=id, published=published,
                                source=source, metadata=extra)
        else:
            yield text_document(data, source_name=name, id=id, published=published,
                                source=source, metadata=extra)
    except InputError as exc:
        yield exc


def _read_zip(path: str, *, published: dt.date | None, source: str | None,
              max_bytes: int) -> Iterator[Document | InputError]:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        yield InputError(f"not a readable zip archive ({exc})", source=path)
        return
    with archive:
        for info in archive.infolist():
            if info.is_dir():
                continue
            member = info.filename
            kind = _kind_of(member)
            base = os.path.basename(member)
            if kind in ("zip", "unsupported", "sniff") or base.startswith(".") or "__MACOSX" in member:
                continue
            name = f"{path}!{member}"
            if kind not in ("jsonl", "json") and info.file_size > max_bytes:
                yield _too_large(info.file_size, max_bytes, name)
                continue
            try:
                with archive.open(info) as stream:
                    yield from _read_stream(
                        stream, kind, name=name, id=os.path.splitext(base)[0],
                        size=info.file_size, published=published, source=source,
                        max_bytes=max_bytes,
                    )
            except (zipfile.BadZipFile, OSError, EOFError, RuntimeError) as exc:
                yield InputError(f"cannot read zip member ({exc})", source=name)


def read_file(
    path: str | os.PathLike[str],
    *,
    published: dt.date | str | None = None,
    source: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Document | InputError]:
    """Documents (and :class:`InputError` values, yielded not raised) from one file.

    The format follows the extension: ``.txt``; ``.jsonl`` / ``.ndjson`` (streamed);
    ``.json`` (array or object); ``.html`` / ``.htm``; ``.zip`` (its .txt/.json/.jsonl/.html
    members, streamed); any other extension is sniffed (JSONL, HTML or text).  Files over
    ``max_bytes`` (JSONL: lines over it) give :class:`InputTooLargeError` without being read.
    ``Document.text`` is the decoded text (HTML: the extracted text); all offsets are
    code-point indices into it.
    """
    default_date = parse_date(published, what="published")
    name = os.fspath(path)
    try:
        stat = os.stat(name)
    except FileNotFoundError:
        yield InputNotFoundError("no such file or directory", source=name)
        return
    except OSError as exc:
        yield InputError(f"cannot read file: {exc.strerror or exc}", source=name)
        return
    if not os.path.isfile(name):
        yield InputError("not a regular file", source=name)
        return
    kind = _kind_of(name)
    if kind == "unsupported":
        yield UnsupportedFormatError(UNSUPPORTED[os.path.splitext(name)[1].lower()], source=name)
        return
    if kind == "zip":
        yield from _read_zip(name, published=default_date, source=source, max_bytes=max_bytes)
        return
    if kind not in ("jsonl", "json") and stat.st_size > max_bytes:
        yield _too_large(stat.st_size, max_bytes, name)
        return
    try:
        with open(name, "rb") as handle:
            yield from _read_stream(
                handle, kind, name=name, id=Path(name).stem, size=stat.st_size,
                published=default_date, source=source, max_bytes=max_bytes,
            )
    except OSError as exc:
        yield InputError(f"cannot read file: {exc.strerror or exc}", source=name)


def _read_stdin(stdin: BinaryIO | None, *, published: dt.date | None, source: str | None,
                max_bytes: int) -> Iterator[Document | InputError]:
    raw = stdin if stdin is not None else sys.stdin.buffer
    stream = raw if hasattr(raw, "peek") else io.BufferedReader(_RawAdapter(raw), _SNIFF)
    yield from _read_stream(stream, "sniff", name=STDIN_NAME, id=None, size=None,
                            published=published, source=source, max_bytes=max_bytes)


class _RawAdapter(io.RawIOBase):
    """A raw stream over any object with ``read``, so that it can be buffered and peeked."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.inner.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        return n


def _walk(folder: str) -> list[str]:
    found = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for filename in filenames:
            if filename.startswith("."):
                continue
            if os.path.splitext(filename)[1].lower() in SUPPORTED_EXTENSIONS:
                found.append(os.path.join(dirpath, filename))
    return sorted(found)


def _expand(path: str) -> Iterator[str | InputError]:
    if os.path.isdir(path):
        yield from _walk(path)
    elif os.path.exists(path):
        yield path
    elif _GLOB_CHARS & set(path):
        matches = sorted(glob.glob(path, recursive=True))
        files: list[str] = []
        for match in matches:
            if os.path.isdir(match):
                continue
            files.append(match)
        if not files:
            yield InputNotFoundError("no files match this pattern", source=path)
        yield from files
    else:
        yield InputNotFoundError("no such file or directory", source=path)


def iter_inputs(
    paths: Sequence[str],
    *,
    published: dt.date | str | None = None,
    source: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: BinaryIO | None = None,
) -> Iterator[Document | InputError]:
    """Lazily, in order: one :class:`Document` per article or one :class:`InputError` per bad
    file or record (yielded, not raised, so a batch goes on), each error naming the file
    (and line for JSON/JSONL) and the reason.

    ``paths``: files, folders (recursive, supported extensions only, sorted), glob patterns
    (``data/**/*.jsonl``) and ``-`` for standard input (bytes from ``stdin`` or
    ``sys.stdin.buffer``, sniffed as JSONL / JSON array / HTML / text).  The same file named
    twice is read once.  ``published`` is the default date for documents without their own;
    ``source`` the default source.  ``Document.text`` is the decoded (HTML: extracted) text,
    and all offsets are code-point indices into it.  Raises :class:`UsageError` only for a
    bad ``published`` value or ``max_bytes``.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]  # type: ignore[list-item]
    default_date = parse_date(published, what="published")
    if max_bytes <= 0:
        raise UsageError(f"max_bytes must be positive, not {max_bytes}")
    seen: set[str] = set()
    for path in paths:
        path = os.fspath(path)
        if path == "-":
            yield from _read_stdin(stdin, published=default_date, source=source, max_bytes=max_bytes)
            continue
        for item in _expand(path):
            if isinstance(item, InputError):
                yield item
                continue
            key = os.path.realpath(item)
            if key in seen:
                continue
            seen.add(key)
            yield from read_file(item, published=default_date, source=source, max_bytes=max_bytes)
