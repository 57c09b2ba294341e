"""Ingest: paths, formats, records, errors yielded per file / line (not raised)."""

from __future__ import annotations

import ast
import datetime as dt
import io
import json
import time
import zipfile
from pathlib import Path

import pytest

from marsad.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    InputError,
    InputNotFoundError,
    InputTooLargeError,
    MalformedRecordError,
    UnsupportedFormatError,
    UsageError,
)
from marsad.ingest import guess_title, iter_inputs, read_file
from marsad.model import Document, content_id

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
if not SEEDS.exists():  # the package ships the same seed records
    SEEDS = Path(__file__).resolve().parents[1] / "src" / "marsad" / "examples"
SEEDS_JSONL = SEEDS / "seeds.jsonl"
TXT_000 = SEEDS / "000_8a825199df394cb4.txt"
TXT_004 = SEEDS / "004_b6db9413ef99c6f9.txt"
needs_txt_seeds = pytest.mark.skipif(not TXT_004.exists(), reason="seed .txt files not available")

# Real Arabic snippets (from the seed articles).
LEAD = (
    "بيروت - دعا تنظيم الدولة الإسلامية الإثنين عناصره في شمال سوريا وشرقها إلى الثأر "
    "من الأكراد الذين باتوا يحاصرون مقاتليه في بقعة محدودة في بلدة الباغوز."
)
TITLE = "النداء الجهادي الأخير لشن غزوة الثأر من أكراد سوريا"
ARTICLE = f"{TITLE}\n\n{LEAD}\nوناشد المتحدث باسم التنظيم أبي الحسن المهاجر في تسجيل صوتي."


def docs_and_errors(items):
    items = list(items)
    return [i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, InputError)]


def write_jsonl(path: Path, records) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


# -- the seeds ---------------------------------------------------------------------------
def test_seeds_jsonl_ids_and_dates():
    docs, errors = docs_and_errors(iter_inputs([str(SEEDS_JSONL)]))
    assert errors == []
    assert [d.id for d in docs] == ["000", "004"]
    assert [d.published for d in docs] == [dt.date(2019, 3, 18), dt.date(2019, 3, 21)]
    assert docs[0].source == "wire report, Beirut dateline"
    assert docs[0].text.startswith("النداء الجهادي")
    assert docs[0].metadata["line"] == 1 and docs[1].metadata["line"] == 2
    assert docs[0].dateline is None  # ingest never detects datelines


@needs_txt_seeds
def test_seed_txt_files_have_titles_ids_and_untouched_text():
    docs, errors = docs_and_errors(iter_inputs([str(TXT_000), str(TXT_004)], source="seed"))
    assert errors == []
    assert [d.id for d in docs] == ["000_8a825199df394cb4", "004_b6db9413ef99c6f9"]
    assert docs[0].title == "النداء الجهادي الأخير لشن 'غزوة الثأر' من أكراد سوريا"
    assert docs[1].title == "بعد اقتحام «قسد» للباغوز.. داعش يكتب بالعاطفة الكاذبة رسائل الهزيمة"
    for doc, path in zip(docs, [TXT_000, TXT_004]):
        assert doc.text == path.read_text(encoding="utf-8")
        assert doc.source == "seed"
        assert doc.metadata["path"] == str(path)
        assert doc.metadata["encoding"] == "utf-8"


@needs_txt_seeds
def test_folder_is_walked_sorted():
    docs, errors = docs_and_errors(iter_inputs([str(SEEDS)]))
    assert errors == []
    assert [d.id for d in docs] == ["000_8a825199df394cb4", "004_b6db9413ef99c6f9", "000", "004"]


def test_folder_recursive_supported_only_and_glob(tmp_path):
    (tmp_path / "b" / "deep").mkdir(parents=True)
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    write_jsonl(tmp_path / "b" / "x.jsonl", [{"id": "x1", "text": LEAD}])
    write_jsonl(tmp_path / "b" / "deep" / "y.jsonl", [{"id": "y1", "text": LEAD}])
    (tmp_path / "b" / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    (tmp_path / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")

    docs, errors = docs_and_errors(iter_inputs([str(tmp_path)]))
    assert errors == []
    assert [d.id for d in docs] == ["a", "y1", "x1"]  # sorted paths: a.txt, b/deep/y, b/x

    docs, errors = docs_and_errors(iter_inputs([f"{tmp_path}/**/*.jsonl"]))
    assert errors == []
    assert [d.id for d in docs] == ["y1", "x1"]


def test_same_file_twice_is_read_once(tmp_path):
    path = write_jsonl(tmp_path / "a.jsonl", [{"id": 1, "text": LEAD}])
    docs, _ = docs_and_errors(iter_inputs([str(path), str(tmp_path), f"{tmp_path}/*.jsonl"]))
    assert [d.id for d in docs] == ["1"]


def test_missing_path_and_empty_glob_are_errors_and_the_batch_goes_on(tmp_path):
    good = write_jsonl(tmp_path / "ok.jsonl", [{"id": "ok", "text": LEAD}])
    items = list(iter_inputs([str(tmp_path / "nope.txt"), f"{tmp_path}/*.html", str(good)]))
    assert isinstance(items[0], InputNotFoundError)
    assert items[0].source == str(tmp_path / "nope.txt")
    assert "no such file" in items[0].message
    assert isinstance(items[1], InputNotFoundError) and "no files match" in items[1].message
    assert isinstance(items[2], Document) and items[2].id == "ok"


def test_iter_inputs_is_lazy(tmp_path):
    gen = iter_inputs([str(tmp_path / "missing")])
    assert iter(gen) is gen  # nothing happens until iterated
    assert isinstance(next(gen), InputNotFoundError)


def test_bad_published_option_is_a_usage_error():
    with pytest.raises(UsageError):
        list(iter_inputs([str(SEEDS_JSONL)], published="18/03/2019"))


# -- stdin ------------------------------------------------------------------------------------
def test_stdin_jsonl_text_html_and_json_array():
    jsonl = "\n".join(json.dumps({"id": f"s{i}", "text": LEAD}, ensure_ascii=False) for i in range(3))
    docs, errors = docs_and_errors(iter_inputs(["-"], stdin=io.BytesIO(("  \n" + jsonl).encode())))
    assert errors == [] and [d.id for d in docs] == ["s0", "s1", "s2"]

    docs, errors = docs_and_errors(iter_inputs(["-"], stdin=io.BytesIO(ARTICLE.encode("utf-8")), published="2019-03-18"))
    assert errors == []
    assert docs[0].text == ARTICLE and docs[0].title == TITLE
    assert docs[0].id == content_id(ARTICLE) and docs[0].published == dt.date(2019, 3, 18)
    assert docs[0].metadata["path"] == "<stdin>"

    html = f"<!DOCTYPE html><html><body><article><p>{LEAD}</p><script>alert(1)</script></article></body></html>"
    docs, errors = docs_and_errors(iter_inputs(["-"], stdin=io.BytesIO(html.encode())))
    assert errors == [] and docs[0].text == LEAD

    array = json.dumps([{"id": "a", "text": LEAD}, {"id": "b", "content": LEAD}], ensure_ascii=False)
    docs, errors = docs_and_errors(iter_inputs(["-"], stdin=io.BytesIO(array.encode())))
    assert errors == [] and [d.id for d in docs] == ["a", "b"]


def test_stdin_windows_1256_text():
    docs, errors = docs_and_errors(iter_inputs(["-"], stdin=io.BytesIO(ARTICLE.encode("cp1256"))))
    assert errors == [] and docs[0].text == ARTICLE
    assert docs[0].metadata["encoding"] == "windows-1256"


# -- txt ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, title",
    [
        (ARTICLE, TITLE),
        (f"{LEAD}\nسطر آخر", None),  # first line ends with a full stop: a sentence
        ("هل انتهى التنظيم؟\nنص المقال", None),
        (TITLE, None),  # nothing after it
        (f"{TITLE}\n\n   \n", None),
        (f"\n{TITLE}\nنص", None),  # empty first line
        (" ".join(["كلمة"] * 30) + "\nنص", None),  # too many words
        (f"{TITLE}\r\nنص المقال", TITLE),
    ],
)
def test_guess_title(text, title):
    assert guess_title(text) == title


def test_txt_keeps_bom_free_text_exactly(tmp_path):
    raw = "\ufeff" + ARTICLE.replace("\n", "\r\n") + "\n\n  "
    path = tmp_path / "bom.txt"
    path.write_bytes(raw.encode("utf-8"))
    (doc,) = read_file(path)
    assert doc.text == raw[1:]  # BOM gone, nothing else stripped or rewritten
    assert doc.metadata["encoding"] == "utf-8-sig"
    assert doc.title == TITLE


def test_unknown_extension_is_sniffed(tmp_path):
    (tmp_path / "article.dat").write_text(ARTICLE, encoding="utf-8")
    write_jsonl(tmp_path / "records.log", [{"id": "r", "text": LEAD}])
    docs, errors = docs_and_errors(iter_inputs([str(tmp_path / "article.dat"), str(tmp_path / "records.log")]))
    assert errors == [] and [d.id for d in docs] == ["article", "r"]


def test_unsupported_format_by_extension(tmp_path):
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    (err,) = iter_inputs([str(tmp_path / "report.pdf")])
    assert isinstance(err, UnsupportedFormatError) and "pdftotext" in err.message


# -- bad files ------------------------------------------------------------------------------
@pytest.mark.parametrize("content", [b"", b"   \n\r\n\t", b"\xef\xbb\xbf", b"\xef\xbb\xbf \n", b"\xff\xfe"])
def test_empty_file(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    (err,) = iter_inputs([str(path)])
    assert isinstance(err, EmptyInputError)
    assert err.source == str(path) and err.message == "empty file"


@pytest.mark.parametrize(
    "content",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        b"PK\x03\x04" + bytes(64),
        bytes(range(256)) * 8,  # NULs and control bytes
        bytes((i * 37 + 11) % 256 for i in range(5000)),  # pseudo-random
        ("x" * 50 + "\x01\x02\x03\x04\x05" * 10).encode(),  # no NUL, many control bytes
    ],
)
def test_binary_file(tmp_path, content):
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    (err,) = iter_inputs([str(path)])
    assert isinstance(err, BinaryInputError), err
    assert err.source == str(path) and "binary file" in err.message and "not text" in err.message


def test_truncated_utf8_is_an_error_not_mojibake(tmp_path):
    data = (ARTICLE + " الباغوز").encode("utf-8")[:-1]  # cut inside the last letter
    path = tmp_path / "cut.txt"
    path.write_bytes(data)
    (err,) = iter_inputs([str(path)])
    assert isinstance(err, EncodingError)
    assert err.message == f"truncated UTF-8: file ends inside a multi-byte character at byte {len(data) - 1}"
    assert err.source == str(path)


def test_corrupted_utf8_in_the_middle_is_an_error(tmp_path):
    data = ARTICLE.encode("utf-8")
    data = data[:40] + b"\xff" + data[40:]
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    (err,) = iter_inputs([str(path)])
    assert isinstance(err, EncodingError) and "invalid UTF-8" in err.message and "byte 40" in err.message


@pytest.mark.parametrize(
    "codec, name",
    [
        ("cp1256", "windows-1256"),
        ("iso8859_6", "iso-8859-6"),
        ("utf-16", "utf-16-le"),  # Python writes a little-endian BOM
        ("utf-16-be", "utf-16-be"),
        ("utf-8-sig", "utf-8-sig"),
    ],
)
def test_encoded_files_decode_to_the_exact_arabic(tmp_path, codec, name):
    data = ARTICLE.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    path = tmp_path / f"{codec}.txt"
    path.write_bytes(data)
    (doc,) = iter_inputs([str(path)])
    assert isinstance(doc, Document), doc
    assert doc.text == ARTICLE
    assert doc.metadata["encoding"] == name
    assert doc.title == TITLE


def test_too_large_txt_is_rejected_without_reading(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:  # sparse: 100 MB that never hit the disk
        handle.truncate(100_000_000)
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    start = time.perf_counter()
    err, doc = iter_inputs([str(path), str(good)])
    assert time.perf_counter() - start < 1.0
    assert isinstance(err, InputTooLargeError)
    assert "100,000,000 bytes" in err.message and "20,000,000" in err.message and "--max-bytes" in err.message
    assert isinstance(doc, Document)
    (err,) = iter_inputs([str(good)], max_bytes=100)
    assert isinstance(err, InputTooLargeError) and "limit of 100 bytes" in err.message


def test_too_large_stdin(tmp_path):
    (err,) = iter_inputs(["-"], stdin=io.BytesIO(ARTICLE.encode() * 10), max_bytes=200)
    assert isinstance(err, InputTooLargeError) and err.source == "<stdin>"


# -- JSONL ------------------------------------------------------------------------------------
def test_jsonl_malformed_lines_are_reported_and_reading_goes_on(tmp_path):
    lines = [
        json.dumps({"id": "a1", "text": LEAD, "published": "2019-03-18"}, ensure_ascii=False),
        '{"id": "broken", "text": "بيروت',  # 2: bad JSON
        "",  # 3: blank, skipped
        json.dumps([1, 2]),  # 4: not an object
        json.dumps({"id": "x", "body": LEAD}, ensure_ascii=False),  # 5: no text field
        json.dumps({"id": "x", "text": 42}),  # 6: text not a string
        json.dumps({"id": "x", "text": "   "}),  # 7: empty text
        json.dumps({"id": "x", "text": LEAD, "published": "أمس"}, ensure_ascii=False),  # 8: bad date
        json.dumps({"text": LEAD, "date": "2019-03-21T08:00:00Z", "lang": "ar"}, ensure_ascii=False),  # 9
        json.dumps({"id": 7, "content": LEAD, "source": "AFP", "url": "https://x.test/7"}, ensure_ascii=False),
    ]
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, errors = docs_and_errors(iter_inputs([str(path)], published="2020-01-01", source="default"))

    assert [d.id for d in docs] == ["a1", content_id(LEAD), "7"]
    assert [d.published for d in docs] == [dt.date(2019, 3, 18), dt.date(2019, 3, 21), dt.date(2020, 1, 1)]
    assert [d.source for d in docs] == ["default", "default", "AFP"]
    assert docs[1].metadata["lang"] == "ar" and docs[2].url == "https://x.test/7"

    assert all(isinstance(e, MalformedRecordError) and e.source == str(path) for e in errors)
    assert [e.line for e in errors] == [2, 4, 5, 6, 7, 8]
    messages = [e.message for e in errors]
    assert messages[0].startswith("bad JSON")
    assert "not a JSON object" in messages[1]
    assert "no 'text' or 'content' field" in messages[2]
    assert "not a string" in messages[3]
    assert "empty" in messages[4]
    assert "ISO date" in messages[5]
    assert str(errors[0]).startswith(f"{path}:2: ")


def test_jsonl_non_utf8_line_and_too_long_line(tmp_path):
    path = tmp_path / "x.ndjson"
    with open(path, "wb") as handle:
        handle.write(json.dumps({"id": "ok1", "text": LEAD}, ensure_ascii=False).encode() + b"\n")
        handle.write(json.dumps({"id": "cp", "text": LEAD}, ensure_ascii=False).encode("cp1256") + b"\n")
        handle.write(json.dumps({"id": "long", "text": "ب" * 5000}, ensure_ascii=False).encode() + b"\n")
        handle.write(json.dumps({"id": "ok2", "text": LEAD}, ensure_ascii=False).encode() + b"\n")
    items = list(iter_inputs([str(path)], max_bytes=2000))
    assert isinstance(items[0], Document) and items[0].id == "ok1"
    assert isinstance(items[1], EncodingError) and items[1].line == 2 and "UTF-8" in items[1].message
    assert isinstance(items[2], InputTooLargeError) and items[2].line == 3
    assert "--max-bytes" in items[2].message
    assert isinstance(items[3], Document) and items[3].id == "ok2"


def test_utf16_jsonl_is_one_clear_error(tmp_path):
    path = tmp_path / "wide.jsonl"
    path.write_bytes((json.dumps({"id": "w", "text": LEAD}, ensure_ascii=False) + "\n").encode("utf-16") * 3)
    (err,) = iter_inputs([str(path)])
    assert isinstance(err, EncodingError) and "UTF-16" in err.message


def test_jsonl_50mb_streams_with_bounded_memory(tmp_path):
    """A 50 MB JSONL file: traced Python allocations stay a tiny fraction of the file size."""
    import tracemalloc

    import psutil

    record = json.dumps({"text": ARTICLE * 12, "source": "test"}, ensure_ascii=False)
    path = tmp_path / "big.jsonl"
    target = 50_000_000
    with open(path, "w", encoding="utf-8") as handle:
        written, i = 0, 0
        while written < target:
            line = f'{{"id": "r{i}", ' + record[1:] + "\n"
            handle.write(line)
            written += len(line.encode("utf-8"))
            i += 1
    assert path.stat().st_size >= target

    process = psutil.Process()
    rss_before = process.memory_info().rss
    tracemalloc.start()
    try:
        count = 0
        for item in iter_inputs([str(path)]):
            assert isinstance(item, Document)
            count += 1
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    rss_growth = process.memory_info().rss - rss_before
    assert count == i
    print(f"50 MB JSONL: {count} records, traced peak {peak:,} bytes, RSS growth {rss_growth:,} bytes")
    assert peak < 2_000_000, f"peak traced allocation {peak:,} bytes"
    assert rss_growth < 40_000_000, f"RSS grew by {rss_growth:,} bytes"


# -- JSON and zip -----------------------------------------------------------------------------
SAUDI = [
    {"source": "aawsat", "url": "http://aawsat.com/home/article/1", "date_extracted": "2015-07-21 02:51:32",
     "title": "بريطانيا: أربعة محاور لاستراتيجية جديدة", "author": "لندن: رنيم حنوش", "content": LEAD},
    {"source": "sabq", "url": "http://sabq.org/2", "date_extracted": "2015-07-21 03:00:00",
     "title": "عنوان", "author": "سبق", "content": ""},
    {"source": "sabq", "url": "http://sabq.org/3", "date_extracted": "2015-07-21 04:00:00",
     "title": "عنوان آخر", "author": "سبق", "content": ARTICLE},
]


@pytest.mark.parametrize("max_bytes", [20_000_000, 700])  # whole file / streamed element by element
def test_json_array_saudinewsnet_shape(tmp_path, max_bytes):
    path = tmp_path / "2015-07-21.json"
    path.write_text(json.dumps(SAUDI, ensure_ascii=False, indent=4), encoding="utf-8")
    items = list(iter_inputs([str(path)], max_bytes=max_bytes))
    docs, errors = docs_and_errors(items)
    assert [d.text for d in docs] == [LEAD, ARTICLE]
    assert docs[0].id == content_id(LEAD) and docs[0].source == "aawsat"
    assert docs[0].published is None  # date_extracted is not a publication date
    assert docs[0].metadata["date_extracted"] == "2015-07-21 02:51:32"
    assert docs[0].metadata["author"] == "لندن: رنيم حنوش"
    assert docs[0].metadata["line"] == 2
    (err,) = errors
    assert isinstance(err, MalformedRecordError) and err.line == 10 and "empty" in err.message


def test_json_single_object_and_malformed_json(tmp_path):
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"id": "o", "text": LEAD}, ensure_ascii=False), encoding="utf-8")
    (doc,) = iter_inputs([str(one)])
    assert doc.id == "o"

    bad = tmp_path / "bad.json"
    bad.write_text('[\n  {"id": "a", "text": "نص"},\n  {"id": "b", "text": "نص" \n]\n', encoding="utf-8")
    doc, err = iter_inputs([str(bad)])
    assert doc.id == "a"
    assert isinstance(err, MalformedRecordError) and err.source == str(bad)
    assert err.line == 4 and "line 4, column 1" in err.message


def test_zip_members_are_read(tmp_path):
    path = tmp_path / "batch.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("2015-07-21.json", json.dumps(SAUDI, ensure_ascii=False))
        archive.writestr("more/a.txt", ARTICLE.encode("cp1256"))
        archive.writestr("records.jsonl", json.dumps({"id": "j", "text": LEAD}, ensure_ascii=False) + "\n")
        archive.writestr("picture.png", b"\x89PNG\r\n")
        archive.writestr("empty.txt", b"")
    docs, errors = docs_and_errors(iter_inputs([str(path)]))
    assert [d.text for d in docs] == [LEAD, ARTICLE, ARTICLE, LEAD]
    assert docs[2].id == "a" and docs[2].title == TITLE and docs[2].metadata["encoding"] == "windows-1256"
    assert docs[3].id == "j"
    assert [type(e) for e in errors] == [MalformedRecordError, EmptyInputError]
    assert errors[1].source == f"{path}!empty.txt"


def test_corrupt_zip(tmp_path):
    path = tmp_path / "broken.zip"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    (err,) = iter_inputs([str(path)])
    assert isinstance(err, InputError) and "zip" in err.message


CORPUS = sorted((Path(__file__).resolve().parents[2] / "shared" / "data" / "corpus" / "saudinewsnet").glob("*.zip"))


@pytest.mark.skipif(not CORPUS, reason="SaudiNewsNet corpus not available")
def test_real_saudinewsnet_zip():
    docs, errors = docs_and_errors(iter_inputs([str(CORPUS[0])]))
    assert len(docs) > 1000
    assert all(isinstance(e, MalformedRecordError) for e in errors)
    assert all("date_extracted" in d.metadata and d.published is None for d in docs)


# -- architecture -------------------------------------------------------------------------------
def test_ingest_imports_only_model_and_errors():
    folder = Path(__file__).resolve().parents[1] / "src" / "marsad" / "ingest"
    allowed_third_party = {"charset_normalizer", "selectolax"}
    for module in folder.glob("*.py"):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level == 2:
                assert node.module in {"model", "errors"}, f"{module.name} imports marsad.{node.module}"
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                top = (node.module or "").split(".")[0]
                assert top != "marsad" or node.module in {"marsad.model", "marsad.errors"}
                assert top in allowed_third_party or top == "__future__" or _is_stdlib(top), top
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    top = alias.name.split(".")[0]
                    assert top in allowed_third_party or _is_stdlib(top), top


def _is_stdlib(name: str) -> bool:
    import sys

    return name in sys.stdlib_module_names
