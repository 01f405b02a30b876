"""Indexes for what every import asks of the articles: is there a live one from this origin (a new
version of it), and the last position. Without them each stored article scans the table, and a
thousand-article workspace imports more slowly with every article.

On PostgreSQL the origin index is a hash index: a btree entry is limited to about 2.7 kB, and an
origin may be a long URL.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_articles_origin", "articles", ["origin"], postgresql_using="hash")
    op.create_index("ix_articles_position", "articles", ["position"])


def downgrade() -> None:
    op.drop_index("ix_articles_position", "articles")
    op.drop_index("ix_articles_origin", "articles")
