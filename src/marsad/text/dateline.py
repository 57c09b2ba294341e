"""The wire dateline at the start of an article body («بيروت - …», «القاهرة (رويترز) - …»).

``find_dateline(text)`` returns a :class:`Dateline` or ``None``.  Offsets are code-point
indices into ``text`` (end-exclusive): ``text[d.start:d.end] == d.text``,
``text[d.place_start:d.place_end] == d.place`` and, when present, the same for the agency
and the country.  Known agencies live in ``data/agencies.json``.  Stdlib only.

Shapes recognised, at the start of one of the first ``MAX_PARAGRAPHS`` paragraphs (the
headline lines above the body are skipped, never mined for a dateline):

* ``PLACE -`` / ``PLACE –`` / ``PLACE —`` / ``PLACE ـ`` (a standalone tatweel as dash)
* ``PLACE (AGENCY) -``, ``PLACE/ AGENCY -``, ``PLACE - AGENCY:``, ``PLACE - «OUTLET»:``
* ``PLACE، COUNTRY (AGENCY) -`` and ``PLACE (COUNTRY) -``
* ``PLACE:`` only with an agency, or when the paragraph is a long punctuated sentence.

PLACE is 1-3 Arabic words.  Rejected: a first word that is a title or kunya (أبو الحسن
المهاجر، الرئيس، الشيخ …), a common verb (قال، أعلنت، دعا …, also with و/ف), a function
word anywhere in the place (في، من، على …), labels (عاجل، خاص، تحديث …), and headline-like
paragraphs: the body after the dash must have at least ``MIN_BODY_WORDS`` words and either
end with sentence punctuation or be at least ``LONG_BODY_WORDS`` words long.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .sentences import paragraphs

__all__ = ["Dateline", "find_dateline", "MAX_PARAGRAPHS"]

#: How many paragraphs from the top are searched (seed 000 has 4 headline/lead lines first).
MAX_PARAGRAPHS = 6
#: Only this many characters from the top of the text are searched.
MAX_CHARS = 3000
MIN_BODY_WORDS = 6
LONG_BODY_WORDS = 15


@dataclass(frozen=True, slots=True)
class Dateline:
    """A wire dateline; every ``*_start``/``*_end`` pair is a code-point span into the text.

    ``text`` is the whole dateline up to and including its dash/colon (``بيروت -``);
    ``place`` the city (``text[place_start:place_end] == place``); ``agency`` the agency as
    written (``أ ف ب``) with ``agency_name`` its canonical name (``فرانس برس``), or ``None``;
    ``country`` the country after a comma or in parentheses (``الرقة، سوريا``), or ``None``.
    """

    start: int
    end: int
    text: str
    place_start: int
    place_end: int
    place: str
    agency: str | None = None
    agency_start: int | None = None
    agency_end: int | None = None
    agency_name: str | None = None
    country: str | None = None
    country_start: int | None = None
    country_end: int | None = None


_W = r"[\u0621-\u063A\u0641-\u064A\u0671-\u06D3][\u0621-\u065F\u0670-\u06D3]*"
_SP = r"[ \t\u00a0]+"
_OS = r"[ \t\u00a0]*"
_DASH = r"[-–—‒―]|(?<=[ \t\u00a0])ـ+(?=[ \t\u00a0])"
_HEAD_RE = re.compile(
    rf"(?P<place>{_W}(?:{_SP}{_W}){{0,2}})"
    rf"(?:{_OS}[،,]{_OS}(?P<country>{_W}(?:{_SP}{_W})?))?"
    rf"(?:{_OS}(?:[،,]|في){_OS}(?P<date>[0-9\u0660-\u0669]{{1,2}}{_SP}{_W}(?:{_SP}[0-9\u0660-\u0669]{{4}})?))?"
    rf"(?:{_OS}\({_OS}(?P<paren>[^()\n]{{1,30}}?){_OS}\))?"
    rf"(?:{_OS}/{_OS}(?P<slash>[^/()\n\-–—:]{{1,25}}?){_OS}(?P<slash_close>/)?)?"
    rf"(?:{_OS}(?P<sep>{_DASH}|:)|(?<=[)/]))"
)
# an agency after the dash: «واشنطن - أ ف ب:», «لندن ـ «القدس العربي»:»
_AGENCY_AFTER_RE = re.compile(
    rf"{_OS}(?P<ag>«[^«»\n]{{1,30}}»|[^\n:\-–—«»()]{{1,25}}?){_OS}(?P<sep2>:|{_DASH})"
)
_ARABIC_WORD_RE = re.compile(r"[\u0621-\u065F\u0670-\u06D3]+")
_DIAC = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670\u0640"
_FOLD = str.maketrans({**{c: None for c in _DIAC}, "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
                       "ى": "ي", "ة": "ه", " ": None, ".": None, "-": None, "\u00a0": None,
                       "\t": None})
_TERMINAL = tuple(".!?؟…\"'»”)")

_TITLES = {
    "ابو", "ابي", "ابا", "ابن", "بن", "بنت", "ام", "الشيخ", "السيد", "السيده", "الرئيس",
    "الوزير", "الدكتور", "د", "المتحدث", "الناطق", "العميد", "اللواء", "العقيد", "الامير",
    "الملك", "الامام", "الزعيم", "القائد", "المسؤول", "رئيس", "وزير", "الجنرال", "النائب",
    "الكاتب", "الصحفي", "مراسل", "المراسل", "بقلم", "كتب", "كتبت", "اعداد", "ترجمه", "تقرير",
    "تحليل", "حوار", "عاجل", "تحديث", "المصدر", "مصدر", "خاص", "متابعات", "شاهد", "فيديو",
    "بالفيديو", "بالصور", "صور", "حصري", "تنويه", "ملاحظه", "اقرا", "المزيد", "للمزيد",
    "الجمعه", "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "اليوم", "امس",
}
_VERBS = {
    "قال", "قالت", "اعلن", "اعلنت", "اكد", "اكدت", "دعا", "دعت", "ذكر", "ذكرت", "افاد",
    "افادت", "نقل", "نقلت", "كشف", "كشفت", "قتل", "قتلت", "لقي", "شن", "شنت", "اشار", "اشارت",
    "اعتبر", "اعتبرت", "اضاف", "اضافت", "تابع", "تابعت", "اوضح", "اوضحت", "بدا", "بدات",
    "اعلنت", "اصدر", "اصدرت", "نفى", "نفي", "نفت", "هدد", "هددت", "طالب", "طالبت", "حذر",
    "حذرت", "استهدف", "استهدفت", "سيطر", "سيطرت", "تمكن", "تمكنت", "يقول", "تقول", "يري",
    "تري", "اعتقل", "اعتقلت", "اغتال", "اصيب", "اصيبت", "سقط", "سقطت", "وصل", "وصلت",
    "نشر", "نشرت", "بث", "بثت", "تبنى", "تبني", "جاء", "جاءت", "كان", "كانت", "ليس", "بات",
    "باتت", "ظل", "ظلت", "اطلق", "اطلقت", "فجر", "فجرت", "هاجم", "هاجمت", "ناشد", "حض",
}
_FUNCTION = {
    "في", "من", "على", "علي", "الى", "الي", "عن", "مع", "هذا", "هذه", "ذلك", "تلك", "التي",
    "الذي", "الذين", "قد", "لم", "لن", "لا", "ما", "ان", "او", "ثم", "حتى", "حتي", "كل",
    "بعد", "قبل", "عند", "منذ", "بين", "هو", "هي", "هم", "نحن", "انا", "انه", "انها", "لكن",
    "بل", "اذا", "لقد", "اي", "غير", "بعض", "عبر", "خلال", "حول", "ضد", "لدى", "لدي", "مثل",
}


def _fold(s: str) -> str:
    return s.translate(_FOLD)


@lru_cache(maxsize=1)
def _agencies() -> dict[str, str]:
    """Folded spelling -> canonical agency name."""
    raw = json.loads(resources.files("marsad.text").joinpath("data/agencies.json").read_text("utf-8"))
    out: dict[str, str] = {}
    for a in raw["agencies"]:
        for v in [a["name"], *a["variants"]]:
            out[_fold(v)] = a["name"]
    return out


def _agency_name(s: str) -> str | None:
    key = _fold(s.strip("«»\"' \t"))
    if key.startswith("وكاله") and key != "وكالات":
        key = key[5:]
    ags = _agencies()
    if key in ags:
        return ags[key]
    return None


def _bad_place(words: list[str]) -> bool:
    folded = [_fold(w) for w in words]
    first = folded[0]
    if first in _TITLES or first in _VERBS:
        return not (first == "ابو" and len(folded) > 1 and folded[1] == "ظبي")
    if first[:1] in "وف" and (first[1:] in _VERBS or first[1:] in _FUNCTION
                              or first[1:] in _TITLES or first[1:3] == "ال"):
        return True  # وقال ، فالتنظيم ، وفي
    if first.startswith(("بال", "لل", "كال")):
        return True
    return any(w in _FUNCTION or w in _TITLES for w in folded)


def _try(text: str, ps: int, pe: int) -> Dateline | None:
    m = _HEAD_RE.match(text, ps, pe)
    if m is None:
        return None
    place = m.group("place")
    words = _ARABIC_WORD_RE.findall(place)
    if not words or _bad_place(words):
        return None
    agency = agency_s = agency_e = agency_name = None
    country = country_s = country_e = None
    if m.group("country") is not None:
        country, country_s, country_e = m.group("country"), m.start("country"), m.end("country")
        if _bad_place(_ARABIC_WORD_RE.findall(country)):
            return None
    if m.group("paren") is not None:
        p = m.group("paren")
        name = _agency_name(p)
        if name is not None:
            agency, agency_s, agency_e, agency_name = p, m.start("paren"), m.end("paren"), name
        elif country is None and re.fullmatch(rf"{_W}(?:{_SP}{_W})?", p) \
                and not _bad_place(_ARABIC_WORD_RE.findall(p)):
            country, country_s, country_e = p, m.start("paren"), m.end("paren")
        else:
            return None
    if m.group("slash") is not None:
        sl = m.group("slash")
        name = _agency_name(sl)
        if name is None or agency is not None:
            return None
        agency, agency_s, agency_e, agency_name = sl, m.start("slash"), m.end("slash"), name
    sep = m.group("sep")
    if sep is None:
        # no dash: only «القاهرة (رويترز) قال …» or «القاهرة في 18 مارس /أ ش أ/ أكد …»
        if agency is None or (m.group("slash") is not None and m.group("slash_close") is None):
            return None
        end = m.end()
    else:
        end = m.end("sep")
    if agency is None and sep != ":":
        a = _AGENCY_AFTER_RE.match(text, end, pe)
        if a is not None:
            name = _agency_name(a.group("ag"))
            quoted = a.group("ag").startswith("«") and a.group("sep2") == ":"
            if name is not None or quoted:
                ag = a.group("ag")
                agency, agency_s, agency_e = ag, a.start("ag"), a.end("ag")
                agency_name = name if name is not None else ag.strip("«»")
                end = a.end("sep2")
    # the body: a real paragraph, not a headline
    body = text[end:pe].strip()
    nwords = len(body.split())
    if nwords < MIN_BODY_WORDS:
        return None
    if not body.endswith(_TERMINAL) and nwords < LONG_BODY_WORDS:
        return None
    if sep == ":" and agency is None and (len(words) > 1 or not body.endswith(_TERMINAL)
                                          or nwords < 10):
        return None
    return Dateline(
        start=ps, end=end, text=text[ps:end],
        place_start=m.start("place"), place_end=m.end("place"), place=place,
        agency=agency, agency_start=agency_s, agency_end=agency_e, agency_name=agency_name,
        country=country, country_start=country_s, country_end=country_e,
    )


def find_dateline(text: str) -> Dateline | None:
    """Find the wire dateline at the start of the article body.

    Takes the original article text; returns a :class:`Dateline` whose offsets are
    code-point indices into ``text``, or ``None`` when the article has no dateline.  Only
    the starts of the first ``MAX_PARAGRAPHS`` paragraphs (within ``MAX_CHARS``) are tried.
    """
    head = text[:MAX_CHARS]
    for i, p in enumerate(paragraphs(head)):
        if i >= MAX_PARAGRAPHS:
            break
        # the paragraph may be cut by MAX_CHARS: use the full line end in ``text``
        pe = text.find("\n", p.start)
        pe = len(text) if pe < 0 else pe
        d = _try(text, p.start, pe)
        if d is not None:
            return d
    return None
