"""Score marsad's entity layer on the hand-annotated conflict articles in eval/entities.

    python scripts/eval_entities.py [--gold eval/entities/articles.jsonl] [--errors] [--json OUT]

Each article's ``text`` goes through ``marsad.analyze(text, published=...)`` (one default pipeline,
loaded once, for all articles); the predicted mentions are the ``mentions`` of
``doc.to_dict()["entities"]`` of type PER, ORG or LOC (MISC is counted but not scored).

Figures, per type and overall:
- mention recall: a gold mention is found if a predicted mention of the same type overlaps it
  (``exact``: same start and end and type; ``any type``: overlapped by a prediction of any type);
- mention precision: a predicted mention is right if it overlaps a gold mention of its type;
- entity recall: distinct gold entities of an article (same canonical name) with at least one
  mention found; entity precision: distinct predicted entities of an article with at least one
  right mention;
- geocoding: of the distinct gold places of an article that have coordinates, the share whose
  predicted entity (the entity of the first predicted mention overlapping one of the place's gold
  mentions, in text order) has coordinates within 25 km and within 161 km; a place not found or
  found without coordinates counts as a miss.  Also given per place kind (city/site, region,
  both of them = sub-national, country) and among places found.  For countries the 25 km figure
  only measures agreement on a conventional centre point; the sub-national row is the one to
  read against a "within 25 km" target.

``--errors`` lists missed mentions, wrong types, false positives and far geocodes per article.
Deterministic; nothing is asserted (tests/test_eval_entities.py checks the gold file only).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from marsad.entities.geocode import haversine_km

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = ROOT / "eval" / "entities" / "articles.jsonl"
TYPES = ("PER", "ORG", "LOC")


def overlaps(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def predictions(doc_dict: dict) -> list[dict]:
    """Flat predicted mentions ``{start, end, text, type, entity_id, name, name_en, lat, lon}``."""
    out = []
    for ent in doc_dict.get("entities", []):
        for m in ent.get("mentions", []):
            out.append({"start": m["start"], "end": m["end"], "text": m["text"], "type": ent["type"],
                        "entity_id": ent.get("id"), "name": ent.get("name"), "name_en": ent.get("name_en"),
                        "lat": ent.get("lat"), "lon": ent.get("lon")})
    return sorted(out, key=lambda m: (m["start"], m["end"]))


def pct(n: int, d: int) -> str:
    return f"{100 * n / d:5.1f}% ({n}/{d})" if d else "    -"


def score(records: list[dict], results: dict[str, list[dict]]) -> tuple[dict, dict]:
    c: dict = defaultdict(Counter)
    errors: dict = defaultdict(list)
    for r in records:
        gold, pred = r["mentions"], results[r["id"]]
        scored_pred = [p for p in pred if p["type"] in TYPES]
        c["misc"]["predicted"] += sum(1 for p in pred if p["type"] not in TYPES)
        # mentions, recall side
        found_entities: dict[tuple, bool] = {}
        for g in gold:
            t = g["type"]
            over = [p for p in scored_pred if overlaps(g, p)]
            same = [p for p in over if p["type"] == t]
            for key in (t, "ALL"):
                c[key]["gold"] += 1
                c[key]["found"] += bool(same)
                c[key]["found_any_type"] += bool(over)
                c[key]["exact"] += any(p["start"] == g["start"] and p["end"] == g["end"] for p in same)
            key = (g["entity"], t)
            found_entities[key] = found_entities.get(key, False) or bool(same)
            if not over:
                errors[r["id"]].append(("missed", g, None))
            elif not same:
                errors[r["id"]].append(("wrong type", g, over[0]))
        for (_, t), ok in found_entities.items():
            for key in (t, "ALL"):
                c[key]["gold_entities"] += 1
                c[key]["found_entities"] += ok
        # mentions, precision side
        right_entities: dict[tuple, bool] = {}
        for p in scored_pred:
            ok = any(overlaps(g, p) and g["type"] == p["type"] for g in gold)
            for key in (p["type"], "ALL"):
                c[key]["predicted"] += 1
                c[key]["right"] += ok
            ekey = (p["entity_id"], p["type"])
            right_entities[ekey] = right_entities.get(ekey, False) or ok
            if not any(overlaps(g, p) for g in gold):
                errors[r["id"]].append(("false positive", None, p))
        for (_, t), ok in right_entities.items():
            for key in (t, "ALL"):
                c[key]["pred_entities"] += 1
                c[key]["right_entities"] += ok
        # geocoding, per distinct gold place with coordinates
        for place, info in r["places"].items():
            if info["lat"] is None:
                continue
            hit = None
            for g in gold:
                if g["entity"] != place:
                    continue
                over = [p for p in scored_pred if overlaps(g, p)]
                if over:
                    hit = (g, over[0])
                    break
            dist = None
            if hit and hit[1]["lat"] is not None and hit[1]["lon"] is not None:
                dist = haversine_km(info["lat"], info["lon"], hit[1]["lat"], hit[1]["lon"])
            kind = "city/site" if info["kind"] in ("city", "site") else info["kind"]
            keys = ["geo ALL", "geo " + kind] + (["geo sub-national"] if kind != "country" else [])
            for key in keys:
                c[key]["places"] += 1
                c[key]["found"] += hit is not None
                c[key]["with_coords"] += dist is not None
                c[key]["25"] += dist is not None and dist <= 25
                c[key]["161"] += dist is not None and dist <= 161
            if hit is None:
                continue  # already listed as a missed mention
            if dist is None:
                errors[r["id"]].append(("no coordinates", hit[0], hit[1]))
            elif dist > 25:
                errors[r["id"]].append((f"far geocode {dist:.0f} km", hit[0], hit[1]))
    return c, errors


def report(c: dict, n_articles: int, elapsed: float) -> None:
    print(f"{n_articles} articles, {c['ALL']['gold']} gold mentions, {c['ALL']['predicted']} predicted "
          f"PER/ORG/LOC mentions (+{c['misc']['predicted']} MISC, not scored); analyze: {elapsed:.1f} s")
    print()
    print(f"{'type':<5} {'recall (overlap)':>18} {'recall exact span':>18} {'recall any type':>18} "
          f"{'precision (overlap)':>19} {'F1':>6}")
    for t in (*TYPES, "ALL"):
        x = c[t]
        rec = x["found"] / x["gold"] if x["gold"] else 0.0
        prec = x["right"] / x["predicted"] if x["predicted"] else 0.0
        f1 = 2 * rec * prec / (rec + prec) if rec + prec else 0.0
        print(f"{t:<5} {pct(x['found'], x['gold']):>18} {pct(x['exact'], x['gold']):>18} "
              f"{pct(x['found_any_type'], x['gold']):>18} {pct(x['right'], x['predicted']):>19} {f1:6.3f}")
    print()
    print(f"{'entities':<9} {'recall (>=1 mention found)':>28} {'precision (>=1 mention right)':>31}")
    for t in (*TYPES, "ALL"):
        x = c[t]
        print(f"{t:<9} {pct(x['found_entities'], x['gold_entities']):>28} "
              f"{pct(x['right_entities'], x['pred_entities']):>31}")
    print()
    print(f"{'geocoding (gold places with coordinates)':<42} {'found':>16} {'<= 25 km':>16} {'<= 161 km':>16} "
          f"{'<= 25 km of found':>18}")
    for key in ("geo city/site", "geo region", "geo sub-national", "geo country", "geo ALL"):
        x = c[key]
        if not x["places"]:
            continue
        print(f"{key[4:]:<42} {pct(x['found'], x['places']):>16} {pct(x['25'], x['places']):>16} "
              f"{pct(x['161'], x['places']):>16} {pct(x['25'], x['found']):>18}")


def print_errors(records: list[dict], errors: dict) -> None:
    def show(m: dict | None) -> str:
        return "-" if m is None else f"{m['type']} «{m['text']}» [{m['start']}:{m['end']}]"

    print()
    tally = Counter(kind.split(" ")[0] + (" " + kind.split(" ")[1] if kind.startswith(("wrong", "false", "no ")) else "")
                    for errs in errors.values() for kind, _, _ in errs)
    print("errors:", ", ".join(f"{k} {v}" for k, v in sorted(tally.items())))
    for r in records:
        errs = errors.get(r["id"])
        if not errs:
            continue
        print(f"\n== {r['id']} ({r['source']})")
        for kind, g, p in sorted(errs, key=lambda e: (e[1] or e[2])["start"]):
            text = r["text"]
            span = g or p
            ctx = (text[max(0, span["start"] - 20):span["start"]] + "⟦" + text[span["start"]:span["end"]] + "⟧"
                   + text[span["end"]:span["end"] + 15]).replace("\n", " ")
            extra = ""
            if p is not None:
                extra = f" -> {p.get('name') or ''} / {p.get('name_en') or ''}"
                if p.get("lat") is not None:
                    extra += f" ({p['lat']:.2f}, {p['lon']:.2f})"
            gold_name = f" gold={g['entity']}" if g else ""
            print(f"  {kind:<20} gold {show(g):<32} pred {show(p):<32}{gold_name}{extra}\n      … {ctx} …")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--errors", action="store_true", help="list missed mentions, wrong types, false positives, far geocodes")
    ap.add_argument("--json", type=Path, help="write the counts and errors as JSON here")
    args = ap.parse_args(argv)

    import marsad
    from marsad.api import default_pipeline

    with args.gold.open(encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    pipeline = default_pipeline()
    start = time.perf_counter()
    results = {}
    for r in records:
        doc = marsad.analyze(r["text"], published=r["published"], pipeline=pipeline)
        d = doc.to_dict()
        assert d["text"] == r["text"], f"{r['id']}: document text differs from the gold text"
        results[r["id"]] = predictions(d)
    elapsed = time.perf_counter() - start
    counts, errors = score(records, results)
    report(counts, len(records), elapsed)
    if args.errors:
        print_errors(records, errors)
    if args.json:
        out = {"counts": {k: dict(v) for k, v in counts.items()},
               "errors": {aid: [{"kind": k, "gold": g, "pred": p} for k, g, p in errs] for aid, errs in errors.items()}}
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
