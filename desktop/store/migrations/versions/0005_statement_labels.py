"""Statements: whether a transcript's label names the speaker ("Achterberg: …"), kept as a flag
of its own instead of being read back from the form of the cue.

An older workspace's statements get False; they are found again when it is opened, since the
statements engine's version changed with this column.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "statements", sa.Column("labelled", sa.Boolean, nullable=False, server_default=sa.false())
    )


def downgrade() -> None:
    with op.batch_alter_table("statements") as batch:
        batch.drop_column("labelled")
