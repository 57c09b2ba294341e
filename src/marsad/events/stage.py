"""The ``events`` pipeline stage and :func:`find_events`: ACLED-coded events of a document.

Per sentence, trigger hits (:mod:`.triggers`) are clustered into occurrences; each gets its type
(lexicon entry, refined by context words, or by actor1's inter code for territorial verbs), its
actors (:mod:`.actors`), place (:mod:`.place`), date and background flag (:mod:`.dates`),
fatalities (:mod:`.fatalities`) and status (:mod:`.status`); drafts are merged per occurrence
(:mod:`.merge`) and described in English (:mod:`.notes`).  A plain «قصف» in a sentence that also
reports an air strike is part of the air strike (rule ``<entry>.air_in_sentence``); a generic
trigger alone («هجوم», «تفجير») with no actor, fatalities or date in its sentence is not an event.  An event with no actor1 takes the actors
of another actual event of the same type at the same place that has them, one of the same sub-event
type first, or an air strike those of the article's earlier air strikes (rule ``actor.carried``), a
call, threat or claim inside a quotation takes the speaker's organisation (``actor.caller``), and
a violence-against-civilians event with no actor2 takes civilians named in its sentence.

Every event is a JSON-ready dict (the ``events`` layer record): ``event_id, event_type,
sub_event_type, status, background, actor1, actor2, location, date, time_precision, fatalities,
weapon, trigger, sentence, mentions, sources, rule, evidence, notes_en``.  ``trigger``,
``sentence`` and the nested actor / location / cue spans are ``{start, end, text}`` with
code-point offsets into ``Document.text``.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from ..entities.kb import load_kb
from ..model import Document
from ..pipeline.stage import Stage
from ..text.normalize import normalize_for_search
from .actors import (
    DEMONSTRATIVES, Actor, acled_name, bare_coalition, category_of, find_actors, kb_category, speaker_country,
    speaking_coalition,
)
from .dates import (
    OWN_DATES, RECALL_CUES, begins_after, day_of, find_date, is_background, opens_with, place_sentence_date,
    pluperfect, recall_before, recalled,
)
from .fatalities import find_fatalities
from .country import country_votes, main_country
from .lexicon import EventLexicon, lexicon
from .merge import absorb_generic, absorb_generic_document, merge_events
from .notes import notes_en
from .place import coordinated_places, country_location, country_name, find_location, location_dict, outlet_named
from .status import find_status, subjected_before
from .triggers import TERRITORIAL, Cluster, cluster, find_triggers
from .view import Mention, View, build_view

__all__ = ["EventsStage", "find_events"]


#: statuses of events that have not happened: no date unless their own sentence gives a future one
_UNDATED = frozenset({"planned", "hypothetical", "threatened", "called_for", "denied"})


#: sentence openers that add another item to the report («كما انفجرت سيارة مفخخة في الزعفرانية»)
ADDITIVE_OPENERS = frozenset({"كما", "كذلك", "وكذلك", "ايضا"})
#: a word right after a trigger that makes it a further occurrence («بتفجير مماثل», «سيارة مفخخة أخرى»,
#: «هجوم جديد»): never merged into an earlier event (stems)
ANOTHER_WORDS = frozenset({"مماثل", "مماثله", "مماثلا", "مشابه", "مشابهه", "مشابها", "اخر", "اخري", "اخرا",
                           "جديد", "جديده", "جديدا", "ثان", "ثانيه", "ثانيا"})
#: words that may follow «آخر» meaning «another» («هجوم آخر في», «هجوم آخر استهدف»)
_AFTER_ANOTHER = frozenset({"في", "علي", "من", "قرب", "ضد", "استهدف", "وقع", "اسفر", "ادي", "و"})


def _refine(view: View, c: Cluster) -> tuple[str, str, str | None, str | None]:
    """``(event_type, sub_event_type, weapon, refine rule)`` of a cluster after context words."""
    e = c.head.entry
    lo, hi = c.sentence[0], c.sentence[1]
    for k, r in enumerate(e.refine):
        a, b = max(lo, c.w0 - r.window), min(hi, c.w1 + r.window)
        if (r.side != "after" and r.words.any(view.stems, a, c.w0)) or \
                (r.side != "before" and r.words.any(view.stems, c.w1, b)) or r.words.any(view.stems, c.w0 + 1, c.w1):
            if r.requires_not is not None and r.requires_not.any(view.stems, lo, hi):
                continue
            return (r.event_type or e.event_type, r.sub_event_type or e.sub_event_type,
                    r.weapon or e.weapon, f"{e.id}.refine{k}")
    weapon = e.weapon or next((h.entry.weapon for h in c.hits if h.entry.weapon), None)
    return e.event_type, e.sub_event_type, weapon, None


def _span(view: View, a: int, b: int) -> dict[str, Any]:
    s, e = view.words[a].start, view.words[b - 1].end
    return {"start": s, "end": e, "text": view.text[s:e]}


def _unsupported_generic(c: Cluster, d: Mapping[str, Any]) -> bool:
    """A generic trigger alone («هجوم», «عملية عسكرية», «تفجير») with nothing that makes it an
    occurrence in its sentence: no actor, no fatalities, no date of its own, and no status cue
    («نفت ... وقوع أي هجوم» stays, as a denied event); an attack by aircraft («هاجمت طائرة حربية
    مواقع») is an air strike, no generic word."""
    return c.head.entry.generic and len(c.hits) == 1 and d["status"] == "actual" \
        and d["sub_event_type"] != "Air/drone strike" \
        and d["actor1"] is None and d["actor2"] is None \
        and d["fatalities"] is None and d["evidence"]["date_rule"] not in OWN_DATES


def _lone_generic(e: Mapping[str, Any]) -> bool:
    """An actual event told only by a generic attack word («الهجوم», «اعتداء», «عملية عسكرية») that no
    specific report of the article took in, with no toll and no doer of its own: a reference to an
    attack the article tells elsewhere or not at all (on the four gold sets generic attack events
    matched an annotated one 3 times in 26)."""
    return bool(e.get("_generic")) and e["evidence"]["lexicon_entry"] == "attack.generic" \
        and e["sub_event_type"] != "Air/drone strike" \
        and e["status"] == "actual" and e.get("fatalities") is None and not e.get("actor1")


def _plural_generic(view: View, c: Cluster, d: Mapping[str, Any]) -> bool:
    """A generic trigger in the plural («هجمات», «الهجمات», «اعتداءات») with no date and no toll in
    its own sentence speaks of attacks in general («هجمات حزب العمال على قوات الأمن»), not of one
    occurrence; after a series word («سلسلة / موجة / مجموعة هجمات») it never names one."""
    if not (c.head.entry.generic and len(c.hits) == 1) or d["status"] != "actual":
        return False
    stem = view.stems[c.head.w0]
    if not stem.endswith("ات"):
        return False
    if c.head.w0 > 0 and view.stems[c.head.w0 - 1] in SERIES_WORDS:
        return True  # «شهد الأسبوع الماضي مجموعة هجمات ضد القوات الأمنية»: a series, however dated
    return d["fatalities"] is None and d["evidence"]["date_rule"] not in OWN_DATES


#: words that make a plural generic trigger after them a series of events, not one («سلسلة هجمات»)
SERIES_WORDS = frozenset({"سلسله", "مجموعه", "موجه", "عده", "عشرات", "مئات"})  # normalized stems (ة -> ه)


def _partyless_agreement(view: View, c: Cluster, d: Mapping[str, Any], lex: EventLexicon) -> bool:
    """An agreement word of ``actors.partyless_not_event`` («التوصل لاتفاق», «الاتفاق النووي» in
    analysis) with no party found in its sentence is a reference, not a codable event: ACLED codes
    an agreement between named actors (a truce «هدنة» announced by someone stays)."""
    return d["sub_event_type"] == "Agreement" and d["actor1"] is None and d["actor2"] is None \
        and len(c.hits) == 1 and lex.sets["actors.partyless_not_event"].match_at(view.stems, c.head.w0)


#: actor categories that can enter, storm or invade a place
_ARMED = frozenset({"State forces", "Rebel group", "Political militia", "Identity militia", "External/Other forces"})


def _forceless(c: Cluster, d: Mapping[str, Any]) -> bool:
    """An entry marked ``needs_force`` («دخول», «دخلت», «توغل») is an event only when its actor1 is
    an armed force named in its sentence («دخلت القوات العراقية جامعة الأنبار»), not a country used
    as a subject («دخلت مصر على خط الانتقاد») or no one («بعد دخولهم سوريا من تركيا»)."""
    if not c.head.entry.needs_force:
        return False
    a1 = d["actor1"]
    return a1 is None or a1.get("category") not in _ARMED or str(a1.get("rule", "")).startswith("actor.country")


def _policy_fight(c: Cluster, d: Mapping[str, Any]) -> bool:
    """A ``needs_anchor`` trigger alone («قتال»: «الأولوية لقتال داعش», «شاركت في القتال ضد الأسد»)
    with neither a date nor a toll in its sentence names a fight in general, not an occurrence."""
    return all(h.entry.needs_anchor for h in c.hits) and d["fatalities"] is None \
        and d["evidence"]["date_rule"] not in OWN_DATES


def _unanchored(d: Mapping[str, Any]) -> bool:
    """An actual event whose own sentence gives nothing of it but the trigger: no place (it would
    come from another sentence or the article), no actor, no date, no fatalities («وأدت المواجهات
    إلى تدهور الأوضاع»): a reference to events, not a report of one.  On the two gold sets such
    events were right 1 time in 16.  Dropped unless it is a repeated mention of an event the
    article reports elsewhere (then it merges into it)."""
    return d["status"] == "actual" and d["actor1"] is None and d["fatalities"] is None \
        and d["evidence"]["date_rule"] not in OWN_DATES \
        and (d["location"] or {}).get("rule") not in ("location.sentence", "location.finer_nearby",
                                                      "location.town_anaphor", "location.area_anaphor")


#: the adverbial participle «متهماً» accuses someone of the act (the speaker reports it), no charge
ACCUSING = frozenset({"متهما", "متهمه"})


def _commented(view: View, c: Cluster, lex: EventLexicon) -> bool:
    """A generic trigger («الهجوم», «العملية», «التفجير») that is the object of a condemnation or
    condolence word right before it («أدان الهجوم», «استنكار العمل الإرهابي», «تنديد بالتفجير»):
    a statement about an event, not a report of one (rule ``events.commentary``).  Any trigger
    right after a judicial word («قضية», «بتهمة», «محاكمة») is a charge or a trial, not a report of
    the act (``status.judicial_words``)."""
    t0 = c.head.w0
    judicial = lex.sets["status.judicial_words"]
    if any(judicial.match_at(view.stems, k) and view.stems[k] not in ACCUSING
           for w in {t0, c.w0} for k in range(max(c.sentence[0], w - 3), w)):
        return True  # «في قضية اقتحام قسم شرطة العدوة», «بتهمة تفجير»: a charge, tried in court
    if not c.head.entry.generic or len(c.hits) > 1:
        return False
    win = int(lex.context["status"].get("commentary_window", 2))
    return lex.sets["status.commentary_words"].any(view.stems, max(c.sentence[0], t0 - win), t0)


def _first_place(view: View) -> Mention | None:
    """The article's first geocoded place that is not a world region (its lead's place)."""
    for m in view.mentions:
        r = m.record
        if r.get("type") == "LOC" and r.get("lat") is not None and r.get("kind") not in ("continent", "sea", "river", "region") \
                and not outlet_named(view, m):
            return m
    return None


def _document_country(view: View, lex: EventLexicon) -> str | None:
    """The country the article is most about, when its first place is not in it: places named
    (by their country) and nisba adjectives («الصينية») each count once; ``None`` when the first
    place's country has as much evidence (then the first place stands)."""
    votes = country_votes(view, lex)
    first = _first_place(view)
    if not votes or first is None:
        return None
    best, n = votes.most_common(1)[0]
    own = first.record.get("country")
    return best if best != own and n > votes.get(own or "", 0) else None


def _dateline_mention(view: View, doc: Document) -> Mention | None:
    if doc.dateline is None:
        return None
    for m in view.mentions:
        if m.start <= doc.dateline.start < m.end or doc.dateline.start <= m.start < doc.dateline.end:
            if m.record.get("type") == "LOC" and m.record.get("lat") is not None:
                country = m.record.get("country")
                others = [o for o in view.mentions if o.record.get("type") == "LOC" and o.record.get("id") != m.record.get("id")
                          and o.record.get("lat") is not None]
                if not others or any(o.record.get("country") == country for o in others):
                    return m
                return None
    return None


def _speaker_inter(view: View, t0: int, t1: int, entities: Mapping[str, Mapping[str, Any]],
                   lex: EventLexicon) -> int | None:
    for q in view.quotes:
        if q.w0 <= t0 and t1 <= q.w1:
            sp = q.record.get("speaker") or {}
            rec = entities.get(sp.get("entity") or "")
            if rec is None:
                return None
            category, _ = category_of(rec, lex)
            return lex.actors["inter"].get(category) if category else None
    return None


def _aggregate_sentences(view: View, lex: EventLexicon) -> set[int]:
    """Indices of the sentences that give totals over a period rather than events: an aggregate
    phrase («خلال هذه الفترة», «العدد الإجمالي», «منذ بدء») or «خلال» + a count of months, weeks or
    years («خلال عشرة أشهر», «خلال الأشهر الماضية»); a sentence that goes on with the same report
    (it opens with a reporting verb) after one is one too; never a sentence that names a day
    («... حيث سقط في 19 يوليو 95 قتيلا» tells a dated event).  ACLED codes no aggregates."""
    phrases = lex.sets["background.aggregate_phrases"]
    units = lex.sets["background.aggregate_units"]
    verbs = lex.sets["background.report_verbs"]
    out: set[int] = set()
    for k, (lo, hi, *_rest) in enumerate(view.sentences):
        st = view.stems
        hit = phrases.any(st, lo, hi) or any(
            st[i] == "خلال" and (units.any(st, i + 1, min(hi, i + 3))) for i in range(lo, hi))
        goes_on = k - 1 in out and lo < hi and opens_with(view, lo, verbs)
        dated = any(lo <= t.w0 < hi and t.span.get("precision") == "day"
                    and not verbs.any(st, max(lo, t.w0 - 4), t.w0)  # the report's day
                    and not any(st[j] in ("منذ", "حتي", "وحتي") for j in range(max(lo, t.w0 - 2), t.w0))  # a span's ends
                    for t in view.times)
        if (hit or goes_on) and not dated or _date_range(view, lo, hi):  # («خلال الأسابيع الماضية ... حيث سقط في 19 يوليو 95 قتيلا»)
            out.add(k)
    return out


def _date_range(view: View, lo: int, hi: int) -> bool:
    """The sentence counts over a span between two days («وبين الأول من يناير و30 يونيو قتل 1592
    شخصا»): «بين» before the first, «و» on the second, at most two words apart, and more than
    :data:`EVENT_SPAN_DAYS` days apart («خطفت جبهة النصرة بين يوم الاثنين واليوم خمسة مقاتلين» is
    one event told over two days)."""
    days = [t for t in view.times if lo <= t.w0 < hi and t.span.get("precision") == "day"]
    for a, b in zip(days, days[1:]):
        if a.w0 - 1 >= lo and view.stems[a.w0 - 1] == "بين" and 0 <= b.w0 - a.w1 <= 2 \
                and "و" in view.words[b.w0].procs + tuple(view.stems[a.w1:b.w0]) \
                and _days_apart(a.span.get("value"), b.span.get("value")) > EVENT_SPAN_DAYS:
            return True
    return False


#: two days a sentence's «بين ... و...» joins at most this far apart bound one event, not a count
EVENT_SPAN_DAYS = 3


def _days_apart(a: Any, b: Any) -> float:
    """Days between two ISO date values (``inf`` when either names no day: :func:`day_of`)."""
    da, db = day_of(a), day_of(b)
    return float("inf") if da is None or db is None else abs((db - da).days)


def _topic_starts(view: View, lex: EventLexicon) -> list[int]:
    """Indices of the sentences that open another story («من ناحية أخرى», «وفي سياق آخر»): the lead's
    day does not reach the events after them.  (Cutting the places of the sentences before them
    too lost more than it gained: «من جهة أخرى» often goes on with the same place.)"""
    shifts = lex.sets["background.topic_shifts"]
    out = []
    for k, (lo, hi, *_rest) in enumerate(view.sentences):
        j = lo
        while j < hi and view.words[j].kind != "word":
            j += 1
        if j < hi and (shifts.match_at(view.stems, j) or (j + 1 < hi and shifts.match_at(view.stems, j + 1))):
            out.append(k)
    return out


def _recalled(view: View, clusters: list[Cluster]) -> frozenset[int]:
    """First words of the sentence's clusters told behind a recall word («بعد إطلاق نيران», «بعد
    ثلاثة أيام على هجوم انتحاري»): events earlier than the story's."""
    return frozenset(c.head.w0 for c in clusters if recall_before(view.stems, c.sentence[0], c.head.w0))


def _other_triggers(view: View, c: Cluster, clusters: list[Cluster], recalled: frozenset[int]) -> tuple[int, ...]:
    """First words of the sentence's clusters of another event type that head a report of their
    own: a verb or an indefinite specific noun («نفذوا مداهمات») in another clause, not a definite
    noun inside a phrase («في جبهات القتال في عدن»), a generic one («هجمات») or a frame («خلال عملية
    مداهمة»); or any of them told after ``c`` behind a recall word (``recalled``: «بعد ثلاثة أيام على
    هجوم انتحاري في سوروتش»), an earlier event whose place is its own."""
    return tuple(o.head.w0 for o in clusters if o is not c and o.head.entry.event_type != c.head.entry.event_type
                 and ((o.head.w0 > c.head.w1 and o.head.w0 in recalled) or (
                     not o.head.entry.generic and not view.words[o.head.w0].article
                     and not (o.head.w0 > 0 and view.stems[o.head.w0 - 1] in _FRAME_WORDS)
                     and _new_clause_between(view, c.head.w1, o.head.w0))))


def _recall_word(view: View, c: Cluster, clusters: list[Cluster], recalled: frozenset[int]) -> int | None:
    """The recall word before cluster ``c`` when a cluster of another event type comes before it
    in the sentence («قصفت دبابات تركية مواقع لداعش في سوريا بعد إطلاق نيران ... أدى إلى مقتل جندي
    تركي في كيليس»): the places before that word are the earlier cluster's, not ``c``'s."""
    t0, lo = c.head.w0, c.sentence[0]
    if t0 not in recalled or not any(o.head.w1 <= t0 and o.head.entry.event_type != c.head.entry.event_type
                                     for o in clusters if o is not c):
        return None
    return next((k for k in range(max(lo, t0 - 6), t0) if view.stems[k] in RECALL_CUES), None)


def _new_clause_between(view: View, a: int, b: int) -> bool:
    """A clause starts between words ``a`` and ``b`` (either order): a punctuation break or a word
    behind «و» («قصفت ... وذكرت وسائل إعلام أن الشرطة نفذت مداهمات»), not one phrase («هجوما
    بسيارتين مفخختين تبعه اشتباكات»)."""
    lo, hi = min(a, b), max(a, b)
    return any(view.is_clause_break(k) or "و" in view.words[k].procs for k in range(lo, hi + 1))


#: words before an event noun that make it the frame of another event, not a report of its own
#: («خطفت 170 ... خلال عملية مداهمة لمدينة القريتين»): normalized stems
_FRAME_WORDS = frozenset({"عمليه", "عمليات", "خلال", "اثناء", "اثر", "بعد", "اعقاب", "اعقب"})


#: event types whose state-force actors often act outside their own country
ABROAD_TYPES = frozenset({"Explosions/Remote violence"})


def _draft(view: View, doc: Document, c: Cluster, index: int, previous: list, dateline: Mention | None,
           entities: Mapping[str, Mapping[str, Any]], lex: EventLexicon, *, k: int,
           other_triggers: tuple[int, ...] = (), after_recall: int | None = None,
           recalled_before: tuple[int, ...] = ()) -> dict[str, Any]:
    """The event of cluster ``c`` in sentence ``k`` of ``view.sentences`` (``other_triggers``: the
    first words of the sentence's other clusters; ``after_recall``: the recall word before ``c``
    when an event of another type comes before it; ``recalled_before``: first words of the recalled
    clusters before ``c``)."""
    sent = c.sentence
    lo, hi = sent[0], sent[1]
    t0, t1 = c.head.w0, c.head.w1
    event_type, sub_type, weapon, refine_rule = _refine(view, c)
    actor1, actor2 = find_actors(view, t0, t1, lo, hi, lex, object_after=c.head.entry.object_after,
                                 mutual=c.head.entry.sub_event_type == "Armed clash",
                                 from_agent=c.head.entry.event_type == "Explosions/Remote violence")
    if actor1 is not None and "+subject" in actor1.rule and subjected_before(view, t0, lo):
        # «أصيب أحد أفراد دوريات الأمن إثر تعرضه لطلق ناري»: the subject suffered the act
        actor1, actor2 = None, actor2 or replace(actor1, rule=actor1.rule.replace("+subject", "+subjected"))
    if c.head.entry.dead_after and actor1 is not None and actor1.category == "State forces" \
            and "+subject" in actor1.rule and lex.security_victims \
            and lex.security_victims.any(view.stems, t1, min(hi, t1 + c.head.entry.after_window)):
        actor1 = None  # «أعلنت وزارة الداخلية مقتل شرطي»: the state's own dead, not its doing
    if event_type == "Violence against civilians" and sub_type == "Attack" and _on_security_forces(
            view, lo, hi, actor2, lex):
        event_type, sub_type, refine_rule = "Battles", "Armed clash", f"{c.head.entry.id}.on_security_forces"
    if event_type == "Violence against civilians" and actor2 is None:
        actor2 = _civilians(view, lo, hi, lex)
    thwart = _thwart(view, min(c.w0, t0), lo, hi, lex, forces=_government_side(actor1, lex)) \
        if event_type == "Explosions/Remote violence" else None
    if thwart is not None:  # «أحبطت قوات الأمن أمس محاولة لتفجير سيارة مفخخة»: the foiling happened
        event_type, sub_type, refine_rule = "Strategic developments", "Disrupted weapons use", f"{c.head.entry.id}.thwarted"
    by_actor = c.head.entry.by_actor
    if by_actor and refine_rule is None and actor1 is not None:
        # a militia fighting for the government regains territory as its forces do (ACLED)
        key = "1" if _government_side(actor1, lex) else str(actor1.inter)
        sub_type = by_actor.get(key, sub_type)
    if actor1 is not None and actor1.category == "State forces" and actor1.country is None \
            and actor1.name_en in ("Military Forces", "Police Forces"):
        code = speaker_country(view, lo, t0, lex)  # «وقال رئيس الوزراء التركي إن الشرطة اعتقلت»
        if code is not None:
            actor1 = replace(actor1, country=code)
    exclude = {(a.w0, a.w1) for a in (actor1, actor2) if a is not None and a.rule.startswith("actor.country")}
    # state forces act at home (arrests, crowds, clashes) but strike abroad: air strikes and shelling
    # by Turkey or the United States are not placed in their country («هذه الغارة الأميركية»)
    forces = () if event_type in ABROAD_TYPES else \
        tuple(a.country for a in (actor1, actor2) if a is not None and a.country and a.inter in (1, 3))
    location = find_location(view, t0, t1, sent, lex, exclude=exclude, dateline=dateline, previous=previous,
                             first_place=view.memo("first_place", lambda: _first_place(view)),
                             actor_countries=forces,
                             document_country=view.memo("document_country", lambda: _document_country(view, lex)),
                             main_country=main_country(view, lex),
                             other_triggers=other_triggers, not_before=after_recall,
                             recalled_before=recalled_before)
    if sub_type == "Arrests" and forces and location is not None and location.get("geo_precision") == 3 \
            and location.get("country") not in forces:
        # «أوقفت المديرية العامة للأمن العام اللبناني (ع.ك) لانتمائه ... ونقل المقاتلين إلى سوريا»: a
        # state's forces arrest at home; another country the sentence names is where the suspect went
        location = country_location(forces[0], "location.actor_country") or location
    if actor1 is None and sub_type == "Air/drone strike" and location is not None:
        actor1 = bare_coalition(view, lo, hi, t0, t1, location.get("country"), lex)
    if actor1 is None and sub_type == "Air/drone strike":
        actor1 = speaking_coalition(view, t0, t1, lex)
    status = find_status(view, t0, t1, lo, hi, lex, speaker_inter=_speaker_inter(view, t0, t1, entities, lex))
    if status["rule"] == "status.purpose" and c.w0 < t0:
        # «شنت هجوما واسعا لاستعادة قاعدة العند»: the aim of an attack told before it; the attack is the event
        status = find_status(view, c.w0, t0, lo, hi, lex, speaker_inter=_speaker_inter(view, c.w0, t0, entities, lex))
    if thwart is not None:
        status = {"status": "actual", "rule": "status.thwarted", "cue": _span(view, *thwart)}
    shift = view.memo("topic_starts", lambda: _topic_starts(view, lex))
    # what happened took no day still ahead: a later day of its sentence is another act's
    when = find_date(view, t0, t1, lo, hi, doc.published, report_verbs=lex.sets["background.report_verbs"],
                     anaphoric_times=lex.sets["background.anaphoric_times"],
                     pluperfect_openers=lex.sets["background.pluperfect"],
                     lead_from=max((j for j in shift if 0 < j <= k), default=0), sentence=k,
                     past_only=status["status"] == "actual")
    when = place_sentence_date(view, when, location) or when
    background_rule = "background.date" if is_background(view, when, doc.published, lex) else \
        recalled(view, t0, lo, hi, when, doc.published, lex, t1=t1)
    background = background_rule is not None
    fatalities, fat_span = find_fatalities(view, lo, hi, lex)
    if status["status"] in _UNDATED and not (when["rule"] == "date.sentence" and _future(when["date"], doc.published)):
        when = {"date": None, "time_precision": None, "time": None, "rule": "date.none_not_happened", "_ref": None}
    trigger = _span(view, c.w0, c.w1) if len(c.hits) > 1 and c.w1 - c.w0 <= 8 else _span(view, t0, t1)
    return {
        "event_type": event_type, "sub_event_type": sub_type, "status": status["status"],
        "background": background,
        "actor1": _actor(actor1, location, event_type), "actor2": _actor(actor2, location, event_type),
        "location": location, "date": when["date"], "time_precision": when["time_precision"],
        "fatalities": fatalities, "weapon": weapon,
        "trigger": trigger,
        "sentence": {"start": sent[2], "end": sent[3], "text": doc.text[sent[2]:sent[3]]},
        "sources": [doc.id],
        "rule": f"events.trigger:{c.head.entry.id}",
        "evidence": {
            "lexicon_entry": c.head.entry.id, "phrases": [_span(view, h.w0, h.w1) for h in c.hits],
            "refine": refine_rule, "by_actor": sub_type if by_actor and sub_type != c.head.entry.sub_event_type and refine_rule is None else None,
            "status_rule": status["rule"], "status_cue": status["cue"],
            "date_rule": when["rule"], "time": when["time"], "background_rule": background_rule,
            "location_rule": location["rule"] if location else None,
            "fatalities": fat_span,
        },
        "_order": index,
        "_run_on": view.run_on.get(sent[0]),
        "_definite": bool(view.words[t0].article),
        "_generic_definite": c.head.entry.generic and len(c.hits) == 1 and view.words[t0].article,
        "_generic": c.head.entry.generic and len(c.hits) == 1,
        "_dead_after": c.head.entry.dead_after,
        "_pluperfect": pluperfect(view, t0, lo, hi, lex),
        "_additive": view.stems[lo] in ADDITIVE_OPENERS or (view.stems[lo] == "و" and lo + 1 < hi
                                                          and view.stems[lo + 1] in ADDITIVE_OPENERS),
        "_another": _another(view, t1, hi),
        "_demonstrative": c.head.entry.generic and len(c.hits) == 1 and t0 > sent[0]
        and (view.stems[t0 - 1] in DEMONSTRATIVES or _pronoun_ranked(view, t0, sent[0])),
    }


def _another(view: View, t1: int, hi: int) -> bool:
    """The word after a trigger ending at word ``t1`` makes it a further occurrence (:data:`ANOTHER_WORDS`);
    «آخر» before a noun is «the last» («تفجير آخر نفق»), not «another»."""
    if t1 >= hi or view.stems[t1] not in ANOTHER_WORDS:
        return False
    return view.stems[t1] != "اخر" or t1 + 1 >= hi or view.words[t1 + 1].kind != "word" \
        or view.stems[t1 + 1] in _AFTER_ANOTHER


def _pronoun_ranked(view: View, t0: int, lo: int) -> bool:
    """«وهو أول هجوم من هذا النوع», «وهي ثاني عملية»: a pronoun and a rank before the trigger call
    back the event told before it."""
    k = t0 - 1
    if k < lo or view.stems[k] not in _RANKS:
        return False
    return k - 1 >= lo and view.stems[k - 1].removeprefix("و") in ("هو", "هي")


#: ordinals and superlatives of «وهو أول هجوم» (normalized stems)
_RANKS = frozenset({"اول", "ثاني", "ثالث", "اكبر", "اعنف", "احدث", "اخر", "اشد", "ابرز"})


def _government_side(a: Actor | None, lex: EventLexicon) -> bool:
    """Whether the actor ``a`` is a state's forces or a militia fighting for a government."""
    return a is not None and _government(a.to_dict(), lex)


def _thwart(view: View, t0: int, lo: int, hi: int, lex: EventLexicon, *, forces: bool = False) -> tuple[int, int] | None:
    """The words ``[a, b)`` of a thwarting verb («أحبطت», «إحباط», «أفشل») in the trigger's clause at
    most ``status.thwart_window`` words before it, or of «تمكن» before «من تفجير» when the doer is on
    the government side (``forces``: a controlled detonation), or ``None``: a foiled bombing is disrupted weapons use (ACLED), an act that
    happened, not a planned explosion."""
    ca, _cb = view.clause(t0, lo, hi)
    a = max(ca, t0 - int(lex.context["status"]["thwart_window"]))
    hits = lex.sets["status.thwart_words"].find(view.stems, a, t0)
    if hits:
        return hits[-1]
    if forces and view.stems[t0].startswith("تفجير") and t0 - 1 > a and view.stems[t0 - 1] == "من":
        # «تمكنت قوات الأمن المصرية من تفجير 7 عبوات ناسفة»: a controlled detonation
        k = next((k for k in range(t0 - 2, a - 1, -1) if view.stems[k].startswith("تمكن")), None)
        if k is not None:
            return k, k + 1
    return None


def _future(date: str | None, published: Any) -> bool:
    """Does ``date`` (ISO day, week, month or year) begin after the publication day?  A date in the
    sentence of a plan or threat dates it only when it lies ahead («الهجوم المقرر غدا»); «أمس» dates
    the announcement, not the event."""
    if not date or published is None or "W" in str(date):
        return False
    return begins_after(str(date), published)


def _on_security_forces(view: View, lo: int, hi: int, actor2: Actor | None, lex: EventLexicon) -> bool:
    """An attack whose target is state forces (actor2, or soldiers / police among the victims of
    its sentence: «مقتل شرطي ... في هجوم مسلح»): ACLED codes it as an armed clash."""
    if actor2 is not None:
        return actor2.inter == 1
    return bool(lex.security_victims and lex.security_victims.any(view.stems, lo, hi))


def _civilians(view: View, lo: int, hi: int, lex: EventLexicon) -> Actor | None:
    for phrases, name_en, category, _ in lex.descriptors:
        if category != "Civilians":
            continue
        hits = phrases.find(view.stems, lo, hi)
        if hits:
            a, b = hits[0]
            s, e = view.words[a].start, view.words[b - 1].end
            return Actor(a, b, s, e, view.text[s:e], None, view.text[s:e], name_en, category,
                         lex.actors["inter"].get(category), "actor.descriptor+civilians_in_sentence")
    return None


#: a reported clause whose subject is its speaker: «قال الجيش إنه قصف», «أعلن الحزب أن مقاتليه هاجموا»
_SELF_SUBJECT = frozenset({"انه", "انها", "انهم", "انهما", "بانه", "بانها", "بانهم"})
_SELF_FORCES = ("قواته", "قواتها", "عناصره", "عناصرها", "مقاتليه", "مقاتليها", "طائراته", "طائراتها",
                "وحداته", "وحداتها", "جنوده", "جنودها")
#: the speaker's own forces in the first person («قواتنا استطاعت اقتحام»), in any quotation
_OWN_FORCES = ("قواتنا", "عناصرنا", "مقاتلينا", "مقاتلونا", "طائراتنا", "وحداتنا", "جنودنا", "قطعاتنا")


def _speaker_is_subject(view: View, trig: Mapping[str, Any]) -> bool:
    """The trigger is in the first words of an indirect quotation that opens with a pronoun
    complementizer or the speaker's own forces («إنه سيطر», «أن قواته قصفت»), or of any quotation
    that opens with them in the first person («قواتنا استطاعت اقتحام»)."""
    for q in view.quotes:
        r = q.record
        if not (r["start"] <= trig["start"] and trig["end"] <= r["end"]):
            continue
        t0 = view.word_at(trig["start"])
        if t0 - q.w0 > 6:
            return False
        words = [w.norm for w in view.words[q.w0:t0] if w.kind == "word"][:2]
        first = words[0].lstrip("و") if words else ""
        if r.get("kind") == "indirect" and first in _SELF_SUBJECT:
            return True
        if first in ("ان", "بان"):
            words = words[1:]
        return bool(words) and (words[0] in _OWN_FORCES or r.get("kind") == "indirect" and words[0] in _SELF_FORCES)
    return False


def _speaker_actor(view: View, trig: Mapping[str, Any], entities: Mapping[str, Mapping[str, Any]],
                   lex: EventLexicon) -> dict[str, Any] | None:
    """The organisation of the speaker of the quotation holding ``trig`` (rule ``actor.caller``)."""
    for q in view.quotes:
        r = q.record
        if r["start"] <= trig["start"] and trig["end"] <= r["end"]:
            sp = r.get("speaker") or {}
            rec = entities.get(sp.get("entity") or "")
            if rec is None or "start" not in sp:
                return None
            category, stand = category_of(rec, lex)
            if category is None:
                return None
            return {"entity": stand.get("id"), "name": stand.get("name"),
                    "name_en": stand.get("name_en") or stand.get("name"), "category": category,
                    "inter": lex.actors["inter"].get(category), "start": sp["start"], "end": sp["end"],
                    "text": sp["text"], "rule": "actor.caller"}
    return None


def _actor(a: Actor | None, location: Mapping[str, Any] | None, event_type: str | None = None) -> dict[str, Any] | None:
    if a is None:
        return None
    d = a.to_dict()
    if event_type in _ARMED_TYPES and a.category == "State forces" and a.country and (a.name_en or "").startswith("Government of "):
        # «غارات جوية للنظام»: a government fights with its forces (ACLED)
        d["name_en"] = f"Military Forces of {country_name(a.country) or a.name_en.removeprefix('Government of ')}"
    if a.name_en in _UNITS_OF_PLACE and location and location.get("country_name"):
        # ACLED: «Police Forces of Turkey»; «القوات الحكومية» in Iraq: «Military Forces of Iraq»
        d["name_en"] = f"{_UNITS_OF_PLACE[a.name_en]} of {location['country_name']}"
    return d


#: event types fought with arms, in which a government acts through its forces
_ARMED_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})

#: descriptor actors named after the country of the event's place, as ACLED names state forces
_UNITS_OF_PLACE = {"Military Forces": "Military Forces", "Police Forces": "Police Forces",
                   "Government forces": "Military Forces"}


#: ACLED's default first actor of a demonstration whose organisers are not named
_CROWDS = {"Protests": ("Protesters", "Protesters"), "Riots": ("Rioters", "Rioters")}


def _crowd_actor(d: dict[str, Any], lex: EventLexicon) -> None:
    """A protest or riot with no actor1 has the crowd as actor1: ``Protesters (<country>)`` /
    ``Rioters (<country>)`` (ACLED's convention), on the trigger span («محتجون», «تظاهر»), rule
    ``actor.crowd``."""
    if d["actor1"] is not None or d["event_type"] not in _CROWDS:
        return
    name, category = _CROWDS[d["event_type"]]
    country = (d["location"] or {}).get("country_name")
    t = d["trigger"]
    d["actor1"] = {"entity": None, "name": t["text"], "name_en": f"{name} ({country})" if country else name,
                   "category": category, "inter": lex.actors["inter"].get(category),
                   "start": t["start"], "end": t["end"], "text": t["text"], "rule": "actor.crowd"}


def _presumed_air_actor(e: dict[str, Any], text: str, published: Any, lex: EventLexicon) -> None:
    """An actual air strike with no actor1 in a country and period where one side alone flies them
    (``presumed_air_forces`` of ``data/actors.json``: the Saudi-led coalition in Yemen from March 2015
    but for drone strikes, ``not_with``; the Syrian government's air force for barrel bombs and, before
    Russia's intervention, helicopters, ``only_with``) has that side as actor1, on the trigger span,
    rule ``actor.presumed_air_force``."""
    if e["actor1"] is not None or e["sub_event_type"] != "Air/drone strike" or e["status"] != "actual":
        return
    day = day_of(e.get("date")) or day_of(published)
    country = (e["location"] or {}).get("country")
    for rule in lex.actors.get("presumed_air_forces", ()):
        if country != rule["country"] or day is None or not rule["from"] <= day.isoformat() <= rule["to"]:
            continue
        sentence = normalize_for_search((e.get("sentence") or {}).get("text") or "")
        if any(normalize_for_search(w) in sentence for w in rule.get("not_with", ())):
            continue
        if "only_with" in rule and not any(normalize_for_search(w) in sentence for w in rule["only_with"]):
            continue
        ent = load_kb().get(rule["entity"])
        if ent is None:
            continue
        category, inter = kb_category(ent, lex)
        span = _aircraft_word(text, e) or e["trigger"]
        rec = {"id": ent.id, "kind": ent.kind, "country": ent.country, "name_en": ent.name_en}
        name_en = acled_name(rec, category, lex) or ent.name_en or ent.name  # «Military Forces of Syria»
        e["actor1"] = {"entity": ent.id, "name": ent.name, "name_en": name_en, "category": category,
                       "inter": inter, "start": span["start"], "end": span["end"], "text": span["text"],
                       "rule": "actor.presumed_air_force"}
        return


#: the aircraft that do an air strike, named without their owner («الطيران», «الطائرات الحربية», «مقاتلات»)
_AIRCRAFT = re.compile(r"(?<![\w\u0600-\u06FF])[وف]?(?:ال)?(?:طيران|طائرات|طائرة|مقاتلات|مقاتلة)(?![\w\u0600-\u06FF])")


def _aircraft_word(text: str, e: Mapping[str, Any]) -> dict[str, Any] | None:
    """The aircraft word nearest the trigger in the event's sentence, as a span, or ``None``."""
    sent, t = e.get("sentence") or {}, e["trigger"]
    if "start" not in sent:
        return None
    best = None
    for m in _AIRCRAFT.finditer(text, sent["start"], sent["end"]):
        dist = abs(m.start() - t["start"])
        if best is None or dist < best[0]:
            best = (dist, m)
    if best is None:
        return None
    m = best[1]
    return {"start": m.start(), "end": m.end(), "text": m.group()}


def _carry_actors(events: list[dict[str, Any]], lex: EventLexicon) -> None:
    """Give an actual event with no actor1 the actors of another actual same-type event at the same
    place whose actors were found in its own sentence (of the same sub-event type for explosions:
    :data:`_WEAPON_TYPES`): one with both actors first, then the nearest.  Ground regained is never
    carried a non-government doer, nor a territorial event the doer of a background one (the
    capture of a town months ago says nothing about who retakes it); where the government side
    fights at that place, only it is carried into a territorial event; a carried doer sets the
    territorial sub-event type (:func:`_territorial_by_side`).  (Carrying across a whole
    country was right for 3 of 13 matched gold events.)"""
    for e in events:
        if e["actor1"] is not None:
            continue
        place = (e["location"] or {}).get("entity")
        if e["status"] != "actual":
            continue
        donors = [d for d in events if d is not e and d["event_type"] == e["event_type"] and _own_doer(d) and place
                  and (d["location"] or {}).get("entity") == place
                  and (d["sub_event_type"] == e["sub_event_type"] or e["event_type"] not in _WEAPON_TYPES)
                  and not (e["sub_event_type"] in TERRITORIAL and d["background"] and not e["background"])
                  and not (e["sub_event_type"] == "Government regains territory" and not _government(d["actor1"], lex))]
        if e["sub_event_type"] in TERRITORIAL and any(_government(d["actor1"], lex) for d in donors):
            donors = [d for d in donors if _government(d["actor1"], lex)]  # the side that takes ground there
        if not donors:
            donors = _same_sentence_battles(events, e)
        if not donors:
            donors = _earlier_strikes(events, e)
        if not donors:
            continue
        d = min(donors, key=lambda d: (d["sub_event_type"] != e["sub_event_type"],
                                       (d["location"] or {}).get("entity") != place, d["status"] != "actual",
                                       d["actor2"] is None, abs(d["trigger"]["start"] - e["trigger"]["start"])))
        e["actor1"] = dict(d["actor1"], rule="actor.carried")
        e["sub_event_type"] = _territorial_by_side(e["sub_event_type"], e["actor1"], lex)
        if e["actor2"] is None and d["actor2"] is not None:
            e["actor2"] = dict(d["actor2"], rule="actor.carried")
        if e["actor2"] is not None and e["actor2"].get("name_en") == e["actor1"].get("name_en"):
            e["actor2"] = None


def _own_doer(d: Mapping[str, Any]) -> bool:
    """Actual event ``d`` has an actor1 found in its own sentence (not carried): it may lend it."""
    return bool(d["actor1"]) and d["actor1"].get("rule") != "actor.carried" and d["status"] == "actual"


def _government(actor: Mapping[str, Any], lex: EventLexicon) -> bool:
    """Whether ``actor`` (an event's actor dict) is a state's forces or a militia fighting for a government."""
    return actor.get("inter") == 1 or actor.get("entity") in lex.actors.get("pro_government", ())


def _territorial_by_side(sub_type: str, actor: Mapping[str, Any], lex: EventLexicon) -> str:
    """The territorial sub-event type of ``actor`` (an event's actor dict), as ACLED codes it: the
    government side (state forces or a militia fighting for the government) regains territory, a
    rebel, political or identity militia overtakes it; other sub-types and actors unchanged."""
    if sub_type not in TERRITORIAL:
        return sub_type
    if _government(actor, lex):
        return "Government regains territory"
    if actor.get("inter") in (2, 3, 4):
        return "Non-state actor overtakes territory"
    return sub_type


#: event types whose sub-event types are weapons with their own kinds of users (the army shells,
#: an unknown group plants a car bomb): actors are carried only within one sub-event type
_WEAPON_TYPES = frozenset({"Explosions/Remote violence"})

#: inter codes of actors with air forces: states and external forces (coalitions)
AIR_FORCES = frozenset({1, 8})


def _diplomatic_protest(e: Mapping[str, Any]) -> bool:
    """A protest whose doer is a state named as such («احتجت البحرين على», «قدم الجيش الباكستاني
    مذكرة احتجاج»): a diplomatic protest, no demonstration (ACLED codes none)."""
    a = e.get("actor1") or {}
    return e["event_type"] == "Protests" and (a.get("rule") or "").startswith(("actor.country_as_doer", "actor.state_forces"))


def _same_sentence_battles(events: list[dict[str, Any]], e: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Ground taken in the sentence of armed clash ``e`` by a doer its own clause names («سيطرت قوات
    المقاومة الشعبية على منطقتي السدة وحزم العديد» in a sentence that tells «احتدمت فيها
    المواجهات»): the side that took the ground fought the clash, wherever each is placed."""
    if e["sub_event_type"] != "Armed clash" or e["background"]:
        return []
    return [d for d in events if d is not e and d["sub_event_type"] in TERRITORIAL and _own_doer(d)
            and d["actor1"].get("inter") != 8  # a coalition flying support holds no ground
            and not d["background"] and d["sentence"]["start"] == e["sentence"]["start"]]


def _earlier_strikes(events: list[dict[str, Any]], e: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Air strikes told before air strike ``e`` whose doer their own sentence names: an article's
    later strikes («وقالت مصادر محلية إن حوالي ست غارات استهدفت معسكر الصباحة») are by the air force
    of its first ones («شن طيران التحالف غارات على صنعاء»), whatever their place."""
    if e["sub_event_type"] != "Air/drone strike" or e["background"]:
        return []
    return [d for d in events if d["sub_event_type"] == "Air/drone strike" and _own_doer(d)
            and d["actor1"].get("inter") in AIR_FORCES and not d["background"]
            and d["trigger"]["start"] < e["trigger"]["start"]]


def find_events(doc: Document, *, lex: EventLexicon | None = None) -> list[dict[str, Any]]:
    """The events of ``doc`` (needs its tokens, sentences, numbers, times, entities and quotes).

    Returns JSON-ready dicts; offsets are code-point indices into ``doc.text``.
    """
    if not doc.text.strip():
        return []
    lex = lex or lexicon()
    view = build_view(doc)
    dateline = _dateline_mention(view, doc)
    entities = {}
    for ent in doc.entities:
        rec = ent.to_dict() if hasattr(ent, "to_dict") else ent
        entities[rec.get("id")] = rec
    drafts: list[dict[str, Any]] = []
    sent_index = {s: k for k, s in enumerate(view.sentences)}
    aggregates = view.memo("aggregates", lambda: _aggregate_sentences(view, lex))
    for sent, hits in find_triggers(view, lex):
        k = sent_index.get(sent, 0)
        if k in aggregates:
            continue  # «قتلت 3042 عنصرا خلال عشرة أشهر»: a toll over months, not an event
        if opens_with(view, sent[0], lex.sets["background.boilerplate_openers"]):
            continue  # «رابط الخبر بصحيفة الوئام: <the title again>»: the outlet's footer
        previous = view.sentences[max(0, k - 2):k]
        clusters = cluster(sent, hits, gap=lex.cluster_words)
        has_air = any(c.head.entry.sub_event_type == "Air/drone strike" for c in clusters)
        recalled = _recalled(view, clusters)
        for c in clusters:
            # a recalled event after ``c`` keeps the places behind it («ويأتي تبادل إطلاق النار بعد
            # ثلاثة أيام على هجوم انتحاري في سوروتش»), one before ``c`` the places after it
            d = _draft(view, doc, c, len(drafts), previous, dateline, entities, lex, k=k,
                       other_triggers=_other_triggers(view, c, clusters, recalled),
                       after_recall=_recall_word(view, c, clusters, recalled),
                       recalled_before=tuple(o.head.w0 for o in clusters if o is not c
                                             and o.head.w1 <= c.head.w0 and o.head.w0 in recalled))
            if has_air and c.head.entry.ambiguous_air and d["evidence"]["refine"] is None:
                d["sub_event_type"], d["weapon"] = "Air/drone strike", "air"
                d["evidence"]["refine"] = f"{c.head.entry.id}.air_in_sentence"
            if _unsupported_generic(c, d) or _plural_generic(view, c, d) or _commented(view, c, lex) \
                    or d["evidence"]["status_rule"] == "status.any" \
                    or _partyless_agreement(view, c, d, lex) \
                    or _forceless(c, d) or _policy_fight(c, d):
                continue
            d["_unanchored"] = _unanchored(d)
            drafts.append(d)
            if d["location"] and d["location"]["rule"] == "location.sentence":
                for m in coordinated_places(view, d["location"], sent[0], sent[1]):  # one event per place
                    twin = copy.deepcopy(d)
                    twin["location"] = location_dict(m, "location.coordinated")
                    twin["evidence"]["location_rule"] = "location.coordinated"
                    twin["_order"] = len(drafts)
                    drafts.append(twin)
    for d in drafts:
        if d["actor1"] is None and d["status"] in ("called_for", "threatened", "claimed"):
            caller = _speaker_actor(view, d["trigger"], entities, lex)
            if caller is not None and caller["entity"] != (d["actor2"] or {}).get("entity"):
                d["actor1"] = caller
    for d in drafts:
        if d["actor1"] is None and _speaker_is_subject(view, d["trigger"]):
            speaker = _speaker_actor(view, d["trigger"], entities, lex)
            if speaker is not None and speaker["entity"] != (d["actor2"] or {}).get("entity"):
                d["actor1"] = dict(speaker, rule="actor.speaker_subject")
    for d in drafts:
        _crowd_actor(d, lex)
    _carry_actors(drafts, lex)
    merged = absorb_generic_document(merge_events(absorb_generic(drafts), published=doc.published),
                                     published=doc.published)
    events = [e for e in merged if not (e.get("_unanchored") and len(e["mentions"]) == 1)  # a bare reference, alone
              and not _lone_generic(e) and not _placed_by_document_only(view, e) and not _diplomatic_protest(e)]
    for e in events:
        _presumed_air_actor(e, doc.text, doc.published, lex)
    for i, e in enumerate(events):
        e.pop("_order", None)
        e.pop("_run_on", None)
        e.pop("_definite", None)
        e.pop("_generic_definite", None)
        e.pop("_generic", None)
        e.pop("_dead_after", None)
        e.pop("_demonstrative", None)
        e.pop("_unanchored", None)
        e.pop("_pluperfect", None)
        e.pop("_additive", None)
        e.pop("_another", None)
        e["event_id"] = f"{doc.id}-{i + 1}"
        who = None
        if e["status"] in ("called_for", "claimed", "threatened", "denied"):
            who = _caller(view, e, entities, lex)
        e["notes_en"] = notes_en(e, who=who)
    return [_ordered(e) for e in events]


_KEYS = ("event_id", "event_type", "sub_event_type", "status", "background", "actor1", "actor2", "location",
         "date", "time_precision", "fatalities", "weapon", "trigger", "sentence", "mentions", "sources",
         "notes_en", "rule", "evidence")


def _ordered(e: dict[str, Any]) -> dict[str, Any]:
    return {k: e.get(k) for k in _KEYS}


def _placed_by_document_only(view: View, e: Mapping[str, Any]) -> bool:
    """No place in the event's sentence, the two before it, the acting forces or the dateline: only
    the article's first place (``location.document``), from farther away.  Such a mention is too
    loose to code (ACLED needs the place of the event told): a remark in an analysis, a clause of a
    statement."""
    loc = e.get("location") or {}
    if loc.get("rule") != "location.document":
        return False
    t = e["trigger"]["start"]
    k = next((i for i, (_w0, _w1, start, end) in enumerate(view.sentences) if start <= t < end), None)
    if k is None:
        return True
    return not view.sentences[max(0, k - 2)][2] <= loc.get("start", -1) < view.sentences[k][3]


def _caller(view: View, e: Mapping[str, Any], entities: Mapping[str, Mapping[str, Any]], lex: EventLexicon) -> str | None:
    """The English name of whoever calls for / threatens / claims the event: its quote's speaker."""
    t = e["trigger"]
    for q in view.quotes:
        r = q.record
        if r["start"] <= t["start"] and t["end"] <= r["end"]:
            sp = r.get("speaker") or {}
            rec = entities.get(sp.get("entity") or "")
            if rec is not None:
                return rec.get("name_en") or rec.get("name")
    a1 = e.get("actor1") or {}
    return a1.get("name_en")


class EventsStage(Stage):
    """ACLED-coded events: type, actors, place, date, fatalities and status, from trigger lexicons."""

    name = "events"
    requires = ("tokens", "sentences", "numbers", "times", "entities", "quotes")
    produces = ("events",)

    def predict(self, doc: Document) -> Mapping[str, Any]:
        """``{"events": [event dict, ...]}`` (offsets are code points into ``doc.text``)."""
        return {"events": find_events(doc)}
