"""Offset invariants of the rhetoric and framing layers on generated text (hypothesis)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.rhetoric.framing import find_framing
from marsad.rhetoric.stage import find_rhetoric

FRAGMENTS = ["اثأروا", "لدماء", "إخوانكم", "فأحكموا", "العبوات", "وانشروا", "القناصين", "وأغيروا", "بالمفخّخات",
             "سنثأر", "الصليبيين", "مجازر", "الاستشهاديين", "داعش", "الإرهابية", "«", "»", "\"", "،", ".", "\n",
             "ـ", "\u064b", "\u0651", "ﻻ", "قال", "المتحدث", " "]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=30), st.integers(0, 10), st.integers(0, 40))
def test_spans_obey_the_offset_invariant(pieces, a, b):
    text = " ".join(pieces)
    start = min(a, len(text))
    end = min(len(text), start + b)
    quote = {"start": start, "end": end, "text": text[start:end], "kind": "direct",
             "cue": {"start": 0, "end": 0, "text": ""}, "speaker": {"entity": "x", "name": "x"}}
    entity = {"id": "Q2429253", "type": "ORG", "name": "الدولة الإسلامية",
              "mentions": [{"start": i, "end": i + 4, "text": "داعش"} for i in range(len(text)) if text.startswith("داعش", i)]}
    for rec in find_rhetoric(text, quotes=[quote], entities=[entity]):
        assert start <= rec["start"] <= rec["end"] <= end
        for span in [rec, *rec["target"], *rec["methods"], *rec["cues"]]:
            assert text[span["start"]:span["end"]] == span["text"]
    for rec in find_framing(text, entities=[entity], quotes=[quote]):
        for span in rec["designations"] + rec["labels"]:
            assert text[span["start"]:span["end"]] == span["text"]
