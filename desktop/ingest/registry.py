"""The reader registry: which reader turns these bytes into a Document, decided by the content.

`sniff` looks at the bytes first (the %PDF- header, a zip holding word/document.xml, HTML tags near
the start, known image and archive signatures) and uses the file suffix or media type only as a
hint where the bytes leave room for doubt. Each kind has readers in order of preference; a reader
whose parser cannot be imported is skipped, and when none is left the reason names what is missing.
"""

from __future__ import annotations

import importlib
import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from desktop.ingest import docx, html, pdf, text
from desktop.model import Document, UnreadableInput

ReadFunction = Callable[[bytes, str, "str | None"], Document]


@dataclass(frozen=True)
class Reader:
    """One way to read one kind of content; `requires` names the modules it needs."""

    kind: str  # "pdf", "docx", "html" or "text"
    label: str
    read: ReadFunction
    requires: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()


READERS: tuple[Reader, ...] = (
    Reader("text", "plain text", text.read_text, (), (".txt", ".md", ".markdown")),
    Reader("html", "web page", html.read_html, ("trafilatura", "lxml.html"), (".html", ".htm")),
    Reader("html", "web page (tags stripped)", html.read_html_plain, ("lxml.html",)),
    Reader("pdf", "PDF", pdf.read_pdf, ("pypdfium2",), (".pdf",)),
    Reader("docx", "Word document", docx.read_docx, ("docx",), (".docx",)),
)
READABLE_SUFFIXES: tuple[str, ...] = tuple(s for r in READERS for s in r.suffixes)
FILE_DIALOG_FILTER = (
    "Articles (" + " ".join(f"*{s}" for s in READABLE_SUFFIXES) + ");;"
    "Text and Markdown (*.txt *.md *.markdown);;Web pages (*.html *.htm);;"
    "PDF (*.pdf);;Word (*.docx);;All files (*)"
)

_HINTS = {
    "application/pdf": "pdf",
    docx.MEDIA_TYPE: "docx",
    "text/html": "html",
    "application/xhtml+xml": "html",
    ".pdf": "pdf",
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    "text/markdown": "markdown",
}
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document (.doc); save it as .docx"),
    (b"{\\rtf", "an RTF document; save it as .docx or plain text"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "a program, not a document"),
)
_HTML_START = re.compile(
    r"(?:<!--.*?-->\s*)*(?:<\?xml[^>]*>\s*)?(?:<!doctype\s+html|<(?:html|head|body|meta|title|p|div"
    r"|article|section|main|span|h[1-6]|a|b|i|em|strong|ul|ol|li|table|blockquote|br|header"
    r"|figure|font|center|link|style|script)\b[^<>]*>)",
    re.IGNORECASE | re.DOTALL,
)
_HTML_ANYWHERE = re.compile(r"<!doctype\s+html|<html[\s>]|<body[\s>]", re.IGNORECASE)
_ANY_TAG = re.compile(r"</?[a-z][a-z0-9]*(?:\s[^<>]*)?>", re.IGNORECASE)


def read_bytes(data: bytes, origin: str, media_type: str | None = None) -> Document:
    """Read `data` with the reader its content calls for; UnreadableInput for anything bad."""
    if not data:
        raise UnreadableInput(origin, "the file is empty")
    kind = sniff(data, origin, media_type)
    reader = reader_for(kind, origin)
    try:
        return reader.read(data, origin, media_type)
    except UnreadableInput:
        raise
    except Exception as error:  # a parser failing in a way no reader foresaw is still bad input
        detail = f"{type(error).__name__}: {error}"
        raise UnreadableInput(origin, f"could not be read as {reader.label} ({detail})") from error


def sniff(data: bytes, origin: str = "", media_type: str | None = None) -> str:
    """The kind of `data`: "pdf", "docx", "html" or "text"; UnreadableInput when unsupported."""
    hint = _hint(origin, media_type)
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_kind(data, origin, hint)
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise UnreadableInput(origin, f"unsupported type: {what}")
    if hint in ("pdf", "docx") and b"\x00" in data[:4096]:
        return hint  # binary bytes under a .pdf/.docx name: let that reader call it corrupt
    head = _head_text(data)
    stripped = head.lstrip("\ufeff \t\r\n")
    if _HTML_ANYWHERE.search(head) or (hint != "markdown" and _HTML_START.match(stripped)):
        return "html"
    if hint == "html" and _ANY_TAG.search(head):
        return "html"
    return "text"


def reader_for(kind: str, origin: str = "") -> Reader:
    """The first reader of `kind` whose parsers import; UnreadableInput saying why if none does."""
    reasons = []
    for reader in READERS:
        if reader.kind != kind:
            continue
        missing = [f"{name} ({problem})" for name in reader.requires if (problem := _broken(name))]
        if not missing:
            return reader
        reasons.append(f"{reader.label} needs {', '.join(missing)}")
    label = next((r.label for r in READERS if r.kind == kind), kind)
    raise UnreadableInput(origin, f"cannot read {label}: " + "; ".join(reasons or ["no reader"]))


def _broken(module: str) -> str:
    """Empty when `module` imports, else a short reason why not."""
    try:
        importlib.import_module(module)
    except ImportError as error:
        return f"not installed or broken: {error}"
    except Exception as error:  # a parser that fails while importing is as good as missing
        return f"fails to import: {type(error).__name__}: {error}"
    return ""


def _hint(origin: str, media_type: str | None) -> str:
    kind = (media_type or "").split(";")[0].strip().lower()
    if kind in _HINTS:
        return _HINTS[kind]
    path = urlsplit(origin).path if "://" in origin else origin
    return _HINTS.get(PurePosixPath(path.replace("\\", "/")).suffix.lower(), "")


def _zip_kind(data: bytes, origin: str, hint: str) -> str:
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        if hint == "docx":
            return "docx"  # the docx reader names it a corrupt .docx
        raise UnreadableInput(origin, "unsupported type: a damaged zip archive") from None
    if "word/document.xml" in names:
        return "docx"
    if hint == "docx":
        return "docx"
    what = "an OpenDocument or other Office file" if "mimetype" in names else "a zip archive"
    raise UnreadableInput(origin, f"unsupported type: {what}, not a Word .docx document")


def _head_text(data: bytes) -> str:
    head = data[:4096]
    for bom, encoding in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            return head[len(bom) : len(head) & ~1].decode(encoding, errors="replace")
    return head.decode("utf-8", errors="replace")
