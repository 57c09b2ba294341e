"""The country an article is most about: its places (by their country) and nisba adjectives
(«الصينية») each count once; computed once per document view."""

from __future__ import annotations

from collections import Counter

from .lexicon import EventLexicon, stem_keys
from .view import View

__all__ = ["country_votes", "main_country"]


def country_votes(view: View, lex: EventLexicon) -> Counter[str]:
    """ISO country code -> how many place mentions and nisba adjectives of the article name it."""
    return view.memo("country_votes", lambda: _votes(view, lex))


def main_country(view: View, lex: EventLexicon) -> str | None:
    """The country the article is most about (places and nisba adjectives counted), or ``None``."""
    votes = country_votes(view, lex)
    return votes.most_common(1)[0][0] if votes else None


def _votes(view: View, lex: EventLexicon) -> Counter[str]:
    votes: Counter[str] = Counter()
    for m in view.mentions:
        code = m.record.get("country")
        if m.record.get("type") == "LOC" and code:
            votes[code] += 1
    for stem in view.stems:
        for key in stem_keys(stem):
            code = lex.nisbas.get(key) or (lex.nisbas.get(key[:-1]) if key.endswith("\u0647") else None)
            if code:
                votes[code] += 1
                break
    return votes
