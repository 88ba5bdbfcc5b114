"""Bringing a database to the current schema with Alembic, loaded only when needed."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # SQLAlchemy loads with the first Database, not with this module
    from .db import Database

# The newest migration. Start-up compares this with the database and imports
# Alembic only when they differ, which keeps a normal start fast.
SCHEMA_HEAD = "0010_platform"
MIGRATIONS = Path(__file__).with_name("migrations")


class SchemaTooNew(RuntimeError):
    """The database was written by a newer ShopDesk."""


def current_revision(db: Database) -> str | None:
    from sqlalchemy import inspect, text

    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def alembic_config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def needs_upgrade(db: Database) -> bool:
    return current_revision(db) != SCHEMA_HEAD


def upgrade(db: Database) -> None:
    """Run every pending migration in one transaction."""
    from alembic import command

    rev = current_revision(db)
    if rev is not None and rev != SCHEMA_HEAD and rev not in known_revisions():
        raise SchemaTooNew(rev)
    config = alembic_config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def ensure_schema(db: Database) -> None:
    if needs_upgrade(db):
        upgrade(db)
