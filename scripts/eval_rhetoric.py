"""Score marsad's rhetoric layer on the hand-annotated check set in eval/rhetoric.

    python scripts/eval_rhetoric.py [--gold eval/rhetoric/gold.jsonl] [--part P ...] [--gold-quotes] [--errors] [--json OUT]

Each article goes through ``marsad.analyze(record)`` (the default pipeline: the quote finder's
quotations, so its misses and extra quotes count); ``--gold-quotes`` instead runs the rhetoric
rules on the gold quotations of the 25 quote-gold articles (``quotes`` part only), which scores
the rhetoric rules alone.

Per category: a gold statement is found when a predicted record with that category overlaps it;
a predicted record with that category is right when it overlaps a gold statement with that
category.  precision = right predictions / predictions, recall = found gold / gold.  Articles
without any gold statement count too (every prediction there is a false positive).
``--part`` scores only the named parts of the set (``quotes``, ``extra``, ``extra2``; repeat or
separate with commas); the figures of every part present are also printed one by one.
``--errors`` lists misses and false positives.  Deterministic; nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = ROOT / "eval" / "rhetoric" / "gold.jsonl"
CATEGORIES = ("call_to_violence", "threat", "incitement_against_group", "appeal_to_victimhood", "glorification")


def overlaps(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def _gold_quotes(quote_gold: dict[str, dict], rec: dict) -> list[dict]:
    """The gold quotations of one article in the quote layer's shape."""
    out = []
    for q in quote_gold[rec["id"]]["quotes"]:
        sp = q.get("speaker")
        out.append({"start": q["start"], "end": q["end"], "text": q["text"], "kind": q["kind"], "cue": q["cue"],
                    "speaker": {**sp, "entity": None, "name": sp["text"]} if sp else None,
                    "addressee": q.get("addressee")})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default=str(DEFAULT_GOLD))
    ap.add_argument("--gold-quotes", action="store_true", help="rules on the gold quotations (quotes part only)")
    ap.add_argument("--part", action="append", default=[], help="score only these parts (repeatable, comma-separated)")
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--json", dest="json_out")
    args = ap.parse_args(argv)

    import marsad
    from marsad.rhetoric.stage import find_rhetoric

    records = [json.loads(line) for line in Path(args.gold).read_text(encoding="utf-8").splitlines() if line.strip()]
    parts = [p for arg in args.part for p in arg.split(",") if p]
    if parts:
        unknown = set(parts) - {r["part"] for r in records}
        if unknown:
            ap.error(f"no such part: {sorted(unknown)}")
        records = [r for r in records if r["part"] in parts]
    quote_gold = {}
    if args.gold_quotes:
        records = [r for r in records if r["part"] == "quotes"]
        qpath = ROOT / "eval" / "quotes" / "articles.jsonl"
        quote_gold = {json.loads(line)["id"]: json.loads(line) for line in qpath.read_text(encoding="utf-8").splitlines() if line.strip()}
    n_gold, found, n_pred, right = Counter(), Counter(), Counter(), Counter()
    by_part: dict[str, Counter] = {}
    errors: list[str] = []
    for r in records:
        doc = marsad.analyze({"id": r["id"], "text": r["text"], "published": r.get("published"),
                              "title": r.get("title"), "source": r.get("source")})
        if args.gold_quotes:
            pred = find_rhetoric(doc.text, quotes=_gold_quotes(quote_gold, r), entities=doc.entities, source=doc.source)
        else:
            pred = doc.to_dict()["rhetoric"]
        gold = [g for g in r["items"] if g["categories"]]
        part = by_part.setdefault(r["part"], Counter())
        for c in CATEGORIES:
            gc = [g for g in gold if c in g["categories"]]
            pc = [p for p in pred if c in p["categories"]]
            n_gold[c] += len(gc)
            n_pred[c] += len(pc)
            part["gold"] += len(gc)
            part["pred"] += len(pc)
            for g in gc:
                if any(overlaps(g, p) for p in pc):
                    found[c] += 1
                    part["found"] += 1
                else:
                    errors.append(f"{r['id']}  MISS {c}: «{g['text'][:110]}»")
            for p in pc:
                if any(overlaps(g, p) for g in gc):
                    right[c] += 1
                    part["right"] += 1
                else:
                    errors.append(f"{r['id']}  FP   {c}: «{p['text'][:110]}»  rules={p['rules']}")
    figures = {}
    print(f"{'category':26} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6}")
    for c in (*CATEGORIES, "all"):
        g = sum(n_gold.values()) if c == "all" else n_gold[c]
        p = sum(n_pred.values()) if c == "all" else n_pred[c]
        f = sum(found.values()) if c == "all" else found[c]
        t = sum(right.values()) if c == "all" else right[c]
        prec = t / p if p else None
        rec = f / g if g else None
        figures[c] = {"gold": g, "pred": p, "found": f, "right": t, "precision": prec, "recall": rec}
        fmt = lambda x: f"{x:6.3f}" if x is not None else "     -"  # noqa: E731
        print(f"{c:26} {g:5d} {p:5d} {fmt(prec)} {fmt(rec)}")
    print(f"{len(records)} articles ({'gold quotations' if args.gold_quotes else 'pipeline quotations'})")
    if len(by_part) > 1:
        for name, k in by_part.items():
            n_art = sum(1 for r in records if r["part"] == name)
            prec = f"{k['right'] / k['pred']:.3f}" if k["pred"] else "-"
            rec = f"{k['found'] / k['gold']:.3f}" if k["gold"] else "-"
            print(f"  part {name:7} {n_art:3d} articles: gold {k['gold']:3d} pred {k['pred']:3d}  P {prec}  R {rec}"
                  f" ({k['found']}/{k['gold']})")
    figures["parts"] = {name: dict(k) for name, k in by_part.items()}
    if args.errors:
        print("\n".join(sorted(errors)))
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
