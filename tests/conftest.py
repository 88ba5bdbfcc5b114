"""Shared fixtures: real SQLite files, a demo shop, Qt offscreen."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from shopdesk.services.common.context import OWNER, Actor  # noqa: E402
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
def db(request: pytest.FixtureRequest, db_path: Path):  # type: ignore[no-untyped-def]
    """An empty, migrated shop database: a real SQLite file, or for modules
    marked `both_backends` also a fresh database on a real PostgreSQL server."""
    backend = getattr(request, "param", "sqlite")
    if backend == "postgresql":
        server, template = request.getfixturevalue("pg_template")
        url = server.create_database(template)
        database = Database(url)
        yield database
        database.dispose()
        server.drop_database(url)
        return
    database = Database(db_path)
    ensure_schema(database)
    yield database
    database.dispose()


# The store, services and exchange tests run on SQLite and on PostgreSQL, so
# both databases behave the same; a module about the file itself (backups,
# crashes, file safety) says `sqlite_only`.
BOTH_BACKENDS = ("tests.store.", "tests.services.", "tests.exchange.")


def _on_both(metafunc: pytest.Metafunc) -> bool:
    if metafunc.definition.get_closest_marker("sqlite_only"):
        return False
    return bool(metafunc.definition.get_closest_marker("both_backends")) or \
        metafunc.module.__name__.startswith(BOTH_BACKENDS)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if _on_both(metafunc):
        for name in ("db", "demo_db"):
            if name in metafunc.fixturenames:
                metafunc.parametrize(name, ["sqlite", "postgresql"], indirect=True)
                break


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that need the PostgreSQL server are marked `postgres` (the release builds on
    Windows and macOS run `-m "not postgres"`: the test server comes from Debian's package)."""
    for item in items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        if "pg_server" in getattr(item, "fixturenames", ()) or "postgresql" in params.values():
            item.add_marker(pytest.mark.postgres)


@pytest.fixture(scope="session")
def pg_server():  # type: ignore[no-untyped-def]
    from tests.pg_server import PgServer

    server = PgServer()
    if server.url is None:
        pytest.skip(server.skip_reason or "no PostgreSQL server")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def pg_template(pg_server):  # type: ignore[no-untyped-def]
    """A migrated, empty PostgreSQL database that each test's database copies."""
    url = pg_server.create_database()
    template = Database(url)
    ensure_schema(template)
    template.dispose()
    return pg_server, url.rsplit("/", 1)[1]


@pytest.fixture(scope="session")
def pg_demo_template(pg_server):  # type: ignore[no-untyped-def]
    """The same demo shop as `demo_template`, on PostgreSQL."""
    from shopdesk.services.demo.shop import write_demo

    url = pg_server.create_database()
    template = Database(url)
    ensure_schema(template)
    write_demo(template, staff=12, months=13, seed=7, today=TODAY)
    template.dispose()
    return pg_server, url.rsplit("/", 1)[1]


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo shop per test run; each test gets its own copy."""
    from shopdesk.services.demo.shop import write_demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    database = Database(path)
    ensure_schema(database)
    write_demo(database, staff=12, months=13, seed=7, today=TODAY)
    with database.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.dispose()
    return path


@pytest.fixture
def demo_db(request: pytest.FixtureRequest, demo_template: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    if getattr(request, "param", "sqlite") == "postgresql":
        server, template = request.getfixturevalue("pg_demo_template")
        url = server.create_database(template)
        database = Database(url)
        yield database
        database.dispose()
        server.drop_database(url)
        return
    path = tmp_path / "demo.db"
    shutil.copyfile(demo_template, path)
    database = Database(path)
    yield database
    database.dispose()


@pytest.fixture
def owner() -> Actor:
    return OWNER


def file_bytes(database: Database) -> bytes:
    """The database's committed content, WAL folded in, for byte-identity checks.

    On PostgreSQL, where there is no file, a per-table fingerprint of the
    committed rows stands in for the bytes."""
    if not database.is_sqlite:
        from sqlalchemy import inspect, text

        out = []
        with database.engine.connect() as conn:
            for table in sorted(inspect(conn).get_table_names()):
                # Any committed insert or update gives a row a newer xmin, and a
                # delete lowers the count: both change this cheap fingerprint.
                digest = conn.execute(text(
                    f'SELECT count(*), max(xmin::text::bigint) FROM "{table}"')).one()
                out.append(f"{table}: {tuple(digest)!r}")
        return "\n".join(out).encode()
    with database.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    assert database.path is not None
    return database.path.read_bytes()
