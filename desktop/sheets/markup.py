"""The comparison sheet as one HTML document: print-friendly, readable in grayscale.

Uses only what QTextDocument's HTML subset also shows (tables, <b>, <span>, simple CSS), so the
same file reads in a browser and in Qt. Status is spelled out, never carried by colour alone; so
are a statement's marked words (italic underlined, bold on a shade). Every string from outside —
article text, quotations, speakers, titles, group names — is escaped. Paper and PDF are the
window's printing module's business.
"""

from __future__ import annotations

from html import escape

from desktop.model import (
    SHEET_TITLE,
    STATEMENTS_HEADING,
    STATEMENTS_INTRO,
    STATEMENTS_LEGEND,
    VERSION_HEADINGS,
    Sheet,
    SheetRow,
    SheetSection,
    SheetStatementSection,
    SheetVersion,
    outlet_name,
    statement_notes,
)

STATUS_TEXT = {
    "diverging": "DIVERGING",
    "changing over time": "CHANGING OVER TIME",
    "agreeing": "AGREEING",
    "single": "ONE SOURCE",
}

_CSS = """
body { font-family: 'DejaVu Serif', Georgia, serif; font-size: 10pt; color: #111; margin: 2em; }
h1, h2, h3, th, .meta, .cite, .tag { font-family: 'DejaVu Sans', Helvetica, Arial, sans-serif; }
h1 { font-size: 18pt; margin: 0 0 2pt 0; }
h2 { font-size: 13pt; margin: 18pt 0 2pt 0; border-bottom: 1px solid #444; }
h3 { font-size: 11pt; margin: 14pt 0 4pt 0; }
.meta { font-size: 8.5pt; color: #444; }
table { border-collapse: collapse; width: 100%; }
th { font-size: 8pt; text-align: left; color: #333; border-bottom: 1px solid #333; padding: 3pt; }
td { vertical-align: top; padding: 3pt; border-bottom: 1px solid #bbb; }
.cite { font-size: 8pt; color: #333; }
.tag { font-size: 8pt; font-weight: bold; border: 1px solid #333; padding: 0 3pt; }
.slip { font-family: 'DejaVu Sans', sans-serif; font-size: 8pt; font-weight: bold; }
.partial { font-style: italic; text-decoration: underline; color: #1d3f78; }
.changed { font-weight: bold; background-color: #ffe08a; }
.flag { font-family: 'DejaVu Sans', sans-serif; font-size: 8pt; font-weight: bold; color: #8a1c00; }
@media print {
  body { margin: 0; } h2 { page-break-after: avoid; } tr { page-break-inside: avoid; }
}
"""


def render_html(sheet: Sheet) -> str:
    """A complete HTML document of the sheet."""
    title = f"{SHEET_TITLE} — {sheet.workspace}"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        f'<p class="meta">Printed {sheet.printed.isoformat()} · {len(sheet.sources)} sources · '
        f"{len(sheet.sections)} groups of figures · "
        f"{sum(len(s.rows) for s in sheet.sections)} figures compared"
        f"{f' · {len(sheet.statements)} groups of statements' if sheet.statements else ''}</p>",
        _sources(sheet),
    ]
    parts += [_section(s) for s in sheet.sections]
    if sheet.statements:
        parts.append(_statements(sheet.statements))
    if sheet.with_appendix:
        parts.append(_appendix(sheet))
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def emphasised(row: SheetRow) -> str:
    """The row's sentence, escaped, with its figure in bold."""
    a, b = row.emphasis
    s = row.sentence
    return f"{escape(s[:a])}<b>{escape(s[a:b])}</b>{escape(s[b:])}"


def marked(version: SheetVersion) -> str:
    """A version's words, escaped, each word some versions drop or add, or change, in a span of
    its mark's class (`partial`, `changed`), as the printed sheet sets them."""
    out, at = [], 0
    for start, end, mark in sorted(version.marks):
        if mark not in ("partial", "changed") or start < at:
            continue
        out.append(escape(version.text[at:start]))
        out.append(f'<span class="{mark}">{escape(version.text[start:end])}</span>')
        at = end
    out.append(escape(version.text[at:]))
    return "".join(out)


def _sources(sheet: Sheet) -> str:
    rows = "".join(
        f"<tr><td>[{s.number}]</td><td>{escape(outlet_name(s.outlet, s.origin) or '—')}</td>"
        f"<td>{escape(s.title)}</td>"
        f"<td>{s.published.isoformat() if s.published else '—'}</td>"
        f'<td class="cite">{escape(s.origin)}</td></tr>'
        for s in sheet.sources
    )
    return (
        "<h2>Sources</h2><table><tr><th>#</th><th>Outlet</th><th>Title</th><th>Published</th>"
        f"<th>File or URL</th></tr>{rows}</table>"
    )


def _section(section: SheetSection) -> str:
    status = STATUS_TEXT.get(section.status, section.status.upper())
    flags = " · suggested link, not confirmed" if section.suggested else ""
    if section.confirmed and getattr(section, "confirmed_by", ""):
        flags = f" · confirmed by {escape(section.confirmed_by)}"
    sources = len({r.article for r in section.rows})
    return (
        f'<h2>{escape(section.label)} <span class="tag">{escape(status)}</span></h2>'
        f'<p class="meta">{sources} sources · {len(section.rows)} figures · '
        f"range {escape(section.range_text)}"
        f"{f' · {escape(section.apart)}' if section.apart else ''}{flags}</p>" + _rows(section.rows)
    )


def _statements(sections: tuple[SheetStatementSection, ...]) -> str:
    legend = "".join(
        f'<span class="{mark}">{escape(words)}</span>' if mark != "common" else escape(words)
        for words, mark in STATEMENTS_LEGEND
    )
    head = (
        f"<h2>{escape(STATEMENTS_HEADING)}</h2><p>{escape(STATEMENTS_INTRO)}</p>"
        f'<p class="meta">{legend}</p>'
    )
    return head + "".join(_statement_section(s) for s in sections)


def _statement_section(section: SheetStatementSection) -> str:
    notes, why = statement_notes(section)
    words, citation = VERSION_HEADINGS
    body = "".join(_version(v) for v in section.versions)
    return (
        f'<h3>{escape(section.label)}</h3><p class="meta">{escape(notes)}<br>{escape(why)}</p>'
        f"<table><tr><th>Source</th><th>{escape(words)}</th><th>{escape(citation)}</th></tr>"
        f"{body}</table>"
    )


def _version(version: SheetVersion) -> str:
    said = (
        f'<br><span class="cite">said by {escape(version.speaker)}</span>'
        if version.speaker
        else ""
    )
    flags = "".join(f'<br><span class="flag">⚑ {escape(flag)}</span>' for flag in version.flags)
    return (
        f"<tr><td>[{version.number}] {escape(version.source)}</td>"
        f"<td>{marked(version)}{said}{flags}</td>"
        f'<td class="cite">¶{version.paragraph}, chars {version.start}–{version.end}</td></tr>'
    )


def _appendix(sheet: Sheet) -> str:
    if not sheet.appendix:
        return "<h2>Appendix: figures no other source reports</h2><p>None.</p>"
    return "<h2>Appendix: figures no other source reports</h2>" + _rows(sheet.appendix)


def _rows(rows: tuple[SheetRow, ...]) -> str:
    body = "".join(_row(r) for r in rows)
    return (
        "<table><tr><th>Source</th><th>Figure</th><th>Value</th><th>In context</th>"
        f"<th>Citation</th></tr>{body}</table>"
    )


def _row(row: SheetRow) -> str:
    who = [f"said by {escape(row.speaker)}"] if row.speaker else []
    if row.as_of:
        who.append(f"as of {row.as_of.isoformat()}")
    slip = '<br><span class="slip">SUSPECTED SLIP</span>' if row.slip else ""
    said = f'<br><span class="cite">{" · ".join(who)}</span>' if who else ""
    return (
        f"<tr><td>{escape(row.source)}</td><td><b>{escape(row.figure)}</b>{slip}</td>"
        f"<td>{escape(row.value_text)}</td>"
        f"<td>{emphasised(row)}{said}</td>"
        f'<td class="cite">¶{row.paragraph}, chars {row.start}–{row.end}</td></tr>'
    )
