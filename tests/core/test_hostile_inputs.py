"""Inputs made to hurt, all generated here: a .docx that inflates to hundreds of megabytes, a
UTF-8 article with one bad byte, a folder that can't be listed, file names holding newlines and
terminal escapes."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from desktop.ingest import read_source
from desktop.model import Source, UnreadableInput

MINIMAL_DOCX = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
        "</Types>"
    ),
}


def bomb(megabytes: int) -> bytes:
    """A zip whose word/document.xml inflates to `megabytes` MB of one repeated run."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, body in MINIMAL_DOCX.items():
            archive.writestr(name, body)
        with archive.open("word/document.xml", "w", force_zip64=True) as part:
            run = b"<w:p><w:r><w:t>1,1,1</w:t></w:r></w:p>" * 27_000  # about 1 MB
            for _ in range(megabytes):
                part.write(run)
    return buffer.getvalue()


def test_a_docx_that_inflates_too_far_is_refused_before_it_is_read(tmp_path: Path) -> None:
    data = bomb(110)
    assert len(data) < 2 * 2**20  # small on disk
    path = tmp_path / "report.docx"
    path.write_bytes(data)
    with pytest.raises(UnreadableInput) as caught:
        read_source(Source(str(path)))
    assert caught.value.origin == str(path)
    assert "unpacks to" in caught.value.reason and "too large" in caught.value.reason


def test_a_docx_part_compressed_like_a_bomb_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "small-bomb.docx"
    path.write_bytes(bomb(20))  # under the size budget, but 1000:1
    with pytest.raises(UnreadableInput) as caught:
        read_source(Source(str(path)))
    assert "word/document.xml is compressed" in caught.value.reason


def test_one_bad_byte_in_a_utf8_article_is_replaced_not_mojibake(tmp_path: Path) -> None:
    text = "Kabul — “about 4,500 US citizens” were flown out, officials said in Doha.\n" * 3
    data = text.encode("utf-8")
    cut = data.index(b"flown")
    path = tmp_path / "one-bad-byte.txt"
    path.write_bytes(data[:cut] + b"\xff" + data[cut:])
    document = read_source(Source(str(path)))
    assert document.text == text[: text.index("flown")] + "\ufffd" + text[text.index("flown") :]
    # a Latin-1 file with an accent or two is still Windows-1252
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\xe9 in Kaboul, 4,500 people.\n".encode("latin-1"))
    assert read_source(Source(str(latin))).text == "Café in Kaboul, 4,500 people.\n"


def evidence_desk(*args: str, cwd: Path, drop_root_powers: bool = False):
    command = [sys.executable, "-m", "desktop", *args]
    if drop_root_powers and os.geteuid() == 0:  # root reads any folder: take that power away
        if not shutil.which("setpriv"):
            pytest.skip("needs setpriv (util-linux) to run without root's file powers")
        caps = "-dac_override,-dac_read_search"
        command = ["setpriv", f"--bounding-set={caps}", f"--inh-caps={caps}", *command]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=120)


def test_a_folder_that_cannot_be_read_is_a_problem_not_a_success(
    tmp_path: Path, seed_files: list[Path], repo_root: Path
) -> None:
    folder = tmp_path / "batch"
    locked = folder / "locked"
    locked.mkdir(parents=True)
    shutil.copy(seed_files[0], folder / seed_files[0].name)
    shutil.copy(seed_files[1], locked / seed_files[1].name)
    locked.chmod(0)
    try:
        done = evidence_desk(
            "import", str(folder), "--db", str(tmp_path / "ws.sqlite"),
            cwd=repo_root, drop_root_powers=True,
        )  # fmt: skip
    finally:
        locked.chmod(0o755)
    assert done.returncode == 1, done.stderr
    (line,) = done.stderr.strip().splitlines()
    assert str(locked) in line and "cannot be read" in line
    assert "imported 1" in done.stdout


def test_control_characters_in_file_names_cannot_forge_messages(
    tmp_path: Path, repo_root: Path
) -> None:
    names = ["empty\nevidence-desk: all good.txt", "bell\x07and\x1b[31mred.txt"]
    paths = []
    for name in names:
        path = tmp_path / name
        path.write_bytes(b"")
        paths.append(str(path))
    done = evidence_desk("import", *paths, "--db", str(tmp_path / "ws.sqlite"), cwd=repo_root)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 2, done.stderr
    assert "empty\\nevidence-desk: all good.txt" in lines[0]
    assert "\x1b" not in done.stderr and "\x07" not in done.stderr
    assert "\\x1b[31m" in lines[1]


def _long_article(path: Path) -> Path:
    """About 6 MB of news-like sentences (30,000 figures): seconds of extraction, within budgets."""
    sentence = "Officials said on Tuesday that about 4,500 residents had left the city. "
    filler = "The minister said the government would review its plans for housing. " * 2
    path.write_text("A very long report\n\n" + (sentence + filler) * 30_000, encoding="utf-8")
    return path


def test_cancel_stops_an_extraction_in_the_middle_of_a_file(tmp_path: Path, db_url: str) -> None:
    from threading import Event, Timer

    from desktop.workspace import Workspace

    article = _long_article(tmp_path / "long.txt")
    workspace = Workspace(db_url)
    cancel = Event()
    asked = []
    Timer(0.5, lambda: (asked.append(time.monotonic()), cancel.set())).start()
    try:
        report = workspace.import_sources([Source(str(article))], cancel=cancel)
        stopped = time.monotonic()
        assert report.cancelled
        # it stopped mid-file, not at the end of the file (about 25 s alone; a loaded two-core
        # machine takes a second to stop)
        assert stopped - asked[0] < 2.0
        assert workspace.article_rows() == []  # nothing half-written
    finally:
        workspace.close()


def test_a_file_that_takes_too_long_is_refused_and_named(tmp_path: Path, db_url: str) -> None:
    from desktop.workspace import Workspace

    article = _long_article(tmp_path / "long.txt")
    good = tmp_path / "short.txt"
    good.write_text("Short note\n\nAbout 300 people were evacuated.", encoding="utf-8")
    workspace = Workspace(db_url, max_seconds=0.3)
    try:
        report = workspace.import_sources([Source(str(article)), Source(str(good))])
        (problem,) = report.rejected
        assert problem.origin == str(article) and "too large to compare" in problem.reason
        assert [row.origin for row in workspace.article_rows()] == [str(good)]
    finally:
        workspace.close()


def _quoted_article(path: Path) -> Path:
    """About 5 MB of quoted remarks with few figures: seconds of finding who said what."""
    remark = '"We will not give up on this town and its people," said Mayor Ana Ruiz{n} on Tuesday.'
    paragraphs = [remark.format(n=n % 40) for n in range(50_000)]
    path.write_text("Voices from the flood\n\n" + "\n\n".join(paragraphs), encoding="utf-8")
    return path


def test_cancel_stops_finding_statements_in_the_middle_of_a_file(tmp_path: Path) -> None:
    from threading import Event, Timer

    from desktop.model import Cancelled, Document
    from desktop.pipeline import statements_within

    article = _quoted_article(tmp_path / "voices.txt")
    text = article.read_text(encoding="utf-8")
    document = Document(text=text, title="Voices", origin=str(article), content_hash="voices")
    cancel = Event()
    asked = []
    Timer(0.3, lambda: (asked.append(time.monotonic()), cancel.set())).start()
    with pytest.raises(Cancelled):
        statements_within(document, cancel, max_seconds=60.0)
    # it stopped mid-file, not at the end of the file (about 7 s alone)
    assert time.monotonic() - asked[0] < 2.0


def test_finding_statements_keeps_to_the_files_time_budget(tmp_path: Path) -> None:
    from desktop.model import Document, UnreadableInput
    from desktop.pipeline import statements_within

    article = _quoted_article(tmp_path / "voices.txt")
    text = article.read_text(encoding="utf-8")
    document = Document(text=text, title="Voices", origin=str(article), content_hash="voices")
    started = time.monotonic()
    with pytest.raises(UnreadableInput) as refused:
        statements_within(document, None, max_seconds=0.3)
    assert time.monotonic() - started < 2.5  # the whole file takes about 7 s
    assert refused.value.origin == str(article)
    assert "too large to compare" in refused.value.reason
    assert "statements" in refused.value.reason
