"""The ``marsad`` command line: a thin shell over :mod:`marsad.api`, the ingest readers and the store.

Each command parses options, calls library functions and prints.  Every
:class:`~marsad.errors.MarsadError` becomes one user-facing message at :func:`main`.
"""

from __future__ import annotations

import sys
import time
from contextlib import nullcontext
from importlib import resources
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from . import __version__
from .errors import MarsadError, UsageError
from .export import FORMATS, atomic_writer
from .model import Document, parse_date

err_console = Console(stderr=True)

LAYER_STYLES: dict[str, str] = {
    "dateline": "bold yellow", "numbers": "cyan", "times": "magenta", "quotes": "italic green",
    "rhetoric": "underline red", "events": "reverse",
}
ENTITY_STYLES: dict[str, str] = {"PER": "bold blue", "ORG": "bold red", "LOC": "bold green", "MISC": "bold white"}


def examples_path() -> Path:
    """The seed articles bundled with the package (JSON Lines)."""
    return Path(str(resources.files("marsad") / "examples" / "seeds.jsonl"))


def _published_option(ctx: click.Context, param: click.Parameter, value: str | None) -> Any:
    try:
        return parse_date(value, what="--published")
    except UsageError as exc:
        raise click.BadParameter(exc.message) from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="marsad")
def cli() -> None:
    """marsad (مرصد): Arabic conflict news to structured, sourced, searchable data."""


@cli.command()
@click.argument("paths", nargs=-1)
@click.option("--examples", is_flag=True, help="Analyze the example articles bundled with marsad.")
@click.option("--published", callback=_published_option, help="Publication date (YYYY-MM-DD) for articles that give none.")
@click.option("--db", "db_path", default="marsad.db", show_default=True, help="SQLite file to store results in.")
@click.option("--no-store", is_flag=True, help="Do not write to the database.")
@click.option("--out", "out_path", help="Write results to this file ('-' for stdout).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True, help="Format of --out.")
@click.option("--tokens", is_flag=True, help="Include the token layer in --out (large).")
@click.option("--jobs", "-j", type=click.IntRange(1, 256), default=1, show_default=True, help="Worker processes.")
@click.option("--max-bytes", type=click.IntRange(1), default=20_000_000, show_default=True,
              help="Largest single article file accepted, in bytes (JSONL files are streamed; the limit is per line).")
@click.option("--quiet", "-q", is_flag=True, help="Print only the final summary.")
def analyze(paths: tuple[str, ...], examples: bool, published: Any, db_path: str, no_store: bool,
            out_path: str | None, fmt: str, tokens: bool, jobs: int, max_bytes: int, quiet: bool) -> None:
    """Analyze articles (files, folders, globs, '-' for stdin) and store the results.

    Exits with status 1 when any input failed; the failures are listed and stored in the
    database's errors table, and everything else is analyzed and stored.
    """
    from .api import analyze_many
    from .ingest import iter_inputs
    from .store import Store

    inputs = list(paths) + ([str(examples_path())] if examples else [])
    if not inputs:
        raise click.UsageError("give at least one PATH (or '-' for stdin, or --examples)")
    store = None if no_store else Store(db_path)
    run_id = store.start_run(args={"paths": inputs, "published": str(published or ""), "jobs": jobs}) if store is not None else None
    counts = {"documents": 0, "entities": 0, "quotes": 0, "events": 0, "calls to violence": 0, "errors": 0}
    errors: list[MarsadError] = []
    shown: list[Document] = []
    started = time.perf_counter()
    stream = iter_inputs(inputs, published=published, max_bytes=max_bytes)
    progress = Progress(SpinnerColumn(), TextColumn("[bold]analyzing"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("{task.fields[rate]} docs/s · {task.fields[errors]} errors"), TimeElapsedColumn(),
                        console=err_console, transient=True, disable=quiet or not err_console.is_terminal)
    try:
        with atomic_writer(out_path, fmt=fmt, tokens=tokens, stdout=sys.stdout) if out_path else nullcontext() as writer, progress:
            task = progress.add_task("analyze", total=None, rate="0", errors=0)
            for result in analyze_many(stream, published=published, jobs=jobs):
                if isinstance(result, MarsadError):
                    errors.append(result)
                    counts["errors"] += 1
                    if store is not None:
                        store.record_error(result, run_id=run_id)
                    if not quiet:
                        err_console.print(f"[red]error[/red] {escape(str(result))}", soft_wrap=True)
                else:
                    counts["documents"] += 1
                    counts["entities"] += len(result.entities)
                    counts["quotes"] += len(result.layer("quotes"))
                    counts["events"] += len(result.events)
                    counts["calls to violence"] += sum(
                        "call_to_violence" in (r.get("categories") or ()) for r in result.layer("rhetoric"))
                    if store is not None:
                        store.save(result)
                    if writer is not None:
                        writer.write(result)
                    if len(shown) < 20:
                        shown.append(result)
                elapsed = time.perf_counter() - started
                progress.update(task, advance=1, errors=counts["errors"],
                                rate=f"{counts['documents'] / elapsed:.0f}" if elapsed else "0")
    finally:
        elapsed = time.perf_counter() - started
        if store is not None:
            store.finish_run(run_id, summary={**counts, "seconds": round(elapsed, 3)})
            store.close()
    if not quiet and shown and counts["documents"] <= 20:
        err_console.print(_documents_summary(shown), soft_wrap=True)
    err_console.print(_summary_table(counts, elapsed, None if no_store else db_path, out_path))
    if errors:
        err_console.print(f"[bold red]{len(errors)} input(s) failed[/bold red]:")
        for error in errors[:20]:
            err_console.print(f"  [red]{error.code}[/red] {escape(str(error))}", soft_wrap=True)
        if len(errors) > 20:
            err_console.print(f"  ... and {len(errors) - 20} more (see the errors table of {db_path})")
        sys.exit(1)


def _documents_summary(docs: list[Document]) -> Text:
    """Two lines per document: id, date, dateline and layer counts; then the title."""
    out = Text()
    for doc in docs:
        lines = doc.text.strip().splitlines() or [""]
        out.append(f"{doc.id}", style="bold")
        out.append(f"  {doc.published.isoformat() if doc.published else 'no date'}")
        out.append(f"  {doc.dateline.text if doc.dateline else '—'}", style=LAYER_STYLES["dateline"])
        out.append(f"  {len(doc.sentences)} sentences · {len(doc.layer('numbers'))} numbers · "
                   f"{len(doc.entities)} entities · {len(doc.times)} times · {len(doc.layer('quotes'))} quotes · "
                   f"{len(doc.events)} events · {len(doc.layer('rhetoric'))} rhetoric flags\n",
                   style="dim")
        out.append(f"    {doc.title or lines[0]}\n")
    return out


def _summary_table(counts: dict[str, int], elapsed: float, db_path: str | None, out_path: str | None) -> Table:
    table = Table(title="marsad analyze: summary", title_justify="left", show_header=False)
    table.add_column("what", style="bold")
    table.add_column("value", justify="right")
    for key in ("documents", "entities", "quotes", "events", "calls to violence", "errors"):
        style = "red" if key == "errors" and counts[key] else ""
        table.add_row(key, Text(str(counts[key]), style=style))
    rate = counts["documents"] / elapsed if elapsed > 0 else 0.0
    table.add_row("time", f"{elapsed:.2f} s ({rate:.1f} docs/s)" if rate < 10 else f"{elapsed:.2f} s ({rate:.0f} docs/s)")
    if db_path:
        table.add_row("database", db_path)
    if out_path:
        table.add_row("output", out_path)
    return table


@cli.command()
@click.argument("query")
@click.option("--db", "db_path", default="marsad.db", show_default=True, help="SQLite file to search.")
@click.option("--limit", type=click.IntRange(1), default=20, show_default=True)
def search(query: str, db_path: str, limit: int) -> None:
    """Full-text search (diacritic-, hamza- and clitic-insensitive) over stored articles."""
    from .store import Store

    _require_db(db_path)
    with Store(db_path, readonly=True) as store:
        hits = store.search(query, limit=limit)
    console = Console()
    if not hits:
        console.print(f"no documents match {escape(query)!s}")
        return
    table = Table(title=f"{len(hits)} document(s) match «{escape(query)}»", title_justify="left")
    for column in ("id", "published", "title", "snippet"):
        table.add_column(column, overflow="fold")
    for hit in hits:
        table.add_row(hit.doc_id, hit.published or "—", escape(hit.title or ""), escape(hit.snippet or ""))
    console.print(table)


@cli.command()
@click.option("--db", "db_path", default="marsad.db", show_default=True, help="SQLite file to read.")
@click.option("--speaker", help="Only quotes whose speaker text or name contains this (normalized).")
@click.option("--entity", "entity_id", help="Only quotes whose speaker links to this entity id.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv"]), default="table", show_default=True)
@click.option("--out", "out_path", help="Write the CSV to this file instead of stdout.")
def quotes(db_path: str, speaker: str | None, entity_id: str | None, fmt: str, out_path: str | None) -> None:
    """List stored quotations (who said what, to whom, in which medium); CSV export."""
    from .export import write_quotes_csv
    from .store import Store

    _require_db(db_path)
    with Store(db_path, readonly=True) as store:
        rows = store.quotes(speaker=speaker, entity=entity_id)
    if fmt == "csv":
        if out_path and out_path != "-":
            target = Path(out_path)
            tmp = target.with_name(f".{target.name}.part")
            with open(tmp, "w", encoding="utf-8", newline="") as fh:
                write_quotes_csv(rows, fh)
            tmp.replace(target)
            err_console.print(f"{len(rows)} quote(s) written to {escape(str(target))}")
        else:
            import io

            buffer = io.StringIO()
            write_quotes_csv(rows, buffer)
            click.echo(buffer.getvalue(), nl=False)
        return
    console = Console()
    if not rows:
        console.print("no quotes match")
        return
    table = Table(title=f"{len(rows)} quote(s)", title_justify="left")
    for column in ("doc", "kind", "speaker", "cue", "quote", "to", "medium"):
        table.add_column(column, overflow="fold")
    for row in rows:
        q = row["quote"]
        sp = q.get("speaker") or {}
        who = sp.get("text") or "—"
        if sp.get("entity"):
            who += f" [{sp['entity']}]"
        if sp.get("carried"):
            who += " (carried)"
        medium = q.get("medium") or {}
        med = medium.get("text") or ""
        if medium.get("platform"):
            med += f" / {medium['platform']['text']}"
        table.add_row(row["doc_id"], q.get("kind", ""), escape(who), escape((q.get("cue") or {}).get("text", "")),
                      escape(q["text"]), escape((q.get("addressee") or {}).get("text", "")), escape(med))
    console.print(table)


@cli.command()
@click.option("--db", "db_path", default="marsad.db", show_default=True, help="SQLite file to read.")
@click.option("--type", "event_type", help="Only events whose type or sub-event type contains this (e.g. Battles, 'Air/drone').")
@click.option("--actor", help="Only events whose actor1 or actor2 id, name or English name contains this.")
@click.option("--background", is_flag=True, help="Also list events marked as historical background.")
@click.option("--format", "fmt", type=click.Choice(["table", "acled"]), default="table", show_default=True)
@click.option("--out", "out_path", help="Write the ACLED CSV to this file instead of stdout.")
@click.option("--merge", is_flag=True,
              help="One row per event: reports of the same event by several articles merged (sources listed).")
def events(db_path: str, event_type: str | None, actor: str | None, background: bool, fmt: str,
           out_path: str | None, merge: bool) -> None:
    """List stored events (ACLED type, status, actors, place, date, fatalities); ACLED CSV."""
    from .store import Store

    _require_db(db_path)
    with Store(db_path, readonly=True) as store:
        rows = store.events(type=event_type, actor=actor, background=background)
    if merge:
        from .events.across import merge_reports

        rows = merge_reports(rows)
    if fmt == "acled":
        _write_acled(rows, out_path)
        return
    console = Console()
    if not rows:
        console.print("no events match")
        return
    console.print(_events_table([r["event"] for r in rows], f"{len(rows)} event(s)", sources=merge))


def _events_table(events: list[dict[str, Any]], title: str, *, sources: bool = False) -> Table:
    """A table of event records (the ``events`` layer's dicts): id, date, type, status, actors,
    place, fatalities, trigger (and the reporting documents when merged across articles)."""
    table = Table(title=title, title_justify="left")
    columns = ("id", "date", "type", "status", "actor1", "actor2", "place", "dead", "trigger") + (
        ("sources",) if sources else ())
    for column in columns:
        table.add_column(column, overflow="fold")
    for e in events:
        loc = e.get("location") or {}
        status = e.get("status", "") + (" (background)" if e.get("background") else "")
        fat = e.get("fatalities")
        table.add_row(e.get("event_id") or "", str(e.get("date") or "—"),
                      escape(f"{e.get('event_type')} / {e.get('sub_event_type')}"), status,
                      escape((e.get("actor1") or {}).get("name_en") or "—"),
                      escape((e.get("actor2") or {}).get("name_en") or "—"),
                      escape(loc.get("name_en") or loc.get("name") or "—"),
                      "—" if fat is None else escape(str(fat)), escape((e.get("trigger") or {}).get("text", "")),
                      *((escape(", ".join(e.get("sources") or ())),) if sources else ()))
    return table


def _write_acled(rows: list[dict[str, Any]], out_path: str | None) -> None:
    from .export import write_acled_csv

    if out_path and out_path != "-":
        target = Path(out_path)
        tmp = target.with_name(f".{target.name}.part")
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            write_acled_csv(rows, fh)
        tmp.replace(target)
        err_console.print(f"{len(rows)} event(s) written to {escape(str(target))}")
    else:
        import io

        buffer = io.StringIO()
        write_acled_csv(rows, buffer)
        click.echo(buffer.getvalue(), nl=False)


@cli.command("export")
@click.option("--db", "db_path", default="marsad.db", show_default=True, help="SQLite file to read.")
@click.option("--format", "fmt", type=click.Choice(["acled"]), default="acled", show_default=True,
              help="acled: ACLED-style CSV, one row per event.")
@click.option("--out", "out_path", help="Output file (default: stdout).")
@click.option("--all-statuses", is_flag=True,
              help="Also export events that were only called for, threatened, claimed, denied, planned or hypothetical.")
@click.option("--per-report", is_flag=True,
              help="One row per article's report; by default reports of the same event by several articles are one row.")
def export_command(db_path: str, fmt: str, out_path: str | None, all_statuses: bool, per_report: bool) -> None:
    """Export stored results: ACLED-style CSV of the events (actual events, background left out),
    one row per event with every reporting source."""
    from .store import Store

    _require_db(db_path)
    with Store(db_path, readonly=True) as store:
        rows = store.events()
    if not all_statuses:
        rows = [r for r in rows if r["event"].get("status") == "actual"]
    if not per_report:
        from .events.across import merge_reports

        rows = merge_reports(rows)
    _write_acled(rows, out_path)


@cli.command()
@click.argument("doc_id")
@click.option("--db", "db_path", default="marsad.db", show_default=True, help="SQLite file to read.")
def show(doc_id: str, db_path: str) -> None:
    """Print a stored article with its annotations highlighted, and its layers as tables."""
    from .store import Store

    _require_db(db_path)
    with Store(db_path, readonly=True) as store:
        doc = store.document(doc_id)
    console = Console()
    header = Table(show_header=False, box=None)
    header.add_column(style="bold")
    header.add_column()
    for key, value in (("id", doc.id), ("title", doc.title), ("published", doc.published),
                       ("source", doc.source), ("url", doc.url),
                       ("dateline", doc.dateline.text if doc.dateline else None),
                       ("agency", doc.metadata.get("agency")), ("layers", ", ".join(sorted(doc.layers)))):
        if value:
            header.add_row(key, escape(str(value)))
    console.print(header)
    console.print(highlight(doc))
    console.print(Text("legend: ", style="dim") + Text.assemble(
        *[(f"{name} ", style) for name, style in {**LAYER_STYLES, **ENTITY_STYLES}.items()]))
    entities = [e.to_dict() if hasattr(e, "to_dict") else e for e in doc.entities]
    if entities:
        table = Table(title="entities", title_justify="left")
        for column in ("type", "name", "name_en", "id", "place", "mentions"):
            table.add_column(column, overflow="fold")
        for entity in entities:
            place = ""
            if entity.get("lat") is not None:
                place = f"{entity['lat']:.2f}, {entity['lon']:.2f}"
            mentions = entity.get("mentions", [])
            table.add_row(Text(entity.get("type") or "", style=ENTITY_STYLES.get(entity.get("type"), "")),
                          escape(entity.get("name") or ""), escape(entity.get("name_en") or ""),
                          entity.get("id") or "", place,
                          f"{len(mentions)}: " + escape(" · ".join(sorted({m['text'] for m in mentions}))))
        console.print(table)
    numbers = doc.layer("numbers")
    if numbers:
        table = Table(title="numbers", title_justify="left")
        for column in ("offsets", "text", "value", "approximate"):
            table.add_column(column)
        for n in numbers:
            table.add_row(f"{n.start}-{n.end}", n.text, str(n.attrs.get("value")), str(n.attrs.get("approximate")))
        console.print(table)
    events = [e.to_dict() if hasattr(e, "to_dict") else e for e in doc.layer("events")]
    if events:
        console.print(_events_table(events, "events (ACLED)"))
    _print_rhetoric(console, doc)
    console.print(f"[dim]{len(doc.sentences)} sentences[/dim]")


def highlight(doc: Document) -> Text:
    """The document text with its spans styled (entities by type, numbers, times, dateline)."""
    text = Text(doc.text)
    if doc.dateline is not None:
        text.stylize(LAYER_STYLES["dateline"], doc.dateline.start, doc.dateline.end)
    for name in ("numbers", "times", "quotes", "rhetoric"):
        for span in doc.layer(name):
            record = span.to_dict() if hasattr(span, "to_dict") else span
            text.stylize(LAYER_STYLES[name], record["start"], record["end"])
    for event in doc.layer("events"):
        for trigger in (event.get("mentions") or [event.get("trigger")]):
            if trigger:
                text.stylize(LAYER_STYLES["events"], trigger["start"], trigger["end"])
    for entity in doc.entities:
        record = entity.to_dict() if hasattr(entity, "to_dict") else entity
        for mention in record.get("mentions", ()):
            text.stylize(ENTITY_STYLES.get(record.get("type"), "bold"), mention["start"], mention["end"])
    return text


def _print_rhetoric(console: Console, doc: Document) -> None:
    """The ``rhetoric`` and ``framing`` layers of ``doc`` as two tables (when present)."""
    rhetoric = doc.layer("rhetoric")
    if rhetoric:
        table = Table(title="rhetoric (quotations and reported speech)", title_justify="left")
        for column in ("categories", "speaker", "statement", "methods", "target", "rules"):
            table.add_column(column, overflow="fold")
        for r in rhetoric:
            sp = r.get("speaker") or {}
            table.add_row(", ".join(r["categories"]), escape(str(sp.get("name") or sp.get("text") or "—")),
                          escape(r["text"]), ", ".join(m["method"] for m in r.get("methods", ())),
                          escape(", ".join(t["name"] for t in r.get("target", ()))), ", ".join(r.get("rules", ())))
        console.print(table)
    framing = doc.layer("framing")
    if framing:
        table = Table(title=f"framing (outlet: {escape(str(doc.source or '?'))})", title_justify="left")
        for column in ("entity", "designations (narration / quote)", "labels (narration / quote)"):
            table.add_column(column, overflow="fold")
        for f in framing:
            counts = f.get("counts") or {}
            des = " · ".join(f"{k} [{v['register']}] {v['narration']}/{v['quote']}"
                             for k, v in counts.get("designations", {}).items())
            lab = " · ".join(f"{k} [{v['class']}] {v['narration']}/{v['quote']}" for k, v in counts.get("labels", {}).items())
            table.add_row(escape(str(f.get("name") or f["entity"])), escape(des), escape(lab))
        console.print(table)


def _require_db(db_path: str) -> None:
    if not Path(db_path).exists():
        raise UsageError(f"no database at {db_path}; run 'marsad analyze' first or pass --db")


@cli.command()
@click.option("--db", "db_path", default="marsad.db", show_default=True, help="SQLite file to read.")
@click.option("--entity", help="One entity: its id (Q2429253) or text in its name (داعش, Islamic State).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv"]), default="table", show_default=True)
@click.option("--out", "out_path", help="Write the CSV to this file instead of stdout.")
def framing(db_path: str, entity: str | None, fmt: str, out_path: str | None) -> None:
    """Per outlet, the designations and labels stored articles use for each actor."""
    import csv
    import io

    from .rhetoric.table import COLUMNS, framing_table
    from .store import Store

    _require_db(db_path)
    with Store(db_path, readonly=True) as store:
        rows = framing_table(store.layer_rows("framing"), entity=entity)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=list(COLUMNS), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        if out_path and out_path != "-":
            target = Path(out_path)
            tmp = target.with_name(f".{target.name}.part")
            tmp.write_text(buffer.getvalue(), encoding="utf-8")
            tmp.replace(target)
            err_console.print(f"{len(rows)} row(s) written to {escape(str(target))}")
        else:
            click.echo(buffer.getvalue(), nl=False)
        return
    console = Console()
    if not rows:
        console.print("no framing matches")
        return
    actors = {row["entity"] for row in rows}
    one = len(actors) == 1
    title = f"framing of {rows[0]['name'] or rows[0]['entity']}" if one else "framing"
    table = Table(title=f"{title}: {len(rows)} row(s); narr. = the outlet's own voice, quote = inside quotations",
                  title_justify="left")
    columns = ["outlet", *([] if one else ["actor"]), "form", "kind", "class", "narr.", "quote", "docs"]
    for column in columns:
        table.add_column(column, overflow="fold", min_width=4 if column in ("narr.", "quote", "docs") else None,
                         justify="right" if column in ("narr.", "quote", "docs") else "left")
    for row in rows:
        cells = [escape(row["source"]), *([] if one else [escape(str(row["name"] or row["entity"]))]),
                 escape(row["form"]), "label" if row["kind"] == "label" else "name",
                 str(row["register"] or ""), str(row["narration"]), str(row["quote"]), str(row["articles"])]
        table.add_row(*cells)
    console.print(table)


@cli.command()
def stages() -> None:
    """List the registered pipeline stages with what each requires and produces."""
    from .pipeline import DEFAULT_STAGES, default_registry

    table = Table(title="stages (default order)", title_justify="left")
    for column in ("stage", "requires", "produces", "default", "what"):
        table.add_column(column)
    for info in default_registry():
        table.add_row(info.name, ", ".join(info.requires), ", ".join(info.produces),
                      "yes" if info.name in DEFAULT_STAGES else "", info.help)
    Console().print(table)


@cli.group()
def train() -> None:
    """Rebuild the models marsad ships (needs the [train] extra)."""


@train.command("ner")
@click.option("--data", type=click.Path(exists=True, path_type=Path), multiple=True,
              help="CoNLL 'token TAG' training files (default: ../shared/data/ner/anercorp/train.txt).")
@click.option("--out", type=click.Path(path_type=Path), help="Model file (default: the shipped model).")
@click.option("--cv", type=click.IntRange(0), default=0, help="k-fold cross-validation instead of training.")
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--c1", type=float, help="L1 regularisation (default: the shipped configuration's).")
@click.option("--c2", type=float, help="L2 regularisation.")
@click.option("--no-clusters", is_flag=True, help="Without word-cluster features.")
@click.option("--no-gazetteer", is_flag=True, help="Without KB gazetteer membership features.")
def train_ner_command(data: tuple[Path, ...], out: Path | None, cv: int, seed: int, c1: float | None,
                      c2: float | None, no_clusters: bool, no_gazetteer: bool) -> None:
    """Train the CRF entity tagger reproducibly (fixed seed, deterministic L-BFGS), or cross-validate it."""
    import json
    import tempfile

    from .entities.train import DEFAULT_DATA, TrainConfig, cross_validate, load_data, train_ner

    config = TrainConfig(clusters=not no_clusters, gazetteer=not no_gazetteer)
    if c1 is not None:
        config.c1 = c1
    if c2 is not None:
        config.c2 = c2
    files = list(data) or [DEFAULT_DATA]
    for path in files:
        if not Path(path).exists():
            raise UsageError(f"training data {path} not found; pass --data FILE")
    if cv:
        sentences = load_data(files)
        err_console.print(f"{cv}-fold cross-validation on {len(sentences)} sentences", soft_wrap=True)
        with tempfile.TemporaryDirectory() as tmp:
            pooled, per_fold = cross_validate(sentences, k=cv, config=config, workdir=Path(tmp),
                                              log=lambda m: err_console.print(m, soft_wrap=True))
        click.echo(pooled.format())
        click.echo("per-fold F1: " + " ".join(f"{r.overall.f1:.4f}" for r in per_fold))
        return
    target = out or Path(str(resources.files("marsad") / "entities" / "data" / "ner" / "model.crfsuite"))
    meta = train_ner(data=files, out=target, seed=seed, config=config)
    click.echo(json.dumps(meta, ensure_ascii=False, indent=1))


@cli.group("eval")
def eval_group() -> None:
    """Score marsad against gold annotations."""


@eval_group.command("ner")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--predictions", "predictions_out", type=click.Path(dir_okay=False),
              help="Write 'token gold predicted' lines here (one per input token line).")
@click.option("--tagger", "which", type=click.Choice(["stage", "crf"]), default="stage", show_default=True,
              help="'stage': the full entity stage (gazetteer + tagger + linking); 'crf': the CRF tagger alone.")
@click.option("--doc-sentences", type=click.IntRange(1), default=None,
              help="Consecutive sentences tagged as one document (stage tagger; default 25).")
@click.option("--institutions", is_flag=True,
              help="Keep the stage's rule-based institution names (ANERcorp leaves them unlabelled).")
def eval_ner(file: str, predictions_out: str | None, which: str, doc_sentences: int | None,
             institutions: bool) -> None:
    """Entity-level precision, recall and F1 (exact match, as conlleval) on a CoNLL 'token TAG' FILE.

    Sentences are separated by blank lines; where there are none, they are split after '.', '؟'
    and '!' tokens.  Extra tag columns (nested annotations) are ignored.
    """
    from .entities.conll import evaluate_file

    if which == "crf":
        from .entities.tagger import CrfTagger

        tagger: Any = CrfTagger.load()
    else:
        from .entities.evaluate import DOC_SENTENCES, pipeline_tagger

        tagger = pipeline_tagger(doc_sentences=doc_sentences or DOC_SENTENCES,
                                 institutions=institutions)
    started = time.perf_counter()
    report = evaluate_file(file, tagger=tagger, predictions_out=Path(predictions_out) if predictions_out else None)
    click.echo(report.format())
    click.echo(f"({which} tagger, {time.perf_counter() - started:.1f} s)")


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the CLI, turning marsad errors into one clear message and exit 2."""
    try:
        cli.main(args=argv, prog_name="marsad", standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.Abort:
        err_console.print("aborted")
        sys.exit(130)
    except MarsadError as exc:
        err_console.print(f"[bold red]error[/bold red] {exc.code}: {escape(str(exc))}")
        sys.exit(2)


if __name__ == "__main__":
    main()
