#!/usr/bin/env python
"""Build ``src/marsad/entities/data/ner/popnames.tsv.gz``: popular Arabic-script given names by rank,
for the tagger's ``popnames`` features (``FeatureExtractor`` option ``popnames``: ``True`` reads the
shipped table, a path another one).

Source: the ``names-dataset`` 3.3.1 wheel (Apache-2.0; Philippe Remy's name-dataset: first and
last names with, per country, their popularity rank, mined from public profiles).  Its
``v3/first_names.pkl.gz`` and ``v3/last_names.pkl.gz`` map a name to ``{"rank": {country: rank},
...}``.  Only names written wholly in Arabic letters are read; each is analysed as the tagger
analyses a word (:func:`marsad.entities.features.analyse`: normalized stem without clitics or
article), and a stem keeps the best (lowest) rank of any of its names in any country.

Labels: ``f1`` / ``f2`` for a given name of best rank <= 300 / 2,000 (3,207 stems); names ranked
lower get no label.  With ``--surnames`` (the first experiment, not shipped) also ``f3`` (<= 10,000)
and ``l1`` / ``l2`` / ``l3`` for surnames: persons gained there too, but places lost as much (a
surname list holds many place nisbas).  The list is noisy (a profile field is not always a name:
«الجيش» is a "given name" of rank 13,245 in Egypt), so the labels are features the CRF weighs in
context, not a lexicon.

Output: gzip TSV ``stem<TAB>labels`` (comma-separated), sorted, mtime 0 (reproducible), the format
of ``names.tsv.gz`` (:func:`marsad.entities.features.read_names`).

    python scripts/build_popular_names.py [--out FILE] [--wheel PATH] [--surnames]

Without ``--wheel`` the wheel is fetched from PyPI into a temporary directory (``pip download``, a
build-time step; nothing is downloaded at run time).
"""

from __future__ import annotations

import argparse
import gzip
import io
import pickle
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from marsad.entities.features import analyse  # noqa: E402

WHEEL = "names-dataset==3.3.1"
MEMBERS = {"f": "names_dataset/v3/first_names.pkl.gz", "l": "names_dataset/v3/last_names.pkl.gz"}
#: rank ceilings of the levels 1, 2 (and 3 with ``--surnames``)
LEVELS = (300, 2_000)
LEVELS_ALL = (300, 2_000, 10_000)
OUT = ROOT / "src" / "marsad" / "entities" / "data" / "ner" / "popnames.tsv.gz"
ARABIC_NAME = re.compile("^[\u0621-\u064A]+$")


def fetch_wheel(dest: Path) -> Path:
    """Download the names-dataset wheel into ``dest`` (build time only)."""
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", WHEEL, "-d", str(dest)],
                   check=True)
    return next(dest.glob("names_dataset-*.whl"))


def best_ranks(table: dict) -> dict[str, int]:
    """Stem -> the best rank of any Arabic-script name of ``table`` with that stem."""
    best: dict[str, int] = {}
    for name, info in table.items():
        if not ARABIC_NAME.match(name):
            continue
        ranks = (info.get("rank") or {}).values()
        if not ranks:
            continue
        stem = analyse(name)[1]
        if stem:
            best[stem] = min(best.get(stem, 10 ** 9), min(ranks))
    return best


def labels(wheel: Path, *, surnames: bool = False) -> dict[str, list[str]]:
    """Stem -> its labels (``f1``, ``f2``; with ``surnames`` also ``f3`` and ``l1`` ... ``l3``)."""
    out: dict[str, list[str]] = {}
    levels = LEVELS_ALL if surnames else LEVELS
    with zipfile.ZipFile(wheel) as zf:
        for kind, member in MEMBERS.items():
            if kind == "l" and not surnames:
                continue
            table = pickle.loads(gzip.decompress(zf.read(member)))
            for stem, rank in best_ranks(table).items():
                level = next((k + 1 for k, ceiling in enumerate(levels) if rank <= ceiling), None)
                if level is not None:
                    out.setdefault(stem, []).append(f"{kind}{level}")
    return out


def write(table: dict[str, list[str]], out: Path) -> None:
    text = "".join(f"{stem}\t{','.join(sorted(labs))}\n" for stem, labs in sorted(table.items()))
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as gz:
        gz.write(text.encode("utf-8"))
    out.write_bytes(buf.getvalue())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--wheel", type=Path, help="a names_dataset wheel already downloaded")
    ap.add_argument("--surnames", action="store_true", help="also surnames and a third level (experiment)")
    args = ap.parse_args(argv)
    if args.wheel is not None:
        table = labels(args.wheel, surnames=args.surnames)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            table = labels(fetch_wheel(Path(tmp)), surnames=args.surnames)
    write(table, args.out)
    print(f"{len(table)} stems -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
