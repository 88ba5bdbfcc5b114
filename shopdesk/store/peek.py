"""A shop file read with the standard library's `sqlite3`, read-only, before SQLAlchemy loads.

Start-up paints the log-in from these reads alone (the schema revision, whether the
owner has a password, the names on the log-in list); everything else goes through
`store.db.Database` once SQLAlchemy has been imported behind the painted dialog.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePath, PureWindowsPath


@dataclass(frozen=True)
class LoginChoice:
    """A name on the log-in list (no pay or other private data)."""

    staff_id: int
    name: str
    department: str
    has_pin: bool


OWNER_ACCOUNT = "owner"  # store.models.auth.OWNER_ACCOUNT (a test keeps them equal)


def database_url(target: str | os.PathLike[str]) -> str:
    """A `--db` value to an SQLAlchemy URL: a path, or a postgresql URL."""
    text = str(target)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    """The file behind an SQLite URL, None for a server."""
    return Path(url.removeprefix("sqlite:///")) if url.startswith("sqlite") else None


def read_only_uri(path: PurePath) -> str:
    """SQLite's URI for opening `path` read-only: percent-encoded, so spaces, `#`, `?` and
    Chinese names survive, and `file:///C:/…` for a Windows drive."""
    absolute = path if isinstance(path, PureWindowsPath) and not isinstance(path, Path) \
        else Path(path).resolve()
    return f"{absolute.as_uri()}?mode=ro"


def read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write to the file."""
    return sqlite3.connect(read_only_uri(path), uri=True)


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                        (name,)).fetchone() is not None


def revision(path: Path) -> str | None:
    """The Alembic revision stored in the file; None when it has none (or does not exist)."""
    if not Path(path).is_file():
        return None
    with closing(read_only(path)) as conn:
        if not _has_table(conn, "alembic_version"):
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return None if row is None else str(row[0])


def login_rows(path: Path) -> tuple[bool, list[tuple[int, str, str, bool]]]:
    """(owner password set, [(staff id, name, department, has a PIN)]) of the active staff,
    in the order `services.staff.auth.login_choices` gives them."""
    with closing(read_only(path)) as conn:
        owner = conn.execute("SELECT 1 FROM credential WHERE account = ?",
                             (OWNER_ACCOUNT,)).fetchone() is not None
        pins = {r[0] for r in conn.execute("SELECT staff_id FROM credential WHERE staff_id IS NOT NULL")}
        rows = conn.execute("SELECT id, name, department FROM staff WHERE active = 1 "
                            "ORDER BY department, name").fetchall()
    return owner, [(int(i), str(n), str(d), i in pins) for i, n, d in rows]


def sqlite_integrity(path: Path, *, quick: bool = False) -> list[str]:
    """SQLite's own check, read-only: never writes to a possibly damaged file, nor leaves -wal/-shm beside it."""
    try:
        with leave_no_trace(path):
            conn = read_only(path)
            try:
                pragma = "quick_check" if quick else "integrity_check"
                rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}")]
                fk = conn.execute("PRAGMA foreign_key_check").fetchall()
            finally:
                conn.close()
    except sqlite3.DatabaseError as exc:
        return [f"the file cannot be read as a database: {exc}"]
    problems = [r for r in rows if r != "ok"]
    problems += [f"row {rowid} of {table} points to a missing {parent}" for table, rowid, parent, _ in fk]
    return problems


@contextmanager
def leave_no_trace(path: Path) -> Iterator[None]:
    """Reading a WAL-mode file, even read-only, can create an empty -wal and -shm beside it;
    remove those that were not there before (a damaged file is left exactly as found)."""
    sides = [Path(str(path) + ext) for ext in ("-wal", "-shm")]
    existed = [side.exists() for side in sides]
    try:
        yield
    finally:
        wal, shm = sides
        if not existed[0] and wal.exists() and wal.stat().st_size == 0:
            wal.unlink(missing_ok=True)
            if not existed[1]:
                shm.unlink(missing_ok=True)
