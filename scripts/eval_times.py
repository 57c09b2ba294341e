"""Evaluate marsad's temporal tagger (and dateparser beside it) on Wojood DATE/TIME spans and on
marsad's own hand-annotated gold set.

    python scripts/eval_times.py wojood [--data ../shared/data/ner/wojood] [--no-dateparser]
    python scripts/eval_times.py gold [--gold eval/times/gold.jsonl] [--no-dateparser]

``wojood``: each sentence of ``train.txt`` and ``val.txt`` is rebuilt by joining its tokens with
spaces (``$#$`` segment markers dropped); gold spans are the DATE (and TIME) mentions at every
nesting level.  Detection is scored by span overlap: a prediction is correct if it overlaps a
gold span, a gold span is found if a prediction overlaps it.  Exact-boundary figures are printed
too.  ``dateparser.search_dates(text, languages=['ar'])`` returns substrings without offsets: each
one is located in the text left to right.

``gold``: records ``{text, published, expressions: [{text, value}]}`` (short excerpts of
SaudiNewsNet articles annotated by hand); prints detection recall and the share of gold
expressions whose resolved value is exactly right, for marsad and dateparser (dateparser always
answers with a day: its value is compared at the gold precision, i.e. truncated, which favours it).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_WOJOOD = ROOT.parent / "shared" / "data" / "ner" / "wojood"
DEFAULT_GOLD = ROOT / "eval" / "times" / "gold.jsonl"


# --- Wojood --------------------------------------------------------------------------------

def read_wojood(path: Path, labels: tuple[str, ...]) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """Sentences as ``(text, [(start, end, label), ...])`` with character offsets into ``text``."""
    sentences = []
    rows: list[list[str]] = []

    def flush() -> None:
        if not rows:
            return
        tokens, offsets, pos = [], [], 0
        for r in rows:
            offsets.append((pos, pos + len(r[0])))
            tokens.append(r[0])
            pos += len(r[0]) + 1
        text = " ".join(tokens)
        spans = set()
        depth = max(len(r) for r in rows)
        for level in range(1, depth):
            i = 0
            while i < len(rows):
                tag = rows[i][level] if len(rows[i]) > level else "O"
                if tag.startswith("B-") and tag[2:] in labels:
                    label = tag[2:]
                    j = i + 1
                    while j < len(rows) and len(rows[j]) > level and rows[j][level] == "I-" + label:
                        j += 1
                    spans.add((offsets[i][0], offsets[j - 1][1], label))
                    i = j
                else:
                    i += 1
        sentences.append((text, sorted(spans)))
        rows.clear()

    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if not parts:
                flush()
            elif parts[0] == "$#$":
                flush()
            else:
                rows.append(parts)
    flush()
    return sentences


def locate(text: str, found: list[str]) -> list[tuple[int, int]]:
    """Offsets of substrings returned in text order (dateparser gives none)."""
    out, pos = [], 0
    for s in found:
        i = text.find(s, pos)
        if i < 0:
            i = text.find(s)
        if i < 0:
            continue
        out.append((i, i + len(s)))
        pos = i + len(s)
    return out


def marsad_spans(text: str) -> list[tuple[int, int]]:
    from marsad.time import find_times

    return [(t.start, t.end) for t in find_times(text)]


def dateparser_spans(text: str) -> list[tuple[int, int]]:
    from dateparser.search import search_dates

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = search_dates(text, languages=["ar"]) or []
    return locate(text, [s for s, _ in found])


def score(gold: list[list[tuple[int, int]]], pred: list[list[tuple[int, int]]]) -> dict[str, float]:
    tp_p = n_p = tp_g = n_g = exact = 0
    for g, p in zip(gold, pred):
        n_p += len(p)
        n_g += len(g)
        tp_p += sum(any(ps < ge and gs < pe for gs, ge in g) for ps, pe in p)
        tp_g += sum(any(ps < ge and gs < pe for ps, pe in p) for gs, ge in g)
        exact += len(set(g) & set(p))
    prec = tp_p / n_p if n_p else 0.0
    rec = tp_g / n_g if n_g else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    ep = exact / n_p if n_p else 0.0
    er = exact / n_g if n_g else 0.0
    return {"gold": n_g, "predicted": n_p, "precision": prec, "recall": rec, "f1": f1,
            "exact_precision": ep, "exact_recall": er,
            "exact_f1": 2 * ep * er / (ep + er) if ep + er else 0.0}


def run_wojood(args: argparse.Namespace) -> int:
    sentences = []
    for name in ("train.txt", "val.txt"):
        sentences += read_wojood(args.data / name, ("DATE", "TIME"))
    print(f"Wojood sample: {len(sentences)} sentences, "
          f"{sum(1 for _, s in sentences for x in s if x[2] == 'DATE')} DATE and "
          f"{sum(1 for _, s in sentences for x in s if x[2] == 'TIME')} TIME spans")
    systems = [("marsad", marsad_spans)]
    if not args.no_dateparser:
        systems.append(("dateparser", dateparser_spans))
    for name, func in systems:
        start = time.perf_counter()
        pred = [func(text) for text, _ in sentences]
        elapsed = time.perf_counter() - start
        for labels in (("DATE",), ("DATE", "TIME")):
            gold = [[(s, e) for s, e, lab in spans if lab in labels] for _, spans in sentences]
            r = score(gold, pred)
            print(f"{name:<10} {'+'.join(labels):<9} gold {r['gold']:4d} predicted {r['predicted']:4d}  "
                  f"overlap P {r['precision']:.3f} R {r['recall']:.3f} F1 {r['f1']:.3f}  |  "
                  f"exact P {r['exact_precision']:.3f} R {r['exact_recall']:.3f} F1 {r['exact_f1']:.3f}")
        print(f"{'':<10} ({len(sentences) / elapsed:.0f} sentences/s)")
    if args.errors:
        gold = [[(s, e) for s, e, _ in spans] for _, spans in sentences]
        for (text, _), g in zip(sentences, gold):
            p = marsad_spans(text)
            for gs, ge in g:
                if not any(ps < ge and gs < pe for ps, pe in p):
                    print("MISS", text[gs:ge], "||", text[max(0, gs - 40):ge + 20], sep="\t")
            for ps, pe in p:
                if not any(ps < ge and gs < pe for gs, ge in g):
                    print("FALSE", text[ps:pe], "||", text[max(0, ps - 40):pe + 20], sep="\t")
    return 0


# --- own gold set ---------------------------------------------------------------------------

def _dateparser_value(found: tuple[str, dt.datetime], gold_value: str) -> str:
    d = found[1]
    full = d.date().isoformat()
    if len(gold_value) == 4 and gold_value.isdigit():
        return full[:4]
    if len(gold_value) == 7 and gold_value[4] == "-" and "W" not in gold_value:
        return full[:7]
    if "W" in gold_value:
        y, w, _ = d.isocalendar()
        return f"{y}-W{w:02d}"
    return full


def run_gold(args: argparse.Namespace) -> int:
    from marsad.time import find_times

    records = [json.loads(line) for line in open(args.gold, encoding="utf-8") if line.strip()]
    n = sum(len(r["expressions"]) for r in records)
    print(f"gold set: {len(records)} snippets, {n} expressions ({args.gold})")
    found = right = predicted = 0
    wrong = []
    for r in records:
        times = find_times(r["text"], published=r["published"])
        predicted += len(times)
        for g in r["expressions"]:
            gs = r["text"].index(g["text"])
            ge = gs + len(g["text"])
            hits = [t for t in times if t.start < ge and gs < t.end]
            if hits:
                found += 1
                if any(t.value == g["value"] for t in hits):
                    right += 1
                else:
                    wrong.append((g["text"], g["value"], [t.value for t in hits]))
            else:
                wrong.append((g["text"], g["value"], None))
    extra = sum(1 for r in records for t in find_times(r["text"], published=r["published"])
                if not any(t.start < r["text"].index(g["text"]) + len(g["text"]) and r["text"].index(g["text"]) < t.end
                           for g in r["expressions"]))
    print(f"marsad      detected {found}/{n} ({found / n:.1%}), exact value {right}/{n} ({right / n:.1%}), "
          f"value right for {right / found if found else 0:.1%} of those found; "
          f"{extra} predictions outside the gold expressions")
    for text, gold, got in wrong:
        print(f"   {text!r}: gold {gold}, marsad {got}")
    if args.no_dateparser:
        return 0
    from dateparser.search import search_dates

    found = right = 0
    for r in records:
        base = dt.datetime.fromisoformat(r["published"])
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            res = search_dates(r["text"], languages=["ar"],
                               settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}) or []
        spans = locate(r["text"], [s for s, _ in res])
        for g in r["expressions"]:
            gs = r["text"].index(g["text"])
            ge = gs + len(g["text"])
            hits = [res[i] for i, (s, e) in enumerate(spans) if s < ge and gs < e]
            if hits:
                found += 1
                if any(_dateparser_value(h, g["value"]) == g["value"] for h in hits):
                    right += 1
    print(f"dateparser  detected {found}/{n} ({found / n:.1%}), exact value {right}/{n} ({right / n:.1%}) "
          f"(its day-valued answers truncated to the gold precision)")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="what", required=True)
    w = sub.add_parser("wojood", help="detection P/R on Wojood DATE/TIME spans")
    w.add_argument("--data", type=Path, default=DEFAULT_WOJOOD)
    w.add_argument("--no-dateparser", action="store_true")
    w.add_argument("--errors", action="store_true", help="print marsad's misses and false hits")
    g = sub.add_parser("gold", help="exact-value accuracy on marsad's own annotated snippets")
    g.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    g.add_argument("--no-dateparser", action="store_true")
    args = parser.parse_args(argv)
    return run_wojood(args) if args.what == "wojood" else run_gold(args)


if __name__ == "__main__":
    sys.exit(main())
