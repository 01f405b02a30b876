"""The comparison sheet as CSV: one row per figure in a section, for spreadsheets and scripts."""

from __future__ import annotations

import csv
import io

from desktop.model import Sheet

COLUMNS = (
    "group_id", "group_label", "status", "source", "outlet", "title", "figure", "value", "low",
    "high", "bound", "as_of", "speaker", "paragraph", "start", "end", "sentence", "suspected_slip",
)  # fmt: skip


def render_csv(sheet: Sheet) -> str:
    """One CSV row per claim in the sheet's sections, in sheet order, with a header row."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
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
                )
            )
    return out.getvalue()


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else repr(float(value))
