"""Whether a SQLite file is a ShopDesk database and nothing else, read-only.

A file handed to restore (or found at start-up) must carry a known schema
revision with exactly that revision's tables, columns, indexes and foreign
keys; no triggers, views or other objects; pass SQLite's integrity and
foreign-key checks; and hold in every column a value of its declared type
(money and counts as integers in range, dates and times that parse, yes/no as
0/1, text without NUL bytes and within its length).

The expected structure of a revision is read from a scratch database that the
migrations build, once per revision, and kept in the user's cache folder.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from shopdesk.domain.text import QT_TRANSLATE_NOOP, Phrase
from shopdesk.store.peek import leave_no_trace
from shopdesk.store.schema import MIGRATIONS, SCHEMA_HEAD

# SQLite's own tables that may appear in a healthy file (ANALYZE / PRAGMA optimize).
SQLITE_OWN = {"sqlite_stat1", "sqlite_stat4", "sqlite_sequence"}
# Any amount or count beyond this is not a shop's: ¥10^13 in fen; no id or count comes near it.
INTEGER_LIMIT = 10**15
MAX_REPORTED = 20
FORMAT = 2  # of the cached structure


def _problem(template: str, **values: object) -> Phrase:
    """A problem in the user's language when shown (English in logs)."""
    return Phrase("FileCheck", template, **values)


# SQLite's object kinds, as a problem names them.
_KINDS = {"table": QT_TRANSLATE_NOOP("FileCheck", "table"), "index": QT_TRANSLATE_NOOP("FileCheck", "index"),
          "trigger": QT_TRANSLATE_NOOP("FileCheck", "trigger"), "view": QT_TRANSLATE_NOOP("FileCheck", "view")}
_PARTS = {"columns": QT_TRANSLATE_NOOP("FileCheck", "columns"),
          "foreign_keys": QT_TRANSLATE_NOOP("FileCheck", "foreign keys"),
          "indexes": QT_TRANSLATE_NOOP("FileCheck", "indexes")}


def _kind(kind: str) -> Phrase | str:
    return Phrase("FileCheck", _KINDS[kind]) if kind in _KINDS else kind


def _unreadable(exc: Exception) -> Phrase:
    return _problem(QT_TRANSLATE_NOOP("FileCheck", "the file cannot be read as a database: {reason}"),
                    reason=str(exc))


@dataclass(frozen=True)
class FileVerdict:
    revision: str | None
    problems: tuple[str, ...]  # Phrase where ShopDesk words it; SQLite's own integrity lines as they are
    newer: bool = False  # written by a newer ShopDesk
    empty: bool = False  # a database with nothing in it yet (a new shop file)

    @property
    def ok(self) -> bool:
        return not self.problems


Structure = dict[str, object]


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.execute("PRAGMA trusted_schema=OFF")  # never run functions a hostile schema names
    return conn


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _norm(sql: str | None) -> str:
    return re.sub(r"\s+", " ", sql or "").strip().lower()


def structure(conn: sqlite3.Connection) -> Structure:
    """Every object with its normalised SQL; each table's columns, indexes and foreign keys."""
    objects = sorted((t, n, tbl, _norm(sql)) for t, n, tbl, sql in conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master"))
    tables: dict[str, object] = {}
    for kind, name, _, _ in objects:
        if kind != "table" or name in SQLITE_OWN:
            continue
        cols = [list(r[1:6]) + [r[6]] for r in conn.execute(f"PRAGMA table_xinfo({_q(name)})")]
        fks = sorted(list(r[2:5]) for r in conn.execute(f"PRAGMA foreign_key_list({_q(name)})"))
        indexes = []
        for row in conn.execute(f"PRAGMA index_list({_q(name)})"):
            index_cols = [r[2] for r in conn.execute(f"PRAGMA index_info({_q(row[1])})")]
            indexes.append([row[1], row[2], row[3], row[4], index_cols])
        tables[name] = {"columns": cols, "foreign_keys": fks, "indexes": sorted(indexes)}
    return {"objects": [list(o) for o in objects if o[1] not in SQLITE_OWN], "tables": tables}


def _migrations_digest() -> str:
    digest = hashlib.sha256()
    for path in sorted((MIGRATIONS / "versions").glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def _cache_file(revision: str) -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", revision)
    return Path(base) / "ShopDesk" / "schemas" / f"{safe}-{_migrations_digest()}-v{FORMAT}.json"


_MEMO: dict[str, Structure] = {}


# The head revision's structure ships with the program (built by scripts/expected_schema.py
# and checked against the migrations by a test), so a first start checks a file without
# importing SQLAlchemy and Alembic before the log-in paints.
SHIPPED = MIGRATIONS / "expected_head.json"


def shipped_structure() -> Structure | None:
    """The shipped head structure, when it was built from exactly these migrations."""
    try:
        data = json.loads(SHIPPED.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if (data.get("revision"), data.get("digest"), data.get("format")) != (SCHEMA_HEAD, _migrations_digest(), FORMAT):
        return None
    found: Structure = data["structure"]
    return found


def expected_structure(revision: str) -> Structure:
    """The structure the migrations give a new database at `revision` (a known one)."""
    if revision in _MEMO:
        return _MEMO[revision]
    shipped = shipped_structure() if revision == SCHEMA_HEAD else None
    if shipped is not None:
        _MEMO[revision] = shipped
        return shipped
    cache = _cache_file(revision)
    try:
        found: Structure = json.loads(cache.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        found = _build(revision)
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            partial = cache.with_name(cache.name + f".{os.getpid()}.partial")
            partial.write_text(json.dumps(found), encoding="utf-8")
            os.replace(partial, cache)
        except OSError:
            pass  # a read-only home only costs the rebuild next time
    _MEMO[revision] = found
    return found


def build_structure(revision: str) -> Structure:
    """What the migrations give a new database at `revision` (imports Alembic)."""
    return _build(revision)


def shipped_record() -> dict[str, object]:
    """The contents of `SHIPPED` for this program's head revision."""
    return {"revision": SCHEMA_HEAD, "digest": _migrations_digest(), "format": FORMAT,
            "structure": _build(SCHEMA_HEAD)}


def _build(revision: str) -> Structure:
    from alembic import command

    from shopdesk.store.db import Database
    from shopdesk.store.schema import alembic_config

    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "expected.db"
        db = Database(path)
        try:
            config = alembic_config()
            with db.engine.begin() as connection:
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
        finally:
            db.dispose()
        conn = _connect(path)
        try:
            built: Structure = json.loads(json.dumps(structure(conn)))
            return built
        finally:
            conn.close()


def known_revisions() -> set[str]:
    """Revision ids of this program's migrations, read from the files (no Alembic import)."""
    found = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        m = re.search(r'^revision\s*(?::\s*str\s*)?=\s*["\']([^"\']+)["\']', path.read_text(encoding="utf-8"), re.M)
        if m:
            found.add(m.group(1))
    return found | {SCHEMA_HEAD}


def _compare(actual: Structure, expected: Structure) -> list[str]:
    problems: list[str] = []
    have = {(o[0], o[1]): o[3] for o in actual["objects"]}  # type: ignore[attr-defined]
    want = {(o[0], o[1]): o[3] for o in expected["objects"]}  # type: ignore[attr-defined]
    for kind, name in sorted(set(have) - set(want)):
        problems.append(_problem(QT_TRANSLATE_NOOP("FileCheck", "an extra {kind} “{name}” that ShopDesk does not make"),
                                 kind=_kind(kind), name=name))
    for kind, name in sorted(set(want) - set(have)):
        problems.append(_problem(QT_TRANSLATE_NOOP("FileCheck", "the {kind} “{name}” is missing"),
                                 kind=_kind(kind), name=name))
    for kind, name in sorted(set(have) & set(want)):
        if have[kind, name] != want[kind, name]:
            problems.append(_problem(QT_TRANSLATE_NOOP(
                "FileCheck", "the {kind} “{name}” is defined otherwise than ShopDesk's"), kind=_kind(kind), name=name))
    tables_a: dict[str, dict[str, object]] = actual["tables"]  # type: ignore[assignment]
    tables_e: dict[str, dict[str, object]] = expected["tables"]  # type: ignore[assignment]
    for name in sorted(set(tables_a) & set(tables_e)):
        a, e = tables_a[name], tables_e[name]
        for part in ("columns", "foreign_keys", "indexes"):
            if a[part] != e[part]:
                problems.append(_problem(QT_TRANSLATE_NOOP(
                    "FileCheck", "the table “{name}” has other {part} than ShopDesk's"),
                    name=name, part=Phrase("FileCheck", _PARTS[part])))
    return problems


def _declared(conn: sqlite3.Connection, table: str) -> list[tuple[str, str, bool]]:
    return [(r[1], r[2].upper(), bool(r[3])) for r in conn.execute(f"PRAGMA table_info({_q(table)})")]


def _value_conditions(col: str, declared: str, notnull: bool) -> list[tuple[str, str]]:
    """(SQL condition that marks a bad value, the problem's wording) for one column."""
    c = _q(col)
    out = []
    if notnull:
        out.append((f"{c} IS NULL", QT_TRANSLATE_NOOP("FileCheck", "{n} value(s) in {column} are empty")))
    if declared == "INTEGER":
        out.append((f"{c} IS NOT NULL AND typeof({c}) <> 'integer'", QT_TRANSLATE_NOOP(
            "FileCheck", "{n} value(s) in {column} are not whole numbers")))
        out.append((f"typeof({c}) = 'integer' AND abs({c}) > {INTEGER_LIMIT}", QT_TRANSLATE_NOOP(
            "FileCheck", "{n} value(s) in {column} are out of range")))
    elif declared == "BOOLEAN":
        out.append((f"{c} IS NOT NULL AND (typeof({c}) <> 'integer' OR {c} NOT IN (0, 1))", QT_TRANSLATE_NOOP(
            "FileCheck", "{n} value(s) in {column} are not yes/no")))
    elif declared == "DATE":
        out.append((f"{c} IS NOT NULL AND (typeof({c}) <> 'text' OR date({c}) IS NOT {c})", QT_TRANSLATE_NOOP(
            "FileCheck", "{n} value(s) in {column} are not dates")))
    elif declared == "DATETIME":
        out.append((f"{c} IS NOT NULL AND (typeof({c}) <> 'text' OR datetime({c}) IS NULL "
                    f"OR substr({c}, 1, 10) IS NOT date({c}))", QT_TRANSLATE_NOOP(
            "FileCheck", "{n} value(s) in {column} are not dates and times")))
    elif declared.startswith(("VARCHAR", "TEXT")):
        out.append((f"{c} IS NOT NULL AND typeof({c}) <> 'text'", QT_TRANSLATE_NOOP(
            "FileCheck", "{n} value(s) in {column} are not text")))
        out.append((f"typeof({c}) = 'text' AND instr(CAST({c} AS BLOB), x'00') > 0", QT_TRANSLATE_NOOP(
            "FileCheck", "{n} value(s) in {column} hold a NUL character")))
        m = re.fullmatch(r"VARCHAR\((\d+)\)", declared)
        if m:
            out.append((f"typeof({c}) = 'text' AND length({c}) > {m.group(1)}", QT_TRANSLATE_NOOP(
            "FileCheck", "{n} value(s) in {column} are too long")))
    return out


def _check_values(conn: sqlite3.Connection, tables: list[str]) -> list[str]:
    problems: list[str] = []
    for table in tables:
        cols = _declared(conn, table)
        checks = [(col, cond, what) for col, declared, notnull in cols
                  for cond, what in _value_conditions(col, declared, notnull)]
        if not checks:
            continue
        # A clean table costs one scan that stops at the first bad row; only then are they counted.
        anything = " OR ".join(f"({cond})" for _, cond, _ in checks)
        if not conn.execute(f"SELECT EXISTS(SELECT 1 FROM {_q(table)} WHERE {anything})").fetchone()[0]:
            continue
        select = ", ".join(f"SUM(CASE WHEN {cond} THEN 1 ELSE 0 END)" for _, cond, _ in checks)
        counts = conn.execute(f"SELECT {select} FROM {_q(table)}").fetchone()
        for (col, _, what), n in zip(checks, counts, strict=True):
            if n:
                problems.append(_problem(what, n=n, column=f"{table}.{col}"))
    return problems


def check_values(path: Path) -> tuple[str, ...]:
    """Only the value scan (start-up runs it in the background: it reads every row)."""
    with leave_no_trace(path):
        try:
            conn = _connect(path)
            try:
                tables = sorted(n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                                if n not in SQLITE_OWN)
                return tuple(_check_values(conn, tables)[:MAX_REPORTED])
            finally:
                conn.close()
        except sqlite3.DatabaseError as exc:
            return (_unreadable(exc),)


def check_file(path: Path, *, full: bool = True, values: bool = True) -> FileVerdict:
    """Every problem that makes `path` something other than a ShopDesk database (read-only).

    `full` runs integrity_check, else the faster quick_check; `values` scans every value.
    """
    if not path.is_file():
        return FileVerdict(None, (_problem(QT_TRANSLATE_NOOP("FileCheck", "the file does not exist")),))
    with leave_no_trace(path):
        try:
            conn = _connect(path)
        except sqlite3.Error as exc:
            return FileVerdict(None, (_unreadable(exc),))
        try:
            return _check_open(conn, full, values)
        except sqlite3.DatabaseError as exc:
            return FileVerdict(None, (_unreadable(exc),))
        finally:
            conn.close()


def _check_open(conn: sqlite3.Connection, full: bool, values: bool) -> FileVerdict:
    rows = [r[0] for r in conn.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check")]
    # One problem a line; SQLite's "*** in database main ***" heading says nothing to a user.
    problems = [line.strip() for r in rows if r != "ok" for line in str(r).splitlines()
                if line.strip() and not line.startswith("***")]
    if problems:
        return FileVerdict(None, tuple(problems[:MAX_REPORTED]))
    if conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0] == 0:
        return FileVerdict(None, (_problem(QT_TRANSLATE_NOOP("FileCheck", "the file holds no shop")),), empty=True)
    names = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "alembic_version" not in names:
        return FileVerdict(None, (_problem(QT_TRANSLATE_NOOP(
            "FileCheck", "this is not a ShopDesk database (no schema version)")),))
    versions = [tuple(r) for r in conn.execute("SELECT * FROM alembic_version")]
    if len(versions) != 1 or len(versions[0]) != 1 or not isinstance(versions[0][0], str):
        return FileVerdict(None, (_problem(QT_TRANSLATE_NOOP(
            "FileCheck", "this is not a ShopDesk database (no single schema version)")),))
    revision = versions[0][0]
    if revision not in known_revisions():
        return FileVerdict(revision, (_problem(QT_TRANSLATE_NOOP(
            "FileCheck", "it was written by a newer ShopDesk (schema “{revision}”); update ShopDesk first"),
            revision=revision[:40]),), newer=True)
    problems = _compare(structure(conn), expected_structure(revision))
    if problems:
        return FileVerdict(revision, tuple(problems[:MAX_REPORTED]))
    fk = conn.execute("PRAGMA foreign_key_check").fetchmany(MAX_REPORTED)
    problems = [_problem(QT_TRANSLATE_NOOP("FileCheck", "row {row} of {table} points to a missing {parent}"),
                         row=rowid, table=table, parent=parent) for table, rowid, parent, _ in fk]
    if values:
        tables = sorted(n for n in names if n not in SQLITE_OWN)
        problems += _check_values(conn, tables)
    return FileVerdict(revision, tuple(problems[:MAX_REPORTED]))
