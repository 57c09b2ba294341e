"""``marsad quotes``: quotations listed from the store, filtered by speaker or entity, CSV export."""

import csv
import io

import pytest
from click.testing import CliRunner

from marsad.cli import cli
from marsad.store import Store


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("quotes") / "m.db"
    result = run("analyze", "--examples", "--db", path, "--quiet")
    assert result.exit_code == 0, result.output
    return path


def test_store_quotes_filters(db):
    with Store(db, readonly=True) as store:
        every = store.quotes()
        by_name = store.quotes(speaker="المهاجر")
        naim = [r for r in every if (r["quote"]["speaker"] or {}).get("text") == "نبيل نعيم"]
        assert naim
        by_entity = store.quotes(entity=naim[0]["quote"]["speaker"]["entity"])
        texts = {r["doc_id"]: store.get(r["doc_id"])["text"] for r in every}
    assert len(every) > len(by_name) >= 6
    assert {r["doc_id"] for r in every} == {"000", "004"}
    assert [r["quote"]["text"] for r in by_entity] == [r["quote"]["text"] for r in naim]
    for r in every:  # offsets point into the stored text
        q = r["quote"]
        assert texts[r["doc_id"]][q["start"]:q["end"]] == q["text"]
    # a diacritic-insensitive speaker filter: «المتحدّث» written without the shadda
    assert store is not None
    with Store(db, readonly=True) as store:
        assert store.quotes(speaker="المتحدث")


def test_cli_quotes_table_and_csv(db, tmp_path):
    result = run("quotes", "--db", db, "--speaker", "نبيل نعيم")
    assert result.exit_code == 0, result.output
    assert "نبيل" in result.output and "1 quote(s)" in result.output
    result = run("quotes", "--db", db, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert len(rows) >= 8
    assert {"speaker", "speaker_entity", "cue", "text", "addressee", "medium"} <= rows[0].keys()
    out = tmp_path / "q.csv"
    result = run("quotes", "--db", db, "--entity", "nope", "--format", "csv", "--out", out)
    assert result.exit_code == 0
    assert out.read_text(encoding="utf-8").splitlines()[0].startswith("doc_id,")
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1


def test_cli_quotes_without_db(tmp_path):
    result = CliRunner().invoke(cli, ["quotes", "--db", str(tmp_path / "none.db")])
    assert result.exit_code != 0
