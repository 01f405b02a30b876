"""Statement rows in, statement values out: the quotations of each article, the groups of
versions of one utterance, and the user's decisions about them, inside the caller's session.

Mirrors repository.py's figure queries (bulk inserts, membership in one executemany, versions
bumped on every change) for the `statements` and `statement_groups` tables; ORM records never
leave this module. Decisions about statements live in `decisions` under kinds "s-…", their ids in
`claim_id`/`other_claim_id` (statement ids there, never claim ids).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import bindparam, delete, insert, or_, select, update
from sqlalchemy.orm import Session

from desktop.model import Statement
from desktop.store.repository import CHUNK, _chunks, record_decision
from desktop.store.schema import (
    ArticleRecord,
    DecisionRecord,
    StatementGroupRecord,
    StatementRecord,
)

APART = "s-apart"  # two statements the user said are not one utterance


@dataclass(frozen=True)
class StatementGroupInfo:
    """A statement group as stored, with its live members' ids."""

    id: int
    label: str
    confirmed: bool
    automatic: bool
    accepted: bool
    confidence: float
    reason: str
    statements: tuple[int, ...]


_COLUMNS = (
    StatementRecord.id, StatementRecord.article_id, StatementRecord.start,
    StatementRecord.end_offset, StatementRecord.pieces, StatementRecord.words,
    StatementRecord.said, StatementRecord.speaker, StatementRecord.speaker_cue,
    StatementRecord.figures, StatementRecord.nested, StatementRecord.joins,
    StatementRecord.labelled,
)  # fmt: skip


def _statement(row) -> Statement:
    """A statement from a row of `_COLUMNS` (plain rows: an import reads thousands at once)."""
    sid, article, start, end, pieces, words, said, speaker, cue, figures, nested, joins, label = row
    return Statement(
        start=start,
        end=end,
        pieces=tuple((a, b) for a, b in json.loads(pieces)),
        words=words,
        said=tuple(json.loads(said)),
        speaker=speaker,
        speaker_cue=cue,
        figures=tuple(json.loads(figures)) if figures != "[]" else (),
        article=article,
        nested=bool(nested),
        labelled=bool(label),
        joins=tuple(json.loads(joins)) if joins != "[]" else (),
        id=sid,
    )


def add_statements(s: Session, article: int, statements: Sequence[Statement]) -> list[int]:
    """Insert an article's statements in bulk; their ids in order."""
    if not statements:
        return []
    table = StatementRecord.__table__
    rows = [
        {
            "article_id": article,
            "start": st.start,
            "end_offset": st.end,
            "pieces": json.dumps([list(p) for p in st.pieces]),
            "words": st.words,
            "said": json.dumps(list(st.said), ensure_ascii=False),
            "speaker": st.speaker,
            "speaker_cue": st.speaker_cue,
            "figures": json.dumps(list(st.figures)),
            "nested": st.nested,
            "labelled": st.labelled,
            "joins": json.dumps(list(st.joins)),
            "group_id": None,
            "pinned": False,
        }
        for st in statements
    ]
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return [i for part in _chunks(rows, CHUNK) for i in s.execute(statement, part).scalars()]


def has_statements(s: Session, article: int) -> bool:
    query = select(StatementRecord.id).where(StatementRecord.article_id == article).limit(1)
    return s.scalar(query) is not None


def statements(s: Session, ids: Iterable[int] | None = None) -> list[Statement]:
    """Live statements (of articles not removed), in article order then text order."""
    query = (
        select(*_COLUMNS)
        .join(ArticleRecord, ArticleRecord.id == StatementRecord.article_id)
        .where(ArticleRecord.removed.is_(False))
        .order_by(ArticleRecord.position, ArticleRecord.id, StatementRecord.start)
    )
    if ids is None:
        return [_statement(r) for r in s.execute(query)]
    return [
        _statement(r)
        for part in _chunks(ids)
        for r in s.execute(query.where(StatementRecord.id.in_(part)))
    ]


def placements(s: Session, ids: Iterable[int] | None = None) -> dict[int, tuple[int | None, bool]]:
    """Each statement's group and whether the user put it there."""
    query = select(StatementRecord.id, StatementRecord.group_id, StatementRecord.pinned)
    if ids is None:
        return {i: (g, bool(p)) for i, g, p in s.execute(query)}
    return {
        i: (g, bool(p))
        for part in _chunks(ids)
        for i, g, p in s.execute(query.where(StatementRecord.id.in_(part)))
    }


_BUMP_MEMBERS = (
    update(StatementGroupRecord.__table__)
    .where(StatementGroupRecord.__table__.c.id.in_(bindparam("ids", expanding=True)))
    .values(members=StatementGroupRecord.__table__.c.members + 1)
)


def _members_moved(s: Session, groups: Iterable[int | None]) -> None:
    for part in _chunks(sorted({g for g in groups if g is not None})):
        s.execute(_BUMP_MEMBERS, {"ids": part})


def place(s: Session, moves: dict[int, int | None], *, pinned: bool = False) -> None:
    """Put statements in groups (or none) at once; their and the groups' versions go up."""
    if not moves:
        return
    table = StatementRecord.__table__
    before = placements(s, moves)
    _members_moved(s, [*(g for g, _ in before.values()), *moves.values()])
    statement = (
        update(table)
        .where(table.c.id == bindparam("sid"))
        .values(group_id=bindparam("gid"), pinned=pinned, version=table.c.version + 1)
    )
    rows = [{"sid": i, "gid": g} for i, g in moves.items()]
    for part in _chunks(rows):
        s.execute(statement, part)


def groups(s: Session, ids: Iterable[int] | None = None) -> list[StatementGroupInfo]:
    """Statement groups with their live members (statements of removed articles left out)."""
    member_query = (
        select(StatementRecord.group_id, StatementRecord.id)
        .join(ArticleRecord, ArticleRecord.id == StatementRecord.article_id)
        .where(ArticleRecord.removed.is_(False), StatementRecord.group_id.is_not(None))
        .order_by(StatementRecord.id)
    )
    query = select(StatementGroupRecord).order_by(StatementGroupRecord.id)
    if ids is None:
        records = list(s.scalars(query))
        rows = list(s.execute(member_query))
    else:
        wanted = sorted({i for i in ids if i is not None})
        records, rows = [], []
        for part in _chunks(wanted):
            records += list(s.scalars(query.where(StatementGroupRecord.id.in_(part))))
            rows += list(s.execute(member_query.where(StatementRecord.group_id.in_(part))))
    members: dict[int, list[int]] = defaultdict(list)
    for group, statement in sorted(rows, key=lambda row: row[1]):
        members[group].append(statement)
    return [
        StatementGroupInfo(
            r.id,
            r.label,
            r.confirmed,
            r.automatic,
            r.accepted,
            r.confidence,
            r.reason,
            tuple(members.get(r.id, ())),
        )  # fmt: skip
        for r in records
    ]


def group_exists(s: Session, group: int) -> bool:
    return s.get(StatementGroupRecord, group) is not None


def new_group(s: Session, label: str, *, group_id: int | None = None) -> int:
    """A group the user made (not automatic: relinking leaves it be)."""
    record = StatementGroupRecord(id=group_id, label=label, automatic=False)
    s.add(record)
    s.flush()
    return record.id


def new_groups(s: Session, rows: Sequence[dict[str, object]]) -> list[int]:
    """Make many automatic groups at once (label, confidence, reason each); their ids."""
    if not rows:
        return []
    table = StatementGroupRecord.__table__
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    values = [{"automatic": True, **r} for r in rows]
    return [i for part in _chunks(values, CHUNK) for i in s.execute(statement, part).scalars()]


def update_group(s: Session, group: int, **values: object) -> None:
    values["version"] = StatementGroupRecord.version + 1
    s.execute(update(StatementGroupRecord).where(StatementGroupRecord.id == group).values(**values))


def drop_group(s: Session, group: int) -> None:
    s.execute(
        update(StatementRecord).where(StatementRecord.group_id == group).values(group_id=None)
    )
    s.execute(delete(StatementGroupRecord).where(StatementGroupRecord.id == group))


def drop_emptied_groups(s: Session, ids: Iterable[int]) -> set[int]:
    """Drop the automatic, unconfirmed groups among `ids` that hold fewer than two statements
    (a lone one is let go); returns the ids dropped."""
    dropped: set[int] = set()
    for info in groups(s, ids):
        if info.automatic and not info.confirmed and len(info.statements) < 2:
            drop_group(s, info.id)
            dropped.add(info.id)
    return dropped


def group_label(s: Session, group: int) -> str:
    query = select(StatementGroupRecord.label).where(StatementGroupRecord.id == group)
    return s.scalar(query) or ""


def group_confirmed(s: Session, group: int) -> bool:
    query = select(StatementGroupRecord.confirmed).where(StatementGroupRecord.id == group)
    return bool(s.scalar(query))


def apart_pairs(s: Session) -> set[frozenset[int]]:
    """Pairs of statements the user took apart: never linked again automatically."""
    query = select(DecisionRecord.claim_id, DecisionRecord.other_claim_id).where(
        DecisionRecord.kind == APART
    )
    return {frozenset((a, b)) for a, b in s.execute(query) if a is not None and b is not None}


def keep_apart(s: Session, statement: int, others: Iterable[int]) -> None:
    known = apart_pairs(s)
    for other in others:
        if other != statement and frozenset((statement, other)) not in known:
            record_decision(s, APART, claim=statement, other=other)


def forgive(s: Session, statement: int, others: Iterable[int]) -> None:
    for ids in _chunks(others):
        s.execute(
            delete(DecisionRecord).where(
                DecisionRecord.kind == APART,
                or_(
                    (DecisionRecord.claim_id == statement) & DecisionRecord.other_claim_id.in_(ids),
                    (DecisionRecord.other_claim_id == statement) & DecisionRecord.claim_id.in_(ids),
                ),
            )
        )


def delete_statements(s: Session, ids: Iterable[int]) -> None:
    """Remove statements for good (one cut into the parts other articles quote apart)."""
    for part in _chunks(ids):
        s.execute(delete(StatementRecord).where(StatementRecord.id.in_(part)))


def set_speakers(s: Session, speakers: dict[int, tuple[str | None, str]]) -> None:
    """Give statements the speaker other versions name (speaker, the cue it was found in)."""
    if not speakers:
        return
    table = StatementRecord.__table__
    statement = (
        update(table)
        .where(table.c.id == bindparam("sid"))
        .values(speaker=bindparam("who"), speaker_cue=bindparam("cue"))
    )
    rows = [{"sid": i, "who": who, "cue": cue} for i, (who, cue) in speakers.items()]
    for part in _chunks(rows):
        s.execute(statement, part)
