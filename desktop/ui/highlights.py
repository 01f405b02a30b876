"""How figures look in the text: group colours and the character formats built from them.

A calm qualitative palette (Tableau 10, slightly muted) gives each group a colour; tints are mixed
with the palette's base colour, so the same code reads well on light and dark palettes. Which figure
is in which group, and which is selected, is decided by the panes.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtGui import QBrush, QColor, QFont, QPalette, QTextCharFormat

GROUP_COLOURS = (
    "#4e79a7",  # blue
    "#f28e2b",  # orange
    "#59a14f",  # green
    "#e15759",  # red
    "#76b7b2",  # teal
    "#b07aa1",  # purple
    "#edc948",  # yellow
    "#9c755f",  # brown
    "#ff9da7",  # pink
    "#7f8c8d",  # grey
)


class Look(Enum):
    """The states a figure can be drawn in."""

    LONE = "lone"  # in no group: a subtle dotted underline
    GROUPED = "grouped"  # tinted with its group's colour
    LINKED = "linked"  # in the selected group: strong tint, bold
    SELECTED = "selected"  # the figure the user picked: strongest


def group_colour(group_id: int | None) -> QColor:
    """The group's colour, stable for its id; grey for no group."""
    if group_id is None:
        return QColor("#8a8f98")
    return QColor(GROUP_COLOURS[(group_id - 1) % len(GROUP_COLOURS)])


def mix(a: QColor, b: QColor, share_of_b: float) -> QColor:
    """`a` blended towards `b`."""
    t = max(0.0, min(1.0, share_of_b))
    return QColor.fromRgbF(
        a.redF() * (1 - t) + b.redF() * t,
        a.greenF() * (1 - t) + b.greenF() * t,
        a.blueF() * (1 - t) + b.blueF() * t,
    )


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5


def readable_text(background: QColor) -> QColor:
    """Black or white, whichever reads better on `background`."""
    r, g, b = background.redF(), background.greenF(), background.blueF()
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return QColor("#111111") if luminance > 0.5 else QColor("#ffffff")


SLIP_COLOUR = "#d62728"  # a suspected slip: wavy red underline over the group's tint


def figure_format(
    look: Look, group_id: int | None, palette: QPalette, slip: bool = False
) -> QTextCharFormat:
    """The character format of a figure in `look`, for `palette` (light or dark); a suspected
    slip keeps its group's tint and gets a wavy red underline instead of the straight one."""
    fmt = _look_format(look, group_id, palette)
    if slip:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(QColor(SLIP_COLOUR))
    return fmt


def _look_format(look: Look, group_id: int | None, palette: QPalette) -> QTextCharFormat:
    base = palette.color(QPalette.ColorRole.Base)
    colour = group_colour(group_id)
    fmt = QTextCharFormat()
    if look is Look.LONE:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setUnderlineColor(mix(base, palette.color(QPalette.ColorRole.Text), 0.55))
        return fmt
    dark = is_dark(palette)
    if look is Look.GROUPED:
        fmt.setBackground(QBrush(mix(base, colour, 0.38 if dark else 0.26)))
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(colour)
        return fmt
    strong = mix(base, colour, 0.8 if look is Look.SELECTED else 0.62)
    fmt.setBackground(QBrush(strong))
    fmt.setForeground(QBrush(readable_text(strong)))
    fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    fmt.setUnderlineColor(readable_text(strong) if look is Look.SELECTED else colour)
    return fmt


def swatch_colour(group_id: int | None, palette: QPalette) -> QColor:
    """The colour of a group's swatch in lists: the group colour, a little softened on dark."""
    colour = group_colour(group_id)
    return mix(colour, palette.color(QPalette.ColorRole.Base), 0.15) if is_dark(palette) else colour


STATEMENT_COLOUR = "#8e6bbf"  # quoted statements: a violet no group colour uses


def statement_format(palette: QPalette, picked: bool = False) -> QTextCharFormat:
    """Quoted words of a statement group in focus: a violet wash (stronger on the picked
    version) with a violet underline, mixed with the palette's base so light and dark read."""
    base = palette.color(QPalette.ColorRole.Base)
    colour = QColor(STATEMENT_COLOUR)
    back = mix(base, colour, 0.55 if picked else 0.3)
    fmt = QTextCharFormat()
    fmt.setBackground(QBrush(back))
    fmt.setForeground(QBrush(readable_text(back)))
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    fmt.setUnderlineColor(colour)
    return fmt
