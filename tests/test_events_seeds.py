"""Issue 7, "What it must show", events part: the two seed articles (no seed-specific rules)."""

from __future__ import annotations

import json

import pytest

import marsad
from marsad.cli import examples_path


@pytest.fixture(scope="module")
def seeds() -> dict[str, list[dict]]:
    out = {}
    with open(examples_path(), encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            doc = marsad.analyze(rec)
            doc.check_offsets()
            out[rec["id"]] = doc.to_dict()["events"]
    return out


def find(events, sub, *, status=None, place=None, date=None):
    return [e for e in events if e["sub_event_type"] == sub and (status is None or e["status"] == status)
            and (place is None or (e["location"] or {}).get("name_en") == place)
            and (date is None or e["date"] == date)]


def test_000_coalition_air_strikes_on_baghouz(seeds):
    [e] = find(seeds["000"], "Air/drone strike", status="actual")
    assert e["actor1"]["name_en"] == "Global Coalition to Defeat ISIS"
    assert e["location"]["entity"] == "cur:baghouz" and e["location"]["admin1"] == "Deir ez-Zor"


def test_000_sdf_shelling_of_baghouz(seeds):
    [e] = find(seeds["000"], "Shelling/artillery/missile attack", status="actual")
    assert e["actor1"]["entity"] == "cur:sdf" and e["location"]["entity"] == "cur:baghouz"
    assert "SDF" in e["notes_en"] or "Syrian Democratic Forces shelled" in e["notes_en"]


def test_000_sdf_isis_battle_at_baghouz_is_actual(seeds):
    battles = find(seeds["000"], "Armed clash", status="actual")
    at_baghouz = [e for e in battles if (e["location"] or {}).get("entity") == "cur:baghouz" and not e["background"]]
    assert at_baghouz
    e = at_baghouz[0]
    assert {e["actor1"]["entity"], e["actor2"]["entity"]} == {"cur:sdf", "Q2429253"}


def test_000_christchurch_attack(seeds):
    [e] = find(seeds["000"], "Attack", status="actual")
    assert e["event_type"] == "Violence against civilians"
    assert e["location"]["name_en"] == "Christchurch" and e["location"]["country"] == "NZ"
    assert (e["date"], e["time_precision"], e["fatalities"]) == ("2019-03-15", 1, 50)
    assert e["actor2"]["name_en"] == "Civilians"
    assert len(e["mentions"]) == 2  # «الهجوم المسلّح» and «مجزرة»: one event


def test_000_isis_calls_are_called_for_never_actual(seeds):
    evs = seeds["000"]
    called = {(e["weapon"], e["trigger"]["text"]) for e in evs if e["status"] == "called_for"}
    weapons = {w for w, _ in called}
    assert {"ied", "sniper", "car_bomb"} <= weapons
    # the quoted call «فأحكموا العبوات وانشروا القناصين وأغيروا عليهم بالمفخّخات» (with the report's
    # paraphrase of the same call, «بالعبوات الناسفة والقناصة والمفخخات», one event per weapon)
    mentioned = {m["text"] for e in evs if e["status"] == "called_for" for m in e["mentions"]}
    assert {"العبوات", "القناصين", "بالمفخّخات"} <= mentioned
    for e in evs:
        if e["weapon"] in ("ied", "sniper", "car_bomb"):
            assert e["status"] == "called_for", e["trigger"]
    calls = [e for e in evs if e["status"] == "called_for" and e["weapon"]]
    assert all(e["actor1"]["name_en"] == "Islamic State" for e in calls)


def test_000_background_offensive_since_september(seeds):
    bg = [e for e in seeds["000"] if e["background"]]
    assert [e["date"] for e in bg] == ["2018-09", "2014"]  # «منذ أيلول/سبتمبر», «في العام 2014»
    assert all(e["status"] == "actual" for e in bg)


def test_004_sdf_takes_baghouz_and_the_camp(seeds):
    evs = seeds["004"]
    [town] = find(evs, "Non-state actor overtakes territory", place="Baghuz Fawqani", date="2019-03-20")
    [camp] = find(evs, "Non-state actor overtakes territory", place="Baghouz camp", date="2019-03-19")
    for e in (town, camp):
        assert e["actor1"]["entity"] == "cur:sdf" and e["status"] == "actual" and e["time_precision"] == 1
    # «أعلنت ... سيطرتها», «إحكام سيطرتها، أمس الأربعاء 20 مارس» and «باتت بالكامل في قبضة «قسد»»
    assert [m["text"] for m in town["mentions"]] == ["سيطرتها", "إحكام سيطرتها", "في قبضة"]
    assert camp["notes_en"] == "On 19 March 2019, Syrian Democratic Forces took control of Baghouz camp (Deir ez-Zor, Syria)."

