"""Rows in, values out: every query the workspace makes, run inside the caller's session.

ORM records never leave this module; callers get `desktop.model` values or the small `GroupInfo`
and `Placement` records below. Transactions are the caller's: the workspace opens one session per
call and commits once, so an article and its claims land together or not at all.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, MutableMapping, Sequence
from dataclasses import dataclass

from sqlalchemy import bindparam, delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from desktop.model import Activity, ArticleRow, Changes, Claim, Document, RowKey, Versions
from desktop.store.schema import (
    ActivityRecord,
    ActivityRowRecord,
    ArticleRecord,
    ClaimRecord,
    DecisionRecord,
    GroupRecord,
    MetaRecord,
    StatementGroupRecord,
    StatementRecord,
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


# Bound parameters a statement may carry: SQLite allows 32,766 (999 before 3.32), PostgreSQL's
# protocol 65,535. Long id lists are queried in slices of this many.
CHUNK = 900


def _chunks(values: Iterable, size: int = CHUNK) -> Iterator[list]:
    items = list(values)
    for at in range(0, len(items), size):
        yield items[at : at + size]


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


# Asked once per imported file: built once (a statement is cheaper to run than to build)
_BY_CONTENT = select(ArticleRecord.id).where(ArticleRecord.content_hash == bindparam("hash"))
_LAST_POSITION = select(func.max(ArticleRecord.position))
_LIVE_BY_ORIGIN = (
    select(ArticleRecord.id)
    .where(ArticleRecord.origin == bindparam("origin"), ArticleRecord.removed.is_(False))
    .order_by(ArticleRecord.id.desc())
)


def has_content(s: Session, content_hash: str) -> bool:
    """Whether an article with this content is stored already (its text is not loaded)."""
    return s.scalar(_BY_CONTENT, {"hash": content_hash}) is not None


def add_article(
    s: Session, doc: Document, claims: Sequence[Claim], blocks: Sequence[str]
) -> tuple[int, list[int]]:
    """Insert an article and its claims (in bulk, no per-row ORM work); returns the new ids."""
    position = (s.scalar(_LAST_POSITION) or 0) + 1
    table = ArticleRecord.__table__
    article = s.execute(
        insert(table).returning(table.c.id),
        {
            "title": doc.title,
            "outlet": doc.outlet,
            "published": doc.published,
            "origin": doc.origin,
            "text": doc.text,
            "content_hash": doc.content_hash,
            "media_type": doc.media_type,
            "position": position,
            "imported_by": s.info.get("author", ""),
        },
    ).scalar_one()
    return article, add_claims(s, article, claims, blocks)


# Rows per executemany INSERT; SQLAlchemy's "insertmanyvalues" then sends them as multi-row
# INSERT … RETURNING statements, each paged under the dialect's bound-parameter limit (above).
_ROWS = CHUNK


def add_claims(
    s: Session, article: int, claims: Sequence[Claim], blocks: Sequence[str]
) -> list[int]:
    """Insert claims of an article (executemany, in slices); returns their ids in order."""
    table = ClaimRecord.__table__
    rows = [
        {
            "article_id": article,
            "end_offset": c.end,
            "block": block,
            "group_id": None,
            "pinned": False,
            **{f: getattr(c, f) for f in _CLAIM_FIELDS},
        }
        for c, block in zip(claims, blocks, strict=True)
    ]
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return [i for part in _chunks(rows, _ROWS) for i in s.execute(statement, part).scalars()]


def delete_claims(s: Session, ids: Iterable[int]) -> None:
    """Remove claims for good (an article's figures read again replace them)."""
    for part in _chunks(ids):
        s.execute(delete(ClaimRecord).where(ClaimRecord.id.in_(part)))


def meta(s: Session, key: str) -> str | None:
    """A workspace setting, or None when it was never written."""
    return s.scalar(select(MetaRecord.value).where(MetaRecord.key == key))


def set_meta(s: Session, key: str, value: str) -> None:
    record = s.get(MetaRecord, key)
    if record is None:
        s.add(MetaRecord(key=key, value=value))
    else:
        record.value = value
    s.flush()


def live_article_by_origin(s: Session, origin: str) -> ArticleRow | None:
    # the id first: an import asks this for every file, most are new
    found = s.scalar(_LIVE_BY_ORIGIN, {"origin": origin})
    return None if found is None else _article(s.get(ArticleRecord, found))


def money_units(s: Session) -> set[str]:
    """The units of every amount of money in the live articles ("EUR", "crowns", "vellars")."""
    query = (
        select(ClaimRecord.unit)
        .join(ArticleRecord, ArticleRecord.id == ClaimRecord.article_id)
        .where(ClaimRecord.kind == "money", ArticleRecord.removed.is_(False))
        .distinct()
    )
    return set(s.scalars(query))


def articles_counting(s: Session, words: Iterable[str]) -> list[int]:
    """The live articles with a count of one of the words (lower case, as written after the
    number: "vellars"), in their order."""
    wanted = sorted(set(words))
    if not wanted:
        return []
    query = (
        select(ClaimRecord.article_id)
        .join(ArticleRecord, ArticleRecord.id == ClaimRecord.article_id)
        .where(
            ClaimRecord.kind == "count",
            func.lower(ClaimRecord.unit).in_(wanted),
            ArticleRecord.removed.is_(False),
        )
        .distinct()
    )
    return sorted(s.scalars(query))


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
    s.execute(
        update(ArticleRecord)
        .where(ArticleRecord.id == article)
        .values({field: value, "version": ArticleRecord.version + 1})
    )


def set_removed(s: Session, article: int, removed: bool) -> None:
    s.execute(
        update(ArticleRecord)
        .where(ArticleRecord.id == article)
        .values(removed=removed, version=ArticleRecord.version + 1)
    )


def set_positions(s: Session, order: Sequence[int]) -> None:
    for n, article in enumerate(order, start=1):
        s.execute(update(ArticleRecord).where(ArticleRecord.id == article).values(position=n))


# ------------------------------------------------------------------------------- claims


_CLAIM_COLUMNS = (
    ClaimRecord.id,
    ClaimRecord.article_id,
    ClaimRecord.end_offset,
    *(getattr(ClaimRecord, f) for f in _CLAIM_FIELDS),
)


def _claim_row(row) -> Claim:
    cid, article, end, *values = row
    return Claim(end=end, id=cid, article=article, **dict(zip(_CLAIM_FIELDS, values, strict=True)))


def claims(s: Session, article: int | None = None, ids: Iterable[int] | None = None) -> list[Claim]:
    """Claims of live articles (rows, not ORM records: a snapshot reads thousands), in article
    and text order; only those of `article`, or those named by `ids`, when given."""
    query = (
        select(*_CLAIM_COLUMNS)
        .join(ArticleRecord, ArticleRecord.id == ClaimRecord.article_id)
        .where(ArticleRecord.removed.is_(False))
        .order_by(ClaimRecord.article_id, ClaimRecord.start)
    )
    if article is not None:
        query = query.where(ClaimRecord.article_id == article)
    if ids is None:
        return [_claim_row(r) for r in s.execute(query)]
    found = [r for part in _chunks(ids) for r in s.execute(query.where(ClaimRecord.id.in_(part)))]
    found.sort(key=lambda r: (r[1], r[3]))  # article, start
    return [_claim_row(r) for r in found]


def live_claims(s: Session, known: MutableMapping[int, Claim]) -> list[Claim]:
    """Every claim of live articles, as `claims` lists them, reading whole only those `known`
    (claims read before, by id, as `placements` takes it) does not hold; those are added to it."""
    if not known:  # nothing read yet: one query reads them all
        found = claims(s)
        known.update((c.id, c) for c in found)  # type: ignore[misc]
        return found
    query = (
        select(ClaimRecord.id, *_IDENTITY_COLUMNS)
        .join(ArticleRecord, ArticleRecord.id == ClaimRecord.article_id)
        .where(ArticleRecord.removed.is_(False))
        .order_by(ClaimRecord.article_id, ClaimRecord.start)
    )
    order: list[int] = []
    unknown: list[int] = []
    for cid, *same in s.execute(query):
        claim = known.get(cid)
        if claim is None or _identity(claim) != tuple(same):
            unknown.append(cid)
        order.append(cid)
    for c in claims(s, ids=unknown) if unknown else ():
        known[c.id] = c  # type: ignore[index]
    return [known[cid] for cid in order]


_PLACEMENT_COLUMNS = (*_CLAIM_COLUMNS, ClaimRecord.group_id, ClaimRecord.pinned)


# A claim's place, and its article and span: a claim never changes once stored and its id is never
# given to another (figures read again are stored before the old ones go, so no id is freed at
# the top of the table), yet what is remembered is checked against where it stands
_IDENTITY_COLUMNS = (ClaimRecord.article_id, ClaimRecord.start, ClaimRecord.end_offset)
_PLACE_COLUMNS = (ClaimRecord.id, ClaimRecord.group_id, ClaimRecord.pinned, *_IDENTITY_COLUMNS)


def _identity(c: Claim) -> tuple:
    return (c.article, c.start, c.end)


def _placement(row) -> Placement:
    *claim, group, pinned = row
    return Placement(_claim_row(claim), group, bool(pinned))


def placements(
    s: Session, blocks: Iterable[str], known: MutableMapping[int, Claim] | None = None
) -> list[Placement]:
    """Claims of live articles in the given blocks, with their group and pin (rows, not ORM
    records: a relink reads thousands). `known` holds claims read before, by id: only their
    place is read again (a stored claim never changes; one whose article or span differs is
    another claim, read whole), and the claims read whole are added to it."""
    wanted = sorted({b for b in blocks if b})
    if known is None:
        rows = sorted(_live_rows(s, _PLACEMENT_COLUMNS, wanted), key=lambda row: row[0])
        return [_placement(row) for row in rows]
    placed: list[Placement] = []
    unknown: list[int] = []
    for cid, group, pinned, *same in _live_rows(s, _PLACE_COLUMNS, wanted):
        claim = known.get(cid)
        if claim is not None and _identity(claim) == tuple(same):
            placed.append(Placement(claim, group, bool(pinned)))
        else:
            unknown.append(cid)
    query = select(*_PLACEMENT_COLUMNS)
    for part in _chunks(unknown):
        for row in s.execute(query.where(ClaimRecord.id.in_(part))):
            p = _placement(row)
            known[row[0]] = p.claim
            placed.append(p)
    placed.sort(key=lambda p: p.claim.id)
    return placed


def _live_rows(s: Session, columns: Sequence, blocks: list[str]) -> list:
    query = (
        select(*columns)
        .join(ArticleRecord, ArticleRecord.id == ClaimRecord.article_id)
        .where(ArticleRecord.removed.is_(False))
    )
    return [
        row
        for part in _chunks(blocks)
        for row in s.execute(query.where(ClaimRecord.block.in_(part)))
    ]


def all_blocks(s: Session) -> set[str]:
    return {b for b in s.scalars(select(ClaimRecord.block).distinct()) if b}


def claim_groups(s: Session, claims: Iterable[int]) -> dict[int, tuple[int | None, bool]]:
    """Each claim's group and whether the user put it there, in one query."""
    query = select(ClaimRecord.id, ClaimRecord.group_id, ClaimRecord.pinned)
    return {
        cid: (group, bool(pinned))
        for part in _chunks(claims)
        for cid, group, pinned in s.execute(query.where(ClaimRecord.id.in_(part)))
    }


# built once: an edit runs these a few times each, and building a statement costs more than
# running it on a small table
_BUMP_MEMBERS = (
    update(GroupRecord.__table__)
    .where(GroupRecord.__table__.c.id.in_(bindparam("ids", expanding=True)))
    .values(members=GroupRecord.__table__.c.members + 1)
)
_UNKNOWN = object()


def _members_moved(s: Session, groups: Iterable[int | None]) -> None:
    """The figures of these groups changed: their membership versions go up."""
    for part in _chunks(sorted({g for g in groups if g is not None})):
        s.execute(_BUMP_MEMBERS, {"ids": part})


def place_claim(
    s: Session, claim: int, group: int | None, pinned: bool, before: object = _UNKNOWN
) -> None:
    """Put a claim in a group (or none); `before`, its group now, when the caller knows it."""
    if before is _UNKNOWN:
        before = s.scalar(select(ClaimRecord.group_id).where(ClaimRecord.id == claim))
    if before != group:
        _members_moved(s, (before, group))  # type: ignore[arg-type]
    s.execute(
        update(ClaimRecord)
        .where(ClaimRecord.id == claim)
        .values(group_id=group, pinned=pinned, version=ClaimRecord.version + 1)
    )


def place_claims(s: Session, moves: dict[int, int | None]) -> None:
    """Put many claims in their groups at once, unpinned (one executemany, not a row each)."""
    if not moves:
        return
    table = ClaimRecord.__table__
    statement = (
        update(table)
        .where(table.c.id == bindparam("claim"))
        .values(group_id=bindparam("group"), pinned=False, version=table.c.version + 1)
    )
    rows = [{"claim": c, "group": g} for c, g in moves.items()]
    before = [g for part in _chunks(moves) for g in s.scalars(
        select(ClaimRecord.group_id).where(ClaimRecord.id.in_(part)))]  # fmt: skip
    _members_moved(s, [*before, *moves.values()])
    for part in _chunks(rows):
        s.execute(statement, part)


_GROUP_COLUMNS = (
    GroupRecord.id,
    GroupRecord.label,
    GroupRecord.label_by_user,
    GroupRecord.confirmed,
    GroupRecord.automatic,
    GroupRecord.accepted,
    GroupRecord.block,
    GroupRecord.confidence,
    GroupRecord.reason,
)


def groups(
    s: Session, ids: Iterable[int] | None = None, *, members: bool = True
) -> list[GroupInfo]:
    """Groups with their live member claims (members of removed articles left out); only the
    groups named by `ids` when given, so a relink reads what it touches, not the workspace.
    With `members=False` only the groups' own rows are read (their `claims` are left empty): a
    relink knows the members already."""
    wanted = None if ids is None else sorted({i for i in ids if i is not None})
    if wanted is not None and not wanted:
        return []
    query = select(*_GROUP_COLUMNS).order_by(GroupRecord.id)
    member_query = (
        select(ClaimRecord.group_id, ClaimRecord.id)
        .join(ArticleRecord, ArticleRecord.id == ClaimRecord.article_id)
        .where(ArticleRecord.removed.is_(False), ClaimRecord.group_id.is_not(None))
        .order_by(ClaimRecord.id)
    )
    if wanted is None:
        records = list(s.execute(query))
        rows = list(s.execute(member_query)) if members else []
    else:
        parts = list(_chunks(wanted))
        records = [r for part in parts for r in s.execute(query.where(GroupRecord.id.in_(part)))]
        records.sort(key=lambda r: r[0])
        rows = [
            row
            for part in (parts if members else [])
            for row in s.execute(member_query.where(ClaimRecord.group_id.in_(part)))
        ]
        rows.sort(key=lambda row: row[1])
    held: dict[int, list[int]] = defaultdict(list)
    for group_id, claim_id in rows:
        held[group_id].append(claim_id)
    return [GroupInfo(*r, claims=tuple(held.get(r[0], ()))) for r in records]


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
    values["version"] = GroupRecord.version + 1
    s.execute(update(GroupRecord).where(GroupRecord.id == group).values(**values))


def new_groups(s: Session, groups: Sequence[dict[str, object]]) -> list[int]:
    """Make many automatic groups at once (label, block, confidence, reason each); their ids."""
    table = GroupRecord.__table__
    rows = [{"automatic": True, "label_by_user": False, **g} for g in groups]
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return [i for part in _chunks(rows, _ROWS) for i in s.execute(statement, part).scalars()]


def update_groups(s: Session, values: dict[int, dict[str, object]]) -> None:
    """Update many groups at once; rows with the same fields go in one executemany."""
    table = GroupRecord.__table__
    by_fields: dict[tuple[str, ...], list[dict[str, object]]] = defaultdict(list)
    for group, fields in values.items():
        by_fields[tuple(sorted(fields))].append(
            {"group": group, **{f"v_{f}": v for f, v in fields.items()}}
        )
    for fields, rows in by_fields.items():
        statement = (
            update(table)
            .where(table.c.id == bindparam("group"))
            .values({**{f: bindparam(f"v_{f}") for f in fields}, "version": table.c.version + 1})
        )
        for part in _chunks(rows):
            s.execute(statement, part)


def drop_emptied_groups(s: Session, ids: Iterable[int]) -> set[int]:
    """Drop the automatic groups among `ids` that no claim is in any more (a user's groups stay,
    even empty: an edit may be about to fill them). Returns the ids dropped."""
    dropped: set[int] = set()
    for part in _chunks(ids):
        used = select(ClaimRecord.id).where(ClaimRecord.group_id == GroupRecord.id).exists()
        query = select(GroupRecord.id).where(
            GroupRecord.id.in_(part),
            GroupRecord.automatic.is_(True),
            GroupRecord.confirmed.is_(False),
            GroupRecord.label_by_user.is_(False),
            ~used,
        )
        empty = list(s.scalars(query))
        if empty:
            s.execute(delete(GroupRecord).where(GroupRecord.id.in_(empty)))
            dropped.update(empty)
    return dropped


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
        DecisionRecord(
            kind=kind,
            claim_id=claim,
            other_claim_id=other,
            group_id=group,
            value=value,
            author=s.info.get("author", ""),
        )  # fmt: skip
    )


def rejected_pairs(s: Session, claim_ids: Iterable[int] | None = None) -> set[frozenset[int]]:
    query = select(DecisionRecord.claim_id, DecisionRecord.other_claim_id).where(
        DecisionRecord.kind == "rejected"
    )
    if claim_ids is None:
        rows = list(s.execute(query))
    else:
        rows = [
            row
            for part in _chunks(claim_ids)
            for row in s.execute(
                query.where(
                    or_(DecisionRecord.claim_id.in_(part), DecisionRecord.other_claim_id.in_(part))
                )
            )
        ]
    return {frozenset((a, b)) for a, b in rows if a is not None and b is not None}


def reject_pairs(s: Session, claim: int, others: Iterable[int]) -> None:
    known = rejected_pairs(s, [claim])
    for other in others:
        if other != claim and frozenset((claim, other)) not in known:
            record_decision(s, "rejected", claim=claim, other=other)


def forgive_pairs(s: Session, claim: int, others: Iterable[int]) -> None:
    for ids in _chunks(others):
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


# ------------------------------------------------------------------------------- versions

# which version each kind of row key reads: "m" is a group's figures (moved by every figure in
# or out), apart from "g", the group's own name and confirmation
_VERSIONED = {
    "a": (ArticleRecord, ArticleRecord.version),
    "g": (GroupRecord, GroupRecord.version),
    "m": (GroupRecord, GroupRecord.members),
    "c": (ClaimRecord, ClaimRecord.version),
    # statements (migration 0004): "q" a statement's group, "u" a statement group's
    # confirmation, "w" the statements it holds
    "q": (StatementRecord, StatementRecord.version),
    "u": (StatementGroupRecord, StatementGroupRecord.version),
    "w": (StatementGroupRecord, StatementGroupRecord.members),
}


_VERSION_QUERIES = {
    kind: select(record.id, column).where(record.id.in_(bindparam("ids", expanding=True)))
    for kind, (record, column) in _VERSIONED.items()
}
_HOLDS = {
    kind: update(record.__table__)
    .where(
        record.__table__.c.id == bindparam("row"),
        record.__table__.c[column.key] == bindparam("seen"),
    )
    .values({column.key: record.__table__.c[column.key]})
    for kind, (record, column) in _VERSIONED.items()
}


def versions(s: Session, keys: Iterable[RowKey]) -> Versions:
    """The current version of each row named (None for a row that is not there)."""
    wanted: dict[str, set[int]] = defaultdict(set)
    for kind, row in keys:
        wanted[kind].add(row)
    found: dict[RowKey, int | None] = {}
    for kind, ids in wanted.items():
        found |= {(kind, i): None for i in ids}
        for part in _chunks(sorted(ids)):
            found |= {(kind, i): v for i, v in s.execute(_VERSION_QUERIES[kind], {"ids": part})}
    return Versions(found)


def all_versions(s: Session) -> Versions:
    """Every article's, group's and claim's version (read before a snapshot's rows)."""
    return all_versions_of(s, ("a", "g", "m", "c"))


def all_versions_of(s: Session, kinds: Iterable[str]) -> Versions:
    """Every row's version of the given kinds of row key."""
    found: dict[RowKey, int | None] = {}
    for kind in kinds:
        record, column = _VERSIONED[kind]
        found |= {(kind, i): v for i, v in s.execute(select(record.id, column))}
    return Versions(found)


def hold_version(s: Session, key: RowKey, seen: int | None) -> bool:
    """Whether the row is still at version `seen` (None: still absent); a row that is holds a
    row lock until the transaction ends (`UPDATE … WHERE version = :seen`)."""
    kind, row = key
    record, column = _VERSIONED[kind]
    if seen is None:
        return s.scalar(select(record.id).where(record.id == row)) is None
    held = s.execute(_HOLDS[kind], {"row": row, "seen": seen})
    return held.rowcount == 1


# ------------------------------------------------------------------------------- activity

CHANGES_CHANNEL = "evidence_desk_changes"  # PostgreSQL NOTIFY channel: the change counter moved


def log_activity(
    s: Session, action: str, text: str, rows: Versions, *, author: str, session: str, at
) -> int:
    """Record who changed what (and the rows it touched, with their versions after); returns its
    id, the workspace's change counter."""
    table = ActivityRecord.__table__
    activity = s.execute(
        insert(table).returning(table.c.id),
        {"at": at, "author": author, "session": session, "action": action, "text": text},
    ).scalar_one()
    if rows:
        s.execute(
            insert(ActivityRowRecord.__table__),
            [
                {"activity_id": activity, "kind": k, "row_id": i, "version": v}
                for (k, i), v in rows.rows.items()
            ],
        )
    if s.get_bind().dialect.name == "postgresql":  # delivered to listeners when this commits
        s.execute(select(func.pg_notify(CHANGES_CHANNEL, str(activity))))
    return activity


def change_counter(s: Session) -> int:
    """The newest activity's id: it grows with every change anyone makes."""
    return s.scalar(select(func.max(ActivityRecord.id))) or 0


def _activities(s: Session, records: list[ActivityRecord], touched: bool = True) -> list[Activity]:
    rows: dict[int, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    for part in _chunks([r.id for r in records] if touched else []):
        columns = (ActivityRowRecord.activity_id, ActivityRowRecord.kind, ActivityRowRecord.row_id)
        query = select(*columns).where(ActivityRowRecord.activity_id.in_(part))
        for activity, kind, row in s.execute(query):
            rows[activity][kind].add(row)
    out = []
    for r in records:
        ids = rows.get(r.id, {})
        changes = Changes(
            frozenset(ids.get("a", ())),
            frozenset(ids.get("c", ())),
            frozenset(ids.get("g", ())),
            frozenset(ids.get("q", ())),
            frozenset(ids.get("u", ())),
        )
        out.append(Activity(r.id, r.at, r.author, r.action, r.text, changes, r.session))
    return out


def activity_since(s: Session, after: int) -> list[Activity]:
    """Every change logged after counter `after`, oldest first."""
    query = select(ActivityRecord).where(ActivityRecord.id > after).order_by(ActivityRecord.id)
    return _activities(s, list(s.scalars(query)))


def recent_activity(
    s: Session,
    limit: int = 100,
    key: RowKey | None = None,
    after_version: int | None = None,
    touched: bool = True,
) -> list[Activity]:
    """The newest changes, newest first: all of them, or those that touched one row (and left
    it at a version above `after_version`). With `touched=False` the rows each change touched
    are not read (its `changes` are empty): an import's change touches thousands."""
    query = select(ActivityRecord).order_by(ActivityRecord.id.desc()).limit(limit)
    if key is not None:
        rows_of = select(ActivityRowRecord.activity_id).where(
            ActivityRowRecord.kind == key[0], ActivityRowRecord.row_id == key[1]
        )
        if after_version is not None:
            rows_of = rows_of.where(
                or_(ActivityRowRecord.version > after_version, ActivityRowRecord.version.is_(None))
            )
        query = query.where(ActivityRecord.id.in_(rows_of))
    return _activities(s, list(s.scalars(query)), touched)


def confirmed_by(s: Session) -> dict[int, tuple[str, object]]:
    """Who confirmed each group last, and when (groups whose last such decision is a confirm)."""
    query = (
        select(DecisionRecord.group_id, DecisionRecord.kind, DecisionRecord.author,
               DecisionRecord.made_at)
        .where(DecisionRecord.kind.in_(("confirmed", "unconfirmed")))
        .order_by(DecisionRecord.id)
    )  # fmt: skip
    out: dict[int, tuple[str, object]] = {}
    for group, kind, author, at in s.execute(query):
        if group is None:
            continue
        if kind == "confirmed":
            out[group] = (author, at)
        else:
            out.pop(group, None)
    return out
