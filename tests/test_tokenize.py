"""Tests for marsad.text.tokenize: orthographic words, clitic splitting, offsets into the original."""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.text import tokenize as tk
from marsad.text.normalize import normalize_for_search
from marsad.text.tokenize import Token, segment_word, tokenize, words

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "src" / "marsad" / "examples" / "seeds.jsonl"


def seed_texts() -> list[str]:
    return [json.loads(line)["text"] for line in SEEDS.read_text(encoding="utf-8").splitlines() if line]


def pieces(word: str) -> list[tuple[str, str]]:
    return [(word[s:e], kind) for s, e, kind in segment_word(word)]


def check_tokens(text: str, tokens: list[Token]) -> None:
    prev_end = 0
    for t in tokens:
        assert text[t.start:t.end] == t.text
        assert t.start >= prev_end and t.end > t.start
        assert t.norm == normalize_for_search(t.text)
        prev_end = t.end


# -- clitic segmentation ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("وبالمفخخات", [("و", "proclitic"), ("ب", "proclitic"), ("ال", "article"), ("مفخخات", "word")]),
        ("للعراق", [("ل", "proclitic"), ("ل", "article"), ("عراق", "word")]),
        ("بالموصل", [("ب", "proclitic"), ("ال", "article"), ("موصل", "word")]),
        ("والأكراد", [("و", "proclitic"), ("ال", "article"), ("أكراد", "word")]),
        ("فارقبوها", [("ف", "proclitic"), ("ارقبوها", "word")]),
        ("الدولة", [("ال", "article"), ("دولة", "word")]),
        ("بالقذائف", [("ب", "proclitic"), ("ال", "article"), ("قذائف", "word")]),
        ("وقال", [("و", "proclitic"), ("قال", "word")]),
        ("والتي", [("و", "proclitic"), ("التي", "word")]),
        ("وكتاب", [("و", "proclitic"), ("كتاب", "word")]),
        ("لليبيا", [("ل", "proclitic"), ("ليبيا", "word")]),
        ("سيتم", [("س", "proclitic"), ("يتم", "word")]),
        ("بقيادة", [("ب", "proclitic"), ("قيادة", "word")]),
        ("وكان", [("و", "proclitic"), ("كان", "word")]),
        ("بالله", [("ب", "proclitic"), ("الله", "word")]),
    ],
)
def test_segment_word_splits_proclitics_and_article(word, expected):
    assert pieces(word) == expected


@pytest.mark.parametrize(
    "word",
    ["سيطرة", "بلدة", "كتاب", "والي", "فيلم", "لبنان", "بغداد", "سوريا", "ولاية", "فلسطين",
     "الله", "الذي", "كانت", "بحث", "بطاقة", "وحدة", "فساد", "ألمانيا", "المانيا", "الغام",
     "بالغ", "والد", "سيد", "لله", "وزير", "بيان"],
)
def test_segment_word_keeps_words_without_clitics_whole(word):
    assert pieces(word) == [(word, "word")]


def test_segment_word_with_diacritics_tatweel_and_presentation_forms():
    assert pieces("وبالمفخّخات") == [
        ("و", "proclitic"), ("ب", "proclitic"), ("ال", "article"), ("مفخّخات", "word")]
    assert pieces("وَالدَّوْلَةُ") == [("وَ", "proclitic"), ("ال", "article"), ("دَّوْلَةُ", "word")]
    assert pieces("الـدولـة") == [("الـ", "article"), ("دولـة", "word")]
    pf = "\ufeed\ufe8e\ufedf\ufea9\ufeed\ufedf\ufe94"  # والدولة in presentation forms
    assert unicodedata.normalize("NFKC", pf) == "والدولة"
    assert [k for _, k in pieces(pf)] == ["proclitic", "article", "word"]
    assert "".join(p for p, _ in pieces(pf)) == pf
    # a diacritic before the first letter belongs to the first piece
    assert segment_word("\u064eوالدولة")[0] == (0, 2, "proclitic")


def test_segment_word_pieces_are_contiguous_and_cover_the_word():
    for text in seed_texts():
        for tok in words(text):
            segs = segment_word(tok.text)
            assert segs[0][0] == 0 and segs[-1][1] == len(tok.text)
            for (_, e, _), (s, _, _) in zip(segs, segs[1:]):
                assert e == s


def test_clitic_data_files_are_compact_word_statistics():
    data = ROOT / "src" / "marsad" / "text" / "data"
    lex_path = data / "clitic_lexicon.json"
    assert lex_path.stat().st_size < 5_000_000
    lex = json.loads(lex_path.read_text(encoding="utf-8"))
    counts = lex["counts"]
    assert len(counts) > 50_000
    assert min(counts.values()) >= lex["min_count"]
    assert all(" " not in w for w in list(counts)[:5000])  # word types, not text
    assert counts["العراق"] > counts.get("لعراق", 0)
    exc = json.loads((data / "clitic_exceptions.json").read_text(encoding="utf-8"))
    assert "الله" in exc["no_article"] and "كان" in exc["no_proclitic"]


def test_without_lexicon_only_the_fallback_rules_apply(monkeypatch):
    monkeypatch.setattr(tk, "_lexicon", lambda: {})
    tk._analyse.cache_clear()
    tk._segment.cache_clear()
    tk._pieces.cache_clear()
    try:
        assert pieces("وبالمفخخات") == [
            ("و", "proclitic"), ("ب", "proclitic"), ("ال", "article"), ("مفخخات", "word")]
        assert pieces("سيطرة") == [("سيطرة", "word")]
        assert pieces("كتاب") == [("كتاب", "word")]
    finally:
        tk._analyse.cache_clear()
        tk._segment.cache_clear()
        tk._pieces.cache_clear()


# -- words and tokens -------------------------------------------------------------------------------
def test_words_kinds_punctuation_numbers_latin():
    text = "قال «المهاجر»: \"اثأروا\" 'غزوة'، ما؟ نعم! (بيروت) أيلول/سبتمبر - ٢٠١٩ و3.5 ISIS؛ 20%"
    toks = words(text)
    check_tokens(text, toks)
    got = [(t.text, t.kind) for t in toks]
    assert got == [
        ("قال", "word"), ("«", "punct"), ("المهاجر", "word"), ("»", "punct"), (":", "punct"),
        ('"', "punct"), ("اثأروا", "word"), ('"', "punct"), ("'", "punct"), ("غزوة", "word"),
        ("'", "punct"), ("،", "punct"), ("ما", "word"), ("؟", "punct"), ("نعم", "word"),
        ("!", "punct"), ("(", "punct"), ("بيروت", "word"), (")", "punct"), ("أيلول", "word"),
        ("/", "punct"), ("سبتمبر", "word"), ("-", "punct"), ("٢٠١٩", "number"), ("و", "word"),
        ("3.5", "number"), ("ISIS", "latin"), ("؛", "punct"), ("20", "number"), ("%", "punct"),
    ]
    assert [t.word for t in toks] == list(range(len(toks)))
    assert toks[23].norm == "2019"
    assert toks[26].norm == "isis"


def test_words_symbols_and_merged_ligature():
    toks = words("محمد ﷺ قال $5")
    assert [(t.text, t.kind) for t in toks] == [
        ("محمد", "word"), ("ﷺ", "word"), ("قال", "word"), ("$", "symbol"), ("5", "number")]
    assert toks[1].norm == normalize_for_search("ﷺ")


def test_tokenize_splits_clitics_and_keeps_word_index():
    text = "وأغيروا عليهم بالمفخّخات للعراق."
    toks = tokenize(text)
    check_tokens(text, toks)
    got = [(t.text, t.kind, t.word) for t in toks]
    assert got == [
        ("و", "proclitic", 0), ("أغيروا", "word", 0), ("عليهم", "word", 1),
        ("ب", "proclitic", 2), ("ال", "article", 2), ("مفخّخات", "word", 2),
        ("ل", "proclitic", 3), ("ل", "article", 3), ("عراق", "word", 3), (".", "punct", 4),
    ]
    assert [t.norm for t in toks if t.word == 2] == ["ب", "ال", "مفخخات"]


def test_tokens_with_tatweel_diacritics_and_controls_keep_offsets():
    text = "دعا تنظيم الـدولـة\u200f الإسلاميّة \u202bالإثنين\u202c"
    toks = tokenize(text)
    check_tokens(text, toks)
    assert [t.norm for t in toks] == ["دعا", "تنظيم", "ال", "دوله", "ال", "اسلاميه", "ال", "اثنين"]
    assert toks[3].text == "دولـة\u200f"  # the control after the word belongs to it


def test_tokens_on_seed_articles():
    norms: set[str] = set()
    for text in seed_texts():
        toks = tokenize(text)
        check_tokens(text, toks)
        ws = words(text)
        check_tokens(text, ws)
        # pieces of one word tile exactly that word
        for w in ws:
            parts = [t for t in toks if t.word == w.word]
            assert parts[0].start == w.start and parts[-1].end == w.end
            assert "".join(p.text for p in parts) == w.text
        norms.update(t.norm for t in toks)
    assert {"مفخخات", "باغوز", "مهاجر", "عبوات", "قناصين"} <= norms


def test_token_is_a_frozen_dataclass():
    tok = Token(0, 3, "قال", "word", 0, "قال")
    assert dataclasses.is_dataclass(tok)
    assert tok == Token(start=0, end=3, text="قال", kind="word", word=0, norm="قال")
    with pytest.raises(dataclasses.FrozenInstanceError):
        tok.start = 1  # type: ignore[misc]
    assert dataclasses.asdict(tok)["kind"] == "word"


def test_empty_and_blank_text():
    assert tokenize("") == [] and words("") == []
    assert tokenize(" \n\t\u200f ") == []


# -- the lexicon builder ------------------------------------------------------------------------
def test_build_clitic_lexicon_is_deterministic(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    articles = [
        {"title": "العراق", "content": "في العراق والعراق وبالعراق العراق بغداد بغداد بغداد"},
        {"title": "", "content": "العراق بغداد ٢٠١٩"},
    ]
    with zipfile.ZipFile(corpus / "2015-01-01.zip", "w") as zf:
        zf.writestr("2015-01-01.json", json.dumps(articles, ensure_ascii=False))
    outs = []
    for name in ("a.json", "b.json"):
        out = tmp_path / name
        subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "build_clitic_lexicon.py"),
             "--corpus", str(corpus), "--min-count", "2", "--out", str(out)],
            check=True, capture_output=True,
        )
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    data = json.loads(outs[0])
    assert data["counts"] == {"العراق": 4, "بغداد": 4}
    assert data["articles"] == 2


# -- properties -----------------------------------------------------------------------------------
_ALPHABET = (
    list("وفبكلسالدولةمفخخاتعراقيطرنه")
    + [chr(c) for c in range(0x0621, 0x064B)]
    + [chr(c) for c in range(0x064B, 0x0653)] + ["\u0640", "\u0670"]
    + [chr(c) for c in range(0xFB50, 0xFB60)] + ["\ufdf2", "\ufdfa", "\ufefb", "\ufef5"]
    + [chr(c) for c in range(0xFE70, 0xFF00, 3)]
    + list("abcXYZ0129٠٣٩۴  \n.،«»\"'()/-!؟%$")
    + ["\u200b", "\u200c", "\u200f", "\u202b", "\u202c", "\u2067", "\ufeff", "\u00ad"]
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(_ALPHABET), max_size=80))
def test_property_tokens_are_slices_of_the_original(text):
    toks = tokenize(text)
    ws = words(text)
    check_tokens(text, toks)
    check_tokens(text, ws)
    assert {t.word for t in toks} == set(range(len(ws)))
    for w in ws:
        if w.kind == "word":
            assert "".join(text[s + w.start:e + w.start] for s, e, _ in segment_word(w.text)) == w.text


def test_builder_script_imports():
    spec = importlib.util.spec_from_file_location("bcl", ROOT / "scripts" / "build_clitic_lexicon.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert callable(mod.main)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="وفبكلسالأإآةىيتنمرعقدخحجهصضطظزشغثذءئؤ\u064e\u0650\u0651\u0640ﻵ", min_size=1, max_size=9))
def test_word_pieces_are_segment_word(word):
    """The tokenizer's cached pieces of a word (what the tagger's features read) are
    segment_word's: the same offsets and kinds, the norms in search normalization."""
    from marsad.text.normalize import normalize_for_search
    from marsad.text.tokenize import word_pieces

    segs = segment_word(word)
    pieces = word_pieces(word)
    if pieces is None:
        assert len(segs) == 1
        return
    starts, ends, texts, kinds, norms = pieces
    assert list(zip(starts, ends, kinds)) == segs
    assert list(texts) == [word[s:e] for s, e, _ in segs]
    assert list(norms) == [normalize_for_search(word[s:e]) for s, e, _ in segs]
