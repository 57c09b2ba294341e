"""Speaker, addressee and medium of each quotation, linked to the entity layer.

Works on the normalized view (offsets are code-point indices into the view); the stage maps
them back to ``Document.text``.  Rules, in order:

* **explicit subject**: the noun phrase right after the cue (وقال المهاجر، وأكدت المصادر،
  بحسب الأمم المتحدة، نقلت الوكالة عن مصدر → the source after «عن»), or before a cue at the
  head of its clause (الدولة الإسلامية تدعو ...).  It links to the entity whose mention overlaps
  it (persons first, then organisations, places), so a role noun the entity layer resolved by
  coreference («المتحدث» → the spokesman named earlier) gets that person's id.  A role phrase
  with no entity («مصدر أمني عراقي») is kept as the speaker with ``entity`` null.
* **statement as subject** (وأضاف البيان): the statement is the medium; the speaker is carried.
* **carried** (وأضاف، وتابع، مؤكدا، مشيرا إلى ...): for a participle, the nearest agent (a
  person or organisation mention, or a role noun, not after a preposition) between the previous
  quotation of the sentence (or the sentence start) and the cue; otherwise the previous
  quotation's speaker, pointing at its nearest mention before the cue.
* **addressee**: مخاطبا X، متوجها إلى X، قال لـX (لي، للصحفيين); the object of دعا/ناشد/طالب/حث
  before its preposition.
* **medium**: a medium noun (تسجيل صوتي، بيان، تغريدة، مؤتمر صحفي ...) in the frame or earlier
  in the cue's sentence, with its platform (تلغرام، تويتر ...) when named; an outlet after «لـ»;
  otherwise the medium of the same speaker's previous quotation (``carried``).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace
from typing import Any

from .finder import RELATIVES, Draft, View, _strip_conj, role_phrase_end
from .lexicon import Lexicon, lexicon

__all__ = ["ViewMention", "Attribution", "resolve"]

_TYPE_RANK = {"PER": 0, "ORG": 1, "LOC": 2, "MISC": 3}
_PREP_WORDS = frozenset({"في", "علي", "من", "الي", "عن", "ضد", "مع", "بين", "حول", "لدي", "عند",
                         "امام", "بعد", "قبل", "خلال", "عبر", "ضمن", "تجاه", "نحو"})
MAX_SUBJECT_WORDS = 8
#: particles that may stand before a fronted subject (إلا أن المتحدث اعتبر ...)
_LEADING = frozenset({"الا", "ان", "لكن", "ولكن", "غير", "بيد", "كما", "فيما", "بينما", "ثم", "و", "ف",
                      "وان", "لان", "اذ", "حيث"})
_KANA = frozenset({"وكان", "كان", "كانت", "وكانت", "كانوا", "وكانوا"})
#: words before a medium noun (في بيان، عبر تغريدة، خلال مؤتمر صحفي)
_MEDIUM_PREPS = frozenset({"في", "عبر", "خلال", "وفي", "ضمن", "بحسب", "حسب", "وخلال", "وعبر"})


@dataclass(frozen=True, slots=True)
class ViewMention:
    """An entity mention in view offsets."""

    start: int
    end: int
    entity: str
    type: str
    name: str


@dataclass(frozen=True, slots=True)
class Party:
    """A speaker or addressee: a view span, the entity it links to (if any), carried or not."""

    start: int
    end: int
    entity: str | None
    name: str | None
    type: str | None
    carried: bool = False


@dataclass(frozen=True, slots=True)
class MediumSpan:
    start: int
    end: int
    platform: tuple[int, int] | None = None
    carried: bool = False


@dataclass(frozen=True, slots=True)
class Attribution:
    speaker: Party | None
    addressee: Party | None
    medium: MediumSpan | None


def _link(start: int, end: int, mentions: list[ViewMention]) -> ViewMention | None:
    best = None
    for m in mentions:
        if m.start < end and start < m.end:
            if best is None or (_TYPE_RANK.get(m.type, 9), m.start) < (_TYPE_RANK.get(best.type, 9), best.start):
                best = m
    return best


def _party(view: View, start: int, end: int, mentions: list[ViewMention], *, carried: bool = False,
           text_name: bool = True) -> Party:
    m = _link(start, end, mentions)
    if m is not None and m.type not in ("PER", "ORG") and (m.start > start + 1 or m.end < end - 1):
        m = None  # a place inside a role phrase («محافظ الحديدة») is not the speaker; «السعودية» alone is
    name = m.name if m is not None else (view.text[start:end] if text_name else None)
    return Party(start, end, m.entity if m else None, name, m.type if m else None, carried)


def _noun_phrase(view: View, k: int, limit: int, lex: Lexicon, mentions: list[ViewMention],
                 *, max_words: int = MAX_SUBJECT_WORDS) -> tuple[int, int, int] | None:
    """The noun phrase starting at word ``k`` and ending before offset ``limit``:
    ``(start, end, next word index)``; ``None`` when word ``k`` cannot start one."""
    words = view.words
    text = view.text
    if k >= len(words) or words[k][0] >= limit:
        return None
    key = words[k][2]
    if key in lex.stops or key in lex.cue_forms or key in lex.comp_pronoun or key in lex.introducers \
            or key.startswith("لل") or key in lex.addressee_pronouns or key in lex.outlets \
            or key in _PREP_WORDS or any(a.split()[0] == key for a in lex.addressee_cues) \
            or key.isdigit():
        return None
    gap = view.gap(k)
    start = words[k][0]
    if gap.endswith(("«", "\"", "“", "»")) and text[start - 1] in "«\"“»":
        pass  # a quoted name («قسد»)
    end = words[k][1]
    j = k + 1
    # a mention starting here may be longer than one word
    for m in mentions:
        if m.start <= start < m.end and m.end > end and m.end <= limit:
            end = m.end
    j = view.word_index(end)
    count = 1
    while j < len(words) and words[j][0] < limit and count < max_words:
        g = view.gap(j)
        if g.strip() and g.strip() not in ("«", "»", "\"", "“", "”", "» «", "(", ")"):
            break
        if any(c in g for c in "«\"“") and not any(m.start <= words[j][0] < m.end for m in mentions):
            break  # a quoted object («جنود الخلافة»), not part of the subject
        key = words[j][2]
        if key in lex.stops or key in lex.cue_forms or key in lex.comp_bare or key in lex.comp_pronoun \
                or key in lex.introducers or key in _PREP_WORDS or key.startswith("لل") \
                or key in lex.addressee_pronouns or key in lex.outlets \
                or any(a.split()[0] == key for a in lex.addressee_cues) \
                or (len(key) >= 5 and key[0] == "م" and key[-1] == "ا") or key.isdigit():
            break
        if key == "باسم" and j + 1 < len(words):
            end = words[j + 1][1]
            j += 2
            count += 2
            continue
        end = words[j][1]
        for m in mentions:
            if m.start <= words[j][0] < m.end and m.end > end and m.end <= limit:
                end = m.end
        j = view.word_index(end)
        count += 1
    # closing mark of a quoted name
    while end < limit and text[end] in "»\"”" and text[start - 1:start] in ("«", "\"", "“"):
        break
    return start, end, j


def _first_word_after(view: View, pos: int) -> int:
    return view.word_index(pos)


def _explicit_subject(view: View, d: Draft, lex: Lexicon, mentions: list[ViewMention]
                      ) -> tuple[Party | None, tuple[int, int] | None, int]:
    """(speaker, statement span used as medium, index of the word after the subject)."""
    words = view.words
    limit = d.frame_end if not d.before_cue else d.sentence[1]
    k = _first_word_after(view, d.frame_start)
    if d.attribution:
        # «بحسب X» / «وفقا لـX» / «حسبما ذكر X»: the finder's noun phrase after the cue
        start, end = d.frame_start, d.frame_end
        if end <= start:
            return None, None, k
        return _party(view, start, end, mentions), None, view.word_index(end)
    if d.participle:
        return None, None, k
    verb = d.verb
    if verb is not None and verb.relay:
        # «نقلت الوكالة عن مصدر ...»: the source after «عن»
        j = k
        while j < len(words) and words[j][0] < limit:
            if words[j][2] == verb.relay:
                np = _noun_phrase(view, j + 1, limit, lex, mentions)
                if np is not None:
                    return _party(view, np[0], np[1], mentions), None, np[2]
                break
            if words[j][2] in (verb.relay + "ه", verb.relay + "ها", verb.relay + "هم"):
                # «ونقلت وكالة الأناضول عنه»: the speaker is carried, the relaying outlet is the medium
                np = _noun_phrase(view, k, words[j][0], lex, mentions)
                return None, ((np[0], np[1]) if np else None), j + 1
            j += 1
    if verb is not None and verb.statement:
        # «جاء في بيان لـX / بيان X / بيان صادر عن X»: X is the speaker
        j = k
        while j < len(words) and words[j][1] <= limit and j < k + 3:
            base = words[j][2].removeprefix("ال")
            if any(base == m.split()[0] for m in lex.media):
                who = _statement_author(view, j + 1, limit, lex, mentions)
                if who is not None:
                    return who, (words[j][0], words[j][1]), view.word_index(who.end)
                return None, (words[j][0], words[j][1]), j + 1
            j += 1
        return None, None, k
    if k >= len(words) or words[k][0] >= limit:
        return None, None, k
    gap = view.gap(k) if k > 0 else ""
    if any(c in gap for c in "،,.:؛") and words[k][0] > d.frame_start:
        return None, None, k
    key = words[k][2]
    if key in lex.statements or _strip_conj(key)[0] in lex.statements:
        # «وأضاف البيان»: the statement is the medium, the speaker is carried;
        # «وأشار بيان المنظمة»: the author follows the statement
        who = _statement_author(view, k + 1, limit, lex, mentions)
        return who, (words[k][0], words[k][1]), (view.word_index(who.end) if who else k + 1)
    np = _noun_phrase(view, k, limit, lex, mentions)
    if np is None:
        return None, None, k
    start, end, nxt = np
    if key in lex.roles:
        end = max(end, min(role_phrase_end(view, k, lex), limit))
    return _party(view, start, end, mentions), None, nxt


def _statement_author(view: View, k: int, limit: int, lex: Lexicon, mentions: list[ViewMention]
                      ) -> Party | None:
    """The author named right after a statement noun: «بيان المنظمة», «بيان لوزارة الدفاع»,
    «بيان صادر عن الجيش»."""
    words = view.words
    if k >= len(words) or words[k][0] >= limit or view.gap(k).strip():
        return None
    key = words[k][2]
    if key in ("صادر", "الصادر", "صادرا") and k + 2 < len(words) and words[k + 1][2] == "عن":
        np = _noun_phrase(view, k + 2, limit, lex, mentions, max_words=6)
        return _party(view, np[0], np[1], mentions) if np else None
    if key.startswith("ل") and len(key) > 3 and key not in lex.stops:
        # «بيان لوزارة الدفاع» / «بيان للجيش اللبناني»: the author after the proclitic
        end = min(role_phrase_end(view, k, lex), limit)
        if k + 1 < len(words) and not view.gap(k + 1).strip() and words[k + 1][1] <= limit:
            np = _noun_phrase(view, k + 1, limit, lex, mentions, max_words=5)
            if np is not None and not key.startswith("لل"):
                end = max(end, np[1])  # «لوزارة الدفاع السعودية»: a construct phrase
        return _party(view, words[k][0] + 1, end, mentions)
    if key.startswith("ال") or any(m.start == words[k][0] and m.type in ("PER", "ORG") for m in mentions):
        if key in lex.stops or (len(key) > 4 and key.endswith(("ي", "يه"))) and not any(
                m.start == words[k][0] for m in mentions):
            return None  # an adjective («البيان الرسمي»), not a genitive
        np = _noun_phrase(view, k, limit, lex, mentions, max_words=6)
        if np is not None:
            return _party(view, np[0], np[1], mentions)
    return None


def _subject_before(view: View, d: Draft, lex: Lexicon, mentions: list[ViewMention]) -> Party | None:
    """SVO: «الدولة الإسلامية تدعو ...», «وكان رئيس الأركان، اللواء محمد المقدشي، قد أعلن ...»,
    «... المتحدث باسم التحالف، العميد أحمد عسيري، قال فيها ...»: the words before the cue (from
    the last comma, or from the sentence start) are a name or a role phrase."""
    text = view.text
    words = view.words
    sent = d.sentence
    kc = bisect_right(view.starts, d.cue_start) - 1
    if kc < 0:
        return None
    cue_word = words[kc][0]
    head = text[sent[0]:cue_word]
    cuts = [i for i, c in enumerate(head) if c in "،,"]
    segments = []  # (start, end) of the last non-empty comma segment, then the sentence start
    bound = cue_word
    for c in reversed(cuts):
        if head[c + 1:bound - sent[0]].strip():
            segments.append((sent[0] + c + 1, bound))
            break
        bound = sent[0] + c
    segments.append((sent[0], cue_word))
    for a, seg_end in segments:
        k = view.word_index(a)
        kend = view.word_index(seg_end)
        if seg_end < cue_word and view.text[seg_end:cue_word].strip(" ،,"):
            continue
        kana = False
        while k < kend and (words[k][2] in _LEADING or words[k][2] in _KANA):
            kana = kana or words[k][2] in _KANA
            k += 1
        if k >= kend:
            continue
        a = words[k][0]
        j = kend
        while j > k and words[j - 1][2] in ("قد", "لقد", "وقد"):
            j -= 1
        b = words[j - 1][1]
        while b > a and not text[b - 1].isalnum():
            b -= 1
        nw = view.n_words(a, b)
        if b <= a or nw > 10:
            continue
        inner = [w[2] for w in words[k:j]]
        if any(w in _PREP_WORDS and w != "في" or w in lex.cue_forms or w in lex.comp_bare for w in inner):
            continue
        if any(c in text[a:b] for c in ".؟!:\n"):
            continue
        m = _link(a, b, mentions)
        if m is not None and m.start <= a + 2 and m.type in ("PER", "ORG"):
            return _party(view, a, b, mentions)
        if words[k][2] in lex.roles or _strip_conj(words[k][2])[0] in lex.roles:
            return _party(view, a, b, mentions)
        if kana and nw <= 6 and words[j - 1][1] < d.cue_start and words[j][2] in ("قد", "لقد"):
            return _party(view, a, b, mentions)  # «وكانت السلطة الفلسطينية قد أعلنت»
    return None


def _antecedent(view: View, d: Draft, lex: Lexicon, mentions: list[ViewMention]) -> Party | None:
    """«رجال المقاومة الذين قالوا إن ...»: the noun phrase before the relative pronoun."""
    words = view.words
    kc = bisect_right(view.starts, d.cue_start) - 1
    if kc < 2 or words[kc - 1][2] not in RELATIVES or view.gap(kc - 1).strip():
        return None
    j = kc - 1  # the relative pronoun
    i = j
    while i > 0 and j - i < 4 and not view.gap(i).strip():
        key = words[i - 1][2]
        if key in lex.stops or key in _PREP_WORDS or key in lex.cue_forms or key.isdigit() \
                or key in ("ما", "مما", "وهذا", "هذا"):
            break
        i -= 1
        if key in lex.roles or any(m.start == words[i][0] and m.type in ("PER", "ORG") for m in mentions):
            break
    if i >= j:
        return None
    # skip a leading verb form with an object pronoun («أكده رجال المقاومة»)
    while i < j - 1 and words[i][2].endswith(("ه", "ها")) and _strip_conj(words[i][2][:-1])[0] in lex.cue_forms:
        i += 1
    return _party(view, words[i][0], words[j - 1][1], mentions)


def _agent_between(view: View, a: int, b: int, lex: Lexicon, mentions: list[ViewMention],
                   quotes: list[tuple[int, int]]) -> Party | None:
    """The first agent after ``a`` and before ``b`` (the subject of the clause a participle hangs
    on): a person / organisation mention or a role phrase, not inside a quotation's content and
    not the object of a preposition; a role phrase followed by a person's name in apposition
    («الجهادي السابق، نبيل نعيم») gives the name."""
    text = view.text
    words = view.words

    def inside_quote(s: int) -> bool:
        return any(qs <= s < qe for qs, qe in quotes)

    def after_prep(s: int) -> bool:
        k = bisect_right(view.starts, s) - 1
        if 0 <= k < len(words) and words[k][0] < s and words[k][2][:1] in "لبك":
            return True  # a proclitic preposition glued to the mention
        if k >= 0 and words[k][0] == s and k > 0 and words[k - 1][2] in _PREP_WORDS \
                and not view.gap(k).strip(" «»\""):
            return True
        return False

    def genitive(s: int) -> bool:
        """Right after a noun that is no role (مزاعم الانقلابيين): a genitive, not a subject."""
        k = bisect_right(view.starts, s) - 1
        if k <= 0 or words[k][0] != s or view.gap(k).strip(" «»\""):
            return False
        prev = words[k - 1][2]
        return not (prev in lex.cue_forms or prev in lex.roles or _strip_conj(prev)[0] in lex.cue_forms
                    or prev in _LEADING or prev in ("قد", "لقد", "وقد", "كان", "وكان"))

    cands: list[Party] = []
    for m in mentions:
        if a <= m.start and m.end <= b and m.type in ("PER", "ORG") and not inside_quote(m.start) \
                and not after_prep(m.start):
            cands.append(Party(m.start, m.end, m.entity, m.name, m.type, True))
    k = view.word_index(a)
    while k < len(words) and words[k][1] <= b:
        ws, we, key = words[k]
        if (key in lex.roles or _strip_conj(key)[0] in lex.roles) and not inside_quote(ws) \
                and not after_prep(ws):
            np = _noun_phrase(view, k, b, lex, mentions, max_words=5)
            end = np[1] if np else we
            p = _party(view, ws, end, mentions, carried=True)
            if p.entity is None:  # a name in apposition after the role phrase
                for m in mentions:
                    if end <= m.start <= end + 3 + len(text[end:m.start]) * 0 and m.type == "PER" \
                            and m.end <= b and not text[end:m.start].strip(" ،,"):
                        p = Party(m.start, m.end, m.entity, m.name, m.type, True)
                        break
            cands.append(replace(p, carried=True))
        k += 1
    if not cands:
        return None
    cands.sort(key=lambda p: p.start)
    for p in cands:
        if not genitive(p.start):
            return p
    return cands[0]


def _nearest_mention(view: View, p: Party, before: int, mentions: list[ViewMention]) -> Party:
    """The carried speaker pointed at its entity's nearest mention before ``before``."""
    by_text = _nearest_text(view, p, before)
    if p.entity is None:
        return by_text
    cands = [m for m in mentions if m.entity == p.entity and m.end <= before]
    if not cands:
        return replace(by_text, entity=p.entity, name=p.name, type=p.type)
    m = max(cands, key=lambda m: m.start)
    if by_text.start > m.end and (by_text.start, by_text.end) != (p.start, p.end):
        return replace(by_text, entity=p.entity, name=p.name, type=p.type)
    return Party(m.start, m.end, p.entity, p.name, p.type, True)


def _nearest_text(view: View, p: Party, before: int) -> Party:
    """A carried speaker with no entity pointed at the last occurrence of its head word (its
    last word: «الوجيه» of «صخر الوجيه») before ``before``, when that is a whole word."""
    words = view.words
    span_words = [w for w in words[view.word_index(p.start):] if w[1] <= p.end]
    if not span_words:
        return replace(p, carried=True)
    # a role phrase's head is its first word («مسؤول» of «مسؤول سابق»), a name's its last
    head = span_words[-1][2]
    k = bisect_right(view.starts, before) - 1
    while k >= 0 and words[k][0] >= p.start:
        if words[k][2] == head and words[k][1] <= before:
            w = words[k]
            if w[0] > span_words[-1][0]:
                return Party(w[0], w[1], None, p.name, p.type, True)
        k -= 1
    return replace(p, carried=True)


def _medium(view: View, a: int, b: int, lex: Lexicon) -> MediumSpan | None:
    """The first medium noun phrase in ``[a, b)`` with a platform named after it."""
    words = view.words
    k = view.word_index(a)
    while k < len(words) and words[k][1] <= b:
        ws, we, key = words[k]
        base = key
        for pre in ("وبال", "بال", "وال", "فال", "ال", "وب", "ب", "و"):
            if key.startswith(pre) and len(key) - len(pre) >= 3:
                base = key[len(pre):]
                break
        for phrase in lex.media:
            parts = phrase.split()
            if parts[0] not in (key, base):
                continue
            if len(parts) > 1:
                nxt = [w[2] for w in words[k + 1:k + len(parts)]]
                if [n.removeprefix("ال") for n in nxt] != parts[1:] and nxt != parts[1:]:
                    continue
            glued_b = parts[0] != key and key[:len(key) - len(base)] in ("ب", "وب", "بال", "وبال")
            if not glued_b and not (k > 0 and words[k - 1][2] in _MEDIUM_PREPS and not view.gap(k).strip()):
                continue
            end = words[k + len(parts) - 1][1]
            plat = _platform(view, end, min(b + 200, view.sentence_of(ws)[1]), lex)
            start = ws if parts[0] == key else ws + (len(key) - len(base))
            return MediumSpan(start, end, plat)
        k += 1
    return None


def _platform(view: View, a: int, b: int, lex: Lexicon) -> tuple[int, int] | None:
    words = view.words
    k = view.word_index(a)
    count = 0
    while k < len(words) and words[k][1] <= b and count < 12:
        key = words[k][2]
        for phrase in lex.platforms:
            parts = phrase.split()
            keys = [w[2] for w in words[k:k + len(parts)]]
            if keys and keys[0][:1] in "بعلف" and keys[0][1:] == parts[0]:
                keys = [keys[0][1:]] + keys[1:]
                off = 1
            else:
                off = 0
            if keys == parts:
                return words[k][0] + off, words[k + len(parts) - 1][1]
        if "\n" in view.gap(k) and count:
            break
        count += 1
        k += 1
    return None


def _addressee(view: View, d: Draft, lex: Lexicon, mentions: list[ViewMention], subject_next: int
               ) -> Party | None:
    words = view.words
    text = view.text
    a, b = d.frame_start, d.frame_end
    if d.attribution or d.before_cue:
        return None
    k = view.word_index(a)
    while k < len(words) and words[k][1] <= b:
        key = words[k][2]
        for phrase in lex.addressee_cues:
            parts = phrase.split()
            if [w[2] for w in words[k:k + len(parts)]] == parts:
                j = k + len(parts)
                end = None
                start = words[j][0] if j < len(words) else None
                while j < len(words) and words[j][1] <= b:
                    g = view.gap(j)
                    if j > k + len(parts) and (g.strip(" ") and any(c in g for c in "،,:«\"“.")):
                        break
                    if words[j][2] in lex.comp_bare or words[j][2] in lex.comp_pronoun \
                            or words[j][2] in lex.introducers:
                        break
                    end = words[j][1]
                    j += 1
                if start is not None and end is not None and end > start:
                    return _party(view, start, end, mentions)
        k += 1
    # «قال لـX» / «قال لي»: right after the cue or after its subject
    for j in (view.word_index(a), subject_next):
        if j < len(words) and words[j][1] <= b:
            key = words[j][2]
            if key in lex.addressee_pronouns:
                return _party(view, words[j][0], words[j][1], mentions)
            if key.startswith("ل") and not key.startswith("لل") and len(key) > 3 and key not in lex.outlets \
                    and any(m.start == words[j][0] + 1 and m.type in ("PER", "ORG") for m in mentions):
                m = next(m for m in mentions if m.start == words[j][0] + 1)
                return _party(view, m.start, m.end, mentions)
    # the object of دعا / ناشد / طالب / حث before its preposition
    verb = d.verb
    if verb is not None and verb.addressee_object and subject_next < len(words):
        j = subject_next
        # a quoted short object («رجالات الدولة») anywhere in the frame
        r = view.region_opening_in(a, b)
        if r is not None and r.outer_end <= b and view.n_words(r.inner_start, r.inner_end) <= 4:
            return _party(view, r.inner_start, r.inner_end, mentions)
        if words[j][1] <= b and not view.gap(j).strip():
            np = _noun_phrase(view, j, b, lex, mentions, max_words=6)
            if np is not None and np[1] > np[0]:
                return _party(view, np[0], np[1], mentions)
    _ = text
    return None


def _outlet(view: View, d: Draft, lex: Lexicon) -> MediumSpan | None:
    """«قال لـ«الشرق الأوسط»» / «لوكالة الأنباء الألمانية»: the outlet as the medium."""
    words = view.words
    k = view.word_index(d.frame_start)
    count = 0
    while k < len(words) and words[k][1] <= d.frame_end and count < 10:
        key = words[k][2]
        if key in lex.outlets or (key.startswith("ل") and key in lex.outlets):
            start = words[k][0] + 1
            j = k + 1 if key == "ل" else k
            end = words[j][1] if j < len(words) else words[k][1]
            r = view.region_opening_in(words[k][1] if key == "ل" else words[k][0], d.frame_end)
            if key == "ل" and r is not None and r.outer_end <= d.frame_end:
                return MediumSpan(r.inner_start, r.inner_end)
            n = 1
            while j + 1 < len(words) and words[j + 1][1] <= d.frame_end and n < 3 \
                    and not view.gap(j + 1).strip() and words[j + 1][2] not in lex.stops \
                    and words[j + 1][2] not in lex.comp_bare and words[j + 1][2] not in lex.comp_pronoun:
                j += 1
                n += 1
                end = words[j][1]
            if key != "ل":
                start = words[k][0] + 1
            return MediumSpan(start, end)
        count += 1
        k += 1
    return None


def resolve(view: View, drafts: list[Draft], mentions: list[ViewMention], *,
            lex: Lexicon | None = None) -> list[Attribution]:
    """One :class:`Attribution` per draft (view offsets), in the drafts' order (text order)."""
    lex = lex or lexicon()
    out: list[Attribution] = []
    last: Party | None = None
    last_by_sentence: dict[tuple[int, int], tuple[Party | None, int]] = {}
    media_by_speaker: dict[str, MediumSpan] = {}
    quotes = [(d.start, d.end) for d in drafts]
    order = sorted(range(len(drafts)), key=lambda i: drafts[i].cue_start if not drafts[i].attribution
                   and not drafts[i].before_cue else drafts[i].start)
    results: dict[int, Attribution] = {}
    for i in order:
        d = drafts[i]
        speaker = None
        if not d.participle and not d.attribution and not d.before_cue \
                and (d.verb is None or not d.verb.statement):
            speaker = _subject_before(view, d, lex, mentions)
        if speaker is None and not d.attribution and not d.before_cue:
            speaker = _antecedent(view, d, lex, mentions)
        if speaker is not None:
            _, statement, nxt = None, None, view.word_index(d.frame_start)
        else:
            speaker, statement, nxt = _explicit_subject(view, d, lex, mentions)
        if speaker is None:
            prev = last_by_sentence.get(d.sentence)
            a = prev[1] if prev else d.sentence[0]
            cue_word_start = d.cue_start
            agent = None
            if d.participle or (d.verb is not None and d.verb.statement):
                agent = _agent_between(view, a, cue_word_start, lex, mentions, quotes)
            if agent is not None:
                speaker = agent
            elif prev is not None and prev[0] is not None:
                speaker = _nearest_mention(view, prev[0], d.cue_start, mentions)
            elif last is not None:
                speaker = _nearest_mention(view, last, d.cue_start, mentions)
            elif d.participle:
                speaker = _agent_between(view, d.sentence[0], cue_word_start, lex, mentions, quotes)
        # medium: the frame, then the sentence before the cue
        medium = None
        if statement is not None:
            medium = MediumSpan(statement[0], statement[1])
        if medium is None and not d.attribution:
            fa, fb = d.frame_start, d.frame_end
            if d.before_cue:
                fb = d.sentence[1]
            medium = _medium(view, fa, fb, lex)
            if medium is None:
                prev = last_by_sentence.get(d.sentence)
                a = prev[1] if prev else d.sentence[0]
                medium = _medium(view, a, min(d.cue_start, d.start) if not d.before_cue else d.cue_start, lex)
            if medium is None:
                medium = _outlet(view, d, lex)
        key = (speaker.entity or view.text[speaker.start:speaker.end]) if speaker else None
        if medium is None and key is not None and key in media_by_speaker:
            medium = replace(media_by_speaker[key], carried=True)
        elif medium is not None and key is not None and not medium.carried:
            media_by_speaker[key] = medium
        addressee = _addressee(view, d, lex, mentions, nxt)
        results[i] = Attribution(speaker, addressee, medium)
        if speaker is not None:
            last = speaker
        last_by_sentence[d.sentence] = (speaker, d.end)
    out = [results[i] for i in range(len(drafts))]
    _ = Any
    return out
