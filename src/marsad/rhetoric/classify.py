"""Rhetoric categories of one statement (a clause of a quotation), by rule and lexicon.

:func:`classify` takes the words of the statement (on the normalized view) and the quotation's
cue word, and returns the :class:`Fired` rules: which category, which rule, which lexicon entry,
at which words.  Rules (lexicons in ``data/rhetoric.json``):

* ``call_to_violence``: an imperative of a violence verb (اقتلوا، اثأروا، فأحكموا ... with a
  weapon; one spelled like the past tense, هاجموا، استهدفوا, only as the statement's first word
  or next to an unambiguous imperative); a jussive (فليقتلوا); an obligation frame (على المسلمين أن، يجب على) with a violence
  verb or noun; a call phrase (الجهاد ضد); a call cue (دعا، حض، ناشد، طالب) whose quotation
  names violence at its head (دعا إلى «الثأر»).
* ``threat``: a future violence verb (سنثأر، ستدفعون); a first-person future verb with a
  violence noun within five words (سنبدأ حربا، سنواصل جهادنا، سوف نستخدم ... للهجوم; «سيؤدي إلى
  حرب» is a prediction, not a threat); a future verb of any person, not a verb of consequence,
  with a campaign noun and its object within five words (ستستمر في عملية تحرير المدينة من
  الحوثيين; not «تحرير الأسعار»); a future verb of carrying out with a violence noun (سيقوم ...
  بقتلي); a threat formula (لم يحم وطيسها بعد); a threat cue (توعد، هدد) whose quotation names
  violence.
* ``incitement_against_group``: a dehumanizing label of a people, religion or sect (الصليبيين).
* ``appeal_to_victimhood``: a strong victimhood phrase (مجازر، دماء إخوانكم، كارثة إنسانية، بدم
  بارد), or an in-group word (إخوانكم، أهلنا) with a weak one (النزوح، الأطفال), or three distinct
  weak words; «بينهم أطفال ونساء» alone is casualty reporting, and humanitarian or monitoring
  speakers (منظمة، الصليب الأحمر، الأمم المتحدة ...) report suffering rather than appeal.
* ``glorification``: martyrdom and attacker praise (الاستشهاديين، الشهداء الأبطال), hero words next
  to an attack word (البطلة ... قادت عملية عسكرية), a first-person praise verb with an attack word
  (نبارك العملية), or a praise cue (أشاد بالهجوم).

Precision: violence whose object is an enforcement target («سنقضي على الإرهاب», «مكافحة
الإرهاب») is not a call or threat; violence nouns after a negator noun («وقف القتال») or within a
few words of a negating particle («لا تعتمد على القوة العسكرية», «لا يريدون قتل الأطفال»; not «لا
بد من», not «لن نتوقف عن») do not count; an obligation frame needs its violence word within five
words; a future verb after a word of forecast or inference (تشير إلى أن، يتوقع) is no threat, nor a
threat formula whose payer is a public («والشعب الأمريكي سيدفع الثمن»); «ستثار» (will be raised)
is a threat only before لـ; a speaker who is God, the Prophet or scripture gives no call, threat or
incitement, and a statement with a religious formula (سبحانه وتعالى) no scriptural label
(الكافرين); a label after a word of attribution (تعتبرها، ما يسمى) is mentioned, not used; weak
victimhood words in a relief or charity statement, and casualty words (الأطفال، النساء، الضحايا)
counted as one, make no appeal.  Guards in ``rhetoric.json`` → ``guards``.
Word indices refer to the list given.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..text.tokenize import known_unsplit_word, segment_word
from .lexicon import RhetoricGuards, RhetoricLexicon, load_json, rhetoric_guards
from .words import Hit, Word, norm, variants

__all__ = ["Fired", "classify", "CATEGORIES"]

#: a call cue's violence noun must be among the statement's first words (the head of «دعا إلى ...»)
HEAD_WORDS = 2
#: ... or right after the statement's first إلى / على (the cue's preposition) when the quotation starts earlier (دعا X، ...، إلى شن هجمات)
_COMPLEMENT = frozenset({"الي", "علي"})
#: a future verb's violence noun must follow it within this many words (سنبدأ ... مكافحة ...)
NEAR_WORDS = 5

CATEGORIES = ("call_to_violence", "threat", "incitement_against_group", "appeal_to_victimhood", "glorification")


@dataclass(frozen=True, slots=True)
class Fired:
    """One rule that fired: ``category``, ``rule`` name, lexicon ``entry``, words ``[first, last]``."""

    category: str
    rule: str
    entry: str
    first: int
    last: int


@lru_cache(maxsize=1)
def _negators() -> frozenset[str]:
    return frozenset(norm(w) for w in load_json("rhetoric.json")["negators"]["words"])


def _enforced(words: Sequence[Word], last: int, lex: RhetoricLexicon) -> bool:
    """Is the object right after words ``[.., last]`` an enforcement target (الإرهاب ...)?"""
    return any(j < len(words) and lex.enforcement.at(words, j) is not None for j in (last + 1, last + 2))


def _negated(words: Sequence[Word], first: int, particles: bool = False) -> bool:
    """Is word ``first`` right after a negator noun (وقف القتال), or, with ``particles``, in the scope
    of a negating particle (for nouns only: a future verb is never negated by an earlier لا)?"""
    return (first > 0 and any(v in _negators() for v in variants(words[first - 1].form))) or (
        particles and _particle_negated(words, first))


def _strip_conj(form: str) -> str:
    return form[1:] if form[:1] in ("و", "ف") and len(form) > 2 else form


def _present_stem(form: str) -> str:
    """A present verb without conjunction, prefix and plural ending (يتوقفوا -> توقف، ننسى -> نسي)."""
    core = _strip_conj(form)
    if core[:1] in ("ي", "ت", "ن", "ا") and len(core) > 2:
        core = core[1:]
    for suf in ("ون", "وا", "ين"):
        if core.endswith(suf) and len(core) > len(suf) + 1:
            return core[:-len(suf)]
    return core


def _particle_negated(words: Sequence[Word], first: int, g: RhetoricGuards | None = None) -> bool:
    """Is word ``first`` within the scope of a negating particle a few words before it (لا تعتمد على
    القوة العسكرية)?  Not after «لا بد» / «لا يزال», nor when the particle negates a verb of stopping
    or forgetting (لن نتوقف عن قتالهم)."""
    g = g or rhetoric_guards()
    for k in range(first - 1, max(-1, first - 1 - g.negation_window), -1):
        form = words[k].form
        if form in g.scope_ends:
            return False
        if form in g.negators or _strip_conj(form) in g.negators:
            if g.not_negating.at(words, k) is not None:
                return False
            return not (k + 1 < first and _present_stem(words[k + 1].form) in g.double_negation)
    return False


def _after(words: Sequence[Word], i: int, vocab: frozenset[str], window: int) -> bool:
    """Does a word of ``vocab`` (after clitics) occur among the ``window`` words before word ``i``?"""
    return any(v in vocab for w in words[max(0, i - window):i] for v in variants(w.form))


def _own_object(words: Sequence[Word], last: int) -> bool:
    """Is the word after a future verb a first-person possessive object (سوف تفجر مساجدنا: the speaker's
    own side is hit, a warning, not a threat)?  Not after لـ (سنثأر لإخواننا)."""
    if last + 1 >= len(words):
        return False
    nxt = _strip_conj(words[last + 1].form)
    return nxt.endswith("نا") and len(nxt) > 4 and not nxt.startswith("ل")


def _religious_speaker(who: str, g: RhetoricGuards) -> bool:
    """Is the speaker God, the Prophet or scripture (a name the quote finder takes from «قال تعالى»)?"""
    singles = {s for s in g.religious_speakers if " " not in s}
    return set(who.split()) <= singles or any(" " in s and s in who for s in g.religious_speakers)


def _before_prefix(words: Sequence[Word], last: int, prefix: str) -> bool:
    return bool(prefix) and last + 1 < len(words) and words[last + 1].form.startswith(prefix)


def _live(hits: list[Hit], words: Sequence[Word], lex: RhetoricLexicon, particles: bool = False) -> list[Hit]:
    return [h for h in hits if not _enforced(words, h.last, lex) and not _negated(words, h.first, particles)]


def is_future_verb(form: str) -> bool:
    """Does the (normalized) word carry the future proclitic سـ before a present prefix?"""
    core = form[1:] if form[:1] in ("و", "ف") and len(form) > 4 else form
    if not core.startswith("س") or len(core) < 4 or core[1] not in "نيتا":
        return False
    pieces = segment_word(core)
    if len(pieces) > 1 and pieces[0][2] == "proclitic" and core[pieces[0][0]:pieces[0][1]] == "س":
        return True
    if core.startswith("ست") and core.endswith("ون") and len(core) >= 6:  # ستدفعون: 2nd person plural
        return True
    # the view folds hamza (سنبدأ -> سنبدا, سنثأر -> سنثار), so the clitic lexicon does not split
    # the word: look the present form up with the hamza put back (يبدأ، يثأر are known words)
    # (a final ه may be a folded ة: سياسه is a noun, so those are left alone)
    stem = core[2:]
    if len(stem) < 2 or core.endswith("ه"):
        return False
    if core[1] == "ا":  # سأقتل -> ساقتل; four letters are a past verb or a name of the pattern فاعل
        # (ساعد، سافر، سالم، سامر), not a future
        return len(stem) >= 3 and known_unsplit_word("ي" + stem)
    return any(ch == "ا" and known_unsplit_word("ي" + stem[:k] + "أ" + stem[k + 1:]) for k, ch in enumerate(stem))


def _future_hits(words: Sequence[Word], lex: RhetoricLexicon) -> list[Hit]:
    out = []
    for h in lex.futures.find(words):
        gloss, person = h.payload
        if person == 3 and gloss != "launch (attacks)":
            continue
        out.append(h)
    for i, w in enumerate(words[:-1]):  # سوف + present of a violence verb
        if w.form == "سوف" and words[i + 1].form[1:] in lex.future_stems:
            out.append(Hit(i, i + 1, "سوف " + words[i + 1].form, None))
    return out


def _future_stem(form: str) -> str:
    """The present stem of a future verb (سيقوم -> قوم, وستستمر -> ستمر)."""
    core = form[1:] if form[:1] in ("و", "ف") and len(form) > 4 else form
    return core[2:]


def classify(words: Sequence[Word], *, cue: str | None, lex: RhetoricLexicon, speaker: str | None = None,
             first_statement: bool = True) -> list[Fired]:
    """The rules that fire on one statement's ``words``; ``cue`` is the quotation's normalized cue word,
    ``speaker`` the speaker's normalized name (or ``None``), ``first_statement`` whether the statement
    opens its quotation."""
    fired: list[Fired] = []
    g = rhetoric_guards()

    def add(category: str, rule: str, hits: list[Hit]) -> None:
        fired.extend(Fired(category, rule, h.entry, h.first, h.last) for h in hits)

    if not words:
        return fired
    nouns = [h for h in _live(lex.violence_nouns.find(words), words, lex, particles=True)
             if not (h.payload and h.last + 1 < len(words) and words[h.last + 1].form.startswith("ال"))]
    methods = lex.methods.find(words)
    # calls: an imperative spelled like the past tense (هاجموا) only first or next to a clear one
    imps = _live(lex.imperatives.find(words), words, lex)
    weak = lex.weak_imperatives.find(words) if nouns or methods else []
    clear = any(not h.payload[1] for h in imps) or any(not h.payload for h in weak)
    # a past-tense look-alike opening a later statement with و continues a past account
    # («... فعمدوا إلى نهب كل شيء. واقتحموا منازل الآمنين»), it does not open a call
    opener = first_statement or not words[0].form.startswith("و")
    add("call_to_violence", "call.imperative",
        [h for h in imps if clear or (h.first == 0 and opener) or not h.payload[1]])
    add("call_to_violence", "call.imperative_with_weapon", [h for h in weak if clear or h.first == 0 or not h.payload])
    add("call_to_violence", "call.jussive", _live(lex.jussives.find(words), words, lex))
    add("call_to_violence", "call.phrase", _live(lex.call_phrases.find(words), words, lex))
    # an obligation frame with its violence word close after it (يجب على كل مسلم قتال ...; not «يجب
    # على قوات حزب العمال ابعاد ساحة الحرب»)
    exh = [e for e in lex.exhortations.find(words)
           if any(e.last < h.first <= e.last + NEAR_WORDS for h in nouns)
           or _presents(words[e.last + 1:e.last + 1 + NEAR_WORDS], lex)]
    if exh:
        add("call_to_violence", "call.obligation", exh)
    cue_keys = set(variants(cue)) if cue else set()
    comp = next((i for i, w in enumerate(words) if w.form in _COMPLEMENT), None)  # the cue's first إلى / على
    head = [h for h in nouns if h.first < HEAD_WORDS or (comp is not None and h.first == comp + 1)]
    if cue_keys & lex.call_cues and head:
        add("call_to_violence", "call.cue", head[:1])
    # threats
    futures = [h for h in _live(_future_hits(words, lex), words, lex)
               if not _after(words, h.first, g.prediction, g.prediction_window)
               and not _own_object(words, h.last)
               and not (_strip_conj(words[h.first].form) in g.ambiguous_futures
                        and not (h.last + 1 < len(words) and words[h.last + 1].form.startswith(g.ambiguous_next)))]
    add("threat", "threat.future_violence", futures)
    if not futures and nouns:
        for i, w in enumerate(words):
            near = [h for h in nouns if i < h.first <= i + NEAR_WORDS]
            first_person = (w.form == "سوف" and i + 1 < len(words) and words[i + 1].form[:1] in "نا") or (
                w.form != "سوف" and is_future_verb(w.form) and w.form.lstrip("وف")[1:2] in ("ن", "ا"))
            if near and first_person and not _after(words, i, g.prediction, g.prediction_window):
                add("threat", "threat.future_with_violence_noun", [Hit(i, i, w.form, None), near[0]])
                break
    # a future verb of any person: a campaign against a place or enemy (ستستمر في عملية تحرير المدينة
    # من الحوثيين) unless the verb predicts (سيؤدي إلى ...), or carrying out violence (سيقوم ... بقتلي)
    campaigns = [h for h in lex.campaign_nouns.find(words)
                 if h.last + 1 < len(words) and lex.campaign_not_objects.at(words, h.last + 1) is None
                 and not _particle_negated(words, h.first, g)]
    if campaigns or nouns:
        for i, w in enumerate(words):
            if (not is_future_verb(w.form) or _future_stem(w.form) in lex.consequence_stems
                    or _after(words, i, g.prediction, g.prediction_window)):
                continue
            near = [h for h in campaigns if i < h.first <= i + NEAR_WORDS]
            if near:
                add("threat", "threat.future_campaign", [Hit(i, i, w.form, None), near[0]])
                break
            near = [h for h in nouns if i < h.first <= i + NEAR_WORDS]
            if near and _future_stem(w.form) in lex.act_stems:
                add("threat", "threat.future_act", [Hit(i, i, w.form, None), near[0]])
                break
    add("threat", "threat.formula", [h for h in lex.threat_idioms.find(words) if not _after(words, h.first, g.payers, 2)])
    if cue_keys & lex.threat_cues and nouns:
        add("threat", "threat.cue", nouns[:1])
    # incitement
    scripture = bool(g.religious_formulas.find(words))
    add("incitement_against_group", "incitement.label",
        [h for h in lex.incitement.find(words) if not _before_prefix(words, h.last, h.payload[1])
         and not (h.payload[2] and not words[h.first].form.endswith(norm(h.entry).split()[0]))
         and not (h.payload[3] and scripture)
         and not g.attribution.find(words[max(0, h.first - g.attribution_window):h.first])
         and not any(g.attribution_after.at(words, j) for j in range(h.last + 1, min(len(words), h.last + 3)))])
    # victimhood
    strong = [h for h in lex.victim_strong.find(words) if not _particle_negated(words, h.first, g)
              and not g.attribution.find(words[max(0, h.first - g.attribution_window):h.first])]
    vweak, ingroup = lex.victim_weak.find(words), lex.ingroup.find(words)
    if g.relief.find(words) and not g.blame.find(words):  # «إغاثة أشقائنا ... النازحين»: relief, not an appeal
        vweak, ingroup = [], []
    if strong and lex.victim_not_with.find(words):  # المجازر among municipal projects: abattoirs
        strong = [h for h in strong if h.entry not in lex.victim_ambiguous]
    who = re.sub(r"(^| )لل", r"\1ال", speaker) if speaker else ""  # «للصليب الأحمر» -> «الصليب الأحمر»
    neutral = bool(who) and any(n in who for n in lex.victim_not_speakers)
    distinct = {"casualty" if norm(h.entry) in g.casualties else h.entry for h in vweak}
    if not neutral and (strong or (ingroup and vweak) or len(distinct) >= 3):
        add("appeal_to_victimhood", "victimhood.words", strong + vweak + ingroup[:1])
    # glorification
    add("glorification", "glorification.strong", lex.glory_strong.find(words))
    gweak, attack = lex.glory_weak.find(words), lex.attack_words.find(words)
    if gweak and attack:
        add("glorification", "glorification.hero_and_attack", gweak + attack[:1])
    praise = lex.glory_praise.find(words)
    if praise and attack:
        add("glorification", "glorification.praise", praise[:1] + attack[:1])
    if cue_keys & lex.praise_cues and (attack or gweak):
        add("glorification", "glorification.praise_cue", (attack or gweak)[:1])
    if who and _religious_speaker(who, g):  # a verse or hadith quoted in a sermon
        fired = [f for f in fired if f.category in ("appeal_to_victimhood", "glorification")]
    return fired


def _presents(words: Sequence[Word], lex: RhetoricLexicon) -> bool:
    """Does a present form of a violence verb occur (يقتلوا، تقاتلوا ... after an obligation frame)?"""
    for w in words:
        for v in variants(w.form):
            for pre in ("ي", "ت", "ن"):
                if v.startswith(pre):
                    core = v[1:-2] if v.endswith(("وا", "ون")) else v[1:]
                    if core in lex.future_stems:
                        return True
    return False


