"""The workspace schema: articles, claims, groups and the user's decisions, as SQLAlchemy 2 ORM.

Alembic migrations (`migrations/versions/`) create and upgrade these tables; this module is what
the repository queries through. A claim belongs to at most one group (`claims.group_id`); what the
user decided is kept in `decisions` and in `claims.pinned`, which automatic relinking never moves.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class ArticleRecord(Base):
    __tablename__ = "articles"
    # a hash index on PostgreSQL: a btree entry holds at most ~2.7 kB, and an origin may be a URL
    __table_args__ = (Index("ix_articles_origin", "origin", postgresql_using="hash"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(Text, default="")
    outlet: Mapped[str] = mapped_column(Text, default="")
    published: Mapped[date | None] = mapped_column(Date, nullable=True)
    origin: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    media_type: Mapped[str] = mapped_column(String(64), default="text/plain")
    position: Mapped[int] = mapped_column(Integer, default=0, index=True)
    removed: Mapped[bool] = mapped_column(Boolean, default=False)
    imported_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())
    imported_by: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)


class GroupRecord(Base):
    __tablename__ = "groups"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    label: Mapped[str] = mapped_column(Text, default="")
    label_by_user: Mapped[bool] = mapped_column(Boolean, default=False)
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    automatic: Mapped[bool] = mapped_column(Boolean, default=True)
    accepted: Mapped[bool] = mapped_column(Boolean, default=False)
    block: Mapped[str] = mapped_column(String(200), default="", index=True)
    confidence: Mapped[float] = mapped_column(Float, default=1.0)
    reason: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)  # its label and confirmation
    members: Mapped[int] = mapped_column(Integer, default=1)  # which figures it holds


class ClaimRecord(Base):
    __tablename__ = "claims"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    start: Mapped[int] = mapped_column(Integer)
    end_offset: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    value: Mapped[float] = mapped_column(Float)
    bound: Mapped[str] = mapped_column(String(8), default="=")
    low: Mapped[float | None] = mapped_column(Float, nullable=True)
    high: Mapped[float | None] = mapped_column(Float, nullable=True)
    unit: Mapped[str] = mapped_column(Text, default="")
    subject: Mapped[str] = mapped_column(Text, default="")
    speaker: Mapped[str] = mapped_column(Text, default="")
    as_of: Mapped[date | None] = mapped_column(Date, nullable=True)
    sentence: Mapped[str] = mapped_column(Text, default="")
    paragraph: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(16), default="count")
    population: Mapped[str] = mapped_column(Text, default="")
    act: Mapped[str] = mapped_column(String(32), default="")
    window: Mapped[str] = mapped_column(String(64), default="")
    context_before: Mapped[str] = mapped_column(Text, default="")
    context_after: Mapped[str] = mapped_column(Text, default="")
    block: Mapped[str] = mapped_column(String(200), default="", index=True)
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("groups.id", ondelete="SET NULL"), nullable=True, index=True
    )
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=1)


class DecisionRecord(Base):
    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)  # linked unlinked rejected …
    claim_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    other_claim_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    group_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    value: Mapped[str] = mapped_column(Text, default="")
    made_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())
    author: Mapped[str] = mapped_column(Text, default="")


class ActivityRecord(Base):
    """One change someone made (an edit, an undo, an import): who, when, and what in words. Its
    id only grows: the workspace's change counter."""

    __tablename__ = "activity"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    author: Mapped[str] = mapped_column(Text, default="")
    session: Mapped[str] = mapped_column(String(32), default="")
    action: Mapped[str] = mapped_column(String(32), default="")
    text: Mapped[str] = mapped_column(Text, default="")


class ActivityRowRecord(Base):
    """A row an activity changed ("a" article, "g" group, "c" claim) and its version after."""

    __tablename__ = "activity_rows"
    __table_args__ = (Index("ix_activity_rows_kind_row", "kind", "row_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activity.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(1))
    row_id: Mapped[int] = mapped_column(Integer)
    version: Mapped[int | None] = mapped_column(Integer, nullable=True)


class MetaRecord(Base):
    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class StatementGroupRecord(Base):
    """Versions of one utterance across articles (migration 0004)."""

    __tablename__ = "statement_groups"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    label: Mapped[str] = mapped_column(Text, default="")
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    automatic: Mapped[bool] = mapped_column(Boolean, default=True)
    accepted: Mapped[bool] = mapped_column(Boolean, default=False)
    confidence: Mapped[float] = mapped_column(Float, default=1.0)
    reason: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)  # its confirmation
    members: Mapped[int] = mapped_column(Integer, default=1)  # which statements it holds


class StatementRecord(Base):
    """A direct quotation in an article: its own row, not a claim (it has no value)."""

    __tablename__ = "statements"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    start: Mapped[int] = mapped_column(Integer)
    end_offset: Mapped[int] = mapped_column(Integer)
    pieces: Mapped[str] = mapped_column(Text, default="[]")  # JSON [[start, end], …]
    words: Mapped[str] = mapped_column(Text, default="")
    said: Mapped[str] = mapped_column(Text, default="[]")  # JSON [text of each piece]
    speaker: Mapped[str | None] = mapped_column(Text, nullable=True)
    speaker_cue: Mapped[str] = mapped_column(Text, default="")
    figures: Mapped[str] = mapped_column(Text, default="[]")  # JSON [value, …]
    nested: Mapped[bool] = mapped_column(Boolean, default=False)
    labelled: Mapped[bool] = mapped_column(Boolean, default=False)  # migration 0005
    joins: Mapped[str] = mapped_column(Text, default="[]")  # JSON [piece index, …]
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("statement_groups.id", ondelete="SET NULL"), nullable=True, index=True
    )
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=1)  # which group it is in
