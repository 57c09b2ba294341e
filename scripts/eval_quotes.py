"""Score marsad's quote layer on the hand-annotated SaudiNewsNet articles in eval/quotes.

    python scripts/eval_quotes.py [--gold eval/quotes/articles.jsonl] [--ignore snn-15882] [--errors] [--json OUT]

Each article goes through ``marsad.analyze(record)`` (the default pipeline, loaded once); the
predictions are ``doc.to_dict()["quotes"]``.

Matching (the gold README's suggestion): a predicted quote matches a gold quote when their spans
overlap by at least half of the shorter one; pairs are taken greedily by overlap, one to one.

- precision: matched predictions / predictions; recall: matched gold quotes / gold quotes;
  both overall and per kind (recall by the gold kind, precision by the predicted kind);
- speaker accuracy among matched quotes: the predicted speaker span overlaps the gold speaker
  mention, or the predicted speaker's entity has a mention overlapping it (gold quotes without
  a speaker are left out of this figure);
- kind agreement among matched quotes.

``--errors`` lists missed gold quotes, false positives and wrong speakers per article.
Deterministic; nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = ROOT / "eval" / "quotes" / "articles.jsonl"
KINDS = ("direct", "indirect", "mixed")


def overlap(a: dict, b: dict) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def matches(a: dict, b: dict) -> bool:
    shorter = min(a["end"] - a["start"], b["end"] - b["start"])
    return shorter > 0 and overlap(a, b) * 2 >= shorter


def pair(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    """One-to-one matches (gold index, predicted index), greedy by overlap."""
    cands = sorted(((overlap(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred)
                    if matches(g, p)), reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, gi, pi in cands:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi))
    return out


def speaker_right(g: dict, p: dict, entities: dict[str, list[dict]]) -> bool:
    gs, ps = g.get("speaker"), p.get("speaker")
    if not gs or not ps:
        return False
    if overlap(gs, ps) > 0:
        return True
    eid = ps.get("entity")
    return bool(eid) and any(overlap(gs, m) > 0 for m in entities.get(eid, ()))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default=str(DEFAULT_GOLD))
    ap.add_argument("--ignore", action="append", default=[], help="article id to leave out (repeatable)")
    ap.add_argument("--errors", action="store_true", help="list misses, false positives, wrong speakers")
    ap.add_argument("--json", dest="json_out", help="write the figures as JSON to this file")
    args = ap.parse_args(argv)

    import marsad

    records = [json.loads(line) for line in Path(args.gold).read_text(encoding="utf-8").splitlines() if line.strip()]
    records = [r for r in records if r["id"] not in set(args.ignore)]
    n_gold = Counter()
    n_pred = Counter()
    hit_gold = Counter()
    hit_pred = Counter()
    spk_total = Counter()
    spk_right = Counter()
    kind_same = 0
    n_match = 0
    errors: list[str] = []
    t0 = time.perf_counter()
    for r in records:
        doc = marsad.analyze({"id": r["id"], "text": r["text"], "published": r.get("published"),
                              "title": r.get("title"), "source": r.get("source")})
        data = doc.to_dict()
        pred = data["quotes"]
        gold = r["quotes"]
        entities = {e["id"]: e["mentions"] for e in data["entities"]}
        pairs = pair(gold, pred)
        for g in gold:
            n_gold[g["kind"]] += 1
        for p in pred:
            n_pred[p["kind"]] += 1
        mg = {gi for gi, _ in pairs}
        mp = {pi for _, pi in pairs}
        for gi, pi in pairs:
            g, p = gold[gi], pred[pi]
            hit_gold[g["kind"]] += 1
            hit_pred[p["kind"]] += 1
            n_match += 1
            kind_same += g["kind"] == p["kind"]
            if g.get("speaker"):
                spk_total[g["kind"]] += 1
                if speaker_right(g, p, entities):
                    spk_right[g["kind"]] += 1
                elif args.errors:
                    ps = p.get("speaker") or {}
                    errors.append(f"{r['id']}  SPEAKER  gold «{g['speaker']['text']}» pred «{ps.get('text')}»"
                                  f" ({ps.get('entity')})  cue «{p['cue']['text']}»  quote «{g['text'][:60]}»")
        if args.errors:
            for gi, g in enumerate(gold):
                if gi not in mg:
                    errors.append(f"{r['id']}  MISS  {g['kind']:8} cue «{g['cue']['text']}» "
                                  f"spk «{(g.get('speaker') or {}).get('text')}»  «{g['text'][:90]}»")
            for pi, p in enumerate(pred):
                if pi not in mp:
                    errors.append(f"{r['id']}  FP    {p['kind']:8} cue «{p['cue']['text']}» "
                                  f"({p['rule']})  «{p['text'][:90]}»")
    elapsed = time.perf_counter() - t0

    def ratio(a: int, b: int) -> float | None:
        return round(a / b, 3) if b else None

    figures = {
        "articles": len(records), "gold": sum(n_gold.values()), "predicted": sum(n_pred.values()),
        "matched": n_match,
        "precision": ratio(sum(hit_pred.values()), sum(n_pred.values())),
        "recall": ratio(sum(hit_gold.values()), sum(n_gold.values())),
        "speaker_accuracy": ratio(sum(spk_right.values()), sum(spk_total.values())),
        "kind_agreement": ratio(kind_same, n_match),
        "per_kind": {k: {"gold": n_gold[k], "predicted": n_pred[k],
                         "recall": ratio(hit_gold[k], n_gold[k]), "precision": ratio(hit_pred[k], n_pred[k]),
                         "speaker_accuracy": ratio(spk_right[k], spk_total[k])} for k in KINDS},
        "seconds": round(elapsed, 2),
    }
    if errors:
        print("\n".join(errors))
        print()
    p, rc = figures["precision"], figures["recall"]
    f1 = round(2 * p * rc / (p + rc), 3) if p and rc else None
    print(f"articles {figures['articles']}  gold {figures['gold']}  predicted {figures['predicted']}  matched {n_match}")
    print(f"precision {p}  recall {rc}  F1 {f1}  speaker accuracy {figures['speaker_accuracy']}"
          f"  kind agreement {figures['kind_agreement']}")
    for k in KINDS:
        pk = figures["per_kind"][k]
        print(f"  {k:8}  gold {pk['gold']:3}  pred {pk['predicted']:3}  recall {pk['recall']}  "
              f"precision {pk['precision']}  speaker {pk['speaker_accuracy']}")
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
