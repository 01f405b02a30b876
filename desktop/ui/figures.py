"""Words for groups and articles as the window shows them (statuses, dates, names, tooltips).

Pure functions over `desktop.model` values, shared by the panes, the groups panel and the tooltips.
A figure's value and bound are written by `desktop.model.value_text`, as everywhere else.
"""

from __future__ import annotations

import html
from datetime import date

from desktop.model import (
    BOUND_WORDS,
    ArticleRow,
    Claim,
    GroupRow,
    claim_value_text,
    range_text,
    source_name,
)

STATUS_TEXT = {
    "diverging": "diverging",
    "changing over time": "changing over time",
    "agreeing": "agreeing",
    "single": "single source",
}


def group_range_text(group: GroupRow) -> str:
    """ "4,000–6,000", or one number when the group agrees exactly."""
    return range_text(group.min, group.max)


def day(value: date | None) -> str:
    """25 Aug 2021, or "" when unknown."""
    return f"{value.day} {value:%b %Y}" if value else ""


def article_name(article: ArticleRow | None) -> str:
    """What the window calls an article: `desktop.model.source_name`, as every view does."""
    if article is None:
        return "?"
    return source_name(article.outlet, article.title, article.origin)


def status_text(group: GroupRow) -> str:
    text = STATUS_TEXT.get(group.status, group.status)
    if group.outliers:
        text = f"{text} · {slips_text(group)}"
    if group.suggested:
        return f"suggested · {text}"
    if group.confirmed:
        return f"{text} · confirmed"
    return text


def excerpt(sentence: str, figure: str, width: int = 110) -> str:
    """The sentence shortened around the figure, for one line in a list."""
    sentence = " ".join(sentence.split())
    if len(sentence) <= width:
        return sentence
    at = max(0, sentence.find(figure))
    start = max(0, min(at - width // 3, len(sentence) - width))
    text = sentence[start : start + width]
    return ("…" if start else "") + text.strip() + ("…" if start + width < len(sentence) else "")


SLIP_TEXT = "Suspected slip: far from the other figures of this group"


def slips_text(group: GroupRow) -> str:
    """ "1 suspected slip", "2 suspected slips", or "" when the group has none."""
    n = len(group.outliers)
    return f"{n} suspected slip{'' if n == 1 else 's'}" if n else ""


def tooltip_html(claim: Claim, group: GroupRow | None) -> str:
    """What hovering a figure shows: value, bound, as-of date, speaker, group and why it holds."""
    e = html.escape
    value = claim_value_text(claim)
    if claim.bound not in ("=", "range"):
        value += f" ({BOUND_WORDS[claim.bound]})"
    rows = [f"<b>“{e(claim.text)}”</b>", f"Value: {e(value)}"]
    if group is not None and claim.id in group.outliers:
        rows.insert(1, f"<span style='color:#d62728'><b>{e(SLIP_TEXT)}</b></span>")
    if claim.unit:
        rows.append(f"Counts: {e(claim.unit)}")
    if claim.as_of:
        rows.append(f"As of: {e(day(claim.as_of))}")
    if claim.speaker:
        rows.append(f"Said by: {e(claim.speaker)}")
    if group is not None:
        rows.append(f"Group: <b>{e(group.label)}</b> — {e(status_text(group))}")
        slips = f" (leaving out {slips_text(group)})" if group.outliers else ""
        rows.append(f"Range across sources: {e(group_range_text(group))}{e(slips)}")
        if group.reason:
            rows.append(f"<i>Why linked: {e(group.reason)}</i>")
    else:
        rows.append("<i>Not linked to other sources</i>")
    return "<qt>" + "<br>".join(rows) + "</qt>"


def counts_text(snap) -> str:
    """ "5 articles · 31 figures · 7 groups" for the status bar."""

    def n(count: int, word: str) -> str:
        return f"{count} {word}{'' if count == 1 else 's'}"

    return " · ".join(
        (
            n(len(snap.articles), "article"),
            n(len(snap.claims), "figure"),
            n(len(snap.groups), "group"),
        )
    )
