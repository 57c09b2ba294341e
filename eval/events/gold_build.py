"""The offset machinery of the conflict-event gold sets (eval/events, eval/events2): an annotation
written as ``ev(...)`` specs (see eval/events/build_gold.py) turned into events with code-point
offsets, failing loudly when a span is not found or cuts a word.  Each set's build_gold.py holds
its own annotations, places and selection and calls :func:`main`.
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

STATUSES = ("actual", "claimed", "denied", "threatened", "called_for", "planned", "hypothetical")
DATE_SOURCES = {"": "text", "p": "published", "w": "world"}

SUB_EVENTS: dict[str, tuple[str, str]] = {
    # Battles
    "AC": ("Battles", "Armed clash"),
    "GRT": ("Battles", "Government regains territory"),
    "NSO": ("Battles", "Non-state actor overtakes territory"),
    # Explosions/Remote violence
    "AIR": ("Explosions/Remote violence", "Air/drone strike"),
    "SHL": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "SB": ("Explosions/Remote violence", "Suicide bomb"),
    "IED": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "GRN": ("Explosions/Remote violence", "Grenade"),
    "CHEM": ("Explosions/Remote violence", "Chemical weapon"),
    # Violence against civilians
    "VAC": ("Violence against civilians", "Attack"),
    "ABD": ("Violence against civilians", "Abduction/forced disappearance"),
    "SEX": ("Violence against civilians", "Sexual violence"),
    # Protests
    "PP": ("Protests", "Peaceful protest"),
    "PWI": ("Protests", "Protest with intervention"),
    "EXF": ("Protests", "Excessive force against protesters"),
    # Riots
    "VDEM": ("Riots", "Violent demonstration"),
    "MOB": ("Riots", "Mob violence"),
    # Strategic developments
    "AGR": ("Strategic developments", "Agreement"),
    "ARR": ("Strategic developments", "Arrests"),
    "CHG": ("Strategic developments", "Change to group/activity"),
    "DWU": ("Strategic developments", "Disrupted weapons use"),
    "HQ": ("Strategic developments", "Headquarters or base established"),
    "LOOT": ("Strategic developments", "Looting/property destruction"),
    "NVT": ("Strategic developments", "Non-violent transfer of territory"),
    "OTH": ("Strategic developments", "Other"),
}


def ev(code: str, status: str, trigger: str, *, loc: str | None = None, date: str | None = None,
       a1: str | None = None, a2: str | None = None, fat=None, bg: bool = False,
       note: str | None = None) -> dict:
    return {"code": code, "status": status, "trigger": trigger, "loc": loc, "date": date,
            "a1": a1, "a2": a2, "fat": fat, "bg": bg, "note": note}


def occurrences(text: str, s: str) -> list[int]:
    out, i = [], text.find(s)
    while i >= 0:
        out.append(i)
        i = text.find(s, i + 1)
    return out


PROCLITICS = "وفبلك"


def _wordy(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LMN"


def clean(text: str, start: int, end: int) -> bool:
    """The span ends at a word end and starts at a word start or after proclitic letters only."""
    if end < len(text) and _wordy(text[end]) and _wordy(text[end - 1]):
        return False
    w = start
    while w > 0 and _wordy(text[w - 1]) and _wordy(text[start]):
        w -= 1
    return all(ch in PROCLITICS for ch in text[w:start])


def split_n(spec: str) -> tuple[str, int | None]:
    m = re.fullmatch(r"(.+?)#(\d+)", spec)
    return (m.group(1), int(m.group(2))) if m else (spec, None)


def find(text: str, spec: str, anchor: int | None, what: str) -> dict:
    s, n = split_n(spec)
    occ = occurrences(text, s)
    if not occ:
        raise ValueError(f"{what}: {s!r} not found")
    if n is not None:
        if n >= len(occ):
            raise ValueError(f"{what}: {s!r} has {len(occ)} occurrences, #{n} asked")
        start = occ[n]
    else:
        occ = [o for o in occ if clean(text, o, o + len(s))] or occ
        if anchor is None:
            start = occ[0]
        else:
            start = min(occ, key=lambda o: (abs(o - anchor), o > anchor))
    if not clean(text, start, start + len(s)):
        raise ValueError(f"{what}: {s!r} at {start} cuts a word")
    span = {"text": s, "start": start, "end": start + len(s)}
    if text[span["start"]:span["end"]] != s:
        raise AssertionError(f"{what}: offsets do not give {s!r}")
    return span


def parse_date(spec: str | None, what: str) -> dict:
    if spec is None:
        return {"date": None, "time_precision": None, "date_source": None}
    m = re.fullmatch(r"(\d{4}(?:-\d{2}(?:-\d{2})?)?)/([123])([pw]?)", spec)
    if not m:
        raise ValueError(f"{what}: bad date {spec!r}")
    return {"date": m.group(1), "time_precision": int(m.group(2)),
            "date_source": DATE_SOURCES[m.group(3)]}


def actor(text: str, spec: str | None, anchor: int, what: str) -> dict | None:
    if spec is None:
        return None
    if "=" not in spec:
        raise ValueError(f"{what}: actor {spec!r} has no English name")
    span, name = spec.split("=", 1)
    a = find(text, span, anchor, what)
    a["name_en"] = name
    return a


def location(text: str, spec: str | None, anchor: int, what: str, places: dict) -> dict | None:
    if spec is None:
        return None
    inferred = spec.startswith("~")
    span, key = spec.lstrip("~").rsplit("@", 1)
    if key not in places:
        raise ValueError(f"{what}: unknown place {key!r}")
    name_en, lat, lon, country, prec, source = places[key]
    if span:
        loc = find(text, span, anchor, what)
    elif inferred:
        loc = {"text": None, "start": None, "end": None}
    else:
        raise ValueError(f"{what}: a stated location needs its span")
    loc.update({"name_en": name_en, "lat": lat, "lon": lon, "country": country,
                "geo_precision": prec, "coord_source": source})
    if inferred:
        loc["inferred"] = True
    return loc


def annotate(aid: str, text: str, published: str, specs: list[dict], *, places: dict,
             sub_events: dict) -> list[dict]:
    events = []
    for k, e in enumerate(specs):
        what = f"{aid} event {k} ({e['trigger']})"
        if e["code"] not in sub_events:
            raise ValueError(f"{what}: unknown code {e['code']!r}")
        if e["status"] not in STATUSES:
            raise ValueError(f"{what}: unknown status {e['status']!r}")
        trig = find(text, e["trigger"], None, what)
        event_type, sub = sub_events[e["code"]]
        fat = e["fat"]
        if not (fat is None or (isinstance(fat, int) and fat >= 0)
                or (isinstance(fat, list) and len(fat) == 2 and 0 <= fat[0] <= fat[1])):
            raise ValueError(f"{what}: bad fatalities {fat!r}")
        out = {"event_type": event_type, "sub_event_type": sub, "status": e["status"],
               "trigger": trig,
               "location": location(text, e["loc"], trig["start"], what, places),
               **parse_date(e["date"], what),
               "actor1": actor(text, e["a1"], trig["start"], what),
               "actor2": actor(text, e["a2"], trig["start"], what),
               "fatalities": fat, "background": bool(e["bg"])}
        if e["note"]:
            out["note"] = e["note"]
        events.append(out)
    events.sort(key=lambda x: (x["trigger"]["start"], x["location"]["name_en"] if x["location"] else ""))
    for k, x in enumerate(events, 1):
        x["id"] = f"{aid}-e{k}"
    return [{"id": x.pop("id"), **x} for x in events]


def build(corpus: Path, *, select: Callable[[Path], list[dict]], annotations: dict, places: dict,
          sub_events: dict, show: bool = False) -> list[dict]:
    recs = {f"snn-{r['index']:05d}": r for r in select(corpus)}
    missing = set(recs) - set(annotations)
    if missing:
        raise ValueError(f"selected articles without annotations: {sorted(missing)}")
    out, errors = [], []
    for aid, rec in recs.items():
        text = rec["content"]
        try:
            events = annotate(aid, text, rec["date_extracted"], annotations[aid], places=places,
                              sub_events=sub_events)
        except (ValueError, AssertionError) as err:
            errors.append(str(err))
            continue
        out.append({"id": aid, "source": rec["source"], "url": rec["url"],
                    "published": rec["date_extracted"], "title": rec["title"], "text": text,
                    "events": events})
        if show:
            print(f"== {aid} {rec['source']} {rec['date_extracted']} {len(events)} events")
            for x in events:
                t = x["trigger"]
                ctx = text[max(0, t["start"] - 25):t["end"] + 25].replace("\n", " ")
                loc = x["location"]
                ls = (f"{loc['text']}@{loc['start']}->{loc['name_en']}{' (inf)' if loc.get('inferred') else ''}"
                      if loc else "-")
                a1 = f"{x['actor1']['text']}@{x['actor1']['start']}" if x["actor1"] else "-"
                a2 = f"{x['actor2']['text']}@{x['actor2']['start']}" if x["actor2"] else "-"
                print(f"  {x['id']} {x['sub_event_type']} [{x['status']}{' bg' if x['background'] else ''}]"
                      f" trig={t['text']}@{t['start']} …{ctx}… loc={ls} date={x['date']}/{x['time_precision']}"
                      f" a1={a1} a2={a2} fat={x['fatalities']}")
    if errors:
        raise SystemExit("annotation errors (articles.jsonl not written):\n  " + "\n  ".join(errors))
    return out


def main(*, out: Path, default_corpus: Path, select: Callable[[Path], list[dict]], annotations: dict,
         places: dict, sub_events: dict = SUB_EVENTS) -> None:
    """The command line of a set's build_gold.py: build and write ``out`` (``--corpus``, ``--show``)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=default_corpus)
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    arts = build(args.corpus, select=select, annotations=annotations, places=places, sub_events=sub_events,
                 show=args.show)
    with out.open("w", encoding="utf-8") as f:
        for a in arts:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    n = sum(len(a["events"]) for a in arts)
    print(f"{len(arts)} articles, {n} events -> {out}")
