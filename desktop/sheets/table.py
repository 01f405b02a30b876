"""The comparison sheet as CSV, for spreadsheets and scripts: one row per figure in a section,
then one row per version of each statement group.

`kind` says which a row is ("figure" or "statement", as in the export contract). A statement row
fills the columns it shares with a figure (its group, as "s<id>" like the export's statement
groups, the source, the speaker, the paragraph and offsets that cite it) and leaves the figure's
own empty; its words are in `quote`, set as the printed sheet sets them, with how this version
differs from the others: `flags` (meaning flips), `changed_words` and `dropped_or_added_words`.
Cells are written as they are (the csv module quotes commas, quotes and line breaks), for
figures and statements alike, except that a text cell a spreadsheet would run as a formula (one
that starts with =, +, -, @, a tab or a carriage return and is no number, as a hostile page's
words may) starts with an apostrophe, which spreadsheets show as text and do not display.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from desktop.model import Sheet, SheetStatementSection, SheetVersion

COLUMNS = (
    "group_id", "group_label", "status", "source", "outlet", "title", "figure", "value", "low",
    "high", "bound", "as_of", "speaker", "paragraph", "start", "end", "sentence", "suspected_slip",
    "kind", "quote", "flags", "changed_words", "dropped_or_added_words", "confidence", "reason",
    "unit",
)  # fmt: skip
_STATEMENT_ONLY = 7  # the columns after "kind" that a figure's row leaves empty
_JOIN = "; "  # between the flags, or the marked words, in one cell


def render_csv(sheet: Sheet) -> str:
    """One CSV row per claim in the sheet's sections, then one per version of each statement
    group, in sheet order, with a header row."""
    out = io.StringIO()
    writer = _Inert(csv.writer(out, lineterminator="\n"))
    writer.writerow(COLUMNS)
    for section in sheet.sections:
        for row in section.rows:
            source = sheet.source(row.article)
            writer.writerow(
                (
                    section.group,
                    section.label,
                    section.status,
                    row.source,
                    source.outlet if source else "",
                    source.title if source else row.source,
                    row.figure,
                    _number(row.value),
                    _number(row.low),
                    _number(row.high),
                    row.bound,
                    row.as_of.isoformat() if row.as_of else "",
                    row.speaker,
                    row.paragraph,
                    row.start,
                    row.end,
                    row.sentence,
                    "yes" if row.slip else "",
                    "figure",
                    *[""] * (_STATEMENT_ONLY - 1),
                    row.unit,  # the unit of value, low and high: the group's one unit
                )
            )
    for group in sheet.statements:
        for version in group.versions:
            writer.writerow(_statement_row(sheet, group, version))
    return out.getvalue()


def _statement_row(
    sheet: Sheet, group: SheetStatementSection, version: SheetVersion
) -> tuple[object, ...]:
    source = sheet.source(version.article)
    return (
        f"s{group.group}",
        group.label,
        "",  # a figure group's status; a statement group's notes are its confidence and reason
        version.source,
        source.outlet if source else "",
        source.title if source else version.source,
        *[""] * 6,  # figure, value, low, high, bound, as_of
        version.speaker,
        version.paragraph,
        version.start,
        version.end,
        "",  # sentence
        "",  # suspected_slip
        "statement",
        version.text,
        _JOIN.join(version.flags),
        _marked(version, "changed"),
        _marked(version, "partial"),
        f"{group.confidence:.2f}",
        group.reason,
        "",  # unit
    )


class _Inert:
    """A csv writer whose text cells never run as spreadsheet formulas."""

    def __init__(self, writer) -> None:
        self._writer = writer

    def writerow(self, row: Iterable[object]) -> None:
        self._writer.writerow([_inert(cell) for cell in row])


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _inert(cell: object) -> object:
    if not isinstance(cell, str) or not cell.startswith(_FORMULA_STARTS):
        return cell
    try:
        float(cell)  # a number ("-12.5") is a number, not a formula
    except ValueError:
        return "'" + cell
    return cell


def _marked(version: SheetVersion, mark: str) -> str:
    return _JOIN.join(version.text[a:b] for a, b, m in sorted(version.marks) if m == mark)


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else repr(float(value))
