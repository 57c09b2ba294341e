"""Reports of one event by several articles merged into one row (``marsad.events.across``)."""

import csv
import io
import json

from click.testing import CliRunner

import marsad
from marsad.cli import cli
from marsad.events.across import merge_reports, same_event

ARTICLES = [
    {"id": "okaz-1", "source": "okaz", "published": "2015-07-27",
     "text": "شنت طائرات التحالف العربي أمس غارات جوية على مواقع للحوثيين في مدينة صعدة، "
             "ما أدى إلى مقتل 12 من المتمردين بحسب مصادر محلية."},
    {"id": "riyadh-1", "source": "alriyadh", "published": "2015-07-27",
     "text": "قالت مصادر يمنية إن مقاتلات التحالف العربي قصفت أمس مواقع الحوثيين في صعدة بعدة غارات جوية، "
             "وقتل 15 متمردا."},
    {"id": "watan-1", "source": "alwatan", "published": "2015-07-27",
     "text": "وشنت طائرات التحالف العربي يوم الثلاثاء الماضي غارات جوية على مواقع للحوثيين في مدينة تعز."},
]


def rows():
    out = []
    for a in ARTICLES:
        d = marsad.analyze(a).to_dict()
        out += [{"doc_id": d["id"], "published": d["published"], "source": d["source"], "url": None, "event": e}
                for e in d["events"] if not e["background"]]
    return out


def test_two_outlets_reporting_one_air_strike_are_one_event():
    merged = merge_reports(rows())
    saada = [r for r in merged if (r["event"]["location"] or {}).get("name_en", "").startswith("Sa")]
    assert len(saada) == 1, [(r["event"]["location"], r["event"]["date"]) for r in merged]
    e = saada[0]["event"]
    assert e["sub_event_type"] == "Air/drone strike" and e["date"] == "2015-07-26"
    assert e["sources"] == ["okaz-1", "riyadh-1"] and saada[0]["sources"] == ["okaz", "alriyadh"]
    assert [r["doc_id"] for r in e["reports"]] == ["okaz-1", "riyadh-1"]
    assert e["fatalities"] == 15  # the largest count reported
    # the strike on Taiz a week earlier is another event
    assert any((r["event"]["location"] or {}).get("name_en") == "Taiz" for r in merged)


def test_same_event_needs_type_place_and_date_to_agree():
    a = {"event_type": "Battles", "sub_event_type": "Armed clash", "status": "actual", "background": False,
         "location": {"entity": "gn:1", "lat": 15.0, "lon": 44.0, "geo_precision": 1},
         "date": "2015-07-26", "evidence": {"date_rule": "date.sentence"}, "actor1": None}
    near = dict(a, location={"entity": "gn:2", "lat": 15.1, "lon": 44.05, "geo_precision": 1})
    far = dict(a, location={"entity": "gn:3", "lat": 16.0, "lon": 44.0, "geo_precision": 1})
    next_week = dict(a, date="2015-08-02")
    undated = dict(a, date="2015-07-27", evidence={"date_rule": "date.published"})
    assert same_event(a, near) and not same_event(a, far) and not same_event(a, next_week)
    assert same_event(a, undated, published_b="2015-07-27")
    assert not same_event(a, dict(a, status="claimed"))
    country = dict(a, location={"entity": "Q805", "lat": 15.0, "lon": 48.0, "geo_precision": 3})
    assert not same_event(country, country)  # a whole country: only with the same actor1
    with_actor = dict(country, actor1={"entity": "cur:houthis"})
    assert same_event(with_actor, with_actor)


def test_export_merges_reports_unless_asked_per_report(tmp_path):
    src = tmp_path / "a.jsonl"
    src.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    db = tmp_path / "m.db"
    run = CliRunner().invoke
    assert run(cli, ["analyze", str(src), "--db", str(db), "--quiet"]).exit_code == 0
    merged = list(csv.DictReader(io.StringIO(run(cli, ["export", "--db", str(db)]).output)))
    per = list(csv.DictReader(io.StringIO(run(cli, ["export", "--db", str(db), "--per-report"]).output)))
    assert len(merged) == len(per) - 1
    assert any(r["source"] == "okaz; alriyadh" for r in merged)
    table = run(cli, ["events", "--db", str(db), "--merge"]).output
    assert "2 event(s)" in table and "sourc" in table  # (a narrow terminal folds the header)
    assert "3 event(s)" in run(cli, ["events", "--db", str(db)]).output
