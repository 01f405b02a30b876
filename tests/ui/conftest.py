"""Fixtures for the window's tests: a private CUPS printer, PDF text, a check for leaked windows.

The CUPS set-up is the one verified in PRINTING.md: a throwaway cupsd under a private config in
/tmp, on 127.0.0.1 only, with one queue, EvidencePDF, whose filter keeps every job's PDF (exactly
what Qt sent) as out/job-<id>.pdf and its options as out/job-<id>.opts.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import socket
import subprocess
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QWidget

# ---- printing ------------------------------------------------------------------------------------

PPD_SIZES = {"A4": (595, 842), "Letter": (612, 792)}


def _ppd(filter_path: Path) -> str:
    lines = [
        '*PPD-Adobe: "4.3"',
        '*FormatVersion: "4.3"',
        '*FileVersion: "1.0"',
        "*LanguageVersion: English",
        "*LanguageEncoding: ISOLatin1",
        '*PCFileName: "CAPTURE.PPD"',
        '*Manufacturer: "Test"',
        '*Product: "(PDF capture)"',
        '*ModelName: "PDF capture"',
        '*ShortNickName: "PDF capture"',
        '*NickName: "PDF capture"',
        '*PSVersion: "(3010.000) 0"',
        "*ColorDevice: True",
        f'*cupsFilter: "application/pdf 0 {filter_path}"',
    ]
    for key in ("PageSize", "PageRegion"):
        lines += [f"*OpenUI *{key}: PickOne", f"*Default{key}: A4"]
        lines += [
            f'*{key} {n}/{n}: "<</PageSize[{w} {h}]>>setpagedevice"'
            for n, (w, h) in PPD_SIZES.items()
        ]
        lines += [f"*CloseUI: *{key}"]
    lines += ["*DefaultImageableArea: A4"]
    lines += [f'*ImageableArea {n}/{n}: "0 0 {w} {h}"' for n, (w, h) in PPD_SIZES.items()]
    lines += ["*DefaultPaperDimension: A4"]
    lines += [f'*PaperDimension {n}/{n}: "{w} {h}"' for n, (w, h) in PPD_SIZES.items()]
    return "\n".join(lines) + "\n"


class Cups:
    """The running private CUPS server; `next_job()` waits for the next printed PDF."""

    printer = "EvidencePDF"

    def __init__(self, server: str, directory: Path) -> None:
        self.server, self.dir, self.out = server, directory, directory / "out"
        self.seen: set[Path] = set()

    def mark(self) -> None:
        """Jobs that exist now are not "new"."""
        self.seen = set(self.out.glob("job-*.pdf"))

    def next_job(self, timeout: float = 10.0) -> Path:
        """The PDF of the oldest job not seen yet; its options are in `.with_suffix(".opts")`."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:  # print_() returns on submission; the file comes a bit later
            new = set(self.out.glob("job-*.pdf")) - self.seen
            if new:
                job = min(new, key=lambda p: int(p.stem.split("-")[1]))
                self.seen.add(job)
                return job
            time.sleep(0.02)
        raise TimeoutError(self.error_log())

    def error_log(self) -> str:
        log = self.dir / "log" / "error_log"
        return log.read_text(errors="replace") if log.exists() else "(no cupsd error_log)"


@pytest.fixture(scope="session")
def cups() -> Iterator[Cups]:
    """A private cupsd whose default printer is the EvidencePDF capture queue; sets CUPS_SERVER.
    Skips unless root, with cups-daemon and cups-client (./test.sh installs them as root)."""
    if os.geteuid() != 0 or not shutil.which("cupsd") or not shutil.which("lpadmin"):
        pytest.skip("needs root and the Debian packages cups-daemon cups-client")
    d = Path(tempfile.mkdtemp(prefix="cupsd."))
    d.chmod(0o755)  # filters run as user lp and must get through this directory
    for sub in ("spool/tmp", "cache", "state", "log", "out"):
        (d / sub).mkdir(parents=True)
    shutil.chown(d / "out", user="lp")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    (d / "cupsd.conf").write_text(
        f"Listen 127.0.0.1:{port}\nLogLevel warn\nBrowsing No\nBrowseLocalProtocols none\n"
        "DefaultShared No\nWebInterface No\n"
        "<Location />\n  Order allow,deny\n  Allow from 127.0.0.1\n</Location>\n"
        "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n"
    )
    (d / "cups-files.conf").write_text(
        f"ServerRoot {d}\nStateDir {d}/state\nCacheDir {d}/cache\nRequestRoot {d}/spool\n"
        f"TempDir {d}/spool/tmp\nErrorLog {d}/log/error_log\nAccessLog {d}/log/access_log\n"
        f"PageLog {d}/log/page_log\nUser lp\nGroup lp\nSystemGroup root\n"
    )
    (d / "capture").write_text(  # the "printer": keeps Qt's PDF and the job's options
        f'#!/bin/sh\numask 022\nout="{d}/out/job-$1"\n'
        'printf \'copies=%s %s\\n\' "$4" "$5" > "$out.opts"\n'
        'if [ -n "$6" ]; then cat "$6"; else cat; fi > "$out.part" && mv "$out.part" "$out.pdf"\n'
    )
    (d / "capture").chmod(0o755)  # root-owned and not group/other-writable, or cupsd refuses it
    (d / "capture.ppd").write_text(_ppd(d / "capture"))
    proc = subprocess.Popen(["cupsd", "-f", "-c", d / "cupsd.conf", "-s", d / "cups-files.conf"])
    server = f"127.0.0.1:{port}"
    env = {**os.environ, "CUPS_SERVER": server}
    try:
        for _ in range(200):
            if subprocess.run(["lpstat", "-r"], env=env, capture_output=True).returncode == 0:
                break
            time.sleep(0.05)
        else:
            raise RuntimeError(f"private cupsd did not start:\n{Cups(server, d).error_log()}")
        # stderr only says "Printer drivers are deprecated"; a scheduler that answers lpstat may
        # still refuse a new queue for a moment after it starts (seen once in CI): try again
        ppd = d / "capture.ppd"
        add = ["lpadmin", "-p", Cups.printer, "-E", "-v", "file:///dev/null", "-P", ppd]
        for _ in range(50):
            done = subprocess.run(add, env=env, capture_output=True, text=True)
            if done.returncode == 0:
                break
            time.sleep(0.1)
        else:
            raise RuntimeError(
                f"lpadmin refused the queue: {done.stderr}\n{Cups(server, d).error_log()}"
            )
        subprocess.run(["lpadmin", "-d", Cups.printer], env=env, check=True)
        os.environ["CUPS_SERVER"] = server
        ctypes.CDLL("libcups.so.2").cupsSetServer(None)  # libcups caches the server: re-read it
        yield Cups(server, d)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        os.environ.pop("CUPS_SERVER", None)
        shutil.rmtree(d, ignore_errors=True)


@pytest.fixture
def cups_jobs(cups: Cups) -> Cups:
    """The private printer, with the jobs of earlier tests marked as seen."""
    cups.mark()
    return cups


@pytest.fixture
def pdftext() -> Callable[[Path | str], str]:
    """pdftext(path) -> the PDF's text as `pdftotext -layout` lays it out, NFKC-normalised (the
    DejaVu ligatures "ﬀ", "ﬁ" become plain letters). Skips without poppler-utils."""
    exe = shutil.which("pdftotext")
    if exe is None:
        pytest.skip("needs pdftotext (Debian package poppler-utils)")

    def read(path: Path | str) -> str:
        done = subprocess.run(
            [exe, "-layout", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True
        )
        return unicodedata.normalize("NFKC", done.stdout.decode("utf-8"))

    return read


# ---- leaked windows ------------------------------------------------------------------------------

# Qt's own short-lived top-levels, e.g. a tooltip still fading out
_QT_TRANSIENTS = {"QTipLabel"}


def _shown_top_levels() -> dict[int, QWidget]:
    """Visible top-level widgets by C++ address (Python wrappers of Qt-made widgets come and go)."""
    return {
        shiboken6.getCppPointer(w)[0]: w
        for w in QApplication.topLevelWidgets()
        if shiboken6.isValid(w)
        and w.isVisible()
        and w.metaObject().className() not in _QT_TRANSIENTS
    }


@pytest.fixture(autouse=True)
def _fail_on_leaked_windows(qapp: QApplication) -> Iterator[None]:
    """Fail a test that leaves a window open. Register widgets with `qtbot.addWidget(w)` (pytest-qt
    closes them before this check) or close them yourself; hidden or deleted widgets don't count."""
    before = set(_shown_top_levels())
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # run pending deleteLater()
    qapp.processEvents()
    leaked = [w for key, w in _shown_top_levels().items() if key not in before]
    names = [f"{w.metaObject().className()}({w.windowTitle()!r})" for w in leaked]
    for w in leaked:  # close them so the next tests start clean
        w.close()
        w.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if leaked:
        pytest.fail(
            f"test left {len(leaked)} window(s) open: {', '.join(names)}; "
            "use qtbot.addWidget(w) or close them",
            pytrace=False,
        )
