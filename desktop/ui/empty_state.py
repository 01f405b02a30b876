"""What the window shows before there is anything to compare: what to do, and a button to do it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    """ "Drop articles here, or File > Import…" with an Import button."""

    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EmptyState")
        title = QLabel("Drop articles here, or File > Import…", self)
        title.setObjectName("EmptyTitle")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setWeight(QFont.Weight.DemiBold)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = QLabel(
            "Text, HTML, PDF and Word files, whole folders, web addresses, or text dragged from a\n"
            "browser. Each article gets a pane; every figure is highlighted and linked to the\n"
            "figures in the other sources that measure the same thing.",
            self,
        )
        hint.setObjectName("EmptyHint")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        button = QPushButton("Import articles…", self)
        button.setObjectName("EmptyImport")
        button.clicked.connect(self.import_requested)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(title)
        layout.addSpacing(8)
        layout.addWidget(hint)
        layout.addSpacing(16)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
