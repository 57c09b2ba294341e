"""Integrity of the second, blind entity gold set (eval/entities2/articles.jsonl).

Checks the annotation file only (offsets, types, allowed values, coordinates, disjointness from the
other gold sets); marsad's scores on it are reported by
``scripts/eval_entities.py --gold eval/entities2/articles.jsonl``, not asserted here.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "eval" / "entities2" / "articles.jsonl"
OTHER_GOLD = [ROOT / "eval" / d / "articles.jsonl" for d in ("entities", "quotes", "events", "rhetoric")]
TYPES = {"PER", "ORG", "LOC"}
KINDS = {"country", "region", "city", "site"}
NOTES = {"country/capital as government actor"}
RECORD_KEYS = {"id", "source", "url", "published", "title", "text", "mentions", "places"}
MENTION_KEYS = {"start", "end", "text", "type", "entity"}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    with GOLD.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def test_fifteen_articles_at_most_two_per_outlet(records):
    assert len(records) == 15
    assert len({r["id"] for r in records}) == 15
    assert max(Counter(r["source"] for r in records).values()) <= 2
    for r in records:
        assert set(r) == RECORD_KEYS, r["id"]
        assert r["id"].startswith("snn-") and int(r["id"][4:]) >= 5000, r["id"]
        assert r["text"] and 500 <= len(r["text"]) <= 2500, r["id"]
        assert r["published"][:4] == "2015" and len(r["published"]) == 10
        assert r["url"].startswith("http")


def test_disjoint_from_other_gold_sets(records):
    ids = {r["id"] for r in records}
    for path in OTHER_GOLD:
        if path.exists():
            with path.open(encoding="utf-8") as f:
                other = {json.loads(line)["id"] for line in f if line.strip()}
            assert not ids & other, path


def test_mentions_offsets_and_values(records):
    for r in records:
        text, prev_end = r["text"], -1
        assert r["mentions"], r["id"]
        assert r["mentions"] == sorted(r["mentions"], key=lambda m: m["start"]), r["id"]
        for m in r["mentions"]:
            assert MENTION_KEYS <= set(m) <= MENTION_KEYS | {"note"}, (r["id"], m)
            assert isinstance(m["start"], int) and isinstance(m["end"], int)
            assert 0 <= m["start"] < m["end"] <= len(text), (r["id"], m)
            assert text[m["start"]:m["end"]] == m["text"], (r["id"], m)
            assert m["type"] in TYPES, (r["id"], m)
            assert m["entity"].strip() == m["entity"] and m["entity"], (r["id"], m)
            assert m["text"] == m["text"].strip(), (r["id"], m)
            if "note" in m:
                assert m["note"] in NOTES and m["type"] == "LOC", (r["id"], m)
            assert m["start"] >= prev_end, f"overlapping mentions in {r['id']}: {m}"
            prev_end = m["end"]
            # a mention ends a word (no letter glued after it)
            if m["end"] < len(text):
                assert not ("\u0621" <= text[m["end"]] <= "\u064A"), (r["id"], m)


def test_entity_has_one_type(records):
    types: dict[str, set] = {}
    for r in records:
        for m in r["mentions"]:
            types.setdefault(m["entity"], set()).add(m["type"])
    assert all(len(t) == 1 for t in types.values()), {e: t for e, t in types.items() if len(t) > 1}


def test_places_coordinates(records):
    seen: dict[str, tuple] = {}
    for r in records:
        locs = {m["entity"] for m in r["mentions"] if m["type"] == "LOC"}
        assert set(r["places"]) == locs, r["id"]
        for name, p in r["places"].items():
            assert set(p) == {"lat", "lon", "kind"}, (r["id"], name)
            assert p["kind"] in KINDS, (r["id"], name)
            assert (p["lat"] is None) == (p["lon"] is None), (r["id"], name)
            if p["lat"] is not None:
                assert -90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180, (r["id"], name)
            # same place, same coordinates and kind in every article
            assert seen.setdefault(name, (p["lat"], p["lon"], p["kind"])) == (p["lat"], p["lon"], p["kind"]), name


def test_enough_annotations(records):
    types = Counter(m["type"] for r in records for m in r["mentions"])
    for t in TYPES:
        assert types[t] >= 30, t
    with_coords = sum(1 for r in records for p in r["places"].values() if p["lat"] is not None)
    assert with_coords >= 40
