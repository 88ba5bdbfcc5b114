"""Shared fixtures: real SQLite files, a demo shop, Qt offscreen."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from shopdesk.services.context import OWNER, Actor  # noqa: E402
from shopdesk.store.db import Database  # noqa: E402
from shopdesk.store.schema import ensure_schema  # noqa: E402

# Every test sees the same "today", so figures and periods are reproducible.
TODAY = date(2026, 11, 24)


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep QSettings, caches and the default database out of the real home."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local/share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "shop.db"


@pytest.fixture
def db(db_path: Path):  # type: ignore[no-untyped-def]
    """An empty, migrated shop database in a real file."""
    database = Database(db_path)
    ensure_schema(database)
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo shop per test run; each test gets its own copy."""
    from shopdesk.services.demo import write_demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    database = Database(path)
    ensure_schema(database)
    write_demo(database, staff=12, months=13, seed=7, today=TODAY)
    with database.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.dispose()
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "demo.db"
    shutil.copyfile(demo_template, path)
    database = Database(path)
    yield database
    database.dispose()


@pytest.fixture
def owner() -> Actor:
    return OWNER


def file_bytes(database: Database) -> bytes:
    """The database's committed content, WAL folded in, for byte-identity checks."""
    with database.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    assert database.path is not None
    return database.path.read_bytes()
