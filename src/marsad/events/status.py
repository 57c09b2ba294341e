"""Factuality of an event: actual, called_for, threatened, claimed, denied, planned or hypothetical.

Decided from the words before the trigger in its clause and sentence (word indices into the
:class:`~marsad.events.view.View`; word lists in ``context.json`` ``status``), first rule that
applies wins:

1. ``called_for`` — the trigger is inside a quotation whose cue is a call verb (دعا، ناشد، حض،
   طالب ...; a demand «طالب» reaches only the first :data:`CALL_REACH` words of it), or the trigger follows such a verb, through «إلى» / «لـ», within ``window_before`` + 2
   words (an unquoted call: «دعا التنظيم عناصره إلى شن هجمات»), or, inside a quotation, a plural imperative (``imperative_re``: «فأحكموا العبوات», «وأغيروا عليهم
   بالمفخخات») or a call word (يجب، علينا) comes at most 3 words before the trigger in its clause;
2. ``denied`` — a denial word (نفى، نفت، نافياً ...) before the trigger in its sentence, a
   negation before a «happen» verb right before it (لم تشهد ...), or a negation and «أي / أية»
   in the four words before it («لم تنفذ أية عملية إنزال»);
3. ``hypothetical`` — a conditional (إذا، لو، في حال) before the trigger in its clause, or «أي / أية»
   right before it (rule ``status.any``: «قادرون على صد أي اعتداء» is any attack, none in particular;
   the events stage keeps no such mention);
4. ``threatened`` — a threat word (هدد، توعد، وعيد) before it in its sentence, or a future verb
   (the proclitic سـ on the verb before the trigger, سوف) within ``window_before`` words;
5. ``planned`` — a planning or foiling word (يخطط، يعتزم، أحبط ...) within ``window_before`` words,
   or a purpose lām on an indefinite trigger noun («لتحرير تعز», «لاقتحام المدينة»);
6. ``actual`` with rule ``status.responsibility`` — a claim of responsibility (تبنى، أعلن
   مسؤوليته) before the trigger in its sentence or at most 3 words after it («هجوم تبنته حركة
   طالبان», «هجمات تبنى بعضها داعش»): the claim names the perpetrator of an attack that
   happened, as ACLED codes it; it does not make the attack only claimed;
7. ``claimed`` — a claim word (زعم، ادعى) in the same reach, or the trigger is inside a direct
   quotation of a non-state armed side (its speaker or the speaker's organisation has inter code
   2, 3 or 4: a side's own claim, ``speaker_inter``);
8. otherwise ``actual``.

A cue does not reach a trigger behind a cause word between them («هدد ... بقطع الهدنة إثر الضربات
الجوية»: the strikes happened).  Each result names its rule (``status.<rule>``) and the cue span.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .lexicon import EventLexicon
from .view import QuoteRef, View

__all__ = ["find_status", "subjected_before"]


def _quote_of(view: View, t0: int, t1: int) -> QuoteRef | None:
    for q in view.quotes:
        if q.w0 <= t0 and t1 <= q.w1:
            return q
    return None


def _span(view: View, a: int, b: int) -> dict[str, Any]:
    s, e = view.words[a].start, view.words[b - 1].end
    return {"start": s, "end": e, "text": view.text[s:e]}


def _imperative(view: View, i: int, lex: EventLexicon) -> bool:
    w = view.words[i]
    if w.kind != "word":
        return False
    body = w.norm
    for p in ("و", "ف"):
        if body.startswith(p) and len(body) > 4:
            body = body[1:]
            break
    if i > 0 and body == w.norm and view.words[i - 1].kind == "word" and view.words[i - 1].article \
            and not any(view.stems[k] in _VOCATIVES for k in range(max(0, i - 4), i - 1)):
        # «وأن الثوار أكملوا سيطرتهم»: a verb after its subject is a past tense, no command; after an
        # addressee («يا جنود الخلافة اقتلوا») it is one
        return False
    return bool(lex.imperative_re.match(body)) and body not in lex.imperative_exclude \
        and w.norm not in lex.imperative_exclude and not w.article


#: vocative particles: the noun after them is the addressee of a command: normalized stems
_VOCATIVES = frozenset({"يا", "ايها", "ايتها"})


#: «إثر», «بعد», «جراء» ...: what follows is a cause or an earlier event, out of a cue's scope
_CAUSE = frozenset({"اثر", "بعد", "عقب", "اعقاب", "جراء", "بسبب", "غداه"})

#: call cues that are nouns and may carry the article («الدعوة إلى», «التحريض على»): normalized stems
CALL_NOUNS = frozenset({"دعوه", "تحريض", "مطالبه"})

#: words before a «لـ» that make it a result or a state, no purpose («ما أدى لمقتل», «الخاضع لسيطرة»,
#: «نتيجة لانفجار الذخائر»):
#: normalized stems
RESULT_OR_STATE = frozenset({"ادي", "ادت", "يؤدي", "تؤدي", "نتيجه", "ادتا", "ادوا", "خاضع", "خاضعه", "يخضع", "تخضع",
                             "خاضعين", "خاضعتين"})

#: stems of future words that are the future only with «سـ» («سيتم»; «يتم» is the present passive)
_BARE_FUTURE_STEMS = frozenset({"يتم"})

#: negations before a planning word («لم يكن متوقعا»): normalized stems
_NEGATIONS = frozenset({"لم", "لا", "غير", "ليس", "لن", "دون"})


#: «يتم / تتم» after «أن»: the act is to take place (subjunctive), not reported as done
_SUBJUNCTIVE_TAKE_PLACE = frozenset({"يتم", "تتم"})


def _negated(stems: Sequence[str], a: int, b: int) -> bool:
    """A negation of :data:`_NEGATIONS` among words ``[a, b)``."""
    return any(stems[k] in _NEGATIONS for k in range(a, b))


#: words between a denial and the trigger that make the denial one of a part in it, not of the
#: event («نفى ... أي ضلوع لهم في الاعتداء», «نفى علاقتهم بالهجوم»): normalized stem prefixes
_INVOLVEMENT = ("ضلوع", "علاق", "صله", "تورط", "مسؤولي", "انتماء")

#: words between a threat noun («تهديد», «التهديدات») and the trigger it makes a threat («تهديد
#: بتفجير»); threat verbs («توعد», «هدد») reach the whole sentence before the trigger
THREAT_NOUN_REACH = 3

#: words right before a trigger that make it what is answered, an act that happened («ستواصل الرد
#: على الهجوم التركي»): normalized stems
_ANSWER_WORDS = frozenset({"رد", "ردا", "ردود"})

#: verbs of claiming whose negation («ولم تتبن أي جهة الهجوم») denies the claim, not the attack:
#: normalized stem prefixes
_CLAIM_VERBS = ("تتبن", "يتبن", "تبن")

#: words from the start of a demand's quotation within which a trigger is what is demanded
#: («طالب محتجون بنشر صور ... حول اعتقال»: the arrest told later in the quotation is not demanded)
CALL_REACH = 2


def _after_before_that(stems: Sequence[str], k: int, lo: int) -> bool:
    """Word ``k`` follows «قبل أن / بعد أن / حتى» (normalized stems): its present tense is relative
    to a past narration, no future."""
    return (k - 2 >= lo and stems[k - 2] in ("قبل", "بعد") and stems[k - 1] == "ان") or \
        (k - 1 >= lo and stems[k - 1] in ("حتي", "حتى", "ريثما"))


def _subjected(stem: str) -> bool:
    """«تعرضهم لإطلاق نار», «عرضة للقصف»: the «لـ» after «تعرض» is no purpose; nor after «تصدى»
    («تصدوا لهجوم عنيف شنه الحوثيون»: the attack they repelled happened)."""
    return stem.startswith(("تعرض", "تصد")) or stem in ("عرضه", "للتعرض", "تعرض", "يتصدي", "تتصدي")


def subjected_before(view: View, t0: int, lo: int) -> bool:
    """«تعرض» within :data:`SUBJECTED_REACH` words before the trigger, in its clause: the places
    it was done to may stand between («تعرضت مناطق في قريتي الحلوة والروضة في ناحية ربيعة، بريف
    اللاذقية الشمالي، لقصف جوي»); a comma before «و» opens another clause."""
    st, words = view.stems, view.words
    for i in range(t0 - 1, max(lo, t0 - SUBJECTED_REACH) - 1, -1):
        if _subjected(st[i]):
            return True
        if words[i].kind == "punct" and i + 1 < t0 and "و" in words[i + 1].procs:
            return False
    return False


#: verbal nouns that with a purpose «لـ» before an event noun make it an aim («لتنفيذ مجزرة»): stems
PURPOSE_VERBS = frozenset({"تنفيذ", "ارتكاب", "شن", "القيام", "قيام", "تنظيم", "اعداد"})

#: helping and enabling verbs (stems, or the start of a present stem) whose purpose «لـ» makes the
#: event after «في / من / على» an aim: «لمساعدة الجيش في استعادة», «ليساعدها في اقتحام», «لتتمكن من تحرير»
HELP_NOUNS = frozenset({"مساعده", "دعم", "اسناد", "مسانده", "تمكين"})
HELP_PRESENT = ("يساعد", "تساعد", "يتمكن", "تتمكن", "نتمكن", "يدعم", "تدعم", "يمكن", "تمكن")


def _helped_aim(view: View, t0: int, lo: int) -> bool:
    """The trigger follows «في / من / على» after a helping verb with a purpose «لـ» at most three
    words before (its object between): the event is what the help is for."""
    st = view.stems
    if t0 - 2 < lo or st[t0 - 1] not in ("في", "من", "علي"):
        return False
    for k in range(t0 - 2, max(lo, t0 - 5) - 1, -1):
        w = view.words[k]
        if w.kind != "word":
            return False
        if "ل" in w.procs and not w.article and (st[k] in HELP_NOUNS or st[k].startswith(HELP_PRESENT)):
            return True
    return False


#: words before a trigger within which «تعرض» makes its «لـ» no purpose («وتعرضت المنطقة منذ ذلك الحين
#: لقصف», «تعرضت بعد منتصف ليل الاحد- الاثنين مناطق في مدينة داريا بالغوطة الغربية، لقصف»)
SUBJECTED_REACH = 20


#: words after an event noun within which «تنوي ارتكابها» still makes it a plan
PLANNED_AFTER = 10


def find_status(view: View, t0: int, t1: int, lo: int, hi: int, lex: EventLexicon, *,
                speaker_inter: int | None = None) -> dict[str, Any]:
    """``{status, rule, cue}`` of the trigger on words ``[t0, t1)`` in the sentence ``[lo, hi)``."""
    sets, st = lex.sets, view.stems
    win = lex.context["status"]["window_before"]
    ca, cb = view.clause(t0, lo, hi)
    quote = _quote_of(view, t0, t1)

    def found(name: str, a: int, b: int) -> tuple[int, int] | None:
        hits = sets[name].find(st, a, b)
        if hits and b <= t0 and any(st[k] in _CAUSE for k in range(hits[-1][1], t0)):
            return None  # «هدد بقطع الهدنة إثر الضربات الجوية»: a cause happened; the cue is not its
        return hits[-1] if hits else None

    # 1. calls
    if quote is not None:
        cue = quote.record.get("cue") or {}
        cw0, cw1 = view.word_range(cue["start"], cue["end"]) if cue else (0, 0)
        demand = any(st[k].startswith(("طالب", "يطالب", "مطالب")) for k in range(cw0, cw1))
        if cue and sets["status.call_cues"].any(st, cw0, cw1) and (not demand or t0 - quote.w0 <= CALL_REACH):
            return {"status": "called_for", "rule": "status.quote_call_cue", "cue": _span(view, cw0, cw1)}
    for i in range(max(ca, t0 - 3), t0 if quote is not None else ca):
        if _imperative(view, i, lex):
            return {"status": "called_for", "rule": "status.imperative", "cue": _span(view, i, i + 1)}
    hit = found("status.call_words", max(ca, t0 - 3), t0)
    if hit and st[hit[0]].endswith("ضروره") and t0 - hit[1] > 1:
        hit = None  # «ضرورة محاسبة مرتكبي الهجوم»: the call is for another act; the attack happened
    if hit:
        return {"status": "called_for", "rule": "status.call_word", "cue": _span(view, *hit)}
    hit = found("status.call_cues", max(lo, t0 - win - 2), t0)
    if hit and view.words[hit[0]].article and st[hit[0]] not in CALL_NOUNS:
        hit = None  # «الأمر الذي دفعهم إلى إطلاق النار» (the matter), «الطالب» (the student): no verb
    if hit and quote is None and any(st[i] in ("الي", "ل") or "ل" in view.words[i].procs
                                     for i in range(hit[1], t0 + 1)) and "بعد" not in st[hit[1]:t0]:
        return {"status": "called_for", "rule": "status.call_verb", "cue": _span(view, *hit)}
    # 2. denials
    hit = found("status.deny_words", lo, t0)
    if hit and any(st[k].startswith(_INVOLVEMENT) for k in range(hit[1], t0)):
        hit = None  # «نفى المتهمون أي ضلوع لهم في الاعتداء»: they deny their part, the attack happened
    if hit and hit[0] < ca and st[hit[0]] == "لا":
        hit = None  # «ولا صحة لوجود بقايا للحوثي، والتأكيد أن عملية تحرير ...»: no truth to what follows it, in its clause
    if hit:
        return {"status": "denied", "rule": "status.denial", "cue": _span(view, *hit)}
    if t0 - 2 >= lo and sets["status.negation_words"].match_at(st, t0 - 2) and \
            sets["status.negated_happened"].match_at(st, t0 - 1):
        return {"status": "denied", "rule": "status.negation", "cue": _span(view, t0 - 2, t0)}
    # «لم تنفذ أية عملية إنزال», «لم يشهد أي هجوم»: a negation with «أي / أية» before the trigger
    for k in range(max(ca, t0 - 4), t0):
        if sets["status.negation_words"].match_at(st, k) and any(st[j] in ("اي", "ايه") for j in range(k + 1, t0)) \
                and not any(st[j].startswith(_CLAIM_VERBS) for j in range(k + 1, t0)):  # «ولم تتبن أي جهة الهجوم»
            return {"status": "denied", "rule": "status.negated_any", "cue": _span(view, k, t0)}
    # 3. conditionals
    hit = found("status.conditional_words", ca, t0)
    if hit and hit[1] == t0 and st[hit[1] - 1] in ("حاله", "حال"):
        hit = None  # «في حالة الاشتباك», «في حالة من الاحتجاج»: in a state of, no «in case»
    if hit:
        return {"status": "hypothetical", "rule": "status.conditional", "cue": _span(view, *hit)}
    if t0 - 1 >= ca and st[t0 - 1] in ("اي", "ايه"):
        # «قادرون على صد أي اعتداء», «للتصدي لأي هجوم»: any attack, no attack that took place
        return {"status": "hypothetical", "rule": "status.any", "cue": _span(view, t0 - 1, t0)}
    # 4. threats and the future
    hit = found("status.threat_words", lo, t0)
    if hit and st[hit[0]].startswith("تهديد") and t0 - hit[1] > THREAT_NOUN_REACH:
        hit = None  # a threat noun far before («التهديدات التي تطلقها القوات ... قصفوا»), not a threat of it
    if hit:
        return {"status": "threatened", "rule": "status.threat_word", "cue": _span(view, *hit)}
    answered = any(st[k] in _ANSWER_WORDS for k in range(max(lo, t0 - 2), t0))  # «ستواصل الرد على الهجوم»
    for i in range(max(ca, t0 - 3), t1):
        w = view.words[i]
        if answered and i < t0:
            break
        if w.kind == "word" and ("س" in w.procs or (i == t0 and w.stem in lex.future_forms)):
            return {"status": "threatened", "rule": "status.future_verb", "cue": _span(view, i, i + 1)}
    hit = found("status.future_words", max(ca, t0 - win), t0)
    if hit and "س" not in view.words[hit[0]].procs and st[hit[0]] in _BARE_FUTURE_STEMS:
        hit = None  # «أول شخص يتم اعتقاله»: «يتم» without «سـ» is the present passive, «سيتم» the future
    if hit and not _after_before_that(st, hit[0], lo):  # «قبل أن يتم اقتياده»: earlier than a past act
        return {"status": "threatened", "rule": "status.future_word", "cue": _span(view, *hit)}
    # «رجح أن يتم تحرير الرمادي», «استبعد أن يتم اقتحام المدينة»: an act that is to take place
    if t0 - 2 >= ca and st[t0 - 1] in _SUBJUNCTIVE_TAKE_PLACE and st[t0 - 2] == "ان" \
            and not (t0 - 3 >= lo and st[t0 - 3] == "قبل"):  # («قبل أن يتم اقتياده»: it was)
        return {"status": "planned", "rule": "status.subjunctive", "cue": _span(view, t0 - 2, t0)}
    # «ستتوجه القوات إلى الفلوجة بعد تحرير الرمادي»: after an act, in a clause told in the future
    if t0 - 1 >= ca and st[t0 - 1] == "بعد" and any(
            view.words[i].kind == "word" and "س" in view.words[i].procs and st[i] not in lex.future_forms
            and st[i][:1] in "يتن" for i in range(max(ca, t0 - win), t0 - 1)):
        return {"status": "planned", "rule": "status.after_in_future", "cue": _span(view, t0 - 1, t0)}
    # 5. plans and foiled plots; a purpose «لـ» on the trigger noun («معركة لتحرير تعز», «لاقتحام»)
    subjected = subjected_before(view, t0, lo) \
        or (t0 - 1 >= lo and st[t0 - 1] in RESULT_OR_STATE)  # «ما أدى لمقتل 30», «الخاضع لسيطرة»
    if "ل" in view.words[t0].procs and view.words[t0].article is False and view.words[t0].kind == "word" \
            and view.stems[t0] not in lex.future_forms and not subjected:
        return {"status": "planned", "rule": "status.purpose", "cue": _span(view, t0, t0 + 1)}
    if not subjected and (t0 - 1 >= lo and "ل" in view.words[t0 - 1].procs and st[t0 - 1] in PURPOSE_VERBS
                          or _helped_aim(view, t0, lo)):
        # «أثناء محاولتهم التسلل إلى المدينة لتنفيذ مجزرة», «للقيام بتفجيرات»: the aim, not the act;
        # «غطاء جوي ليساعدها في اقتحام تلك المواقع», «تعزيزات لمساعدة الجيش في استعادة المدينة»: what the help is for
        return {"status": "planned", "rule": "status.purpose", "cue": _span(view, t0 - 1, t0 + 1)}
    hit = found("status.planned_words", max(lo, t0 - win), t0)
    if hit and _negated(st, max(lo, hit[0] - 2), hit[0]):
        hit = None  # «الهجوم الذي لم يكن متوقعا»: unexpected, not planned
    if hit:
        return {"status": "planned", "rule": "status.planned", "cue": _span(view, *hit)}
    # «عن مذبحة مروعة، كانت الميليشيات تنوي ارتكابها»: the intention told after the event noun
    hit = found("status.planned_words", t1, min(hi, t1 + PLANNED_AFTER))
    if hit and (hit[0] - 1 >= lo and st[hit[0] - 1] == "من"
                or _negated(st, max(t1, hit[0] - 2), hit[0]) or st[hit[0]].startswith("تخطيط")):
        # «شهدت معارك عنيفة، ومن المتوقع أن تتجه القوات»: what is expected comes after it; «مطلوب القبض
        # عليه للاشتباه في تخطيطه لشن هجوم»: the planning after it is of another act
        hit = None
    if hit and view.words[t0].kind == "word" and not view.words[t0].stem.endswith(("وا", "ت")):
        return {"status": "planned", "rule": "status.planned_after", "cue": _span(view, *hit)}
    # 6. claims of responsibility: the attack happened, the claimant did it
    hit = found("status.responsibility_words", lo, min(hi, t1 + 3))
    if hit:
        return {"status": "actual", "rule": "status.responsibility", "cue": _span(view, *hit)}
    # 7. claims
    hit = found("status.claim_words", lo, min(hi, t1 + 3))
    if hit:
        return {"status": "claimed", "rule": "status.claim_word", "cue": _span(view, *hit)}
    if quote is not None and speaker_inter in (2, 3, 4) and quote.record.get("kind") == "direct":
        return {"status": "claimed", "rule": "status.armed_side_quote", "cue": None}
    return {"status": "actual", "rule": "status.default", "cue": None}
