"""Tests for marsad.text.normalize: folds, offset map back to the original, idempotence."""

from __future__ import annotations

import ast
import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.text import charmaps
from marsad.text.normalize import (
    NormalizedText,
    casefold_latin,
    fold_presentation_forms,
    normalize,
    normalize_alef,
    normalize_alef_maqsura,
    normalize_digits,
    normalize_for_search,
    view_table,
    normalize_ta_marbuta,
    remove_controls,
    remove_diacritics,
    remove_tatweel,
)

SEEDS = Path(__file__).resolve().parents[1] / "src" / "marsad" / "examples" / "seeds.jsonl"


def seed_texts() -> list[str]:
    return [json.loads(line)["text"] for line in SEEDS.read_text(encoding="utf-8").splitlines() if line]


def _check_map(nt: NormalizedText) -> None:
    """Every view char maps to a non-empty original slice, monotone, that produced it."""
    prev_start, prev_end = 0, 0
    for i in range(len(nt.text)):
        s, e = nt.to_original(i, i + 1)
        assert 0 <= s < e <= len(nt.original)
        assert s >= prev_start and e >= prev_end
        assert nt.text[i] in normalize(nt.original[s:e]).text
        prev_start, prev_end = s, e


# -- the single folds ---------------------------------------------------------------------------
def test_remove_diacritics_matches_undiacritized_and_keeps_marks_with_their_letter():
    nt = remove_diacritics("وناشد المتحدّث باسم التنظيم")
    assert nt.text == "وناشد المتحدث باسم التنظيم"
    start = nt.text.index("المتحدث")
    assert nt.original_span(start, start + len("المتحدث")) == (6, 14, "المتحدّث")
    # the shadda belongs to the dal it follows
    dal = nt.text.index("د", start)
    assert nt.original_span(dal, dal + 1)[2] == "دّ"


def test_span_ending_on_ta_marbuta_includes_following_damma():
    original = "الدولةُ الإسلاميةُ"
    nt = remove_diacritics(original)
    assert nt.text == "الدولة الإسلامية"
    assert nt.original_span(0, 6) == (0, 7, "الدولةُ")
    assert nt.original_span(7, 16) == (8, 18, "الإسلاميةُ")


def test_remove_tatweel():
    nt = remove_tatweel("الـدولـة")
    assert nt.text == "الدولة"
    assert nt.original_span(0, 6) == (0, 8, "الـدولـة")
    assert nt.original_span(1, 2) == (1, 3, "لـ")


def test_normalize_alef_folds_hamza_madda_wasla_but_not_waw_or_ya_seats():
    assert normalize_alef("أبو إسلام آمن ٱلله").text == "ابو اسلام امن الله"
    # ؤ and ئ are kept (documented decision)
    assert normalize_alef("مسؤول رئيس").text == "مسؤول رئيس"


def test_normalize_alef_maqsura_and_ta_marbuta():
    assert normalize_alef_maqsura("على مستوى").text == "علي مستوي"
    assert normalize_ta_marbuta("الدولة الإسلامية").text == "الدوله الإسلاميه"


def test_normalize_digits_arabic_indic_and_persian():
    nt = normalize_digits("في العام ٢٠١٩ و۲۰۱۴")
    assert nt.text == "في العام 2019 و2014"
    assert nt.aligned  # 1:1, offsets are the identity
    assert nt.original_span(9, 13) == (9, 13, "٢٠١٩")


def test_remove_controls_with_offsets():
    original = "\u202bبيروت\u202c \u200fدعا\u200e تنظيم\u200b الدولة\ufeff\u00ad\u061c"
    nt = remove_controls(original)
    assert nt.text == "بيروت دعا تنظيم الدولة"
    for word in nt.text.split():
        v = nt.text.index(word)
        s, e, piece = nt.original_span(v, v + len(word))
        assert piece.startswith(word)
        assert remove_controls(piece).text == word
    # leading controls belong to nothing: the word starts after them
    assert nt.to_original(0, 5) == (1, 7)


def test_fold_presentation_forms_letters_and_lam_alef_expansion():
    # ﺑﻐﺪاﺩ ... build a word from contextual forms with unicodedata
    forms = _presentation_map()
    word = "بغداد"
    pf = "".join(forms[ch] for ch in word)
    assert all(0xFE70 <= ord(ch) <= 0xFEFF for ch in pf)
    nt = fold_presentation_forms(pf)
    assert nt.text == word
    assert nt.aligned

    nt = fold_presentation_forms("\ufefb ﷲ")  # ﻻ (lam-alef ligature), ﷲ
    assert nt.text == "لا الله"
    assert nt.to_original(0, 1) == (0, 1)
    assert nt.to_original(1, 2) == (0, 1)  # both view chars map to the one ligature
    assert nt.to_original(0, 2) == (0, 1)
    assert nt.original_span(3, 7) == (2, 3, "ﷲ")


def test_casefold_latin_only():
    nt = casefold_latin("ISIS داعش Straße")
    assert nt.text == "isis داعش strasse"
    s = nt.text.index("strasse")
    assert nt.original_span(s, s + 7)[2] == "Straße"


def _presentation_map() -> dict[str, str]:
    """Arabic letter -> its isolated or initial presentation form (from the Unicode database)."""
    out: dict[str, str] = {}
    for cp in range(0xFE70, 0xFF00):
        dec = unicodedata.decomposition(chr(cp)).split()
        if len(dec) == 2 and dec[0] in ("<isolated>", "<initial>", "<medial>", "<final>"):
            base = chr(int(dec[1], 16))
            out.setdefault(base, chr(cp))
    return out


# -- normalize / normalize_for_search -----------------------------------------------------------
def test_normalize_for_search_folds_spelling_variants_together():
    assert normalize_for_search("الدولة الاسلامية") == normalize_for_search("الدولة الإسلامية")
    assert normalize_for_search("المتحدّث") == normalize_for_search("المتحدث")
    assert normalize_for_search("الـدولـة") == normalize_for_search("الدولة")
    assert normalize_for_search("٢٠١٩") == "2019"
    assert normalize_for_search("ISIS") == "isis"
    assert normalize_for_search("مستشفى") == normalize_for_search("مستشفي")
    assert normalize_for_search("أبو الحسن المهاجر") == "ابو الحسن المهاجر"


def test_normalize_options_can_be_turned_off():
    text = "أَعلنَ الـدولة ٢٠١٩ على"
    assert normalize(text, diacritics=False).text == "اَعلنَ الدوله 2019 علي"
    assert normalize(text, alef=False, tatweel=False).text == "أعلن الـدوله 2019 علي"
    assert normalize(text, digits=False, alef_maqsura=False, ta_marbuta=False).text == (
        "اعلن الدولة ٢٠١٩ على"
    )
    assert normalize("ISIS").text == "ISIS"
    assert normalize("ISIS", casefold=True).text == "isis"
    plain = normalize(text, presentation_forms=False, diacritics=False, tatweel=False, alef=False,
                      alef_maqsura=False, ta_marbuta=False, digits=False, controls=False)
    assert plain.text == text and plain.aligned


def test_normalize_on_seed_articles_offsets_and_search_view():
    for text in seed_texts():
        nt = normalize(text)
        assert nt.original == text
        assert not any(ord(ch) in charmaps.DIACRITICS for ch in nt.text)
        assert "\u0640" not in nt.text
        _check_map(nt)
        # words of the view map back to original slices that normalize to the same word
        pos = 0
        for word in nt.text.split():
            v = nt.text.index(word, pos)
            pos = v + len(word)
            s, e, piece = nt.original_span(v, v + len(word))
            assert text[s:e] == piece
            assert normalize(piece).text == word
        # the whole view maps to the whole text
        assert nt.to_original(0, len(nt.text)) == (0, len(text))


def test_seed_quote_with_shadda_maps_back():
    text = seed_texts()[0]
    nt = normalize(text)
    s = text.index("بالمفخّخات")
    vs, ve = nt.to_view(s, s + len("بالمفخّخات"))
    assert nt.text[vs:ve] == "بالمفخخات"
    assert nt.original_span(vs, ve) == (s, s + len("بالمفخّخات"), "بالمفخّخات")


def test_empty_spans_and_bounds():
    nt = normalize("َالدولةُ")  # leading fatha: deleted, belongs to no kept char
    assert nt.text == "الدوله"
    assert nt.to_original(0, 0) == (1, 1)
    assert nt.to_original(3, 3) == (4, 4)
    assert nt.to_original(6, 6) == (8, 8)
    assert nt.to_original(0, 6) == (1, 8)
    with pytest.raises(IndexError):
        nt.to_original(0, 7)
    with pytest.raises(IndexError):
        nt.to_original(3, 2)
    assert normalize("").text == "" and normalize("").to_original(0, 0) == (0, 0)
    with pytest.raises(TypeError):
        normalize(b"bytes")  # type: ignore[arg-type]


def test_to_view_inverts_to_original():
    text = "وأكّد المتحدّث أنّ ﻻ"
    nt = normalize(text)
    s = text.index("المتحدّث")
    vs, ve = nt.to_view(s, s + len("المتحدّث"))
    assert nt.text[vs:ve] == "المتحدث"
    assert nt.to_original(vs, ve) == (s, s + len("المتحدّث"))
    assert nt.text[slice(*nt.to_view(len(text) - 1, len(text)))] == "لا"


def test_text_layer_modules_import_nothing_else_of_marsad():
    root = Path(__file__).resolve().parents[1] / "src" / "marsad" / "text"
    for name in ("normalize.py", "tokenize.py", "charmaps.py", "cache.py"):
        tree = ast.parse((root / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                if node.level == 0:
                    assert not (node.module or "").startswith("marsad"), (name, node.module)
                else:
                    assert node.level == 1 and node.module in {"normalize", "charmaps", "cache", None}, name
            elif isinstance(node, ast.Import):
                assert not any(a.name.startswith("marsad") for a in node.names), name


# -- properties -----------------------------------------------------------------------------------
_ALPHABET = (
    [chr(c) for c in range(0x0621, 0x064B)]          # Arabic letters (and tatweel)
    + [chr(c) for c in range(0x064B, 0x0653)]        # diacritics
    + ["\u0640", "\u0670", "\u0671", "\u06cc"]
    + [chr(c) for c in range(0xFB50, 0xFB60)]        # presentation forms A (Persian letters)
    + [chr(c) for c in range(0xFC5E, 0xFC64)]        # ligatures of diacritics with a space
    + ["\ufdf2", "\ufdfa", "\ufefb", "\ufef5"]       # ﷲ ﷺ ﻻ ﻵ
    + [chr(c) for c in range(0xFE70, 0xFF00)]        # presentation forms B, incl. BOM
    + list("abcXYZß0129٠٣٩۴ \n.،«»\"'")
    + ["\u200b", "\u200c", "\u200f", "\u202b", "\u202c", "\u2067", "\u2069", "\u00ad", "\u061c"]
)
arabic_text = st.text(alphabet=st.sampled_from(_ALPHABET), max_size=60)


@settings(max_examples=300, deadline=None)
@given(arabic_text)
def test_property_offsets_are_monotone_slices_of_the_original(text):
    nt = normalize(text, casefold=True)
    n = len(nt.text)
    prev_s = prev_e = 0
    for i in range(n + 1):
        s, e = nt.to_original(i, i)
        assert s == e and 0 <= s <= len(text)
        if i < n:
            s1, e1 = nt.to_original(i, i + 1)
            assert 0 <= s1 < e1 <= len(text)
            assert s1 >= prev_s and e1 >= prev_e  # monotone
            assert s1 == s
            prev_s, prev_e = s1, e1
    for i in range(n):
        for j in range(i + 1, min(n, i + 6) + 1):
            s, e, piece = nt.original_span(i, j)
            assert text[s:e] == piece
            assert s == nt.to_original(i, i + 1)[0]
            assert e == nt.to_original(j - 1, j)[1]
            # every view char of the span comes from inside the original span
            assert nt.text[i:j] in normalize(piece, casefold=True).text
    if n:
        assert nt.to_original(0, n)[1] == len(text)


@settings(max_examples=300, deadline=None)
@given(arabic_text)
def test_property_normalize_is_idempotent(text):
    once = normalize(text).text
    assert normalize(once).text == once
    assert normalize(once).aligned
    searched = normalize_for_search(text)
    assert normalize_for_search(searched) == searched
    assert searched == normalize(text, casefold=True).text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40),
       st.booleans(), st.booleans(), st.booleans())
def test_view_table_gives_the_view_of_normalize(text, alef, maqsura, teh):
    folds = {"alef": alef, "alef_maqsura": maqsura, "ta_marbuta": teh}
    assert text.translate(view_table(**folds)) == normalize(text, **folds).text


def test_view_table_rejects_unknown_folds():
    with pytest.raises(TypeError):
        view_table(hamza=True)
