"""Alembic environment: runs on the connection the store hands over in `config.attributes`."""

from __future__ import annotations

from alembic import context

from desktop.store.schema import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    transactional_ddl=True,  # the store runs the whole upgrade in its own (locked) transaction
)
with context.begin_transaction():
    context.run_migrations()
