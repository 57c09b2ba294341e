"""When an event happened: the time expression of its sentence nearest the trigger, with ACLED
time precision, falling back to the publication date; and the historical-background test.

Candidates are the ``times`` layer's calendar dates (``type`` ``date``, or ``time`` for a part of
a day such as «ليلة أمس», values ``YYYY-MM-DD``,
``YYYY-MM``, ``YYYY``, ``YYYY-Www``) in the trigger's sentence; the one nearest the trigger in words
wins, one in the same clause first; one behind a «بعد / إثر / عقب / قبل» that follows the
trigger dates the other event the sentence refers to, never this one.  ACLED ``time_precision``: 1 for a day, 2 for a week, 3 for a
month or a year.  With no date in the sentence, a sentence that goes on with the report of the
one before («وأشار المسؤولون إلى ...») takes that sentence's one recent day (``date.previous_report``);
else the first day named in the article's lead (its
first ``LEAD_SENTENCES`` sentences, within the week before publication: a story's «أمس» in its
lead dates what follows, and the second sentence's day dates an undated opening sentence; rule
``date.lead``), else the publication date with ``time_precision`` 2 (rule
``date.published``: news usually reports the last days, not the day).  An event that is only
planned, hypothetical, threatened or called for has no date unless its own sentence gives one
(it has not happened; decided in :mod:`marsad.events.stage`).

Background: an event dated well before publication is history told for context, not a current
event (``منذ عام 2014``, «في العام 2014»): a day more than ``max_days_day`` days before publication,
a month more than ``max_days_month`` days before, a year before the publication year, or any date
after a «منذ»-word (since) more than ``max_days_since`` days before.  Such events are kept and
marked ``background: true`` (they are not exported to ACLED CSV nor scored).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from typing import Any

from .lexicon import EventLexicon
from .view import TimeRef, View

__all__ = ["find_date", "is_background", "recalled", "opens_with", "day_of", "begins_after", "ACLED_PRECISION",
           "SENTENCE_DATES", "OWN_DATES", "WEAK_DATES", "place_sentence_date"]

#: date rules of a time expression of the event's own sentence (the overnight rule shifts it a day)
SENTENCE_DATES = frozenset({"date.sentence", "date.overnight"})
#: ... and with the day of a report in that sentence («حسبما أعلن مسؤولون اليوم»): a date of its own
OWN_DATES = SENTENCE_DATES | {"date.report"}
#: dates not of the event itself: the publication day, the lead's date, the day of a report
WEAK_DATES = frozenset({"date.published", "date.lead", "date.report"})


def day_of(value: Any) -> dt.date | None:
    """The day of an ISO date value (``YYYY-MM-DD...``), ``None`` for a month, week, year or nothing."""
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value and len(str(value)) >= 10 else None
    except ValueError:
        return None


#: the lead: the first sentences of an article, whose day dates undated sentences after it
LEAD_SENTENCES = 3
ACLED_PRECISION = {"minute": 1, "hour": 1, "day": 1, "week": 2, "month": 3, "year": 3}
_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2}(T[\d:]+)?)?|-W\d{2})?$")


#: a time expression after one of these (and after the trigger) dates an earlier or later event
_OTHER_EVENT = frozenset({"بعد", "اثر", "عقب", "اعقاب", "قبل", "غداه"})


def _until_after(stems: Sequence[str], k: int, lo: int) -> bool:
    """Word ``k`` («بعد») is in «إلى ما بعد» / «حتى ما بعد»: how long the event went on («استمرت
    الاشتباكات إلى ما بعد منتصف ليل امس»), not another event it came after."""
    return k - 2 >= lo and stems[k - 1] == "ما" and stems[k - 2] in ("الي", "الى", "حتي", "حتى", "لغايه")


def _day(value: Any) -> str:
    """The date part of a time value («1945-08-06T08:15» -> «1945-08-06»)."""
    return str(value).split("T", 1)[0]


def begins_after(value: str, day: dt.date) -> bool:
    """Does the ISO date ``value`` (day, ISO week ``YYYY-Www``, month or year) begin after ``day``?"""
    week = re.match(r"(\d{4})-W(\d{2})", value)
    if week:
        return dt.date.fromisocalendar(int(week[1]), int(week[2]), 1) > day
    return value[:10] > day.isoformat()[:len(value[:10])]


def _usable(t: TimeRef) -> bool:
    v = str(t.span.get("value") or "")
    # a part of a day («ليلة أمس», «مساء الاثنين») is a ``time`` whose value is still the day
    return t.span.get("type") in ("date", "time") and t.span.get("precision") in ACLED_PRECISION \
        and bool(_DATE_RE.match(v))


def _recent(t: TimeRef, published: dt.date | None) -> bool:
    try:
        day = dt.date.fromisoformat(str(t.span["value"])[:10])
    except ValueError:
        return False
    return published is not None and 0 <= (published - day).days <= 7


def opens_with(view: View, lo: int, phrases: Any) -> bool:
    """Word ``lo`` is one of ``phrases`` (a phrase set), bare or behind «و / ف» («واشار»: the
    tokenizer keeps some such words whole)."""
    if lo >= len(view.stems):
        return False
    first = view.stems[lo]
    if first in ("و", "ف") and lo + 1 < len(view.stems):  # «و أشار»: the conjunction written apart
        return bool(phrases.match_at(view.stems, lo + 1))
    return bool(phrases.match_at(view.stems, lo) or (first[:1] in ("و", "ف") and phrases.match_at([first[1:]], 0)))


def _previous_report_date(view: View, k: int, lo: int, published: dt.date | None,
                          report_verbs: Any) -> dict[str, Any] | None:
    """Sentence ``k`` (starting at word ``lo``), with no date, goes on with the report of the sentence
    before it (it opens with a reporting verb: «وأشار المسؤولون إلى مقتل 11 مدنيا ...» after «أفاد
    مسؤول أمني أمس الإثنين بمقتل ...»): that sentence's recent day (rule ``date.previous_report``)."""
    if report_verbs is None or k <= 0 or not opens_with(view, lo, report_verbs):
        return None
    plo, phi = view.sentences[k - 1][0], view.sentences[k - 1][1]
    refs = [t for t in view.times if plo <= t.w0 and t.w1 <= phi and _usable(t)
            and t.span.get("precision") == "day" and _recent(t, published)]
    if len(refs) != 1 or not _reported_on(view, refs[0], phi, phi, plo, report_verbs):
        return None  # («ووقع تبادل لإطلاق النار يوم الخميس»: the day of another event, not of a report)
    s = refs[0].span
    return {"date": _day(s["value"]), "time_precision": 1, "time": {"start": s["start"], "end": s["end"], "text": s["text"]},
            "rule": "date.previous_report", "_ref": refs[0]}


#: sentences back within which «حينها» / «في ذلك العام» finds the time it points to
ANAPHORIC_REACH = 3


def _anaphoric_date(view: View, k: int, lo: int, hi: int, anaphoric_times: Any) -> dict[str, Any] | None:
    """Sentence ``k`` (words ``[lo, hi)``), with no date, points back in time («حينها، لم يمنع ذلك
    الهجوم ...», «في ذلك العام»): the last date of the nearest earlier sentence that has one, within
    :data:`ANAPHORIC_REACH` sentences (rule ``date.anaphoric``)."""
    if anaphoric_times is None or k <= 0 or not anaphoric_times.any(view.stems, lo, hi):
        return None
    for j in range(k - 1, max(-1, k - 1 - ANAPHORIC_REACH), -1):
        plo, phi = view.sentences[j][0], view.sentences[j][1]
        refs = [t for t in view.times if plo <= t.w0 and t.w1 <= phi and _usable(t)]
        if refs:
            t = refs[-1]
            s = t.span
            return {"date": _day(s["value"]), "time_precision": ACLED_PRECISION[s["precision"]],
                    "time": {"start": s["start"], "end": s["end"], "text": s["text"]},
                    "rule": "date.anaphoric", "_ref": t}
    return None


def _overnight(view: View, t1: int, cb: int, t: TimeRef) -> bool:
    """«أثناء الليل», «خلال الليل», «طوال الليل», «ليلا» within four words after the trigger, in
    its clause: the event happened in the night before the day the sentence names (time ``t``),
    unless that day follows the night word closely («ليلًا وصباح أمس»: yesterday's night)."""
    st = view.stems
    for k in range(t1, min(cb, t1 + 4)):
        if st[k] == "ليلا" or (st[k] == "ليل" and view.words[k].article and k > t1
                               and st[k - 1] in ("اثناء", "خلال", "طوال")):
            return not (k < t.w0 <= k + 2)
    return False


def _reported_on(view: View, t: TimeRef, t0: int, t1: int, lo: int, verbs: Any) -> bool:
    """Time ``t`` follows a reporting verb within six words (its subject between: «حسبما أفاد المرصد
    السوري لحقوق الإنسان يوم أمس السبت»), with the trigger not between them («قتل 21 شخصا ...
    حسبما أعلن مسؤولون اليوم»): it dates the report, not the event."""
    for k in range(max(lo, t.w0 - 7), t.w0):
        if verbs.match_at(view.stems, k) and not (k <= t0 < t.w0):
            return True
    return False


def find_date(view: View, t0: int, t1: int, lo: int, hi: int, published: dt.date | None,
              *, report_verbs: Any = None, anaphoric_times: Any = None, pluperfect_openers: Any = None,
              lead: bool = True, lead_from: int = 0, sentence: int = -1,
              past_only: bool = False) -> dict[str, Any]:
    """``{date, time_precision, time: {start, end, text} | None, rule}`` for a trigger on ``[t0, t1)``.

    ``report_verbs`` (a phrase set): a date right after one of them is the report's (rule
    ``date.report``, a weaker date that a date of the event itself replaces when mentions merge).
    ``anaphoric_times`` (a phrase set): «حينها», «في ذلك العام»: a sentence with one and no date of its
    own takes the date of the nearest earlier sentence that has one (rule ``date.anaphoric``).
    ``pluperfect_openers`` (a phrase set): «وكان»: a day in a clause they open («و كان 5 قتلوا صباح
    الأربعاء») dates an earlier event, not the lead's.
    ``lead``: whether the lead's day may date the sentence; ``lead_from``: the index of the first
    sentence of the trigger's story (0, or the last sentence opening another story, «وفي سياق
    متصل أبطل خبراء متفجرات ...», whose next sentence may give its day: «وقام المواطنون أمس»).
    ``sentence``: the index of the trigger's sentence in ``view.sentences`` (-1: unknown).
    ``past_only``: a day of the sentence after ``published`` is not the trigger's («شنت قوات الأمن حملة
    دهم ... في إطار تأمين احتفالات القناة المقررة غدا»: tomorrow is the celebrations' day)."""
    ca, cb = view.clause(t0, lo, hi)
    best = None
    for t in view.times:
        if not (lo <= t.w0 and t.w1 <= hi) or not _usable(t):
            continue
        if past_only and published is not None and begins_after(str(t.span["value"]), published):
            continue
        dist = t.w0 - t1 if t.w0 >= t1 else t0 - t.w1
        # «المداهمات بعد مقتل 32 شخصا في تفجير انتحاري الاثنين»: that day dates the other event
        other = t.w0 >= t1 and any(view.stems[k] in _OTHER_EVENT and not _until_after(view.stems, k, lo)
                                   for k in range(t1, t.w0))
        # a date set off by commas («قتل 3 من أفراد الشرطة ومدني، أمس، في هجوم») is an adverbial of
        # the sentence, as near to the trigger as a date of its own clause
        apart = view.clause(t.w0, lo, hi) == (t.w0, t.w1)
        key = (1 if other else 0, 0 if ca <= t.w0 < cb or apart else 1, max(0, dist))
        if best is None or key < best[0]:
            best = (key, t)
    if best is not None and best[0][0] == 0:  # (one that dates another event is no date of this one)
        t = best[1]
        s = t.span
        rule = "date.report" if report_verbs is not None and _reported_on(view, t, t0, t1, lo, report_verbs) \
            else "date.sentence"
        value = _day(s["value"])
        if s["precision"] == "day" and _overnight(view, t1, cb, t) and not (t.w0 <= t1 < t.w1 + 3):
            day = _last_day(str(value))
            if day is not None:  # «أعمال العنف التي اندلعت أثناء الليل» before Monday's declaration
                value, rule = (day - dt.timedelta(days=1)).isoformat(), "date.overnight"
        return {"date": value, "time_precision": ACLED_PRECISION[s["precision"]],
                "time": {"start": s["start"], "end": s["end"], "text": s["text"]}, "rule": rule,
                "_ref": t}
    prev = _previous_report_date(view, sentence, lo, published, report_verbs) or \
        _anaphoric_date(view, sentence, lo, hi, anaphoric_times)
    if prev is not None:
        return prev
    ongoing = _ongoing(view, t0, lo)
    story = view.sentences[lead_from:lead_from + LEAD_SENTENCES] if lead and not ongoing else ()
    for plo, phi, *_ in story:
        refs = [t for t in view.times if plo <= t.w0 and t.w1 <= phi and _usable(t)
                and t.span.get("precision") == "day" and _recent(t, published)
                and not _in_pluperfect(view, t, plo, phi, pluperfect_openers)]
        if refs and (plo < lo or (len(story) > 1 and lo == story[0][0] and plo == story[1][0])):
            # (the opening sentence «لقي ضابط مصرعه إثر انفجار ...» takes the day the next one gives:
            #  «وقالت وزارة الداخلية، في بيان، أمس إنه ...»)
            # (a day of the lead's event comes before the day of its report: «أكدت مساء أمس الأربعاء
            #  السفارة ... عن مقتل مواطن ... يوم أمس الأول»)
            ref = next((t for t in refs if report_verbs is None or not _reported_on(view, t, phi, phi, plo, report_verbs)),
                       refs[0])
            s = ref.span
            return {"date": _day(s["value"]), "time_precision": 1,
                    "time": {"start": s["start"], "end": s["end"], "text": s["text"]},
                    "rule": "date.lead", "_ref": ref}
        if refs:
            break
    if published is not None:
        return {"date": published.isoformat(), "time_precision": 2, "time": None, "rule": "date.published",
                "_ref": None}
    return {"date": None, "time_precision": None, "time": None, "rule": "date.none", "_ref": None}


def _ongoing(view: View, t0: int, lo: int) -> bool:
    """The trigger at word ``t0`` is the subject or object of a present-tense verb of going on right
    before it («معارك تدور», «تقوم بقصف منازل», «تتواصل الاشتباكات»): the fighting goes on at
    publication, so the lead's day does not date it."""
    return any(view.stems[k] in _ONGOING_VERBS for k in range(max(lo, t0 - 2), t0))


#: present-tense verbs of fighting that goes on (normalized stems)
_ONGOING_VERBS = frozenset({"تدور", "يدور", "تقوم", "يقوم", "تتواصل", "يتواصل", "تستمر", "يستمر", "تجري",
                            "يجري", "تتجدد", "يتجدد", "تحتدم", "يحتدم"})


def _in_pluperfect(view: View, t: TimeRef, lo: int, hi: int, openers: Any) -> bool:
    """Whether the time ``t`` of the sentence on ``[lo, hi)`` sits in a clause ``openers`` open."""
    if openers is None:
        return False
    ca = _clause_start(view, t.w0, lo, hi)
    return ca < t.w0 and openers.match_at(view.stems, ca)


def _last_day(value: str) -> dt.date | None:
    """The last day a date value covers (a year: 31 December; a month: its last day)."""
    try:
        if len(value) == 4:
            return dt.date(int(value), 12, 31)
        if "-W" in value:
            y, w = value.split("-W")
            return dt.date.fromisocalendar(int(y), int(w), 7)
        if len(value) == 7:
            y, m = int(value[:4]), int(value[5:7])
            return dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


#: relative pronouns: an event told in a relative clause with a day of its own before publication
#: describes a thing of the story, not the news
RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"})

#: an anniversary of the event right before its trigger («الذكرى السنوية لإطلاق النار»): normalized stems
ANNIVERSARY = frozenset({"ذكري", "ذكرى", "ذكراه", "ذكرها", "لذكري", "لذكرى", "ذكريات"})


#: «يأتي ذلك / تأتي هذه الحوادث ...» opening a sentence: what it tells next is the news' context
_COMES_AMID = frozenset({"ياتي", "تاتي"})


def recalled(view: View, t0: int, lo: int, hi: int, when: Mapping[str, Any], published: dt.date | None,
             lex: EventLexicon, *, t1: int | None = None) -> str | None:
    """How the sentence recalls the event as context, or ``None``: a pluperfect «وكان ... قد»
    opening the trigger's clause, at most 8 words before it and with no «في حين / بينما / فيما»
    between, unless its sentence dates it on the publication day (``background.pluperfect``:
    «وكانت الطائرات قد قصفت»; without «قد» when its day is two or more days back), an interval
    before it («وبعد أربعة أيام على هجوم انتحاري», ``background.recalled``), or a
    recall word right before it («بعد/إثر/منذ الهجوم», «ردا على الهجوم») with a date of the event's own sentence at
    least ``min_days_recalled`` days before publication, or at least a day before it when the date
    comes after the recall word (``background.recalled``: «إثر الهجوم
    الانتحاري في سروج الاثنين الماضي»; an «إثر» of the same day is the news itself), or an
    anniversary word within four words before it (``background.anniversary``: «في الذكرى السنوية
    لإطلاق النار»), or a relative clause right before it with a day of its own two or more days back
    (``background.relative``: «مبنى الاتصالات الذي سيطرت عليه المقاومة قبل يومين»), or a sentence
    opening «يأتي / تأتي» with a day of its own two or more days back (``background.context``: «تأتي
    هذه الحوادث وسط موجة عنف ... حيث قتل 32 شخصًا يوم الاثنين الماضي»).  With no date of
    its own, a definite trigger (ending at word ``t1``) after a recall word and described by a relative
    clause right after it is recalled too («ردا على الهجوم الانتحاري الذي استهدف في سوروتش ناشطين»)."""
    ca = _clause_start(view, t0, lo, hi)
    st = view.stems
    ref: TimeRef | None = when.get("_ref")
    last = _last_day(str(ref.span.get("value"))) if ref is not None and when.get("rule") in SENTENCE_DATES else None
    days = (published - last).days if last is not None and published is not None else None
    if pluperfect(view, t0, lo, hi, lex):
        qad = max((k for k in range(ca, t0) if st[k] == "قد"), default=None)
        # «وكانت الطائرات قد قصفت», unless the sentence dates it today («وكان المكتب قد أعلن أن
        # الشرطة أوقفت 251 شخصًا في حملة أطلقت اليوم»)
        if qad is not None and t0 - qad <= 8 and days != 0:
            return "background.pluperfect"
        # «وكانت جبهة النصرة خطفت ... مساء الأربعاء»: «كان» without «قد», with a day of its own two
        # or more days back («أمس» is still news: «وكان متطرفون فتحوا أمس النار»)
        if qad is None and 0 < lo and t0 <= ca + 8 and days is not None and days >= 2:
            return "background.pluperfect"
    if _after_interval(st, max(ca, t0 - 6), t0):  # «وبعد أربعة أيام على هجوم انتحاري»
        return "background.recalled"
    if days is not None and days >= 2 and t0 > lo and any(st[k] in RELATIVES for k in range(max(lo, t0 - 2), t0)):
        return "background.relative"  # «مبنى الاتصالات الذي سيطرت عليه المقاومة قبل يومين»
    if any(st[k] in ANNIVERSARY for k in range(max(lo, t0 - 4), t0)):
        return "background.anniversary"  # «في الذكرى السبعين لإلقاء أول قنبلة نووية»
    if days is not None and days >= 2 and any(st[k] in _COMES_AMID for k in range(lo, min(t0, lo + 2))):
        return "background.context"  # «تأتي هذه الحوادث وسط موجة عنف ... حيث قتل 32 ... يوم الاثنين الماضي»

    def is_cue(k: int) -> bool:
        return st[k] in RECALL_CUES or (st[k] == "علي" and k > lo and st[k - 1] in ("رد", "ردا"))

    cue = next((k for k in range(max(lo, t0 - 2), t0) if is_cue(k)), None)
    if cue is None:  # «وجاءت المداهمات بعد مقتل 32 شخصا في تفجير انتحاري»: a farther cue after «جاء»
        cue = next((k for k in range(max(ca, t0 - 6), t0 - 2) if is_cue(k) and _came_after(st, lo, k)), None)
    if cue is not None and days is None and t1 is not None and view.words[t0].article \
            and when.get("rule") not in SENTENCE_DATES \
            and any(st[k] in RELATIVES for k in range(t1, min(hi, t1 + 3))):
        return "background.recalled"  # «رد على الهجوم الانتحاري الذي استهدف في سوروتش ناشطين»
    if cue is not None and days is not None:
        min_days = int(lex.context["background"].get("min_days_recalled", 5))
        # «X came after Y»: a day of Y's own after the cue («وجاءت المداهمات بعد مقتل 32 شخصا في
        # تفجير انتحاري الاثنين») puts even a recent cause in the past of the story; a day before the
        # cue («قتل جنديان مساء السبت إثر تفجير») is the news's own
        if days >= min_days or (days >= 1 and ref.w0 > cue and _came_after(st, lo, cue)):
            return "background.recalled"
    return None


def _clause_start(view: View, t0: int, lo: int, hi: int) -> int:
    """The first word of the clause of the word at ``t0``, after a conjunction written apart."""
    ca, _cb = view.clause(t0, lo, hi)
    if ca + 1 < t0 and view.stems[ca] in ("و", "ف"):
        ca += 1  # «و كان 5 من الحوثيين قتلوا»: a conjunction written apart
    return ca


def pluperfect(view: View, t0: int, lo: int, hi: int, lex: EventLexicon) -> bool:
    """Whether the clause of the trigger at ``t0`` opens with a pluperfect «وكان / وكانت» before
    it, with no «في حين / بينما / فيما» between: the event is told as earlier than the story's."""
    ca = _clause_start(view, t0, lo, hi)
    st = view.stems
    return ca < t0 and lex.sets["background.pluperfect"].match_at(st, ca) \
        and not any(st[k] in ("حين", "بينما", "فيما") for k in range(ca, t0))


#: words that put what follows them before the story's event
RECALL_CUES = frozenset({"بعد", "اثر", "عقب", "اعقاب", "غداه", "منذ"})
#: units of an interval «بعد أربعة أيام / يومين / أسبوع على ...»
_INTERVAL_UNITS = frozenset({"يوم", "يومين", "ايام", "اسبوع", "اسبوعين", "اسابيع", "شهر", "شهرين", "اشهر", "شهور",
                             "عام", "عامين", "اعوام", "سنه", "سنتين", "سنوات"})


def _after_interval(stems: Sequence[str], a: int, t0: int) -> bool:
    """«بعد [number] unit على / من» ending right before the trigger at ``t0`` (word indices)."""
    for k in range(a, t0 - 2):
        if stems[k] == "بعد" and stems[t0 - 1] in ("علي", "من") \
                and any(stems[j] in _INTERVAL_UNITS for j in range(k + 1, min(k + 3, t0 - 1))):
            return t0 - 1 - k <= 3
    return False


def recall_before(stems: Sequence[str], lo: int, t0: int) -> bool:
    """A recall word at most two words before the trigger at ``t0`` («بعد الهجوم», «إثر هجوم»,
    «عقب تفجير») or an interval ending right before it («بعد ثلاثة أيام على هجوم»): what follows is
    an earlier event than the story's."""
    return any(stems[k] in RECALL_CUES for k in range(max(lo, t0 - 2), t0)) \
        or _after_interval(stems, max(lo, t0 - 6), t0)


#: «جاء / يأتي» before a recall word: the story's event came after the recalled one
CAME_VERBS = frozenset({"جاء", "جاءت", "ياتي", "تاتي", "اتي", "اتت", "واتي", "واتت", "جاءا", "ياتيان"})


def _came_after(stems: Sequence[str], lo: int, cue: int) -> bool:
    """A form of «جاء / أتى» in the 4 words before the recall word at ``cue`` (word indices)."""
    return any(stems[k] in CAME_VERBS for k in range(max(lo, cue - 4), cue))


#: words between a place borrowed from a neighbouring sentence and a day of that sentence that dates it
PLACE_DAY_WINDOW = 6


def place_sentence_date(view: View, when: Mapping[str, Any],
                        location: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """The day a neighbouring sentence gives next to the place the event borrows from it
    («أعلنت الوزارة اليوم مقتل قيادي في غارة» ... «العملية التي جرت في 11 يوليو في ولاية باكتيكا»),
    for an event whose own date is weak (the report's, the lead's or the publication's) and not
    before that day, unless a recall word («بعد», «إثر») up to 8 words before them makes them
    another event's; rule ``date.place_sentence``.  ``None`` otherwise."""
    if location is None or location.get("rule") != "location.finer_nearby" or when["rule"] not in WEAK_DATES:
        return None
    w = view.word_at(location["start"])
    lo, hi = next(((a, b) for a, b, *_ in view.sentences if a <= w < b), (w, w + 1))
    near = [t for t in view.times if lo <= t.w0 and t.w1 <= hi and _usable(t)
            and t.span.get("precision") == "day"
            and min(abs(t.w0 - (w + 1)), abs(w - t.w1)) <= PLACE_DAY_WINDOW]
    if not near:
        return None
    t = min(near, key=lambda t: min(abs(t.w0 - w), abs(w - t.w1)))
    first = min(w, t.w0)
    if any(view.stems[k] in _OTHER_EVENT for k in range(max(lo, first - 8), first)):
        return None  # «بعد تفجير انتحاري استهدف مدينة سوروج في 20 يوليو»: a recalled event's place and day
    value, own = _day(t.span["value"]), when.get("date")
    if own and str(own)[:10] < value:
        return None
    s = t.span
    return {"date": value, "time_precision": 1, "time": {"start": s["start"], "end": s["end"], "text": s["text"]},
            "rule": "date.place_sentence", "_ref": t}


def is_background(view: View, when: Mapping[str, Any], published: dt.date | None, lex: EventLexicon) -> bool:
    """True when the event's own date puts it in the past of the story (see the module docstring)."""
    ref: TimeRef | None = when.get("_ref")
    if ref is None or published is None:
        return False
    value = str(ref.span.get("value"))
    last = _last_day(value)
    if last is None:
        return False
    days = (published - last).days
    cfg = lex.context["background"]
    since = lex.sets["background.since_words"].any(view.stems, max(0, ref.w0 - 2), ref.w0 + 1)
    if since and days > cfg["max_days_since"]:
        return True
    precision = ref.span.get("precision")
    if precision == "year":
        return last.year < published.year
    if precision in ("month", "week"):
        return days > cfg["max_days_month"]
    return days > cfg["max_days_day"]
