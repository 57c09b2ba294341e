"""Person names by pattern: a given name in the frame news writes people's names in.

The tagger misses many names it never saw in training («وأوضح رأفت الصباغ، المتحدث باسم
...»).  News wraps a person's name in a few fixed frames, and a name found in one of them is
a person even when neither the KB nor the tagger knows it:

* after a speech verb or a title: «وقال/وأوضح/أكد NAME ...», «المهندس/العميد NAME ...»;
* before an apposition that gives the person's role: «NAME، المتحدث باسم ...»,
  «NAME، وزير الأشغال»; also between commas after a role: «عضو المكتب السياسي، علي العماد،».

A name here is one to :data:`MAX_WORDS` words: the first is a *given name* (a word the corpus
uses as one, :func:`given_names`, and never with the article), the others carry no function word,
and at most the last has the article (الصباغ).  It must end at punctuation, a complementizer
(إن، أن ...) or the role apposition.  The lists are in ``data/cues.json`` (``speech_verbs``,
``person_roles``, ``person_titles``, ``name_stop``, ``given_names``).

Offsets are code-point indices into the text; spans never include a proclitic.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..text.normalize import normalize_for_search
from ..text.tokenize import TokenList
from .cues import cue_words
from .gazetteer import ARTICLE, _words, alternates_article, readings

__all__ = ["PersonSpan", "find_person_names", "given_names", "MAX_WORDS"]

MAX_WORDS = 4
#: least level (1-3, share of uses) of a corpus name context (``names.tsv.gz``: ``p1`` first
#: word after a title, ``bn`` next to بن) for a stem to count as a given name
MIN_NAME_LEVEL = 2

_SPEECH = cue_words("speech_verbs")
_ROLES = cue_words("person_roles")
_TITLES = cue_words("person_titles") | cue_words("person_pattern_titles")
_STOP = cue_words("name_stop") | cue_words("not_in_names") | cue_words("hand_stop")
_COMPLEMENTIZERS = cue_words("name_complementizers")
_COMMAS = frozenset("،,")


@dataclass(frozen=True, slots=True)
class PersonSpan:
    """A person name found by pattern: ``[start, end)`` code-point offsets into the text."""

    start: int
    end: int
    text: str
    type: str = "PER"
    score: float = 1.0
    source: str = "rule:person_pattern"


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Normalized given names: the hand list of ``data/cues.json`` (``given_names``: names that
    normalization folds into common words, e.g. علي ~ على), the stems the corpus uses as a first
    name after a title or next to بن (``names.tsv.gz`` contexts ``p1`` / ``bn`` at level >=
    :data:`MIN_NAME_LEVEL`), and the first words of the KB's person names."""
    from .features import load_names
    from .kb import load_kb

    out: set[str] = set()
    for stem, labels in load_names().items():
        if any(lab[:2] in ("p1", "bn") and lab[2:].isdigit() and int(lab[2:]) >= MIN_NAME_LEVEL
               for lab in labels):
            out.add(stem)
    for name, entity, _alias in load_kb().names():
        if entity.type == "PER":
            first = normalize_for_search(name).split()
            if first and not first[0].startswith(ARTICLE) and len(first) > 1:
                out.add(first[0])
    return frozenset(out - _STOP - _ROLES - _TITLES - _SPEECH) | cue_words("given_names")


def _bare(key: str) -> tuple[str, int]:
    """The word's key without a conjunction (و، ف) and how many letters that strips."""
    for r in readings(key):
        if r[1] <= 1 and r[0] != key and key[:1] in "وف":
            return r[0], r[1]
    return key, 0


def _is_cue(key: str, cues: frozenset[str]) -> bool:
    return any(r[0] in cues for r in readings(key) if r[1] <= 1)


def _comma_between(text: str, a: int, b: int) -> bool:
    return any(c in _COMMAS for c in text[a:b])


#: least letters of a given name (د. is a title's abbreviation, يد a word)
MIN_LETTERS = 3
#: a word this often written with the article (share of its bare count) is a common noun
#: (مجلس / المجلس), not a given name, unless the hand list has it
NOUN_ARTICLE_SHARE = 0.2


def _common_noun(key: str, counts: Mapping[str, int] | None) -> bool:
    if not counts or key in _HAND_NAMES:
        return False
    return counts.get(key, 0) >= 20 and alternates_article(key, counts, share=NOUN_ARTICLE_SHARE)


_HAND_NAMES = cue_words("given_names")


def find_person_names(text: str, tokens: TokenList, *, names: frozenset[str] | None = None,
                      counts: Mapping[str, int] | None = None) -> list[PersonSpan]:
    """Person names in ``text`` (tokenized as ``tokens``) found by the frames of the module
    docstring, in text order.  ``names`` overrides :func:`given_names` (tests); ``counts``
    (corpus word counts in search normalization, the gazetteer index's) rules out given names
    that are mostly common nouns."""
    names = given_names() if names is None else names
    words = _words(text, tokens)
    found: list[PersonSpan] = []
    n = len(words)
    i = 0
    while i < n:
        ws, we, key, brk, kind = words[i]
        if kind != "word" or key not in names or key.startswith(ARTICLE) or len(key) < MIN_LETTERS \
                or text[we - 1:we] == "\u0649" or _common_noun(key, counts):  # «على»: the preposition
            i += 1
            continue
        left = _left_frame(text, words, i)
        span = _name_at(text, words, i, left) if left else None
        if span is None:
            i += 1
            continue
        found.append(span[0])
        i = span[1]
    return found


def _left_frame(text: str, words: Sequence[tuple], i: int) -> str | None:
    """What comes before word ``i``: ``"cue"`` (a speech verb or title right before it),
    ``"comma"`` (a comma right before it), ``"open"`` (text start or other punctuation), else None."""
    if i == 0:
        return "open"
    prev = words[i - 1]
    if words[i][3]:  # punctuation between
        return "comma" if _comma_between(text, prev[1], words[i][0]) else "open"
    if prev[4] == "word" and _is_cue(prev[2], _SPEECH):
        return "cue"
    if prev[4] == "word" and _is_cue(prev[2], _TITLES):
        # a title opens a name only at a clause edge or after a speech verb: «مطار الملك
        # عبدالعزيز», «جامعة الملك سعود» are institutions
        if i < 2 or words[i - 1][3] or _is_cue(words[i - 2][2], _SPEECH) or words[i - 2][4] != "word":
            return "cue"
    return None


def _name_at(text: str, words: Sequence[tuple], i: int, left: str) -> tuple[PersonSpan, int] | None:
    """The name starting at word ``i`` in a frame, and the index of the word after it."""
    j = i + 1
    while j < len(words) and j - i < MAX_WORDS:
        s, e, key, brk, kind = words[j]
        if brk or kind != "word" or key in _STOP or _is_cue(key, _COMPLEMENTIZERS) \
                or text[e - 2:e] in ("اً", "ًا") \
                or _is_cue(key, _ROLES) or key[:1] in "وف" and _bare(key)[0] in _STOP:
            break
        if words[j - 1][2].startswith(ARTICLE) and j - 1 > i:
            break  # only the last word may carry the article
        if key[:1] in "بل" and not key.startswith(ARTICLE):
            break  # a preposition-bound word (باسم، لجماعة) ends the name
        j += 1
    if j - i < 2 and left != "cue":
        return None
    # the right frame
    after = words[j] if j < len(words) else None
    end_word = words[j - 1]
    if after is None:
        right = "open"
    elif after[3]:
        right = "comma" if _comma_between(text, end_word[1], after[0]) else "open"
    else:
        right = "complement" if _is_cue(after[2], _COMPLEMENTIZERS) else None
    if right is None:
        return None
    role_after = right == "comma" and after is not None and _is_cue(after[2], _ROLES)
    if left == "cue":
        ok = right in ("comma", "open", "complement")
    elif left == "comma":
        ok = role_after or (right == "comma" and _role_before(text, words, i))
    else:  # "open": only with the role apposition after it
        ok = role_after
    if not ok:
        return None
    start = words[i][0]
    end = end_word[1]
    return PersonSpan(start, end, text[start:end]), j


def _role_before(text: str, words: Sequence[tuple], i: int) -> bool:
    """Whether a role noun opens the phrase that ends in the comma before word ``i``
    («عضو المكتب السياسي لجماعة الحوثي، NAME،»)."""
    k = i - 1
    steps = 0
    while k >= 0 and steps < 6:
        if _is_cue(words[k][2], _ROLES):
            return True
        if words[k][3]:
            return False
        k -= 1
        steps += 1
    return False
