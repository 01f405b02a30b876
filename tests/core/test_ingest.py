"""Ingest on real files: every format, content sniffing, datelines, bad input, folders and URLs.

PDF and .docx fixtures are made here (a hand-written PDF 1.4, python-docx for .docx); the web page
is tests/data/ingest/article.html; URLs are served by an http.server on 127.0.0.1.
"""

from __future__ import annotations

import hashlib
import io
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.ingest import FILE_DIALOG_FILTER, READABLE_SUFFIXES, expand_sources, read_source
from desktop.model import MAX_INPUT_BYTES, Source, UnreadableInput

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "ingest"
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
NEWS = "Kabul airlift\r\n\r\nAbout 4,500 US citizens  were flown out, officials said.  \n"


def read_file(path: Path, content: bytes | str) -> object:
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return read_source(Source(str(path)))


def refusal(source: Source, **kwargs: float) -> UnreadableInput:
    with pytest.raises(UnreadableInput) as caught:
        read_source(source, **kwargs)
    assert caught.value.origin == source.origin
    return caught.value


# --------------------------------------------------------------------------- fixtures made here


def minimal_pdf(pages: list[list[str]], *, title: str = "", encrypt: bool = False) -> bytes:
    """A PDF 1.4 with one Helvetica text object per page and a correct xref table."""
    objects: list[bytes] = [b"", b""]  # 1: catalog, 2: pages, filled in below
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    kids = []
    for lines in pages:
        ops = [b"BT /F1 12 Tf 14 TL 72 720 Td"]
        for line in lines:
            escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(b"(" + escaped.encode("latin-1") + b") Tj T*")
        ops.append(b"ET")
        if not lines:  # a "scan": a filled rectangle and no text at all
            ops = [b"0 0 1 rg 72 600 200 100 re f"]
        stream = b"\n".join(ops)
        objects.append(b"<< /Length %d >>\nstream\n%b\nendstream" % (len(stream), stream))
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % len(objects)
        )
        kids.append(b"%d 0 R" % len(objects))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = b"<< /Type /Pages /Kids [%b] /Count %d >>" % (b" ".join(kids), len(kids))
    trailer = b"/Root 1 0 R"
    if title:
        objects.append(b"<< /Title (" + title.encode("latin-1") + b") >>")
        trailer += b" /Info %d 0 R" % len(objects)
    if encrypt:  # standard security handler; /U does not match the empty user password
        objects.append(
            b"<< /Filter /Standard /V 1 /R 2 /O <%b> /U <%b> /P -4 >>" % (b"11" * 32, b"22" * 32)
        )
        trailer += b" /Encrypt %d 0 R /ID [<%b> <%b>]" % (len(objects), b"ab" * 16, b"ab" * 16)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%b\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d %b >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        trailer,
        xref,
    )
    return bytes(out)


def make_docx(paragraphs: list[str], *, title: str = "", table: bool = False) -> bytes:
    import docx

    document = docx.Document()
    document.core_properties.title = title
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=2, cols=2)
        for row, cells in zip(grid.rows, [("Source", "Figure"), ("FT", "4,500")], strict=True):
            row.cells[0].text, row.cells[1].text = cells
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# --------------------------------------------------------------------------- plain text


def test_utf8_text_is_the_file_content_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "news.txt"
    document = read_file(path, NEWS)
    assert document.text == NEWS  # CRLF, double spaces and trailing blanks all kept
    assert document.title == "Kabul airlift"
    assert document.origin == str(path)
    assert document.media_type == "text/plain"
    assert document.outlet == "" and document.published is None
    collapsed = "Kabul airlift About 4,500 US citizens were flown out, officials said."
    assert document.content_hash == hashlib.sha256(collapsed.encode()).hexdigest()


def test_same_content_with_other_whitespace_has_the_same_hash(tmp_path: Path) -> None:
    first = read_file(tmp_path / "a.txt", NEWS)
    second = read_file(tmp_path / "b.md", "  Kabul airlift\n" + NEWS.split("\r\n\r\n")[1])
    assert first.content_hash == second.content_hash


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")],
)
def test_a_byte_order_mark_decides_and_only_it_is_removed(
    tmp_path: Path, encoding: str, bom: bytes
) -> None:
    text = "“Nearly 400” Americans – café\n\nSecond paragraph €5.\n"
    document = read_file(tmp_path / "bom.txt", bom + text.encode(encoding))
    assert document.text == text
    assert document.title == "“Nearly 400” Americans – café"


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("cp1252", "The minister said “we will pay €5 million” — it’s final.\nCafé naïve.\n"),
        ("latin-1", "Zürich, 2 September 2021. Les élèves ont été évacués à Kaboul. © AFP\n"),
        ("latin-1", "Zürich été\n"),
        ("cp1251", "Более 6000 американцев были эвакуированы из Кабула, заявил госдепартамент.\n"),
    ],
)
def test_legacy_eight_bit_encodings(tmp_path: Path, encoding: str, text: str) -> None:
    document = read_file(tmp_path / "legacy.txt", text.encode(encoding))
    assert document.text == text


def test_markdown_title_drops_the_heading_marks(tmp_path: Path) -> None:
    content = "# Evacuation *numbers*\n\nMore than 82,000 people left.\n"
    document = read_file(tmp_path / "notes.md", content)
    assert document.text == content
    assert document.title == "Evacuation *numbers*"
    assert document.media_type == "text/markdown"


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        (" date 2021-09-02 The majority of Afghans", date(2021, 9, 2)),
        ("Kabul, September 2, 2021 — The majority", date(2021, 9, 2)),
        ("Headline\nPublished Sept. 2, 2021\nBody", date(2021, 9, 2)),
        ("Headline\n2 September 2021\nBody", date(2021, 9, 2)),
        ("Updated 3rd of November, 2021 at noon", date(2021, 11, 3)),
        ("Posted 2021-02-30, then 1 March 2021", date(2021, 3, 1)),  # an impossible date skipped
        ("On 30 August the last C-17 left; 4,500 people", None),  # no year: not a dateline
        ("x" * 320 + " 2021-09-02", None),  # too far down to be a dateline
    ],
)
def test_dateline_near_the_top(tmp_path: Path, opening: str, expected: date | None) -> None:
    assert read_file(tmp_path / "dated.txt", opening + "\n\nMore text.\n").published == expected


def test_a_leading_dateline_is_not_the_title_and_long_lines_are_cut(tmp_path: Path) -> None:
    document = read_file(tmp_path / "long.txt", " date 2021-09-02 " + "word " * 100)
    assert document.title.startswith("word word")
    assert document.title.endswith("…") and len(document.title) <= 161


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_seed_text_is_the_file_content(seed: Path) -> None:
    document = read_source(Source(str(seed)))
    assert document.text == seed.read_text(encoding="utf-8")
    assert document.title and "\n" not in document.title


def test_seed_004_is_dated_by_its_dateline() -> None:
    (seed,) = [p for p in SEEDS if p.name.startswith("004_")]
    assert read_source(Source(str(seed))).published == date(2021, 9, 2)


# --------------------------------------------------------------------------- html, pdf, docx


def test_web_page_main_text_and_metadata() -> None:
    document = read_source(Source(str(DATA / "article.html")))
    assert "about 4,500 US citizens had been evacuated from Kabul" in document.text
    assert "More than 82,000 people have been flown out" in document.text
    for junk in ("SCRIPT", "NAV-", "COOKIE", "ADVERTISEMENT", "FOOTER", "ASIDE", "{"):
        assert junk not in document.text
    assert "\n\n" in document.text  # paragraphs stay apart
    assert document.title == "Thousands still waiting to leave Kabul"
    assert document.outlet == "The Daily Example"
    assert document.published == date(2021, 8, 26)
    assert document.media_type == "text/html"


def test_html_fragment_pasted_from_a_browser() -> None:
    markup = (
        "<p>Nearly <b>400</b>\n  U.S. citizens &amp; residents left.</p>"
        "<script>track()</script><p>Second<br>line</p>"
    )
    document = read_source(Source.from_text(markup, html=True))
    assert document.text == "Nearly 400 U.S. citizens & residents left.\n\nSecond\nline"
    assert document.title == "Nearly 400 U.S. citizens & residents left."
    assert document.origin == "pasted HTML"


def test_clipboard_html_keeps_only_the_selection() -> None:
    markup = (
        "<html><body><nav>Menu</nav>\n<!--StartFragment--><h2>About 6,000 out</h2>"
        "<p>Officials said so.</p><!--EndFragment-->\n</body></html>"
    )
    document = read_source(Source.from_text(markup, html=True))
    assert document.text == "About 6,000 out\n\nOfficials said so."


def test_pdf_text_layer_of_every_page_in_order(tmp_path: Path) -> None:
    pages = [["Evacuation (update)", "About 4,500 US citizens left."], ["Page two says 82,000."]]
    path = tmp_path / "report.pdf"
    document = read_file(path, minimal_pdf(pages, title="State Department briefing"))
    words = " ".join(document.text.split())  # how lines join into paragraphs: tests/ui
    assert words == "Evacuation (update) About 4,500 US citizens left. Page two says 82,000."
    assert document.title == "State Department briefing"
    assert document.media_type == "application/pdf"
    assert document.origin == str(path)


def test_pdf_without_metadata_title_uses_its_first_line(tmp_path: Path) -> None:
    document = read_file(tmp_path / "x.pdf", minimal_pdf([["Kabul, 2 September 2021", "Text"]]))
    assert document.title == "Kabul, 2 September 2021"
    assert document.published == date(2021, 9, 2)


def test_docx_paragraphs_tables_and_title(tmp_path: Path) -> None:
    data = make_docx(["First paragraph.", "", "About 6,000 Americans."], title="Memo", table=True)
    document = read_file(tmp_path / "memo.docx", data)
    assert document.text == (
        "First paragraph.\n\nAbout 6,000 Americans.\n\nSource | Figure\nFT | 4,500"
    )
    assert document.title == "Memo"
    assert document.media_type.endswith("wordprocessingml.document")
    untitled = read_file(tmp_path / "untitled.docx", make_docx(["Opening line", "Body"]))
    assert untitled.title == "Opening line"


def test_content_decides_not_the_name(tmp_path: Path) -> None:
    page = read_file(tmp_path / "saved.txt", (DATA / "article.html").read_bytes())
    assert page.media_type == "text/html" and page.outlet == "The Daily Example"
    pdf = read_file(tmp_path / "download.bin", minimal_pdf([["Sniffed PDF"]]))
    assert pdf.media_type == "application/pdf" and pdf.text == "Sniffed PDF"
    docx_file = read_file(tmp_path / "attachment", make_docx(["Sniffed docx"]))
    assert docx_file.text == "Sniffed docx"
    text = read_file(tmp_path / "fake.html", "Just words, 3 < 4 and no tags.\n")
    assert text.media_type == "text/plain"


# --------------------------------------------------------------------------- bad input


def _truncated_docx() -> bytes:
    return make_docx(["x"])[:300]


def _zip_of_text() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "not a word document")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\t\n", "no text"),
        ("binary.txt", b"abc\x00\x01\x02\x03" * 10, "binary content"),
        ("controls.txt", bytes(range(1, 9)) * 20, "binary content"),
        ("odd.txt", bytes([0x80, 0x81, 0x8D, 0xFE]) * 3 + b"abc", "undecodable"),
        ("bad-utf16.txt", b"\xff\xfe\x00\xd8", "undecodable"),
        ("corrupt.pdf", b"%PDF-1.4\nthis is not really a pdf\n", "corrupt PDF"),
        ("truncated.pdf", minimal_pdf([["Hello"]])[:200], "corrupt PDF"),
        ("garbage.pdf", b"\x00\x01garbage\xff" * 20, "corrupt PDF"),
        ("locked.pdf", minimal_pdf([["Secret"]], encrypt=True), "encrypted PDF"),
        ("scan.pdf", minimal_pdf([[]]), "no text layer (scanned?)"),
        ("truncated.docx", _truncated_docx(), "corrupt .docx"),
        ("garbage.docx", b"\x00\x01garbage\xff" * 20, "corrupt .docx"),
        ("image.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "unsupported type: a PNG image"),
        ("archive.zip", _zip_of_text(), "unsupported type: a zip archive"),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 40, "unsupported type"),
    ],
)
def test_bad_files_are_refused_with_a_reason(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert reason in refusal(Source(str(path))).reason


def _sparse(path: Path, size: int) -> Path:
    with path.open("wb") as handle:  # never written out: quick to make, whatever the size
        handle.truncate(size)
    return path


def test_oversized_file_is_refused(tmp_path: Path) -> None:
    path = _sparse(tmp_path / "huge.txt", MAX_INPUT_BYTES + 1)
    assert "larger than 20 MB (20.0 MB)" in refusal(Source(str(path))).reason


@settings(max_examples=150, deadline=None)
@given(
    prefix=st.sampled_from([b"", b"%PDF-1.4\n", b"PK\x03\x04", b"<html><body>", b"\xff\xfe"]),
    body=st.binary(max_size=600),
    name=st.sampled_from(["x.txt", "x.pdf", "x.docx", "x.html", "x"]),
)
def test_any_bytes_give_a_document_or_a_refusal(prefix: bytes, body: bytes, name: str) -> None:
    try:
        document = read_source(Source(origin=name, data=prefix + body))
    except UnreadableInput as error:
        assert error.origin == name and error.reason
    else:
        assert document.text.strip() and document.origin == name


def test_oversized_dropped_bytes_are_refused() -> None:
    source = Source(origin="dropped.txt", data=b"a" * (MAX_INPUT_BYTES + 1))
    assert "larger than 20 MB" in refusal(source).reason


def test_file_urls_are_read_as_paths(tmp_path: Path) -> None:
    path = tmp_path / "a b.txt"
    path.write_text(NEWS)
    assert read_source(Source(path.as_uri())).text == NEWS


def test_missing_file_folder_and_other_schemes(tmp_path: Path) -> None:
    assert "not found" in refusal(Source(str(tmp_path / "nowhere.txt"))).reason
    assert "folder" in refusal(Source(str(tmp_path))).reason
    assert "unsupported address" in refusal(Source("ftp://example.org/a.txt")).reason


@pytest.fixture
def locked_files() -> Iterator[tuple[Path, Path]]:
    """A text file and a sparse 20 MB + 1 file nobody may open, in a folder anyone may traverse."""
    folder = Path(tempfile.mkdtemp(prefix="ingest-locked-"))
    folder.chmod(0o711)
    secret, huge = folder / "secret.txt", _sparse(folder / "huge.txt", MAX_INPUT_BYTES + 1)
    secret.write_text("secret")
    for path in (secret, huge):
        path.chmod(0)
    yield secret, huge
    shutil.rmtree(folder)


def test_unopenable_file_says_permission_denied_and_size_comes_first(
    locked_files: tuple[Path, Path],
) -> None:
    script = (
        "import os, sys\n"
        "from desktop.ingest import read_source\n"
        "from desktop.model import Source, UnreadableInput\n"
        "if os.geteuid() == 0:  # root opens everything: become nobody, the code imported\n"
        "    os.setgid(65534); os.setuid(65534)\n"
        "for path in sys.argv[1:]:\n"
        "    try:\n        read_source(Source(path))\n"
        "    except UnreadableInput as error:\n        print(error.origin, '|', error.reason)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, *map(str, locked_files)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    secret, huge = done.stdout.splitlines()
    assert secret.startswith(f"{locked_files[0]} | permission denied")
    assert huge.startswith(f"{locked_files[1]} | larger than 20 MB")  # refused before opening


# --------------------------------------------------------------------------- folders


def test_expand_sources_walks_a_folder(tmp_path: Path) -> None:
    for name in ["b.txt", "a.md", "sub/c.pdf", "sub/deeper/d.HTML", "sub/e.docx", "notes.png"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    for hidden in [".hidden.txt", ".git/config.txt", "sub/.cache/f.txt"]:
        (tmp_path / hidden).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / hidden).write_text("x")
    single = tmp_path / "notes.png"
    pasted = Source.from_text("hello")
    expanded = expand_sources([Source(str(tmp_path)), Source(str(single)), pasted])
    names = [Path(s.origin).relative_to(tmp_path).as_posix() for s in expanded[:-1]]
    assert names == ["a.md", "b.txt", "sub/c.pdf", "sub/deeper/d.HTML", "sub/e.docx", "notes.png"]
    assert expanded[-1] is pasted


def test_suffixes_and_dialog_filter_agree() -> None:
    assert READABLE_SUFFIXES == (".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx")
    first = FILE_DIALOG_FILTER.split(";;")[0]
    assert all(f"*{suffix}" in first for suffix in READABLE_SUFFIXES)
    assert FILE_DIALOG_FILTER.endswith("All files (*)")


# --------------------------------------------------------------------------- URLs


class _Handler(BaseHTTPRequestHandler):
    agents: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        _Handler.agents.append(self.headers.get("User-Agent", ""))
        try:
            if self.path == "/article":
                self._send(200, "text/html; charset=utf-8", (DATA / "article.html").read_bytes())
            elif self.path == "/latin1.txt":
                self._send(200, "text/plain; charset=iso-8859-1", "Kaboul, café\n".encode("cp1252"))
            elif self.path == "/huge-declared":
                self._send(200, "text/plain", b"", length=MAX_INPUT_BYTES + 1)
            elif self.path == "/huge-streamed":
                self.send_response(200)
                self.send_header("Content-Type", "text/plain")
                self.end_headers()
                chunk = b"a" * 1024 * 1024
                for _ in range(21):
                    self.wfile.write(chunk)
            elif self.path == "/slow":
                time.sleep(1.5)
                self._send(200, "text/plain", b"late")
            else:
                self._send(404, "text/plain", b"no such page")
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up, as it should

    def _send(self, code: int, kind: str, body: bytes, length: int | None = None) -> None:
        self.send_response(code)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_url_page_is_fetched_and_read(server: str) -> None:
    document = read_source(Source(f"{server}/article"))
    assert document.origin == f"{server}/article"
    assert document.outlet == "The Daily Example"
    assert "about 4,500 US citizens" in document.text
    assert "Mozilla/5.0" in _Handler.agents[-1]


def test_url_charset_header_is_honoured(server: str) -> None:
    assert read_source(Source(f"{server}/latin1.txt")).text == "Kaboul, café\n"


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/missing", "HTTP 404"),
        ("/huge-declared", "larger than 20 MB"),
        ("/huge-streamed", "larger than 20 MB"),
    ],
)
def test_url_failures_name_the_url_and_reason(server: str, path: str, reason: str) -> None:
    assert reason in refusal(Source(f"{server}{path}")).reason


def test_url_timeout(server: str) -> None:
    error = refusal(Source(f"{server}/slow"), fetch_timeout=0.3)
    assert error.reason == "timed out after 0.3 s"


def test_url_refused_connection(server: str) -> None:
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert "refused" in refusal(Source(f"http://127.0.0.1:{port}/x"), fetch_timeout=2).reason


# --------------------------------------------------------------------------- imports


def _run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    return done.stdout.strip()


def test_importing_ingest_loads_no_qt_and_no_heavy_parser() -> None:
    loaded = _run(
        "import sys, desktop.ingest\n"
        "heavy = ('PySide6', 'shiboken6', 'pyqtgraph', 'trafilatura', 'pypdfium2', 'docx')\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & set(heavy)))"
    )
    assert loaded == "[]"


def test_a_missing_parser_is_skipped_with_a_reason(tmp_path: Path) -> None:
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(minimal_pdf([["Hello"]]))
    out = _run(
        "import sys\n"
        "sys.modules['trafilatura'] = None; sys.modules['pypdfium2'] = None\n"
        "from desktop.ingest import read_source\n"
        "from desktop.model import Source, UnreadableInput\n"
        f"page = read_source(Source({str(DATA / 'article.html')!r}))\n"
        "print(page.outlet, '|', 'ADVERTISEMENT' in page.text, '|', page.text.count('4,500'))\n"
        f"try:\n    read_source(Source({str(pdf)!r}))\n"
        "except UnreadableInput as error:\n    print(error.reason)\n"
    )
    page_line, pdf_line = out.splitlines()
    assert page_line == "The Daily Example | False | 1"  # the lxml-only reader took over
    assert pdf_line.startswith("cannot read PDF: PDF needs pypdfium2")


@pytest.mark.parametrize("wrong", [".txt", ".html", ".pdf", ".docx", ".md", ""])
def test_a_file_with_the_wrong_suffix_reads_as_with_the_right_one(tmp_path: Path, wrong) -> None:
    """What a file holds decides how it is read: the same document whatever its name says."""
    article = SEEDS[0].read_text(encoding="utf-8")
    contents = {
        ".txt": article.encode("utf-8"),
        ".html": (DATA / "article.html").read_bytes(),
        ".pdf": minimal_pdf([["Evacuation (update)", "About 4,500 US citizens left."]]),
        ".docx": make_docx(["About 6,000 Americans.", "More than 82,000 people."], title="Memo"),
    }
    for right, data in contents.items():
        if right == wrong:
            continue
        (tmp_path / "right").mkdir(exist_ok=True)
        (tmp_path / "wrong").mkdir(exist_ok=True)
        expected = read_file(tmp_path / "right" / f"a{right}", data)
        got = read_file(tmp_path / "wrong" / f"a{wrong}", data)
        assert (got.text, got.title) == (expected.text, expected.title), (right, wrong)
        if right != ".txt":  # plain text named .md is Markdown: the same words either way
            assert got.media_type == expected.media_type, (right, wrong)
