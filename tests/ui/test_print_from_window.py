"""File > Print in the real window, through the real print dialog, to a real CUPS queue: the job
that arrives is the seeds' comparison sheet, on the paper, orientation and copies chosen there."""
# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are redefined as arguments)

from __future__ import annotations

import subprocess

from PySide6.QtWidgets import QComboBox, QPushButton, QRadioButton, QSpinBox
from window_fixtures import choose_printer, seeded, ui_settings, when_modal, window  # noqa: F401


def test_file_print_sends_the_sheet_to_the_chosen_queue(seeded, qtbot, cups_jobs, pdftext):
    seen: dict[str, object] = {}

    def choose_paper(dialog) -> None:  # the dialog's Properties: paper and orientation
        sizes = dialog.findChild(QComboBox, "pageSizeCombo")
        letter = next(i for i in range(sizes.count()) if "Letter" in sizes.itemText(i))
        sizes.setCurrentIndex(letter)
        dialog.findChild(QRadioButton, "landscape").click()
        seen["paper"] = sizes.currentText()
        dialog.accept()

    def choose_in_dialog(dialog) -> None:
        seen["dialog"] = type(dialog).__name__
        seen["printer"] = choose_printer(dialog, cups_jobs.printer)
        when_modal(choose_paper)
        dialog.findChild(QPushButton, "properties").click()
        dialog.findChild(QSpinBox, "copies").setValue(2)
        dialog.accept()

    when_modal(choose_in_dialog)
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
