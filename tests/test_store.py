"""Tests of the SQLite store (marsad.store): round trips, idempotency, Arabic search, hostile
queries, errors and runs, migrations, read-only mode and crash consistency under ``kill -9``."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.errors import DocumentNotFoundError, EncodingError, MarsadError, StoreError, UsageError
from marsad.model import SCHEMA_VERSION, Document, Span
from marsad.store import SearchHit, Store
from marsad.store import migrations as store_migrations
from marsad.text.normalize import normalize_for_search

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "seeds.jsonl"
if not SEEDS.exists():  # the copy shipped with the package
    SEEDS = Path(__file__).resolve().parents[1] / "src" / "marsad" / "examples" / "seeds.jsonl"


def _seed_records() -> list[dict]:
    return [json.loads(line) for line in SEEDS.read_text(encoding="utf-8").splitlines() if line.strip()]


def _sentences(text: str) -> list[Span]:
    spans, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append(Span.from_text(text, pos, pos + len(line), label="S"))
        pos += len(line) + 1
    return spans


class _Entity:
    """An entity record that is an object with ``to_dict()`` (like a future Entity class)."""

    def __init__(self, **data):
        self.data = data

    def to_dict(self):
        return dict(self.data)


def _make_doc(rec: dict, **extra) -> Document:
    text = rec["text"]
    doc = Document.from_text(text, id=rec["id"], published=rec.get("published"),
                             source=rec.get("source"), title=text.split("\n", 1)[0], **extra)
    layers = {"sentences": _sentences(text)}
    i = text.find("الباغوز")
    if i >= 0:
        layers["entities"] = [
            {"id": "Q1047985", "type": "LOC", "name": "الباغوز", "name_en": "Baghouz",
             "wikidata": "Q1047985", "lat": 34.45, "lon": 40.95,
             "mentions": [{"start": i, "end": i + 7, "text": "الباغوز"}]},
        ]
        j = text.find("الدولة")
        if j >= 0:
            layers["entities"].append(_Entity(
                id="Q2429253", type="ORG", name="الدولة الإسلامية", name_en="Islamic State",
                wikidata="Q2429253", lat=None, lon=None,
                mentions=[{"start": j, "end": j + 6, "text": "الدولة"}, {"start": i, "end": i + 7, "text": "الباغوز"}]))
        layers["events"] = [{
            "event_type": "Battles", "sub_event_type": "Armed clash", "status": "actual",
            "actor1": {"entity": "Q2429253", "name": "الدولة الإسلامية"}, "actor2": None,
            "location": {"entity": "Q1047985", "name": "الباغوز", "lat": 34.45, "lon": 40.95,
                         "geo_precision": 1},
            "date": "2019-03-18", "time_precision": 1, "fatalities": 3,
            "trigger": {"start": i, "end": i + 7, "text": "الباغوز"}, "sentence": {"start": 0, "end": 10},
            "sources": [rec["id"]], "notes_en": "hand-made test event",
        }]
    return doc.with_layers(**layers)


@pytest.fixture(scope="module")
def seed_docs() -> list[Document]:
    return [_make_doc(rec) for rec in _seed_records()]


@pytest.fixture
def store(seed_docs):
    with Store(":memory:") as s:
        s.save_many(seed_docs)
        yield s


def _count(store: Store, sql: str, *params) -> int:
    return store.connection.execute(sql, params).fetchone()[0]


# -- round trips -------------------------------------------------------------------------

def test_get_round_trip_equals_to_dict(store, seed_docs):
    for doc in seed_docs:
        assert store.get(doc.id) == doc.to_dict()
        assert store.document(doc.id).to_dict() == doc.to_dict()


def test_round_trip_keeps_dateline_metadata_and_story():
    text = "بيروت - دعا تنظيم الدولة الإسلامية عناصره إلى الثأر"
    doc = Document.from_text(text, id="dl", published="2019-03-18", dateline=Span.from_text(text, 0, 5),
                             metadata={"story": "s1", "duplicates": ["x"], "lang": "ar"},
                             published_inferred=True)
    with Store(":memory:") as s:
        s.save(doc)
        assert s.get("dl") == doc.to_dict()
        row = s.connection.execute(
            "SELECT dateline, published, published_inferred, schema_version FROM documents").fetchone()
        assert row == ("بيروت", "2019-03-18", 1, SCHEMA_VERSION)


def test_layers_rows(store, seed_docs):
    doc = seed_docs[0]
    rows = dict(store.connection.execute(
        "SELECT name, records_json FROM layers WHERE doc_id = ?", (doc.id,)).fetchall())
    assert sorted(rows) == ["entities", "events", "sentences"]
    assert json.loads(rows["sentences"]) == doc.to_dict()["sentences"]
    for span in json.loads(rows["sentences"]):
        assert doc.text[span["start"]:span["end"]] == span["text"]


def test_entities_rows_from_dicts_and_objects(store):
    rows = store.connection.execute(
        "SELECT entity_id, type, name, name_en, wikidata, lat, lon, mentions FROM entities"
        " WHERE doc_id = '000' ORDER BY idx").fetchall()
    assert rows == [
        ("Q1047985", "LOC", "الباغوز", "Baghouz", "Q1047985", 34.45, 40.95, 1),
        ("Q2429253", "ORG", "الدولة الإسلامية", "Islamic State", "Q2429253", None, None, 2),
    ]


def test_events_rows(store):
    row = store.connection.execute(
        "SELECT idx, event_type, sub_event_type, status, date, location_name, lat, lon, fatalities, json"
        " FROM events WHERE doc_id = '000'").fetchone()
    assert row[:9] == (0, "Battles", "Armed clash", "actual", "2019-03-18", "الباغوز", 34.45, 40.95, 3)
    assert json.loads(row[9])["notes_en"] == "hand-made test event"


def test_get_missing_names_the_id(store):
    with pytest.raises(DocumentNotFoundError) as info:
        store.get("no-such-id")
    assert "no-such-id" in str(info.value)
    assert info.value.to_dict()["code"] == "E301"
    with pytest.raises(DocumentNotFoundError):
        store.document("no-such-id")


def test_save_rejects_non_documents(store):
    with pytest.raises(UsageError):
        store.save({"id": "x", "text": "نص"})  # type: ignore[arg-type]


def test_iter_ids_len_contains(store, seed_docs):
    assert list(store.iter_ids()) == [d.id for d in seed_docs]
    assert len(store) == len(seed_docs)
    assert seed_docs[0].id in store and "nope" not in store


# -- idempotency -------------------------------------------------------------------------

def test_save_twice_is_idempotent(store, seed_docs):
    before = {t: _count(store, f"SELECT count(*) FROM {t}") for t in ("layers", "entities", "events")}
    store.save(seed_docs[0])
    store.save(seed_docs[0])
    assert _count(store, "SELECT count(*) FROM documents WHERE id = ?", "000") == 1
    assert _count(store, "SELECT count(*) FROM documents_fts") == len(seed_docs)
    for table, n in before.items():
        assert _count(store, f"SELECT count(*) FROM {table}") == n
    hits = store.search("المهاجر")
    assert [h.doc_id for h in hits].count("000") == 1
    assert store.check()["ok"]


def test_resave_replaces_everything(store, seed_docs):
    changed = Document.from_text("نص جديد عن الموصل", id="000", title="عنوان جديد")
    store.save(changed)
    assert store.get("000") == changed.to_dict()
    assert _count(store, "SELECT count(*) FROM layers WHERE doc_id = '000'") == 0
    assert _count(store, "SELECT count(*) FROM entities WHERE doc_id = '000'") == 0
    assert _count(store, "SELECT count(*) FROM events WHERE doc_id = '000'") == 0
    assert [h.doc_id for h in store.search("الموصل")] == ["000"]
    assert "000" not in [h.doc_id for h in store.search("المهاجر")]
    assert store.check()["ok"]


# -- search ------------------------------------------------------------------------------

@pytest.mark.parametrize("query", [
    "الدولة الاسلامية",       # text has both الاسلامية and الإسلامية
    "الدولة الإسلامية",
    "الدوله الاسلاميه",       # ta marbuta folded
    "الدولةُ الإسلاميّة",     # diacritics in the query
    "المتحدث",                # text has المتحدّث (shadda)
    "المتحدّث",
    "أبو الحسن المهاجر",      # أبو occurs in 000
    "ابو الحسن المهاجر",
    "لقتلي",                  # text has لقتلى (alef maqsura)
    "٢٠١٤",                   # Arabic-Indic digits; text has 2014
    "بالمفخخات",              # text has بالمفخّخات
    "الـدولـة",               # tatweel
])
def test_search_folds_variants(store, query):
    assert "000" in [h.doc_id for h in store.search(query)]


def test_search_hit_fields_and_snippet_from_original_text(store, seed_docs):
    (hit,) = store.search("المتحدث تلغرام")  # AND: only 000 has both
    assert isinstance(hit, SearchHit)
    assert hit.doc_id == "000" and hit.published == "2019-03-18" and hit.title == seed_docs[0].title
    text = seed_docs[0].text
    assert hit.start is not None and hit.end is not None
    found = text[hit.start:hit.end]
    assert normalize_for_search(found) in ("المتحدث", "تلغرام")
    # the snippet is original text (diacritics kept), around the match
    assert found in hit.snippet
    assert "المتحدّث" in store.search("المتحدث")[0].snippet or "المتحدث" in store.search("المتحدث")[0].snippet
    hit = next(h for h in store.search("المتحدث") if h.doc_id == "000")
    assert text[hit.start:hit.end] == "المتحدّث" and "المتحدّث" in hit.snippet
    assert hit.to_dict()["doc_id"] == "000"


def test_snippet_maps_through_deleted_characters():
    text = "مقدمة طويلة " * 20 + "قال المتحدّث باسم التنظيم" + " خاتمة" * 20
    with Store(":memory:") as s:
        s.save(Document.from_text(text, id="d"))
        (hit,) = s.search("المتحدث باسم")
    assert text[hit.start:hit.end] in ("المتحدّث", "باسم")
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert "قال المتحدّث باسم التنظيم" in hit.snippet


def test_words_are_anded(store):
    assert {h.doc_id for h in store.search("الباغوز")} == {"000", "004"}
    assert [h.doc_id for h in store.search("الباغوز تلغرام")] == ["000"]
    assert store.search("الباغوز كلمةغيرموجودة") == []


def test_phrase_query(store):
    assert [h.doc_id for h in store.search('"الدولة الإسلامية"')] == ["000"]
    assert [h.doc_id for h in store.search("«الدولة الاسلامية»")] == ["000"]
    # the same words not adjacent in that order: no phrase match, but an AND match
    assert store.search('"الاسلامية الدولة"') == []
    assert "000" in [h.doc_id for h in store.search("الاسلامية الدولة")]
    hit = store.search('"أبي الحسن المهاجر"')[0]
    assert hit.doc_id == "000"
    assert normalize_for_search(hit.snippet).find("ابي الحسن المهاجر") >= 0


def test_prefix_query(store):
    assert "000" in [h.doc_id for h in store.search("المهاج*")]


def test_search_title_and_limit(store):
    assert [h.doc_id for h in store.search("الجهادي الأخير")][:1] == ["000"]
    assert len(store.search("في", limit=1)) == 1
    assert store.search("في", limit=0) == []


@pytest.mark.parametrize("query", [
    '"', "*", "NEAR(", "AND", "-", ")", "(", "'", "OR OR", "NOT", "title:x", "^", '""',
    '"unterminated', 'a"b', ":", "{", "}", "", "   ", "NEAR(الدولة الباغوز, 2)", "الدولة AND",
    "الدولة -الباغوز", "-الدولة", "body:الدولة", "* OR *", "\x00", "\u200f", "«", "»»", "ـ",
    "الدولة\"", "+", "AND OR NOT", "[الدولة]",
])
def test_hostile_queries_do_not_raise(store, query):
    hits = store.search(query)
    assert isinstance(hits, list)


def test_fts_keywords_are_plain_words(store):
    # words that are FTS5 operators are searched as words (here: absent)
    assert store.search("NOT") == [] and store.search("NEAR") == []
    # an operator between real words does not turn into syntax
    assert store.search("الدولة OR الباغوز") == []


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=40))
def test_any_query_string_is_safe(seed_docs, query):
    with Store(":memory:") as s:
        s.save(seed_docs[0])
        assert isinstance(s.search(query), list)


def test_search_stems_find_clitic_forms():
    pytest.importorskip("marsad.text.tokenize")
    with Store(":memory:") as s:
        s.save(Document.from_text("وقعت اشتباكات عنيفة وبالموصل قتل ثلاثة", id="m"))
        assert [h.doc_id for h in s.search("الموصل")] == ["m"]
        assert [h.doc_id for h in s.search("موصل")] == ["m"]


# -- errors and runs ---------------------------------------------------------------------

def test_record_error_and_errors():
    with Store(":memory:") as s:
        run = s.start_run(args={"paths": ["a.txt"]})
        s.record_error(EncodingError("not UTF-8 or Windows-1256", source="a.txt", line=3), run_id=run)
        s.record_error(ValueError("boom"))
        rows = s.errors()
        assert len(rows) == 2
        assert {k: rows[0][k] for k in ("code", "kind", "message", "source", "line", "run_id")} == {
            "code": "E103", "kind": "EncodingError", "message": "not UTF-8 or Windows-1256",
            "source": "a.txt", "line": 3, "run_id": run}
        assert rows[0]["at"]
        assert rows[1]["kind"] == "ValueError" and rows[1]["code"] == MarsadError.code
        assert [r["source"] for r in s.errors(run_id=run)] == ["a.txt"]
        assert s.errors(run_id="other") == []


def test_runs():
    with Store(":memory:") as s:
        run = s.start_run(args={"paths": [Path("x.jsonl")], "jobs": 2})
        s.record_error(StoreError("disk full"), run_id=run)
        s.finish_run(run, summary={"documents": 7, "failed": 1})
        (row,) = s.runs()
        assert row["id"] == run and row["status"] == "finished"
        assert row["args"] == {"paths": ["x.jsonl"], "jobs": 2}
        assert row["summary"] == {"documents": 7, "failed": 1}
        assert row["documents"] == 7 and row["errors"] == 1
        assert row["duration_s"] >= 0 and row["finished_at"] >= row["started_at"]
        with pytest.raises(StoreError, match="no-run"):
            s.finish_run("no-run", summary={})


def test_stats(store, seed_docs):
    store.record_error(UsageError("bad date"))
    store.start_run(args={})
    stats = store.stats()
    assert stats["documents"] == len(seed_docs)
    assert stats["entities"] == 2 + 1  # 000 has two, 004 has one
    assert stats["events"] == 2
    assert stats["layers"] == 6
    assert stats["errors"] == 1 and stats["runs"] == 1
    assert stats["schema_version"] == SCHEMA_VERSION
    assert stats["store_version"] == len(store_migrations.MIGRATIONS)
    assert stats["db_size"] > 0


# -- migrations, pragmas, files ------------------------------------------------------------

def test_migrations_recorded_and_not_reapplied(tmp_path):
    path = tmp_path / "m.db"
    with Store(path) as s:
        names = [r[0] for r in s.connection.execute("SELECT name FROM migrations")]
        assert names == [name for name, _ in store_migrations.MIGRATIONS]
        assert s.connection.execute("PRAGMA user_version").fetchone()[0] == len(names)
        assert s.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert s.connection.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
        assert s.connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert s.connection.execute("PRAGMA busy_timeout").fetchone()[0] > 0
        s.save(Document.from_text("نص", id="a"))
    with Store(path) as s:
        assert store_migrations.migrate(s.connection) == []
        assert len(s) == 1


def test_database_from_newer_marsad_is_refused(tmp_path):
    path = tmp_path / "new.db"
    Store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO migrations VALUES ('9999_future', 'x')")
    conn.close()
    with pytest.raises(StoreError, match="9999_future"):
        Store(path)


def test_failed_migration_rolls_back(monkeypatch):
    bad = store_migrations.MIGRATIONS + (("0999_bad", ("CREATE TABLE t (x)", "NOT SQL")),)
    monkeypatch.setattr(store_migrations, "MIGRATIONS", bad)
    conn = sqlite3.connect(":memory:", isolation_level=None)
    with pytest.raises(StoreError, match="0999_bad"):
        store_migrations.migrate(conn)
    assert store_migrations.applied(conn) == ["0001_initial"]
    assert conn.execute("SELECT 1 FROM sqlite_master WHERE name = 't'").fetchone() is None
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1


def test_readonly(tmp_path, seed_docs):
    path = tmp_path / "ro.db"
    with Store(path) as s:
        s.save(seed_docs[0])
    with Store(path, readonly=True) as ro:
        assert ro.get("000") == seed_docs[0].to_dict()
        assert ro.search("المتحدث")[0].doc_id == "000"
        with pytest.raises(StoreError, match="read-only"):
            ro.save(seed_docs[1])
    with pytest.raises(StoreError):
        Store(tmp_path / "missing.db", readonly=True)
    with pytest.raises(UsageError):
        Store(":memory:", readonly=True)


def test_bad_files_give_store_errors(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StoreError, match="junk.db"):
        Store(junk)
    with pytest.raises(StoreError):
        Store(tmp_path / "no" / "such" / "dir" / "x.db")
    s = Store(":memory:")
    s.close()
    s.close()
    with pytest.raises(StoreError, match="closed"):
        s.get("x")


# -- failures and crash consistency --------------------------------------------------------

def test_failure_mid_transaction_leaves_nothing_half_written(store, seed_docs, monkeypatch):
    def boom(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(Store, "_insert_fts", staticmethod(boom))
    new = Document.from_text("وثيقة جديدة", id="new").with_layers(sentences=[])
    with pytest.raises(RuntimeError):
        store.save(new)
    # a re-save that fails keeps the old version whole
    with pytest.raises(RuntimeError):
        store.save(Document.from_text("نسخة بديلة", id="000"))
    monkeypatch.undo()
    assert "new" not in store
    assert _count(store, "SELECT count(*) FROM layers WHERE doc_id = 'new'") == 0
    assert store.get("000") == seed_docs[0].to_dict()
    assert _count(store, "SELECT count(*) FROM layers WHERE doc_id = '000'") == 3
    assert store.check()["ok"]
    store.save(new)  # still accepts writes
    assert "new" in store


def test_save_many_keeps_completed_documents(seed_docs):
    bad = Document.from_text("نص", id="bad", metadata={"when": object()})
    docs = [seed_docs[0], bad, seed_docs[1]]
    with Store(":memory:") as s:
        with pytest.raises(StoreError, match="bad") as info:
            s.save_many(docs)
        assert "1 documents saved" in str(info.value)
        assert list(s.iter_ids()) == ["000"]
        assert s.get("000") == seed_docs[0].to_dict()
        assert s.check()["ok"]
        assert s.save_many(seed_docs) == 2


_CHILD = textwrap.dedent("""
    import json, sys
    from marsad.model import Document, Span
    from marsad.store import Store
    path, seed_file, start = sys.argv[1], sys.argv[2], int(sys.argv[3])
    recs = [json.loads(l) for l in open(seed_file, encoding="utf-8") if l.strip()]
    store = Store(path)
    i = start
    while True:
        rec = recs[i % len(recs)]
        text = rec["text"] + "\\n" + ("رقم %d" % i)
        sents = [Span.from_text(text, 0, 10, label="S"), Span.from_text(text, 10, 40, label="S")]
        ents = [{"id": "E%d" % i, "type": "LOC", "name": "الباغوز", "mentions": []}]
        doc = Document.from_text(text, id="d%d" % i, published=rec["published"]).with_layers(
            sentences=sents, entities=ents)
        store.save(doc)
        if i % 7 == 0 and i > start:   # exercise the replace path too
            store.save(doc)
        print(doc.id, flush=True)
        i += 1
""")


def _expected(i: int, recs: list[dict]) -> dict:
    rec = recs[i % len(recs)]
    text = rec["text"] + "\n" + ("رقم %d" % i)
    sents = [Span.from_text(text, 0, 10, label="S"), Span.from_text(text, 10, 40, label="S")]
    ents = [{"id": "E%d" % i, "type": "LOC", "name": "الباغوز", "mentions": []}]
    return Document.from_text(text, id="d%d" % i, published=rec["published"]).with_layers(
        sentences=sents, entities=ents).to_dict()


@pytest.mark.slow
def test_kill_9_mid_batch_leaves_a_consistent_database(tmp_path):
    path = tmp_path / "crash.db"
    recs = _seed_records()
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(Path(__file__).resolve().parents[1] / "src"),
                                                      env.get("PYTHONPATH")]))
    acknowledged: list[str] = []
    start = 0
    for round_, wanted in enumerate((60, 25, 40)):
        proc = subprocess.Popen([sys.executable, "-c", _CHILD, str(path), str(SEEDS), str(start)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        seen = 0
        deadline = time.monotonic() + 60
        while seen < wanted and time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            acknowledged.append(line.strip())
            seen += 1
        assert seen == wanted, proc.stderr.read()
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        acknowledged.extend(l.strip() for l in proc.stdout.read().splitlines() if l.strip())
        proc.stdout.close()
        proc.stderr.close()
        assert proc.returncode == -signal.SIGKILL

        # raw checks, independent of the store's own check()
        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute(
            "SELECT count(*) FROM documents d LEFT JOIN documents_fts f ON f.rowid = d.rid"
            " WHERE f.rowid IS NULL").fetchone()[0] == 0
        assert conn.execute(
            "SELECT count(*) FROM documents_fts f LEFT JOIN documents d ON d.rid = f.rowid"
            " WHERE d.rid IS NULL").fetchone()[0] == 0
        assert conn.execute(
            "SELECT count(*) FROM documents d WHERE (SELECT count(*) FROM layers l"
            " WHERE l.doc_id = d.id) != 2").fetchone()[0] == 0
        assert conn.execute(
            "SELECT count(*) FROM layers WHERE doc_id NOT IN (SELECT id FROM documents)").fetchone()[0] == 0
        assert conn.execute(
            "SELECT count(*) FROM documents d WHERE (SELECT count(*) FROM entities e"
            " WHERE e.doc_id = d.id) != 1").fetchone()[0] == 0
        conn.close()

        with Store(path) as s:
            report = s.check()
            assert report["ok"], report
            ids = set(s.iter_ids())
            # every save that returned before the kill survived it, intact
            assert set(acknowledged) <= ids
            assert len(ids - set(acknowledged)) <= round_ + 1  # committed, killed before printing
            for doc_id in acknowledged[-5:] + acknowledged[:2]:
                assert s.get(doc_id) == _expected(int(doc_id[1:]), recs)
            assert len(s) == len(ids)
            start = max(int(i[1:]) for i in ids) + 1
        if round_ == 0:
            first_batch = list(acknowledged)

    with Store(path) as s:
        s.save(Document.from_text("المتحدث باسم التنظيم في الرقة الجديدة", id="after-crash"))
        assert [h.doc_id for h in s.search("المتحدّث الرقة الجديدة")] == ["after-crash"]
        for doc_id in first_batch[::10]:
            assert s.get(doc_id) == _expected(int(doc_id[1:]), recs)
        assert s.check()["ok"]


def test_reindex_rebuilds_fts(store, seed_docs):
    store.connection.execute("DELETE FROM documents_fts")
    assert store.search("المتحدث") == []
    assert store.reindex(batch=1) == len(seed_docs)
    assert "000" in [h.doc_id for h in store.search("المتحدث")]
    assert store.check()["ok"]


def test_search_clitic_phrase_through_stems():
    pytest.importorskip("marsad.text.tokenize")
    with Store(":memory:") as s:
        s.save(Document.from_text("أعلن مقاتلو الدولة الإسلامية أمس", id="a"))
        s.save(Document.from_text("هجوم جديد للدولة الإسلامية في الرقة", id="b"))
        assert {h.doc_id for h in s.search('"الدولة الإسلامية"')} == {"a", "b"}
        assert [h.doc_id for h in s.search('"الإسلامية الدولة"')] == []
        hits = {h.doc_id: h for h in s.search("الدولة الرقة")}
        assert set(hits) == {"b"}
        text = "هجوم جديد للدولة الإسلامية في الرقة"
        assert "دولة" in text[hits["b"].start:hits["b"].end]
