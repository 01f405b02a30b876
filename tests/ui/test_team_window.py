"""The window on a workspace other people change: their changes appear without a restart and
without losing the selection or the undo history, a conflict is said in plain words, the Activity
dock and a group's tooltip name who did what, and a lost server makes the window read-only until
it is back. The other person is a real process (`python -c`) on the same SQLite file or
PostgreSQL database.
"""

# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are redefined as arguments)
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from window_fixtures import import_and_wait, open_window, ui_settings  # noqa: F401

from desktop.model import Conflict, ConnectionLost, GroupRow
from desktop.ui.groups_model import ROW_ROLE

OTHER = textwrap.dedent("""
    import sys
    from desktop.workspace import Workspace
    url, op, group, value = sys.argv[1:5]
    ws = Workspace(url, author="Maria")
    if op == "rename":
        result = ws.rename(int(group), value, seen=ws.snapshot())
    elif op == "confirm":
        result = ws.confirm(int(group), True, seen=ws.snapshot())
    print(type(result).__name__, flush=True)
    ws.close()
""")


def other_person(url: str, op: str, group: int, value: str = "", cwd: Path | None = None) -> str:
    done = subprocess.run(
        [sys.executable, "-c", OTHER, url, op, str(group), value],
        cwd=cwd or Path(__file__).parents[2],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def team_window(request, qtbot, ui_settings, seed_files):  # noqa: F811
    url = request.getfixturevalue("db_url" if request.param == "sqlite" else "pg_url")
    window = open_window(qtbot, url)
    import_and_wait(qtbot, window, seed_files)
    yield window, url
    window.close()


def shown_label(window, group: int) -> str | None:
    panel = window.groups_panel
    for row in range(panel.proxy.rowCount()):
        found = panel.proxy.index(row, 0).data(ROW_ROLE)
        if isinstance(found, GroupRow) and found.id == group:
            return found.label
    return None


def test_a_rename_in_another_process_appears_with_the_selection_kept(team_window, qtbot):
    window, url = team_window
    groups = window.bridge.snapshot().groups
    picked, renamed = groups[0].id, groups[1].id
    window.selection.select_group(picked, origin=window)
    qtbot.waitUntil(lambda: window.groups_panel.selected_groups() == [picked])
    undo_count = window.undo_stack.count()

    assert other_person(url, "rename", renamed, "Named by Maria <b>elsewhere</b>") == "Applied"
    qtbot.waitUntil(lambda: shown_label(window, renamed) == "Named by Maria <b>elsewhere</b>",
                    timeout=10_000)  # fmt: skip
    assert window.groups_panel.selected_groups() == [picked]
    assert window.selection.group == picked
    assert window.undo_stack.count() == undo_count
    qtbot.waitUntil(lambda: any("Maria" in line for line in window.activity.lines()))
    assert any("renamed" in line and "<b>elsewhere</b>" in line for line in window.activity.lines())
    window.activity.people.setCurrentText("Maria")  # the changes of one person
    assert window.activity.lines() and all("  Maria  " in x for x in window.activity.lines())
    tip = window.group_tips.text_for(window.bridge.snapshot().groups[1])
    assert "Maria" in tip and "Recent changes:" in tip


def test_an_edit_on_a_view_someone_changed_is_refused_in_plain_words(team_window, qtbot):
    window, url = team_window
    window.live.stop()  # the window has not heard of Maria's change yet: its view is stale
    group = window.bridge.snapshot().groups[0]
    assert other_person(url, "rename", group.id, "Maria's <i>name</i>") == "Applied"
    with qtbot.waitSignal(window.bridge.conflicted, timeout=10_000) as conflict:
        window.editing.rename_group(group.id, "My name")
    refused: Conflict = conflict.args[0]
    assert (
        refused.message.startswith("Maria renamed “") and "“Maria's <i>name</i>”" in refused.message
    )
    assert "Not done: your rename to “My name”." in refused.message
    assert refused.message in window.message.text()
    assert window.undo_stack.count() == 0  # nothing to undo: nothing was done
    assert shown_label(window, group.id) == "Maria's <i>name</i>"  # the window shows what is there
    window.live.start(window.bridge.workspace)


def test_an_edit_while_disconnected_is_refused_not_queued(team_window, qtbot):
    window, _url = team_window
    group = window.bridge.snapshot().groups[0]
    window.bridge.online = False  # as LiveUpdates leaves it when the server is out of reach
    with qtbot.waitSignal(window.bridge.refused, timeout=5_000) as refused:
        window.editing.rename_group(group.id, "Offline name")
    assert refused.args[0].startswith("Not done: the team workspace's server is out of reach")
    window.bridge.online = True
    window.bridge.wait()
    assert window.bridge.workspace.group(group.id).label == group.label
    assert window.undo_stack.count() == 0


@pytest.mark.postgres
def test_a_lost_server_makes_the_window_read_only_until_it_is_back(
    qtbot,
    ui_settings,  # noqa: F811
    pg_url: str,
    seed_files: list[Path],
) -> None:
    from sqlalchemy.engine import make_url
    from tcp_relay import Relay

    direct = make_url(pg_url)
    relay = Relay(direct.host, direct.port)
    relayed = direct.set(port=relay.port).render_as_string(hide_password=False)
    window = open_window(qtbot, relayed)
    try:
        import_and_wait(qtbot, window, seed_files)
        group = window.bridge.snapshot().groups[0]
        window.selection.select_group(group.id, origin=window)

        relay.cut()  # the server is gone
        qtbot.waitUntil(lambda: not window.bridge.online, timeout=15_000)
        assert "Lost the connection to the team workspace" in window.connection_note.text()
        assert "read-only" in window.connection_note.text()
        with qtbot.waitSignal(window.bridge.refused, timeout=5_000):
            window.editing.rename_group(group.id, "While away")
        assert shown_label(window, group.id) == group.label  # the last state stays on screen
        with pytest.raises(ConnectionLost):  # an edit tried anyway: rolled back, said plainly
            window.bridge.workspace.rename(group.id, "Tried anyway")

        # meanwhile Maria, who still reaches the server, renames it
        assert other_person(pg_url, "rename", group.id, "Renamed meanwhile") == "Applied"
        relay.resume()  # the server is back
        qtbot.waitUntil(lambda: window.bridge.online, timeout=30_000)
        qtbot.waitUntil(lambda: shown_label(window, group.id) == "Renamed meanwhile",
                        timeout=10_000)  # fmt: skip
        assert window.selection.group == group.id
        assert not window.connection_note.isVisible()
        with qtbot.waitSignal(window.bridge.changed, timeout=10_000):
            window.editing.rename_group(group.id, "Back again")
        assert window.bridge.workspace.group(group.id).label == "Back again"
    finally:
        window.close()
        relay.cut()


@pytest.mark.postgres
def test_connecting_to_a_team_workspace_never_stores_the_password(
    qtbot,
    ui_settings,  # noqa: F811
    db_url: str,
    pg_url: str,
) -> None:
    from PySide6.QtCore import QSettings
    from sqlalchemy.engine import make_url

    from desktop.ui.connect_dialog import ConnectDialog
    from desktop.workspace import Workspace

    Workspace(pg_url).close()
    typed = make_url(pg_url).set(drivername="postgresql").render_as_string(hide_password=False)
    window = open_window(qtbot, db_url)
    try:
        dialog = ConnectDialog([], window)
        dialog.address.setText(typed)
        dialog.password.setText("s3cret-never-kept")  # the test server trusts: any password does
        url = dialog.url()
        dialog.deleteLater()
        assert "s3cret-never-kept" in url and url.startswith("postgresql+psycopg://")
        assert window.files.open_workspace(url)
        assert window.bridge.workspace.is_server
        window.settings.sync()
        stored = Path(QSettings().fileName()).read_text(encoding="utf-8")
        assert "s3cret-never-kept" not in stored
        recent = window.settings.recent_team_workspaces()
        assert recent and "s3cret" not in recent[0] and recent[0].endswith(url.rsplit("/", 1)[1])
        again = ConnectDialog(recent, window)  # the recent one is offered, without a password
        assert again.address.text() == recent[0] and again.password.text() == ""
        again.deleteLater()
        bad = ConnectDialog([], window)
        bad.address.setText("/home/maria/workspace.sqlite")
        bad.accept()
        assert "not a PostgreSQL address" in bad.problem.text()
        bad.deleteLater()
    finally:
        window.close()
