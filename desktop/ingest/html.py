"""Web pages and HTML fragments: the article's main text and the page's title, outlet and date.

A whole page goes through trafilatura, which keeps the article and drops scripts, styles,
navigation, ads and footers, and reads the title, site name and publication date from the page's
metadata. A fragment (a selection copied from a browser, or a page trafilatura finds no article in)
is turned into text with lxml: tags stripped, boilerplate elements removed, paragraph breaks kept.
Both parsers are imported inside the functions that use them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.ingest.metadata import make_document, parse_date
from desktop.ingest.text import charset_of, decode_text
from desktop.model import Document, UnreadableInput

MEDIA_TYPE = "text/html"

_PAGE_MARKERS = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
_CLIPBOARD_FRAGMENT = re.compile(r"<!--StartFragment-->(.*?)<!--EndFragment-->", re.DOTALL)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_DROPPED = (
    "script style noscript template head nav aside footer form button select iframe svg "
    "object embed canvas"
).split()
_BOILERPLATE = re.compile(  # one class or id token of an ad, banner or share box
    r"ads?|ad[-_][\w-]+|[\w-]+[-_]ads?|advert[\w-]*|[\w-]*(?:banner|cookie)[\w-]*|sponsor[\w-]*"
    r"|promo[\w-]*|newsletter[\w-]*|(?:social|share|related)(?:[-_][\w-]+)?|breadcrumbs?"
    r"|sidebar[\w-]*",
    re.IGNORECASE,
)
_BLOCKS = frozenset(
    "p div article section main header h1 h2 h3 h4 h5 h6 ul ol li dl dt dd table tr thead tbody "
    "tfoot caption blockquote pre figure figcaption address hr center details summary".split()
)


@dataclass(frozen=True)
class _PageMeta:
    title: str = ""
    outlet: str = ""
    published: date | None = None


def read_html(data: bytes, origin: str, media_type: str | None = None) -> Document:
    """A Document from a web page (trafilatura) or an HTML fragment (lxml). A page's headline
    is the first line of its text, as it is for a text file, so figures in headlines count."""
    markup = _decode(data, origin, media_type)
    fragment = _CLIPBOARD_FRAGMENT.search(markup)
    if fragment or not _PAGE_MARKERS.search(markup):
        selection = fragment.group(1) if fragment else markup
        return _document(_plain_text(selection), origin, _PageMeta())
    text, meta = _extract(markup, origin)
    if not text:
        text = _plain_text(markup)
    meta = _merge(meta, _page_meta(markup))
    return _document(_with_headline(text, _headline(markup) or meta.title), origin, meta)


def _with_headline(text: str, headline: str) -> str:
    """The text with the headline as its first line, unless it starts with it already."""
    headline = " ".join(headline.split())
    first = " ".join(text.lstrip().split("\n", 1)[0].split())
    if not headline or first.startswith(headline) or headline.startswith(first) and first:
        return text
    return f"{headline}\n\n{text}"


def _headline(markup: str) -> str:
    """The page's visible headline: the first <h1> of the article, else of the page."""
    try:
        root = _parse(markup)
    except Exception:  # lxml refuses some markup outright
        return ""
    for path in (".//article//h1", ".//main//h1", ".//h1"):
        found = root.find(path)
        if found is not None:
            words = " ".join(found.text_content().split())
            if words:
                return words
    return ""


def read_html_plain(data: bytes, origin: str, media_type: str | None = None) -> Document:
    """A Document from HTML with tags stripped by lxml alone (used when trafilatura is missing)."""
    markup = _decode(data, origin, media_type)
    return _document(_plain_text(markup), origin, _page_meta(markup))


def _document(text: str, origin: str, meta: _PageMeta) -> Document:
    if not text.strip():
        raise UnreadableInput(origin, "the page has no readable text")
    return make_document(
        text,
        origin=origin,
        media_type=MEDIA_TYPE,
        title=meta.title,
        outlet=meta.outlet,
        published=meta.published,
    )


def _decode(data: bytes, origin: str, media_type: str | None) -> str:
    declared = charset_of(media_type)
    if declared is None:
        match = _META_CHARSET.search(data[:4096])
        declared = match.group(1).decode("ascii") if match else None
    markup = decode_text(data, origin, declared=declared)
    # An XML declaration and a DOCTYPE with an internal subset ("<!DOCTYPE html [ … ]>") are no
    # text: the HTML parser would show the subset's "]>" as the page's first words.
    return _PROLOGUE.sub("", markup[:65536], count=2) + markup[65536:]


_PROLOGUE = re.compile(r"<\?xml[^>]{0,500}\?>|<!DOCTYPE[^\[>]{0,500}(?:\[.*?\])?\s*>", re.I | re.S)


def _extract(markup: str, origin: str) -> tuple[str, _PageMeta]:
    import trafilatura

    try:
        tree = _parse(markup)
    except Exception:  # lxml refuses some markup outright; trafilatura then gets the string
        tree = markup
    else:
        _prune(tree)
    result = trafilatura.bare_extraction(
        tree,
        url=origin if origin.lower().startswith(("http://", "https://")) else None,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if result is None:
        return "", _PageMeta()
    fields = result if isinstance(result, dict) else result.as_dict()
    lines = (line.strip() for line in (_str(fields, "text")).splitlines())
    meta = _PageMeta(
        title=_str(fields, "title"),
        outlet=_str(fields, "sitename"),
        published=parse_date(fields.get("date")),
    )
    return "\n\n".join(line for line in lines if line), meta


def _str(fields: dict[str, Any], key: str) -> str:
    value = fields.get(key)
    return value.strip() if isinstance(value, str) else ""


def _merge(first: _PageMeta, second: _PageMeta) -> _PageMeta:
    return _PageMeta(
        title=first.title or second.title,
        outlet=first.outlet or second.outlet,
        published=first.published or second.published,
    )


def _parse(markup: str) -> Any:
    from lxml import html as lxml_html

    parser = lxml_html.HTMLParser(encoding="utf-8", remove_comments=True)
    return lxml_html.document_fromstring(markup.encode("utf-8"), parser=parser)


def _page_meta(markup: str) -> _PageMeta:
    """Title, site name and publication date from <title> and <meta> tags."""
    try:
        root = _parse(markup)
    except Exception:  # lxml refuses some markup outright (e.g. nothing but a comment)
        return _PageMeta()
    metas: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key and meta.get("content") and key not in metas:
            metas[key] = meta.get("content").strip()
    title = root.findtext(".//title") or ""
    published = next(
        (
            parse_date(metas[key])
            for key in ("article:published_time", "datepublished", "date", "pubdate", "dc.date")
            if key in metas
        ),
        None,
    )
    return _PageMeta(
        title=metas.get("og:title") or " ".join(title.split()),
        outlet=metas.get("og:site_name") or metas.get("application-name", ""),
        published=published,
    )


def _plain_text(markup: str) -> str:
    """The visible text of `markup`: boilerplate removed, one blank line between blocks."""
    try:
        root = _parse(markup)
    except Exception:  # lxml raises ParserError for documents that are empty once parsed
        return ""
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            continue
        if element.tag in _DROPPED:
            element.drop_tree()
    _prune(root)
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        keep_lines = element.tag == "pre" or any(a.tag == "pre" for a in element.iterancestors())
        if not keep_lines:
            element.text = _spaces(element.text)
        element.tail = _spaces(element.tail)
        if element.tag in _BLOCKS:
            element.text = "\n\n" + (element.text or "")
            element.tail = "\n\n" + (element.tail or "")
        elif element.tag == "br":
            element.tail = "\n" + (element.tail or "")
        elif element.tag in ("td", "th"):
            element.tail = " " + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _prune(root: Any) -> None:
    """Remove ads, banners and share boxes (by class or id), and scripts and styles."""
    for element in list(root.iter()):
        if not isinstance(element.tag, str) or element.getparent() is None:
            continue
        if element.tag in ("script", "style", "noscript", "template"):
            element.drop_tree()
            continue
        tokens = f"{element.get('class', '')} {element.get('id', '')}".split()
        if element.tag in ("html", "body", "main", "article") or not any(
            _BOILERPLATE.fullmatch(token) for token in tokens
        ):
            continue
        # an article wrapper with an unlucky class name holds paragraphs and stays
        if element.find(".//article") is None and len(element.findall(".//p")) < 3:
            element.drop_tree()


def _spaces(text: str | None) -> str | None:
    return re.sub(r"\s+", " ", text) if text else text
