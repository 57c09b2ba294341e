"""Writers for analysis results: JSON Lines, one JSON array, or a CSV of per-document counts.

Files are written atomically: into a temporary file beside the target, renamed over it
when the run completes, so an interrupted run never leaves a half-written output.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from .errors import UsageError
from .model import Document

FORMATS: tuple[str, ...] = ("jsonl", "json", "csv")

CSV_COLUMNS: tuple[str, ...] = (
    "id", "published", "published_inferred", "source", "url", "title", "dateline", "chars",
    "sentences", "tokens", "numbers", "entities", "times", "quotes", "events", "rhetoric",
)


def csv_row(doc: Document) -> dict[str, Any]:
    """One flat CSV row of a document: its metadata and the size of each layer."""
    return {
        "id": doc.id, "published": doc.published.isoformat() if doc.published else "",
        "published_inferred": doc.published_inferred, "source": doc.source or "", "url": doc.url or "",
        "title": doc.title or "", "dateline": doc.dateline.text if doc.dateline else "",
        "chars": len(doc.text), **{name: len(doc.layer(name)) for name in CSV_COLUMNS[8:]},
    }


class ResultWriter:
    """Writes documents one by one in ``fmt`` to an open text stream."""

    def __init__(self, stream: IO[str], *, fmt: str, tokens: bool = False) -> None:
        if fmt not in FORMATS:
            raise UsageError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        self.stream, self.fmt, self.tokens, self.count = stream, fmt, tokens, 0
        self._csv: csv.DictWriter | None = None
        if fmt == "csv":
            self._csv = csv.DictWriter(stream, fieldnames=CSV_COLUMNS)
            self._csv.writeheader()
        elif fmt == "json":
            stream.write("[")

    def write(self, doc: Document) -> None:
        if self._csv is not None:
            self._csv.writerow(csv_row(doc))
        else:
            line = json.dumps(doc.to_dict(tokens=self.tokens), ensure_ascii=False)
            if self.fmt == "json":
                self.stream.write(("," if self.count else "") + "\n" + line)
            else:
                self.stream.write(line + "\n")
        self.count += 1

    def close(self) -> None:
        if self.fmt == "json":
            self.stream.write("\n]\n")


@contextmanager
def atomic_writer(path: str | os.PathLike[str] | None, *, fmt: str, tokens: bool = False,
                  stdout: IO[str] | None = None) -> Iterator[ResultWriter]:
    """A :class:`ResultWriter` on ``path`` (``None`` or ``-``: ``stdout``), renamed into place on success."""
    if path is None or str(path) == "-":
        writer = ResultWriter(stdout or io.StringIO(), fmt=fmt, tokens=tokens)
        yield writer
        writer.close()
        return
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as stream:
            writer = ResultWriter(stream, fmt=fmt, tokens=tokens)
            yield writer
            writer.close()
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


#: Columns of the quotes CSV (one row per quotation; offsets are code points into the text).
QUOTE_COLUMNS: tuple[str, ...] = (
    "doc_id", "published", "source", "url", "start", "end", "kind", "text", "cue", "speaker",
    "speaker_entity", "speaker_name", "speaker_carried", "addressee", "medium", "platform", "rule",
)


def quote_row(row: dict[str, Any]) -> dict[str, Any]:
    """One flat CSV row of a stored quotation (a :meth:`Store.quotes` row)."""
    q = row["quote"]
    sp = q.get("speaker") or {}
    medium = q.get("medium") or {}
    return {
        "doc_id": row.get("doc_id", ""), "published": row.get("published") or "",
        "source": row.get("source") or "", "url": row.get("url") or "",
        "start": q["start"], "end": q["end"], "kind": q.get("kind", ""), "text": q["text"],
        "cue": (q.get("cue") or {}).get("text", ""), "speaker": sp.get("text", ""),
        "speaker_entity": sp.get("entity") or "", "speaker_name": sp.get("name") or "",
        "speaker_carried": bool(sp.get("carried")) if sp else "",
        "addressee": (q.get("addressee") or {}).get("text", ""), "medium": medium.get("text", ""),
        "platform": (medium.get("platform") or {}).get("text", ""), "rule": q.get("rule", ""),
    }


def write_quotes_csv(rows: list[dict[str, Any]], stream: IO[str]) -> int:
    """Write :meth:`Store.quotes` rows as CSV (:data:`QUOTE_COLUMNS`) to ``stream``; return the count."""
    writer = csv.DictWriter(stream, fieldnames=QUOTE_COLUMNS)
    writer.writeheader()
    for row in rows:
        writer.writerow(quote_row(row))
    return len(rows)


#: Columns of the ACLED-style events CSV (one row per event).
ACLED_COLUMNS: tuple[str, ...] = (
    "event_id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "assoc_actor_1",
    "inter1", "actor2", "inter2", "country", "admin1", "location", "latitude", "longitude", "geo_precision",
    "source", "notes", "fatalities",
)


def acled_row(row: dict[str, Any]) -> dict[str, Any]:
    """One ACLED-style CSV row of a stored event (a :meth:`Store.events` row).

    ``event_date`` is the event's ISO date padded to a day (a month or a year starts on its
    first day; ``time_precision`` says how precise it is); ``fatalities`` of a range is its lower
    bound (ACLED's conservative count); ``notes`` is the English note followed by the Arabic
    evidence sentence in quotes; ``source`` the outlet (or document id) and URL, or for a row merged
across documents every reporting outlet («okaz; alriyadh») and their URLs.
    """
    e = row["event"]
    a1, a2, loc = e.get("actor1") or {}, e.get("actor2") or {}, e.get("location") or {}
    date = str(e.get("date") or "")
    if len(date) == 4:
        date += "-01-01"
    elif len(date) == 7:
        date += "-01"
    fat = e.get("fatalities")
    sentence = " ".join(str((e.get("sentence") or {}).get("text") or "").split())
    if row.get("sources"):  # merged across documents (:func:`marsad.events.across.merge_reports`)
        source = "; ".join(dict.fromkeys(str(s) for s in row["sources"]))
        if row.get("urls"):
            source = f"{source} {' '.join(row['urls'])}".strip()
    else:
        source = row.get("source") or row.get("doc_id") or ""
        if row.get("url"):
            source = f"{source} {row['url']}".strip()
    return {
        "event_id": e.get("event_id") or f"{row.get('doc_id')}-{row.get('idx')}", "event_date": date,
        "time_precision": e.get("time_precision") or "", "event_type": e.get("event_type") or "",
        "sub_event_type": e.get("sub_event_type") or "", "actor1": a1.get("name_en") or "", "assoc_actor_1": "",
        "inter1": a1.get("inter") or "", "actor2": a2.get("name_en") or "", "inter2": a2.get("inter") or "",
        "country": loc.get("country_name") or loc.get("country") or "", "admin1": loc.get("admin1") or "",
        "location": loc.get("name_en") or loc.get("name") or "", "latitude": loc.get("lat") if loc.get("lat") is not None else "",
        "longitude": loc.get("lon") if loc.get("lon") is not None else "", "geo_precision": loc.get("geo_precision") or "",
        "source": source, "notes": f"{e.get('notes_en') or ''} Evidence: «{sentence}»".strip(),
        "fatalities": (fat[0] if isinstance(fat, list) else fat) or 0,
    }


def write_acled_csv(rows: list[dict[str, Any]], stream: IO[str]) -> int:
    """Write :meth:`Store.events` rows as ACLED-style CSV (:data:`ACLED_COLUMNS`); return the count."""
    writer = csv.DictWriter(stream, fieldnames=ACLED_COLUMNS)
    writer.writeheader()
    for row in rows:
        writer.writerow(acled_row(row))
    return len(rows)
