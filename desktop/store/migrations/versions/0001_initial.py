"""The first workspace schema: articles, groups, claims, decisions, meta.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("title", sa.Text, nullable=False, server_default=""),
        sa.Column("outlet", sa.Text, nullable=False, server_default=""),
        sa.Column("published", sa.Date, nullable=True),
        sa.Column("origin", sa.Text, nullable=False, server_default=""),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("media_type", sa.String(64), nullable=False, server_default="text/plain"),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
        sa.Column("removed", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("imported_at", sa.DateTime, server_default=sa.func.now()),
    )
    op.create_index("ix_articles_content_hash", "articles", ["content_hash"], unique=True)
    op.create_table(
        "groups",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("label", sa.Text, nullable=False, server_default=""),
        sa.Column("label_by_user", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("confirmed", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("automatic", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column("accepted", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("block", sa.String(200), nullable=False, server_default=""),
        sa.Column("confidence", sa.Float, nullable=False, server_default="1.0"),
        sa.Column("reason", sa.Text, nullable=False, server_default=""),
    )
    op.create_index("ix_groups_block", "groups", ["block"])
    op.create_table(
        "claims",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "article_id",
            sa.Integer,
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end_offset", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("value", sa.Float, nullable=False),
        sa.Column("bound", sa.String(8), nullable=False, server_default="="),
        sa.Column("low", sa.Float, nullable=True),
        sa.Column("high", sa.Float, nullable=True),
        sa.Column("unit", sa.Text, nullable=False, server_default=""),
        sa.Column("subject", sa.Text, nullable=False, server_default=""),
        sa.Column("speaker", sa.Text, nullable=False, server_default=""),
        sa.Column("as_of", sa.Date, nullable=True),
        sa.Column("sentence", sa.Text, nullable=False, server_default=""),
        sa.Column("paragraph", sa.Integer, nullable=False, server_default="0"),
        sa.Column("kind", sa.String(16), nullable=False, server_default="count"),
        sa.Column("population", sa.Text, nullable=False, server_default=""),
        sa.Column("act", sa.String(32), nullable=False, server_default=""),
        sa.Column("window", sa.String(64), nullable=False, server_default=""),
        sa.Column("context_before", sa.Text, nullable=False, server_default=""),
        sa.Column("context_after", sa.Text, nullable=False, server_default=""),
        sa.Column("block", sa.String(200), nullable=False, server_default=""),
        sa.Column(
            "group_id", sa.Integer, sa.ForeignKey("groups.id", ondelete="SET NULL"), nullable=True
        ),
        sa.Column("pinned", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.create_index("ix_claims_article_id", "claims", ["article_id"])
    op.create_index("ix_claims_block", "claims", ["block"])
    op.create_index("ix_claims_group_id", "claims", ["group_id"])
    op.create_table(
        "decisions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("claim_id", sa.Integer, nullable=True),
        sa.Column("other_claim_id", sa.Integer, nullable=True),
        sa.Column("group_id", sa.Integer, nullable=True),
        sa.Column("value", sa.Text, nullable=False, server_default=""),
        sa.Column("made_at", sa.DateTime, server_default=sa.func.now()),
    )
    op.create_index("ix_decisions_kind", "decisions", ["kind"])
    op.create_index("ix_decisions_claim_id", "decisions", ["claim_id"])
    op.create_table(
        "meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False, server_default=""),
    )


def downgrade() -> None:
    for table in ("meta", "decisions", "claims", "groups", "articles"):
        op.drop_table(table)
