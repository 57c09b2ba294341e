"""decode_bytes: every supported encoding gives back the exact Arabic text; bad bytes raise
an InputError subclass and nothing else."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from marsad.errors import BinaryInputError, EmptyInputError, EncodingError, InputError
from marsad.ingest import encoding
from marsad.ingest.encoding import arabic_score, decode_bytes

# A paragraph of seed 000, encodable in both Windows-1256 and ISO-8859-6.
PARAGRAPH = (
    "بيروت - دعا تنظيم الدولة الإسلامية الإثنين عناصره في شمال سوريا وشرقها إلى \"الثأر\" "
    "من الأكراد الذين باتوا يحاصرون مقاتليه في بقعة محدودة في بلدة الباغوز ويقتربون من "
    "إعلان انتهاء \"الخلافة\".\nوناشد المتحدث باسم التنظيم أبي الحسن المهاجر، في تسجيل صوتي."
)
# Seed 004 style, with characters only Windows-1256 has (guillemets).
PARAGRAPH_1256 = "أعلنت «قوات سوريا الديمقراطية» المعروفة اختصارًا بـ«قسد» سيطرتها على منطقة الباغوز."


@pytest.mark.parametrize(
    "text, codec, name",
    [
        (PARAGRAPH, "utf-8", "utf-8"),
        (PARAGRAPH, "utf-8-sig", "utf-8-sig"),
        (PARAGRAPH, "utf-16", "utf-16-le"),
        (PARAGRAPH, "utf-16-le", "utf-16-le"),  # no BOM: detected by the byte pattern
        (PARAGRAPH, "utf-16-be", "utf-16-be"),
        (PARAGRAPH, "utf-32", "utf-32-le"),
        (PARAGRAPH, "cp1256", "windows-1256"),
        (PARAGRAPH, "iso8859_6", "iso-8859-6"),
        (PARAGRAPH_1256, "cp1256", "windows-1256"),
        ("Beirut (AFP) - a plain ASCII line.\n", "utf-16-le", "utf-16-le"),  # NUL pattern
    ],
)
def test_round_trip(text, codec, name):
    assert decode_bytes(text.encode(codec), source="t") == (text, name)


@pytest.mark.parametrize("codec, name", [("cp1256", "windows-1256"), ("iso8859_6", "iso-8859-6")])
@pytest.mark.parametrize("wrong_guess", [None, "windows-1256", "iso-8859-6"])
def test_arabic_score_overrides_a_wrong_charset_normalizer_guess(monkeypatch, codec, name, wrong_guess):
    monkeypatch.setattr(encoding, "_charset_normalizer_guess", lambda data: wrong_guess)
    for text in (PARAGRAPH, PARAGRAPH.split("\n")[1], "الباغوز"):
        assert decode_bytes(text.encode(codec), source="t") == (text, name)


def test_arabic_score_prefers_the_right_decoding():
    data = PARAGRAPH.encode("iso8859_6")
    right, wrong = data.decode("iso8859_6"), data.decode("cp1256")
    assert arabic_score(right) == 1.0
    assert arabic_score(wrong) < 0.9
    assert arabic_score("plain ascii") == 1.0


def test_truncated_utf8():
    data = PARAGRAPH.encode("utf-8") + "ب".encode("utf-8")[:1]
    with pytest.raises(EncodingError, match=f"truncated UTF-8: file ends inside a multi-byte character at byte {len(data) - 1}"):
        decode_bytes(data, source="t")
    with pytest.raises(EncodingError, match="truncated UTF-8"):  # with a BOM too
        decode_bytes(b"\xef\xbb\xbf" + data, source="t")


def test_truncated_utf16():
    with pytest.raises(EncodingError, match="truncated UTF-16"):
        decode_bytes(PARAGRAPH.encode("utf-16")[:-1], source="t")


def test_errors_name_the_source():
    with pytest.raises(EmptyInputError) as info:
        decode_bytes(b"", source="a/b.txt")
    assert str(info.value) == "a/b.txt: empty file"
    with pytest.raises(BinaryInputError, match="PNG image"):
        decode_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, source="x.txt")


def test_random_high_bytes_are_not_text():
    data = bytes(range(0x80, 0x100)) * 4  # no controls, no NUL; nonsense in every encoding
    with pytest.raises(InputError):
        decode_bytes(data, source="t")


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_give_text_or_an_input_error(data):
    try:
        text, name = decode_bytes(data, source="fuzz")
    except InputError:
        return
    assert isinstance(text, str) and text.strip()
    assert isinstance(name, str)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهوي ءآأإئؤة\n،.")), min_size=1))
@example("آ")  # C2 in Windows-1256: a lone UTF-8 lead byte, yet not truncated UTF-8
@example("ت،")  # CA A1: valid UTF-8 for «ʡ», but only Windows-1256 makes it Arabic
@example("ءءءءءءءءءءءءءءءءءءءءءءءي")  # C1 x 23 + ED: ISO-8859-6 reads ED as a vowel sign (kasratan)
@example("ط،آ")  # D8 A1 C2: «ء» + a cut character in UTF-8, too little to call it truncated UTF-8
def test_arabic_text_round_trips_in_utf8_and_cp1256(text):
    if not text.strip():
        return
    assert decode_bytes(text.encode("utf-8"), source="t")[0] == text
    assert decode_bytes(text.encode("utf-16"), source="t")[0] == text
    legacy = text.encode("cp1256")
    try:
        legacy.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:  # e.g. «ط،» is D8 A1 in Windows-1256, which is also UTF-8 for «ء»: UTF-8 wins
        return
    assert decode_bytes(legacy, source="t")[0] == text
