"""Character maps used by :mod:`marsad.text.normalize`, kept as data (no logic beyond building them).

Each map sends one code point (``int``) to its replacement string; ``""`` means the character is
deleted from the normalized view.  Every map is per code point and context free, so maps compose
character by character and every normalized character can be traced back to exactly one
original character (see :class:`marsad.text.normalize.NormalizedText`).

The presentation-form and Latin case-fold maps are derived from the Unicode database shipped with
Python (``unicodedata``) when this module is imported; the others are written out by hand.
"""

from __future__ import annotations

import unicodedata

# -- diacritics (harakat, tanwin, shadda, sukun, Quranic annotation marks) ---------------------
_DIACRITIC_RANGES: tuple[tuple[int, int], ...] = (
    (0x0610, 0x061A),  # honorific signs, small high letters
    (0x064B, 0x065F),  # fathatan .. wavy hamza below (tanwin, harakat, shadda, sukun, ...)
    (0x0670, 0x0670),  # superscript (dagger) alef
    (0x06D6, 0x06DC),  # Quranic small high ligatures
    (0x06DF, 0x06E4),  # Quranic small marks
    (0x06E7, 0x06E8),
    (0x06EA, 0x06ED),
    (0x08D3, 0x08E1),  # Arabic Extended-A marks
    (0x08E3, 0x08FF),
)
DIACRITICS: dict[int, str] = {
    cp: "" for lo, hi in _DIACRITIC_RANGES for cp in range(lo, hi + 1)
}

# -- tatweel (kashida) -----------------------------------------------------------------------
TATWEEL: dict[int, str] = {0x0640: ""}

# -- alef with hamza / madda / wasla -> bare alef ------------------------------------------------
# ؤ (U+0624) and ئ (U+0626) are deliberately NOT folded: their seat is spelled consistently in
# news text and folding them (to و / ي) merges real words (رئيس ~ ريس, مسؤول ~ مسوول is rarer
# than the damage).  The lone hamza ء is kept as well.
ALEF: dict[int, str] = {
    0x0622: "\u0627",  # آ alef with madda above
    0x0623: "\u0627",  # أ alef with hamza above
    0x0625: "\u0627",  # إ alef with hamza below
    0x0671: "\u0627",  # ٱ alef wasla
    0x0672: "\u0627",  # ٲ alef with wavy hamza above
    0x0673: "\u0627",  # ٳ alef with wavy hamza below
    0x0675: "\u0627",  # ٵ high hamza alef
}

# -- alef maqsura (and the Farsi yeh that Persian keyboards type for it) -> ya ------------------
ALEF_MAQSURA: dict[int, str] = {
    0x0649: "\u064A",  # ى alef maqsura
    0x06CC: "\u064A",  # ی Farsi yeh (dotless in final position, like ى)
}

# -- ta marbuta -> ha (for matching only: the two are confused in final position) ---------------
TA_MARBUTA: dict[int, str] = {0x0629: "\u0647"}

# -- digits: Arabic-Indic and Extended Arabic-Indic (Persian/Urdu) -> ASCII ----------------------
DIGITS: dict[int, str] = {}
for _i in range(10):
    DIGITS[0x0660 + _i] = str(_i)  # ٠..٩
    DIGITS[0x06F0 + _i] = str(_i)  # ۰..۹

# -- invisible controls: zero-width, bidi embeddings/overrides/isolates, BOM, soft hyphen, ALM ----
_CONTROL_CODEPOINTS: tuple[int, ...] = (
    *range(0x200B, 0x2010),  # ZWSP, ZWNJ, ZWJ, LRM, RLM
    *range(0x202A, 0x202F),  # LRE, RLE, PDF, LRO, RLO
    0x2060,                  # word joiner
    *range(0x2066, 0x206A),  # LRI, RLI, FSI, PDI
    0xFEFF,                  # BOM / zero-width no-break space
    0x00AD,                  # soft hyphen
    0x061C,                  # Arabic letter mark
)
CONTROLS: dict[int, str] = {cp: "" for cp in _CONTROL_CODEPOINTS}

# -- Arabic presentation forms (text copied out of PDFs) -> NFKC ---------------------------------
PRESENTATION_FORM_RANGES: tuple[tuple[int, int], ...] = ((0xFB50, 0xFDFF), (0xFE70, 0xFEFF))


def _presentation_forms() -> dict[int, str]:
    out: dict[int, str] = {}
    for lo, hi in PRESENTATION_FORM_RANGES:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            folded = unicodedata.normalize("NFKC", ch)
            if folded != ch:
                out[cp] = folded
    return out


#: e.g. ﻻ (U+FEFB) -> "لا" (one character becomes two), ﺑ (U+FE91) -> "ب", ﷲ -> "الله".
PRESENTATION_FORMS: dict[int, str] = _presentation_forms()


# -- Latin case folding (only Latin: Basic Latin, Latin-1, Extended-A/B, Extended Additional) ----
_LATIN_RANGES: tuple[tuple[int, int], ...] = (
    (0x0041, 0x005A), (0x00C0, 0x024F), (0x1E00, 0x1EFF),
)


def _latin_casefold() -> dict[int, str]:
    out: dict[int, str] = {}
    for lo, hi in _LATIN_RANGES:
        for cp in range(lo, hi + 1):
            folded = chr(cp).casefold()
            if folded != chr(cp):
                out[cp] = folded
    return out


#: e.g. "A" -> "a", "ß" -> "ss" (1 -> 2 characters).
LATIN_CASEFOLD: dict[int, str] = _latin_casefold()

del _i
