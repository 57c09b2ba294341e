"""The ``entities`` pipeline stage: gazetteer + tagger -> merge -> link -> coreference -> geocode.

:class:`EntitiesStage` requires the ``tokens`` and ``sentences`` layers (and uses
``Document.dateline`` when the dateline stage ran) and produces the ``entities`` layer: one
:class:`~marsad.entities.link.EntityRecord` per entity (``to_dict()`` gives the contract's
JSON object), ordered by first mention.  Mention offsets are code-point indices into
``Document.text``.

The KB is :func:`marsad.entities.kb.load_kb` unless one is given.  The tagger is
``marsad.entities.tagger.CrfTagger.load()`` when its model file is there; without it the stage
runs gazetteer-only.  Both load lazily, on the first document, once per stage object (the KB
and its compiled gazetteer index once per process).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from ..model import Document
from ..pipeline.stage import Stage
from ..text.normalize import normalize_for_search
from ..text.tokenize import TokenList, tokenize
from .cues import cue_words
from .institutions import find_institutions
from .person_patterns import find_person_names
from .gazetteer import PLACE_CUES, build_index, readings
from .link import link_document

__all__ = ["EntitiesStage", "load_default_tagger"]

_AUTO = "auto"


def load_default_tagger() -> Any | None:
    """The shipped CRF tagger, or ``None`` when its module or model file is not available."""
    try:
        from .tagger import CrfTagger  # type: ignore[import-not-found]
    except ImportError:
        return None
    try:
        return CrfTagger.load()
    except (OSError, ImportError, ValueError, LookupError) as exc:  # no model file / no crfsuite
        _ = exc
        return None
    except Exception as exc:  # a MarsadError saying the model is missing
        if type(exc).__name__.endswith(("NotFoundError", "ModelError", "MissingModelError")):
            return None
        raise


#: KB kinds of state institutions (governments, ministries, armies, security forces): named
#: by the KB like the institution rule's names, and left out with them (``institutions=False``,
#: as ``marsad eval ner`` runs: CoNLL gold such as ANERcorp leaves «الجيش الإسرائيلي»,
#: «الخارجية الأميركية», «الحكومة العراقية» unlabelled; 5-fold CV, 3 folds: 38 of 40 such
#: matches were not gold names)
INSTITUTION_KINDS = frozenset({"government", "state_forces", "security_forces"})


#: KB kinds of facilities named after a place («مطار دمشق», «سجن أبو غريب», «مخيم جنين»): also left
#: out with ``institutions=False``, where CoNLL gold labels the place inside them, not the facility
#: (ANERcorp 5-fold, the same fold models re-scored: stage 0.7589 with them, 0.7606 without the
#: sites file)
SITE_KINDS = frozenset({"prison", "holy_site", "camp", "military_base", "airport", "border_crossing",
                        "checkpoint", "landmark"})


#: a news agency's initials as a byline («(د ب أ)», «ا ف ب», «أ ش أ»): single letters apart
_INITIALS = re.compile(r"^\W*\w(?:[\s.]+\w){1,4}\W*$")


def _institution_match(match: Any, kb: Any) -> bool:
    """A KB match that ``institutions=False`` leaves out: state institutions, facility sites, and
    news agencies' initials, which CoNLL gold leaves unlabelled (ANERcorp training split: «د ب أ»,
    «ا ف ب», «أ ش أ» outside any name 12 times of 12, where «رويترز» is ORG 34 times of 34)."""
    kinds = [getattr(kb.get(c.entity_id), "kind", None) for c in match.candidates]
    if kinds and all(k in ("media", "agency") for k in kinds) and _INITIALS.match(match.text):
        return True
    return bool(kinds) and all(k in INSTITUTION_KINDS or k in SITE_KINDS for k in kinds)


#: adjectives that make an institution another one («مجلس الأمن الوطني» is not «مجلس الأمن»);
#: others describe the same body («وكالة الأناضول الإخبارية», «حزب الله اللبناني»)
_DISTINGUISHING = frozenset(normalize_for_search(w) for w in (
    "الوطني", "الوطنية", "القومي", "القومية", "الأعلى", "العليا", "الاتحادي", "الاتحادية", "المحلي",
    "المحلية", "الإقليمي", "الإقليمية", "الانتقالي", "الانتقالية", "الفرعي", "الفرعية"))


def _outgrown(matches: list, spans: list, text: str, kb: Any) -> list:
    """The gazetteer ORG matches a longer institution name by rule begins with and outgrows by an
    adjective of :data:`_DISTINGUISHING` («مجلس الأمن الوطني لإقليم كردستان» is not «مجلس الأمن»,
    the UN Security Council): they name another body, which the rule's span names instead."""
    starts = {sp.start: sp for sp in spans if getattr(sp, "source", "") == "rule:institution"}
    out = []
    for m in matches:
        sp = starts.get(m.start)
        if sp is not None and sp.end > m.end and all(
                getattr(kb.get(c.entity_id), "type", None) == "ORG" for c in m.candidates):
            rest = normalize_for_search(text[m.end:sp.end]).split()
            if rest and rest[0] in _DISTINGUISHING:
                continue
        out.append(m)
    return out


def _after_title(matches: list, text: str, kb: Any) -> list:
    """The gazetteer place matches right after a person title («الشيخ صلاح الدين», «السيد
    الخليل») dropped: the title opens a person's name, which the tagger or the person patterns
    read instead.  Countries stay («الرئيس مصر» is not written)."""
    out = []
    for m in matches:
        before = text[max(0, m.start - 20):m.start].split()
        word = normalize_for_search(before[-1]) if before else ""
        if word[:1] in ("و", "ف") and word[1:] in _TITLES:
            word = word[1:]
        titled = word in _TITLES or len(before) >= 2 and any(r[0] in PLACE_CUES for r in readings(word)) \
            and normalize_for_search(before[-2]) in _ALL_TITLES  # «المهندس وحي أمان»: a name, not a district
        if titled and all(
                getattr(kb.get(c.entity_id), "type", None) == "LOC"
                and getattr(kb.get(c.entity_id), "kind", None) != "country" for c in m.candidates):
            continue
        out.append(m)
    return out


_TITLES = frozenset(normalize_for_search(w) for w in cue_words("person_titles")) - {"الرئيس", "الملك", "الامير"}
#: with the titles of the person patterns («المهندس»), for a place cue word right after one
_ALL_TITLES = _TITLES | (frozenset(normalize_for_search(w) for w in cue_words("person_pattern_titles"))
                         - {"المواطن", "المواطنه", "اول"})


class EntitiesStage(Stage):
    """Persons, organisations, places and other names, linked to the KB, with coreference and geocoding."""

    name = "entities"
    requires = ("tokens", "sentences")
    produces = ("entities",)

    def __init__(self, *, kb: Any = None, tagger: Any = _AUTO, institutions: bool = True,
                 person_patterns: bool = True) -> None:
        """``kb``: a :class:`~marsad.entities.kb.KnowledgeBase` (default: the shipped one);
        ``tagger``: an object with ``find_entities(text)``, ``None`` for gazetteer-only, or
        ``"auto"`` (default) for the shipped tagger when its model is installed;
        ``institutions``: also name institutions by rule (:mod:`marsad.entities.institutions`:
        «وزارة الداخلية», ministries and courts that analysts code as actors, which ANERcorp's
        annotation leaves unlabelled); ``person_patterns``: also name persons by the frames news
        writes names in (:mod:`marsad.entities.person_patterns`: «وأوضح رأفت الصباغ، المتحدث
        ...»), where neither the KB nor the tagger has them."""
        self._kb = kb
        self._tagger = tagger
        self.institutions = institutions
        self.person_patterns = person_patterns

    @property
    def kb(self) -> Any:
        if self._kb is None:
            from .kb import load_kb

            self._kb = load_kb()
        return self._kb

    @property
    def tagger(self) -> Any | None:
        if isinstance(self._tagger, str) and self._tagger == _AUTO:
            self._tagger = load_default_tagger()
        return self._tagger

    def __getstate__(self) -> dict[str, Any]:
        # worker processes reload the shipped KB and tagger themselves (cheaper than pickling)
        kb = self._kb
        if kb is not None:
            from .kb import load_kb

            if load_kb.cache_info().currsize and kb is load_kb():
                kb = None
        tagger = self._tagger
        if tagger is not None and not isinstance(tagger, str) and type(tagger).__name__ == "CrfTagger":
            tagger = _AUTO
        return {"_kb": kb, "_tagger": tagger, "institutions": self.institutions,
                "person_patterns": self.person_patterns}

    def __setstate__(self, state: Mapping[str, Any]) -> None:
        self._kb = state["_kb"]
        self._tagger = state["_tagger"]
        self.institutions = state.get("institutions", True)
        self.person_patterns = state.get("person_patterns", True)

    def predict(self, doc: Document) -> Mapping[str, Any]:
        """``{"entities": [EntityRecord, ...]}`` for ``doc`` (offsets into ``doc.text``)."""
        return self.predict_many([doc])[0]

    def predict_many(self, docs: Sequence[Document]) -> list[Mapping[str, Any]]:
        """:meth:`predict` of each document; the tagger reads them all at once
        (:meth:`~marsad.entities.tagger.CrfTagger.find_entities_many` when it has it)."""
        kb = self.kb
        index = build_index(kb)
        tagger = self.tagger
        prepared = []
        for doc in docs:
            tokens = doc.tokens
            if not isinstance(tokens, TokenList):
                tokens = tokenize(doc.text)
            matches = _after_title(index.match(doc.text, tokens), doc.text, kb)
            if not self.institutions:  # the switch covers state institutions the KB names too
                matches = [m for m in matches if not _institution_match(m, kb)]
            # institution names by rule first: they win over a shorter overlapping tagger span
            spans: list = list(find_institutions(doc.text, tokens)) if self.institutions else []
            if spans:
                matches = _outgrown(matches, spans, doc.text, kb)
            prepared.append((tokens, matches, spans))
        tagged: list[list] = [[] for _ in docs]
        if tagger is not None:  # the layers the pipeline has: no re-tokenizing
            todo = [i for i, doc in enumerate(docs) if doc.text.strip()]
            items = [(docs[i].text, prepared[i][0], docs[i].sentences or None) for i in todo]
            many = getattr(tagger, "find_entities_many", None)
            found = many(items) if many is not None else [
                tagger.find_entities(text, tokens=tokens, sentences=sentences)
                for text, tokens, sentences in items]
            for i, doc_spans in zip(todo, found):
                tagged[i] = list(doc_spans)
        out = []
        for doc, (tokens, matches, spans), extra in zip(docs, prepared, tagged):
            spans += extra
            if self.person_patterns:  # after the tagger's spans: they only fill its gaps
                spans += find_person_names(doc.text, tokens, counts=index.counts)
            records = link_document(doc.text, tokens, doc.sentences, matches, spans, kb,
                                    dateline=doc.dateline, index=index, tagger_ran=tagger is not None)
            out.append({"entities": records})
        return out
