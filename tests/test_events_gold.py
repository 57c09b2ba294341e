"""The conflict-event gold sets (eval/events/articles.jsonl and the blind second to ninth sets
eval/events2/articles.jsonl ... eval/events14/articles.jsonl) are well formed: every span's offsets
give its text, and every field holds an allowed value.  Reads only the JSONL files (fast), and the
first set's trigger list for the title rule of sets 3 to 10."""

import json
import re
import unicodedata
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parents[1] / "eval"
#: gold set -> (articles, the other gold sets it must not share an article with, most articles
#: without an event: accidents, a fire, a law, an aggregate, an opinion column the keyword filter
#: let through)
SETS = {"events": (25, ("entities", "quotes"), 2),
        "events2": (20, ("entities", "quotes", "events", "entities2"), 7),
        "events3": (20, ("entities", "quotes", "events", "entities2", "events2"), 1),
        "events4": (20, ("entities", "quotes", "events", "entities2", "events2", "events3"), 2),
        "events5": (20, ("entities", "quotes", "events", "entities2", "events2", "events3", "events4"), 2),
        # the sixth set: also the rhetoric set (gold.jsonl); 4 negatives: three executions (qisas)
        # and a reported tactic with no specific attack
        "events6": (20, ("entities", "quotes", "events", "entities2", "events2", "events3", "events4",
                         "events5", "rhetoric"), 4),
        # the seventh set: as the sixth, plus the sixth; 1 negative (a law on force-feeding prisoners)
        "events7": (20, ("entities", "quotes", "events", "entities2", "events2", "events3", "events4",
                         "events5", "events6", "rhetoric"), 1),
        # the eighth set: as the seventh, plus the seventh; 1 negative (an opinion column on suicide
        # bombers in mosques, naming no event)
        "events8": (20, ("entities", "quotes", "events", "entities2", "events2", "events3", "events4",
                         "events5", "events6", "events7", "rhetoric"), 1),
        # the ninth set: as the eighth, plus the eighth; 2 negatives (a bear attack in Yellowstone and
        # an earthquake in Pakistan)
        "events9": (20, ("entities", "quotes", "events", "entities2", "events2", "events3", "events4",
                         "events5", "events6", "events7", "events8", "rhetoric"), 2),
        # the tenth set: as the ninth, plus the ninth; 2 negatives (the UN's monthly toll for Iraq and a
        # bus crash in Sudan)
        "events10": (20, ("entities", "quotes", "events", "entities2", "events2", "events3", "events4",
                          "events5", "events6", "events7", "events8", "events9", "rhetoric"), 2),
        # the eleventh set: as the tenth, plus the tenth, no date window; 2 negatives (a poem on a
        # hanging and a road accident)
        "events11": (20, ("entities", "quotes", "events", "entities2", "events2", "events3", "events4",
                          "events5", "events6", "events7", "events8", "events9", "events10", "rhetoric"), 2),
        "events12": (20, ("entities", "quotes", "events", "entities2", "events2", "events3", "events4",
                          "events5", "events6", "events7", "events8", "events9", "events10", "events11",
                          "rhetoric"), 2),
        # the thirteenth set: as the twelfth, plus the twelfth; 11 of its articles over the earlier
        # 2,500-character cap (the pool under it ran dry); 5 negatives (no event of armed conflict)
        "events13": (20, ("entities", "quotes", "events", "entities2", "events2", "events3", "events4",
                          "events5", "events6", "events7", "events8", "events9", "events10", "events11",
                          "events12", "rhetoric"), 5),
        # the fourteenth set: as the thirteenth, plus the thirteenth; drawn after the pool ran dry by a
        # second stage (no trigger in the title, five distinct trigger words in the text); 1 negative
        "events14": (20, ("entities", "quotes", "events", "entities2", "events2", "events3", "events4",
                          "events5", "events6", "events7", "events8", "events9", "events10", "events11",
                          "events12", "events13", "rhetoric"), 1)}

TAXONOMY = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Air/drone strike", "Shelling/artillery/missile attack", "Suicide bomb",
                                   "Remote explosive/landmine/IED", "Grenade", "Chemical weapon"},
    "Violence against civilians": {"Attack", "Abduction/forced disappearance", "Sexual violence"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}
STATUSES = {"actual", "claimed", "denied", "threatened", "called_for", "planned", "hypothetical"}
DATE_SOURCES = {"text", "published", "world"}
ARTICLE_KEYS = {"id", "source", "url", "published", "title", "text", "events"}
EVENT_KEYS = {"id", "event_type", "sub_event_type", "status", "trigger", "location", "date",
              "time_precision", "date_source", "actor1", "actor2", "fatalities", "background"}
LOCATION_KEYS = {"text", "start", "end", "name_en", "lat", "lon", "country", "geo_precision", "coord_source"}
DATE_RE = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")


def load(name):
    with (EVAL / name / "articles.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


GOLD = {name: load(name) for name in SETS}
ALL = [(name, a) for name, arts in GOLD.items() for a in arts]


PROCLITICS = "وفبلك"


def _wordy(ch):
    return unicodedata.category(ch)[0] in "LMN"


def check_span(text, span, what):
    assert isinstance(span["text"], str) and span["text"], what
    s, e = span["start"], span["end"]
    assert isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text), what
    assert text[s:e] == span["text"], (what, span["text"], text[s:e])
    # the span ends at a word end, and starts at a word start or after proclitic letters only
    assert e == len(text) or not _wordy(text[e]) or not _wordy(text[e - 1]), (what, text[s:e + 3])
    if s > 0 and _wordy(text[s - 1]) and _wordy(text[s]):
        w = s
        while w > 0 and _wordy(text[w - 1]):
            w -= 1
        assert all(ch in PROCLITICS for ch in text[w:s]), (what, text[w:e])


@pytest.mark.parametrize("name", SETS)
def test_articles(name):
    articles = GOLD[name]
    assert len(articles) == SETS[name][0]
    ids = [a["id"] for a in articles]
    assert len(set(ids)) == len(ids)
    for a in articles:
        assert set(a) == ARTICLE_KEYS, a["id"]
        assert re.fullmatch(r"snn-\d{5}", a["id"])
        assert int(a["id"][4:]) >= 5000  # the benchmarks read the first 5,000 records
        assert 400 <= len(a["text"]) <= (4500 if name == "events13" else 2500)  # (see SETS)
        assert re.match(r"2015-0[78]-\d\d", a["published"])
        assert isinstance(a["events"], list)
    # at most 3 per outlet
    per = {}
    for a in articles:
        per[a["source"]] = per.get(a["source"], 0) + 1
    assert max(per.values()) <= 3


@pytest.mark.parametrize("name", SETS)
def test_no_overlap_with_other_gold_sets(name):
    for other_name in SETS[name][1]:
        path = EVAL / other_name / "articles.jsonl"
        if not path.exists():
            path = EVAL / other_name / "gold.jsonl"  # the rhetoric set
        if path.exists():
            with path.open(encoding="utf-8") as f:
                other = {json.loads(line)["id"] for line in f if line.strip()}
            assert not other & {a["id"] for a in GOLD[name]}, other_name


@pytest.mark.parametrize("name,article", ALL, ids=[f"{n}:{a['id']}" for n, a in ALL])
def test_events(name, article):
    text = article["text"]
    seen = set()
    for k, ev in enumerate(article["events"], 1):
        what = ev.get("id")
        assert ev["id"] == f"{article['id']}-e{k}"
        assert EVENT_KEYS <= set(ev) <= EVENT_KEYS | {"note"}, what
        assert ev["event_type"] in TAXONOMY, what
        assert ev["sub_event_type"] in TAXONOMY[ev["event_type"]], what
        assert ev["status"] in STATUSES, what
        check_span(text, ev["trigger"], what)
        assert set(ev["trigger"]) == {"text", "start", "end"}, what

        loc = ev["location"]
        if loc is not None:
            assert LOCATION_KEYS <= set(loc) <= LOCATION_KEYS | {"inferred"}, what
            if loc.get("inferred"):
                assert loc["inferred"] is True, what
            if loc["text"] is None:
                assert loc.get("inferred") is True and loc["start"] is None and loc["end"] is None, what
            else:
                check_span(text, loc, what)
            assert isinstance(loc["name_en"], str) and loc["name_en"], what
            assert isinstance(loc["country"], str) and loc["country"], what
            assert isinstance(loc["coord_source"], str) and loc["coord_source"], what
            assert -90 <= loc["lat"] <= 90 and -180 <= loc["lon"] <= 180, what
            assert loc["geo_precision"] in (1, 2, 3), what

        if ev["date"] is None:
            assert ev["time_precision"] is None and ev["date_source"] is None, what
            assert ev["status"] != "actual", what
        else:
            assert DATE_RE.fullmatch(ev["date"]), what
            assert ev["time_precision"] in (1, 2, 3), what
            assert ev["date_source"] in DATE_SOURCES, what
            if ev["time_precision"] == 1:
                assert len(ev["date"]) == 10, what
            if len(ev["date"]) < 10:
                assert ev["time_precision"] == 3, what
            if ev["status"] == "actual" and not ev["background"]:
                assert ev["date"][:10] <= article["published"][:10], what

        for role in ("actor1", "actor2"):
            a = ev[role]
            if a is not None:
                assert set(a) == {"text", "start", "end", "name_en"}, what
                check_span(text, a, what)
                assert isinstance(a["name_en"], str) and a["name_en"], what

        fat = ev["fatalities"]
        if isinstance(fat, list):
            assert len(fat) == 2 and all(isinstance(x, int) for x in fat) and 0 <= fat[0] <= fat[1], what
        else:
            assert fat is None or (isinstance(fat, int) and not isinstance(fat, bool) and fat >= 0), what
        assert isinstance(ev["background"], bool), what
        if "note" in ev:
            assert isinstance(ev["note"], str) and ev["note"], what
        # (one report may be two records against two targets: set 10's drone strikes on the Taliban
        #  and on IS at one place, told by one «غارات جوية»)
        key = (ev["sub_event_type"], ev["trigger"]["start"], loc["name_en"] if loc else None,
               (ev.get("actor2") or {}).get("name_en"))
        assert key not in seen, what  # no duplicate records
        seen.add(key)


@pytest.mark.parametrize("name", SETS)
def test_counts(name):
    events = [e for a in GOLD[name] for e in a["events"]]
    assert len(events) >= 25
    assert sum(1 for a in GOLD[name] if not a["events"]) <= SETS[name][2]


@pytest.mark.parametrize("name", ("events3", "events4", "events5", "events6", "events7", "events8", "events9",
                                  "events10", "events11", "events12", "events13"))
def test_titles_have_a_trigger(name):
    """The third set's extra selection rule (kept by the fourth to ninth): a trigger word of the
    first set in the title (kept by the fourth to eleventh sets)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("events1_select", EVAL / "events" / "select_articles.py")
    set1 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(set1)
    for a in GOLD[name]:
        assert any(k in a["title"] for k in set1.TRIGGERS), a["id"]


@pytest.mark.parametrize("name", ("events6", "events7", "events8", "events9", "events10", "events11",
                                  "events12", "events13", "events14"))
def test_not_in_rhetoric_samples(name):
    """The sixth set's extra skip (kept by the seventh to eleventh): no article whose marsad (rhetoric) output
    was read by hand (every snn- id named in eval/rhetoric/*.txt)."""
    named = set()
    for path in (EVAL / "rhetoric").glob("*.txt"):
        named |= set(re.findall(r"snn-\d{5}", path.read_text(encoding="utf-8")))
    assert named  # the samples are there
    assert not named & {a["id"] for a in GOLD[name]}


def test_yemen_cap_events9():
    """The ninth set's diversity rule: at most 8 articles whose title is about Yemen (the selection
    script's ``yemen_title``, decided from the title only)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("events9_select", EVAL / "events9" / "select_articles.py")
    set9 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(set9)
    assert set9.yemen_title("اليمن .. مقتل 3 في انفجار قنبلة في صنعاء")
    assert not set9.yemen_title("اختطاف أربعة إيطاليين في ليبيا")
    for name in ("events9", "events10", "events11", "events12", "events13", "events14"):
        assert sum(set9.yemen_title(a["title"]) for a in GOLD[name]) <= set9.MAX_YEMEN, name
