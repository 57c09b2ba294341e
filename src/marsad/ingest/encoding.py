"""Bytes to text: BOMs, UTF-8, UTF-16, Windows-1256, ISO-8859-6, and clear errors for the rest.

:func:`decode_bytes` is the one entry point.  It never guesses silently on bytes that are
*almost* UTF-8 (a truncated or corrupted UTF-8 file is reported, not decoded as Windows-1256
mojibake), and it never returns text for binary data.
"""

from __future__ import annotations

import codecs
import re

from ..errors import BinaryInputError, EmptyInputError, EncodingError

__all__ = ["decode_bytes", "arabic_score", "LEGACY_ENCODINGS"]

#: Legacy single-byte Arabic encodings tried after UTF-8, as (Python codec, reported name).
LEGACY_ENCODINGS: tuple[tuple[str, str], ...] = (("cp1256", "windows-1256"), ("iso8859_6", "iso-8859-6"))

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
)

#: Well-known binary signatures, named in the error message.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "zip archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office document"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\x7fELF", "executable"),
)

# Control bytes that never occur in text (tab, LF, VT, FF, CR and ESC are allowed).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27)) + b"\x7f"
_MAX_CONTROL_SHARE = 0.02
_WS_BYTES = b" \t\r\n\x0b\x0c"

_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]")
_ARABIC_VOWEL_SIGN = re.compile(r"[\u064b-\u0652]")
_ARABIC_MARK = re.compile(r"[\u0660-\u0669\u060c\u061b\u061f\u0640]")
#: a vowel sign counts a little less than a letter, so that of two all-Arabic readings of the
#: same bytes the one made of letters wins (C1 ... ED: «ءءي» in Windows-1256, «ءءٍ» in ISO-8859-6)
VOWEL_SIGN_WEIGHT = 0.9
_BAD_CHAR = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")


def arabic_score(text: str) -> float:
    """How much ``text`` looks like Arabic: the share of its non-ASCII characters that are
    Arabic letters, marks, digits or punctuation (0.0 to 1.0; 1.0 for pure ASCII text),
    minus a penalty for control characters.  Used to choose between candidate decodings."""
    non_ascii = sum(1 for ch in text if ord(ch) > 127)
    bad = len(_BAD_CHAR.findall(text))
    if not non_ascii:
        return 1.0 - bad / max(len(text), 1)
    good = (len(_ARABIC_LETTER.findall(text)) + len(_ARABIC_MARK.findall(text))
            + VOWEL_SIGN_WEIGHT * len(_ARABIC_VOWEL_SIGN.findall(text)))
    return good / non_ascii - 5 * bad / max(len(text), 1)


def decode_bytes(data: bytes, *, source: str) -> tuple[str, str]:
    """Decode the raw bytes of one file; returns ``(text, encoding name)``.

    The text has no byte-order mark and is otherwise exactly the decoded content (line
    breaks and spacing untouched, since offsets are code-point indices into it).

    Order: BOM (UTF-8 / UTF-16 / UTF-32); UTF-16 without BOM when the byte pattern shows
    it; binary detection; strict UTF-8; then Windows-1256 / ISO-8859-6, chosen with
    ``charset_normalizer`` and checked by :func:`arabic_score`.

    Raises :class:`EmptyInputError` (no bytes, or only whitespace / a BOM),
    :class:`BinaryInputError` (NUL or control bytes not explained by UTF-16, known binary
    signatures), :class:`EncodingError` (truncated or corrupted UTF-8, bytes that are text
    in no supported encoding).  ``source`` names the file in the error.
    """
    if not data or not data.strip(_WS_BYTES):
        raise EmptyInputError("empty file", source=source)

    for bom, name, codec in _BOMS:
        if data.startswith(bom):
            if codec == "utf-8-sig":
                text = _decode_utf8(data, source=source, offset=len(bom), bom=True)
            else:
                text = _decode_strict(data[len(bom):], codec, name, source=source)
            return _check_not_empty(text, source), name + ("-sig" if codec == "utf-8-sig" else "")

    utf16 = _sniff_utf16(data)
    if utf16 is not None:
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError:
            pass
        else:
            if arabic_score(text) > 0.9 and not _BAD_CHAR.search(text):
                return _check_not_empty(text, source), utf16

    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise BinaryInputError(f"binary file ({what}), not text", source=source)
    if b"\x00" in data:
        raise BinaryInputError("binary file, not text (it contains NUL bytes)", source=source)
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if controls > _MAX_CONTROL_SHARE * len(data):
        raise BinaryInputError(
            f"binary file, not text ({controls} of {len(data)} bytes are control bytes)", source=source
        )

    if data.isascii():
        return _check_not_empty(data.decode("ascii"), source), "utf-8"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        _raise_if_broken_utf8(data, exc, source=source, offset=0)
    else:
        if arabic_score(text) >= 0.5:
            return _check_not_empty(text, source), "utf-8"
        # Valid UTF-8 but not Arabic: a short Windows-1256 text can be valid UTF-8 by chance
        # (e.g. «ت،» is CA A1, UTF-8 for «ʡ»); take a legacy decoding only if it is clearly Arabic.
        try:
            legacy, name = _decode_legacy(data, source=source)
        except EncodingError:
            legacy, name = "", ""
        if legacy and arabic_score(legacy) >= 0.9:
            return legacy, name
        return _check_not_empty(text, source), "utf-8"

    return _decode_legacy(data, source=source)


# -- helpers ---------------------------------------------------------------------------
def _check_not_empty(text: str, source: str) -> str:
    if not text.strip():
        raise EmptyInputError("empty file", source=source)
    return text


def _decode_strict(data: bytes, codec: str, name: str, *, source: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        if exc.end >= len(data) and ("end of data" in exc.reason or "truncated" in exc.reason):
            raise EncodingError(
                f"truncated {name.upper()}: file ends inside a character at byte {exc.start}",
                source=source,
            ) from None
        raise EncodingError(
            f"invalid {name.upper()} (file starts with a {name.upper()} byte-order mark): "
            f"{exc.reason} at byte {exc.start}",
            source=source,
        ) from None


def _decode_utf8(data: bytes, *, source: str, offset: int, bom: bool) -> str:
    try:
        return data[offset:].decode("utf-8")
    except UnicodeDecodeError as exc:
        _raise_if_broken_utf8(data[offset:], exc, source=source, offset=offset, bom=bom)
        raise AssertionError("unreachable")  # pragma: no cover


#: valid multi-byte UTF-8 characters needed before a cut final character means "truncated UTF-8"
_MIN_UTF8_EVIDENCE = 4


def _raise_if_broken_utf8(
    data: bytes, exc: UnicodeDecodeError, *, source: str, offset: int, bom: bool = False
) -> None:
    """Raise :class:`EncodingError` if ``data`` is UTF-8 gone wrong rather than another encoding.

    Truncated: the only error is an incomplete sequence at the very end.  Corrupted: a BOM
    says UTF-8, or nearly all non-ASCII bytes form valid UTF-8 sequences."""
    at = exc.start + offset
    before = data[: exc.start]
    if (
        exc.end >= len(data)
        and exc.reason == "unexpected end of data"
        and _is_utf8(before)
        # enough valid multi-byte characters to be evidence (b"\xd8\xa1\xc2" is «ء» + a cut
        # character in UTF-8, but also «ط،آ» in Windows-1256)
        and sum(1 for byte in before if byte >= 0xC0) >= _MIN_UTF8_EVIDENCE
        and not _legacy_wins(before.decode("utf-8"), data)
    ):
        raise EncodingError(
            f"truncated UTF-8: file ends inside a multi-byte character at byte {at}", source=source
        )
    if bom:
        raise EncodingError(
            f"invalid UTF-8 (the file starts with a UTF-8 byte-order mark): byte "
            f"0x{data[exc.start]:02x} at byte {at} is not UTF-8",
            source=source,
        )
    lenient = data.decode("utf-8", errors="replace")
    replaced = lenient.count("\ufffd")
    multibyte = sum(1 for ch in lenient if ord(ch) > 127) - replaced
    if multibyte >= 8 and multibyte >= 10 * replaced and not _legacy_wins(lenient, data):
        raise EncodingError(
            f"invalid UTF-8: byte 0x{data[exc.start]:02x} at byte {at} is not UTF-8, "
            f"though the rest of the file is ({replaced} bad byte sequence(s)); "
            "the file looks corrupted",
            source=source,
        )


def _legacy_wins(utf8_text: str, data: bytes) -> bool:
    """Whether bytes that look like (broken) UTF-8 are really Arabic in a legacy encoding:
    the UTF-8 reading is not Arabic and a Windows-1256 / ISO-8859-6 reading clearly is."""
    if arabic_score(utf8_text) >= 0.5:
        return False
    for codec, _ in LEGACY_ENCODINGS:
        try:
            if arabic_score(data.decode(codec)) >= 0.9:
                return True
        except UnicodeDecodeError:
            continue
    return False


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _sniff_utf16(data: bytes) -> str | None:
    """``utf-16-le`` / ``utf-16-be`` if the bytes look like BOM-less UTF-16, else ``None``.

    ASCII-heavy UTF-16 has NULs in every other byte; Arabic UTF-16 has 0x06 there."""
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:65536]
    even, odd = sample[0::2], sample[1::2]
    def share(part: bytes) -> float:
        return (part.count(0) + part.count(6)) / len(part)
    if share(odd) >= 0.5 and share(even) < 0.2:
        return "utf-16-le"
    if share(even) >= 0.5 and share(odd) < 0.2:
        return "utf-16-be"
    return None


def _decode_legacy(data: bytes, *, source: str) -> tuple[str, str]:
    candidates: dict[str, str] = {}
    for codec, name in LEGACY_ENCODINGS:
        try:
            candidates[name] = data.decode(codec)
        except UnicodeDecodeError:
            continue
    if not candidates:
        tried = ", ".join(["UTF-8", "UTF-16"] + [n.upper() for _, n in LEGACY_ENCODINGS])
        raise EncodingError(f"not text in any supported encoding (tried {tried})", source=source)

    guess = _charset_normalizer_guess(data)
    scored = sorted(
        candidates.items(),
        # Best Arabic score first; ties go to Windows-1256 (by far the commoner legacy Arabic
        # encoding: equal scores only happen for short, ambiguous byte strings), then to
        # charset-normalizer's pick.
        key=lambda item: (-round(arabic_score(item[1]), 3), item[0] != "windows-1256", item[0] != guess),
    )
    name, text = scored[0]
    non_ascii_share = sum(1 for ch in text if ord(ch) > 127) / len(text)
    if non_ascii_share > 0.3 and arabic_score(text) < 0.5:
        tried = ", ".join(["UTF-8", "UTF-16"] + [n.upper() for _, n in LEGACY_ENCODINGS])
        raise EncodingError(
            f"not text in any supported encoding (tried {tried}; the best, {name}, "
            "gives mostly non-Arabic symbols)",
            source=source,
        )
    return _check_not_empty(text, source), name


def _charset_normalizer_guess(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - optional at runtime, a dependency in practice
        return None
    try:
        best = from_bytes(data[:200_000], cp_isolation=[c for c, _ in LEGACY_ENCODINGS]).best()
    except Exception:  # pragma: no cover - a guess is only a tie-breaker
        return None
    if best is None:
        return None
    return {"cp1256": "windows-1256", "iso8859_6": "iso-8859-6"}.get(best.encoding)
