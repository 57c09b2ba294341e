"""The ``rhetoric`` pipeline stage and :func:`find_rhetoric`.

Statements are read: the quotations of the ``quotes`` layer, and reported speech in the narration
(a threat, call or praise verb with its speaker as subject, below); the reporter's own narration of
events is never flagged, whatever words it uses.  Each quotation is cut into statements
(:mod:`~marsad.rhetoric.statements`), each statement classified
(:mod:`~marsad.rhetoric.classify`); a statement with at least one category becomes a record::

    {start, end, text, categories, speaker {entity, name, ...}, addressee, target [{entity,
     name, start, end, text, rule[, group]}], methods [{method, start, end, text, entry}],
     reported, quote, via, cues [{category, rule, entry, start, end, text}], rules}

``quote`` is the index of the quotation in the ``quotes`` layer; ``reported`` is true unless the
speaker is the outlet itself (``Document.source``).

Reported speech without quotation marks («هدد X بإعدام ...», «دعا X إلى قتل ...», «أشاد X
بالهجوم ...», :mod:`~marsad.rhetoric.reported`) is a statement too: its records have ``quote:
null``, ``via: "reported_verb"`` (quotation records have ``via: "quote"``), the complement as
``start/end/text`` and the verb's subject (or the speaker carried over from the statement before)
as ``speaker``.

Context guards (``rhetoric.json`` → ``guards``): in a sports article (several sports words) no call,
threat or glorification is flagged («الرد سيكون في الملعب»); a quotation preceded in its sentence by
a charge or a court's warrant (أدين المتهم، مذكرات اعتقال) is a charge sheet and gives nothing; a
cue word that is (part of) a place mention is a place name (الكفرة, the Libyan town; «سنورس», a town
and no future verb), and the rule that used it does not count.  Every offset is a code-point index into
``Document.text`` and every nested ``{start, end, text}`` obeys ``text[start:end] == span.text``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from ..model import Document
from ..pipeline.stage import Stage
from ..text.normalize import NormalizedText, normalize
from .classify import CATEGORIES, classify
from .lexicon import RhetoricGuards, rhetoric_guards, rhetoric_lexicon
from .methods import find_methods
from .reported import find_reported
from .statements import split_statements
from .targets import find_targets
from .view import as_dict, original_span, view_mentions
from .words import clitic_length, norm, split_words, variants

__all__ = ["RhetoricStage", "find_rhetoric"]


def _party(p: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if not p:
        return None
    return {k: v for k, v in p.items() if k in ("entity", "name", "start", "end", "text", "role")}


def _reported(speaker: Mapping[str, Any] | None, source: str | None) -> bool:
    if not speaker or not source:
        return True
    src = norm(source)
    return not any(norm(str(speaker.get(k) or "")) == src for k in ("name", "text"))


def _frame(nt: NormalizedText, q: Mapping[str, Any]) -> tuple[int, int] | None:
    cue = q.get("cue") or {}
    if "end" not in cue or cue["end"] > q["start"]:
        return None
    return nt.to_view(cue["end"], q["start"])


#: categories a sports article does not get («وسنقاتل حتى آخر مباراة», «الأبطال»)
_NOT_IN_SPORTS = frozenset({"call_to_violence", "threat", "glorification"})
#: entity types of place mentions (a label word inside one is a place name)
_PLACES = frozenset({"LOC", "GPE", "FAC"})
_SENTENCE_END = re.compile(r"[.!?؟\n]")


def _sports(view: str, g: RhetoricGuards) -> bool:
    """Is the article sports news (at least ``sports_min`` distinct sports words)?"""
    seen = {w for w in g.sports if " " in w and w in view}
    for w in split_words(view):
        seen.update(v for v in variants(w.form) if v in g.sports)
        if len(seen) >= g.sports_min:
            return True
    return len(seen) >= g.sports_min


def _charge(view: str, qs: int, g: RhetoricGuards) -> bool:
    """Do the last words before the quotation (in its sentence) name a charge or a warrant?"""
    ends = [m.end() for m in _SENTENCE_END.finditer(view, max(0, qs - 400), qs)]
    words = split_words(view, ends[-1] if ends else max(0, qs - 400), qs)[-g.legal_window:]
    return bool(g.legal.find(words))


def find_rhetoric(text: str, *, quotes: Sequence[Any], entities: Sequence[Any] = (),
                  source: str | None = None) -> list[dict[str, Any]]:
    """Rhetoric records of the quotations of ``text`` (see the module doc; offsets: code points
    into ``text``).  ``quotes`` and ``entities`` are the layers' records or their dicts."""
    if not text.strip():
        return []
    lex, guards = rhetoric_lexicon(), rhetoric_guards()
    nt = normalize(text)
    view = nt.text
    mentions = view_mentions(entities, nt)
    places = [m for m in mentions if m.type in _PLACES]
    sports = _sports(view, guards)
    out: list[dict[str, Any]] = []
    spans: list[tuple[int, int]] = []
    prior: list[tuple[int, dict[str, Any]]] = []

    def record(words, fired, *, ss, se, lo, hi, speaker, addressee, add_span, frame, quote, via):
        cats = [c for c in CATEGORIES if any(f.category == c for f in fired)]
        targets = find_targets(words, fired, mentions=mentions, addressee=add_span, frame=frame,
                               speaker_entity=speaker.get("entity"), lex=lex)
        rec = original_span(nt, ss, se)
        # a view span maps back with the diacritics after its last letter: stay inside the quotation
        rs, re_ = max(rec["start"], lo), min(rec["end"], hi)
        rec = {"start": rs, "end": re_, "text": text[rs:re_]}
        rec.update({
            "categories": cats,
            "speaker": _party(speaker),
            "addressee": _party(addressee),
            "target": [{"entity": t.entity, "name": t.name, **original_span(nt, t.start, t.end), "rule": t.rule,
                        **({"group": t.group} if t.group else {})} for t in targets],
            "methods": [{"method": h.payload, **original_span(
                nt, words[h.first].start + clitic_length(words[h.first].form, h.entry), words[h.last].end),
                         "entry": h.entry} for h in find_methods(words, lex=lex)],
            "reported": _reported(speaker, source),
            "quote": quote,
            "via": via,
            "cues": [{"category": f.category, "rule": f.rule, "entry": f.entry,
                      **original_span(nt, words[f.first].start, words[f.last].end)} for f in fired],
            "rules": sorted({f.rule for f in fired}),
        })
        return rec

    def kept(words, fired):
        # a cue word inside a place mention is a place name (الكفرة, the Libyan town; «بمركز سنورس» is
        # no future verb): the rule that used it does not count
        named = {f.rule for f in fired if any(m.start < words[f.last].end and words[f.first].start < m.end
                                              for m in places)}
        return [f for f in fired if not (sports and f.category in _NOT_IN_SPORTS) and f.rule not in named]

    for qi, qrec in enumerate(quotes):
        q = as_dict(qrec)
        qs, qe = nt.to_view(q["start"], q["end"])
        cue = norm((q.get("cue") or {}).get("text") or "") or None
        speaker = q.get("speaker") or {}
        addressee = q.get("addressee")
        add_span = nt.to_view(addressee["start"], addressee["end"]) if addressee else None
        who = norm(" ".join(str(speaker.get(k) or "") for k in ("name", "text"))) or None
        spans.append((qs, qe))
        if speaker.get("name") or speaker.get("text"):
            prior.append((qe, speaker))
        if _charge(view, qs, guards):
            continue
        for si, (ss, se) in enumerate(split_statements(view, qs, qe)):
            words = split_words(view, ss, se)
            fired = kept(words, classify(words, cue=cue, lex=lex, speaker=who, first_statement=si == 0))
            if not fired:
                continue
            out.append(record(words, fired, ss=ss, se=se, lo=q["start"], hi=q["end"], speaker=speaker,
                              addressee=addressee, add_span=add_span, frame=_frame(nt, q), quote=qi, via="quote"))
    # reported speech in the narration
    def speaker_dict(span: tuple[int, int], mention: Any) -> dict[str, Any]:
        return {"entity": mention.entity if mention else None,
                **original_span(nt, *span), "name": mention.name if mention else nt.original[slice(*nt.to_original(*span))]}

    for r in find_reported(view, spans=spans, mentions=mentions, speakers=prior, speaker_dict=speaker_dict, lex=lex):
        fired = kept(r.words, r.fired)
        if not fired or _charge(view, r.cue[0], guards):
            continue
        out.append(record(r.words, fired, ss=r.start, se=r.end, lo=0, hi=len(text), speaker=r.speaker,
                          addressee=None, add_span=None, frame=(r.cue[1], r.start), quote=None, via="reported_verb"))
    out.sort(key=lambda rec: rec["start"])
    return out


class RhetoricStage(Stage):
    """Calls to violence, threats, incitement, victimhood appeals and glorification inside quotations."""

    name = "rhetoric"
    requires = ("quotes", "entities")
    produces = ("rhetoric",)

    def predict(self, doc: Document) -> Mapping[str, Any]:
        """``{"rhetoric": [record, ...]}`` (offsets are code points into ``doc.text``)."""
        return {"rhetoric": find_rhetoric(doc.text, quotes=doc.layer("quotes"), entities=doc.entities,
                                          source=doc.source)}
