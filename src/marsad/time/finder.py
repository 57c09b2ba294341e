"""Finding Arabic time expressions: one precompiled regex scan over the normalized view.

:func:`find_candidates` normalizes the text (:func:`marsad.text.normalize.normalize`: diacritics,
hamza forms, tatweel, ta marbuta, Arabic-Indic digits folded), runs one master regex whose
alternatives are the expression families (numeric dates, day + month, month names of every
system, years, decades, relative periods, offsets «قبل ثلاثة أيام», durations, sets, day
references «أمس», weekdays, clock times), filters each hit with the context rules that keep
false hits out («السبت» after a name, «غدا» the verb, years that are counts, ages), and chains
adjacent hits that name one moment («أمس الأربعاء 20 مارس الجاري») into one candidate.

Candidates carry *view* offsets and the named groups of their pieces; :mod:`marsad.time.resolve`
turns them into values and :mod:`marsad.time.tagger` maps offsets back to the original text.
The only Python loop runs over regex hits (a handful per article), never over tokens.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .lexicon import Lexicon, alternation, lexicon

__all__ = ["Piece", "Candidate", "Grammar", "grammar", "find_candidates"]

SP = r"[^\S\n]+"
SP0 = r"[^\S\n]*"
WORD_RE = re.compile(r"[^\W\d_]+")
_ART = r"(?:ال|(?<=ل)ل)"  # the article, or its ل after the preposition ل («للعام»)


@dataclass(frozen=True)
class Piece:
    """One regex hit: ``kind`` (the master-regex alternative), view ``[start, end)``, its groups."""

    kind: str
    start: int
    end: int
    groups: dict[str, str]


@dataclass
class Candidate:
    """One time expression before resolution: chained pieces, view offsets, context tense."""

    start: int
    end: int
    pieces: list[Piece]
    tense: str | None = None  # 'past' | 'future' | None (from cue words around it)
    notes: dict[str, Any] = field(default_factory=dict)

    @property
    def kinds(self) -> tuple[str, ...]:
        return tuple(p.kind for p in self.pieces)


class Grammar:
    """The compiled master regex and the helper regexes, built once from the lexicon."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        month = alternation(lex.months)
        mod = alternation(lex.modifiers)
        part = alternation(lex.month_parts)
        suffix = alternation(lex.suffix_gregorian | lex.suffix_hijri)
        y4 = r"(?<![\d.,])[12]\d{3}(?![\d%]|[.,]\d)"
        weekday = alternation(lex.weekdays)
        pod = alternation(lex.parts_of_day)
        numw = alternation(lex.number_words)
        vague = alternation(lex.vague_numbers)
        hedge = alternation(lex.hedges)
        units = alternation(lex.units)
        unit_sg = alternation(w for w, (_, f) in lex.units.items() if f == "sg")
        unit_dual = alternation(w for w, (_, f) in lex.units.items() if f == "dual")
        unit_sg_ro = alternation(w for w, (u, f) in lex.units.items() if f == "sg" and u != "DE")
        unit_pl = alternation(w for w, (_, f) in lex.units.items() if f == "pl")
        unit_counted = alternation(w for w, (_, f) in lex.units.items() if f != "dual")
        qty = rf"(?:\d{{1,4}}(?![\d.,]\d)|{numw}(?:{SP}و{SP0}{numw})?|{vague})"
        dayref = alternation(lex.day_refs)
        day_after_part = alternation(lex.day_after_part)
        decade = alternation(lex.decades)
        century = alternation(lex.centuries)
        period = r"(?:اسبوع|شهر|عام|سنه|عقد)"
        ordinal = alternation(lex.ordinal_days)
        sets = alternation(lex.sets)
        bare_wd = alternation(lex.weekdays_bare)
        plural = alternation(k.removeprefix("ال") for k in lex.plural_periods)
        ppmod = alternation(lex.plural_period_mods)
        hour = alternation(lex.hour_words)
        clock_part = alternation(lex.clock_parts)
        year_cue = alternation(w for w in lex.year_cues)

        def monthx(p: str) -> str:
            return (rf"(?P<{p}_m>{month})(?:{SP0}(?:[/\\]|\(){SP0}(?P<{p}_m2>{month}){SP0}\)?|{SP}(?P<{p}_m3>{month})(?!\w))?")

        def yearpart(p: str) -> str:
            return (rf"(?:{SP0}[,،/\-]?{SP0}(?:\({SP0})?(?P<{p}_y>{y4})(?:{SP0}\))?"
                    rf"(?:{SP0}(?P<{p}_suf>{suffix})(?!\w))?"
                    rf"|{SP}(?:من{SP})?(?:ال|لل)?(?:عام|سنه){SP}(?:(?P<{p}_y2>{y4})|(?P<{p}_ymod>{mod})))")

        alts = {
            "numdate": (rf"(?<![\d/.])(?:(?P<nd_y1>[12]\d{{3}})(?P<nd_s1>-|/|\.)(?P<nd_m1>\d{{1,2}})(?P=nd_s1)(?P<nd_d1>\d{{1,2}})"
                        rf"|(?P<nd_d>\d{{1,2}})(?P<nd_s>{SP0}/{SP0}|-|\.)(?P<nd_m>\d{{1,2}})(?P=nd_s)(?P<nd_y>[12]\d{{3}}))(?![\d/])"
                        rf"(?:{SP0}(?P<nd_suf>{suffix})(?!\w))?"),
            "daymonth": (rf"(?:(?P<dm_d>(?:[12][0-9]|3[01]|0?[1-9]))(?!\d)|(?P<dm_ord>{ordinal}){SP}من|(?P<dm_first>اول))"
                         rf"{SP0}(?:/{SP0})?(?:(?:من{SP})?شهر{SP})?{monthx('dm')}"
                         rf"(?:{yearpart('dm')})?(?:{SP}(?P<dm_mod>{mod}))?"),
            "clock": (rf"(?:(?P<ck_pre>(?:عند{SP})?الساعه){SP}(?:(?P<ck_h2>\d{{1,2}})[:.](?P<ck_min2>\d{{2}})(?!\d)|(?P<ck_hd>\d{{1,2}})(?![\d:])|(?P<ck_hw2>{hour}))"
                      rf"|(?P<ck_h>\d{{1,2}}):(?P<ck_min>\d{{2}})(?!\d)|(?P<ck_hw>{hour})(?=(?:{SP}(?:و{SP0})?(?:النصف|الربع|نصف|ربع|الا{SP}ربعا|الا{SP}الربع|الا{SP}ثلثا))?{SP}{clock_part}))"
                      rf"(?:{SP}(?:و{SP0})?(?P<ck_frac>النصف|الربع|نصف|ربع|الا{SP}ربعا|الا{SP}الربع|الا{SP}ثلثا))?"
                      rf"(?:{SP}(?P<ck_part>{clock_part}))?"
                      rf"(?:{SP}(?P<ck_tz>بالتوقيت{SP}المحلي|بتوقيت{SP}[^\W\d_]+|\({SP0}ت{SP0}غ{SP0}\)|ت{SP0}غ|gmt|GMT))?"),
            "reloffset": (rf"(?P<ro_dir>قبل|منذ|بعد){SP}(?:(?P<ro_hedge>{hedge}){SP})?"
                          rf"(?:(?P<ro_n>{qty}){SP}(?P<ro_u>{unit_counted})|(?P<ro_dual>{unit_dual})"
                          rf"|(?P<ro_sg>{unit_sg_ro})(?!{SP0}(?:\(|\d|{month}|{weekday}|{dayref}|ال))"
                          rf"|(?P<ro_pl>{unit_pl})(?!{SP0}(?:\d|{numw})))"
                          rf"(?:{SP}(?P<ro_now>من{SP}الان))?"),
            "relperiod": (rf"(?:(?P<rp_part>{part}){SP}(?:من{SP})?)?"
                          rf"(?:{_ART}(?P<rp_p>{period}){SP}(?P<rp_before>(?:ما{SP})?قبل{SP})?(?P<rp_mod>{mod})"
                          rf"|(?P<rp_this>هذا|هذه){SP}ال(?P<rp_p2>{period})"
                          rf"|(?(rp_part)ال(?P<rp_p3>عام|سنه|شهر|اسبوع)(?!{SP0}(?:\d|{mod}|\(|قبل))|(?!)))"),
            "plperiod": (rf"{_ART}(?P<pp_p>{plural})(?:{SP}(?:ال)?(?P<pp_n>{numw}))?{SP}(?P<pp_mod>{ppmod})"),
            "decade": (rf"(?:(?P<dc_part>{part}){SP})?(?:عقد{SP})?(?P<dc>{decade})"
                       rf"(?:{SP}(?:من{SP})?(?P<dc_c>{century}))?"),
            "century": rf"(?:(?P<ce_part>{part}){SP})?(?P<ce>{century})",
            "month": (rf"(?:(?P<mo_part>{part}){SP}(?:من{SP})?)?(?P<mo_sh>شهري?{SP})?{monthx('mo')}"
                      rf"(?:{yearpart('mo')})?(?:{SP}(?P<mo_mod>{mod}))?"),
            "year": (rf"(?:(?P<yr_part>{part}){SP}(?:من{SP})?)?"
                     rf"(?:(?P<yr_cue>{year_cue}){SP0}(?:\({SP0})?(?P<yr_y>{y4})(?:{SP0}[/\-]{SP0}(?P<yr_y2>{y4}))?(?:{SP0}\))?"
                     rf"|\({SP0}(?P<yr_py>{y4}){SP0}\)|(?P<yr_bare>{y4}))"
                     rf"(?:{SP0}(?P<yr_suf>{suffix})(?!\w))?"),
            "set": rf"(?P<st>{sets})|كل{SP}(?:يوم{SP})?(?P<st_wd>{bare_wd})",
            "dayref": (rf"(?P<dr_pod>{pod}){SP}(?:يوم{SP})?(?P<dr_after>{day_after_part})"
                       rf"|(?P<dr>{dayref})"),
            "weekday": (rf"(?:(?P<wd_pod>{pod}){SP})?(?:(?P<wd_yawm>يوم){SP})?(?P<wd>{weekday})"
                        rf"(?:{SP0}[-/]?{SP0}(?P<wd_2>{weekday}))?(?:{SP}(?P<wd_before>(?:ما{SP})?قبل{SP})?(?P<wd_mod>{mod}))?"),
            "duration": (rf"(?:(?P<du_hedge>{hedge}){SP})?(?:(?P<du_n>{qty}){SP}(?P<du_u>{units})|(?P<du_dual>{unit_dual}))"),
        }
        self.kinds = tuple(alts)
        body = "|".join(f"(?P<{k}>{v})" for k, v in alts.items())
        self.master = re.compile(rf"(?<!\w)(?P<pre>[وف]?[بلك]?)(?:{body})(?!\w)")
        # the words an expression can start with: a cheap scan finds them, the master regex runs
        # only there (it is ~15x costlier per position than this one prefix-tree alternation).
        # Hedges («اكثر من») and «(» are left out: the expression is then found from its number.
        first: set[str] = set()
        for table in (lex.weekdays, lex.months, lex.day_refs, lex.parts_of_day, lex.month_parts,
                      lex.periods, lex.this, lex.decades, lex.centuries, lex.year_cues,
                      lex.number_words, lex.vague_numbers, lex.units, lex.rel_offset_words,
                      lex.hour_words, lex.ordinal_days, lex.plural_periods, lex.sets):
            first.update(w.split(" ")[0] for w in table)
        first.update(("الساعه", "عند", "كل", "شهر", "شهري", "عقد", "يوم", "اول", "العقد"))
        first.update("ل" + w[2:] for w in list(first) if w.startswith("ال"))
        self.trigger = re.compile(rf"(?<!\w)[وف]?[بلك]?(?:{alternation(first)}(?!\w)|\d+)")
        self.group_names = {k: [g for g in self.master.groupindex if g.split("_")[0] == _PREFIX[k]]
                            for k in alts}
        # chaining: what may stand between two pieces of one expression
        self.gap = re.compile(rf"{SP0}[،,\-–(]?{SP0}(?:(?:الموافق|الموافقه|يوم|من|في){SP0})?[(]?{SP0}")
        self.future = re.compile(rf"(?<!\w)[وف]?{alternation(lex.future_cues)}(?!\w)")
        self.boundary = re.compile(r"[.!?؟\n]")
        self.units_re = re.compile(units)


_PREFIX = {"numdate": "nd", "daymonth": "dm", "clock": "ck", "reloffset": "ro", "relperiod": "rp",
           "plperiod": "pp", "decade": "dc", "century": "ce", "month": "mo", "year": "yr",
           "set": "st", "dayref": "dr", "weekday": "wd", "duration": "du"}
_DATE_SLOT = {"numdate": "date", "daymonth": "date", "month": "month", "dayref": "dayref",
              "weekday": "weekday", "clock": "clock"}


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    """The compiled grammar of the shipped lexicon (built once per process)."""
    return Grammar(lexicon())


# --- context helpers ------------------------------------------------------------------

def _prev_words(view: str, pos: int, n: int = 2) -> list[str]:
    """The ``n`` words before view offset ``pos`` (nearest last), within the line."""
    line_start = view.rfind("\n", 0, pos) + 1
    words = WORD_RE.findall(view, max(line_start, pos - 40), pos)
    return words[-n:]


def _next_word(view: str, pos: int) -> str:
    m = WORD_RE.search(view, pos, min(len(view), pos + 30))
    if m is None or view[pos:m.start()].strip(" \t\xa0"):
        return ""  # punctuation (or a line break) comes first
    return m.group()


def _strip_clitic(word: str) -> str:
    return word[1:] if len(word) > 2 and word[0] in "وفبل" else word


def _in_list(word: str, words: Any) -> bool:
    """Is ``word`` in ``words``, as it is or without a one-letter proclitic (:func:`_strip_clitic`)?"""
    return word in words or _strip_clitic(word) in words


def _has_tanween(original: str, nt: Any, start: int, end: int) -> bool:
    ostart, oend = nt.to_original(start, end)
    return "\u064b" in original[ostart:oend]


def _tense(g: Grammar, view: str, start: int, end: int) -> str | None:
    """'future' when a future cue precedes the expression in its sentence; None otherwise."""
    lo = max(0, start - 80)
    cut = None
    for m in g.boundary.finditer(view, lo, start):
        cut = m.end()
    lo = cut if cut is not None else lo
    if g.future.search(view, lo, start):
        return "future"
    return None


# --- per-piece filters ----------------------------------------------------------------

def _keep(g: Grammar, kind: str, m: re.Match[str], s: int, e: int, view: str, original: str,
          nt: Any) -> bool:
    lex = g.lex
    gd = m.group
    if kind == "weekday":
        prev = _prev_words(view, s, 1)
        if gd("wd_pod") is None and gd("wd_yawm") is None and prev and (
                _in_list(prev[-1], lex.weekday_not_after)
                or prev[-1].startswith("عبد")):
            return False
        if _next_word(view, e) in lex.weekday_not_before:
            return False
        if gd("wd") == "الاثنين" and gd("wd_mod") is None and gd("wd_yawm") is None and gd("wd_pod") is None:
            if prev and prev[-1].startswith("ال") and prev[-1].endswith(("ين", "ان")) \
                    and prev[-1] not in lex.day_refs:
                return False  # «البلدين الاثنين»: «the two», not Monday
            nxt = _next_word(view, e)
            if nxt.startswith("ال") and nxt not in lex.modifiers and nxt not in lex.day_after_part:
                return False  # «الاثنين المقبوض عليهما»: «the two arrested»
        return True
    if kind == "dayref":
        word = gd("dr")
        if word is None:
            return True
        nxt = _next_word(view, e)
        prev = _prev_words(view, s, 1)
        if word in ("اليوم", "الليله"):
            if prev and _in_list(prev[-1], lex.today_not_after):
                return False
            if nxt.startswith("ال") and nxt not in lex.weekdays and nxt != "الموافق":
                return False  # «اليوم الوطني», «اليوم التالي», «الليله الاولي»
            if view[s - 1:s] in "«\"'" and view[e:e + 1] in "»\"'":
                return False  # the newspaper «اليوم»
        if word == "غدا" and nxt.startswith("ال") and nxt not in lex.weekdays \
                and not _has_tanween(original, nt, s, e):
            return False  # the verb «غدا الوضع …» (became)
        return True
    if kind == "daymonth":
        if gd("dm_m") == "صفر" and not (gd("dm_y") or gd("dm_y2") or gd("dm_ymod")):
            return False  # «2 صفر» is a score (two-nil), not 2 Safar
        prev = _prev_words(view, s, 1)
        if prev and not (gd("dm_y") or gd("dm_y2") or gd("dm_ymod")) and _in_list(prev[-1], lex.date_name_heads):
            return False  # «قصر 22 مايو», «بشارع 26 يوليو»: a name, not a day
        return True
    if kind == "month":
        name = gd("mo_m")
        info = lex.months[name]
        if gd("mo_m2") or gd("mo_y") or gd("mo_y2") or gd("mo_ymod") or gd("mo_mod") or gd("mo_part") \
                or gd("mo_sh"):
            return True
        before = _prev_words(view, s, 2)
        if len(before) == 2 and (before[1] in lex.number_words or before[1] in lex.ordinal_days) \
                and _in_list(before[0], lex.date_name_heads):
            return False  # «قرب حي واحد حزيران»: a quarter named after a day, written in words
        if not info.needs_cue and info.system != "hijri":
            return True
        if info.strong_cue:
            return False
        prev = _prev_words(view, s, 1)
        return bool(prev) and _in_list(prev[-1], lex.month_cues)
    if kind == "year":
        if gd("yr_bare") and gd("yr_suf"):
            prev = _prev_words(view, s, 1)
            if prev and _in_list(prev[-1], lex.not_year_before):
                return False  # «حوالي 2500م»: metres
            if gd("yr_suf") in lex.suffix_hijri:
                return 1000 <= int(gd("yr_bare")) <= 1600
            if gd("yr_suf") == "م":  # «1000 م مربع», «2500م» (metres) vs «2013م»
                return 1800 <= int(gd("yr_bare")) <= 2100 and _next_word(view, e) not in ("مربع", "مكعب")
            return 1000 <= int(gd("yr_bare")) <= 2100
        if gd("yr_cue") or gd("yr_part") or gd("yr_suf") or gd("yr_py"):
            if gd("yr_py") and not gd("yr_suf"):
                return 1800 <= int(gd("yr_py")) <= 2100
            return True
        y = int(gd("yr_bare"))
        if not 1900 <= y <= 2050:
            return False
        prev = _prev_words(view, s, 2)
        p1 = prev[-1] if prev else ""
        before = view[max(0, s - 3):s]
        if _in_list(p1, lex.not_year_before) or "$" in before:
            return False
        if m.group("pre") == "و" and re.search(r"[12]\d{3}[^\S\n]*$", view[max(0, s - 8):s]):
            return True  # «2011 و2012»
        p2 = prev[-2] if len(prev) > 1 else ""
        strong = lex.strong_year_cues
        if _in_list(p1, strong) or \
                (p1.startswith("ال") and (_in_list(p2, strong)
                                          or p2.removeprefix("ال") in strong)):
            return True  # «منذ 2015», «حرب 1967», «الانتفاضه الاولي 1987»
        if _in_list(p1, lex.bare_year_cues) or \
                m.group("pre") in ("ب", "ل", "وب", "ول", "في"):
            nxt = _next_word(view, e)
            return not nxt or nxt in lex.suffix_gregorian or nxt.startswith(("ال", "و")) \
                or nxt in ("الي", "حتي", "الى", "حين", "عندما", "حيث", "بعد", "قبل", "من", "في", "علي", "عن", "مع")
        after = view[e:e + 3].lstrip(" \t\xa0")
        # a bare number: a year only when punctuation follows (a count is followed by its noun)
        return (after[:1] in ("", ".", "،", ",", ")", "-", "–", "\n", "؛", ":")
                and not (after[:1] == "-" and re.match(r"-\s*\d{1,3}(?!\d)", after))) and p1 not in ("من",) \
            or bool(re.match(rf"{SP0}[-–/]{SP0}[12]\d{{3}}", view[e:e + 12]))
    if kind in ("duration", "reloffset"):
        prev = _prev_words(view, s, 5)
        if any(_in_list(w, lex.age_cues) for w in prev):
            return False
        if kind == "duration":
            if gd("du_n") and gd("du_n").isdigit() and len(gd("du_n")) == 4 and gd("du_u") in ("عام", "سنه"):
                return False
            nxt = _next_word(view, e)
            if nxt in ("من", "العمر") and re.match(rf"{SP}من{SP}العمر", view[e:e + 12]):
                return False
        return True
    if kind == "clock":
        hour = gd("ck_h") or gd("ck_h2")
        if hour is not None:
            return int(hour) <= 24 and int(gd("ck_min") or gd("ck_min2")) < 60
        if gd("ck_hd") is not None:
            return int(gd("ck_hd")) <= 24
        return True
    return True


def find_candidates(text: str, nt: Any = None) -> tuple[Any, list[Candidate]]:
    """The normalized view of ``text`` and the time-expression candidates in it (view offsets).

    ``nt`` is a precomputed :func:`~marsad.text.normalize.normalize` of ``text`` (optional).
    """
    from ..text.normalize import normalize

    g = grammar()
    if nt is None:
        nt = normalize(text)
    view = nt.text
    pieces: list[Piece] = []
    master_match = g.master.match
    resume = 0
    for t in g.trigger.finditer(view):
        pos = t.start()
        if pos < resume:
            continue
        m = master_match(view, pos)
        if m is None:
            continue
        resume = m.end()
        kind = m.lastgroup
        # ``lastgroup`` is the last *closed* group: find the alternative that matched
        for k in g.kinds:
            if m.group(k) is not None:
                kind = k
                break
        s, e = m.start(kind), m.end(kind)
        if not _keep(g, kind, m, s, e, view, text, nt):
            continue
        groups = {name: m.group(name) for name in g.group_names[kind] if m.group(name) is not None}
        groups["pre"] = m.group("pre")
        pieces.append(Piece(kind, s, e, groups))
    cands: list[Candidate] = []
    for p in pieces:
        last = cands[-1] if cands else None
        if last is not None and _chains(g, view, last, p):
            last.pieces.append(p)
            last.end = p.end
            continue
        cands.append(Candidate(p.start, p.end, [p]))
    for c in cands:
        c.tense = _tense(g, view, c.start, c.end)
        if _prev_words(view, c.start, 1) == ["منذ"]:
            c.tense = "past"
    return nt, cands


def _chains(g: Grammar, view: str, last: Candidate, p: Piece) -> bool:
    """May piece ``p`` join candidate ``last`` (one moment named by several pieces)?"""
    slot = _DATE_SLOT.get(p.kind)
    if slot is None:
        return False
    slots = [_DATE_SLOT.get(k) for k in last.kinds]
    if None in slots or slot in slots:
        return False
    if slot == "month":
        return False  # a month name starts an expression, it never continues one
    if "month" in slots:
        # «تموز ( 29 / 7 / 1947 )»: a month glossed by its full date, the same month
        if not (slots == ["month"] and slot == "date"):
            return False
        months = g.lex.months
        first = months[last.pieces[0].groups["mo_m"]].month
        second = p.groups.get("nd_m") or p.groups.get("nd_m1")
        second = int(second) if second else months[p.groups["dm_m"]].month
        if first != second:
            return False
    if slot == "date" and "date" in slots:
        return False
    gap = g.gap.fullmatch(view, last.end, p.start)
    return gap is not None and p.start - last.end <= 14
