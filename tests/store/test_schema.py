"""The migrations build exactly the models' schema, with no float money anywhere."""

import pytest
from sqlalchemy import inspect, text

from shopdesk.store.models import Base
from shopdesk.store.schema import SCHEMA_HEAD, current_revision, known_revisions


def test_migrations_reach_the_head_the_program_expects(db):
    assert current_revision(db) == SCHEMA_HEAD
    assert SCHEMA_HEAD in known_revisions()


def test_migrated_schema_matches_the_models(db):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_no_column_is_stored_as_a_binary_float(db):
    inspector = inspect(db.engine)
    bad = []
    for table in inspector.get_table_names():
        for column in inspector.get_columns(table):
            kind = str(column["type"]).upper()
            if any(word in kind for word in ("REAL", "FLOAT", "DOUBLE", "NUMERIC", "DECIMAL")):
                bad.append(f"{table}.{column['name']} {kind}")
    assert bad == []


@pytest.mark.sqlite_only
def test_sqlite_runs_in_wal_with_foreign_keys(db):
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() > 0
