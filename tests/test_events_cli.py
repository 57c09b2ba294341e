"""Events in the store and the shells: ``Store.events``, ``marsad events``, ``marsad export --format acled``."""

import csv
import io

import pytest
from click.testing import CliRunner

from marsad.cli import cli
from marsad.export import ACLED_COLUMNS
from marsad.store import Store


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("events") / "m.db"
    result = run("analyze", "--examples", "--db", path, "--quiet")
    assert result.exit_code == 0, result.output
    return path


def test_store_events_filters(db):
    with Store(db, readonly=True) as store:
        every = store.events()
        with_bg = store.events(background=True)
        air = store.events(type="air/drone")
        sdf = store.events(actor="قسد")
        sdf_en = store.events(actor="Syrian Democratic")
        texts = {r["doc_id"]: store.get(r["doc_id"])["text"] for r in every}
        stats = store.stats()
    assert {r["doc_id"] for r in every} == {"000", "004"}
    assert len(with_bg) > len(every) and not any(r["event"]["background"] for r in every)
    assert [r["event"]["sub_event_type"] for r in air] == ["Air/drone strike"]
    assert sdf and {r["doc_id"] for r in sdf_en} == {"000", "004"}
    assert stats["events"] == len(with_bg)
    for r in every:
        e = r["event"]
        assert texts[r["doc_id"]][e["trigger"]["start"]:e["trigger"]["end"]] == e["trigger"]["text"]


def test_events_command_lists_and_filters(db):
    result = run("events", "--db", db, "--type", "Shelling")
    assert result.exit_code == 0
    assert "1 event(s)" in result.output and "Syrian" in result.output


def test_export_acled_csv(db, tmp_path):
    out = tmp_path / "acled.csv"
    result = run("export", "--db", db, "--format", "acled", "--out", out)
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert tuple(rows[0].keys()) == ACLED_COLUMNS
    assert all(r["notes"] and "Evidence: «" in r["notes"] for r in rows)
    camp = [r for r in rows if r["location"] == "Baghouz camp" and r["sub_event_type"].startswith("Non-state")]
    assert len(camp) == 1
    c = camp[0]
    assert (c["event_date"], c["time_precision"], c["actor1"], c["inter1"], c["country"], c["admin1"]) == (
        "2019-03-19", "1", "Syrian Democratic Forces", "2", "Syria", "Deir ez-Zor")
    christchurch = [r for r in rows if r["location"] == "Christchurch"]
    assert christchurch[0]["fatalities"] == "50" and christchurch[0]["inter2"] == "7"
    # only actual events by default; --all-statuses adds the calls
    everything = run("export", "--db", db, "--all-statuses")
    assert everything.output.count("\n") > len(rows) + 1
