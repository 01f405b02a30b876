"""PDF files: the text layer, page by page, read with pypdfium2 (imported only when a PDF comes).

Pages are joined with a blank line. A PDF that needs a password, cannot be parsed, or has no text
layer at all (a scan) is refused with a reason that says which.
"""

from __future__ import annotations

from desktop.ingest.metadata import make_document
from desktop.model import Document, UnreadableInput

MEDIA_TYPE = "application/pdf"
NO_TEXT_REASON = "no text layer (scanned?) — run OCR on it first"

_ERR_PASSWORD = 4  # FPDF_ERR_PASSWORD
_ERR_SECURITY = 6  # FPDF_ERR_SECURITY: an encryption handler PDFium does not support
_DROPPED_CHARS = str.maketrans({"\x00": None, "\ufffe": None, "\x02": None})


def read_pdf(data: bytes, origin: str, media_type: str | None = None) -> Document:
    """A Document from the PDF's text layer; title from its metadata when it has one."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        raise UnreadableInput(origin, _open_failure(error)) from None
    try:
        pages = [_page_text(pdf[index]) for index in range(len(pdf))]
        title = (pdf.get_metadata_dict().get("Title") or "").strip()
    except pdfium.PdfiumError as error:
        raise UnreadableInput(origin, f"corrupt PDF (a page cannot be read: {error})") from None
    finally:
        pdf.close()
    text = "\n\n".join(page for page in pages if page)
    if not text:
        raise UnreadableInput(origin, NO_TEXT_REASON)
    return make_document(text, origin=origin, media_type=MEDIA_TYPE, title=title)


def _page_text(page: object) -> str:
    textpage = page.get_textpage()  # type: ignore[attr-defined]
    try:
        raw = textpage.get_text_range()
    finally:
        textpage.close()
        page.close()  # type: ignore[attr-defined]
    lines = raw.translate(_DROPPED_CHARS).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip()


def _open_failure(error: Exception) -> str:
    code = getattr(error, "err_code", None)
    message = str(error).lower()
    if code == _ERR_PASSWORD or "password" in message:
        return "encrypted PDF (password-protected); remove the password and import it again"
    if code == _ERR_SECURITY or "security" in message:
        return "encrypted PDF (an encryption this reader does not support)"
    return "corrupt PDF (the file is damaged or not really a PDF)"
