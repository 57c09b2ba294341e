"""Score marsad's events layer on hand-annotated articles (default ``eval/events/articles.jsonl``).

    python scripts/eval_events.py [--gold eval/events/articles.jsonl] [--show] [--json OUT]

Gold: one article per line ``{id, published, text, events: [...]}``; each gold event has
``event_type, sub_event_type, status, trigger, location {lat, lon, ...} | null, date (YYYY-MM-DD |
YYYY-MM | YYYY), time_precision, actor1 {text, start, end, name_en} | null, actor2, fatalities
(int | [lo, hi] | null), background``.  Each article goes through ``marsad.analyze(record)``.

Matching: gold events marked ``background`` and system events marked ``background`` are left
out.  A system event matches a gold event when the event types are equal, the places are within
25 km (haversine; both null also counts) and the dates are equal at the gold's precision (the
system date starts with the gold date string); pairs are taken greedily (nearest place, then
same sub-event type, then nearest trigger), one to one.  Printed: precision, recall and F1 of
type + location + date, overall and per event type; of the matched pairs, the share with the right
sub-event type, the right actor1 (the system actor1's span overlaps the gold actor1 span, or one
of that entity's mentions does, or the English names agree, or both name the actor with the same
Arabic words, one possibly inside the other, at different mentions, or both are state forces of
the same country: ACLED names every unit of a state's military «Military Forces of X», so the
system's state-forces actor of country X matches a gold force («المدفعية السعودية», "Iraqi security
forces") whose Arabic words carry X's nisba or whose English name starts with X's name; ACLED's
unnamed crowd «Protesters (X)» / «Rioters (X)» matches a gold "protesters" / "rioters" or no gold
actor; both null counts as right), the
right status and the right fatalities.  A second line scores whole-country places (geo precision
3 on both sides) as matching when their country is the same, since the gold's country centre
points (Google DSPL centroids) and the KB's (World Factbook) lie 50-250 km apart.  ``--show`` lists misses and false alarms per article.
Deterministic; nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from marsad.entities.geocode import haversine_km

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = ROOT / "eval" / "events" / "articles.jsonl"
MAX_KM = 25.0


def place_km(sys_loc: Mapping[str, Any] | None, gold_loc: Mapping[str, Any] | None,
             *, country_by_code: bool = False) -> float | None:
    """Distance of the two places in km; 0.0 when both are null; ``None`` when they cannot match.
    ``country_by_code``: two whole-country places (geo precision 3 on both sides, no admin1)
    of the same country are 0 km apart, whatever centre point each side's convention uses."""
    if not gold_loc and not sys_loc:
        return 0.0
    if not gold_loc or not sys_loc:
        return None
    if country_by_code and sys_loc.get("geo_precision") == 3 and gold_loc.get("geo_precision") == 3 \
            and gold_loc.get("country") in (sys_loc.get("country"), sys_loc.get("country_name")) \
            and gold_loc.get("country") and not sys_loc.get("admin1") and not gold_loc.get("admin1"):
        return 0.0
    if None in (sys_loc.get("lat"), sys_loc.get("lon"), gold_loc.get("lat"), gold_loc.get("lon")):
        return None
    return haversine_km(float(sys_loc["lat"]), float(sys_loc["lon"]), float(gold_loc["lat"]), float(gold_loc["lon"]))


def date_ok(sys_date: str | None, gold_date: str | None) -> bool:
    """The system date equals the gold date at the gold's precision."""
    if not gold_date:
        return not sys_date
    return bool(sys_date) and str(sys_date).startswith(str(gold_date))


def _overlap(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    return min(a["end"], b["end"]) > max(a["start"], b["start"])


def actor_ok(sys_actor: Mapping[str, Any] | None, gold_actor: Mapping[str, Any] | None,
             entities: Iterable[Mapping[str, Any]] = ()) -> bool:
    """The system actor1 matches the gold actor1 (see the module docstring)."""
    if not gold_actor:  # ACLED names an unnamed crowd «Protesters (X)» / «Rioters (X)»: no actor named either
        return not sys_actor or str(sys_actor.get("rule", "")).startswith("actor.crowd")
    if not sys_actor:
        return False
    crowd = re.match(r"(Protesters|Rioters)\b", sys_actor.get("name_en") or "")
    if crowd and (gold_actor.get("name_en") or "").casefold().startswith(crowd.group(1).casefold()):
        return True  # «Protesters (United States)» and "protesters"
    if "start" in sys_actor and "start" in gold_actor and _overlap(sys_actor, gold_actor):
        return True
    if sys_actor.get("entity"):
        for ent in entities:
            if ent.get("id") == sys_actor["entity"] and any(_overlap(m, gold_actor) for m in ent.get("mentions", ())):
                return True
    a, b = (sys_actor.get("name_en") or "").casefold(), (gold_actor.get("name_en") or "").casefold()
    if a and a == b:
        return True
    return _same_designation(sys_actor.get("text"), gold_actor.get("text")) or _same_state_forces(sys_actor, gold_actor)


_FORCE_WORDS = re.compile(r"\b(forces?|army|air ?force|police|military|navy|troops|artillery|security|guards?|"
                          r"soldiers?|jets|aircraft|battalion|brigade)\b", re.I)


def _nisba_codes(text: str | None) -> set[str]:
    """Country codes of the nisba adjectives in ``text`` («المدفعية السعودية» -> {SA}), read as the
    entity linker reads them (:func:`marsad.entities.link.nisba_code`)."""
    from marsad.entities.link import nisba_code
    from marsad.text.normalize import normalize_for_search

    return {code for w in normalize_for_search(text or "").split() if (code := nisba_code(w))}


def _same_state_forces(sys_actor: Mapping[str, Any], gold_actor: Mapping[str, Any]) -> bool:
    """Both actors are the same country's state forces (see the module docstring)."""
    if sys_actor.get("category") != "State forces" or not _FORCE_WORDS.search(gold_actor.get("name_en") or ""):
        return False
    codes = _nisba_codes(sys_actor.get("text"))
    if codes & _nisba_codes(gold_actor.get("text")):
        return True
    m = re.match(r"(?:Military|Police) Forces of (.+)", sys_actor.get("name_en") or "")
    gold_first = (gold_actor.get("name_en") or "").split()
    return bool(m and gold_first and len(m.group(1)) >= 4 and gold_first[0].casefold().startswith(m.group(1)[:4].casefold()))


def _same_designation(a: str | None, b: str | None) -> bool:
    """The same Arabic designation of the actor (search-normalized, article and proclitics of the
    first word aside), or one containing the other («حزب العمال الكردستاني» in «مقاتلو حزب
    العمال الكردستاني»): the article names the same actor, at another of its mentions."""
    if not a or not b:
        return False
    from marsad.text.normalize import normalize_for_search

    def key(t: str) -> str:
        words = normalize_for_search(t).split()
        if words:
            w = words[0]
            for p in ("وال", "بال", "لل", "فال", "ال", "و", "ب", "ل"):
                if w.startswith(p) and len(w) - len(p) >= 3:
                    w = w[len(p):]
                    break
            words[0] = w
        return " ".join(words)

    ka, kb = key(a), key(b)
    return ka == kb or (min(len(ka), len(kb)) >= 6 and (f" {ka} " in f" {kb} " or f" {kb} " in f" {ka} "))


def fatalities_ok(sys_f: Any, gold_f: Any) -> bool:
    norm = lambda v: tuple(v) if isinstance(v, (list, tuple)) else v  # noqa: E731
    return norm(sys_f) == norm(gold_f)


def match(system: list[Mapping[str, Any]], gold: list[Mapping[str, Any]], *,
          country_by_code: bool = False) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs ``(system index, gold index)`` (see the module docstring)."""
    cands = []
    for i, s in enumerate(system):
        for j, g in enumerate(gold):
            if s.get("event_type") != g.get("event_type") or not date_ok(s.get("date"), g.get("date")):
                continue
            km = place_km(s.get("location"), g.get("location"), country_by_code=country_by_code)
            if km is None or km > MAX_KM:
                continue
            dist = abs((s.get("trigger") or {}).get("start", 0) - (g.get("trigger") or {}).get("start", 0))
            cands.append((km, s.get("sub_event_type") != g.get("sub_event_type"), dist, i, j))
    pairs, used_s, used_g = [], set(), set()
    for *_, i, j in sorted(cands):
        if i not in used_s and j not in used_g:
            pairs.append((i, j))
            used_s.add(i)
            used_g.add(j)
    return pairs


def prf(tp: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(articles: list[Mapping[str, Any]], predictions: Mapping[str, Mapping[str, Any]], *,
          country_by_code: bool = False) -> dict[str, Any]:
    """Scores of ``predictions`` (article id -> ``doc.to_dict()``) against the gold ``articles``."""
    tot = Counter()
    by_type: dict[str, Counter] = {}
    errors: list[dict[str, Any]] = []
    for art in articles:
        pred = predictions[art["id"]]
        system = [e for e in pred.get("events", ()) if not e.get("background")]
        gold = [e for e in art.get("events", ()) if not e.get("background")]
        pairs = match(system, gold, country_by_code=country_by_code)
        tot["system"] += len(system)
        tot["gold"] += len(gold)
        tot["matched"] += len(pairs)
        for e in system:
            by_type.setdefault(e["event_type"], Counter())["system"] += 1
        for g in gold:
            by_type.setdefault(g["event_type"], Counter())["gold"] += 1
        for i, j in pairs:
            s, g = system[i], gold[j]
            by_type[g["event_type"]]["matched"] += 1
            tot["sub_ok"] += s.get("sub_event_type") == g.get("sub_event_type")
            tot["actor1_ok"] += actor_ok(s.get("actor1"), g.get("actor1"), pred.get("entities", ()))
            tot["status_ok"] += s.get("status") == g.get("status")
            tot["fatalities_ok"] += fatalities_ok(s.get("fatalities"), g.get("fatalities"))
        ms, mg = {i for i, _ in pairs}, {j for _, j in pairs}
        errors.append({"id": art["id"],
                       "misses": [g for j, g in enumerate(gold) if j not in mg],
                       "false_alarms": [s for i, s in enumerate(system) if i not in ms],
                       "pairs": [(system[i], gold[j]) for i, j in pairs],
                       "entities": pred.get("entities", ())})
    p, r, f = prf(tot["matched"], tot["system"], tot["gold"])
    m = tot["matched"] or 1
    return {
        "articles": len(articles), "system": tot["system"], "gold": tot["gold"], "matched": tot["matched"],
        "precision": p, "recall": r, "f1": f,
        "sub_event_type": tot["sub_ok"] / m, "actor1": tot["actor1_ok"] / m,
        "status": tot["status_ok"] / m, "fatalities": tot["fatalities_ok"] / m,
        "by_type": {t: dict(zip(("precision", "recall", "f1"), prf(c["matched"], c["system"], c["gold"])),
                            system=c["system"], gold=c["gold"], matched=c["matched"])
                    for t, c in sorted(by_type.items())},
        "errors": errors,
    }


def _brief(e: Mapping[str, Any]) -> str:
    loc = e.get("location") or {}
    a1 = e.get("actor1") or {}
    return (f"{e.get('event_type')} / {e.get('sub_event_type')} [{e.get('status')}] "
            f"«{(e.get('trigger') or {}).get('text', '')}» @ {loc.get('name_en') or loc.get('text') or '-'} "
            f"{e.get('date')} a1={a1.get('name_en') or a1.get('text') or '-'} fat={e.get('fatalities')}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--show", action="store_true", help="List misses and false alarms per article.")
    parser.add_argument("--json", type=Path, help="Write the scores (without the error lists) as JSON.")
    args = parser.parse_args(argv)
    if not args.gold.exists():
        print(f"no gold file at {args.gold}", file=sys.stderr)
        return 1
    with args.gold.open(encoding="utf-8") as fh:
        articles = [json.loads(line) for line in fh if line.strip()]

    import marsad

    start = time.perf_counter()
    predictions = {a["id"]: marsad.analyze({k: a[k] for k in ("id", "text", "published") if k in a}).to_dict()
                   for a in articles}
    elapsed = time.perf_counter() - start
    res = score(articles, predictions)
    print(f"{res['articles']} articles ({elapsed:.1f} s): {res['gold']} gold events, {res['system']} system events, "
          f"{res['matched']} matched (type + place within {MAX_KM:.0f} km + date)")
    print(f"precision {res['precision']:.3f}  recall {res['recall']:.3f}  F1 {res['f1']:.3f}")
    alt = score(articles, predictions, country_by_code=True)
    print(f"  with whole-country places matched by country code (centre-point conventions differ by "
          f"50-250 km): {alt['matched']} matched, precision {alt['precision']:.3f}  recall {alt['recall']:.3f}  "
          f"F1 {alt['f1']:.3f}")
    print(f"of the matched: sub-event type {res['sub_event_type']:.3f}  actor1 {res['actor1']:.3f}  "
          f"status {res['status']:.3f}  fatalities {res['fatalities']:.3f}")
    print(f"{'event type':40s} {'gold':>5s} {'sys':>5s} {'match':>5s} {'P':>6s} {'R':>6s} {'F1':>6s}")
    for t, c in res["by_type"].items():
        print(f"{t:40s} {c['gold']:5d} {c['system']:5d} {c['matched']:5d} {c['precision']:6.3f} {c['recall']:6.3f} {c['f1']:6.3f}")
    if args.show:
        for err in res["errors"]:
            if not (err["misses"] or err["false_alarms"]):
                continue
            print(f"\n== {err['id']}")
            for g in err["misses"]:
                print(f"  MISS  {_brief(g)}")
            for s in err["false_alarms"]:
                print(f"  FALSE {_brief(s)}")
            for s, g in err["pairs"]:
                bad = [k for k, ok in (("sub", s.get("sub_event_type") == g.get("sub_event_type")),
                                       ("actor1", actor_ok(s.get("actor1"), g.get("actor1"), err["entities"])),
                                       ("status", s.get("status") == g.get("status"))) if not ok]
                if bad:
                    print(f"  PAIR  {','.join(bad)}: sys {_brief(s)}\n        gold {_brief(g)}")
    if args.json:
        out = {k: v for k, v in res.items() if k != "errors"}
        args.json.write_text(json.dumps(out, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
