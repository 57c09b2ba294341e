"""Actors of an event: the named sides around its trigger, with their ACLED category and inter code.

Candidates are the entity mentions of the trigger's sentence (organisations; persons stand for
their parent organisation when the KB gives one; a country stands for its state forces when it
is the doer, «قصفت تركيا»), plus descriptor words of ``data/actors.json`` (مسلحون, متظاهرون,
مدنيين ...).  Media, platforms and NGOs are never actors.  Roles, by word position relative to the
trigger (word indices into the :class:`~marsad.events.view.View`):

* civilians are never actor1 (ACLED codes them as the victims, actor2); a candidate with a
  proclitic ل/ك/ب is never the subject; nor is a candidate inside a quotation when the trigger is
  outside it (or the reverse); a trigger right after «بعد», «إثر», «جراء» ... has no subject;
* ``actor1`` — the agent: right after the trigger with no preposition (a construct or a subject
  after a verb: «غارات التحالف», «قصف مدفعي للحوثيين», «هاجم مسلحون»), after an agent phrase
  («من قبل», «على يد»), the first of «بين X و Y», else the nearest candidate before the trigger
  that no preposition governs (the subject: «شنت طائرات التحالف غارات»);
* ``actor2`` — the target: after a preposition of ``target_preps`` (مع، ضد، على، من) or a target
  head (مواقع، عناصر، تعزيزات ...), or the second of «بين X و Y»;
* an anaphor before the trigger («هذه القوات») resolves to the last earlier mention containing
  its head word («قوات سوريا الديمقراطية») when no agent was found.

* the doer is also: the accused («متهماً الانفصاليين بقصف»), the speaker of an announced act or of
  a pronoun clause («أعلنت الداخلية القبض على», «قال اللواء إنه سيطر»; not of a toll it reports,
  «أعلنت الداخلية مقتل شرطي في هجوم»), the subject of a clause whose trigger carries its pronoun
  («أثناء قصفها»), a doer word inside the trigger («فجرت انتحاريتان»); never a candidate before a
  relative clause that holds the trigger («السائق الذي أوصل الانتحاري»).

The category comes from the KB's ``acled_category``, else from the entity's ``kind``
(``actors.json`` ``kinds``); ``inter`` is its ACLED code.  State-force units are named after their
state as ACLED does («Military Forces of Iraq», ``actors.json`` ``acled_names``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from ..text.normalize import normalize_for_search
from .country import main_country
from .lexicon import EventLexicon
from .view import View

__all__ = ["Actor", "find_actors", "category_of", "kb_category", "speaker_country", "bare_coalition", "DEMONSTRATIVES"]


@dataclass(frozen=True)
class Actor:
    w0: int
    w1: int
    start: int
    end: int
    text: str
    entity: str | None
    name: str
    name_en: str
    category: str | None
    inter: int | None
    rule: str
    country: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"entity": self.entity, "name": self.name, "name_en": self.name_en,
                "category": self.category, "inter": self.inter, "start": self.start,
                "end": self.end, "text": self.text, "rule": self.rule}


@lru_cache(maxsize=1)
def _kb() -> Any:
    from ..entities.kb import load_kb

    return load_kb()


def category_of(record: Mapping[str, Any], lex: EventLexicon) -> tuple[str | None, Mapping[str, Any]]:
    """``(ACLED category, the record standing for the actor)`` of an entity record.

    A person stands for its parent organisation when the KB names one.
    """
    kinds = lex.actors["kinds"]
    ent = _kb().get(record.get("id") or "")
    if record.get("type") == "PER":
        parent = _kb().get(ent.parent) if ent is not None and ent.parent else None
        if parent is None:
            return None, record
        rec = {"id": parent.id, "type": parent.type, "name": parent.name, "name_en": parent.name_en,
               "kind": parent.kind, "country": parent.country}
        return kb_category(parent, lex)[0], rec
    if ent is not None and ent.acled_category:
        return ent.acled_category, record
    return kinds.get(record.get("kind") or ""), record


#: vehicles named by what they carry (normalized stems): «ناقلة جنود مدرعة», «حاملة طائرات» are
#: targets or hardware, not the soldiers or aircraft of an actor
_CARRIERS = frozenset({"ناقله", "ناقلات", "ناقلتي", "ناقلتا", "حامله", "حاملات", "حاملتي"})


def _candidates(view: View, lo: int, hi: int, lex: EventLexicon) -> list[Actor]:
    out: list[Actor] = []
    not_actors = set(lex.actors["not_actors"])
    never_actors = set(lex.actors.get("never_actors", ()))
    inter = lex.actors["inter"]
    preps = lex.sets["location.preps"]
    for m in view.mentions:
        if not (lo <= m.w0 and m.w1 <= hi):
            continue
        rec = m.record
        kind = rec.get("kind") or ""
        if rec.get("type") == "MISC" or normalize_for_search(m.text) in _SECTS:
            continue  # «مع الحوثيين الشيعة»: a sect named as such is no party
        if kind in never_actors and rec.get("type") != "LOC":
            continue
        if kind in not_actors and rec.get("type") != "LOC":
            kb_ent = _kb().get(rec.get("id") or "")
            if kb_ent is None or not kb_ent.acled_category:
                continue
        if rec.get("type") == "LOC":
            if kind != "country":
                continue
            before = view.words[m.w0 - 1] if m.w0 > lo else None
            own = view.words[m.w0]
            if own.procs or (before is not None and (before.kind != "word" or preps.match_at(view.stems, m.w0 - 1))):
                continue
            if before is not None and before.stem in ("من", "الي", "مع", "ضد", "عن", "بين", "علي"):
                continue
            if before is not None and any(p in before.procs for p in ("ب", "ل")):
                continue  # «بقيادة السعودية», «لصالح إيران»: the complement of a prepositional phrase
            if before is not None and m.w0 - 2 >= lo and before.stem.startswith(("تقود", "يقود")) \
                    and view.stems[m.w0 - 2] in ("الذي", "التي"):
                continue  # «التحالف العربي الذي تقوده السعودية»: the leader named in a relative clause
            name_en = f"Military Forces of {rec.get('name_en') or rec.get('name')}"
            out.append(Actor(m.w0, m.w1, m.start, m.end, m.text, rec.get("id"), rec.get("name") or m.text,
                             name_en, "State forces", 1, "actor.country_as_doer", rec.get("country")))
            continue
        category, stand = category_of(rec, lex)
        if rec.get("type") == "PER" and stand is rec:
            continue
        if category is None and view.stems[m.w0] in _FACILITIES:
            continue  # «جامعة الأنبار», «مستشفى سامراء»: a place where things happen, not a party
        if category is None and rec.get("type") == "ORG" and not rec.get("kind"):
            category = None  # an unlinked organisation name: an actor of unknown category
        out.append(Actor(m.w0, m.w1, m.start, m.end, m.text, stand.get("id"), stand.get("name") or m.text,
                         acled_name(stand, category, lex) or stand.get("name_en") or stand.get("name") or m.text, category,
                         inter.get(category) if category else None, "actor.entity", stand.get("country")))
    taken = {i for a in out for i in range(a.w0, a.w1)}
    for a in _state_forces(view, lo, hi, lex):
        if not any(i in taken for i in range(a.w0, a.w1)):
            out.append(a)
            taken.update(range(a.w0, a.w1))
    for a in _quoted_units(view, lo, hi, lex):
        if not any(i in taken for i in range(a.w0, a.w1)):
            out.append(a)
            taken.update(range(a.w0, a.w1))
    for a in _group_adjectives(view, lo, hi, lex):
        if not any(i in taken for i in range(a.w0, a.w1)):
            out.append(a)
            taken.update(range(a.w0, a.w1))
    for phrases, code, eid in lex.context_groups:
        ent = _kb().get(eid)
        if ent is None or main_country(view, lex) != code:
            continue
        for a, b in phrases.find(view.stems, lo, hi):  # «الانقلابيين» in a report on Yemen: the Houthis
            if b - a == 1 and not view.words[a].article:
                continue  # «دون مقاومة تذكر» (without resistance): a bare word names a group only with the article
            if not any(i in taken for i in range(a, b)):
                out.append(_kb_actor(view, ent, a, b, "actor.context_group", lex))
                taken.update(range(a, b))
    for phrases, name_en, category, _country in lex.descriptors:
        for a, b in phrases.find(view.stems, lo, hi):
            if any(i in taken for i in range(a, b)) or (b - a == 1 and view.stems[a] in _ADJECTIVES_ONLY) \
                    or (b - a == 1 and _abstract_security(view, a, lo, hi)) \
                    or (a > lo and view.stems[a - 1] in _CARRIERS):
                continue
            s, e = view.words[a].start, view.words[b - 1].end
            loyal = _loyal_to(view, a, b, hi, lex)
            out.append(loyal or Actor(a, b, s, e, view.text[s:e], None, view.text[s:e], name_en, category,
                                      inter.get(category), "actor.descriptor"))
            taken.update(range(a, b))
    out = [_affiliation(view, a, lo, lex) for a in out]
    owners = [a for a in out if a.rule.endswith("+affiliation")]
    out = [a for a in out if not (a.rule == "actor.descriptor" and any(
        o is not a and o.w0 <= a.w0 and a.w1 <= o.w1 for o in owners))]  # «مسلحين تابعين لحزب كوملة»: one actor
    out.sort(key=lambda a: a.w0)
    return _named_apposition(view, out)


def _loyal_to(view: View, a: int, b: int, hi: int, lex: EventLexicon) -> Actor | None:
    """«القوات الموالية للرئيس اليمني المخلوع علي صالح», «قوات موالية للمتمردين»: forces loyal to a
    rebel side are that side, not the government's forces.  The KB entity the words after «موالية»
    name (:data:`_LOYAL_TO`, within six words, no punctuation), or ``None``."""
    if not view.stems[b - 1].endswith("مواليه"):
        return None
    for k in range(b, min(hi, b + 6)):
        if view.words[k].kind != "word":
            return None
        eid = _LOYAL_TO.get(view.stems[k])
        ent = _kb().get(eid) if eid else None
        if ent is not None:
            return _kb_actor(view, ent, a, b, "actor.loyal_to", lex)
    return None


#: words after «القوات الموالية ل...» that name a rebel side (normalized stems)
_LOYAL_TO = {"مخلوع": "cur:saleh-forces", "صالح": "cur:saleh-forces", "حوثي": "cur:houthis",
             "حوثيين": "cur:houthis", "متمردين": "cur:houthis", "انقلابيين": "cur:houthis"}


def _named_apposition(view: View, cands: list[Actor]) -> list[Actor]:
    """A descriptor word right before a named armed group («للمتمردين الحوثيين», «المسلحين الحوثيين»)
    is that group, named with it: one candidate spanning both, the group's identity."""
    out: list[Actor] = []
    skip: set[int] = set()
    for k, a in enumerate(cands):
        if k in skip:
            continue
        b = cands[k + 1] if k + 1 < len(cands) else None
        if a.rule == "actor.descriptor" and b is not None and b.w0 == a.w1 and b.entity \
                and b.category not in (None, "Civilians", "State forces") and not view.words[b.w0].procs:
            # (not «هجوم مسلح للمقاومة»: a preposition makes the group no apposition)
            out.append(replace(b, w0=a.w0, start=a.start, text=view.text[a.start:b.end]))
            skip.add(k + 1)
        else:
            out.append(a)
    return out


def acled_name(rec: Mapping[str, Any], category: str | None, lex: EventLexicon) -> str | None:
    """ACLED's name of a state's forces: every army, police, intelligence or security unit of
    country X («الجيش اليمني», «جهاز مكافحة الإرهاب», «وزارة الداخلية المصرية») is «Military Forces
    of X» or «Police Forces of X» (police, interior, security and gendarmerie units); ``None`` for
    other actors (a government, a ruler) and units of no known country."""
    from .place import country_name

    cfg = lex.actors.get("acled_names", {})
    if category != "State forces" or (rec.get("kind") or "") not in cfg.get("kinds", ()):
        return None
    ent = _kb().get(rec.get("id") or "")
    if rec.get("kind") == "government" and (ent is None or not ent.acled_category):
        return None  # «Government of Yemen» stays; its ministries («وزارة الداخلية») are forces
    country = country_name(rec.get("country"))
    if not country:
        return None
    name = (rec.get("name_en") or "").casefold()
    police = any(w in name for w in cfg.get("police_words", ()))
    return f"{'Police' if police else 'Military'} Forces of {country}"


def _affiliation(view: View, a: Actor, lo: int, lex: EventLexicon) -> Actor:
    """An actor named as the owner of a force word before it («طائرات حربية يعتقد أنها تابعة للتحالف
    الدولي», «مسلحون تابعون لداعش»): the force words and the owner are one actor, a subject
    like the force word (not an oblique «ل» phrase)."""
    k = a.w0 - 1
    if k < lo or "ل" not in view.words[a.w0].procs or not lex.sets["actors.affiliation_words"].match_at(view.stems, k):
        return a
    for h in range(k - 1, max(lo, k - 5) - 1, -1):
        if _hard_break(view, h) or view.stems[h] in "،,":
            return a
        if any(p.match_at(view.stems, h) for p, _ in lex.state_heads) or \
                lex.sets["actors.fighter_nouns"].match_at(view.stems, h):
            s = view.words[h].start
            return replace(a, w0=h, start=s, text=view.text[s:a.end], rule=a.rule + "+affiliation")
    return a


def _quoted_units(view: View, lo: int, hi: int, lex: EventLexicon) -> list[Actor]:
    """A name in quotation marks that opens with an armed-unit word («لواء شهداء الإسلام», «كتائب
    ...», «جبهة ...»): an armed group the KB does not know, of unknown category."""
    units = lex.sets["actors.unit_words"]
    out = []
    for k in range(lo, hi - 2):
        if view.words[k].stem not in ("«", '"', "“") or not units.match_at(view.stems, k + 1):
            continue
        end = next((j for j in range(k + 2, min(hi, k + 8)) if view.words[j].stem in ("»", '"', "”")), None)
        if end is None or any(view.words[j].kind != "word" for j in range(k + 1, end)):
            continue
        s, e = view.words[k + 1].start, view.words[end - 1].end
        out.append(Actor(k + 1, end, s, e, view.text[s:e], None, view.text[s:e], view.text[s:e], None, None,
                         "actor.quoted_unit"))
    return out


#: adjective forms of descriptor words, which qualify a noun and never name a doer
#: («اشتباكات مسلحة», «جماعة مسلحة», «مصدر أمني»: the noun is the event, the actor or the source):
#: normalized stems
_ADJECTIVES_ONLY = frozenset({"مسلحه", "ملثمه", "مجهوله", "امني", "امنيه"})


#: words before a bare «الأمن» that make it security itself, not the forces («زعزعة الأمن في البلاد»,
#: «حفظ الأمن»), and words after it that do («الأمن والاستقرار», «الأمن القومي»): normalized stems
_ABSTRACT_SECURITY_BEFORE = frozenset({"زعزعه", "حفظ", "استتباب", "اخلال", "تهديد", "تحقيق", "تعزيز", "بسط",
                                       "ضبط", "فرض", "استعاده", "انعدام", "غياب", "فقدان", "دعم", "مسؤوليه"})
_ABSTRACT_SECURITY_AFTER = frozenset({"استقرار", "سلام", "قومي", "غذائي", "اقليمي", "دولي", "مائي", "سيبراني"})


def _abstract_security(view: View, a: int, lo: int, hi: int) -> bool:
    """The bare word «الأمن» at word ``a`` is security itself, not the security forces."""
    if view.stems[a] != "امن":
        return False
    return (a - 1 >= lo and view.stems[a - 1] in _ABSTRACT_SECURITY_BEFORE) or (
        a + 1 < hi and view.stems[a + 1] in _ABSTRACT_SECURITY_AFTER)


#: owners between a force word and a country adjective that make the forces no state's («قوات
#: المعارضة السورية», «مقاتلو الفصائل السورية»): normalized stems
_NOT_STATE_OWNERS = frozenset({"معارضه", "ثوار", "ثوره", "مقاومه", "متمردين", "فصائل", "انفصاليين", "عشائر",
                               "قبائل", "حوثيين", "مليشيات", "ميليشيات", "ميلشيات"})


def _nisba_code(view: View, k: int, lex: EventLexicon) -> str | None:
    """The country code of word ``k`` if it is a country adjective («التركية» -> TR)."""
    return lex.nisba_code(view.stems[k])


def speaker_country(view: View, lo: int, t0: int, lex: EventLexicon) -> str | None:
    """The country of the official who reports the trigger at ``t0`` («وقال رئيس الوزراء التركي إن
    الشرطة اعتقلت»): a country adjective between a report verb of the sentence and «إن / أن» (or
    the trigger), the first one found."""
    verbs = lex.sets["background.report_verbs"]
    for v in range(lo, t0):
        if not verbs.match_at(view.stems, v):
            continue
        for k in range(v + 1, min(t0, v + 6)):
            if view.stems[k] == "ان":  # «إن / أن», normalized
                break
            code = _nisba_code(view, k, lex)
            if code is not None:
                return code
        return None
    return None


#: the coalition a bare «التحالف» («طائرات التحالف العسكري») means, by the country it strikes in
COALITION_BY_COUNTRY = {"YE": "cur:saudi-led-coalition", "SY": "cur:global-coalition", "IQ": "cur:global-coalition"}


def bare_coalition(view: View, lo: int, hi: int, t0: int, t1: int, country: str | None,
                   lex: EventLexicon) -> Actor | None:
    """The coalition named by a bare «التحالف» in the clause of an air strike on words ``[t0, t1)``
    («كثفت طائرات التحالف العسكري من غاراتها» in Yemen: the Saudi-led coalition; in Syria or Iraq
    the coalition against ISIS), or ``None`` (no such word, or another country)."""
    eid = COALITION_BY_COUNTRY.get(country or "")
    rec = _kb().get(eid) if eid else None
    if rec is None:
        return None
    ca, cb = view.clause(t0, lo, hi)
    k = next((j for j in range(max(lo, ca), min(hi, max(cb, t1 + 3))) if view.stems[j] == "تحالف"
              and not (t0 <= j < t1)), None)
    return None if k is None else _kb_actor(view, rec, k, k + 1, "actor.bare_coalition", lex)


def speaking_coalition(view: View, t0: int, t1: int, lex: EventLexicon) -> Actor | None:
    """The coalition whose statement tells of the air strike on words ``[t0, t1)`` when the strike
    names no doer («وقالت قوة المهام المشتركة في بيان إن خمس غارات قرب الرمادي قصفت وحدات
    تكتيكية»: the coalition reports its own strikes), or ``None``."""
    for q in view.quotes:
        if not (q.w0 <= t0 and t1 <= q.w1):
            continue
        sp = q.record.get("speaker") or {}
        rec = _kb().get(sp.get("entity") or "")
        if rec is None or rec.kind != "coalition" or "start" not in sp:
            return None
        a, b = view.word_at(sp["start"]), view.word_at(sp["end"] - 1) + 1
        return _kb_actor(view, rec, a, b, "actor.speaking_coalition", lex)
    return None


def _country_forces(view: View, a: int, k: int, code: str, label: str, rule: str) -> Actor:
    """The state forces of country ``code`` named by words ``[a, k]`` («Military Forces of Turkey»)."""
    from .place import country_name

    s, e = view.words[a].start, view.words[k].end
    return Actor(a, k + 1, s, e, view.text[s:e], None, view.text[s:e], f"{label} of {country_name(code) or code}",
                 "State forces", 1, rule, code)


def _state_forces(view: View, lo: int, hi: int, lex: EventLexicon) -> list[Actor]:
    """Force word + country adjective («المقاتلات التركية»): that country's state forces."""
    out = []
    for phrases, kind in lex.state_heads:
        for a, b in phrases.find(view.stems, lo, hi):
            for k in range(b, min(hi, b + 2)):
                if k > b and view.stems[b] in _NOT_STATE_OWNERS:
                    break  # «قوات المعارضة السورية»: the opposition's forces, not Syria's
                code = _nisba_code(view, k, lex)
                if code is not None:
                    label = "Police Forces" if kind == "police" else "Military Forces"
                    out.append(_country_forces(view, a, k, code, label, "actor.state_forces_nisba"))
                    break
    return out


def _group_adjectives(view: View, lo: int, hi: int, lex: EventLexicon) -> list[Actor]:
    """An adjective naming an armed group («القذائف الحوثية»; indefinite after an indefinite fighter
    noun: «مسلحون حوثيون», «ميليشيات حوثية»): that KB entity."""
    from .lexicon import stem_keys

    out = []
    heads = (lex.sets["actors.fighter_nouns"], lex.sets["actors.adjective_heads"])
    for k in range(lo, hi):
        if not view.words[k].article and not (
                k - 1 >= lo and not view.words[k - 1].article and view.words[k - 1].kind == "word"
                and any(h.match_at(view.stems, k - 1) for h in heads)):
            continue
        eid = next((lex.group_adjectives[key] for key in stem_keys(view.stems[k]) if key in lex.group_adjectives), None)
        ent = _kb().get(eid) if eid else None
        if ent is None:
            continue
        out.append(_kb_actor(view, ent, _adjective_head(view, k, lo, lex), k + 1, "actor.group_adjective", lex))
    return out


def kb_category(ent: Any, lex: EventLexicon) -> tuple[str | None, int | None]:
    """``(ACLED category, inter code)`` of the KB entity ``ent`` (its own category, else its kind's)."""
    category = ent.acled_category or lex.actors["kinds"].get(ent.kind or "")
    return category, lex.actors["inter"].get(category) if category else None


def _kb_actor(view: View, ent: Any, a: int, b: int, rule: str, lex: EventLexicon) -> Actor:
    """The KB entity ``ent`` as the actor named by words ``[a, b)``, with its ACLED category and inter."""
    category, inter = kb_category(ent, lex)
    s, e = view.words[a].start, view.words[b - 1].end
    return Actor(a, b, s, e, view.text[s:e], ent.id, ent.name, ent.name_en or ent.name, category, inter, rule,
                 ent.country)


def _adjective_head(view: View, k: int, lo: int, lex: EventLexicon) -> int:
    """The first word of the noun phrase an adjective at word ``k`` qualifies: back over up to two
    force or group nouns («ميليشيات التمرد الحوثي», «المليشيات الحوثية»), so that the phrase, not its
    last word, is the actor (and «ميليشيات» is its head, not a target head before it)."""
    heads = lex.sets["actors.adjective_heads"]
    a = k
    while a - 1 >= lo and a > k - 2 and view.words[a - 1].kind == "word" and heads.match_at(view.stems, a - 1):
        a -= 1
    return a


def _skip_marks(view: View, i: int, lo: int) -> int:
    """The index of the nearest word at or before ``i`` that is not a quotation mark (or the slash
    Iraqi agencies quote names with: «عناصر تنظيم /داعش/»)."""
    while i >= lo and view.words[i].kind in ("punct", "symbol") and view.words[i].stem in "«»\"“”'/":
        i -= 1
    return i


def _relation(view: View, a: Actor, lo: int, lex: EventLexicon) -> str:
    """How the words before candidate ``a`` relate it: ``target``, ``agent``, ``between`` or ``""``."""
    st = view.stems
    own = view.words[a.w0]
    j = _skip_marks(view, a.w0 - 1, lo)
    if lex.sets["actors.agent_preps"].any(st, max(lo, j - 1), j + 1):
        if j - 1 >= lo and st[j] in _HANDS and st[j - 1] == "من":
            return "target"  # «استعادة السيطرة ... من أيدي المليشيات»: from their hands, not by them
        return "agent"
    if j >= lo and st[j] == "من" and j - 1 >= lo and lex.sets["actors.fighter_nouns"].match_at(st, j - 1) \
            and not (j - 2 >= lo and lex.sets["actors.target_preps"].match_at(st, j - 2)):
        return ""  # «اعتداء عناصر من شرطة الاحتلال»: members of X do it (not «على عناصر من X»)
    if j >= lo and lex.sets["actors.target_heads"].match_at(st, j):
        return "target"
    if j - 1 >= lo and lex.sets["actors.target_heads"].match_at(st, j - 1) and view.words[j].kind == "word":
        return "target"  # «مواقع تمركز الحوثيين»
    if "ب" in own.procs:
        return "target"
    if "ل" in own.procs or "ك" in own.procs:
        return "oblique"  # «للإدارة الذاتية»: never a subject; right after a trigger, its agent
    if j >= lo and lex.sets["actors.target_preps"].match_at(st, j):
        if st[j] == "من" and _partitive(view, j, lo, lex):
            return ""  # partitive: «ثلاث مقاتلات (اف-16) من سلاح الجو التركي»
        return "target"
    if j >= lo and lex.sets["actors.between"].match_at(st, j):
        return "between"
    if j - 1 >= lo and st[j] in _MEMBER_NOUNS and lex.sets["actors.between"].match_at(st, j - 1):
        return "between"  # «بين رجال المقاومة الشعبية والمسلحين الحوثيين»
    return ""


def _conjoined(view: View, first: Actor, a: Actor) -> bool:
    """Candidate ``a`` is coordinated with ``first`` right before it («الجيش الوطني والمقاومة
    الشعبية», «"الجيش الوطني" و"المقاومة الشعبية"»): only quotation marks and «و» between."""
    gap = range(first.w1, a.w0)
    if any(not (view.words[k].stem in "«»\"“”'" or view.stems[k] == "و" or _adjective(view, k)) for k in gap) \
            or sum(_adjective(view, k) for k in gap) > 2:
        return False
    return "و" in view.words[a.w0].procs or any(view.stems[k] == "و" for k in gap)


def _adjective(view: View, k: int) -> bool:
    """Word ``k`` is a definite relational adjective («الوطني», «الشعبية») with no proclitic."""
    w = view.words[k]
    return w.kind == "word" and w.article and not w.procs and view.stems[k].endswith(("ي", "يه"))


def _hard_break(view: View, i: int) -> bool:
    """Word ``i`` ends a clause for good (a full stop, colon, semicolon; not a comma or bracket)."""
    w = view.words[i]
    return w.kind in ("punct", "symbol") and w.stem in _HARD_BREAKS


_HARD_BREAKS = frozenset(".!؟?;؛:\n")


#: head nouns of institutions and buildings named as organisations (normalized stems): never actors
_FACILITIES = frozenset({"جامعه", "مستشفي", "مدرسه", "شركه", "مصرف", "بنك", "فندق", "مطار", "ملعب", "نادي",
                         "مسجد", "جامع", "كنيسه", "سجن", "معهد", "كليه", "متحف", "مصنع", "ميناء", "محطه"})


#: «أيدي / يد» of «بأيدي / على يد» (by the hands of); after «من» («من أيدي») they name the loser
_HANDS = frozenset({"ايدي", "يد"})


#: prepositions of place between a trigger and a name that make the name a landmark, not the doer
#: («وقفة احتجاجية أمام مكتب الأمم المتحدة»)
_LANDMARK_PREPS = frozenset({"امام", "قرب", "بقرب", "عند", "داخل", "خارج", "بجوار", "قباله", "وسط"})


#: prepositions between a trigger and a name that aim the act at it («غارات على تجمع لميليشيات الحوثي»)
_AIMED_AT = frozenset({"علي", "ضد"})


#: triggers that name a person: a nisba after them is that person's nationality (normalized stems)
_PERSON_TRIGGERS = frozenset({"انتحاري", "انتحاريه", "انتحاريا", "مسلح", "مهاجم", "انتحاريين"})


def _nisba_after_trigger(view: View, t1: int, hi: int, lex: EventLexicon) -> Actor | None:
    """A country adjective right after the trigger, or after one more adjective («غارة أميركية»,
    «الضربات الجوية التركية», «القصف الروسي»): that country's state forces.  Not after a trigger
    that ends in a preposition («القبض على ضابط إيراني»: the nisba qualifies its object)."""
    if view.stems[t1 - 1] in _PREPOSITIONS or view.stems[t1 - 1] in _PERSON_TRIGGERS:
        return None  # «الانتحاري السعودي فهد القباع»: a person's nationality, no state's forces
    for k in range(t1, min(hi, t1 + 2)):
        w = view.words[k]
        if w.kind != "word" or w.procs or view.stems[k] in _PREPOSITIONS:
            return None  # «غارة جوية في سوريا»: a place, not the raiders' nationality
        if k > t1 and not view.stems[t1].endswith(("ي", "يه")):
            return None  # «حرق رضيع فلسطيني»: the nisba qualifies a noun, not the act
        code = _nisba_code(view, k, lex)
        if code is not None:
            return _country_forces(view, k, k, code, "Military Forces", "actor.trigger_nisba")
    return None


def _presumed_nisba(view: View, t1: int, hi: int, lex: EventLexicon) -> Actor | None:
    """«غارة لطائرة بدون طيار يرجح أنها أمريكية»: the country a presumption after the trigger names
    (within 8 words: «يرجح / يعتقد / يشتبه» + «أنها / أنه» + a country adjective) flew it."""
    for k in range(t1, min(hi - 2, t1 + 8)):
        if _hard_break(view, k):
            return None
        if view.stems[k] in _PRESUME and view.stems[k + 1] in ("انها", "انه", "انهم"):
            code = _nisba_code(view, k + 2, lex)
            if code is not None:
                return _country_forces(view, k + 2, k + 2, code, "Military Forces", "actor.presumed_nisba")
    return None


#: presumption verbs before «أنها + nationality» (normalized stems)
_PRESUME = frozenset({"يرجح", "يعتقد", "يشتبه", "رجح", "رجحت", "يظن"})


def _partitive(view: View, j: int, lo: int, lex: EventLexicon) -> bool:
    """«من» at word ``j`` follows a force word within a few words («ثلاث مقاتلات (اف-16) من»)."""
    st = view.stems
    for k in range(j - 1, max(lo, j - 7) - 1, -1):
        if _hard_break(view, k) or view.stems[k] in "،,":
            return False
        if any(p.match_at(st, k) for p, _ in lex.state_heads):
            return True
    return False


def _resumptive_agent(view: View, cands: list[Actor], t1: int, hi: int, lex: EventLexicon) -> Actor | None:
    """The doer named with a resumptive verb after the trigger: «هجوم شنه مقاتلون من حزب العمال»,
    «عبوة ناسفة قامت عناصر مسلحة بزرعها», «مذبحة كانت الميليشيات تنوي ارتكابها»."""
    verbs = lex.sets["actors.resumptive_verbs"]
    fighters = lex.sets["actors.fighter_nouns"]
    for k in range(t1, min(hi, t1 + 14)):
        if k > t1 and _hard_break(view, k - 1):
            return None
        if view.stems[k] in _OTHER_EVENT:
            return None  # «ويأتي الهجوم غداة شنها الطيران ...»: another event's doer
        if not verbs.match_at(view.stems, k):
            continue
        for a in cands:  # the doer after the verb, past «مقاتلون من»
            if k < a.w0 <= k + 4 and a.category != "Civilians":
                gap = range(k + 1, a.w0)
                if all(fighters.match_at(view.stems, g) or view.stems[g] == "من" for g in gap):
                    return replace(a, rule=a.rule + "+resumptive")
        before = [a for a in cands if t1 <= a.w0 and a.w1 <= k and a.category != "Civilians"
                  and not _governed(view, a)]
        if before:  # the doer before it: «قامت عناصر مسلحة بزرعها», «الميليشيات ... تنوي ارتكابها»
            return replace(before[-1], rule=before[-1].rule + "+resumptive")
        return None
    return None


def _from_after(view: View, a: Actor, t1: int) -> bool:
    """Candidate ``a`` follows «من» at most two words after the trigger («غارات مكثفة من التحالف»)."""
    j = a.w0 - 1
    return j >= t1 and view.stems[j] == "من" and j - t1 <= 2 and all(
        view.words[k].kind == "word" for k in range(t1, j))


def _governed(view: View, a: Actor) -> bool:
    """A preposition governs candidate ``a`` or the noun it completes (a proclitic ب/ل/ك on it or on
    the word before, or «من», «على», «في» ... before it)."""
    for w in (view.words[a.w0], view.words[a.w0 - 1] if a.w0 > 0 else None):  # «لقوات الشرطة»
        if w is not None and any(p in w.procs for p in ("ب", "ل", "ك")):
            return True
    return a.w0 > 0 and view.stems[a.w0 - 1] in _PREPOSITIONS


_PREPOSITIONS = frozenset({"من", "علي", "ضد", "مع", "عن", "في", "الي", "بين", "حول", "نحو"})


def _after_reaction(view: View, a: Actor, t0: int, lex: EventLexicon) -> bool:
    """A reaction verb stands between candidate ``a`` and the trigger («أدانت باكستان التفجير»): ``a``
    is the subject of that verb, not the doer of the event."""
    reactions = lex.sets["actors.reaction_verbs"]
    for k in range(max(0, a.w0 - 10), t0):
        if a.w0 <= k < a.w1 or not reactions.match_at(view.stems, k):
            continue
        if k < a.w0 and any(view.stems[j] in _ACT_HEADS for j in range(k + 1, a.w0)):
            continue  # «استنكرت ... قيام جبهة النصرة بخطف»: the act's doer, named after the reaction
        if k < a.w0 and view.stems[a.w0 - 1] == "الي" and view.stems[k].startswith("نسب"):
            continue  # «نسبت أيضا إلى حزب العمال»: whom the act is attributed to
        return True
    return False


#: verbal nouns that name the doer of the act after them («قيام / إقدام جبهة النصرة بخطف»)
_ACT_HEADS = frozenset({"قيام", "اقدام", "تورط", "ارتكاب"})


def _speaker_of_clause(view: View, a: Actor, t0: int) -> bool:
    """A bare «إن / أن» or a colon stands between candidate ``a`` and the trigger («وقالت القيادة
    العسكرية: إن سيارة مفخخة انفجرت»): ``a`` says the clause, whose own subject follows the
    complementizer.  («قال الجيش إنه قصف»: the pronoun keeps the speaker as the subject.)"""
    for k in range(a.w1, t0):
        w = view.words[k]
        if (w.kind == "word" and view.stems[k] == "ان" and not w.article) or (w.kind == "punct" and w.stem == ":"):
            return True
    return False


def _accusative(view: View, a: Actor) -> bool:
    """A descriptor or force word in the indefinite accusative («قتل جنديا», «أصاب شرطيا»): an
    object, never the subject (names such as «تركيا» are entities, not descriptors)."""
    if not a.rule.startswith(("actor.descriptor", "actor.state_forces")):
        return False
    w = view.words[a.w0]
    return not w.article and w.norm.endswith("ا") and len(w.norm) > 3


def _victim(view: View, a: Actor, lo: int, lex: EventLexicon) -> bool:
    """Candidate ``a`` is the one killed, wounded or seized («مقتل شرطي», «اختطاف جنود»)."""
    j = _skip_marks(view, a.w0 - 1, lo)
    heads = lex.sets["actors.victim_heads"]
    if j >= lo and heads.match_at(view.stems, j):
        return True
    # «مقتل ضابطي شرطة», «إصابة عناصر من قوات الأمن»: a rank or member noun between
    k = j
    while k >= lo and k > j - 3 and (view.stems[k] in _MEMBER_NOUNS or view.stems[k] == "من"):
        k -= 1
    if k < j and k >= lo and heads.match_at(view.stems, k):
        return True
    # «لقي ضابط شرطة ومجند ... مصرعهما»: the subject of «لقي ... مصرعه» died
    if any(view.stems[i] in ("لقي", "لقيا", "لقوا", "لقيت") for i in range(max(lo, a.w0 - 6), a.w0)) and any(
            view.stems[i].startswith(("مصرع", "حتف")) for i in range(a.w1, min(len(view.stems), a.w1 + 8))):
        return True
    # «ضابطي شرطة ومدنيا أصيبوا في انفجار»: the subject of a passive «أصيب» was wounded
    if any(view.stems[i].startswith("اصيب") for i in range(a.w1, min(len(view.stems), a.w1 + 4))):
        return True
    k = j  # «قتل أربعة جنود», «مقتل 12 شرطيا», «قتل 4 أفراد شرطة»: a count between the killing word and the candidate
    while k >= lo and k > j - 3 and (_count_word(view, k) or view.stems[k] in _MEMBER_NOUNS):
        k -= 1
    if k < j and k >= lo and (heads.match_at(view.stems, k) or view.stems[k] == "قتل"):
        return True
    return _casualty_partitive(view, a, lo, lex)


def _casualty_partitive(view: View, a: Actor, lo: int, lex: EventLexicon) -> bool:
    """Candidate ``a`` is inside «من» after a count of the dead or wounded («سقوط قتلى وجرحى من قوات
    جماعة أنصار الله الحوثية», «قتل ثلاثة عناصر من الجيش والشرطة»): it names whom they were.
    «من» at most five words before ``a`` with no punctuation or other preposition between, and
    before it, past counts, member nouns and «و», a casualty noun or a killing word."""
    heads = lex.sets["actors.victim_heads"]
    st = view.stems
    if a.w0 - 1 >= lo and st[a.w0 - 1] == "صفوف":
        return True  # «قتل أعداد كبيرة في صفوف الإرهابيين»: in their ranks
    m = next((k for k in range(a.w0 - 1, max(lo, a.w0 - 6) - 1, -1)
              if view.words[k].kind != "word" or st[k] in _PREPOSITIONS), None)
    if m is None or st[m] != "من" or view.words[m].kind != "word":
        return False
    for k in range(m - 1, max(lo, m - 5) - 1, -1):
        w = view.words[k]
        if _count_word(view, k) or st[k] in _MEMBER_NOUNS:
            continue
        if w.kind != "word":
            return False
        norm = w.norm.removeprefix("و")
        if norm in _CASUALTY_NOUNS or heads.match_at(st, k) or st[k] in ("قتل", "جرح", "اصيب"):
            return True
        # «قتل مسلح خمسة من أفراد الجيش»: a killing verb, its subject, then the count of its dead
        return k - 1 >= lo and k < m - 1 and _count_word(view, k + 1) and st[k - 1] in ("قتل", "جرح", "اصاب")
    return False


#: nouns that count the dead and wounded («قتلى وجرحى من»): normalized, without «و»
_CASUALTY_NOUNS = frozenset({"قتلي", "القتلي", "جرحي", "الجرحي", "مصابين", "المصابين", "ضحايا", "الضحايا",
                             "قتيلا", "قتيل", "اسري", "الاسري"})


#: ranks and members between a killing word and the force they belong to («مقتل ضابطي شرطة»)
_MEMBER_NOUNS = frozenset({"ضابط", "ضابطي", "ضابطا", "ضباط", "عنصر", "عناصر", "افراد", "فرد", "رجال", "رجلي",
                           "مجند", "مجندين", "جندي", "جنود", "رقيب", "امين", "منتسبي"})

def _count_word(view: View, k: int) -> bool:
    """Word ``k`` counts a group: a number token or a number word («12», «أربعة», «عشرات»)."""
    return view.words[k].kind == "number" or view.stems[k] in _COUNT_WORDS


#: number words that count a group («أربعة جنود»); digits are number tokens
_COUNT_WORDS = frozenset({"اثنين", "اثنان", "ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه", "عشره",
                          "عشرات", "مئات", "الاف", "عده", "بضعه"})


def find_actors(view: View, t0: int, t1: int, lo: int, hi: int, lex: EventLexicon, *,
                object_after: bool = False, from_agent: bool = False,
                mutual: bool = False) -> tuple[Actor | None, Actor | None]:
    """``(actor1, actor2)`` of the trigger on words ``[t0, t1)`` in the sentence ``[lo, hi)``.

    ``object_after``: the noun right after the trigger is its object (actor2), not its agent.
    ``from_agent``: «من» right after the trigger names its source, the agent («بغارات مكثفة من
    التحالف»), as for strikes and shelling.
    ``mutual``: a clash, whose dead are one of its sides («سقوط قتلى من الحوثيين في اشتباكات مع
    المقاومة»: the Houthis fought the Popular Resistance), and whose «بين X و Y» may stand far after
    the trigger.
    """
    cfg = lex.actors
    cands = _candidates(view, lo, hi, lex)
    finite = _finite_verb(view, t0, t1)
    agent = target = None
    subject = weak_subject = None
    adverbial = t0 - 1 >= lo and (view.stems[t0 - 1] in _ADVERBIAL or
                                  (t0 - 2 >= lo and view.stems[t0 - 2] in _ADVERBIAL and view.words[t0 - 1].kind == "word"
                                   and view.stems[t0 - 1] in ("من", "علي", "وقوع", "حدوث")))  # «عقب وقوع التفجير»
    if adverbial and _possessed(view, t0):
        adverbial = False  # «تحطمت طائرة حربية سورية ... أثناء قصفها حيا»: «ها» is the subject
    for a in cands:
        rel = _relation(view, a, lo, lex)
        if a.w0 >= t1:
            if a.w0 - t1 > cfg.get("window_after", 8) and rel != "agent" and not (mutual and rel == "between"):
                continue
            if rel == "agent" and (a.w0 - t1 > AGENT_REACH or any(
                    view.words[k].article and view.stems[k].startswith("م") for k in range(t1, a.w0 - 2))):
                # «... وقصف لقوات النظام، واستهداف تمركزات ... من قبل مقاتلي الفصائل»: another act's;
                # «قائد القاعدة المعين من قبل الحوثيين»: a participle's agent
                continue
            if any(view.stems[k] in _OTHER_EVENT and not (view.stems[k] == "قبل" and view.stems[k - 1] == "من")
                   for k in range(t1, a.w0)):  # («من قبل» is the agent phrase, not «before»)
                continue  # «الهجوم ... غداة شنها الطيران التركي غارات»: another event's doer
            if agent is None and a.w0 == t1 + 1 and view.words[t1].norm in _RESUMPTIVES and rel != "between" \
                    and a.category not in (None, "Civilians") and not view.words[a.w0].procs:
                # «المواقع التي استولت عليها المقاومة»: the verb, its pronoun object, then its subject
                agent = replace(a, rule=a.rule + "+after_resumptive")
            elif rel == "target" and from_agent and agent is None and a.category != "Civilians" and _from_after(view, a, t1):
                agent = replace(a, rule=a.rule + "+from")
            elif rel == "agent" and agent is None:
                agent = replace(a, rule=a.rule + "+agent_phrase")
            elif rel == "between" and agent is None:
                agent = replace(a, rule=a.rule + "+between")
                others = [b for b in cands if b.w0 >= a.w1 and b.w0 - a.w1 <= 4 and b.entity != a.entity]
                # «والمسلحين الحوثيين»: the named group over the descriptor word before it
                named = [b for b in others if b.entity]
                if others:
                    b = named[0] if named and named[0].w0 - others[0].w1 <= 1 else others[0]
                    target = replace(b, rule=b.rule + "+between")
                    if a.category == "Civilians" and b.category != "Civilians":
                        # «اشتباكات بين مواطنين ونقطة مسلحة تابعة للحوثيين»: civilians are the victims
                        agent, target = replace(b, rule=b.rule + "+between"), replace(a, rule=a.rule + "+between")
            elif rel == "target" and target is None:
                target = replace(a, rule=a.rule + "+target")
            elif rel in ("", "oblique") and _lam_fighters(view, a, t1):
                if agent is None:  # «هجوم انتحاري لمتمردي حزب العمال الكردستاني»: by them
                    agent = replace(a, rule=a.rule + "+lam_fighters")
            elif rel in ("", "oblique") and _skip_marks(view, a.w0 - 1, lo) - t1 <= 1 \
                    and not (a.w0 - 1 >= t1 and any(p in view.words[a.w0 - 1].procs for p in ("ب", "ل", "ك"))) \
                    and not any(view.stems[k] in _LANDMARK_PREPS or view.stems[k] in _AIMED_AT for k in range(t1, a.w0)) \
                    and (finite or view.words[a.w0].norm.endswith("ون") or not _victim(view, a, lo, lex)):
                # <= 1 word between, not a prepositional phrase's («للهجوم بمسجد قوات الطوارئ»), not
                # the dead («لقي 22 مسلحاً ... مصرعهم»; a finite verb's subject is no victim).
                # A subject: «اختطف مسلحون»; the named armed party or state forces right after a
                # finite verb («اعتقلت الشرطة التركية», «خطفت داعش»), not its object
                nominative = view.words[a.w0].norm.endswith("ون") or finite and (
                    a.category == "State forces"
                    or a.rule == "actor.entity" and a.category not in (None, "Civilians")
                    # «وقصفت طائرات تابعة للتحالف مواقع»: aircraft and guns right after the verb fire it
                    or "+affiliation" in a.rule and lex.sets["actors.machine_heads"].match_at(view.stems, a.w0))
                if (object_after and rel == "" and not nominative or a.category == "Civilians") and target is None:
                    target = replace(a, rule=a.rule + "+object")
                elif "+affiliation" in a.rule and not nominative and target is None:
                    target = replace(a, rule=a.rule + "+object")  # «استهدفت الغارات دبابة تابعة للحوثيين»
                elif (nominative or not object_after) and agent is None and a.category != "Civilians" \
                        and (finite or not _counted(view, a, t1)):  # «وقتل في تلك الغارات 7 متمردين»: the dead
                    agent = replace(a, rule=a.rule + "+after_trigger")
        elif a.w1 <= t0 and agent is None and _accused(view, a, t0, lo, lex):
            agent = replace(a, rule=a.rule + "+accused")
        elif a.w1 <= t0 and t0 - a.w1 <= cfg.get("window_before", 14) and rel == "" and not adverbial:
            if ((_quote_break(view, a.w0, t0) and not _announced_act(view, a, t0)) or a.category == "Civilians" or _after_reaction(view, a, t0, lex)
                    or any(view.stems[k] in _CONTRAST for k in range(a.w1, t0))
                    or _victim(view, a, lo, lex) or _speaker_of_clause(view, a, t0) or _accusative(view, a)
                    or _toll_between(view, a, t0, lex) or _in_relative(view, a, t0) or _in_time_clause(view, a, t0, lo)):
                continue
            if a.category is not None:
                if subject is not None and _conjoined(view, subject, a):
                    continue  # «قوات الجيش الوطني والمقاومة الشعبية»: the first of coordinated subjects
                subject = replace(a, rule=a.rule + "+subject")  # the nearest wins (sorted by position)
            elif _armed_name(view, a, lex):
                weak_subject = replace(a, rule=a.rule + "+subject")
    if agent is None and t1 < hi and view.stems[t1] in _FROM_PRONOUNS:
        # «بعد إطلاق نيران منها»: fire from them, the armed group named last before the trigger
        armed = [a for a in cands if a.w1 <= t0 and a.category not in (None, "Civilians")]
        if armed:
            agent = replace(armed[-1], rule=armed[-1].rule + "+from_pronoun")
    if agent is None:
        agent = _resumptive_agent(view, cands, t1, hi, lex)
    if agent is None:
        agent = _nisba_after_trigger(view, t1, hi, lex)
    if agent is None:
        agent = _presumed_nisba(view, t1, hi, lex)
    # a relative clause: «المليشيات الحوثية التي تقصف المدينة» — the antecedent is the agent
    rel_at = next((k for k in (t0 - 1, t0 - 2) if k >= lo and view.stems[k] in _RELATIVES), None)
    if agent is None and rel_at is not None:
        before = [a for a in cands if a.w1 <= rel_at and rel_at - a.w1 <= 1 and a.category != "Civilians"]
        if before:
            agent = replace(before[-1], rule=before[-1].rule + "+relative_antecedent")
    actor1 = agent or subject or weak_subject or _in_trigger(cands, t0, t1)
    if actor1 is None:
        actor1 = _anaphor(view, t0, lo, lex)
    if actor1 is None and mutual and target is not None:
        fallen = [a for a in cands if a.w1 <= t0 and t0 - a.w1 <= cfg.get("window_before", 14)
                  and a.category not in (None, "Civilians") and (a.entity or a.name_en) != (target.entity or target.name_en)
                  and _victim(view, a, lo, lex) and not _quote_break(view, a.w0, t0)]
        if fallen:
            actor1 = replace(fallen[-1], rule=fallen[-1].rule + "+fallen_side")
    actor2 = target
    if actor2 is not None and actor1 is not None and (actor2.entity or actor2.name_en) == (actor1.entity or actor1.name_en):
        actor2 = None
    return actor1, actor2


_RELATIVES = frozenset({"التي", "الذي", "الذين", "اللتين", "اللذين"})

#: words after the trigger within which an agent phrase («من قبل», «على يد») names its doer
AGENT_REACH = 12

#: masculine past verbs of triggers whose verbal nouns differ («اختطف» / «اختطاف»): normalized
_PAST_VERBS = frozenset({"اختطف", "اعتقل", "اعدم", "استعاد", "اغتال", "احتجز", "اوقف", "داهم", "حرر"})


def _finite_verb(view: View, t0: int, t1: int) -> bool:
    """The one-word trigger on ``[t0, t1)`` is a past verb that takes its subject after it: a
    feminine form («اعتقلت», «خطفت»; not a plural noun in «ات») or a masculine verb of
    :data:`_PAST_VERBS`, with no article."""
    if t1 - t0 != 1 or view.words[t0].article:
        return False
    st = view.stems[t0]
    return (st.endswith("ت") and not st.endswith("ات") and len(st) >= 4) or st in _PAST_VERBS

#: «منها / منه / منهم» right after a trigger: its source, a pronoun for an earlier party
_FROM_PRONOUNS = frozenset({"منها", "منه", "منهم"})

#: a trigger right after these is a circumstance of the sentence («بعد الهجوم»), not its predicate
_ADVERBIAL = frozenset({"بعد", "اثر", "عقب", "قبل", "جراء", "بسبب", "منذ", "خلال", "اثناء", "اعقاب"})

#: after the trigger, these open another event's clause («الهجوم ... غداة شنها الطيران غارات»)
_OTHER_EVENT = _ADVERBIAL | {"غداه"}


#: sects and faiths named as such (search forms): never an actor («اشتباكات مع الحوثيين الشيعة»)
_SECTS = frozenset(normalize_for_search(w) for w in (
    "الشيعة", "السنة", "شيعة", "سنة", "الشيعي", "السني", "المسلمين", "المسيحيين", "اليهود", "الدروز",
    "العلويين", "الإيزيديين", "الايزيديين", "الأيزيديين"))

#: fighter nouns that, with «لـ», make the group after them the doer of the event before them
#: («هجوم انتحاري لمتمردي حزب العمال»): normalized stems without the proclitic
_LAM_FIGHTERS = frozenset({"متمردي", "مقاتلي", "مسلحي", "عناصر", "مليشيات", "ميليشيات",
                           "طيران", "طائرات", "مقاتلات", "مروحيات"})  # «غارات لطيران التحالف»


def _lam_fighters(view: View, a: Actor, t1: int) -> bool:
    """Candidate ``a`` follows «لـ» + a fighter noun right after the trigger ending at ``t1`` (at most
    one word between: «هجوم انتحاري لمتمردي حزب العمال»)."""
    j = a.w0 - 1
    return t1 <= j <= t1 + 1 and "ل" in view.words[j].procs and view.stems[j] in _LAM_FIGHTERS


def _armed_name(view: View, a: Actor, lex: EventLexicon) -> bool:
    """An actor of unknown category that names an armed body or a force by its first word («فيلق الرحمن»,
    «تنظيم خراسان», «الشرطة الكورية الجنوبية»), not a ministry, court, museum or weapon («وزارة التعليم»,
    «متحف باردو», «صواريخ جافلين»): only such a name may stand as the subject of an act."""
    return bool(lex.sets["actors.unit_words"].match_at(view.stems, a.w0)) or view.stems[a.w0] in _ARMED_HEADS \
        or any(p.match_at(view.stems, a.w0) for p, _ in lex.state_heads)  # «الشرطة الكورية الجنوبية»


#: first words of armed bodies besides the unit words (normalized stems)
_ARMED_HEADS = frozenset({"تنظيم", "جماعه", "ميليشيا", "ميليشيات", "مليشيا", "مليشيات", "قوات", "منظمه"})


def _counted(view: View, a: Actor, t1: int) -> bool:
    """A number or count word stands between the definite trigger noun ending at ``t1`` and candidate
    ``a`` («تلك الغارات 7 متمردين»): after an event noun, a counted group is its toll or its object
    (after a verb, «تظاهر عشرات الأكراد», its subject)."""
    k = a.w0 - 1
    return k >= t1 and view.words[t1 - 1].article and _count_word(view, k)


def _quote_break(view: View, a: int, b: int) -> bool:
    """True when words ``a`` and ``b`` are not in the same quotation (one quoted, one not)."""
    return any((q.w0 <= a < q.w1) != (q.w0 <= b < q.w1) for q in view.quotes)


def _toll_between(view: View, a: Actor, t0: int, lex: EventLexicon) -> bool:
    """A toll of soldiers, police or civilians stands between candidate ``a`` and the trigger
    («أعلنت وزارة الداخلية مقتل شرطي وإصابة ثلاثة آخرين في هجوم مسلح», «أفادت الشرطة بمقتل 5
    أشخاص في انفجار»): ``a`` reports the victims of the event, it did not do it (a toll of
    militants, «أعلن الجيش مقتل 20 مسلحا في غارات», keeps its announcer)."""
    heads = lex.sets["actors.victim_heads"]
    victims = lex.sets["actors.reported_victims"]
    st = view.stems
    for k in range(a.w1, t0):
        if heads.match_at(st, k):
            if any(victims.match_at(st, j) or lex.security_victims.match_at(st, j) for j in range(k + 1, min(t0, k + 4))):
                return True
    return False


def _possessed(view: View, t0: int) -> bool:
    """The trigger noun carries a possessive pronoun («قصفها», «هجومهم»): after «أثناء», «خلال», «بعد»
    it names the act of the clause's subject."""
    w = view.words[t0]
    return w.kind == "word" and not w.article and w.norm.endswith(_POSSESSIVES) and len(w.norm) > 4


_POSSESSIVES = ("ها", "هم", "هما")


def _accused(view: View, a: Actor, t0: int, lo: int, lex: EventLexicon) -> bool:
    """Candidate ``a`` is accused of the act: «متهماً الانفصاليين بقصف أحياء», «اتهمت الحكومة الحوثيين
    بتفجير»: the accused is the doer the speaker names (right after the accusation word, the trigger
    right after it with «ب»)."""
    return a.w0 - 1 >= lo and lex.sets["actors.accusation_words"].match_at(view.stems, a.w0 - 1) \
        and t0 == a.w1 and "ب" in view.words[t0].procs


def _in_time_clause(view: View, a: Actor, t0: int, lo: int) -> bool:
    """Candidate ``a`` is in a time clause closed by a comma before the trigger («أثناء قيام مجموعة من
    منسوبي قوات الطوارئ بأداء صلاة الظهر، حدث تفجير»): it did the clause's act, not the event."""
    opens = any(view.stems[k] in _TIME_OPENERS for k in range(max(lo, a.w0 - 6), a.w0))
    return opens and any(view.words[k].stem in ("،", ",") for k in range(a.w1, t0))


#: conjunctions that open a clause of another subject between a candidate and the trigger
#: («هاجمت امرأتان مسلحتان القنصلية ..., فيما استهدفت سيارة مفخخة مركزاً للشرطة»): normalized stems
_CONTRAST = frozenset({"فيما", "بينما"})


#: conjunctions that open a time clause (normalized stems)
_TIME_OPENERS = frozenset({"اثناء", "بينما", "عندما", "حينما", "خلال"})


def _in_relative(view: View, a: Actor, t0: int) -> bool:
    """The trigger is in a relative clause that opens after candidate ``a`` and just before it
    («ألقت القبض على السائق الذي أوصل الانتحاري»): its subject is the antecedent, not ``a``."""
    if t0 - 2 > a.w1 and view.stems[t0 - 2] in _RELATIVES and view.words[t0 - 1].kind == "word":
        return True  # «السائق الذي أوصل الانتحاري»: the trigger is the object of the relative's verb
    if t0 - 1 > a.w1 and view.stems[t0 - 1] in _RELATIVES:  # «الرجال الأربعة الذين حرقوا»
        after = view.words[t0 + 1].norm if t0 + 1 < len(view.words) else ""
        return after not in _RESUMPTIVES  # «قاعدة العند، التي سيطرت عليها»: the antecedent is its object
    return False


#: a preposition with the pronoun of a relative's antecedent («التي سيطرت عليها»)
_RESUMPTIVES = frozenset({"عليها", "عليه", "عليهم", "فيها", "فيه", "منها", "منه", "اليها", "اليه", "بها", "به"})


def _in_trigger(cands: list[Actor], t0: int, t1: int) -> Actor | None:
    """A doer word that is itself the trigger («فجرت انتحاريتان نفسيهما»: the suicide bombers)."""
    inside = [a for a in cands if t0 <= a.w0 < t1 and a.category not in (None, "Civilians", "Protesters", "Rioters")
              and not (a.w0 > t0 and not a.text.endswith(("ون", "ين", "ان")))
              and not a.text.endswith(("ة", "ه"))]  # «هجوم مسلح», «مواجهات مسلحة»: an adjective of the trigger
    return replace(inside[0], rule=inside[0].rule + "+in_trigger") if inside else None


def _announced_act(view: View, a: Actor, t0: int) -> bool:
    """The trigger opens the noun-phrase object of an announcement whose speaker is candidate ``a``,
    or follows a pronoun complementizer that stands for the speaker («قال اللواء إنه سيطر»)
    («أعلنت وزارة الداخلية القبض على خلية», «أعلن الجيش السيطرة على المدينة»): the speaker
    announces its own act, so it is the doer (a toll, «أعلنت الداخلية مقتل شرطي في هجوم», is
    no such object: its trigger does not open the quotation)."""
    for q in view.quotes:
        r = q.record
        sp = r.get("speaker") or {}
        if sp.get("start") is None or not (sp["start"] < a.end and a.start < sp["end"]):
            continue
        if r.get("rule") == "quotes.indirect.np_object" and (q.w0 == t0 or q.w0 < t0 <= q.w0 + 2 and _cluster_head_of(view, q.w0)):
            return True  # «أعلن داعش مسؤوليته عن الهجوم بالسيارة الملغومة»: the object opens with the act
        first = view.words[q.w0].norm.lstrip("و") if q.w0 < len(view.words) else ""
        if r.get("kind") == "indirect" and first in _SELF_SUBJECT and q.w0 < t0 <= q.w0 + 3:
            return True  # «قال «لواء شهداء الإسلام» إنه سيطر على الحي»: the pronoun is the speaker
    return False


def _cluster_head_of(view: View, k: int) -> bool:
    """Word ``k`` is a generic attack noun that a more specific trigger right after names
    («الهجوم بالسيارة الملغومة»)."""
    return view.stems[k] in ("هجوم", "اعتداء", "تفجير", "عمليه", "انفجار")


#: a reported clause whose subject is its speaker («قال اللواء إنه سيطر»)
_SELF_SUBJECT = frozenset({"انه", "انها", "انهم", "انهما", "بانه", "بانها", "بانهم"})


#: demonstratives («هذه القوات», «هذا الهجوم»): normalized stems
DEMONSTRATIVES = frozenset({"هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين", "هؤلاء"})


def _anaphor(view: View, t0: int, lo: int, lex: EventLexicon) -> Actor | None:
    for phrases, head in lex.anaphors:
        if head is None:
            continue
        for a, b in phrases.find(view.stems, lo, t0):
            if not (view.words[a].article or view.stems[a] in DEMONSTRATIVES):
                continue  # «بمعسكر قوات الطوارئ»: a force named there, no reference back
            for m in reversed(view.mentions):
                if m.w1 <= lo and head in normalize_for_search(m.text):
                    cands = _candidates(view, m.w0, m.w1, lex)
                    if cands:
                        c = cands[0]
                        s, e = view.words[a].start, view.words[b - 1].end
                        return replace(c, w0=a, w1=b, start=s, end=e, text=view.text[s:e],
                                       rule="actor.anaphor")
    return None
