"""The marsad command: analyze (seeds, bad input, idempotency), search, show, --version."""

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import marsad
from marsad.cli import cli, examples_path

SHARED_SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "seeds.jsonl"


def run(*args):
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    return result


def test_version():
    result = run("--version")
    assert result.exit_code == 0 and marsad.__version__ in result.output


def test_analyze_seeds_writes_the_schema(tmp_path):
    seeds = SHARED_SEEDS if SHARED_SEEDS.exists() else examples_path()
    out = tmp_path / "out.jsonl"
    result = run("analyze", seeds, "--format", "jsonl", "--out", out, "--db", tmp_path / "m.db")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["000", "004"]
    assert [r["published"] for r in rows] == ["2019-03-18", "2019-03-21"]
    assert rows[0]["dateline"] == "بيروت" and rows[1]["dateline"] is None
    # records without a title get their first line when it looks like one
    assert rows[0]["title"] == "النداء الجهادي الأخير لشن 'غزوة الثأر' من أكراد سوريا"
    for row in rows:
        assert row["schema_version"] == marsad.SCHEMA_VERSION
        for key in ("entities", "times", "quotes", "events", "rhetoric", "sentences", "numbers"):
            assert isinstance(row[key], list)
        marsad.Document.from_dict(row).check_offsets()
    assert "documents" in result.output and "errors" in result.output


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_other_formats(tmp_path, fmt):
    out = tmp_path / f"out.{fmt}"
    assert run("analyze", "--examples", "--no-store", "--format", fmt, "--out", out).exit_code == 0
    body = out.read_text(encoding="utf-8")
    if fmt == "json":
        assert [r["id"] for r in json.loads(body)] == ["000", "004"]
    else:
        assert body.splitlines()[0].startswith("id,published") and len(body.splitlines()) == 3


def test_bad_inputs_are_reported_and_the_rest_is_stored(tmp_path, arabic_inputs):
    db = tmp_path / "m.db"
    assert run("analyze", "--examples", "--db", db).exit_code == 0
    result = run("analyze", arabic_inputs, "--db", db, "--published", "2019-03-18")
    assert result.exit_code == 1
    output = result.output
    for name in ("empty.txt", "binary.txt", "truncated.txt", "feed.jsonl:2"):  # one error line each
        assert name in output, name
    with sqlite3.connect(db) as conn:
        ids = {row[0] for row in conn.execute("select id from documents")}
        errors = conn.execute("select source, line, code from errors").fetchall()
    assert {"000", "004", "good", "win1256", "utf16", "j1", "j3"} <= ids
    assert any(name.endswith("page") or "page" in name for name in ids)
    assert ("feed.jsonl", 2) in {(Path(s).name, line) for s, line, _ in errors}
    assert len(errors) == 4


def test_reanalyzing_is_idempotent(tmp_path):
    db = tmp_path / "m.db"
    for _ in range(2):
        assert run("analyze", "--examples", "--db", db).exit_code == 0
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from documents").fetchone()[0] == 2


def test_jobs_runs_worker_processes(tmp_path, arabic_inputs):
    out1, out2 = tmp_path / "1.jsonl", tmp_path / "2.jsonl"
    run("analyze", arabic_inputs, "--examples", "--no-store", "--out", out1)
    run("analyze", arabic_inputs, "--examples", "--no-store", "--out", out2, "--jobs", "2")
    assert out1.read_text(encoding="utf-8") == out2.read_text(encoding="utf-8")


def test_search_and_show(tmp_path):
    db = tmp_path / "m.db"
    run("analyze", "--examples", "--db", db)
    result = run("search", "الدولة الاسلامية", "--db", db)
    assert result.exit_code == 0 and "000" in result.output
    shown = run("show", "000", "--db", db)
    assert shown.exit_code == 0 and "بيروت" in shown.output and "numbers" in shown.output
    assert "entities" in shown.output and "Q796" in shown.output and "Iraq" in shown.output
    assert "events (ACLED)" in shown.output and "000-1" in shown.output and "called" in shown.output


def test_errors_become_one_message_and_exit_codes():
    env_python = [sys.executable, "-m", "marsad"]
    missing = subprocess.run(env_python + ["show", "nope", "--db", "/nonexistent.db"], capture_output=True, text=True)
    assert missing.returncode == 2 and "no database" in missing.stderr
    assert "Traceback" not in missing.stderr
    bad_date = subprocess.run(env_python + ["analyze", "--examples", "--published", "yesterday", "--no-store"],
                              capture_output=True, text=True)
    assert bad_date.returncode == 2 and "ISO date" in bad_date.stderr


def test_stdin(tmp_path):
    result = CliRunner().invoke(cli, ["analyze", "-", "--no-store", "--out", "-"],
                                input="دمشق (أ ف ب) - قتل ثلاثة جنود سوريين في هجوم شنه مسلحون على حاجز عسكري قرب العاصمة.\n".encode())
    assert result.exit_code == 0, result.output
    row = json.loads(result.stdout.splitlines()[0])
    assert row["dateline"] == "دمشق"
