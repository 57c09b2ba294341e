"""Integrity of the hand-annotated entity gold set (eval/entities/articles.jsonl).

Checks the annotation file only (offsets, types, coordinates); marsad's scores on it are reported
by scripts/eval_entities.py, not asserted here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parents[1] / "eval" / "entities" / "articles.jsonl"
LETTERS = "\u0621-\u064A"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    with GOLD.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def test_twenty_articles_from_five_outlets(records):
    assert len(records) == 20
    assert len({r["id"] for r in records}) == 20
    assert len({r["source"] for r in records}) >= 5
    for r in records:
        assert r["text"] and len(r["text"]) <= 2600
        assert r["published"][:4] == "2015" and len(r["published"]) == 10
        assert r["url"].startswith("http")


def test_mentions_offsets_and_types(records):
    for r in records:
        text, prev_end = r["text"], -1
        assert r["mentions"], r["id"]
        for m in sorted(r["mentions"], key=lambda m: m["start"]):
            assert 0 <= m["start"] < m["end"] <= len(text), (r["id"], m)
            assert text[m["start"]:m["end"]] == m["text"], (r["id"], m)
            assert m["type"] in {"PER", "ORG", "LOC"}, (r["id"], m)
            assert m["entity"].strip(), (r["id"], m)
            assert m["text"] == m["text"].strip(), (r["id"], m)
            assert m["start"] >= prev_end, f"overlapping mentions in {r['id']}: {m}"
            prev_end = m["end"]
            # a mention ends a word (no letter glued after it)
            if m["end"] < len(text):
                assert not ("\u0621" <= text[m["end"]] <= "\u064A"), (r["id"], m)


def test_entity_has_one_type_per_article(records):
    for r in records:
        types: dict[str, set] = {}
        for m in r["mentions"]:
            types.setdefault(m["entity"], set()).add(m["type"])
        assert all(len(t) == 1 for t in types.values()), r["id"]


def test_places_coordinates(records):
    for r in records:
        locs = {m["entity"] for m in r["mentions"] if m["type"] == "LOC"}
        assert set(r["places"]) == locs, r["id"]
        for name, p in r["places"].items():
            assert p["kind"] in {"country", "region", "city", "site"}, (r["id"], name)
            assert (p["lat"] is None) == (p["lon"] is None), (r["id"], name)
            if p["lat"] is not None:
                assert -90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180, (r["id"], name)
    # same place, same coordinates in every article
    seen: dict[str, tuple] = {}
    for r in records:
        for name, p in r["places"].items():
            assert seen.setdefault(name, (p["lat"], p["lon"])) == (p["lat"], p["lon"]), name


def test_enough_annotations(records):
    types = [m["type"] for r in records for m in r["mentions"]]
    for t in ("PER", "ORG", "LOC"):
        assert types.count(t) >= 30, t
    with_coords = sum(1 for r in records for p in r["places"].values() if p["lat"] is not None)
    assert with_coords >= 50
