"""One event per occurrence: repeated mentions of the same event in a document merged.

Two drafts are the same event when their event type, sub-event type, status and background flag
are equal, their places are the same entity (or both unknown), their weapons agree (equal, or one
unknown for an actual event: calls for IEDs and for car bombs stay two) and their dates agree: equal values, or one of them is the publication-date fallback
(rule ``date.published``) and the other a day, week or month in the 14 days before publication.
Places also agree when one of them is the country the other lies in.  A generic definite mention
(«التفجير», «الهجوم») with no fatalities, actor or date of its own refers back: it joins the last
earlier event of its type and status.  The merged event keeps the first mention's trigger and sentence, an explicit date over the
fallback, the first known actor1 / actor2 / place (an actor1 a mention names outright, by an agent phrase or
a resumptive verb, over one guessed as another mention's subject), the largest fatality count, and lists every
mention's trigger in ``mentions``.

Before that, a generic trigger («الهجوم الإرهابي», «تفجير») in the same sentence as a specific
event of the same status («... حيث فجرت انتحاريتان نفسيهما») names that event, not a second one:
it is absorbed into it (:data:`GENERIC_INTO`: a generic attack into any violent event, a generic
explosion into any explosion), unless their own words date the two to different days.

After the merge, the same holds across sentences (:func:`absorb_generic_document`): a generic
trigger's event («قتل 21 شخصًا في هجوم تبنته طالبان في ولاية قندوز») that a specific event of the
article matches («فجر انتحاري حزامه الناسف في إقليم خان آباد») — compatible status (equal, or
actual and claimed), place (the same, one inside the other's country, or within
:data:`NEAR_KM`), date (equal, one read from the lead or the publication day, or days at most one
apart: «قتل ... حسبما أعلن مسؤولون اليوم» dates the report) and fatalities — is that event told twice: ACLED codes one event.  The
nearest such event in the text takes it.  A demonstrative one («وتبنت حركة طالبان هذا الهجوم»)
names the last event told before it, whatever else its sentence says.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from ..entities.countryside import SIDE_OFFSET_KM, side_direction
from ..entities.geocode import haversine_km
from .dates import SENTENCE_DATES, WEAK_DATES, day_of

__all__ = ["merge_events", "absorb_generic", "absorb_generic_document"]

#: event types a generic trigger's draft (by its event type) is absorbed into
GENERIC_INTO = {
    "Battles": frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"}),
    "Explosions/Remote violence": frozenset({"Explosions/Remote violence"}),
    # a generic attack read as one on civilians («هجوم استهدف سوقا»): a bombing of them is Explosions
    "Violence against civilians": frozenset({"Violence against civilians", "Explosions/Remote violence"}),
}


#: a coarser place within this distance of a finer one may be the same event's place (km)
NEAR_KM = 100.0
#: two points (towns, sites) this close may be one place: a site and the city it lies in (km)
SITE_KM = 10.0
#: how far from a district's centre a town may be to say where in the district an event was (km)
DISTRICT_KM = 25.0


def _fallback_ok(fallback: dict[str, Any], other: dict[str, Any], published: dt.date | None) -> bool:
    if published is None or not other.get("date"):
        return False
    value = str(other["date"])
    try:
        day = dt.date.fromisoformat(value[:10]) if len(value) >= 10 else None
    except ValueError:
        return False
    if day is None:
        return len(value) == 7 and value == published.isoformat()[:7]
    return 0 <= (published - day).days <= 14


def _same_date(a: dict[str, Any], b: dict[str, Any], published: dt.date | None) -> bool:
    if a.get("date") == b.get("date") and a.get("time_precision") == b.get("time_precision"):
        return True
    ar, br = a["evidence"]["date_rule"], b["evidence"]["date_rule"]
    if a.get("date") is None or b.get("date") is None:
        return a.get("date") == b.get("date")
    if ar == "date.published" and br != "date.published":
        return _fallback_ok(a, b, published) and not _earlier_told(b, a)
    if br == "date.published" and ar != "date.published":
        return _fallback_ok(b, a, published) and not _earlier_told(a, b)
    return False


def _earlier_told(dated: dict[str, Any], fallback: dict[str, Any]) -> bool:
    """A dated mention in a pluperfect clause («و كان 5 من الحوثيين قتلوا صباح الأربعاء في هجوم»)
    tells an event earlier than the story's undated one («لقي 13 عنصراً مصرعهم في اشتباكات بمدينة
    تعز»): two events, not one dated twice."""
    return bool(dated.get("_pluperfect")) and not fallback.get("_pluperfect")


#: place rules of a place read in the event's own sentence (others are borrowed from elsewhere)
OWN_PLACES = frozenset({"location.sentence", "location.finer_nearby", "location.coordinated", "location.the_country",
                        "location.territory"})


def _borrowed(loc: dict[str, Any] | None) -> bool:
    return bool(loc) and loc.get("rule") not in OWN_PLACES


def _same_place(la: dict[str, Any] | None, lb: dict[str, Any] | None) -> bool:
    """Same entity, or one is a country the other lies in, or one of them is borrowed from another
    sentence (:data:`OWN_PLACES`) while the other is the event's own."""
    if _borrowed(la) != _borrowed(lb):
        # a mention whose place is borrowed from another sentence repeats an event told with its
        # own place, unless the borrowed place lies far from it (a front 150 km away is another event)
        return not _far_apart(la, lb)
    la, lb = la or {}, lb or {}
    if la.get("entity") == lb.get("entity"):
        return True
    for x, y in ((la, lb), (lb, la)):
        if x.get("geo_precision") == 3 and x.get("country") and x.get("country") == y.get("country") \
                and x.get("name_en") == x.get("country_name") and x.get("rule") != "location.the_country":
            return True  # (not «في كل أنحاء البلاد»: a nationwide campaign and its raids in one city are two)
    return False


def _items_of_one_report(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two items of one run-on report sentence («..، بينما ألقى الطيران المروحي برميلين على اللطامنة،
    كما تعرضت أماكن في قرى الحواش ... لقصف»): each clause tells its own event."""
    return a.get("_run_on") is not None and a.get("_run_on") == b.get("_run_on") \
        and a["sentence"]["start"] != b["sentence"]["start"]


def _km(la: dict[str, Any], lb: dict[str, Any]) -> float:
    """Great-circle distance between two located places (km)."""
    return haversine_km(la["lat"], la["lon"], lb["lat"], lb["lon"])


def _far_apart(la: dict[str, Any] | None, lb: dict[str, Any] | None) -> bool:
    """Both places are towns or regions (not countries) more than :data:`NEAR_KM` apart."""
    if not la or not lb or la.get("lat") is None or lb.get("lat") is None:
        return False
    if (la.get("geo_precision") or 3) == 3 or (lb.get("geo_precision") or 3) == 3:
        return False
    return _km(la, lb) > NEAR_KM


def _same(a: dict[str, Any], b: dict[str, Any], published: dt.date | None) -> bool:
    if _recalled_again(a, b):
        return True
    if any(a.get(k) != b.get(k) for k in ("event_type", "sub_event_type", "status", "background")):
        return False
    if _items_of_one_report(a, b) or _another_toll(a, b) or b.get("_another"):
        return False  # («بتفجير مماثل», «سيارة مفخخة أخرى»: a further occurrence)
    if not _same_place(a.get("location"), b.get("location")):
        return False
    wa, wb = a.get("weapon"), b.get("weapon")
    if {wa, wb} == {"air", "drone"}:
        wa = wb  # «غارة لطائرة بدون طيار» ... «الغارة»: a drone strike is an air strike
    if (wa and wb and wa != wb) or (a.get("status") != "actual" and wa != wb):
        return False
    return _same_date(a, b, published)


def _recalled_again(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """``b``, told after the background event ``a`` with no day of its own (dated by the publication,
    the lead or the report), of the same type in the same town (not a region, where news and
    background often share the governorate), names ``a`` again («وقتل الخاطفون
    اربعة من الرهائن» after the abduction of August 2014 at Arsal): it is ``a``, not news."""
    la, lb = a.get("location") or {}, b.get("location") or {}
    return bool(a.get("background")) and not b.get("background") \
        and b["evidence"]["date_rule"] in WEAK_DATES and a["evidence"]["date_rule"] not in WEAK_DATES \
        and all(a.get(k) == b.get(k) for k in ("event_type", "sub_event_type", "status")) \
        and bool(la.get("entity")) and la.get("entity") == lb.get("entity") and la.get("geo_precision") == 1 \
        and bool(b.get("_definite"))  # a definite trigger refers back (not «تفرض سيطرة كاملة» on the town now)


def _another_toll(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """``b`` opens a sentence that adds an item to the report («كما انفجرت سيارة مفخخة في الزعفرانية، ما
    أدى إلى مقتل أربعة») with a death toll of its own other than ``a``'s: another event, not ``a`` again."""
    fa, fb = a.get("fatalities"), b.get("fatalities")
    return bool(b.get("_additive")) and fa is not None and fb is not None and _top(fa) != _top(fb)


def _absorb(into: dict[str, Any], other: dict[str, Any]) -> None:
    if into["evidence"]["date_rule"] in WEAK_DATES and other["evidence"]["date_rule"] not in WEAK_DATES \
            and other["evidence"]["date_rule"] != "date.none":
        for k in ("date", "time_precision"):
            into[k] = other[k]
        into["evidence"]["date_rule"] = other["evidence"]["date_rule"]
        into["evidence"]["time"] = other["evidence"]["time"]
    for k in ("actor1", "actor2", "location"):
        if into.get(k) is None and other.get(k) is not None and not (k == "actor1" and _subject_of_dead(other)):
            into[k] = other[k]
    if _named_doer(other.get("actor1")) and into.get("actor1") and not _named_doer(into["actor1"]) \
            and into["actor1"].get("name_en") != other["actor1"].get("name_en"):
        # «... مع استمرار توجيه ضربات جوية» + «بضربة جوية نفذها طيران التحالف الدولي»: the mention
        # that names its doer outright tells who did it, not a subject guessed for another mention
        into["actor1"] = other["actor1"]
    mine, theirs = into.get("location"), other.get("location")
    if mine and theirs and not _borrowed(theirs) and (_borrowed(mine) and (
            mine.get("country") != theirs.get("country")
            or (theirs.get("geo_precision") or 3) <= (mine.get("geo_precision") or 3))
            or (mine.get("geo_precision") or 3) == 3 and (theirs.get("geo_precision") or 3) < 3
            and mine.get("country") == theirs.get("country")):
        # the event's own place over a borrowed one; a town of the country over the country
        into["location"] = other["location"]
        into["evidence"]["location_rule"] = other["location"].get("rule")
    if into.get("actor2") and into.get("actor1") and into["actor2"].get("name_en") == into["actor1"].get("name_en"):
        into["actor2"] = None
    fa, fb = into.get("fatalities"), other.get("fatalities")
    if fb is not None and (fa is None or _top(fb) > _top(fa)):
        into["fatalities"] = fb
        into["evidence"]["fatalities"] = other["evidence"].get("fatalities")
    into.setdefault("weapon", None)
    into["weapon"] = into["weapon"] or other.get("weapon")
    into["mentions"].append(other["trigger"])
    into["mentions"].extend(other.pop("_also", ()))
    into["_unanchored"] = bool(into.get("_unanchored") and other.get("_unanchored"))
    # a specific mention makes the event specific («انفجارا هز كابل» + «انفجار سيارة مفخخة»): it is no
    # longer a generic reference that another specific event of the article may take in
    into["_generic"] = bool(into.get("_generic") and other.get("_generic"))


#: actor1 rules that name the doer outright: an agent phrase («من قبل», «على يد»), a resumptive verb
#: («نفذها طيران التحالف»), a strike's source («غارات من التحالف»)
_NAMED_DOER = ("+agent_phrase", "+resumptive", "+after_resumptive", "+from")


def _named_doer(actor: dict[str, Any] | None) -> bool:
    return bool(actor) and any(r in str(actor.get("rule", "")) for r in _NAMED_DOER)


def _top(value: Any) -> int:
    return max(value) if isinstance(value, list) else int(value)


def _anaphoric(d: dict[str, Any]) -> bool:
    """A generic definite mention («التفجير», «الهجوم») with nothing of its own: no fatalities, no
    date in its sentence, no actor found in it."""
    return bool(d.get("_generic_definite")) and d.get("fatalities") is None \
        and d["evidence"]["date_rule"] == "date.published" and not d.get("actor1")


def _subject_of_dead(d: dict[str, Any]) -> bool:
    """The draft's actor1 is the subject before a word of dying («أسفر عن مقتل ... المصلين», «أعلنت
    الوزارة مقتل شرطي»): the specific event it joins finds its own doer, or has none."""
    return bool(d.get("_dead_after")) and "+subject" in str((d.get("actor1") or {}).get("rule", ""))


def absorb_generic(drafts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The drafts without the generic ones that name a specific event of their sentence (see the
    module docstring); the absorbed trigger is kept in the specific event's ``mentions``."""
    out = []
    for d in drafts:
        host = None
        if d.get("_generic") and not d.get("_another"):
            into = GENERIC_INTO.get(d["event_type"], frozenset())
            host = next((o for o in drafts if o is not d and not o.get("_generic")
                         and o["sentence"]["start"] == d["sentence"]["start"]
                         and o["event_type"] in into and o["status"] == d["status"]
                         and o["background"] == d["background"] and not _told_apart(o, d)), None)
        if host is None:
            out.append(d)
            continue
        for k in ("actor1", "actor2", "location"):
            if host.get(k) is None and d.get(k) is not None and not (k == "actor1" and _subject_of_dead(d)):
                host[k] = d[k]
        if host.get("fatalities") is None and d.get("fatalities") is not None:
            host["fatalities"] = d["fatalities"]
            host["evidence"]["fatalities"] = d["evidence"].get("fatalities")
        host.setdefault("_also", []).append(d["trigger"])
    return out


def _told_apart(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Both drafts dated by their own words to different days («هجوما جديدا مساء السبت ... بعد
    تفجيرين انتحاريين وقعا الأربعاء»): two occurrences, however generic one word is."""
    da, db = day_of(a.get("date")), day_of(b.get("date"))
    return da is not None and db is not None and da != db \
        and a["evidence"]["date_rule"] in SENTENCE_DATES and b["evidence"]["date_rule"] in SENTENCE_DATES


def merge_events(drafts: list[dict[str, Any]], *, published: dt.date | None) -> list[dict[str, Any]]:
    """The drafts merged into one event per occurrence, in text order of first mention."""
    out: list[dict[str, Any]] = []
    for d in drafts:
        if _anaphoric(d):
            earlier = [e for e in out if e["event_type"] == d["event_type"] and e["status"] == d["status"]]
            if earlier:
                earlier[-1]["mentions"].append(d["trigger"])
                continue
        for e in out:
            if _same(e, d, published):
                _absorb(e, d)
                break
        else:
            d["mentions"] = [d["trigger"]]
            out.append(d)
    for e in out:
        e["mentions"].extend(e.pop("_also", ()))
        e["mentions"].sort(key=lambda t: t["start"])
    return out


def _place_compatible(la: dict[str, Any] | None, lb: dict[str, Any] | None) -> bool:
    """Same place, one the country of the other, the coarser within :data:`NEAR_KM` of the finer, or
    two points within :data:`SITE_KM` (a site and its city)."""
    if not la or not lb:
        return True
    if _borrowed(la) != _borrowed(lb) and la.get("country") and lb.get("country") \
            and la.get("country") != lb.get("country"):
        return False  # strikes «في العراق» are not the attack told in a Turkish town before
    if _same_place(la, lb):
        return True
    if la.get("lat") is None or lb.get("lat") is None or la.get("country") != lb.get("country"):
        return False
    km = _km(la, lb)
    if (la.get("geo_precision") or 3) == (lb.get("geo_precision") or 3) == 1:
        return km <= SITE_KM  # two towns are two places; a site and its city («مطار كابل», كابل) one
    return km <= NEAR_KM


def _same_entity(la: dict[str, Any] | None, lb: dict[str, Any] | None) -> bool:
    return bool(la and lb and la.get("entity") and la.get("entity") == lb.get("entity"))


def _fatalities_compatible(a: Any, b: Any) -> bool:
    return a is None or b is None or _top(a) == _top(b)


def _date_compatible(a: dict[str, Any], b: dict[str, Any], published: dt.date | None) -> bool:
    """Equal dates, or one weak (:data:`WEAK_DATES`) and the other in the 14 days before publication."""
    if a.get("date") == b.get("date") or _same_date(a, b, published):
        return True
    wa, wb = a["evidence"]["date_rule"] in WEAK_DATES, b["evidence"]["date_rule"] in WEAK_DATES
    if wa != wb:
        weak, dated = (a, b) if wa else (b, a)
        return _fallback_ok(weak, dated, published) and not _earlier_told(dated, weak)
    da, db = day_of(a.get("date")), day_of(b.get("date"))
    return da is not None and db is not None and abs((da - db).days) <= 1  # «قتل ... حسبما أعلن اليوم»


def absorb_generic_document(events: list[dict[str, Any]], *, published: dt.date | None) -> list[dict[str, Any]]:
    """The merged events without the generic ones a specific event of the article tells (see the
    module docstring); their triggers join the host's ``mentions``, their date, actors, place and
    toll fill what the host lacks."""
    out = []
    for e in events:
        host = None
        into = GENERIC_INTO.get(e["event_type"], frozenset())
        if e.get("_demonstrative"):  # «هذا الهجوم»: the last event told before it
            earlier = [h for h in out if h["event_type"] in into and h["background"] == e["background"]]
            host = earlier[-1] if earlier else None
            if host is not None:
                host["mentions"].extend(e["mentions"])
                host["mentions"].sort(key=lambda t: t["start"])
                continue
        if e.get("_generic") and not e.get("_another"):  # («بتفجير مماثل»: a further one)
            hosts = [h for h in events if h is not e and h["event_type"] in into
                     and (not h.get("_generic") or _same_doer_before(h, e))
                     and h["background"] == e["background"]
                     and (h["status"] == e["status"] or {h["status"], e["status"]} == {"actual", "claimed"})
                     and _place_compatible(h.get("location"), e.get("location"))
                     and _date_compatible(h, e, published)
                     and (_fatalities_compatible(h.get("fatalities"), e.get("fatalities"))
                          or _same_entity(h.get("location"), e.get("location")))
                     and not _actors_clash(h.get("actor1"), e.get("actor1"))]
            if hosts:
                host = min(hosts, key=lambda h: abs(h["trigger"]["start"] - e["trigger"]["start"]))
        if host is None:
            out.append(e)
            continue
        if _refines(e.get("location"), host.get("location")):
            host["location"] = e["location"]
        _absorb(host, e)
        host["mentions"].extend(e["mentions"][1:])
        host["mentions"].sort(key=lambda t: t["start"])
    return out


def _refines(finer: dict[str, Any] | None, place: dict[str, Any] | None) -> bool:
    """``finer`` is a finer place than ``place`` that may say where in it the event was: a town
    for a governorate or a country; for a district (``gb:`` ids, :mod:`marsad.entities.districts`,
    tens of km across) only a town within :data:`DISTRICT_KM` of its centre («بلدة صرين» is not
    refined by Kobani, 45 km away, that a sentence after it names)."""
    place, finer = place or {}, finer or {}
    if place.get("geo_precision", 3) <= finer.get("geo_precision", 3):
        return False
    if str(place.get("entity") or "").startswith("gb:") and place.get("lat") is not None \
            and finer.get("lat") is not None:
        return _km(place, finer) <= DISTRICT_KM
    side = str(place.get("entity") or "").partition("#")[2]
    if side and place.get("lat") is not None and finer.get("lat") is not None:
        return _on_side(place, finer, side)
    return True


def _on_side(place: dict[str, Any], town: dict[str, Any], side: str) -> bool:
    """Does ``town`` lie on side ``side`` (N, NE, ... of a ``countryside_side`` place's id,
    :func:`~marsad.entities.countryside.side_entity`) of the governorate, within
    :data:`SIDE_REACH_KM`?  The side's point is the governorate's moved ``SIDE_OFFSET_KM`` that way,
    so the town is on that side when it lies more than half that offset from the governorate's
    point in that direction («حرستا», east of Damascus, is not in «ريف دمشق الغربي»)."""
    north, east = side_direction(side)
    if not (north or east) or _km(place, town) > SIDE_REACH_KM:
        return not (north or east)
    norm = math.hypot(north, east)
    dy = (town["lat"] - place["lat"]) * 111.2
    dx = (town["lon"] - place["lon"]) * 111.2 * math.cos(math.radians(place["lat"]))
    return (dx * east + dy * north) / norm > -SIDE_OFFSET_KM / 2


#: how far from a countryside side's point a town may be to say where in it an event was (km)
SIDE_REACH_KM = 75.0


def _same_doer_before(h: dict[str, Any], e: dict[str, Any]) -> bool:
    """A generic event ``h`` told before ``e``, by no named doer or by ``e``'s («انفجار قوي استهدف فندقا
    في مقديشو» ... «أعلنت حركة الشباب مسؤوليتها عن الهجوم على فندق في مقديشو»): one event told twice."""
    a, b = h.get("actor1") or {}, e.get("actor1") or {}
    return bool(b.get("entity")) and a.get("entity") in (None, b.get("entity")) \
        and h["trigger"]["start"] < e["trigger"]["start"]


def _actors_clash(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    """Both events name a first actor and they differ."""
    if not a or not b:
        return False
    return (a.get("entity") or a.get("name_en")) != (b.get("entity") or b.get("name_en"))
