"""The chart panel on the seeds: marks and glyphs of a group, clicks, the overview's order, exports.

A real workspace (a SQLite file in tmp_path) imports the five seed articles; the panel gets its
snapshot as the window would hand it over.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from desktop.model import ArticleRow, Claim, GroupRow, Snapshot, Source
from desktop.ui.chart import ChartPanel
from desktop.workspace import Workspace

AIRLIFT = {"4,500 US citizens", "about 6,000 Americans", "more than 4,000 Americans"}
SHOTS = Path(tempfile.gettempdir()) / "evidence-desk-chart-shots"  # never in the repository


@pytest.fixture
def snapshot(db_url: str, seed_files: list[Path]) -> Snapshot:
    workspace = Workspace(db_url)
    try:
        workspace.import_sources([Source(origin=str(p)) for p in seed_files])
        return workspace.snapshot()
    finally:
        workspace.close()


def show_panel(qtbot, snapshot: Snapshot, width: int = 900, height: int = 520) -> ChartPanel:
    """A chart panel on `snapshot`, shown at `width` × `height` (closed after the test)."""
    chart = ChartPanel()
    qtbot.addWidget(chart)
    chart.resize(width, height)
    chart.set_snapshot(snapshot)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


@pytest.fixture
def panel(qtbot, snapshot: Snapshot) -> ChartPanel:
    return show_panel(qtbot, snapshot)


def airlift_group(snapshot: Snapshot) -> int:
    """The group of US citizens evacuated during the airlift."""
    for g in snapshot.groups:
        texts = {snapshot.claim(i).text.lower() for i in g.claims}
        if {t.lower() for t in AIRLIFT} <= texts:
            return g.id
    raise AssertionError("no group holds the airlift figures")


def test_airlift_group_draws_three_marks_with_their_bounds(panel, snapshot):
    panel.show_group(airlift_group(snapshot))
    marks = panel.marks()
    by_text = {snapshot.claim(m["claim"]).text: m for m in marks}
    assert len(marks) == 3
    assert sorted(m["y"] for m in marks) == [4000, 4500, 6000]
    assert by_text["4,500 US citizens"]["glyph"] == "="
    assert by_text["about 6,000 Americans"]["glyph"] == "~"
    assert by_text["more than 4,000 Americans"]["glyph"] == ">"
    assert {m["article"] for m in marks} == {snapshot.claim(m["claim"]).article for m in marks}
    assert not panel.log_scale()  # 4,000–6,000 is far from tenfold


def test_clicking_a_mark_activates_its_claim(panel, snapshot, qtbot):
    panel.show_group(airlift_group(snapshot))
    qtbot.wait(10)
    view = panel.plot_view()
    target = next(m for m in panel.marks() if m["glyph"] == "~")
    scene = view.plot.getViewBox().mapViewToScene(QPointF(*target["pos"]))
    where = view.mapFromScene(scene)
    with qtbot.waitSignal(panel.claim_activated, timeout=2000) as signal:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert signal.args == [target["claim"]]


def test_hovering_a_mark_shows_its_source_sentence_and_figure(panel, snapshot, qtbot):
    panel.show_group(airlift_group(snapshot))
    qtbot.wait(10)
    view = panel.plot_view()
    box = view.plot.getViewBox()
    target = next(m for m in panel.marks() if m["glyph"] == ">")
    claim = snapshot.claim(target["claim"])
    where = view.mapFromScene(box.mapViewToScene(QPointF(*target["pos"])))
    qtbot.mouseMove(view.viewport(), where)
    qtbot.waitUntil(lambda: "<b>more than 4,000 Americans</b>" in box.toolTip(), timeout=2000)
    assert "more than 4,000" in box.toolTip()
    assert claim.sentence.split()[0] in box.toolTip()


def test_a_thousand_figures_draw_as_one_scatter_and_each_is_found_under_the_pointer(qtbot):
    """Marks share one scatter item (redraw speed); the pointer still finds each figure's claim."""
    articles = tuple(
        ArticleRow(i, f"Article {i}", f"Outlet {i}", None, f"a{i}.txt", "", f"h{i}", position=i)
        for i in (1, 2, 3)
    )
    claims = tuple(
        Claim(
            0,
            3,
            f"{1000 + i}",
            1000.0 + i,
            ("=", "~", ">", "<", "range")[i % 5],
            low=1000.0 + i if i % 5 == 4 else None,
            high=1100.0 + i if i % 5 == 4 else None,
            sentence=f"Some {1000 + i} left.",
            id=i,
            article=1 + i % 3,
        )
        for i in range(1, 1001)
    )
    group = GroupRow(1, "left", tuple(c.id for c in claims), (1, 2, 3), 1001.0, 2100.0, "agreeing")
    chart = show_panel(qtbot, Snapshot(articles, claims, (group,)))
    chart.show_group(1)
    qtbot.wait(10)
    marks = chart.marks()
    assert len(marks) == 1000 and {m["article"] for m in marks} == {1, 2, 3}
    view = chart.plot_view()
    scatters = [i for i in view.plot.items if isinstance(i, pg.ScatterPlotItem)]
    assert len(scatters) == 1 and len(scatters[0].data) == 1000
    hit = marks[500]
    points = scatters[0].pointsAt(QPointF(*hit["pos"]))
    assert hit["claim"] in {chart.plot_view().current.claims[int(p.data())].id for p in points}


def test_a_group_in_acres_and_hectares_is_drawn_on_one_scale(qtbot, fire_in_two_units):
    """One burned area given in acres by one outlet and in hectares by another: both marks stand
    at one height, in the unit of the group's range, and the hover still quotes the words as
    written."""
    snapshot = fire_in_two_units.snapshot()
    chart = show_panel(qtbot, snapshot)
    (group,) = snapshot.groups
    chart.show_group(group.id)
    marks = chart.marks()
    assert sorted(m["y"] for m in marks) == [4_000, 4_000]
    assert len({m["pos"][1] for m in marks}) == 1
    texts = {chart.plot_view().current.claims[i].text for i in range(2)}
    assert texts == {"4,000 acres", "1,620 hectares"}


def test_a_temperature_group_is_drawn_from_near_its_figures_not_from_zero(qtbot, tmp_path):
    """Two outlets give the day's record as 46.3 and 46.8 degrees: a temperature's zero means
    nothing, so the axis spans the figures and the two marks stand well apart, on a linear scale
    however far apart the readings are."""
    said = {
        "wire.txt": "Heat record\n\nAlcora recorded 46.3C on Tuesday, a national record.",
        "paper.txt": "Record heat\n\nAlcora recorded 46.8C on Tuesday, a national record.",
    }
    for name, text in said.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    workspace = Workspace(f"sqlite:///{tmp_path}/heat.sqlite")
    try:
        workspace.import_sources([Source(origin=str(tmp_path / name)) for name in said])
        snapshot = workspace.snapshot()
    finally:
        workspace.close()
    chart = show_panel(qtbot, snapshot)
    (group,) = snapshot.groups
    assert group.status == "diverging"
    chart.show_group(group.id)
    layout = chart.plot_view().current
    low, high = layout.y_range
    assert 40 < low < 46.3 and 46.8 < high < 50
    ys = sorted(m["pos"][1] for m in chart.marks())
    assert ys[1] - ys[0] > 0.2 * (high - low)  # far apart on screen, not one dot
    assert not layout.log


def test_overview_lists_groups_of_two_or_more_sources_by_divergence(panel, snapshot, qtbot):
    panel.show_group(None)
    rows = panel.marks()
    expected = [g for g in snapshot.groups if g.source_count >= 2]
    assert {r["group"] for r in rows} == {g.id for g in expected}
    spreads = [r["spread"] for r in rows]
    assert spreads == sorted(spreads, reverse=True)
    assert rows[0]["status"] == "diverging"
    # a click on the first row opens that group
    view = panel.plot_view()
    scene = view.view.mapViewToScene(QPointF(0.1, 0.0))
    with qtbot.waitSignal(panel.group_activated, timeout=2000) as signal:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(scene))
    assert signal.args == [rows[0]["group"]]
    assert panel.current_group() == rows[0]["group"]


def test_log_scale_is_automatic_and_can_be_forced(panel, snapshot):
    wide = max(snapshot.groups, key=lambda g: g.spread)
    assert wide.spread > 10
    panel.show_group(wide.id)
    assert panel.log_scale()
    panel.set_log_scale(False)
    assert not panel.log_scale()
    panel.set_log_scale(None)
    assert panel.log_scale()
    actions = [a.text() for a in panel.context_menu().actions()]
    assert {"Export PNG…", "Export SVG…", "Log scale"} <= set(actions)


def test_new_snapshot_keeps_the_group_and_falls_back_when_it_is_gone(panel, snapshot):
    group = airlift_group(snapshot)
    panel.show_group(group)
    panel.set_snapshot(snapshot)
    assert panel.current_group() == group
    panel.set_snapshot(Snapshot(snapshot.articles, snapshot.claims, ()))
    assert panel.current_group() is None
    assert panel.marks() == []


def test_pane_order_sets_the_sources_left_to_right(panel, snapshot):
    panel.show_group(airlift_group(snapshot))
    by_x = [m["article"] for m in sorted(panel.marks(), key=lambda m: m["x"])]
    panel.set_pane_order(list(reversed(by_x)))
    assert [m["article"] for m in sorted(panel.marks(), key=lambda m: m["x"])] == by_x[::-1]


@pytest.mark.parametrize("mode", ["group", "overview"])
def test_exports_are_valid_images(panel, snapshot, tmp_path, mode):
    panel.show_group(airlift_group(snapshot) if mode == "group" else None)
    png, svg = tmp_path / "chart.png", tmp_path / "chart.svg"
    panel.export_png(png)
    panel.export_svg(svg)
    image = QImage(str(png))
    assert not image.isNull() and image.width() > 0 and image.height() > 0
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    assert QSvgRenderer(str(svg)).isValid()
    assert "Americans" in svg.read_text(encoding="utf-8")  # text stays text


def test_screenshots_offscreen(panel, snapshot):
    """Both modes through widget.grab() (real glyphs offscreen), kept in SHOTS (temporary)."""
    SHOTS.mkdir(exist_ok=True)
    panel.show_group(None)
    assert panel.grab().save(str(SHOTS / "chart_overview_offscreen.png"))
    panel.show_group(airlift_group(snapshot))
    assert panel.grab().save(str(SHOTS / "chart_group_offscreen.png"))


def test_in_the_dock_the_legend_stands_beside_the_plot_and_nothing_is_cut(panel, snapshot, qtbot):
    """At the dock's size (about 1,050 × 300) the legend moves beside the plot, the x axis and
    the value axis's title stay inside the widget; shorter still, the title goes."""
    SHOTS.mkdir(exist_ok=True)
    panel.resize(1050, 300)
    panel.show_group(airlift_group(snapshot))
    qtbot.wait(20)
    view = panel.plot_view()
    legend = view.side_legend.sceneBoundingRect()
    plot = view.plot.getViewBox().sceneBoundingRect()
    assert legend.left() >= plot.right() and legend.top() < plot.bottom()
    assert not view.legend.entries and len(view.side_legend.entries) == 3
    assert view.bottom_axis.sceneBoundingRect().bottom() <= view.height()
    axis = view.value_axis
    assert axis.label.isVisible()
    assert axis.label.sceneBoundingRect().left() >= 0
    assert axis.label.sceneBoundingRect().right() <= axis.sceneBoundingRect().right()
    assert panel.grab().save(str(SHOTS / "chart_group_dock.png"))
    panel.resize(1050, 150)
    qtbot.waitUntil(lambda: not axis.label.isVisible(), timeout=2000)
    panel.resize(900, 520)
    qtbot.waitUntil(lambda: axis.label.isVisible(), timeout=2000)
    assert len(view.legend.entries) == 3 and not view.side_legend.entries
    assert (
        view.legend.sceneBoundingRect().top() > view.plot.getViewBox().sceneBoundingRect().bottom()
    )


def test_under_a_dark_palette_the_chart_is_dark(snapshot, qtbot):
    """A chart made under a dark application palette draws dark; shots in SHOTS."""
    app = QApplication.instance()
    before = app.palette()
    dark = QPalette()
    for role, color in [
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#e6e6e6"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.Text, "#e6e6e6"),
        (QPalette.ColorRole.Button, "#333333"),
        (QPalette.ColorRole.ButtonText, "#e6e6e6"),
    ]:
        dark.setColor(role, QColor(color))
    SHOTS.mkdir(exist_ok=True)
    app.setPalette(dark)
    try:
        chart = show_panel(qtbot, snapshot, 960, 540)
        chart.show_group(max(snapshot.groups, key=lambda g: g.spread).id)
        shot = chart.grab()
        assert shot.save(str(SHOTS / "chart_dark.png"))
        chart.resize(1050, 300)
        chart.show_group(None)
        qtbot.wait(20)
        assert chart.grab().save(str(SHOTS / "chart_dark_overview_dock.png"))
        image = shot.toImage()
        assert image.pixelColor(4, image.height() // 2).lightness() < 60
        assert chart.plot_view().theme.text.lightness() > 180
    finally:
        app.setPalette(before)


@pytest.mark.xvfb
def test_screenshots_under_xvfb(seed_files, tmp_path):
    """Both modes on a real X server, saved to the temporary folder SHOTS (a subprocess: this one is
    offscreen)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    done = subprocess.run(
        [sys.executable, __file__, str(SHOTS), str(tmp_path / "ws.sqlite")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    for name in ("chart_overview.png", "chart_group.png", "chart_group_log.png"):
        assert not QImage(str(SHOTS / name)).isNull()


def _shoot(out: Path, db: Path) -> None:
    """Show the panel in a window on the X server and grab both modes from the screen."""
    from PySide6.QtGui import QFont
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    app.setFont(QFont("DejaVu Sans", 9))
    root = Path(__file__).resolve().parents[2]
    workspace = Workspace(f"sqlite:///{db}")
    workspace.import_sources([Source(origin=str(p)) for p in sorted((root / "seeds").glob("*"))])
    snapshot = workspace.snapshot()
    chart = ChartPanel()
    chart.resize(960, 540)
    chart.move(0, 0)
    chart.set_snapshot(snapshot)
    chart.show()
    QTest.qWaitForWindowExposed(chart)
    out.mkdir(parents=True, exist_ok=True)
    wide = max(snapshot.groups, key=lambda g: g.spread).id
    for name, group in [
        ("overview", None),
        ("group", airlift_group(snapshot)),
        ("group_log", wide),
    ]:
        chart.show_group(group)
        QTest.qWait(300)
        screen = app.primaryScreen().grabWindow(0, 0, 0, chart.width(), chart.height())
        screen.save(str(out / f"chart_{name}.png"))
    chart.close()
    workspace.close()


if __name__ == "__main__":
    _shoot(Path(sys.argv[1]), Path(sys.argv[2]))
    # the shots are written; skip interpreter teardown, where PySide6 and pyqtgraph's Qt objects
    # can be collected in an order that aborts the process ("bool_dealloc")
    sys.stdout.flush()
    os._exit(0)


def test_an_overview_row_of_figures_that_agree_within_their_bounds_says_no_spread():
    """'More than 14,000' and '78,600' agree: the row's tip gives the range, not '5.6×' or
    '1.0×' beside it; a diverging row keeps its spread."""
    from desktop.ui.chart_overview import _row_tip

    agree = GroupRow(1, "Tonnes", (1, 2), (1, 2), 14_000, 78_600, "agreeing")
    apart = GroupRow(2, "Km", (3, 4), (3, 4), 40, 81, "diverging")
    assert "×" not in _row_tip(agree) and "14,000" in _row_tip(agree)
    assert "(2.0× apart)" in _row_tip(apart)


@pytest.mark.parametrize(
    ("readings", "log"),
    [
        ([(40.0, "<"), (46.8, "=")], None),  # "below 40C" beside a 46.8
        ([(-5.0, "<"), (-2.0, "=")], None),  # frost: below -5 beside -2
        ([(-3.0, ">"), (-8.0, "=")], None),
        ([(46.3, "="), (46.8, "=")], True),  # a log scale asked for is not drawn
    ],
)
def test_a_temperature_s_marks_and_arrows_stay_in_view_on_a_linear_scale(readings, log) -> None:
    from desktop.ui.chart_layout import lay_out

    articles = tuple(
        ArticleRow(id=n, title="t", outlet=f"o{n}", published=None, origin="", text="",
                   content_hash=str(n))
        for n in range(1, len(readings) + 1)
    )  # fmt: skip
    claims = {
        n: Claim(start=0, end=4, text=f"{v}C", value=v, bound=b, unit="°C", kind="measure",
                 id=n, article=n)
        for n, (v, b) in enumerate(readings, start=1)
    }  # fmt: skip
    group = GroupRow(1, "°C", tuple(claims), tuple(claims), None, None, "diverging")
    snapshot = Snapshot(articles=articles, claims=tuple(claims.values()), groups=(group,))
    layout = lay_out(snapshot, group, claims, [a.id for a in articles], log)
    assert not layout.log
    low, high = layout.y_range
    for y, bound in zip(layout.y, layout.bounds, strict=True):
        reach = {">": layout.arrow, "<": -layout.arrow}.get(bound, 0.0)
        assert low <= y + reach <= high
