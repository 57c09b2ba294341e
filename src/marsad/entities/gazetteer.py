"""Gazetteer matching: every KB name and alias found in a text, clitic-aware and spelling-tolerant.

:func:`build_index` compiles a :class:`~marsad.entities.kb.KnowledgeBase` once (cached per KB
object) into a :class:`GazetteerIndex`; :meth:`GazetteerIndex.match` (or :func:`find_matches`)
then walks the orthographic words of a :class:`~marsad.text.tokenize.TokenList` with dictionary
lookups only.  Offsets of every :class:`Match` are code-point indices into the tokenized text
(``Document.text``): ``text[m.start:m.end] == m.text``.

Keys
----
A name is a tuple of *word keys*: each word in :func:`~marsad.text.normalize.normalize_for_search`
form (hamza/alef, alef maqsura, ta marbuta folded, diacritics and tatweel removed, Latin
case-folded), the article kept as written (``الموصل`` is one key).  A text word is read in every
proclitic reading ``[و|ف]? [ب|ك|ل]? rest`` (and ``[و|ف]? ل + ل rest``, the article with its alef
elided, read as ``ال`` + rest); the reading that matches the longest name wins, and among
readings of equal length the one that peels the fewest letters (``ولبنان`` is و + لبنان, not
و + ل + بنان).  Only the first word of a name takes proclitics; the others must be whole.

Mention span (the rule for clitics)
-----------------------------------
The span starts after the proclitics and includes the article when it is written in full:
«وبالموصل» -> «الموصل», «والدواعش» -> «الدواعش».  When the article's alef was elided after
the preposition ل («للعراق», «للباغوز», «للمهاجر») the span covers the stem only («عراق»): the
remaining «ل» is both the preposition and the article, so no substring of the word is the
name with its article, and the stem is the part that names the thing.

Variants tolerated (``Match.variant``)
--------------------------------------
* ``exact``: the folds of ``normalize_for_search`` (أ/إ/آ/ا, ى/ي, ة/ه, diacritics, tatweel)
  and :func:`fold_key` (final يه ~ يا in long words: سورية ~ سوريا).
* ``kunya``: a name starting with أبو/أبي/أبا matches with any of the three, and its second
  word with or without the article (أبو الحسن المهاجر ~ أبي الحسن المهاجر ~ أبو حسن المهاجر).
* ``vowel``: in words of at least ``VOWEL_MIN`` letters, one long vowel ي/و more or less (not
  first or last letter): نيوزلندا ~ نيوزيلندا, الديمقراطية ~ الديموقراطية.
* ``joined``: space-insensitive match of names without article (foreign names) of at least
  ``JOINED_MIN`` letters, on a skeleton without inner ي/و and doubled letters, the lengths
  differing by at most 2 letters: كرايست تشيرش ~ كرايستشرش ~ كرايستشيرش.
* ``head``: a province's name with another province head (ولاية فان ~ إقليم فان ~ محافظة فان).
* ``plural``: derived group plurals of one-word ORG aliases: nisba plurals (داعش -> الداعشيون,
  الداعشيين) and the broken plural فواعل of a فاعل-shaped alias (داعش -> الدواعش).

False positives from common words
---------------------------------
A one-word name that is also a frequent Arabic word (the corpus counts of
``text/data/clitic_lexicon.json``) must earn its match: non-curated places need a population
that grows with the word's frequency (``COMMON_POP_FACTOR`` x count; at least ``NOUN_POP`` when
the word is noun-like, i.e. also frequent with/without the article: صور / الصور, الجيب / جيب) or a place cue word before
them (مدينة, بلدة, قرية, ...).  Words of the hand list :data:`HAND_STOP` (قال, أمس, المدينة, ...)
only match curated entities or after a cue.  One-word names shorter than ``MIN_LETTERS`` letters
(article not counted) and one-word person aliases of non-curated sources are not indexed.
"""

from __future__ import annotations

import gzip
import json
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from operator import itemgetter
from typing import Any

from ..text.cache import TypeCache
from ..text.normalize import normalize, normalize_for_search
from ..text.tokenize import TokenList, known_unsplit_word
from .cues import cue_list, cue_pairs, cue_words

__all__ = [
    "Candidate",
    "Match",
    "GazetteerIndex",
    "build_index",
    "find_matches",
    "word_key",
    "readings",
    "HAND_STOP",
    "PLACE_CUES",
]

ARTICLE = "ال"
#: entries of each per-word-form cache of a GazetteerIndex before it is emptied
_CACHE_SIZE = 500_000
KUNYA_HEADS = cue_list("kunya_heads")
#: heads the press puts before a province's name interchangeably (ولاية / إقليم / محافظة فان)
PROVINCE_HEADS = ("ولاية", "إقليم", "محافظة")
PROVINCE_KINDS = frozenset({"province", "state", "governorate"})
VOWEL_MIN = 6
JOINED_MIN = 8
MIN_LETTERS = 3
#: places this populous (or curated entities, countries) also match through spelling variants
WELL_KNOWN_POP = 100_000
#: a non-curated place named by a frequent word needs population >= factor x corpus count
COMMON_POP_FACTOR = 100
#: ... and at least this when the word is noun-like (often seen with the article)
NOUN_POP = 1_000_000
#: counts below this never make a word common
COMMON_MIN_COUNT = 20
#: a frequent word the press writes after a place cue («مدينة العريش») in at least this share of its
#: uses, and at least ``CUE_SHARE_MIN_CUED`` times, is a place name, however frequent
#: (``data/geo/cue_share.tsv.gz``, ``scripts/build_place_cue_share.py``)
CUE_SHARE_MIN = 0.2
CUE_SHARE_MIN_CUED = 5
#: place cue words (normalized) that license a common-word place name after them.  Not folded
#: (:func:`cue_keys`): folded, «ولاية», «مديرية», «ناحية» would be cues too (word keys are folded),
#: which put «ولاية بادن فورتمبيرج» at Boden and «ولاية داكوتا الجنوبية» at Dakota (one word of a
#: longer name) on unseen articles
PLACE_CUES = cue_words("place_cues")
#: bare compass words (شمال، جنوبي ...: normalized forms)
BEARINGS = cue_words("bearings")
#: frequent words that are also names of small places (normalized forms)
HAND_STOP = cue_words("hand_stop")
#: (name, word) pairs: the one-word name is a common noun in articles that use the word
NOUN_HOMONYMS = cue_pairs("noun_homonyms")
#: (name, next word) pairs that are idioms, not the place («مسقط رأس»: birthplace)
IDIOMS = frozenset(cue_pairs("idioms"))
_WORD_RE = re.compile(r"[^\W_]+")
_MATCHABLE = frozenset({"word", "latin", "number"})
_BREAK = frozenset({"punct", "symbol"})


@dataclass(frozen=True, slots=True)
class Candidate:
    """One KB entity a matched name may refer to: its id, the alias text, register and variant."""

    entity_id: str
    alias: str
    register: str
    variant: str
    #: True when the match is a common word and only counts after a place cue
    needs_cue: bool = False


@dataclass(frozen=True, slots=True)
class Match:
    """A gazetteer match: ``[start, end)`` code-point offsets into the text, its ``text``, the
    candidate entities (several when the alias is ambiguous), the matched ``alias``, the
    ``variant`` (exact, kunya, vowel, joined, plural) and the word indices ``[first, last]``."""

    start: int
    end: int
    text: str
    candidates: tuple[Candidate, ...]
    alias: str
    variant: str
    first_word: int
    last_word: int
    n_words: int

    @property
    def rule(self) -> str:
        """``gazetteer:<alias>`` for exact matches, ``gazetteer~<variant>:<alias>`` otherwise;
        ``coref:plural`` for derived group plurals."""
        if self.variant == "plural":
            return "coref:plural"
        if self.variant == "exact":
            return f"gazetteer:{self.alias}"
        return f"gazetteer~{self.variant}:{self.alias}"


def word_key(word: str) -> str:
    """The match key of one word: its :func:`normalize_for_search` form."""
    return normalize_for_search(word)


#: least share of a word's corpus count that its other article form must have for the word to
#: count as a common noun (:func:`alternates_article`)
NOUN_ARTICLE_SHARE = 0.2


def alternates_article(word: str, counts: Mapping[str, int], *, share: float = NOUN_ARTICLE_SHARE) -> bool:
    """Whether the corpus word ``word`` (search normalization) is also frequent in its other
    article form (the article added, or removed), at least ``share`` of its own count, as common
    nouns are (صور / الصور, الجيب / جيب, مجلس / المجلس); names rarely are (سوروتش, جازان)."""
    other = word[len(ARTICLE):] if word.startswith(ARTICLE) else ARTICLE + word
    return counts.get(other, 0) >= share * counts.get(word, 0)


def fold_key(key: str) -> str:
    """Final «يه» (from يَة) read as «يا» in words of 5+ letters: سورية ~ سوريا, and the same
    fold on both sides keeps الديمقراطية ~ الديمقراطيه."""
    if len(key) >= 5 and key.endswith("يه"):
        return key[:-1] + "ا"
    return key


def cue_keys(name: str) -> frozenset[str]:
    """The words of cue list ``name`` as normalized (:func:`cue_words`) and also as
    :func:`fold_key` folds word keys («مديرية»: مديريه and مديريا), so that they match either."""
    words = cue_words(name)
    return words | frozenset(map(fold_key, words))


def name_keys(name: str) -> tuple[str, ...]:
    """The word keys of a name (letters/digits runs of its normalized form, :func:`fold_key`-ed)."""
    return tuple(map(fold_key, _WORD_RE.findall(normalize_for_search(name))))


@lru_cache(maxsize=1 << 17)
def readings(w: str) -> tuple[tuple[str, int, int], ...]:
    """Proclitic readings of the normalized word ``w``: ``(key, strip, span_strip)`` sorted by
    ``strip`` (letters peeled); ``span_strip`` is where the mention starts in the word (after
    the proclitics, or after «لل» when the article's alef was elided)."""
    out = [(w, 0, 0)]
    for conj in ("", "و", "ف"):
        if conj and not w.startswith(conj):
            continue
        r1 = w[len(conj):]
        c = len(conj)
        if conj and len(r1) >= 2:
            out.append((r1, c, c))
        head = r1[:1]
        if head and head in "بكل":
            r2 = r1[1:]
            if len(r2) >= 2:
                out.append((r2, c + 1, c + 1))
            if head == "ل" and r2[:1] == "ل" and len(r2) >= 3:
                out.append(("ا" + r2, c + 2, c + 2))
    return tuple(sorted(set(out), key=lambda x: (x[1], x[0])))


def skeleton(s: str) -> str:
    """``s`` without inner ي/و and with doubled letters collapsed (for space-insensitive keys); the
    last letter stays («محافظة ابو» is no «محافظة إب»)."""
    if len(s) < 3:
        return s
    t = s[0] + s[1:-1].replace("ي", "").replace("و", "") + s[-1]
    out = [t[0]]
    for ch in t[1:]:
        if ch != out[-1]:
            out.append(ch)
    return "".join(out)


#: :func:`skeleton` of the words and word pairs joined-name matching reads, per form (a dict hit
#: costs a third of an ``lru_cache`` one)
_SKELETONS = TypeCache(skeleton, 1 << 17)


def _vowel_deletions(w: str) -> list[str]:
    return [w[:j] + w[j + 1:] for j in range(1, len(w) - 1) if w[j] in "وي"]


def _letters(key: str) -> int:
    return len(key) - 2 if key.startswith(ARTICLE) and len(key) > 3 else len(key)


@lru_cache(maxsize=1)
def _corpus_counts() -> dict[str, int]:
    """Corpus word counts (clitic lexicon) in search normalization, words seen >= COMMON_MIN_COUNT."""
    try:
        with resources.files("marsad.text").joinpath("data", "clitic_lexicon.json").open(
                "r", encoding="utf-8") as fh:
            counts = json.load(fh)["counts"]
    except (FileNotFoundError, KeyError):
        return {}
    out: dict[str, int] = {}
    for w, c in counts.items():
        if c >= COMMON_MIN_COUNT:
            k = normalize_for_search(w)
            out[k] = out.get(k, 0) + c
    return out


@lru_cache(maxsize=1)
def _cue_shares() -> dict[str, tuple[int, int]]:
    """Corpus uses of one-word KB place names: key -> (uses, uses right after a place cue)."""
    try:
        raw = resources.files("marsad.entities").joinpath("data", "geo", "cue_share.tsv.gz").read_bytes()
    except (FileNotFoundError, OSError):
        return {}
    out: dict[str, tuple[int, int]] = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        key, uses, cued = line.split("\t")
        out[key] = (int(uses), int(cued))
    return out


def written_as_place(key: str) -> bool:
    """Whether the press writes the frequent word ``key`` as a place name: after a place cue in at
    least :data:`CUE_SHARE_MIN` of its corpus uses («العريش», «جازان», «الخرج»; not «البلاد»)."""
    uses, cued = _cue_shares().get(key, (0, 0))
    return cued >= CUE_SHARE_MIN_CUED and cued >= CUE_SHARE_MIN * uses


def _top_places(names: Iterable[tuple[tuple[str, ...], Any]]) -> dict[str, str]:
    """One-word place name -> the id of its most populous place, curated ones first (``names``:
    ``(name keys, entity)`` pairs)."""
    best: dict[str, tuple[tuple[bool, int], str]] = {}
    for words, entity in names:
        if entity.type == "LOC" and len(words) == 1:
            rank = (bool(entity.curated), entity.population or 0)
            if words[0] not in best or rank > best[words[0]][0]:
                best[words[0]] = (rank, entity.id)
    return {key: eid for key, (_rank, eid) in best.items()}


def _is_broken_plural(word: str, name: str) -> bool:
    """Whether ``word`` is the broken plural فواعل of the فاعل-shaped ``name`` (with or without
    the article): «الطوائف» (sects) is no spelling variant of «الطائف» (Taif), nor «الجوامع» of a
    «الجامع»; the one-vowel-more tolerance would read it so."""
    a = ARTICLE if word.startswith(ARTICLE) and name.startswith(ARTICLE) else ""
    w, n = word[len(a):], name[len(a):]
    return len(w) == 5 and w[1:3] == "وا" and n == w[0] + w[2:]


def _broken_plural(w: str) -> str | None:
    """فاعل -> فواعل for a 4-letter word with alef second (داعش -> دواعش)."""
    if len(w) == 4 and w[1] == "ا" and not w.startswith(ARTICLE):
        return w[0] + "وا" + w[2:]
    return None


class GazetteerIndex:
    """A compiled KB: word-key tuples -> candidates, with the variant tables.  Build with
    :func:`build_index`; thread-safe for reading (the per-word caches only grow)."""

    def __init__(self, kb: Any) -> None:
        self.kb = kb
        self.phrases: dict[tuple[str, ...], list[Candidate]] = {}
        self.first_max: dict[str, int] = {}
        self.known_words: set[str] = set()
        self.vowel_alts: dict[str, list[str]] = {}
        self.joined: dict[str, list[tuple[Candidate, int, str]]] = {}
        self.joined_prefix: set[str] = set()
        self._joined_sorted: list[str] | None = None
        #: one-word names spelled with final يه before :func:`fold_key` (سوريه): only these
        #: match a text word through the fold, so «تركية» (Turkish) is not تركيا
        self.yeh_names: set[str] = set()
        #: those of them that no name spells with «ة» and that are frequent corpus words
        #: (ماليه, Malé): a text word written «ية» (مالية, financial; تسوية, a settlement) is that
        #: word, not the name.  Rare ones (جونيه, Jounieh, which the press writes «جونية») still
        #: match either way
        self.heh_only: set[str] = set()
        self._teh_spelled: set[str] = set()
        self.counts = _corpus_counts()
        # per word form, bounded: its spelling alternatives; whether it may begin a joined name;
        # the (reading, alternative) pairs that begin an indexed name (most words begin none,
        # and are then skipped at the cost of one dict lookup)
        self._alt_cache = TypeCache(self._alternatives, _CACHE_SIZE)
        self._join_cache = TypeCache(self._join_readings, _CACHE_SIZE)
        #: word key -> :meth:`_starters` of an Arabic word / of any other token (two caches: no
        #: key tuple to build per token)
        self._word_starters = TypeCache(lambda key: self._starters((key, True)), _CACHE_SIZE)
        self._other_starters = TypeCache(lambda key: self._starters((key, False)), _CACHE_SIZE)
        named = [(text, entity, alias, name_keys(text)) for text, entity, alias in kb.names()]
        #: one-word place name -> the id of its most populous place (curated ones first): the only
        #: place a name the press writes as a place (:func:`written_as_place`) frees from the cue rule
        self._top_place = _top_places((words, entity) for _text, entity, _alias, words in named)
        for text, entity, alias, words in named:
            self._add_name(text, entity, alias.register, alias.text, words=words)
        for entity in kb:  # Latin aliases (ISIS, SDF)
            for alias in entity.aliases:
                if alias.lang != "ar":
                    self._add_name(alias.text, entity, alias.register, alias.text)
        self.heh_only = {k for k in self.heh_only - self._teh_spelled
                         if self.counts.get(k, 0) >= COMMON_MIN_COUNT}
        for words, bucket in self.phrases.items():  # a name exactly another entity's: no head variant
            if any(c.variant == "head" for c in bucket) and any(c.variant == "exact" for c in bucket):
                bucket[:] = [c for c in bucket if c.variant != "head"]
        for words in list(self.phrases):
            for w in words:
                self.known_words.add(w)
        for w in sorted(self.known_words):  # sorted: the variants keep one order in every process
            if len(w) >= VOWEL_MIN + 1:
                for d in _vowel_deletions(w):
                    if d not in self.known_words:
                        self.vowel_alts.setdefault(d, []).append(w)
        self._add_plurals()

    # -- building -----------------------------------------------------------------------------
    def _needs_cue(self, key: str, entity: Any) -> bool | None:
        """For a one-word name: None = do not index, True = needs a place cue, False = fine."""
        curated = entity.curated
        letters = _letters(key)
        if letters < MIN_LETTERS and not curated and not key.isascii():
            return None
        if curated:
            return False
        if entity.type == "PER":
            return None
        if key in HAND_STOP:
            return True
        if entity.type != "LOC":
            return key in self.counts and self.counts[key] >= 200
        if entity.kind == "country" or (entity.geo_precision or 1) >= 2 and entity.kind != "village":
            pop = max(entity.population or 0, NOUN_POP)
        else:
            pop = entity.population or 0
        count = self.counts.get(key, 0)
        if len(key) >= 5 and key.endswith("يا"):  # the word before fold_key: «حربية» (military), a
            teh = key[:-1] + "ه"                   # Turkish village's name, is counted as «حربيه»
            if self.counts.get(teh, 0) > count:
                key, count = teh, self.counts[teh]
        if count < COMMON_MIN_COUNT:
            return False
        noun_like = alternates_article(key, self.counts)  # صور / الصور; الجيب / جيب
        required = max(NOUN_POP if noun_like else 0, COMMON_POP_FACTOR * count)
        return pop < required and not (self._top_place.get(key) == entity.id and written_as_place(key))

    def _put(self, words: tuple[str, ...], cand: Candidate) -> None:
        bucket = self.phrases.setdefault(words, [])
        if any(c.entity_id == cand.entity_id for c in bucket):
            return
        bucket.append(cand)
        if self.first_max.get(words[0], 0) < len(words):
            self.first_max[words[0]] = len(words)

    def _add_name(self, text: str, entity: Any, register: str, alias_text: str,
                  *, words: tuple[str, ...] | None = None) -> None:
        """Index the name ``text`` of ``entity`` (``words``: its :func:`name_keys`, when known)."""
        words = name_keys(text) if words is None else words
        if not words:
            return
        if len(words) == 1:
            raw = _WORD_RE.findall(normalize_for_search(text))
            if len(raw) == 1 and raw[0] != words[0]:
                self.yeh_names.add(raw[0])  # سورية: the يه spelling is itself a name
                (self._teh_spelled if _written_teh(text, 0, len(text)) else self.heh_only).add(raw[0])
        if len(words) == 2 and words[0] == "عبد" and entity.type == "PER" and not entity.curated:
            return  # «عبد الرحمن» (a UN-listed Abdur Rehman) is one given name, as a one-word alias is
        needs_cue = False
        if len(words) == 1:
            nc = self._needs_cue(words[0], entity)
            if nc is None:
                return
            needs_cue = nc
        self._put(words, Candidate(entity.id, alias_text, register, "exact", needs_cue))
        if entity.type == "LOC" and entity.curated and any("غ" in w for w in words) and _g_spelled(entity.country):
            # a foreign g is written غ or ج («لوغار», «لوجار»: Logar): the curated name in the other spelling
            self._put(tuple(w.replace("غ", "ج") for w in words),
                      Candidate(entity.id, alias_text, register, "g_spelling", needs_cue))
        if len(words) >= 2 and words[0] in KUNYA_HEADS:
            second = words[1]
            seconds = {second, second[2:] if second.startswith(ARTICLE) and len(second) > 4
                       else ARTICLE + second}
            for head in KUNYA_HEADS:
                for s in seconds:
                    variant = (head, s) + words[2:]
                    if variant != words:
                        self._put(variant, Candidate(entity.id, alias_text, register, "kunya"))
        if len(words) >= 2 and words[0] in _province_heads() and entity.kind in PROVINCE_KINDS:
            for head in _province_heads():
                if head != words[0]:
                    self._put((head,) + words[1:], Candidate(entity.id, alias_text, register, "head"))
        if not any(w.startswith(ARTICLE) for w in words) and not text.isascii():
            joined = "".join(words)
            if len(joined) >= JOINED_MIN:
                sk = skeleton(joined)
                self.joined.setdefault(sk, []).append(
                    (Candidate(entity.id, alias_text, register, "joined"), len(joined), joined))
                self.joined_prefix.add(sk[:4])

    def _add_plurals(self) -> None:
        for words, cands in list(self.phrases.items()):
            if len(words) != 1:
                continue
            w = words[0]
            if w.startswith(ARTICLE) or len(w) < 3 or w.isascii():
                continue
            for c in cands:
                e = self.kb.get(c.entity_id)
                if e is None or e.type != "ORG" or c.variant != "exact":
                    continue
                forms = [w + "يون", w + "يين"]
                bp = _broken_plural(w)
                if bp:
                    forms.append(bp)
                for f in forms:
                    for key in (f, ARTICLE + f):
                        if (key,) in self.phrases and self.phrases[(key,)][0].variant != "plural":
                            continue
                        self._put((key,), Candidate(e.id, c.alias, c.register, "plural"))

    # -- lookup helpers -----------------------------------------------------------------------
    def _country(self, entity_id: str) -> bool:
        e = self.kb.get(entity_id)
        return e is not None and e.type == "LOC" and (e.kind or "") == "country"

    def _curated(self, entity_id: str) -> bool:
        e = self.kb.get(entity_id)
        return e is not None and (e.curated or e.kind == "country")

    def _well_known(self, entity_id: str) -> bool:
        """Curated entities, countries and places of >= ``WELL_KNOWN_POP`` people: the only ones
        matched through a spelling variant or a joined form (انتبه is not إنتيبي, مسجدين not
        «مسجد علیا»)."""
        e = self.kb.get(entity_id)
        return e is not None and (e.curated or e.kind == "country" or (e.population or 0) >= WELL_KNOWN_POP)


    def alternatives(self, key: str) -> tuple[str, ...]:
        """``key`` and the indexed words it matches with one long vowel more or less (cached)."""
        return self._alt_cache[key]

    def _alternatives(self, key: str) -> tuple[str, ...]:
        out = [key]
        if key not in self.known_words and len(key) >= VOWEL_MIN:
            out.extend(self.vowel_alts.get(key, ()))
            if len(key) >= VOWEL_MIN + 1:
                out.extend(d for d in _vowel_deletions(key) if d in self.known_words
                           and not _is_broken_plural(key, d))
        return tuple(dict.fromkeys(out))

    def inner_key(self, key: str) -> str:
        alts = self.alternatives(key)
        return alts[1] if len(alts) > 1 else key

    def _starters(self, form: tuple[str, bool]) -> tuple[tuple[str, int, int, str, int], ...]:
        """``(reading, strip, span_strip, indexed first word, longest name length)`` for every
        proclitic reading of the word ``key`` of ``form = (key, is_word)`` (an Arabic word; any
        other token is its own only reading) and every spelling alternative of it that begins an
        indexed name."""
        key, is_word = form
        first_max = self.first_max
        found = []
        for rkey, strip, span_strip in (readings(key) if is_word else ((key, 0, 0),)):
            for k0 in self.alternatives(rkey):
                maxlen = first_max.get(k0)
                if maxlen:
                    found.append((rkey, strip, span_strip, k0, maxlen))
        return tuple(found)

    def _join_readings(self, key: str) -> tuple[tuple[str, int, int], ...]:
        """The proclitic readings of the word ``key`` that may begin a joined name, in order (most
        words have none: decided once per form)."""
        return tuple(r for r in readings(key)
                     if r[1] <= 2 and not r[0].startswith(ARTICLE) and self._begins_joined(_SKELETONS[r[0]]))

    # -- matching -----------------------------------------------------------------------------
    def match(self, text: str, tokens: TokenList) -> list[Match]:
        """Non-overlapping gazetteer matches in ``text`` (tokenized as ``tokens``), in text order.

        Overlaps are resolved longest first (in characters), then leftmost.  Offsets are
        code-point indices into ``text``.
        """
        words = _words(text, tokens)
        n = len(words)
        if not n:
            return []
        keys = list(_keys(words))
        run_end = [0] * n  # index one past the last word reachable without a break
        end = n
        for i in range(n - 1, -1, -1):
            run_end[i] = end
            if words[i][3]:
                end = i
        inner = [None] * n
        found: list[Match] = []
        phrases = self.phrases
        word_starters = self._word_starters
        other_starters = self._other_starters
        for i in range(n):
            ws, we, key, _brk, kind = words[i]
            if kind == "number":
                continue
            best: tuple[int, int, int, tuple[str, ...], list[Candidate]] | None = None
            limit = run_end[i] - i
            is_word = kind == "word"
            starters = (word_starters if is_word else other_starters)[key]
            for rkey, strip, span_strip, k0, maxlen in starters:
                for m in range(min(maxlen, limit), 0, -1):
                    if best is not None and (m < best[0] or m == best[0] and strip >= best[1]):
                        break
                    if m == 1:
                        seq: tuple[str, ...] = (k0,)
                    else:
                        for j in range(i + 1, i + m):
                            if inner[j] is None:
                                inner[j] = self.inner_key(keys[j])
                        seq = (k0, *inner[i + 1:i + m])
                    cands = phrases.get(seq)
                    if not cands:
                        continue
                    if strip and "\u0643" in key[:strip]:  # ك «like» is rare before a name:
                        cands = [c for c in cands if self._curated(c.entity_id)]  # كبيرا is not ك + بيرا
                        if not cands:
                            continue
                    if strip and m == 1 and known_unsplit_word(text[ws:we]):
                        # a corpus word the tokenizer keeps whole («وزارية», «وتيرة»): read as
                        # proclitic + name only for curated names and countries
                        cands = [c for c in cands if self._curated(c.entity_id)]
                        if not cands:
                            continue
                    if m == 1 and i + 1 < n and (rkey, keys[i + 1]) in IDIOMS:
                        continue  # «مسقط رأس الرئيس»: his birthplace, not Muscat
                    if m == 1 and rkey.endswith(_YA) and _folded_here(text, ws, we) \
                            and rkey[:-1] + _HA not in self.yeh_names:
                        continue  # «تركية», «إسبانية»: an adjective, not the country
                    if m == 1 and rkey.endswith(_YA) and rkey[:-1] + _HA in self.heh_only \
                            and _written_teh(text, ws, we):
                        continue  # «غرامة مالية» (financial) is not «ماليه» (Malé)
                    if m > 1 and rkey.endswith(_YA) and _folded_here(text, ws, we):
                        # «روسية اليوم» (Russian ... today) is no «روسيا اليوم» (RT): a word
                        # written «ية» matches a name's first word only where the name writes it so
                        cands = [c for c in cands if not _first_word_ya(c.alias)]
                        if not cands:
                            continue
                    if not strip and key[:1] in "وف" and text[ws + 1:ws + 2] in _HAMZA_ALEFS:
                        # «وأم» is و + أمّ (led the prayer), not «وام» (WAM): the hamza written
                        # after و/ف shows a conjunction where the name has a bare alef
                        cands = [c for c in cands if c.alias[1:2] in _HAMZA_ALEFS]
                        if not cands:
                            continue
                    if m == 1 and (i > 0 and words[i - 1][4] == "number" and not words[i][3]
                                   or "\u064b" in text[ws:we]):
                        # «12 سوريا قتلوا», «هناك روسيًّا»: a counted noun or a word with tanween
                        # is a nisba (a Syrian, a Russian), not the country
                        cands = [c for c in cands if not self._country(c.entity_id)]
                        if not cands:
                            continue
                    if m == 1 and any(c.needs_cue for c in cands):
                        cue = i > 0 and (not words[i][3] or text[words[i - 1][1]:ws].strip() in _OPEN_QUOTES) \
                            and any(r[0] in PLACE_CUES for r in readings(keys[i - 1]))  # «مدينة «العريش»»
                        if not cue:
                            cands = [c for c in cands if not c.needs_cue]
                            if not cands:
                                continue
                    if k0 != rkey or any(inner[j] != keys[j] for j in range(i + 1, i + m)):
                        if m == 1:  # a one-word spelling variant: only well-known names
                            cands = [c for c in cands if self._well_known(c.entity_id)]
                            if not cands:
                                continue
                        cands = [c if c.variant != "exact" else Candidate(
                            c.entity_id, c.alias, c.register, "vowel", c.needs_cue) for c in cands]
                    best = (m, strip, span_strip, seq, cands)
                    break
            if best is None:
                if self.joined and is_word and self._join_cache.get(key) == ():
                    continue  # known to begin no joined name
                jm = self._joined_match(text, words, i, limit)
                if jm is not None:
                    found.append(jm)
                continue
            m, strip, span_strip, seq, cands = best
            start = _offset_in_word(text, ws, we, span_strip)
            stop = words[i + m - 1][1]
            variant = _variant(cands)
            found.append(Match(start, stop, text[start:stop], tuple(cands), cands[0].alias,
                               variant, i, i + m - 1, m))
        return _resolve_overlaps(_drop_noun_homonyms(found, words))

    def _begins_joined(self, sk: str) -> bool:
        """Is ``sk`` a prefix of some joined-name skeleton?  (The skeleton of words written
        together begins with the skeleton of the first word, so no joined match is lost.)"""
        if sk[:4] not in self.joined_prefix:
            return False
        if self._joined_sorted is None:
            self._joined_sorted = sorted(self.joined)
        at = bisect_left(self._joined_sorted, sk)
        return at < len(self._joined_sorted) and self._joined_sorted[at].startswith(sk)

    def _joined_match(self, text: str, words: list, i: int, limit: int) -> Match | None:
        if not self.joined or words[i][4] != "word":
            return None
        for rkey, strip, span_strip in self._join_cache[words[i][2]]:
            # grow the name one word at a time while its skeleton still begins a joined name
            # (the skeleton of joined words begins with the first word's); the longest wins
            best: tuple[int, list[Candidate]] | None = None
            joined = rkey
            for m in range(1, min(3, limit) + 1):
                if m > 1:
                    k = words[i + m - 1][2]
                    if words[i + m - 1][4] != "word" or k.startswith(ARTICLE) or len(k) < 2:
                        break
                    joined += k
                    if not self._begins_joined(_SKELETONS[joined]):
                        break
                if len(joined) < JOINED_MIN - 1:
                    continue
                cands = [cand for cand, length, alias_joined in self.joined.get(_SKELETONS[joined], ())
                         if abs(length - len(joined)) <= 2 and not (m == 1 and joined == alias_joined)]
                cands = list({c.entity_id: c for c in cands if self._well_known(c.entity_id)}.values())
                if cands:
                    best = (m, cands)
            if best is not None:
                m, cands = best
                start = _offset_in_word(text, words[i][0], words[i][1], span_strip)
                stop = words[i + m - 1][1]
                return Match(start, stop, text[start:stop], tuple(cands), cands[0].alias,
                             "joined", i, i + m - 1, m)
        return None


_YA = "\u064a\u0627"  # يا
_HA = "\u0647"  # ه (ة after normalization)


def _written_teh(text: str, ws: int, we: int) -> bool:
    """Is the word ``text[ws:we]`` written with a final «ة» (diacritics and tatweel aside)?"""
    word = text[ws:we].rstrip("\u0640\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
    return word.endswith("\u0629")


_OPEN_QUOTES = frozenset({"«", '"', "“", "'"})
_HAMZA_ALEFS = frozenset("\u0623\u0625\u0622")


def _first_word_ya(alias: str) -> bool:
    """Whether the first word of ``alias`` is written with a final «يا» (روسيا اليوم)."""
    first = _WORD_RE.findall(normalize_for_search(alias))
    return bool(first) and len(first[0]) >= 5 and first[0].endswith("يا")


def _folded_here(text: str, ws: int, we: int) -> bool:
    """Did :func:`fold_key` turn the word ``text[ws:we]``'s final يه into يا?"""
    return normalize_for_search(text[ws:we]).endswith("\u064a\u0647")


def _drop_noun_homonyms(found: list[Match], words: list) -> list[Match]:
    """Drop one-word matches of a :data:`NOUN_HOMONYMS` name in an article that also uses the
    word paired with it («القاعدة» in an article about «قاعدة العند» is the base; «سيول» beside
    «الأمطار» is floods)."""
    homonyms = [(name, noun) for name, noun in NOUN_HOMONYMS
                if any(m.n_words == 1 and words[m.first_word][2].endswith(name) for m in found)]
    if not homonyms:
        return found
    drop = set()
    for name, noun in homonyms:
        if any(r[0] == noun for w in words if w[4] == "word" for r in readings(w[2])):
            drop.add(name)
    if not drop:
        return found
    return [m for m in found if not (m.n_words == 1 and any(words[m.first_word][2].endswith(n) for n in drop))]


@lru_cache(maxsize=1)
def _province_heads() -> tuple[str, ...]:
    return tuple(name_keys(w)[0] for w in PROVINCE_HEADS)


def _variant(cands: Sequence[Candidate]) -> str:
    for c in cands:
        if c.variant == "exact":
            return "exact"
    return cands[0].variant


#: the words of the last documents (by ``id`` of their tokens): matching and linking both read
#: them, and a batch (:meth:`~marsad.entities.stage.EntitiesStage.predict_many`) matches all its
#: documents before it links them
_RECENT_WORDS: dict[int, tuple[str, TokenList, list]] = {}
_RECENT_LIMIT = 64


def _words(text: str, tokens: TokenList) -> list[tuple[int, int, str, bool, str]]:
    """Orthographic words as ``(start, end, key, break_before, kind)`` (reused for the same
    ``text`` and ``tokens`` objects among the last :data:`_RECENT_LIMIT` documents)."""
    got = _RECENT_WORDS.get(id(tokens))
    if got is not None and got[1] is tokens and got[0] is text:
        return got[2]
    words = _compute_words(tokens)
    if len(_RECENT_WORDS) >= _RECENT_LIMIT:
        del _RECENT_WORDS[next(iter(_RECENT_WORDS))]
    _RECENT_WORDS[id(tokens)] = (text, tokens, words)
    return words


def _keys(words: Iterable[tuple]) -> Iterator[str]:
    """The keys of :func:`_words`' words ``(start, end, key, break_before, kind)``, in order."""
    return map(_KEY, words)


_KEY = itemgetter(2)


def _compute_words(tokens: TokenList) -> list[tuple[int, int, str, bool, str]]:
    out: list[tuple[int, int, str, bool, str]] = []
    starts, ends, kinds, widx, norms = tokens.starts, tokens.ends, tokens.kinds, tokens.words, tokens.norms
    brk = False
    cur = -1
    for start, end, kind, w, norm in zip(starts, ends, kinds, widx, norms):
        if kind in _BREAK:
            brk = True
            continue
        if w == cur:
            s, _, key, b, k = out[-1]
            out[-1] = (s, end, key + norm, b, k)
            continue
        cur = w
        out.append((start, end, norm, brk, "word" if kind in ("proclitic", "article") else kind))
        brk = False
    return [(a, b, fold_key(k), c, d) for a, b, k, c, d in out]


def _offset_in_word(text: str, ws: int, we: int, view_offset: int) -> int:
    """The original offset of view position ``view_offset`` of the word ``text[ws:we]``."""
    if view_offset == 0:
        return ws
    nt = normalize(text[ws:we])
    if nt.aligned:
        return ws + view_offset
    return ws + nt.to_original(view_offset, view_offset)[0]


def _resolve_overlaps(matches: list[Match]) -> list[Match]:
    if len(matches) < 2:
        return matches
    chosen: list[Match] = []
    taken: list[tuple[int, int]] = []
    for m in sorted(matches, key=lambda m: (-(m.end - m.start), m.start)):
        if any(m.start < e and s < m.end for s, e in taken):
            continue
        chosen.append(m)
        taken.append((m.start, m.end))
    chosen.sort(key=lambda m: m.start)
    return chosen


def _g_spelled(country: str | None) -> bool:
    """Places of ``country`` (ISO code) have foreign names whose g Arabic writes غ or ج: not in the
    Arabic-speaking countries (:data:`~marsad.entities.latin_places.ARABIC_SPEAKING`), whose «غ» is
    its own sound («الغوطة» is not «الجوطة»)."""
    from .latin_places import ARABIC_SPEAKING  # (latin_places imports this module)
    return bool(country) and country not in ARABIC_SPEAKING


@lru_cache(maxsize=4)
def build_index(kb: Any) -> GazetteerIndex:
    """The compiled :class:`GazetteerIndex` of ``kb`` (built once per KB object and cached)."""
    return GazetteerIndex(kb)


def find_matches(text: str, tokens: TokenList, kb: Any) -> list[Match]:
    """Gazetteer matches of ``kb``'s names in ``text`` (tokenized as ``tokens``), in text order.

    Returns :class:`Match` values whose offsets are code-point indices into ``text``.
    """
    return build_index(kb).match(text, tokens)


def iter_name_keys(names: Iterable[str]) -> list[tuple[str, ...]]:
    """The key tuples of several names (helper for tests and tools)."""
    return [name_keys(n) for n in names]
