"""What a comparison sheet says: its sources, one section per group, the appendix, the citations.

`build_sheet` turns a workspace `Snapshot` into a `Sheet` of plain values, every figure cited to
its paragraph and character offsets; wording numbers and bounds for print lives here too. How the
sheet looks (HTML, CSV, paper) is left to `markup`, `table` and the window's printing module.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from desktop.linking import on_one_scale
from desktop.model import (
    ArticleRow,
    Claim,
    GroupRow,
    Sheet,
    SheetRow,
    SheetSection,
    SheetSource,
    Snapshot,
    claim_value_text,
    range_text,
)

_SHORT_NAME = 48  # a citation names a source by its outlet, or by its title cut to this length


def build_sheet(
    snapshot: Snapshot,
    workspace_name: str,
    group_ids: Sequence[int] | None = None,
    *,
    appendix: bool = False,
    printed: date | None = None,
) -> Sheet:
    """The sheet of the chosen groups (all when None), most divergent first."""
    sources = tuple(_source(a, n) for n, a in enumerate(snapshot.articles, start=1))
    by_article = {s.article: s for s in sources}
    texts = {a.id: a.text for a in snapshot.articles}
    order = {a.id: n for n, a in enumerate(snapshot.articles)}
    claims = {c.id: c for c in snapshot.claims}
    rates = dict(snapshot.currency)

    def rows(
        members: Sequence[Claim], slips: tuple[int, ...] = (), group: bool = True
    ) -> tuple[SheetRow, ...]:
        # a group in acres and hectares shows one of them; a converted value says its unit
        scaled = on_one_scale(members, rates) if group else members
        shown = {c.id: (s, s is not c) for c, s in zip(members, scaled, strict=True)}
        ordered = sorted(members, key=lambda c: (order.get(c.article, len(order)), c.start))
        return tuple(
            _row(*shown[c.id], by_article.get(c.article), texts.get(c.article, ""), c.id in slips)
            for c in ordered
        )

    wanted = None if group_ids is None else set(group_ids)
    groups = [g for g in snapshot.groups if wanted is None or g.id in wanted]
    groups.sort(key=lambda g: (-g.spread, -g.source_count, g.label, g.id))
    sections = tuple(
        _section(g, rows([claims[i] for i in g.claims if i in claims], g.outliers)) for g in groups
    )
    extra: tuple[SheetRow, ...] = ()
    if appendix:
        grouped = {i for g in snapshot.groups for i in g.claims}
        extra = rows([c for c in snapshot.claims if c.id not in grouped], group=False)
    return Sheet(
        workspace=workspace_name,
        printed=printed or date.today(),
        sources=sources,
        sections=sections,
        appendix=extra,
        with_appendix=appendix,
    )


def sentence_span(claim: Claim, text: str) -> tuple[int, int]:
    """Where the claim's sentence starts and ends in the article's text (the figure inside)."""
    sentence = claim.sentence
    if sentence:
        begin = max(0, claim.end - len(sentence))
        at = text.find(sentence, begin, claim.start + len(sentence))
        while at != -1 and at <= claim.start:
            if at + len(sentence) >= claim.end:
                return at, at + len(sentence)
            at = text.find(sentence, at + 1, claim.start + len(sentence))
    # no sentence, or one that is not in the text: the line the figure stands on
    start = text.rfind("\n", 0, claim.start) + 1
    end = text.find("\n", claim.end)
    return start, len(text) if end == -1 else end


def _source(article: ArticleRow, number: int) -> SheetSource:
    return SheetSource(
        article=article.id,
        number=number,
        outlet=article.outlet,
        title=article.title,
        published=article.published,
        origin=article.origin,
    )


def short_name(source: SheetSource | None) -> str:
    """What a citation on the sheet calls a source: its name, cut at a word to 48 characters."""
    if source is None:
        return "?"
    name = source.name.strip()
    if len(name) <= _SHORT_NAME:
        return name
    cut = name[: _SHORT_NAME - 1].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:–-") + "…"


def _row(
    claim: Claim, converted: bool, source: SheetSource | None, text: str, slip: bool
) -> SheetRow:
    s_start, s_end = sentence_span(claim, text) if text else (claim.start, claim.end)
    sentence = text[s_start:s_end] if text else claim.text
    name = short_name(source)
    percent = claim.kind == "percent"  # `claim_value_text` writes its "%"
    return SheetRow(
        claim=claim.id if claim.id is not None else -1,
        article=claim.article if claim.article is not None else -1,
        source=name,
        figure=claim.text,
        value=claim.value,
        low=claim.low,
        high=claim.high,
        bound=claim.bound,
        # a converted value says its unit, unless its writing already does ("66.67%")
        value_text=claim_value_text(claim)
        + (f" {claim.unit}" if converted and not percent else ""),
        unit=claim.unit,
        as_of=claim.as_of,
        speaker=claim.speaker,
        sentence=sentence,
        emphasis=(claim.start - s_start, claim.end - s_start),
        paragraph=claim.paragraph,
        start=claim.start,
        end=claim.end,
        citation=f"{name}, ¶{claim.paragraph}, chars {claim.start}–{claim.end}",
        slip=slip,
    )


def _section(group: GroupRow, rows: tuple[SheetRow, ...]) -> SheetSection:
    return SheetSection(
        group=group.id,
        label=group.label,
        status=group.status,
        min=group.min,
        max=group.max,
        range_text=range_text(group.min, group.max) or "?",
        spread=group.spread,
        rows=rows,
        apart=group.apart,
        suggested=group.suggested,
        confirmed=group.confirmed,
    )
