"""Statements: direct quotations as rows of their own beside the figures, and the groups of
versions of one utterance across articles.

A statement is not a claim with a fake value: `statements` holds its span, its pieces (JSON
offsets), the words, the speaker and the cue that named them, the figures inside it, and its
group; `statement_groups` holds a group's label, confidence, reason and confirmation. Both carry
versions like issue 15's rows (a statement's `version` is its membership; a group's `version`
its confirmation, `members` the statements it holds), so a team's edits to them are guarded the
same way. Decisions about statements go in `decisions` under kinds of their own ("s-…").

An older workspace gets the two empty tables; its statements are found when it is analysed again
(the analysis version changed).

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "statement_groups",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("label", sa.Text, nullable=False, server_default=""),
        sa.Column("confirmed", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("automatic", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column("accepted", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("confidence", sa.Float, nullable=False, server_default="1.0"),
        sa.Column("reason", sa.Text, nullable=False, server_default=""),
        sa.Column("version", sa.Integer, nullable=False, server_default="1"),
        sa.Column("members", sa.Integer, nullable=False, server_default="1"),
    )
    op.create_table(
        "statements",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "article_id",
            sa.Integer,
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end_offset", sa.Integer, nullable=False),
        sa.Column("pieces", sa.Text, nullable=False, server_default="[]"),
        sa.Column("words", sa.Text, nullable=False, server_default=""),
        sa.Column("said", sa.Text, nullable=False, server_default="[]"),
        sa.Column("speaker", sa.Text, nullable=True),
        sa.Column("speaker_cue", sa.Text, nullable=False, server_default=""),
        sa.Column("figures", sa.Text, nullable=False, server_default="[]"),
        sa.Column("nested", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("joins", sa.Text, nullable=False, server_default="[]"),
        sa.Column(
            "group_id",
            sa.Integer,
            sa.ForeignKey("statement_groups.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("pinned", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("version", sa.Integer, nullable=False, server_default="1"),
    )
    op.create_index("ix_statements_article_id", "statements", ["article_id"])
    op.create_index("ix_statements_group_id", "statements", ["group_id"])


def downgrade() -> None:
    op.drop_index("ix_statements_group_id", "statements")
    op.drop_index("ix_statements_article_id", "statements")
    op.drop_table("statements")
    op.drop_table("statement_groups")
