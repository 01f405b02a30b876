"""Strings from outside shown as plain text: article text, titles, outlets, file names, URLs and the
group names a teammate typed.

Qt guesses whether a tooltip, a QLabel or a QMessageBox holds rich text (`Qt.mightBeRichText`), and
rich text loads what an `<img src>` names — `<img src="/dev/zero">` in an article would read that
file until the app dies. So such a string never reaches Qt bare: tooltips get it escaped inside a
fixed `<qt>…</qt>` wrapper (`plain_tip`), our own rich text escapes each piece (`html.escape`), and
labels and message boxes that show it are set to `Qt.TextFormat.PlainText` (`plain_label`,
`plain_message`). Item views draw DisplayRole text plainly already; only their tooltips need this.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

__all__ = ["escape", "menu_text", "plain_label", "plain_message", "plain_tip"]


def plain_tip(*lines: str) -> str:
    """A tooltip that shows `lines` literally, one a line, whatever markup they hold."""
    body = "<br>".join(escape(line).replace("\n", "<br>") for line in lines)
    return f"<qt>{body}</qt>" if body else ""


def plain_label(label: QLabel) -> QLabel:
    """`label`, set never to read its text as HTML."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def plain_message(
    icon: QMessageBox.Icon, title: str, text: str, parent: QWidget | None = None
) -> QMessageBox:
    """A message box whose text (which may name a file, a URL or an error) is plain text."""
    box = QMessageBox(icon, title, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def menu_text(text: str) -> str:
    """`text` for a menu item: "&" shown as itself, not as a shortcut marker."""
    return text.replace("&", "&&")
