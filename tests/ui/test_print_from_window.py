"""File > Print in the real window, through the real print dialog, to a real CUPS queue: the job
that arrives is the seeds' comparison sheet, on the paper, orientation and copies chosen there."""
# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are redefined as arguments)

from __future__ import annotations

import subprocess

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton, QRadioButton, QSpinBox
from window_fixtures import seeded, ui_settings, window  # noqa: F401


def test_file_print_sends_the_sheet_to_the_chosen_queue(seeded, qtbot, cups_jobs, pdftext):
    seen: dict[str, object] = {}

    def choose_paper() -> None:  # the dialog's Properties: paper and orientation
        dialog = QApplication.activeModalWidget()
        try:
            sizes = dialog.findChild(QComboBox, "pageSizeCombo")
            letter = next(i for i in range(sizes.count()) if "Letter" in sizes.itemText(i))
            sizes.setCurrentIndex(letter)
            dialog.findChild(QRadioButton, "landscape").click()
            seen["paper"] = sizes.currentText()
            dialog.accept()
        except Exception:
            dialog.reject()
            raise

    def choose_in_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            seen["dialog"] = type(dialog).__name__
            printers = dialog.findChild(QComboBox, "printers")
            printers.setCurrentIndex(printers.findText(cups_jobs.printer))
            seen["printer"] = printers.currentText()
            QTimer.singleShot(0, choose_paper)
            dialog.findChild(QPushButton, "properties").click()
            dialog.findChild(QSpinBox, "copies").setValue(2)
            dialog.accept()
        except Exception:
            dialog.reject()  # never leave exec() blocked
            raise

    QTimer.singleShot(0, choose_in_dialog)
    seeded.files.print_.trigger()
    assert seen["dialog"] == "QPrintDialog" and seen["printer"] == cups_jobs.printer
    assert "Letter" in seen["paper"]

    job = cups_jobs.next_job()
    text = pdftext(job)
    snapshot = seeded.bridge.snapshot()
    for group in snapshot.groups:
        assert group.label in text
    for article in snapshot.articles:
        assert article.title.split()[0] in text
    size = subprocess.run(["pdfinfo", str(job)], capture_output=True, text=True).stdout
    assert "792 x 612 pts" in size  # Letter, landscape
    options = job.with_suffix(".opts").read_text()
    assert "landscape" in options and "Letter" in options and "copies=2" in options
