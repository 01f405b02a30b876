"""Team workspaces: a version on every row a user edits, who did what, and a change log.

`version` on articles, groups and claims (a claim's group is its membership) starts at 1 and goes
up by one with every change to the row; an edit states the versions it saw and is applied only
while they are current. `decisions.author` and `articles.imported_by` say who. `activity` is the
log of changes (who, when, what, in plain words) whose growing id is the workspace's change
counter: other windows poll it (SQLite) or are told of it (PostgreSQL NOTIFY) and read the rows
`activity_rows` names again.

An older workspace gets the columns with their defaults (version 1, author unknown) and an empty
log.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_VERSIONED = ("articles", "groups", "claims")


def upgrade() -> None:
    for table in _VERSIONED:
        op.add_column(table, sa.Column("version", sa.Integer, nullable=False, server_default="1"))
    # a group's figures have a version of their own: a rename and a move into the group do not
    # conflict, a confirm and a move do
    op.add_column("groups", sa.Column("members", sa.Integer, nullable=False, server_default="1"))
    op.add_column("decisions", sa.Column("author", sa.Text, nullable=False, server_default=""))
    op.add_column("articles", sa.Column("imported_by", sa.Text, nullable=False, server_default=""))
    op.create_table(
        "activity",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("author", sa.Text, nullable=False, server_default=""),
        sa.Column("session", sa.String(32), nullable=False, server_default=""),
        sa.Column("action", sa.String(32), nullable=False, server_default=""),
        sa.Column("text", sa.Text, nullable=False, server_default=""),
    )
    op.create_table(
        "activity_rows",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "activity_id",
            sa.Integer,
            sa.ForeignKey("activity.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("kind", sa.String(1), nullable=False),  # a article, g group, c claim
        sa.Column("row_id", sa.Integer, nullable=False),
        sa.Column("version", sa.Integer, nullable=True),
    )
    op.create_index("ix_activity_rows_activity_id", "activity_rows", ["activity_id"])
    op.create_index("ix_activity_rows_kind_row", "activity_rows", ["kind", "row_id"])


def downgrade() -> None:
    op.drop_index("ix_activity_rows_kind_row", "activity_rows")
    op.drop_index("ix_activity_rows_activity_id", "activity_rows")
    op.drop_table("activity_rows")
    op.drop_table("activity")
    op.drop_column("articles", "imported_by")
    op.drop_column("decisions", "author")
    op.drop_column("groups", "members")
    for table in reversed(_VERSIONED):
        op.drop_column(table, "version")
