"""Readable English forms of Arabic names (خالد فريد سلام -> Khalid Farid Salam).

:func:`romanize` is a rule-based, deterministic transliteration meant for readers, not a
reversible scheme: no diacritics, common given names from a table (محمد Muhammad, أحمد Ahmad,
عبد الله Abdullah, ...), the article as ``al-`` (assimilated before sun letters only when
``sun_letters=True``: ``ash-Sham``), أبو/أبي/أبا -> ``Abu``, عبد + ال... -> ``Abd al-...``,
ة -> ``a`` (``at`` before a following word in construct is not attempted), long vowels ا و ي ى
as ``a u i a``, short vowels (unwritten) guessed with a light pattern rule: an ``a`` between
consonants of a short unvoweled cluster (سلام -> Salam, فريد -> Farid); every word capitalized
except the article.  :func:`english_name` prefers the KB's ``name_en``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..text.normalize import normalize

__all__ = ["romanize", "english_name", "COMMON_NAMES"]

#: frequent names and name parts with their usual English spelling (keys: alef/ya folded forms)
COMMON_NAMES: dict[str, str] = {
    "محمد": "Muhammad", "احمد": "Ahmad", "محمود": "Mahmoud", "علي": "Ali", "عمر": "Omar",
    "عثمان": "Uthman", "حسن": "Hasan", "حسين": "Hussein", "خالد": "Khalid", "ابراهيم": "Ibrahim",
    "اسماعيل": "Ismail", "يوسف": "Yusuf", "مصطفى": "Mustafa", "مصطفي": "Mustafa",
    "عبدالله": "Abdullah", "عبد الله": "Abdullah", "عبدالرحمن": "Abd al-Rahman",
    "صالح": "Salih", "سعيد": "Said", "سعد": "Saad", "فهد": "Fahd", "سلمان": "Salman",
    "عيسى": "Isa", "عيسي": "Isa", "موسى": "Musa", "موسي": "Musa", "يحيى": "Yahya", "يحيي": "Yahya",
    "طارق": "Tariq", "زياد": "Ziad", "ياسر": "Yasser", "جمال": "Jamal", "كمال": "Kamal",
    "نبيل": "Nabil", "نعيم": "Naim", "فريد": "Farid", "سلام": "Salam", "بكر": "Bakr",
    "البغدادي": "al-Baghdadi", "المهاجر": "al-Muhajir", "الحسن": "al-Hasan", "العدناني": "al-Adnani",
    "القرشي": "al-Qurashi", "الهاشمي": "al-Hashimi", "الجولاني": "al-Jolani", "الظواهري": "al-Zawahiri",
    "اسامة": "Osama", "اسامه": "Osama", "بن": "bin", "ابن": "Ibn", "لادن": "Laden", "زيد": "Zaid",
    "فاطمة": "Fatima", "فاطمه": "Fatima", "عائشة": "Aisha", "مريم": "Maryam", "زينب": "Zainab",
    "الرحمن": "al-Rahman", "رحمن": "Rahman", "الرحيم": "al-Rahim", "الكريم": "al-Karim",
    "العزيز": "al-Aziz", "الشرع": "al-Sharaa", "دير": "Deir", "منبج": "Manbij",
    "الله": "Allah", "داعش": "Daesh", "قسد": "SDF", "سوريا": "Syria", "العراق": "Iraq",
}

_LETTERS = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "ء": "", "ؤ": "u", "ئ": "i",
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
    "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
    "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n",
    "ه": "h", "ة": "a", "و": "w", "ي": "y", "ى": "a", "گ": "g", "پ": "p", "چ": "ch", "ڤ": "v",
}
_SUN = set("تثدذرزسشصضطظلن")
_VOWELISH = set("اوىيآة")
_WORD_RE = re.compile(r"\S+")


def _clean(word: str) -> str:
    return normalize(word, alef=False, alef_maqsura=False, ta_marbuta=False).text


def _fold(word: str) -> str:
    return normalize(word, ta_marbuta=False).text


def _translit(stem: str) -> str:
    """Letters of an unvocalized stem with a guessed short 'a' between consonant clusters."""
    out: list[str] = []
    n = len(stem)
    for i, ch in enumerate(stem):
        nxt = stem[i + 1] if i + 1 < n else ""
        if ch == "و" and i > 0 and stem[i - 1] not in _VOWELISH:
            out.append("u" if nxt not in _VOWELISH and nxt else ("u" if not nxt else "w"))
            continue
        if ch == "ي" and i > 0 and stem[i - 1] not in _VOWELISH:
            out.append("i" if nxt not in _VOWELISH else "y")
            continue
        if ch == "ا" and i > 0:
            out.append("a")
            continue
        piece = _LETTERS.get(ch, "" if "\u0600" <= ch <= "\u06ff" else ch)
        out.append(piece)
        # short vowel guess: after a consonant followed by another consonant (not the last letter)
        if (ch not in _VOWELISH and ch != "ع" and nxt and nxt not in _VOWELISH
                and i < n - 2 and (i == 0 or stem[i - 1] in _VOWELISH)):
            out.append("a")
        elif ch == "ع" and (i == 0 or stem[i - 1] not in _VOWELISH) and nxt and nxt not in _VOWELISH:
            out.append("a")
    s = "".join(out)
    s = re.sub(r"aa+", "a", s)
    if stem[:1] == "ع" and s[:1] != "a":
        s = "a" + s if s[:1] not in "aeiou" else s
    return s


def _word(word: str, *, sun_letters: bool) -> str:
    folded = _fold(word)
    if folded in COMMON_NAMES:
        return COMMON_NAMES[folded]
    w = _clean(word)
    if w.startswith("ال") and len(w) > 3:
        stem = w[2:]
        key = _fold(stem)
        body = COMMON_NAMES.get(key) or _translit(stem).capitalize()
        if sun_letters and stem[0] in _SUN and stem[0] != "ل":
            first = _LETTERS[stem[0]]
            return f"a{first}-{body}"
        return f"al-{body}"
    return _translit(w).capitalize()


def romanize(name: str, *, sun_letters: bool = False) -> str:
    """A readable Latin spelling of the Arabic ``name`` (Latin text is returned as is).

    «خالد فريد سلام» -> ``Khalid Farid Salam``; «أبو الحسن المهاجر» -> ``Abu al-Hasan al-Muhajir``;
    «عبد الرحمن» -> ``Abd al-Rahman``; «عبد الله» -> ``Abdullah``.  Cached per name.
    """
    return _romanize(name, sun_letters)


@lru_cache(maxsize=1 << 15)
def _romanize(name: str, sun_letters: bool) -> str:
    words = _WORD_RE.findall(name)
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        folded = _fold(w)
        if not re.search("[\u0600-\u06ff]", w):
            out.append(w)
        elif folded in ("ابو", "ابي", "ابا"):
            out.append("Abu")
        elif folded == "عبد" and i + 1 < len(words):
            nxt = _fold(words[i + 1])
            if nxt == "الله":
                out.append("Abdullah")
            else:
                out.append("Abd " + _word(words[i + 1], sun_letters=sun_letters))
            i += 2
            continue
        elif folded.startswith("عبدال") and folded != "عبدالله" and len(folded) > 5:
            out.append("Abd " + _word(w[3:], sun_letters=sun_letters))
        elif folded in ("و",):
            out.append("wa")
        else:
            out.append(_word(w, sun_letters=sun_letters))
        i += 1
    return " ".join(out)


def english_name(entity: Any | None, arabic_name: str) -> str:
    """The KB entity's ``name_en`` when it has one, else :func:`romanize` of ``arabic_name``."""
    if entity is not None and getattr(entity, "name_en", None):
        return entity.name_en
    return romanize(arabic_name)
