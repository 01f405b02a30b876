"""PDF files: the text layer read with pypdfium2 (imported only when a PDF comes), page by page.

Each character's position and size come from PDFium; runs of characters on one baseline become
`pdf_layout.Piece`s, and `pdf_layout` turns the pages back into the article's paragraphs (reading
order across columns, running headers and footers dropped, broken lines and hyphenated words
joined). A PDF that needs a password, cannot be parsed, or has no text layer at all (a scan) is
refused with a reason that says which.
"""

from __future__ import annotations

import ctypes

from desktop.ingest.metadata import make_document
from desktop.ingest.pdf_layout import Page, Piece, paragraphs
from desktop.model import Document, UnreadableInput

MEDIA_TYPE = "application/pdf"
NO_TEXT_REASON = "no text layer (scanned?) — run OCR on it first"

_ERR_PASSWORD = 4  # FPDF_ERR_PASSWORD
_ERR_SECURITY = 6  # FPDF_ERR_SECURITY: an encryption handler PDFium does not support
_MAX_CHARACTERS = 5_000_000  # far beyond any article; a bound on time and memory
_LINE_BREAKS = {"\r", "\n"}
_WORD_GAP = 0.15  # of the type's height: a space is wider, letter spacing narrower
_DROPPED = {"\x00"}
_HYPHEN_MARKS = {"\ufffe", "\x02"}


def read_pdf(data: bytes, origin: str, media_type: str | None = None) -> Document:
    """A Document from the PDF's text layer; title from its metadata when it has one."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        raise UnreadableInput(origin, _open_failure(error)) from None
    try:
        pages, budget = [], _MAX_CHARACTERS
        for index in range(len(pdf)):
            page = _page(pdf[index], budget)
            budget -= sum(len(p.text) for p in page.pieces)
            if budget < 0:
                raise UnreadableInput(origin, "too large to compare (over 5 million characters)")
            pages.append(page)
        title = (pdf.get_metadata_dict().get("Title") or "").strip()
    except pdfium.PdfiumError as error:
        raise UnreadableInput(origin, f"corrupt PDF (a page cannot be read: {error})") from None
    finally:
        pdf.close()
    text = "\n\n".join(paragraphs(pages))
    if not text.strip():
        raise UnreadableInput(origin, NO_TEXT_REASON)
    return make_document(text, origin=origin, media_type=MEDIA_TYPE, title=title)


def _page(page: object, budget: int) -> Page:
    """The page's runs of text, each on one baseline, in the order PDFium reads them."""
    import pypdfium2.raw as raw

    width, height = page.get_size()  # type: ignore[attr-defined]
    textpage = page.get_textpage()  # type: ignore[attr-defined]
    pieces: list[Piece] = []
    try:
        handle = textpage.raw
        count = min(raw.FPDFText_CountChars(handle), budget + 1)
        run: list[str] = []
        box = _Box()
        x, y = ctypes.c_double(), ctypes.c_double()
        rect = raw.FS_RECTF()
        for index in range(count):
            char = chr(raw.FPDFText_GetUnicode(handle, index))
            if char in _HYPHEN_MARKS:  # PDFium's sign for a word hyphenated at a line end
                run.append("-")
                box.hyphen = True
                continue
            if char in _DROPPED:
                continue
            if char in _LINE_BREAKS or raw.FPDFText_IsGenerated(handle, index) == 1:
                continue  # PDFium's guesses at breaks: spaces and lines come from positions
            if char.isspace():
                if run and run[-1] != " ":
                    run.append(" ")
                continue
            raw.FPDFText_GetCharOrigin(handle, index, ctypes.byref(x), ctypes.byref(y))
            raw.FPDFText_GetLooseCharBox(handle, index, ctypes.byref(rect))
            size = rect.top - rect.bottom  # the type's height on the page, in points
            if run and box.apart(x.value, y.value, size):
                box.flush(run, pieces)
            elif run and run[-1] != " " and rect.left - box.x1 > _WORD_GAP * size:
                run.append(" ")  # a gap as wide as a space between the letters
            run.append(char)
            box.extend(rect.left, rect.right, y.value, size, raw.FPDFText_IsHyphen(handle, index))
        box.flush(run, pieces)
    finally:
        textpage.close()
        page.close()  # type: ignore[attr-defined]
    return Page(width, height, tuple(pieces))


class _Box:
    """The extent of the run being read."""

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.x0, self.x1, self.y, self.size, self.hyphen = 0.0, 0.0, 0.0, 0.0, False
        self.empty = True

    def apart(self, x: float, y: float, size: float) -> bool:
        """Another baseline, a step back, or a gap wider than a column gutter."""
        return (
            abs(y - self.y) > 0.4 * max(size, self.size)
            or x < self.x0
            or x - self.x1 > max(size, self.size)
        )

    def extend(self, left: float, right: float, y: float, size: float, hyphen: int) -> None:
        if self.empty:
            self.x0, self.y, self.size, self.empty = left, y, size, False
        self.x1 = max(self.x1, right)
        self.size = max(self.size, size)
        self.hyphen = self.hyphen or hyphen == 1

    def flush(self, run: list[str], pieces: list[Piece]) -> None:
        text = "".join(run).strip()
        if text and not self.empty:
            pieces.append(Piece(text, self.x0, self.x1, self.y, self.size, self.hyphen))
        run.clear()
        self.reset()


def _open_failure(error: Exception) -> str:
    code = getattr(error, "err_code", None)
    message = str(error).lower()
    if code == _ERR_PASSWORD or "password" in message:
        return "encrypted PDF (password-protected); remove the password and import it again"
    if code == _ERR_SECURITY or "security" in message:
        return "encrypted PDF (an encryption this reader does not support)"
    return "corrupt PDF (the file is damaged or not really a PDF)"
