"""HTML ingest: main text only, never script/style text, metadata from the head."""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.errors import EmptyInputError
from marsad.ingest import extract_html, iter_inputs
from marsad.model import Document

PAGE = """<!DOCTYPE html>
<html lang="ar" dir="rtl"><head>
<meta charset="utf-8">
<title>تنظيم الدولة يدعو إلى الثأر | موقع الأخبار</title>
<meta property="og:title" content="تنظيم الدولة يدعو إلى الثأر من أكراد سوريا">
<meta property="article:published_time" content="2019-03-18T10:15:00+02:00">
<link rel="canonical" href="https://news.example/2019/03/18/baghouz">
<style>p { color: red } .secret::after { content: "STYLE-TEXT" }</script></style>
<script>var leaked = "SCRIPT-TEXT"; alert(1);</script>
</head>
<body>
<nav><a href="/">الرئيسية</a> | <a href="/world">العالم</a></nav>
<header><div class="logo">موقع الأخبار</div></header>
<aside>الأكثر قراءة: خبر جانبي</aside>
<article>
  <h1>تنظيم الدولة يدعو إلى الثأر من أكراد سوريا</h1>
  <p>بيروت - دعا تنظيم الدولة الإسلامية    الإثنين
     عناصره في شمال سوريا وشرقها إلى &quot;الثأر&quot; من الأكراد.</p>
  <script>document.write("SCRIPT-IN-ARTICLE")</script>
  <p>وناشد المتحدث باسم التنظيم <b>أبي الحسن المهاجر</b>، في تسجيل صوتي &amp; بيان.<br>سطر ثان</p>
  <img src="x.png" onerror="alert('ONERROR-TEXT')">
  <noscript>NOSCRIPT-TEXT</noscript>
  <template><p>TEMPLATE-TEXT</p></template>
  <iframe src="https://ads.example">IFRAME-TEXT</iframe>
  <svg><text>SVG-TEXT</text></svg>
  <form><button>BUTTON-TEXT</button><input value="INPUT-TEXT"></form>
  <!-- COMMENT-TEXT -->
  <ul><li>الباغوز</li><li>دير الزور</li></ul>
</article>
<footer>جميع الحقوق محفوظة</footer>
<script>alert("FOOTER-SCRIPT")</script>
</body></html>
"""

EXPECTED = (
    "تنظيم الدولة يدعو إلى الثأر من أكراد سوريا\n\n"
    "بيروت - دعا تنظيم الدولة الإسلامية الإثنين عناصره في شمال سوريا وشرقها إلى \"الثأر\" من الأكراد.\n\n"
    "وناشد المتحدث باسم التنظيم أبي الحسن المهاجر، في تسجيل صوتي & بيان.\nسطر ثان\n\n"
    "الباغوز\nدير الزور"
)


def test_html_file_main_text_title_published_url(tmp_path):
    path = tmp_path / "baghouz.html"
    path.write_text(PAGE, encoding="utf-8")
    (doc,) = iter_inputs([str(path)], published="2000-01-01")
    assert isinstance(doc, Document)
    assert doc.text == EXPECTED
    for leaked in ("SCRIPT", "STYLE", "ONERROR", "NOSCRIPT", "TEMPLATE", "IFRAME", "SVG", "BUTTON",
                   "INPUT", "COMMENT", "alert", "الرئيسية", "الأكثر قراءة", "الحقوق"):
        assert leaked not in doc.text
    assert doc.title == "تنظيم الدولة يدعو إلى الثأر من أكراد سوريا"
    assert doc.published == dt.date(2019, 3, 18)  # the page's own date wins
    assert doc.url == "https://news.example/2019/03/18/baghouz"
    assert doc.id == "baghouz"
    assert doc.metadata["format"] == "html" and doc.metadata["encoding"] == "utf-8"


def test_html_fallbacks_title_time_and_densest_block():
    html = """<html><head><title>  عنوان
    الصفحة </title></head><body>
    <div id="menu"><p>قائمة</p></div>
    <div id="story"><h1>عنوان المقال</h1><p>الفقرة الأولى من الخبر عن الباغوز.</p>
    <p>الفقرة الثانية من الخبر عن <i>قسد</i>.</p><time datetime="2019-03-21">أمس</time></div>
    </body></html>"""
    found = extract_html(html)
    assert found["title"] == "عنوان الصفحة"
    assert found["published"] == dt.date(2019, 3, 21)
    assert found["text"] == (
        "عنوان المقال\n\nالفقرة الأولى من الخبر عن الباغوز.\n\nالفقرة الثانية من الخبر عن قسد.\n\nأمس"
    )
    assert extract_html("<body><h1>عنوان أول</h1><p>نص</p></body>")["title"] == "عنوان أول"


def test_html_meta_name_date_and_main():
    html = ('<html><head><meta name="pubdate" content="2019-03-20"><meta property="og:url" '
            'content="https://x.test/1"></head><body><main><p>نص رئيسي</p></main><p>خارج</p></body></html>')
    found = extract_html(html)
    assert found["published"] == dt.date(2019, 3, 20) and found["url"] == "https://x.test/1"
    assert found["text"] == "نص رئيسي"


@pytest.mark.parametrize(
    "html",
    [
        "<p>نص <script>EVIL()",  # unclosed script eats the rest
        "<p>نص</p><script>EVIL()</script><p onclick=\"EVIL()\">",
        "<p>نص</p><img src=x onerror=\"EVIL()\"><a href=\"javascript:EVIL()\">رابط</a>",
        "<p>نص</p>" + "<div>" * 50_000 + "<script>EVIL()</script>",
        "<p>نص</p><style>EVIL{}</style><noscript><p>EVIL EVIL EVIL EVIL</p></noscript>",
        "<p>نص</p><template><p>EVIL EVIL EVIL EVIL</p></template>",
        "<p>نص</p><svg><![CDATA[EVIL]]><script>EVIL()</script></svg>",
        "<p>نص</p><iframe srcdoc=\"<p>EVIL</p>\">EVIL</iframe>",
        "<p>نص</p><script><!--<script>EVIL</script>--></script>",
        "<p>نص &lt;script&gt;</p><SCRIPT type=module>EVIL</SCRIPT><ScRiPt>EVIL</sCrIpT>",
    ],
)
def test_hostile_html_never_leaks_script_text(html):
    text = extract_html(html)["text"]
    assert "EVIL" not in text
    assert text.startswith("نص")


def test_deep_nesting_is_extracted():
    html = "<div>" * 20_000 + "<p>عميق</p>" + "</div>" * 20_000
    assert extract_html(html)["text"] == "عميق"


def test_html_without_text_is_empty_input(tmp_path):
    path = tmp_path / "blank.htm"
    path.write_text("<html><head><script>alert(1)</script></head><body><nav>قائمة</nav></body></html>")
    (err,) = iter_inputs([str(path)])
    assert isinstance(err, EmptyInputError) and err.source == str(path)


def test_html_windows_1256_meta_charset(tmp_path):
    html = '<html><head><meta charset="windows-1256"><title>عنوان</title></head><body><p>بيروت - خبر عاجل</p></body></html>'
    path = tmp_path / "legacy.html"
    path.write_bytes(html.encode("cp1256"))
    (doc,) = iter_inputs([str(path)])
    assert doc.text == "بيروت - خبر عاجل" and doc.title == "عنوان"
    assert doc.metadata["encoding"] == "cp1256"


@pytest.mark.parametrize("tag", ["div", "article", "blockquote", "ul", "template", "object", "noscript", "nav"])
def test_hostile_deep_nesting_is_fast_and_safe(tag):
    import time

    html = "<p>نص</p>" + f"<{tag}>" * 50_000 + "<script>EVIL()</script><style>EVIL</style>"
    start = time.perf_counter()
    text = extract_html(html)["text"]
    assert time.perf_counter() - start < 3.0  # lexbor alone would take seconds to minutes
    assert text.startswith("نص") and "EVIL" not in text
