"""Groups linking names alike are told apart in the window: the list shows each with the word
that tells it apart, and hovering it says where the word comes from."""

# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are redefined as arguments)
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import Qt
from test_plain_text import item_tip, shown_as_text
from window_fixtures import import_and_wait, ui_settings, window  # noqa: F401

_ARTICLES = {
    "a.txt": "Tarovia cuts wheat forecast as drought bites\n\n"
    "By Ana Pell | Interland Press | 10 June 2030\n\n"
    "Tarovia cut its wheat harvest forecast to 19.6 million tonnes on Monday. "
    "Farmers expect a yield of 2.6 tonnes per hectare.\n",
    "b.txt": "Drought shrinks Tarovia's wheat crop\n\n"
    "By Joe Marr | The Ledger | 11 June 2030\n\n"
    "The ministry now puts the harvest at 19.6 million tonnes. "
    "The average yield will fall to 2.6 tonnes per hectare, traders said.\n",
}


def test_groups_named_alike_show_their_word_and_say_why(window, qtbot, tmp_path: Path) -> None:
    for name, text in _ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    import_and_wait(qtbot, window, [tmp_path / name for name in _ARTICLES])
    view = window.groups_panel.view
    proxy = view.model()
    qtbot.waitUntil(lambda: proxy.rowCount() == 2)
    rows = [proxy.index(r, 0) for r in range(proxy.rowCount())]
    shown = {index.data(Qt.ItemDataRole.DisplayRole) for index in rows}
    assert len(shown) == 2 and all(label.startswith("Tonnes — ") for label in shown), shown
    harvest = next(i for i in rows if i.data(Qt.ItemDataRole.DisplayRole) == "Tonnes — harvest")
    tip = shown_as_text(item_tip(view, harvest)).splitlines()
    assert tip[:2] == [
        "Tonnes — harvest",
        "“harvest” stands beside its figures more than beside another “Tonnes” group's",
    ]
