"""Plain text and Markdown: decoding bytes to text without touching what the file says.

Decoding order: a byte-order mark (UTF-8, UTF-16 LE/BE) wins and only the mark is removed; then
strict UTF-8, which returns the content unchanged so claim offsets point into the file itself; then
UTF-8 with a stray invalid byte replaced by U+FFFD, when the rest is plainly UTF-8; then
a charset the caller declared (an HTTP or <meta> charset); then Windows-1252 when the result reads
like Western text (Latin-1 files decode the same way); then charset-normalizer's best guess. Binary
content (NUL bytes, mostly control characters) and bytes no encoding explains are refused.
"""

from __future__ import annotations

import codecs
import re

from desktop.ingest.metadata import make_document
from desktop.model import Document, UnreadableInput

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Control characters (Unicode category Cc) other than the whitespace ones: \t \n \v \f \r
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# Non-ASCII characters that Western text uses beside letters: typographic quotes, dashes, currency…
_WESTERN_MARKS = frozenset("‘’‚‛“”„‟–—―…•·€£¥¢©®™°±×÷§¶«»‹›¡¿´¨¯¸ªº\xa0\xad†‡‰")
_WINDOWS_1252_LABELS = frozenset({"latin-1", "iso8859-1", "ascii", "cp1252"})
_CHARSET_PARAM = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)

BINARY_REASON = "binary content, not text"
UNDECODABLE_REASON = "undecodable text (not UTF-8, UTF-16 or a known 8-bit encoding)"


def read_text(data: bytes, origin: str, media_type: str | None = None) -> Document:
    """A plain-text or Markdown Document whose text is the decoded file content, unchanged."""
    text = decode_text(data, origin, declared=charset_of(media_type))
    if not text.strip():
        raise UnreadableInput(origin, "contains no text (only blank space)")
    kind = "text/markdown" if _is_markdown(origin, media_type) else "text/plain"
    return make_document(text, origin=origin, media_type=kind)


def decode_text(data: bytes, origin: str, *, declared: str | None = None) -> str:
    """`data` as text, or UnreadableInput when it is binary or no encoding explains it."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                raise UnreadableInput(origin, UNDECODABLE_REASON) from None
            return _checked(text, origin)
    if b"\x00" in data:
        raise UnreadableInput(origin, BINARY_REASON)
    try:
        return _checked(data.decode("utf-8"), origin)
    except UnicodeDecodeError:
        pass
    for attempt in (_mostly_utf8, _declared, _western, _detected):
        text = attempt(data, declared)
        if text is not None:
            return _checked(text, origin)
    raise UnreadableInput(origin, UNDECODABLE_REASON)


def charset_of(media_type: str | None) -> str | None:
    """The charset parameter of a media type ("text/html; charset=ISO-8859-1" → "ISO-8859-1")."""
    match = _CHARSET_PARAM.search(media_type or "")
    return match.group(1) if match else None


def looks_binary(text: str) -> bool:
    """True when `text` holds NUL or is mostly control characters (a binary file decoded)."""
    if "\x00" in text:
        return True
    sample = text[:65536]
    return len(_CONTROLS.findall(sample)) > max(8, len(sample) // 10)


def _checked(text: str, origin: str) -> str:
    if looks_binary(text):
        raise UnreadableInput(origin, BINARY_REASON)
    return text


def _declared(data: bytes, declared: str | None) -> str | None:
    if not declared:
        return None
    try:
        name = codecs.lookup(declared).name
        if name in _WINDOWS_1252_LABELS:  # as browsers do: these labels mean Windows-1252
            name = "cp1252"
        return data.decode(name)
    except (LookupError, UnicodeDecodeError):
        return None


def _mostly_utf8(data: bytes, declared: str | None) -> str | None:
    """UTF-8 with a stray bad byte or two (a truncated copy, a careless edit): the bad bytes become
    U+FFFD and the rest reads as written, instead of the whole text turning into mojibake. Only
    when valid multi-byte characters outnumber the bad bytes well, so a Latin-1 file with an
    accent or two still goes to Windows-1252."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    good = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
    return text if 0 < bad and bad * 4 <= good else None


def _western(data: bytes, declared: str | None) -> str | None:
    """Windows-1252 (a superset of Latin-1's printable range) when the result reads as Western."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    return text if _reads_western(text) else None


def _reads_western(text: str) -> bool:
    """Accented letters are at most half the letters and no odd symbol sits inside a word.

    Cyrillic or Greek bytes read as Windows-1252 come out as words made of accented letters
    ("Ïðèâåò"); Central European bytes leave symbols such as "³" or "¹" between letters.
    """
    letters = foreign = odd = 0
    for index, ch in enumerate(text):
        if ch.isascii():
            letters += ch.isalpha()
            continue
        if ch.isalpha():
            letters += 1
            foreign += 1
        elif ch not in _WESTERN_MARKS and not ch.isspace():
            before = text[index - 1] if index else " "
            after = text[index + 1] if index + 1 < len(text) else " "
            odd += before.isalpha() or after.isalpha()
    return odd == 0 and foreign * 2 <= letters


def _detected(data: bytes, declared: str | None) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # optional: without it only UTF-8, UTF-16 and Windows-1252 are read
        return None
    best = from_bytes(data).best()
    return None if best is None else str(best)


def _is_markdown(origin: str, media_type: str | None) -> bool:
    kind = (media_type or "").split(";")[0].strip().lower()
    return kind in ("text/markdown", "text/x-markdown") or origin.lower().endswith(
        (".md", ".markdown")
    )
