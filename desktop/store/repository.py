"""Rows in, values out: every query the workspace makes, run inside the caller's session.

ORM records never leave this module; callers get `desktop.model` values or the small `GroupInfo`
and `Placement` records below. Transactions are the caller's: the workspace opens one session per
call and commits once, so an article and its claims land together or not at all.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session

from desktop.model import ArticleRow, Claim, Document
from desktop.store.schema import (
    ArticleRecord,
    ClaimRecord,
    DecisionRecord,
    GroupRecord,
)


@dataclass(frozen=True)
class GroupInfo:
    """A group as stored: its flags and member claim ids (summaries are computed by the caller)."""

    id: int
    label: str
    label_by_user: bool
    confirmed: bool
    automatic: bool
    accepted: bool
    block: str
    confidence: float
    reason: str
    claims: tuple[int, ...]


@dataclass(frozen=True)
class Placement:
    """Where a claim sits now and whether the user put it there."""

    claim: Claim
    group: int | None
    pinned: bool


_CLAIM_FIELDS = (
    "start", "text", "value", "bound", "low", "high", "unit", "subject", "speaker", "as_of",
    "sentence", "paragraph", "kind", "population", "act", "window", "context_before",
    "context_after",
)  # fmt: skip


def _claim(r: ClaimRecord) -> Claim:
    fields = {f: getattr(r, f) for f in _CLAIM_FIELDS}
    return Claim(end=r.end_offset, id=r.id, article=r.article_id, **fields)


def _article(r: ArticleRecord, claim_count: int = 0) -> ArticleRow:
    return ArticleRow(
        id=r.id,
        title=r.title,
        outlet=r.outlet,
        published=r.published,
        origin=r.origin,
        text=r.text,
        content_hash=r.content_hash,
        position=r.position,
        claim_count=claim_count,
    )


# ------------------------------------------------------------------------------- articles


def has_content(s: Session, content_hash: str) -> bool:
    """Whether an article with this content is stored already (its text is not loaded)."""
    query = select(ArticleRecord.id).where(ArticleRecord.content_hash == content_hash)
    return s.scalar(query) is not None


def add_article(
    s: Session, doc: Document, claims: Sequence[Claim], blocks: Sequence[str]
) -> tuple[int, list[int]]:
    """Insert an article and its claims; returns the new ids."""
    position = (s.scalar(select(func.max(ArticleRecord.position))) or 0) + 1
    article = ArticleRecord(
        title=doc.title,
        outlet=doc.outlet,
        published=doc.published,
        origin=doc.origin,
        text=doc.text,
        content_hash=doc.content_hash,
        media_type=doc.media_type,
        position=position,
    )
    s.add(article)
    s.flush()
    records = [
        ClaimRecord(
            article_id=article.id,
            end_offset=c.end,
            block=block,
            **{f: getattr(c, f) for f in _CLAIM_FIELDS},
        )
        for c, block in zip(claims, blocks, strict=True)
    ]
    s.add_all(records)
    s.flush()
    return article.id, [r.id for r in records]


def live_article_by_origin(s: Session, origin: str) -> ArticleRow | None:
    r = s.scalar(
        select(ArticleRecord)
        .where(ArticleRecord.origin == origin, ArticleRecord.removed.is_(False))
        .order_by(ArticleRecord.id.desc())
    )
    return _article(r) if r else None


def claim_placements(s: Session, article: int) -> list[Placement]:
    """Every claim of one article with its group and pin (for re-attaching a new version)."""
    query = select(ClaimRecord).where(ClaimRecord.article_id == article).order_by(ClaimRecord.id)
    return [Placement(_claim(r), r.group_id, r.pinned) for r in s.scalars(query)]


def retarget_decisions(s: Session, old: int, new: int) -> None:
    """Decisions about claim `old` now speak of claim `new` (a re-imported article's figure)."""
    s.execute(update(DecisionRecord).where(DecisionRecord.claim_id == old).values(claim_id=new))
    s.execute(
        update(DecisionRecord)
        .where(DecisionRecord.other_claim_id == old)
        .values(other_claim_id=new)
    )


def forget_aliases(s: Session, claim: int, group: int) -> None:
    s.execute(
        delete(DecisionRecord).where(
            DecisionRecord.kind == "alias",
            DecisionRecord.claim_id == claim,
            DecisionRecord.group_id == group,
        )
    )


def aliases(s: Session) -> dict[str, str]:
    """What the user's links taught: block and act keys that count as the same."""
    query = select(DecisionRecord.value).where(DecisionRecord.kind == "alias")
    out = {}
    for value in s.scalars(query):
        source, _, target = value.partition("=>")
        if source and target and source != target:
            out[source] = target
    return out


def article_rows(s: Session, include_removed: bool = False) -> list[ArticleRow]:
    counts = dict(
        s.execute(
            select(ClaimRecord.article_id, func.count()).group_by(ClaimRecord.article_id)
        ).all()
    )
    query = select(ArticleRecord).order_by(ArticleRecord.position, ArticleRecord.id)
    if not include_removed:
        query = query.where(ArticleRecord.removed.is_(False))
    return [_article(r, counts.get(r.id, 0)) for r in s.scalars(query)]


def article_field(s: Session, article: int, field: str) -> str:
    r = s.get(ArticleRecord, article)
    value = getattr(r, field) if r else ""
    return value.isoformat() if hasattr(value, "isoformat") else (value or "")


def set_article_field(s: Session, article: int, field: str, value: object) -> None:
    s.execute(update(ArticleRecord).where(ArticleRecord.id == article).values({field: value}))


def set_removed(s: Session, article: int, removed: bool) -> None:
    s.execute(update(ArticleRecord).where(ArticleRecord.id == article).values(removed=removed))


def set_positions(s: Session, order: Sequence[int]) -> None:
    for n, article in enumerate(order, start=1):
        s.execute(update(ArticleRecord).where(ArticleRecord.id == article).values(position=n))


# ------------------------------------------------------------------------------- claims


def _live_claims():
    return (
        select(ClaimRecord)
        .join(ArticleRecord, ArticleRecord.id == ClaimRecord.article_id)
        .where(ArticleRecord.removed.is_(False))
    )


def claims(s: Session, article: int | None = None, ids: Iterable[int] | None = None) -> list[Claim]:
    query = _live_claims().order_by(ClaimRecord.article_id, ClaimRecord.start)
    if article is not None:
        query = query.where(ClaimRecord.article_id == article)
    if ids is not None:
        query = query.where(ClaimRecord.id.in_(list(ids)))
    return [_claim(r) for r in s.scalars(query)]


def placements(s: Session, blocks: Iterable[str]) -> list[Placement]:
    """Claims of live articles in the given blocks, with their group and pin."""
    blocks = [b for b in blocks if b]
    if not blocks:
        return []
    query = _live_claims().where(ClaimRecord.block.in_(blocks)).order_by(ClaimRecord.id)
    return [Placement(_claim(r), r.group_id, r.pinned) for r in s.scalars(query)]


def all_blocks(s: Session) -> set[str]:
    return {b for b in s.scalars(select(ClaimRecord.block).distinct()) if b}


def claim_groups(s: Session, claims: Iterable[int]) -> dict[int, tuple[int | None, bool]]:
    """Each claim's group and whether the user put it there, in one query."""
    ids = list(claims)
    if not ids:
        return {}
    query = select(ClaimRecord.id, ClaimRecord.group_id, ClaimRecord.pinned).where(
        ClaimRecord.id.in_(ids)
    )
    return {cid: (group, bool(pinned)) for cid, group, pinned in s.execute(query)}


def place_claim(s: Session, claim: int, group: int | None, pinned: bool) -> None:
    s.execute(
        update(ClaimRecord).where(ClaimRecord.id == claim).values(group_id=group, pinned=pinned)
    )


def groups(s: Session, ids: Iterable[int] | None = None) -> list[GroupInfo]:
    """Groups with their live member claims (members of removed articles left out); only the
    groups named by `ids` when given, so a relink reads what it touches, not the workspace."""
    wanted = None if ids is None else [i for i in ids if i is not None]
    if wanted is not None and not wanted:
        return []
    member_query = (
        select(ClaimRecord.group_id, ClaimRecord.id)
        .join(ArticleRecord, ArticleRecord.id == ClaimRecord.article_id)
        .where(ArticleRecord.removed.is_(False), ClaimRecord.group_id.is_not(None))
        .order_by(ClaimRecord.id)
    )
    query = select(GroupRecord).order_by(GroupRecord.id)
    if wanted is not None:
        member_query = member_query.where(ClaimRecord.group_id.in_(wanted))
        query = query.where(GroupRecord.id.in_(wanted))
    members: dict[int, list[int]] = defaultdict(list)
    for group_id, claim_id in s.execute(member_query):
        members[group_id].append(claim_id)
    return [
        GroupInfo(
            r.id,
            r.label,
            r.label_by_user,
            r.confirmed,
            r.automatic,
            r.accepted,
            r.block,
            r.confidence,
            r.reason,
            tuple(members.get(r.id, ())),
        )  # fmt: skip
        for r in s.scalars(query)
    ]


def group_exists(s: Session, group: int) -> bool:
    return s.get(GroupRecord, group) is not None


def new_group(
    s: Session,
    label: str,
    *,
    group_id: int | None = None,
    automatic: bool = False,
    block: str = "",
    confidence: float = 1.0,
    reason: str = "",
) -> int:
    record = GroupRecord(
        id=group_id,
        label=label,
        automatic=automatic,
        label_by_user=not automatic,
        block=block,
        confidence=confidence,
        reason=reason,
    )
    s.add(record)
    s.flush()
    return record.id


def update_group(s: Session, group: int, **values: object) -> None:
    s.execute(update(GroupRecord).where(GroupRecord.id == group).values(**values))


def drop_group(s: Session, group: int) -> None:
    s.execute(update(ClaimRecord).where(ClaimRecord.group_id == group).values(group_id=None))
    s.execute(delete(GroupRecord).where(GroupRecord.id == group))


def group_label(s: Session, group: int) -> str:
    return s.scalar(select(GroupRecord.label).where(GroupRecord.id == group)) or ""


def group_confirmed(s: Session, group: int) -> bool:
    return bool(s.scalar(select(GroupRecord.confirmed).where(GroupRecord.id == group)))


# ------------------------------------------------------------------------------- decisions


def record_decision(
    s: Session,
    kind: str,
    claim: int | None = None,
    other: int | None = None,
    group: int | None = None,
    value: str = "",
) -> None:
    s.add(
        DecisionRecord(kind=kind, claim_id=claim, other_claim_id=other, group_id=group, value=value)
    )


def rejected_pairs(s: Session, claim_ids: Iterable[int] | None = None) -> set[frozenset[int]]:
    query = select(DecisionRecord.claim_id, DecisionRecord.other_claim_id).where(
        DecisionRecord.kind == "rejected"
    )
    if claim_ids is not None:
        ids = list(claim_ids)
        query = query.where(
            or_(DecisionRecord.claim_id.in_(ids), DecisionRecord.other_claim_id.in_(ids))
        )
    return {frozenset((a, b)) for a, b in s.execute(query) if a is not None and b is not None}


def reject_pairs(s: Session, claim: int, others: Iterable[int]) -> None:
    known = rejected_pairs(s, [claim])
    for other in others:
        if other != claim and frozenset((claim, other)) not in known:
            record_decision(s, "rejected", claim=claim, other=other)


def forgive_pairs(s: Session, claim: int, others: Iterable[int]) -> None:
    ids = list(others)
    if ids:
        s.execute(
            delete(DecisionRecord).where(
                DecisionRecord.kind == "rejected",
                or_(
                    (DecisionRecord.claim_id == claim) & DecisionRecord.other_claim_id.in_(ids),
                    (DecisionRecord.other_claim_id == claim) & DecisionRecord.claim_id.in_(ids),
                ),
            )
        )


def decisions(s: Session) -> list[tuple[str, int | None, int | None, int | None, str]]:
    query = select(
        DecisionRecord.kind,
        DecisionRecord.claim_id,
        DecisionRecord.other_claim_id,
        DecisionRecord.group_id,
        DecisionRecord.value,
    ).order_by(DecisionRecord.id)
    return [tuple(row) for row in s.execute(query)]
