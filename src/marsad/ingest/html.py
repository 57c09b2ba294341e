"""HTML articles: the main text extracted with selectolax (lexbor), never script or style text.

``Document.text`` is the *extracted* text (all offsets are code-point indices into it, not
into the HTML): paragraphs separated by a blank line, other block breaks by a line break,
whitespace collapsed within lines.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..errors import EmptyInputError, UsageError
from ..model import Document, content_id, parse_date
from .encoding import decode_bytes

__all__ = ["extract_html", "html_document", "looks_like_html"]

#: Elements whose content is never article text.
DROP_TAGS = (
    "script", "style", "noscript", "template", "iframe", "svg", "math", "nav", "header",
    "footer", "aside", "form", "button", "object", "embed", "canvas", "select", "textarea",
    "head", "title", "video", "audio", "picture", "map",
)
_DROP = frozenset(DROP_TAGS)
#: Blocks that end a paragraph (blank line) and blocks that end a line.
_PARAGRAPH = frozenset(
    "p h1 h2 h3 h4 h5 h6 blockquote pre ul ol dl table section article main figure address hr".split()
)
_LINE = frozenset("div li tr br dt dd figcaption caption td th center".split())
_PUBLISHED_META = (
    ("property", "article:published_time"),
    ("name", "article:published_time"),
    ("itemprop", "datePublished"),
    ("name", "date"),
    ("name", "pubdate"),
    ("name", "publish-date"),
    ("name", "publish_date"),
    ("name", "dc.date"),
    ("name", "DC.date.issued"),
)
_SPACE = re.compile(r"\s+")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HTML_START = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|article|div|p)\b", re.I | re.S
)

_BREAK_LINE, _BREAK_PARAGRAPH = 1, 2


def looks_like_html(data: bytes) -> bool:
    """Whether raw bytes (or their start) look like an HTML document."""
    head = data[:4096].lstrip(codecs.BOM_UTF8)
    return bool(_HTML_START.match(head)) or b"<html" in head.lower()


def _collapse(value: str | None) -> str | None:
    if value is None:
        return None
    value = _SPACE.sub(" ", value).strip()
    return value or None


def _meta(parser: LexborHTMLParser, attr: str, value: str) -> str | None:
    wanted = value.lower()
    for node in parser.css(f"meta[{attr}]"):
        if (node.attributes.get(attr) or "").lower() == wanted:
            content = _collapse(node.attributes.get("content"))
            if content:
                return content
    return None


def _main_node(parser: LexborHTMLParser) -> LexborNode | None:
    articles = parser.css("article")
    if articles:
        return max(articles, key=lambda n: len(n.text(deep=True, strip=True)))
    main = parser.css_first("main") or parser.css_first("[role=main]")
    if main is not None:
        return main
    weights: dict[int, tuple[int, LexborNode]] = {}
    for p in parser.css("p"):
        parent = p.parent
        if parent is None:
            continue
        key = parent.mem_id
        size = len(p.text(deep=True, strip=True))
        old = weights.get(key, (0, parent))[0]
        weights[key] = (old + size, parent)
    if weights:
        best_weight, best = max(weights.values(), key=lambda item: item[0])
        if best_weight > 0:
            return best
    return parser.body or parser.root


def _render(root: LexborNode) -> str:
    """Text of ``root``: iterative walk (deep nesting is safe), dropped tags skipped."""
    pieces: list[str | int] = []
    stack: list[tuple[LexborNode, bool]] = [(root, False)]
    while stack:
        node, leaving = stack.pop()
        tag = node.tag or ""
        if leaving:
            pieces.append(_BREAK_PARAGRAPH if tag in _PARAGRAPH else _BREAK_LINE)
            continue
        if tag == "-text":
            pieces.append(node.text_content or "")
            continue
        if tag.startswith("-") or tag in _DROP:  # comments, doctype, dropped elements
            continue
        attrs = node.attributes
        if "hidden" in attrs or (attrs.get("aria-hidden") or "").lower() == "true":
            continue
        block = tag in _PARAGRAPH or tag in _LINE
        if tag == "br":
            pieces.append(_BREAK_LINE)
            continue
        if block:
            pieces.append(_BREAK_PARAGRAPH if tag in _PARAGRAPH else _BREAK_LINE)
            stack.append((node, True))
        children = []
        child = node.child
        while child is not None:
            children.append(child)
            child = child.next
        stack.extend((c, False) for c in reversed(children))

    paragraphs: list[str] = []
    lines: list[str] = []
    current: list[str] = []

    def end_line() -> None:
        line = _SPACE.sub(" ", "".join(current)).strip()
        current.clear()
        if line:
            lines.append(line)

    def end_paragraph() -> None:
        end_line()
        if lines:
            paragraphs.append("\n".join(lines))
            lines.clear()

    for piece in pieces:
        if piece == _BREAK_PARAGRAPH:
            end_paragraph()
        elif piece == _BREAK_LINE:
            end_line()
        else:
            current.append(piece)  # type: ignore[arg-type]
    end_paragraph()
    return "\n\n".join(paragraphs)


_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)[^>]*>")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# Elements whose content must stay hidden (raw text, templates, embedded documents), and the
# few that cannot nest; everything else is flattened.
_KEEP_WHEN_FLATTENING = frozenset(
    "script style noscript template iframe svg math textarea title head xmp plaintext noembed "
    "noframes object embed select html body p br h1 h2 h3 h4 h5 h6".split()
)
_INLINE = frozenset("a abbr b bdi bdo cite code em font i kbd mark q s small span strong sub sup u".split())
#: Deeper than this, the parser (lexbor) slows down quadratically: the page is flattened.
MAX_NESTING = 1000


def _nesting_depth(html: str) -> int:
    depth = deepest = 0
    for match in _TAG.finditer(html):
        name = match.group(2).lower()
        if name in _VOID:
            continue
        if match.group(1):
            depth = max(depth - 1, 0)
        else:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def _flatten(html: str) -> str:
    """Replace container tags by line breaks (inline tags by nothing), keeping script, style
    and the other dropped elements intact so that their content is still dropped."""

    def repl(match: re.Match[str]) -> str:
        name = match.group(2).lower()
        if name in _KEEP_WHEN_FLATTENING:
            return match.group(0)
        return "" if name in _INLINE else "<br>"

    return _TAG.sub(repl, html)


def extract_html(html: str) -> dict[str, Any]:
    """Main text and metadata of an HTML page: ``{"text", "title", "published", "url",
    "published_raw"}``.  ``text`` never contains script, style or other dropped content.

    Pages nested more than :data:`MAX_NESTING` elements deep are flattened first (container
    tags become line breaks), which keeps parsing linear on hostile input."""
    if _nesting_depth(html) > MAX_NESTING:
        html = _flatten(html)
    parser = LexborHTMLParser(html)
    title = (
        _meta(parser, "property", "og:title")
        or _meta(parser, "name", "og:title")
        or _collapse(parser.css_first("title").text() if parser.css_first("title") else None)
        or _collapse(parser.css_first("h1").text() if parser.css_first("h1") else None)
    )
    published_raw = None
    for attr, value in _PUBLISHED_META:
        published_raw = _meta(parser, attr, value)
        if published_raw:
            break
    if not published_raw:
        for node in parser.css("time[datetime]"):
            published_raw = _collapse(node.attributes.get("datetime"))
            if published_raw:
                break
    published = None
    if published_raw:
        try:
            published = parse_date(published_raw)
        except UsageError:
            published = None
    url = None
    for link in parser.css("link[rel][href]"):
        if "canonical" in (link.attributes.get("rel") or "").lower().split():
            url = _collapse(link.attributes.get("href"))
            break
    url = url or _meta(parser, "property", "og:url")

    # Drop non-content elements before choosing the main block, so that a <p> inside
    # <noscript> or <template> can never win (the render walk skips them again anyway).
    for node in parser.css(", ".join(t for t in DROP_TAGS if t not in ("head", "title"))):
        node.decompose()
    root = _main_node(parser)
    text = _render(root) if root is not None else ""
    return {"text": text, "title": title, "published": published, "url": url,
            "published_raw": published_raw}


def decode_html(data: bytes, *, source: str) -> tuple[str, str]:
    """Decode HTML bytes: a BOM wins, then a ``<meta charset>`` that decodes cleanly, then
    :func:`decode_bytes`."""
    if not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        match = _META_CHARSET.search(data[:4096])
        if match:
            declared = match.group(1).decode("ascii", "replace").lower()
            try:
                name = codecs.lookup(declared).name
                text = data.decode(name)
            except (LookupError, UnicodeDecodeError):
                pass
            else:
                if text.strip() and "\x00" not in text:
                    return text, name
    return decode_bytes(data, source=source)


def html_document(
    data: bytes,
    *,
    source_name: str,
    id: str | None,
    published: dt.date | None,
    source: str | None,
    metadata: dict[str, Any] | None = None,
) -> Document:
    """A :class:`Document` for one HTML page.  ``Document.text`` is the extracted main text
    (offsets are code-point indices into it).  The page's own date wins over ``published``.
    Raises :class:`EmptyInputError` when no text is found, and the errors of
    :func:`decode_bytes`."""
    html, encoding = decode_html(data, source=source_name)
    found = extract_html(html)
    text = found["text"]
    if not text.strip():
        raise EmptyInputError("no article text found in the HTML", source=source_name)
    meta: dict[str, Any] = {"path": source_name, "encoding": encoding, "format": "html"}
    if found["published_raw"] and found["published"] is None:
        meta["published_raw"] = found["published_raw"]
    meta.update(metadata or {})
    return Document(
        id=id if id else content_id(text),
        text=text,
        title=found["title"],
        published=found["published"] or published,
        source=source,
        url=found["url"],
        metadata=meta,
    )
