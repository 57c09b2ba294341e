"""The rhetoric and framing layers through the store and the command line."""

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
    path = tmp_path_factory.mktemp("rhetoric") / "m.db"
    result = run("analyze", "--examples", "--db", path, "--quiet")
    assert result.exit_code == 0, result.output
    return path


def test_store_keeps_both_layers(db):
    with Store(db, readonly=True) as store:
        doc = store.document("000")
        assert {"rhetoric", "framing"} <= set(doc.layers)
        assert any("call_to_violence" in r["categories"] for r in doc.layer("rhetoric"))
        doc.check_offsets()
        rows = store.layer_rows("framing")
        assert [r["doc_id"] for r in rows] == ["000", "004"]


def test_cli_framing_table_and_csv(db, tmp_path):
    result = run("framing", "--db", db, "--entity", "داعش")
    assert result.exit_code == 0
    assert "الإرهابية" in result.output and "analysis" in result.output and "wire" in result.output
    out = tmp_path / "framing.csv"
    result = run("framing", "--db", db, "--entity", "Q2429253", "--format", "csv", "--out", out)
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    wire = {(r["kind"], r["form"], r["register"]) for r in rows if r["source"].startswith("wire")}
    assert ("designation", "الدولة الاسلامية", "self_designation") in wire
    assert not any(kind == "label" and reg == "pejorative" for kind, _, reg in wire)
    assert ("label", "الإرهابية", "pejorative") in {(r["kind"], r["form"], r["register"]) for r in rows}


def test_cli_show_prints_rhetoric(db):
    result = run("show", "000", "--db", db)
    assert result.exit_code == 0
    assert "rhetoric (quotations and reported speech)" in result.output and "IEDs" in result.output
    assert "framing (outlet: wire report" in result.output
