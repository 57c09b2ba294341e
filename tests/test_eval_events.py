"""scripts/eval_events.py on a tiny synthetic gold file: matching rules and the figures it prints."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "eval_events.py"


@pytest.fixture(scope="module")
def ev():
    spec = importlib.util.spec_from_file_location("eval_events", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


BAGHOUZ = {"lat": 34.47, "lon": 40.94}
ALBUKAMAL = {"lat": 34.45, "lon": 40.92}   # ~3 km away
HAJIN = {"lat": 34.69, "lon": 40.83}       # ~26 km away


def gold_event(**kw):
    base = {"event_type": "Battles", "sub_event_type": "Armed clash", "status": "actual",
            "trigger": {"text": "x", "start": 0, "end": 1}, "location": dict(BAGHOUZ), "date": "2019-03-20",
            "time_precision": 1, "actor1": {"text": "قسد", "start": 10, "end": 13, "name_en": "SDF"},
            "actor2": None, "fatalities": None, "background": False}
    base.update(kw)
    return base


def sys_event(**kw):
    base = {"event_type": "Battles", "sub_event_type": "Armed clash", "status": "actual", "background": False,
            "trigger": {"start": 0, "end": 1, "text": "x"}, "location": dict(BAGHOUZ), "date": "2019-03-20",
            "actor1": {"entity": "cur:sdf", "name_en": "Syrian Democratic Forces", "start": 10, "end": 13, "text": "قسد"},
            "fatalities": None}
    base.update(kw)
    return base


def test_place_date_and_actor_rules(ev):
    assert ev.place_km(None, None) == 0.0 and ev.place_km(BAGHOUZ, None) is None
    assert ev.place_km(BAGHOUZ, ALBUKAMAL) < 25 < ev.place_km(BAGHOUZ, HAJIN)
    assert ev.date_ok("2019-03-20", "2019-03") and ev.date_ok("2019-03-20", "2019")
    assert not ev.date_ok("2019-03", "2019-03-20") and not ev.date_ok("2019-03-21", "2019-03-20")
    gold_actor = {"start": 10, "end": 13, "name_en": "SDF"}
    assert ev.actor_ok({"start": 11, "end": 20}, gold_actor)
    assert ev.actor_ok({"entity": "cur:sdf", "start": 50, "end": 60},
                       gold_actor, [{"id": "cur:sdf", "mentions": [{"start": 10, "end": 13}]}])
    assert not ev.actor_ok({"entity": "Q1", "start": 50, "end": 60, "name_en": "Islamic State"}, gold_actor)
    assert ev.actor_ok(None, None) and not ev.actor_ok(None, gold_actor)
    assert ev.fatalities_ok([10, 15], [10, 15]) and not ev.fatalities_ok(10, [10, 15])


def test_score_greedy_one_to_one(ev):
    articles = [{"id": "a", "published": "2019-03-21", "text": "...", "events": [
        gold_event(),                                                   # matched (same place, date)
        gold_event(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                   location=dict(HAJIN), actor1=None, fatalities=3),  # missed: system place 26 km off
        gold_event(background=True, date="2014"),                       # background: not scored
    ]}, {"id": "b", "published": "2019-03-21", "text": "...", "events": [
        gold_event(date="2019-03", time_precision=3, status="claimed", location=None),
    ]}]
    predictions = {
        "a": {"entities": [], "events": [
            sys_event(location=dict(ALBUKAMAL), sub_event_type="Non-state actor overtakes territory"),
            sys_event(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike", actor1=None),
            sys_event(date="2014", background=True),                     # system background: not scored
        ]},
        "b": {"entities": [], "events": [
            sys_event(date="2019-03-02", location=None, status="actual"),   # matched at month precision
            sys_event(date="2019-03-05", location=None),                    # one-to-one: a false alarm
        ]},
    }
    res = ev.score(articles, predictions)
    assert (res["gold"], res["system"], res["matched"]) == (3, 4, 2)
    assert res["precision"] == pytest.approx(0.5) and res["recall"] == pytest.approx(2 / 3)
    assert res["sub_event_type"] == pytest.approx(0.5)   # one pair has the wrong sub-event type
    assert res["actor1"] == pytest.approx(1.0)
    assert res["status"] == pytest.approx(0.5)
    assert res["by_type"]["Battles"]["matched"] == 2
    assert res["by_type"]["Explosions/Remote violence"]["recall"] == 0.0
    misses = [e["sub_event_type"] for err in res["errors"] for e in err["misses"]]
    assert misses == ["Air/drone strike"]


def test_main_runs_on_a_gold_file(ev, tmp_path, capsys):
    text = "قُتل أربعة من عناصر القوات المسلحة المصرية إثر انفجار عبوة ناسفة في مدينة العريش أمس."
    start = text.index("انفجار")
    gold = {"id": "g1", "published": "2015-07-24", "text": text, "events": [{
        "event_type": "Explosions/Remote violence", "sub_event_type": "Remote explosive/landmine/IED",
        "status": "actual", "trigger": {"text": "انفجار", "start": start, "end": start + 6},
        "location": {"text": "العريش", "start": 0, "end": 0, "name_en": "Arish", "lat": 31.13, "lon": 33.80,
                     "country": "EG", "geo_precision": 1},
        "date": "2015-07-23", "time_precision": 1, "actor1": None, "actor2": None, "fatalities": 4,
        "background": False}]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "scores.json"
    assert ev.main(["--gold", str(path), "--show", "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "precision 1.000  recall 1.000  F1 1.000" in printed
    scores = json.loads(out.read_text(encoding="utf-8"))
    assert scores["fatalities"] == 1.0 and scores["matched"] == 1


def test_actor_ok_accepts_acled_crowds_and_same_country_forces(ev):
    actor_ok = ev.actor_ok
    crowd = {"name_en": "Protesters (United States)", "text": "المظاهرات", "rule": "actor.crowd", "category": "Protesters"}
    assert actor_ok(crowd, {"name_en": "protesters", "text": "المحتجين"})
    assert actor_ok(crowd, None)
    assert not actor_ok({"name_en": "Islamic State", "text": "داعش", "rule": "actor.entity"}, None)
    forces = {"name_en": "Military Forces of Turkey", "text": "الطائرات التركية", "category": "State forces"}
    assert actor_ok(forces, {"name_en": "Turkish Air Force", "text": "المقاتلات التركية"})
    assert not actor_ok(forces, {"name_en": "PKK", "text": "حزب العمال الكردستاني"})
    saudi = {"name_en": "Saudi Arabian Armed Forces", "text": "القوات المسلحة السعودية", "category": "State forces"}
    assert actor_ok(saudi, {"name_en": "Saudi Armed Forces (artillery)", "text": "المدفعية السعودية"})
